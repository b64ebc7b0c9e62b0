# Records, per CPython version, which strings a script's import of each module HeapLens simulates
# changes, when the script had interned an equal string:
# - 3.13 loads a module's code from its .pyc and marshal interns the strings the compiler had
#   interned (names, identifier-like constants) as immortal (Python/marshal.c,
#   _PyUnicode_InternImmortal; Objects/codeobject.c intern_strings for the names tuples): the
#   script's string becomes that immortal object, and one it interns later is found immortal;
# - 3.8-3.11 intern them mortal: the module's code objects and data that stay alive hold
#   references to the script's string, a count HeapLens does not reproduce (it stops instead).
# 3.12 makes every interned string immortal already. Writes src/engine/runtime/importinterned.ts.
#   python3 scripts/record-import-interned.py
import json, os, subprocess, sys

MODULES = ['array', 'bisect', 'collections', 'contextlib', 'copy', 'dataclasses', 'enum', 'functools', 'heapq',
           'itertools', 'math', 'operator', 'random', 'tracemalloc', 'types', 'typing', 'weakref', 'gc']
VERSIONS = ['3.8', '3.10', '3.11', '3.13']

# every string of the code objects (and their nested ones) of the modules `import M` loads
# (the child scripts import nothing but sys before the module: json would load re, enum, ...)
CANDIDATES = r'''
import sys
before = set(sys.modules)
__import__(sys.argv[1])
out = set()
def walk(co):
    for t in (co.co_names, co.co_varnames, co.co_cellvars, co.co_freevars):
        out.update(t)
    out.add(co.co_name); out.add(getattr(co, 'co_qualname', co.co_name))
    for c in co.co_consts:
        if isinstance(c, str): out.add(c)
        elif isinstance(c, (tuple, frozenset)):
            out.update(x for x in c if isinstance(x, str))
        elif hasattr(c, 'co_code'): walk(c)
for name in sorted(set(sys.modules) - before):
    # the names a module written in C binds (its functions, its types' methods and members):
    # PyModule_AddFunctions and PyType_Ready intern them, and the module's dict (and, for a
    # single-phase module, the copy the import machinery keeps of it) holds them (one-character
    # names are the shared Latin-1 strings, whose counts after an import are measured apart)
    mod = sys.modules[name]
    out.update(k for k in vars(mod) if isinstance(k, str) and len(k) > 1)
    for v in list(vars(mod).values()):
        if isinstance(v, type):
            out.update(k for k in vars(v) if isinstance(k, str) and len(k) > 1)
    f = getattr(mod, '__file__', None)
    if not f or not f.endswith('.py'): continue
    with open(f, 'rb') as fh:
        walk(compile(fh.read(), f, 'exec'))
sys.stdout.write('\0'.join(sorted(out)))
'''

# in a fresh interpreter: the candidates' counts (interned) before and after the import
MEASURE = r'''
import sys
cands = sys.stdin.read().split('\0')
keep = [sys.intern(''.join(list(s))) for s in cands]
def count(s):
    return sys.getrefcount(s)
pre = [count(s) for s in keep]
__import__(sys.argv[1])
post = [count(s) for s in keep]
imm = 1 << 30
if sys.version_info[:2] == (3, 13):
    got = [s for s, a, b in zip(keep, pre, post) if a < imm <= b]
    # (3.13: the mortal strings the import holds references to, as 3.8-3.11 do)
    mortal = [s for s, a, b in zip(keep, pre, post) if a != b and b < imm]
else:
    got = [s for s, a, b in zip(keep, pre, post) if a != b and a < imm]
    mortal = []
sys.stdout.write('\0'.join(got) + '\1' + '\0'.join(mortal))
'''

root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True, check=True).stdout.strip()
env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}

def python_for(v):
    vs = sorted((d for d in os.listdir(os.path.join(root, 'versions')) if d.startswith(v + '.') and d.count('.') == 2 and d.replace('.', '').isdigit()),
                key=lambda d: int(d.split('.')[2]))
    return (os.path.join(root, 'versions', vs[-1], 'bin', 'python'), vs[-1]) if vs else (None, None)

tables = {}
used = []
for v in VERSIONS:
    py, full = python_for(v)
    if py is None:
        sys.exit(f'no CPython {v} under {root}/versions')
    used.append(full)
    masks = {}
    mmasks = {}
    for bit, m in enumerate(MODULES):
        run = lambda script, data=None: subprocess.run([py, '-c', script, m], input=data, capture_output=True, env=env, check=True).stdout.decode('utf-8', 'surrogatepass')
        cands = [c for c in run(CANDIDATES).split('\0') if c]
        res = run(MEASURE, '\0'.join(cands).encode('utf-8', 'surrogatepass')).split('\1') if cands else ['', '']
        got = [g for g in res[0].split('\0') if g]
        for s in got:
            masks[s] = masks.get(s, 0) | (1 << bit)
        for s in (g for g in res[1].split('\0') if g):
            mmasks[s] = mmasks.get(s, 0) | (1 << bit)
        print(f'{full} {m}: {len(cands)} candidates, {len(got)} changed', file=sys.stderr)
    plain = sorted(s for s in masks if s and not any(c in s for c in ' :\n\\"') and s.isprintable())
    extra = {s: masks[s] for s in sorted(masks) if s not in set(plain)}
    tables[v] = {'table': ' '.join(f'{s}:{masks[s]:x}' for s in plain), 'extra': extra}
    mplain = sorted(s for s in mmasks if s and not any(c in s for c in ' :\n\\"') and s.isprintable())
    if mmasks:
        if len(mplain) != len(mmasks):
            sys.exit(f'{full}: a mortal changed string does not fit the table form')
        tables[v]['changed'] = ' '.join(f'{s}:{mmasks[s]:x}' for s in mplain)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'src', 'engine', 'runtime', 'importinterned.ts'), 'w') as fh:
    fh.write('// The interned strings a script\'s import of each simulated module changes, per version: 3.13 makes\n')
    fh.write('// them immortal (marshal interns a .pyc\'s strings as immortal); 3.8-3.11 count references from the\n')
    fh.write(f'// module\'s code and data. Recorded by scripts/record-import-interned.py from {", ".join(used)} -- do not\n')
    fh.write('// edit by hand. "string:mask" with the mask in hex, a bit per module of IMPORT_INTERNED_MODULES;\n')
    fh.write('// `extra` holds the strings that do not fit that form. 3.13\'s `changed`: the strings an import\n')
    fh.write('// holds references to without making them immortal (the names of modules written in C).\n')
    fh.write(f'export const IMPORT_INTERNED_MODULES: readonly string[] = {json.dumps(MODULES)};\n')
    fh.write('export const IMPORT_INTERNED: Record<string, { table: string; extra: Record<string, number>; changed?: string }> = {\n')
    for v in VERSIONS:
        ch = f', changed: {json.dumps(tables[v]["changed"])}' if 'changed' in tables[v] else ''
        fh.write(f'  {json.dumps(v)}: {{ table: {json.dumps(tables[v]["table"])}, extra: {json.dumps(tables[v]["extra"], ensure_ascii=True)}{ch} }},\n')
    fh.write('};\n')
