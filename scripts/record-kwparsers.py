"""Which builtins build their argument parser's keyword tuple on their first keyword call.

Up to 3.11 every builtin whose arguments Argument Clinic (or a hand-written _PyArg_Parser) parses
keeps a tuple of its keyword names, made by parser_init() the first time the parser is used - the
first call with keyword arguments (the fast path of _PyArg_UnpackKeywords skips it for positional
calls). The tuple is a GC-tracked tuple of interned strings that is never freed: it counts in
gc.get_count() and holds a reference to each keyword string. From 3.12 Argument Clinic gives the
core's parsers a static tuple, and only the hand-written parsers still make one. CPython's start-up
(site, the encodings, importlib) has already called some of these builtins with keywords.

This script is run by scripts/record-baselines.mjs (part `kwparsers`) with each interpreter:

  record-kwparsers.py list             -> JSON: the candidates [key, callable expr, self expr|null]
  record-kwparsers.py probe MODS N...  -> JSON: for candidates N (indexes into `list`, run in this
      order in one process, after importing the comma-separated modules MODS): the keyword tuple
      each one's first keyword call made, or null

A probe calls the builtin with a keyword no builtin has (`__hlprobe`), which fails with a TypeError
after parser_init has run; it retries with a few positional arguments when the call failed before
reaching the keywords (sorted() checks its one positional argument first). The new tuple is found
among gc.get_objects() (the objects from before the call are kept alive, so an address cannot be
reused). The probe runs as `python FILE` with no other imports, so nothing but start-up and the
requested imports has called any builtin.
"""
import sys

# candidate self objects for the methods of each type (expressions evaluated in the probe)
SELF = {
    'str': "''", 'bytes': "b''", 'bytearray': 'bytearray()', 'int': '0', 'bool': 'False',
    'float': '0.0', 'complex': '0j', 'list': '[]', 'dict': '{}', 'set': 'set()',
    'frozenset': 'frozenset()', 'tuple': '()', 'range': 'range(0)', 'slice': 'slice(0)',
    'memoryview': "memoryview(b'')", 'object': 'object()', 'type': 'int',
    'property': 'property()', 'collections.deque': 'collections.deque()',
    'collections.defaultdict': 'collections.defaultdict()',
    'collections.OrderedDict': 'collections.OrderedDict()', 'array.array': "array.array('b')",
    '_io.TextIOWrapper': 'sys.stdout', 'generator': '(x for x in ())',
}
SKIP = {'breakpoint()', 'input()', 'open()', 'exec()', 'eval()', 'compile()', 'exit()', 'quit()',
        'help()', '__import__()', '__build_class__()', 'sys.breakpointhook()',
        'sys.__breakpointhook__()', 'sys.exit()', 'sys.settrace()', 'sys.setprofile()'}
# (heapq, bisect and operator by their C modules, whose names their functions carry)
MODULES = ['builtins', 'sys', 'gc', 'math', 'itertools', 'collections', 'array', 'weakref', '_heapq', '_bisect', '_operator']
PROBE_KW = '__hlprobe'
POSITIONAL = [(), ([],), ('',), (0,), (0, 0), ([], []), ('', '')]


def tp_name(t):
    return t.__name__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__


def is_python_class(t):
    return any(type(v).__name__ == 'function' for v in vars(t).values())


def candidates():
    import builtins, gc, math, itertools, collections, array, weakref, types  # noqa: F401
    out, seen_types = [], []
    def add_type(t, expr):
        if t in [s for s, _ in seen_types] or is_python_class(t):
            return
        seen_types.append((t, expr))
    for mod in MODULES:
        m = sys.modules[mod] if mod in sys.modules else __import__(mod)
        for name, v in sorted(vars(m).items()):
            expr = name if mod == 'builtins' else mod + '.' + name
            if type(v).__name__ == 'builtin_function_or_method':
                key = (name if mod == 'builtins' else mod + '.' + name) + '()'
                if key not in SKIP:
                    out.append([key, expr, None])
            elif isinstance(v, type):
                add_type(v, expr)
    for t, expr in [(type(sys.stdout), 'type(sys.stdout)'), (type((x for x in ())), 'type((x for x in ()))')]:
        add_type(t, expr)
    for t, expr in seen_types:
        name = tp_name(t)
        out.append([name + '()', expr, None])
        # a call of a subclass goes through type_call to tp_new even where the type's own
        # vectorcall parses the arguments by hand (3.11+ enumerate): its parser may differ
        if t.__flags__ & (1 << 10) and t is not type:
            out.append([name + '() subclass', "type('HlSub', (%s,), {})" % expr, None])
        self_expr = SELF.get(name)
        if self_expr is None:
            try:
                t()
                self_expr = expr + '()'
            except Exception:
                continue
        for meth, v in sorted(vars(t).items()):
            kind = type(v).__name__
            if kind == 'method_descriptor':
                out.append([name + '.' + meth + '()', expr + '.' + meth, self_expr])
            elif kind in ('classmethod_descriptor', 'builtin_function_or_method'):
                # T.__new__(T, ...): tp_new_wrapper takes the type first
                out.append([name + '.' + meth + '()', expr + '.' + meth, expr if meth == '__new__' else None])
    return out


