"""Which identifier-like strings CPython's start-up has interned when a script starts.

A string constant of a program that looks like an identifier is interned by the compiler; when
start-up has already interned an equal string (a name of the standard library's modules that site
and the encodings loaded, a method name of a builtin type, a C identifier...), the program's
constant *is* that object: on 3.8-3.11 its reference count then includes every reference the
interpreter's own modules hold (`sys.getrefcount('name')` is 132 on 3.8, not 3), and on 3.13 it
may be immortal. Run by scripts/record-start-interned.mjs with each interpreter:

  record-start-interned.py cands [CPYTHON_SRC]  -> candidate strings, one a line: every name and
      identifier-like constant of the code of the modules loaded at start-up (their source files,
      or frozen code), the attribute names of the builtin types and modules, and - from a CPython
      source tree, when given - its C identifiers (_Py_IDENTIFIER, _Py_ID), Argument Clinic
      keyword names and the code of Modules/getpath.py
The membership test is a separate tiny script that scripts/record-start-interned.mjs writes
(twice, with different names of its own, since a script's own names are interned before it runs).
"""
import sys

import gc, os, re, types  # noqa: E402

words = set()


def add(s):
    if isinstance(s, str) and len(s) > 1 and s.isidentifier():
        words.add(s)


def walk_code(co, seen):
    if id(co) in seen:
        return
    seen.add(id(co))
    add(co.co_name)
    for t in (co.co_names, co.co_varnames, co.co_freevars, co.co_cellvars):
        for s in t:
            add(s)
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            walk_code(c, seen)
        elif isinstance(c, (tuple, frozenset)):
            for x in c:
                add(x)
        else:
            add(c)


seen = set()
for name, m in list(sys.modules.items()):
    add(name)
    f = getattr(m, '__file__', None)
    co = None
    if isinstance(f, str) and f.endswith('.py') and os.path.exists(f):
        with open(f, 'rb') as fh:
            co = compile(fh.read(), f, 'exec')
    else:
        try:
            import _imp
            if _imp.is_frozen(name):
                co = _imp.get_frozen_object(name)
        except Exception:
            co = None
    if co is not None:
        walk_code(co, seen)
    for k, v in list(vars(m).items()):
        add(k)
        if isinstance(v, type):
            for kk in dir(v):
                add(kk)
# every frozen module's code (3.11+ run some at start-up without keeping them: getpath)
try:
    import _imp
    for name in getattr(_imp, '_frozen_module_names', lambda: [])():
        try:
            walk_code(_imp.get_frozen_object(name), seen)
        except Exception:
            pass
except ImportError:
    pass
for o in gc.get_objects():
    if isinstance(o, types.FunctionType):
        walk_code(o.__code__, seen)
    elif isinstance(o, dict):
        for k in list(o):
            add(k)
    elif isinstance(o, type):
        for k in dir(o):
            add(k)
        add(o.__name__)
import builtins  # noqa: E402
for v in vars(builtins).values():
    if isinstance(v, type):
        for k in dir(v):
            add(k)
if len(sys.argv) > 2:
    src = sys.argv[2]
    # 3.11+ run Modules/getpath.py, frozen apart from the importable modules, at start-up
    gp = os.path.join(src, 'Modules', 'getpath.py')
    if os.path.exists(gp):
        with open(gp, 'rb') as fh:
            walk_code(compile(fh.read(), gp, 'exec'), seen)
    pats = [re.compile(r'_Py_IDENTIFIER\((\w+)\)'), re.compile(r'_Py_static_string\(\w+, *"(\w+)"\)'),
            re.compile(r'STRUCT_FOR_ID\((\w+)\)'), re.compile(r'_keywords\[\] = \{([^}]*)\}'),
            re.compile(r'_Py_ID\((\w+)\)')]
    for sub in ('Objects', 'Python', 'Modules', 'Parser', 'Include'):
        for dp, _, fs in os.walk(os.path.join(src, sub)):
            for fn in fs:
                if not fn.endswith(('.c', '.h')):
                    continue
                with open(os.path.join(dp, fn), encoding='utf-8', errors='replace') as fh:
                    text = fh.read()
                for p in pats:
                    for mm in p.finditer(text):
                        for w in re.findall(r'\w+', mm.group(1)):
                            add(w)
sys.stdout.write('\n'.join(sorted(words)) + '\n')
