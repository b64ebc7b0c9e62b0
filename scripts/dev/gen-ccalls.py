#!/usr/bin/env python3
"""Writes src/engine/runtime/ccalls.ts: how 3.11+ call each builtin the simulator has.

usage: python3 scripts/dev/gen-ccalls.py 11=/path/to/cpython-3.11 12=/path/to/cpython-3.12 13=...

From 3.11 the specialising interpreter calls METH_FASTCALL builtins and methods (with or without
METH_KEYWORDS) without a recursion check once a call site is specialised; METH_O, METH_NOARGS and
METH_VARARGS ones are still called through Py_EnterRecursiveCall. This reads the PyMethodDef
tables (and Argument Clinic's *_METHODDEF macros) of the types and modules the simulator has.
"""
import os, re, sys, json

TABLES = {
    'builtins': ('Python/bltinmodule.c', 'builtin_methods'),
    'str': ('Objects/unicodeobject.c', 'unicode_methods'),
    'list': ('Objects/listobject.c', 'list_methods'),
    'dict': ('Objects/dictobject.c', 'mapp_methods'),
    'set': ('Objects/setobject.c', 'set_methods'),
    'frozenset': ('Objects/setobject.c', 'frozenset_methods'),
    'tuple': ('Objects/tupleobject.c', 'tuple_methods'),
    'int': ('Objects/longobject.c', 'long_methods'),
    'float': ('Objects/floatobject.c', 'float_methods'),
    'complex': ('Objects/complexobject.c', 'complex_methods'),
    'bytes': ('Objects/bytesobject.c', 'bytes_methods'),
    'range': ('Objects/rangeobject.c', 'range_methods'),
    'slice': ('Objects/sliceobject.c', 'slice_methods'),
    'object': ('Objects/typeobject.c', 'object_methods'),
    'type': ('Objects/typeobject.c', 'type_methods'),
    'generator': ('Objects/genobject.c', 'gen_methods'),
    'BaseException': ('Objects/exceptions.c', 'BaseException_methods'),
    'deque': ('Modules/_collectionsmodule.c', 'deque_methods'),
    'defaultdict': ('Modules/_collectionsmodule.c', 'defdict_methods'),
    'OrderedDict': ('Objects/odictobject.c', 'odict_methods'),
    'array': ('Modules/arraymodule.c', 'array_methods'),
    'TextIOWrapper': ('Modules/_io/textio.c', 'textiowrapper_methods'),
    'sys': ('Python/sysmodule.c', 'sys_methods'),
    'gc': ('Modules/gcmodule.c', 'GcMethods'),
    'weakref': ('Modules/_weakref.c', 'weakref_functions'),
    'math': ('Modules/mathmodule.c', 'math_methods'),
    '_tracemalloc': ('Modules/_tracemalloc.c', 'module_methods'),
    '_heapq': ('Modules/_heapqmodule.c', 'heapq_methods'),
    '_bisect': ('Modules/_bisectmodule.c', 'bisect_methods'),
    '_operator': ('Modules/_operator.c', 'operator_methods'),
    'bytearray': ('Objects/bytearrayobject.c', 'bytearray_methods'),
    'memoryview': ('Objects/memoryobject.c', 'memory_methods'),
    'property': ('Objects/descrobject.c', 'property_methods'),
}

def macros(root):
    out = {}
    for dp, _, fs in os.walk(root):
        for f in fs:
            if not f.endswith(('.h', '.c')):
                continue
            s = open(os.path.join(dp, f), encoding='utf-8', errors='replace').read()
            for m in re.finditer(r'#define\s+(\w+_METHODDEF)\s*\\?\s*\{"(\w+)",\s*[^,]+,\s*([^,]+),', s):
                out[m.group(1)] = (m.group(2), m.group(3).strip())
    return out

def table(root, mac, fname, arr):
    path = os.path.join(root, fname)
    if not os.path.exists(path) and fname == 'Modules/gcmodule.c':
        path = os.path.join(root, 'Python/gc.c')
    s = open(path, encoding='utf-8', errors='replace').read()
    m = re.search(r'static (?:struct )?PyMethodDef\s*\n?\s*' + arr + r'\[\]\s*=\s*\{(.*?)\n\};', s, re.S)
    if m is None:
        raise SystemExit(f'{arr} not found in {fname}')
    body = m.group(1)
    out = {}
    for mm in re.finditer(r'\{\s*"(\w+)",\s*[^,]*,\s*([A-Z_ |]+)', body):
        out[mm.group(1)] = mm.group(2).strip()
    for mm in re.finditer(r'(\w+_METHODDEF)', body):
        if mm.group(1) in mac:
            n, fl = mac[mm.group(1)]
            out[n] = fl
    return out

def main():
    res = {}
    for arg in sys.argv[1:]:
        minor, root = arg.split('=', 1)
        mac = macros(root)
        per = {}
        for owner, (fname, arr) in TABLES.items():
            t = table(root, mac, fname, arr)
            kinds = {'fast': [], 'fastkw': [], 'o': [], 'noargs': [], 'varargs': [], 'other': []}
            for n, fl in sorted(t.items()):
                flags = {x.strip() for x in fl.split('|')}
                # the specialised calls test ml_flags for exactly these (METH_CLASS, METH_STATIC or
                # METH_COEXIST make every call a miss, so the generic, checked call)
                if flags == {'METH_FASTCALL'}:
                    kinds['fast'].append(n)
                elif flags == {'METH_FASTCALL', 'METH_KEYWORDS'}:
                    kinds['fastkw'].append(n)
                elif flags == {'METH_O'}:
                    kinds['o'].append(n)
                elif flags == {'METH_NOARGS'}:
                    kinds['noargs'].append(n)
                elif 'METH_VARARGS' in flags:
                    kinds['varargs'].append(n)
                else:
                    kinds['other'].append(n)
            per[owner] = {k: ' '.join(v) for k, v in kinds.items()}
        res[int(minor)] = per
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, '..', '..', 'src', 'engine', 'runtime', 'ccalls.ts')
    with open(out, 'w') as f:
        f.write('// Generated by scripts/dev/gen-ccalls.py from the PyMethodDef tables of CPython 3.11-3.13:\n')
        f.write('// the calling convention of each builtin function and method the simulator has, per owner (a\n')
        f.write('// type, a module, builtins): METH_FASTCALL (`fast`), METH_FASTCALL|METH_KEYWORDS (`fastkw`),\n')
        f.write('// METH_O (`o`), METH_NOARGS (`noargs`), METH_VARARGS (`varargs`), anything else (`other`: a\n')
        f.write('// flag such as METH_CLASS makes the specialised calls miss). A specialised call site calls the\n')
        f.write('// first two without a recursion check; 3.8 calls a METH_VARARGS builtin function through\n')
        f.write('// _PyObject_MakeTpCall and cfunction_call_varargs, two checks.\n')
        f.write('export const CALL_KINDS: Record<number, Record<string, { fast: string; fastkw: string; o: string; noargs: string; varargs: string; other: string }>> = ')
        f.write(json.dumps(res, indent=1, sort_keys=True))
        f.write(';\n')

main()
