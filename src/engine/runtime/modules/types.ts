// The types module (Lib/types.py, Python source on every version). Its import runs `import sys`
// and then names the types of objects the interpreter makes (`FunctionType = type(_f)`, ...),
// plus the C types it re-exports (MappingProxyType = type(type.__dict__), SimpleNamespace =
// type(sys.implementation)); it imports nothing else at import time (functools and
// _collections_abc only inside coroutine()). Start-up has not imported it on 3.8/3.10/3.12/3.13;
// this machine's 3.11 start-up did (a .pth file), so there the import only binds the name.
// HeapLens's import binds sys as CPython's does, so the interpreter's references on each module
// and the collector's tracked objects are the measured ones (scripts/record-baselines.mjs,
// import sets with 'types'). CPython's imports of contextlib, copy, dataclasses, enum,
// tracemalloc and typing (and functools on 3.10-3.12, weakref on 3.10+) load types as well, which
// HeapLens's do not: a program importing types with one of those stops (importsets.ts `only`).
//
// What is simulated: the type aliases naming the simulator's own type objects (FunctionType,
// LambdaType, MethodType, BuiltinFunctionType, GeneratorType, ModuleType, CodeType, CellType,
// FrameType, TracebackType, the descriptor types, and on 3.10+ NoneType, EllipsisType,
// NotImplementedType and UnionType), MappingProxyType (classes.ts: descrobject.c's mappingproxy, now with its
// constructor) and SimpleNamespace (Objects/namespaceobject.c, below). The other names (CoroutineType,
// AsyncGeneratorType, GenericAlias, new_class, prepare_class, resolve_bases,
// DynamicClassAttribute, coroutine, ...) stop the run.
import { PyObject, F_GC } from '../object';
import { P, T, ST, NotSimulated, decref, incref, xdecref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, tmInexact } from '../core';
import { type TypeInfo, isSubtype, typeName } from '../types';
import { raise } from '../exc';
import { newDict, dictSetStr, dictEntries } from '../dict';
import { dictMerge } from '../dictmethods';
import { newStr } from '../str';
import { genericGetAttr, makeTpCall, repr, richCompare, notImpl, typeLookup } from '../abstract';
import { reprEnter, reprLeave } from '../reprguard';
import { registerModule, sourceModuleHeader, bindImportedSys, delDictAttr, type ModuleData } from './registry';
import { newModuleType, addSlotDunders } from './array';
import { unionTypeObject } from '../union';

const WHY = "HeapLens's types module has the type aliases of the objects it simulates, SimpleNamespace and MappingProxyType; this name's object is not simulated";

/** The names of types.py's module dict HeapLens binds to its own type objects, per version. */
function aliases(ns: PyObject): [string, PyObject][] {
  const out: [string, PyObject][] = [
    ['FunctionType', T.function], ['LambdaType', T.function], ['CodeType', T.code], ['MappingProxyType', T.mappingproxy],
    ['SimpleNamespace', ns], ['CellType', T.cell], ['GeneratorType', T.generator], ['MethodType', T.method],
    ['BuiltinFunctionType', T.builtin_function], ['BuiltinMethodType', T.builtin_function],
    ['WrapperDescriptorType', T.wrapper_descriptor], ['MethodWrapperType', T.method_wrapper],
    ['MethodDescriptorType', T.method_descriptor], ['ClassMethodDescriptorType', T.classmethod_descriptor],
    ['ModuleType', T.module], ['TracebackType', T.traceback], ['FrameType', T.frame],
    ['GetSetDescriptorType', T.getset_descriptor], ['MemberDescriptorType', T.member_descriptor],
  ];
  // (3.10's types.py adds EllipsisType, NoneType and NotImplementedType)
  if (P.minor >= 10) out.push(['EllipsisType', T.ellipsis], ['NoneType', T.NoneType], ['NotImplementedType', T.NotImplementedType]);
  // (UnionType = type(int | str))
  const ut = unionTypeObject();
  if (ut !== null) out.push(['UnionType', ut]);
  return out;
}

/** The names of CPython's module HeapLens does not have (reading one stops the run). */
function stoppedNames(): string[] {
  const names = ['CoroutineType', 'AsyncGeneratorType', 'new_class', 'resolve_bases', 'prepare_class', '_calculate_meta', 'DynamicClassAttribute', '_GeneratorWrapper', 'coroutine'];
  if (P.minor <= 11) names.push('_cell_factory');
  if (P.minor >= 10) names.push('GenericAlias');
  if (P.minor >= 12) names.push('get_original_bases');
  return names;
}

// ---------------------------------------------------------------- SimpleNamespace

/** _PyNamespaceObject: the object header and ns_dict, a GC object (sys.getsizeof 40). */
const NS_BYTES = 16 + 24;

let nsType: PyObject | null = null;

function isNamespace(o: PyObject): boolean {
  return o.t === nsType || isSubtype(o.t, nsType as PyObject);
}