def owner_module(expr):
    head = expr.split('.')[0].split('(')[0]
    return head if head in ('collections', 'array', 'itertools', 'math', 'gc', 'weakref', '_heapq', '_bisect', '_operator') else None


def probe(mods, indexes, cands):
    import gc
    for m in mods:
        globals()[m] = __import__(m)
    results = []
    for i in indexes:
        key, expr, self_expr = cands[i]
        try:
            f = eval(expr)
        except Exception:
            # (a subclass the type does not allow: a metaclass conflict, a final layout)
            results.append(None)
            continue
        self_obj = eval(self_expr) if self_expr is not None else None
        gc.collect()
        before = gc.get_objects()
        ids = set(map(id, before))
        made = None
        for pos in POSITIONAL:
            args = pos if self_expr is None else (self_obj,) + pos
            try:
                f(*args, **{PROBE_KW: 1})
                break
            except TypeError as e:
                msg = str(e)
            except Exception:
                msg = ''
            if PROBE_KW in msg or msg == '':
                break
        for o in gc.get_objects():
            if type(o) is tuple and id(o) not in ids and len(o) > 0 and all(type(x) is str and x.isidentifier() for x in o):
                made = list(o)
        del before
        results.append(made)
    return results


def record():
    import json, os, subprocess, tempfile
    from concurrent.futures import ThreadPoolExecutor
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONIOENCODING'] = 'utf-8'
    here = os.path.abspath(__file__)
    cands = json.loads(subprocess.run([sys.executable, here, 'list'], env=env, check=True, capture_output=True, text=True).stdout)
    tmp = tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False)
    tmp.write(repr(cands))
    tmp.close()
    def run(mods, idx):
        ms = list(mods)
        for i in idx:
            m = owner_module(cands[i][1])
            if m is not None and m not in ms:
                ms.append(m)
        r = subprocess.run([sys.executable, here, 'probe', tmp.name, ','.join(ms)] + [str(i) for i in idx], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit('probe %s %r failed: %s' % (mods, [cands[i][0] for i in idx], r.stderr))
        return eval(r.stdout)
    with ThreadPoolExecutor(max_workers=int(os.environ.get('KWP_JOBS', '2'))) as ex:
        made = list(ex.map(lambda i: run([], [i])[0], range(len(cands))))
        found = [i for i in range(len(cands)) if made[i] is not None]
        # builtins sharing one parser (sorted() and list.sort(), int() and int.__new__()): the
        # second of two calls makes nothing
        canon = {i: i for i in found}
        pairs = [(a, b) for a in found for b in found if a < b and made[a] == made[b]]
        shared = list(ex.map(lambda p: run([], list(p))[1] is None, pairs))
        for (a, b), same in zip(pairs, shared):
            if same and canon[b] == b:
                canon[b] = canon[a]
        roots = [i for i in found if canon[i] == i]
        readied = {}
        for m in ['array', 'bisect', 'collections', 'gc', 'heapq', 'itertools', 'math', 'operator', 'sys', 'tracemalloc', 'weakref']:
            res = list(ex.map(lambda i: run([m], [i])[0] is None, roots))
            readied[m] = sorted(cands[i][0] for i, r in zip(roots, res) if r)
    os.unlink(tmp.name)
    parsers = {}
    for i in found:
        parsers[cands[i][0]] = made[i] if canon[i] == i else '=' + cands[canon[i]][0]
    return {'parsers': parsers, 'readiedBy': readied}


if sys.argv[1] == 'list':
    import json
    sys.stdout.write(json.dumps(candidates()) + '\n')
elif sys.argv[1] == 'record':
    import json
    sys.stdout.write(json.dumps(record(), sort_keys=True) + '\n')
else:
    mods = [m for m in sys.argv[3].split(',') if m]
    with open(sys.argv[2]) as f:
        cands = eval(f.read())
    res = probe(mods, [int(x) for x in sys.argv[4:]], cands)
    sys.stdout.write(repr(res) + '\n')