/** namespace_new + namespace_init: tp_alloc (tracked at once, PyType_GenericAlloc), ns_dict =
 * PyDict_New(), then the keywords merged into it (PyDict_Update of the call's keyword dict). */
function namespaceNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const npos = args.length - (kw === null ? 0 : kw.length);
  const o = new PyObject(type, null, null, F_GC);
  allocBlock(o, NS_BYTES);
  gcAllocHook();
  gcTrack(o);
  o.d = newDict();
  try {
    if (npos > 0) {
      // 3.13's SimpleNamespace(mapping_or_iterable, /, **kwargs) takes one positional argument
      if (P.minor >= 13) throw new NotSimulated("types.SimpleNamespace with a positional argument (3.13's mapping or iterable of pairs)", ST.line);
      raise(T.TypeError, 'no positional arguments expected');
    }
    if (makeTpCall.kwd !== null) dictMerge(o.d as PyObject, makeTpCall.kwd, true);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

/** namespace_repr: `namespace(k=v, ...)` over the dict's non-empty str keys (3.8 sorts them first,
 * PyList_Sort of PyDict_Keys; 3.9+ keeps the dict's order); a namespace inside itself is
 * `namespace(...)` (Py_ReprEnter). */
function namespaceRepr(o: PyObject): PyObject {
  // (the pairs list, the separator and the joined string are temporaries HeapLens does not make)
  tmInexact('the repr of a types.SimpleNamespace (its temporary list of pairs)');
  const name = o.t === nsType ? 'namespace' : typeName(o);
  if (!reprEnter(o)) return newStr(`${name}(...)`);
  try {
    const entries = [...dictEntries(o.d as PyObject)];
    if (P.minor === 8) {
      if (entries.some(([k]) => k.t !== T.str)) throw new NotSimulated("the repr of a types.SimpleNamespace with a key that is not a str (3.8 sorts the keys)", ST.line);
      entries.sort(([a], [b]) => codePointCompare(a.v as string, b.v as string));
    }
    const parts: string[] = [];
    for (const [k, v] of entries) {
      if ((k.t !== T.str && !isSubtype(k.t, T.str)) || (k.v as string).length === 0) continue;
      incref(v);
      try {
        const r = repr(v);
        parts.push(`${k.v as string}=${r.v as string}`);
        decref(r);
      } finally {
        decref(v);
      }
    }
    return newStr(`${name}(${parts.join(', ')})`);
  } finally {
    reprLeave(o);
  }
}

/** str ordering as unicode_compare does it: by code point (not by UTF-16 unit). */
function codePointCompare(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function initNamespaceType(ti: TypeInfo): void {
  ti.gc = true;
  ti.hasDict = true;
  ti.basicsize = () => 24;
  // (tp_richcompare without tp_hash: instances are unhashable)
  ti.hash = null;
  ti.new = namespaceNew;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const d = o.d as PyObject | null;
    o.d = null;
    xdecref(d);
    freeBlock(o, NS_BYTES);
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    if (o.d !== null) visit(o.d as PyObject);
  };
  ti.clear = (o) => {
    const d = o.d as PyObject | null;
    o.d = null;
    xdecref(d);
  };
  // PyObject_GenericGetAttr over tp_dictoffset; __dict__ is the type's getset (its dict itself)
  ti.getattr = (o, name) => {
    if (name === '__dict__') return o.d === null ? null : incref(o.d as PyObject);
    return genericGetAttr(o, name);
  };
  ti.setattr = (o, name, v) => {
    if (name === '__dict__' || name === '__class__' || typeLookup(o.t, name) !== null) throw new NotSimulated(`assigning or deleting '${name}' of a types.SimpleNamespace`, ST.line);
    const d = o.d as PyObject;
    if (v === null) delDictAttr(o, d, name);
    else dictSetStr(d, name, v);
  };
  // namespace_richcompare: two namespaces compare as their dicts (any operator); else NotImplemented
  ti.richcompare = (a, b, op) => (isNamespace(a) && isNamespace(b) ? richCompare(a.d as PyObject, b.d as PyObject, op) : notImpl());
  ti.repr = namespaceRepr;
  // (a subclass's instances keep their attributes in ns_dict through the inherited tp_dictoffset,
  // which HeapLens's heap classes over builtin types do not do)
  ti.subclassStop = "HeapLens's classes over builtin types keep their own __dict__, not SimpleNamespace's ns_dict";
}

// ---------------------------------------------------------------- module

registerModule('types', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  // any other name of CPython's module is missing here: reading it stops the run
  md.partial = true;
  md.stops = new Map(stoppedNames().map((n) => [n, WHY]));
  const d = mod.d as PyObject;
  bindImportedSys(d);
  // (a static type in CPython, made at start-up; here with the module, once per run)
  nsType = newModuleType('types.SimpleNamespace', 'types', initNamespaceType);
  addSlotDunders(nsType);
  for (const [name, t] of aliases(nsType)) dictSetStr(d, name, t);
  decref(nsType);
});
