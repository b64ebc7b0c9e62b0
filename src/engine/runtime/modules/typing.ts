// The typing module (Lib/typing.py, Python code in every version).
//
// The import: CPython's `import typing` loads collections, functools, itertools and operator among
// the simulated modules (and re, contextlib, types, … which HeapLens does not simulate); HeapLens's
// import loads those four likewise, so the interpreter's references on each module and the
// collector's tracked objects after a full collection are the measured ones
// (scripts/record-baselines.mjs, import sets with 'typing'). On 3.11 start-up has imported typing
// already (this installation's .pth files): the import only binds it.
//
// The objects: `Any`, `Optional`, `Union`, `ClassVar` (special forms; `ClassVar[X]` a
// `_GenericAlias` whose origin is the form, as dataclasses' _is_classvar expects), the aliases of the builtin and
// collections.abc containers (`List`, `Dict`, `Set`, `FrozenSet`, `Tuple`, `Type`, `Iterable`,
// `Iterator`, `Sequence`, `Mapping`, …) and what subscripting them makes (`_GenericAlias`, 3.9+'s
// `_UnionGenericAlias`), as each version's typing.py makes them: the reprs (`typing.List[int]`,
// 3.8's `typing.Union[int, NoneType]`, 3.10+'s `typing.Optional[int]`), equality (origin and
// arguments; a union's arguments as a set), hash, sizes, GC tracking, and the `_tp_cache`s — one
// functools.lru_cache(maxsize=128) per decorated function (`_SpecialForm.__getitem__`, the
// container aliases' `__getitem__`, Tuple's) — which decide that `List[int] is List[int]` and hold
// the references CPython's hold: each cache entry keeps its key, the call's argument tuple
// `(alias, parameters)`, and its result; an alias keeps its `__args__` tuple. `Optional[X]` is
// `Union[X, None]` through the same cache, so it holds two entries. Least recently used entries are
// dropped past 128 as CPython's bounded cache drops them.
//
// The Python code's frames and temporaries are not reproduced: after a subscript the collector's
// counts are unknown until the next full collection (pythonLevelCall), tracemalloc is tainted. The
// reference counts of typing's own objects (`List`, `Optional`, their classes) include references
// typing's module and caches hold that HeapLens does not count one by one: sys.getrefcount of
// them stops. NamedTuple (class and functional forms) is built on collections.namedtuple as each
// version's _make_nmtuple builds it (classes.ts's classBuildHooks runs the class body). TypeVar
// is a type of its own (3.8–3.11 with the __dict__ holding __module__). Generic is a class with
// __class_getitem__ (one _tp_cache) and __init_subclass__; its aliases ('galias') own their origin,
// __args__ and __parameters__. Protocol, TypedDict, Literal, Annotated, Final,
// get_type_hints, overload and the rest stop the run. A forward reference (a string argument)
// becomes a ForwardRef (repr, equality, hash, size); the string's count is unknown after it.
import { PyObject, F_GC } from '../object';
import { P, T, ST, incref, decref, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, constRefsUnknown, sizeUnknown, checksNotSimulated, referentsUnknown } from '../core';
import { isType, typeName, type TypeInfo, type Hash, type CompareOp, Py_EQ, Py_NE } from '../types';
import { S, getAttr, hash, reprJs, truthy, richCompareBool } from '../abstract';
import { dictSetStr, newDict } from '../dict';
import { newStr } from '../str';
import { newTuple, tupleHashOf } from '../tuple';
import { newFrozenSetFrom, newSet, setUpdateImpl } from '../set';
import { isUnion, unionArgs } from '../union';
import { StandIn, newStandIn, newStandInType, type StandInKind } from '../standin';
import { registerModule, importModule, pythonLevelCall, sourceModuleHeader, type ModuleData } from './registry';
import { newModuleType } from './array';
import { namedtuple } from './collections';
import { classBuildHooks, setMroEntriesHook, typeNew, runtimeBuiltClasses } from '../classes';
import { defClassMethods } from '../methods';
import { raise } from '../exc';
import { clearWeakrefs } from '../weakrefs';
import { newList } from '../list';
import { dictEntries, dictGet, dictGetStr, dictSet } from '../dict';
import { setAttr, typeLookup, call } from '../abstract';

const WHY = 'typing is Python code in CPython (Lib/typing.py), whose frames and temporary objects HeapLens does not reproduce';
const KIND: StandInKind = { module: 'typing' };
const RC_WHY = "typing's module, its classes and its _tp_cache caches hold references to it that HeapLens does not count one by one";

type Kind = 'form' | 'special' | 'alias' | 'union' | 'fwd' | 'galias';
class TypingObj {
  constructor(
    public kind: Kind,
    /** form/special: the name (`Optional`, `List`); alias: its special alias's name */
    public name: string,
    /** special/alias: the class it stands for (list, dict, collections.abc.Iterable's stand-in) */
    public origin: PyObject | null,
    /** alias/union: the __args__ tuple (owned) */
    public args: PyObject | null,
    /** special: how many parameters it takes (-1: Tuple's variable number) */
    public arity = 0,
  ) {}
  /** 3.8/3.10: the alias's __dict__ as the collector sees it (owned): it holds the __args__ tuple
   * and, where CPython's holds a tracked object (3.8: the origin when it is Union or an ABC; 3.10:
   * always, `_typevar_types`), one such object, so it stays tracked exactly when CPython's does */
  dict: PyObject | null = null;
  /** galias (Generic[T], Box[int]): the __parameters__ tuple (owned); its origin is owned too */
  params: PyObject | null = null;
}

interface Entry {
  key: PyObject;
  result: PyObject;
}
/** functools.lru_cache(maxsize=128)'s bounded cache, keyed by the (self, parameters) argument
 * tuple as CPython's C wrapper keys it (no keywords, typed=False: the tuple itself). */
class TpCache {
  map = new Map<string, Entry>();
  get(k: string): PyObject | null {
    const e = this.map.get(k);
    if (e === undefined) return null;
    this.map.delete(k);
    this.map.set(k, e);
    return incref(e.result);
  }
  put(k: string, key: PyObject, result: PyObject): void {
    if (this.map.has(k)) {
      decref(key);
      return;
    }
    if (this.map.size >= 128) {
      const [oldK, old] = this.map.entries().next().value as [string, Entry];
      this.map.delete(oldK);
      decref(old.key);
      decref(old.result);
    }
    this.map.set(k, { key, result: incref(result) });
  }
}

interface TypingState {
  formType: PyObject;
  specialType: PyObject;
  tupleType: PyObject;
  aliasType: PyObject;
  unionType: PyObject;
  fwdType: PyObject;
  /** 3.9+ _CallableGenericAlias (3.8: _GenericAlias) */
  callableType: PyObject;
  anyType: PyObject | null;
  any: PyObject;
  optional: PyObject;
  union: PyObject;
  /** ClassVar (a _SpecialForm); ClassVar[X] is a _GenericAlias whose origin it is */
  classVar: PyObject;
  typeVarType: PyObject;
  generic: PyObject;
  generics: TpCache;
  forms: TpCache;
  specials: TpCache;
  tuples: TpCache;
  callables: TpCache;
  ids: WeakMap<PyObject, number>;
  nextId: number;
}
let st: TypingState = undefined as unknown as TypingState;
/** ForwardRefs a subscript made, released when it finishes (what holds them took references). */
let temps: PyObject[] = [];

function stop(what: string, why = 'HeapLens simulates typing\'s Any, Optional, Union, the container aliases, NamedTuple, TypeVar and Generic only'): never {
  throw new NotSimulated(what, ST.line, why);
}

function tobj(o: PyObject): TypingObj | null {
  return o.v instanceof TypingObj ? o.v : null;
}

// ---------------------------------------------------------------- sizes and types

/** sys.getsizeof of an instance of typing's classes (measured): the aliases are instances with a
 * __dict__ and __weakref__ (3.11 places the dict before the object), _SpecialForm has slots. */
function aliasSize(): number {
  return P.minor === 11 ? 56 : 48;
}
function fwdSize(): number {
  return P.minor <= 8 ? 80 : P.minor <= 11 ? 96 : 104;
}
function formSize(): number {
  return P.minor >= 12 ? 72 : 64;
}

function newTypingObj(type: PyObject, d: TypingObj, size: number): PyObject {
  // the alias's __parameters__: the type variables among its arguments (() when none)
  if ((d.kind === 'alias' || d.kind === 'union') && d.args !== null) {
    const tv = collectTypeVars(d.args.v as PyObject[]);
    if (tv.length > 0) d.params = newTuple(tv.map(incref));
  }
  if (P.minor <= 10 && (d.kind === 'alias' || d.kind === 'union')) {
    const dict = newDict();
    dictSetStr(dict, '__args__', d.args as PyObject);
    const tracked = d.kind === 'union' ? st.union : d.origin !== null && tobj(d.origin) !== null ? d.origin : null;
    if (P.minor >= 10) dictSetStr(dict, '_typevar_types', st.union);
    else if (tracked !== null) dictSetStr(dict, '__origin__', tracked);
    d.dict = dict;
  }
  const o = new PyObject(type, d, null, F_GC);
  allocBlock(o, size);
  gcAllocHook();
  gcTrack(o);
  // (an alias's count is the references of the caches, other aliases and the program)
  if (d.kind === 'form' || d.kind === 'special') constRefsUnknown.set(o, RC_WHY);
  return o;
}

function initTypingType(ti: TypeInfo, size: () => number): void {
  ti.gc = true;
  ti.hasWeakref = true;
  ti.basicsize = () => size() - 16;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    // (weak references die first, as subtype_dealloc and the C types' deallocs clear them)
    clearWeakrefs(o);
    const d = o.v as TypingObj;
    o.v = null;
    if (d.args !== null) decref(d.args);
    if (d.dict !== null) decref(d.dict);
    if (d.kind === 'galias') decref(d.origin as PyObject);
    if (d.params !== null) decref(d.params);
    freeBlock(o, size());
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const d = o.v as TypingObj | null;
    if (d !== null && d.dict !== null) visit(d.dict);
    else if (d !== null && d.args !== null) visit(d.args);
    if (d !== null && d.kind === 'galias') visit(d.origin as PyObject);
    if (d !== null && d.params !== null) visit(d.params);
  };
  ti.repr = (o) => newStr(typingRepr(o));
  ti.getitem = (o, key) => subscript(o, key);
  ti.richcompare = (a, b, op) => compare(a, b, op);
  ti.hash = (o) => typingHash(o);
  ti.getattr = (o, name) => (o.v as TypingObj).kind === 'galias' && (name === '__origin__' || name === '__args__' || name === '__parameters__')
    ? incref(name === '__origin__' ? (o.v as TypingObj).origin as PyObject : name === '__args__' ? (o.v as TypingObj).args as PyObject : (o.v as TypingObj).params as PyObject)
    : name === '__mro_entries__' ? stop(`a class with ${typingRepr(o)} among its bases`, 'subclassing typing\'s aliases (Generic, Protocol, List[...]) is not simulated') : stop(`the attribute ${name} of ${typingRepr(o)}`, 'HeapLens does not have the attributes of typing\'s objects');
  ti.call = (o, args, kw) => (o.v as TypingObj).kind === 'galias' ? genericAliasCall(o, args, kw) : stop(`calling ${typingRepr(o)}`);
  ti.nb = { ...ti.nb, or: typingOr };
}

/** `|` with one of typing's objects: 3.10+'s __or__/__ror__ (Python code) make typing.Union[X, Y];
 * 3.8's classes have none, and CPython's TypeError names them as heap classes ('_GenericAlias'),
 * which HeapLens's types are not. */
function typingOr(a: PyObject, b: PyObject): never {
  const o = tobj(a) !== null || a.v instanceof TypeVarData ? a : b;
  const what = o.v instanceof TypeVarData ? 'a typing.TypeVar' : typingRepr(o);
  return stop(`\`|\` with ${what}`, P.minor >= 10 ? "typing's __or__ and __ror__ are Python code making typing.Union[X, Y], which HeapLens does not run" : "CPython's TypeError names typing's classes as heap classes, which HeapLens's are not");
}

// ---------------------------------------------------------------- repr

/** typing._type_repr */
function typeRepr(o: PyObject): string {
  if (tobj(o) !== null) return typingRepr(o);
  if (o === S.Ellipsis) return '...';
  if (isType(o)) {
    const m = getAttr(o, '__module__');
    const q = getAttr(o, '__qualname__');
    try {
      const ms = m.t === T.str ? m.v as string : null;
      const qs = q.t === T.str ? q.v as string : reprJs(q);
      return ms === 'builtins' ? qs : `${ms === null ? reprJs(m) : ms}.${qs}`;
    } finally {
      decref(m);
      decref(q);
    }
  }
  return reprJs(o);
}

function typingRepr(o: PyObject): string {
  const d = o.v as TypingObj;
  if (d.kind === 'form' || d.kind === 'special') return `typing.${d.name}`;
  if (d.kind === 'fwd') return `ForwardRef(${reprJs(d.args as PyObject)})`;
  if (d.kind === 'galias') return `${typeRepr(d.origin as PyObject)}[${((d.args as PyObject).v as PyObject[]).map(typeRepr).join(', ')}]`;
  const args = (d.args as PyObject).v as PyObject[];
  if (d.kind === 'union') {
    if (P.minor >= 10 && args.length === 2) {
      if (args[1] === T.NoneType) return `typing.Optional[${typeRepr(args[0])}]`;
      if (args[0] === T.NoneType) return `typing.Optional[${typeRepr(args[1])}]`;
    }
    return `typing.Union[${args.map(typeRepr).join(', ')}]`;
  }
  if (d.name === 'Callable') {
    const last = typeRepr(args[args.length - 1]);
    if (args.length === 2 && args[0] === S.Ellipsis) return `typing.Callable[..., ${last}]`;
    return `typing.Callable[[${args.slice(0, -1).map(typeRepr).join(', ')}], ${last}]`;
  }
  return `typing.${d.name}[${args.map(typeRepr).join(', ')}]`;
}

// ---------------------------------------------------------------- equality and hash

function compare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (op !== Py_EQ && op !== Py_NE) return incref(S.NotImplemented);
  const x = tobj(a);
  const y = tobj(b);
  // 3.10+ _UnionGenericAlias.__eq__ takes a types.UnionType too: set(self.__args__) ==
  // set(other.__args__)
  if (x !== null && x.kind === 'union' && P.minor >= 10 && isUnion(b)) {
    pythonLevelCall('typing._UnionGenericAlias.__eq__', WHY);
    const sa = newSet();
    let sb: PyObject | null = null;
    try {
      setUpdateImpl(sa, x.args as PyObject);
      sb = newSet();
      setUpdateImpl(sb, unionArgs(b));
      return incref(richCompareBool(sa, sb, Py_EQ) === (op === Py_EQ) ? S.True : S.False);
    } finally {
      if (sb !== null) decref(sb);
      decref(sa);
    }
  }
  if (x === null || y === null || (x.kind !== 'alias' && x.kind !== 'galias' && x.kind !== 'union' && x.kind !== 'fwd')) return incref(S.NotImplemented);
  if (x.kind === 'fwd' || y.kind === 'fwd') {
    if (x.kind !== y.kind) return incref(S.NotImplemented);
    return incref((canon(a) === canon(b)) === (op === Py_EQ) ? S.True : S.False);
  }
  let eq: boolean;
  if (x.kind === 'union') {
    // 3.9+ _UnionGenericAlias.__eq__ (3.8: _GenericAlias.__eq__ with origin Union): the arguments as sets
    if (y.kind !== 'union') return incref(S.NotImplemented);
    eq = canon(a) === canon(b);
  } else {
    if (y.kind !== 'alias' && y.kind !== 'galias') return incref(S.NotImplemented);
    eq = canon(a) === canon(b);
  }
  return incref(eq === (op === Py_EQ) ? S.True : S.False);
}

function typingHash(o: PyObject): Hash {
  const d = o.v as TypingObj;
  if (d.kind === 'alias' || d.kind === 'galias') {
    // hash((self.__origin__, self.__args__))
    return tupleHashOf([d.origin as PyObject, d.args as PyObject], hash);
  }
  if (d.kind === 'union') {
    // 3.8: hash((Union, frozenset(args))); 3.9+: hash(frozenset(args))
    const fs = newFrozenSetFrom(d.args as PyObject);
    try {
      return P.minor <= 8 ? tupleHashOf([st.union, fs], hash) : hash(fs);
    } finally {
      decref(fs);
    }
  }
  // 3.8: hash(self.__forward_arg__); 3.9+: hash((self.__forward_arg__, self.__forward_module__))
  if (d.kind === 'fwd') return P.minor <= 8 ? hash(d.args as PyObject) : tupleHashOf([d.args as PyObject, S.None], hash);
  // (an unsubscripted alias: object's hash, its address)
  if (d.kind === 'special') return ident(o);
  // _SpecialForm: 3.8 hash((self._name,)); 3.9+ object's hash (its address)
  if (P.minor >= 10) return ident(o);
  const nm = newStr(d.name);
  try {
    return tupleHashOf([nm], hash);
  } finally {
    decref(nm);
  }
}

/** A string equal for objects CPython's cache keys treat as equal (identity for classes and
 * typing's unsubscripted objects, origin and arguments for aliases, argument sets for unions). */
function canon(o: PyObject): string {
  const d = tobj(o);
  if (d !== null && (d.kind === 'alias' || d.kind === 'galias')) return `A${ident(d.origin as PyObject)}(${((d.args as PyObject).v as PyObject[]).map(canon).join(',')})`;
  if (d !== null && d.kind === 'union') return `U{${[...new Set(((d.args as PyObject).v as PyObject[]).map(canon))].sort().join(',')}}`;
  if (d !== null && d.kind === 'fwd') return `F${JSON.stringify((d.args as PyObject).v)}`;
  if (o.t === T.tuple) return `(${(o.v as PyObject[]).map(canon).join(',')})`;
  if (o.t === T.str) return `S${JSON.stringify(o.v)}`;
  return String(ident(o));
}
function ident(o: PyObject): number {
  let n = st.ids.get(o);
  if (n === undefined) {
    n = st.nextId++;
    st.ids.set(o, n);
  }
  return n;
}

// ---------------------------------------------------------------- subscripts

/** typing._type_check (3.9+ _type_convert first: None is type(None)), for what HeapLens
 * simulates: classes, None, Any and the aliases; anything else stops. */
function typeCheck(p: PyObject): PyObject {
  if (p === S.None) return T.NoneType;
  const d = tobj(p);
  if (d !== null) {
    if (d.kind === 'form' && p !== st.any) stop(`${typingRepr(p)} as a type argument`, 'CPython raises a TypeError whose message HeapLens does not reproduce');
    if (d.kind === 'alias' && d.origin === st.classVar) stop(`${typingRepr(p)} as a type argument`, 'CPython raises a TypeError whose message HeapLens does not reproduce');
    return p;
  }
  if (p.t === T.str) {
    // ForwardRef(arg): it compiles the string (a code object HeapLens does not make, which holds
    // the string in its names): the string's count is unknown from here
    if (!/^[A-Za-z_][A-Za-z_0-9]*$/.test(p.v as string)) stop(`a forward reference other than a plain name (${reprJs(p)})`);
    constRefsUnknown.set(p, 'a typing.ForwardRef made from it holds it and compiled it into a code object whose names hold it');
    const fr = newTypingObj(st.fwdType, new TypingObj('fwd', 'ForwardRef', null, incref(p)), fwdSize());
    temps.push(fr);
    return fr;
  }
  if (p.v instanceof TypeVarData) return p;
  if (isType(p)) {
    if (p.t !== T.type) stop(`a class with a metaclass (${typeName(p)}) as a type argument`);
    return p;
  }
  return stop(`${typeName(p)} object as a type argument`);
}

function params(key: PyObject): PyObject[] {
  return key.t === T.tuple ? key.v as PyObject[] : [key];
}

function subscript(o: PyObject, key: PyObject): PyObject {
  const outer = temps;
  temps = [];
  try {
    return subscriptIn(o, key);
  } finally {
    const made = temps;
    temps = outer;
    for (const fr of made) decref(fr);
  }
}

function subscriptIn(o: PyObject, key: PyObject): PyObject {
  const d = o.v as TypingObj;
  if (d.kind === 'alias' || d.kind === 'union' || d.kind === 'fwd') stop(`subscripting ${typingRepr(o)}`, 'it has no type variables left to substitute: CPython raises a TypeError whose message HeapLens does not reproduce');
  if (key.t !== T.tuple && key.t !== T.str && !isType(key) && key !== S.None && tobj(key) === null) typeCheck(key);
  pythonLevelCall(`typing.${d.name}[...]`, WHY);
  if (d.kind === 'form') {
    if (o === st.any) stop('subscripting typing.Any', 'CPython raises a TypeError whose message HeapLens does not reproduce');
    if (o === st.classVar) return cached(st.forms, o, key, () => classVarOf(key));
    return cached(st.forms, o, key, () => (o === st.optional ? optional(key) : unionOf(key)));
  }
  if (d.arity === -2) return callableAlias(o, key);
  if (d.arity === -1) return cached(st.tuples, o, key, () => tupleAlias(o, key));
  return cached(st.specials, o, key, () => specialAlias(o, key));
}

/** _tp_cache's wrapper: the lru_cache called with the argument tuple (self, parameters). */
function cached(cache: TpCache, self: PyObject, key: PyObject, make: () => PyObject): PyObject {
  const ps = params(key);
  for (const p of ps) if (p.t === T.tuple || p.t === T.list) stop('a tuple or list as a type argument');
  const k = `${ident(self)}|${canon(key)}`;
  const hit = cache.get(k);
  if (hit !== null) return hit;
  const r = make();
  cache.put(k, newTuple([incref(self), incref(key)]), r);
  return r;
}

/** ClassVar[X]: `_type_check(parameters, ...)` and `_GenericAlias(self, (item,))` (3.8's
 * _SpecialForm.__getitem__, 3.9+'s ClassVar function), its repr `typing.ClassVar[X]` from the
 * origin's name. */
function classVarOf(p: PyObject): PyObject {
  if (p.t === T.tuple) stop('typing.ClassVar with several arguments', 'CPython raises a TypeError whose message HeapLens does not reproduce');
  const arg = typeCheck(p);
  return newTypingObj(st.aliasType, new TypingObj('alias', 'ClassVar', st.classVar, newTuple([incref(arg)])), aliasSize());
}

/** dataclasses' _is_classvar: `a_type is typing.ClassVar or (type(a_type) is typing._GenericAlias
 * and a_type.__origin__ is typing.ClassVar)` (the caller has checked that typing is imported). */
export function isClassVarObj(o: PyObject | null): boolean {
  if (o === null || st === undefined) return false;
  if (o === st.classVar) return true;
  const d = tobj(o);
  return d !== null && o.t === st.aliasType && d.kind === 'alias' && d.origin === st.classVar;
}

function optional(p: PyObject): PyObject {
  if (p.t === T.tuple) stop('typing.Optional with several arguments', 'CPython raises a TypeError whose message HeapLens does not reproduce');
  // Union[arg, type(None)] (3.8: after _type_check(arg))
  const arg = typeCheck(p);
  const pair = newTuple([incref(arg), incref(T.NoneType)]);
  try {
    return cached(st.forms, st.union, pair, () => unionOf(pair));
  } finally {
    decref(pair);
  }
}

/** Union.__getitem__: the parameters checked, nested unions flattened, duplicates removed (first
 * occurrence kept); one left is the result itself. */
function unionOf(key: PyObject): PyObject {
  const ps = params(key);
  if (ps.length === 0) stop('typing.Union[()]', 'CPython raises a TypeError whose message HeapLens does not reproduce');
  const flat: PyObject[] = [];
  for (const p0 of ps) {
    const p = typeCheck(p0);
    const d = tobj(p);
    if (d !== null && d.kind === 'union') flat.push(...((d.args as PyObject).v as PyObject[]));
    else flat.push(p);
  }
  const seen = new Set<string>();
  const out: PyObject[] = [];
  for (const p of flat) {
    const c = canon(p);
    if (seen.has(c)) continue;
    seen.add(c);
    out.push(p);
  }
  if (out.length === 1) return incref(out[0]);
  return newTypingObj(st.unionType, new TypingObj('union', 'Union', null, newTuple(out.map(incref))), aliasSize());
}

function specialAlias(o: PyObject, key: PyObject): PyObject {
  const d = o.v as TypingObj;
  const ps = params(key);
  if (ps.length !== d.arity) stop(`typing.${d.name} with ${ps.length} argument${ps.length === 1 ? '' : 's'}`, 'CPython raises a TypeError whose message HeapLens does not reproduce');
  const args = ps.map(typeCheck);
  return newTypingObj(st.aliasType, new TypingObj('alias', d.name, d.origin, newTuple(args.map(incref))), aliasSize());
}

/** Callable[[A, B], R] and Callable[..., R]: __getitem__ (not cached) makes the parameters
 * `(tuple(args), result)` and calls the cached __getitem_inner__ (3.10+: typed=True, whose key
 * also holds the arguments' types); the alias's arguments are flattened to (A, B, R). */
function callableAlias(o: PyObject, key: PyObject): PyObject {
  const ps = params(key);
  if (key.t !== T.tuple || ps.length !== 2) stop('typing.Callable with other than [arguments, result]', 'CPython raises a TypeError whose message HeapLens does not reproduce');
  const [a, r] = ps;
  if (a !== S.Ellipsis && a.t !== T.list) stop('typing.Callable with arguments other than a list or ...', 'CPython raises a TypeError whose message HeapLens does not reproduce');
  for (const x of a === S.Ellipsis ? [r] : [...(a.v as PyObject[]), r]) {
    if (x.t === T.tuple || x.t === T.list) stop('a tuple or list as a type argument');
    if (x.t === T.str) stop('a forward reference in typing.Callable');
    typeCheck(x);
  }
  const first = a === S.Ellipsis ? incref(a) : newTuple((a.v as PyObject[]).map(incref));
  const inner = newTuple([first, incref(r)]);
  try {
    const ps2 = params(inner);
    const k = `${ident(o)}|${canon(ps2[0])}|${canon(ps2[1])}`;
    const hit = st.callables.get(k);
    if (hit !== null) return hit;
    const d = o.v as TypingObj;
    const args = a === S.Ellipsis ? [S.Ellipsis, typeCheck(r)] : [...(a.v as PyObject[]).map(typeCheck), typeCheck(r)];
    const res = newTypingObj(st.callableType, new TypingObj('alias', d.name, d.origin, newTuple(args.map(incref))), aliasSize());
    // 3.10+ typed key (self, params, type(self), type(params)): the types are typing's class and tuple
    const keyTuple = P.minor >= 10 ? newTuple([incref(o), incref(inner), incref(o.t), incref(T.tuple)]) : newTuple([incref(o), incref(inner)]);
    st.callables.put(k, keyTuple, res);
    return res;
  } finally {
    decref(inner);
  }
}

/** Tuple[X, ...] and Tuple[X, Y, …]. */
function tupleAlias(o: PyObject, key: PyObject): PyObject {
  const d = o.v as TypingObj;
  const ps = params(key);
  if (ps.length === 0) stop('typing.Tuple[()]');
  let args: PyObject[];
  if (ps.length === 2 && ps[1] === S.Ellipsis) args = [typeCheck(ps[0]), S.Ellipsis];
  else {
    if (ps.includes(S.Ellipsis)) stop('typing.Tuple with ... other than as its second of two arguments', 'CPython raises a TypeError whose message HeapLens does not reproduce');
    args = ps.map(typeCheck);
  }
  return newTypingObj(st.aliasType, new TypingObj('alias', d.name, d.origin, newTuple(args.map(incref))), aliasSize());
}


// ---------------------------------------------------------------- NamedTuple

/** _make_nmtuple (Lib/typing.py): collections.namedtuple(name, fields, defaults=…) plus the
 * annotations. The types dict (each type through _type_check) becomes the class's __annotations__
 * (3.8: also _field_types); 3.10+ makes it the generated __new__'s __annotations__ too, 3.8's class
 * form gives __new__ a copy: the __new__ builtin holds that reference. `pairs` are borrowed. */
function makeNmtuple(typename: PyObject, pairs: [PyObject, PyObject][], defaults: PyObject[], classForm: boolean): PyObject {
  const outer = temps;
  temps = [];
  const types = newDict();
  let held: PyObject | null = null;
  let fields: PyObject | null = null;
  let dflt: PyObject | null = null;
  try {
    for (const [n, t] of pairs) dictSet(types, n, typeCheck(t));
    fields = newList(pairs.map(([n]) => incref(n)));
    if (P.minor >= 10) held = incref(types);
    else if (classForm) {
      held = newDict();
      for (const [k, v] of dictEntries(types)) dictSet(held, k, v);
    }
    const args = [typename, fields];
    let kw: string[] | null = null;
    if (defaults.length > 0) {
      dflt = newList(defaults.map(incref));
      args.push(dflt);
      kw = ['defaults'];
    }
    const cls = namedtuple(args, kw, held);
    try {
      setAttr(cls, '__annotations__', types);
      if (P.minor <= 8) {
        setAttr(cls, '_field_types', types);
        // the class form replaces _field_defaults with a new dict; _fields_defaults keeps
        // namedtuple's first one (empty)
        if (classForm) {
          const empty = newDict();
          setAttr(cls, '_fields_defaults', empty);
          decref(empty);
        }
      }
    } catch (e) {
      decref(cls);
      throw e;
    }
    return cls;
  } finally {
    if (dflt !== null) decref(dflt);
    if (fields !== null) decref(fields);
    if (held !== null) decref(held);
    decref(types);
    for (const x of temps) decref(x);
    temps = outer;
  }
}

/** NamedTuple(typename, fields): the functional form (fields an iterable of (name, type) pairs). */
function namedTupleCall(nt: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if ((kw !== null && kw.length > 0) || args.length !== 2) stop('typing.NamedTuple() with other than two positional arguments (typename, fields)');
  pythonLevelCall('typing.NamedTuple()', WHY);
  const [typename, fieldsObj] = args;
  if (typename.t !== T.str) stop('typing.NamedTuple() with a typename that is not a str');
  if (fieldsObj.t !== T.list && fieldsObj.t !== T.tuple) stop('typing.NamedTuple() with fields other than a list or tuple of (name, type) pairs');
  const pairs: [PyObject, PyObject][] = [];
  for (const it of fieldsObj.v as PyObject[]) {
    if ((it.t !== T.tuple && it.t !== T.list) || (it.v as PyObject[]).length !== 2 || (it.v as PyObject[])[0].t !== T.str) stop('typing.NamedTuple() with a field other than a (str, type) pair');
    const [n, t] = it.v as PyObject[];
    pairs.push([n, t]);
  }
  const cls = makeNmtuple(typename, pairs, [], false);
  if (P.minor >= 12) {
    // nt.__orig_bases__ = (NamedTuple,)
    const ob = newTuple([incref(nt)]);
    try {
      setAttr(cls, '__orig_bases__', ob);
    } catch (e) {
      decref(cls);
      throw e;
    } finally {
      decref(ob);
    }
  }
  return cls;
}

/** `class P(NamedTuple): …`: NamedTupleMeta.__new__(name, bases, ns). */
function namedTupleClass(name: PyObject, origBases: PyObject, ns: PyObject, bases: PyObject[]): PyObject {
  if (bases.length > 1) stop('a NamedTuple class with other bases (Generic, multiple inheritance)');
  pythonLevelCall('typing.NamedTupleMeta.__new__()', WHY);
  // 3.9+: NamedTuple is a function whose __mro_entries__ stands for _NamedTuple: __build_class__
  // keeps the bases the statement named in the namespace
  if (P.minor >= 9) dictSetStr(ns, '__orig_bases__', origBases);
  if (P.minor <= 8 && dictGetStr(ns, '_root') !== null) stop('_root in a NamedTuple class body');
  const ann = dictGetStr(ns, '__annotations__');
  if (ann !== null && ann.t !== T.dict) stop('a NamedTuple class whose __annotations__ is not a dict');
  const items = [...dictEntries(ns)];
  for (const [, v] of items) {
    if (typeLookup(v.t, '__set_name__') !== null) stop(`a ${typeName(v)} (which has __set_name__) in a NamedTuple class body`);
  }
  const pairs: [PyObject, PyObject][] = ann === null ? [] : [...dictEntries(ann)].map(([k, v]) => [k, v]);
  for (const [k] of pairs) if (k.t !== T.str) stop('a NamedTuple annotation whose name is not a str');
  const defaults: PyObject[] = [];
  const defaultNames: string[] = [];
  for (const [k] of pairs) {
    const v = dictGet(ns, k);
    if (v !== null) {
      defaults.push(v);
      defaultNames.push(k.v as string);
    } else if (defaults.length > 0) {
      raise(T.TypeError, P.minor <= 8
        ? `Non-default namedtuple field ${k.v as string} cannot follow default field(s) ${defaultNames.join(', ')}`
        : `Non-default namedtuple field ${k.v as string} cannot follow default field${defaultNames.length > 1 ? 's' : ''} ${defaultNames.join(', ')}`);
    }
  }
  const cls = makeNmtuple(name, pairs, defaults, true);
  try {
    const fields = new Set(pairs.map(([k]) => k.v as string));
    const prohibited = new Set(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source']);
    if (P.minor <= 8) prohibited.add('_field_types');
    for (const [k, v] of items) {
      if (k.t !== T.str) stop('a NamedTuple class namespace key that is not a str');
      const key = k.v as string;
      if (prohibited.has(key)) raise(T.AttributeError, `Cannot overwrite NamedTuple attribute ${key}`);
      if (key === '__module__' || key === '__name__' || key === '__annotations__' || fields.has(key)) continue;
      setAttr(cls, key, v);
    }
  } catch (e) {
    decref(cls);
    throw e;
  }
  return cls;
}


// ---------------------------------------------------------------- TypeVar

/** A TypeVar: 3.8–3.11 an instance of typing.py's class (slots for the name, bound, constraints
 * and variances, and a __dict__ holding the `__module__` its __init__ takes from the caller's frame
 * through sys._getframe); 3.12+ Objects/typevarobject.c's (the module in its managed dict, inline
 * values, no dict object). */
class TypeVarData {
  constructor(
    public name: PyObject,
    public bound: PyObject | null,
    public constraints: PyObject,
    public covariant: boolean,
    public contravariant: boolean,
    public dict: PyObject | null,
  ) {}
}

/** sys.getsizeof of a TypeVar (measured). */
function typeVarSize(): number {
  return P.minor <= 10 ? 88 : P.minor === 11 ? 56 : P.minor === 12 ? 96 : 112;
}

function typeVarRepr(o: PyObject): string {
  const d = o.v as TypeVarData;
  return `${d.covariant ? '+' : d.contravariant ? '-' : '~'}${d.name.v as string}`;
}

function initTypeVarType(ti: TypeInfo): void {
  ti.nb = { ...ti.nb, or: typingOr };
  ti.gc = true;
  ti.hasWeakref = true;
  ti.basicsize = () => typeVarSize() - 16;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    clearWeakrefs(o);
    const d = o.v as TypeVarData;
    o.v = null;
    decref(d.name);
    if (d.bound !== null) decref(d.bound);
    decref(d.constraints);
    if (d.dict !== null) decref(d.dict);
    freeBlock(o, typeVarSize());
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const d = o.v as TypeVarData | null;
    if (d === null) return;
    if (d.bound !== null) visit(d.bound);
    visit(d.constraints);
    if (d.dict !== null) visit(d.dict);
  };
  ti.repr = (o) => newStr(typeVarRepr(o));
  ti.richcompare = () => incref(S.NotImplemented);
  ti.hash = (o) => ident(o);
  ti.getattr = (o, name) => {
    const d = o.v as TypeVarData;
    switch (name) {
      case '__name__': return incref(d.name);
      case '__bound__': return incref(d.bound ?? S.None);
      case '__constraints__': return incref(d.constraints);
      case '__covariant__': return incref(d.covariant ? S.True : S.False);
      case '__contravariant__': return incref(d.contravariant ? S.True : S.False);
      case '__module__': return newStr('__main__');
      case '__mro_entries__': return stop(`a class with the TypeVar ${typeVarRepr(o)} among its bases`);
      default: return stop(`the attribute ${name} of a TypeVar`, 'HeapLens has the TypeVar attributes __name__, __bound__, __constraints__, __covariant__, __contravariant__ and __module__ only');
    }
  };
  ti.call = () => stop('calling a TypeVar');
}

/** TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False) */
function typeVarNew(args: PyObject[], kw: string[] | null): PyObject {
  pythonLevelCall('typing.TypeVar()', P.minor >= 12 ? 'TypeVar() looks up its caller\'s module through the typing module\'s Python code, whose frames and temporaries HeapLens does not reproduce' : WHY);
  const nkw = kw?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  let bound: PyObject | null = null;
  let covariant = false;
  let contravariant = false;
  for (let i = 0; i < nkw; i++) {
    const k = (kw as string[])[i];
    const v = args[pos.length + i];
    if (k === 'bound') bound = v;
    else if (k === 'covariant') covariant = truthy(v);
    else if (k === 'contravariant') contravariant = truthy(v);
    else stop(`TypeVar() with the keyword ${k}`);
  }
  if (pos.length === 0 || pos[0].t !== T.str) stop('TypeVar() without a str name as its first argument');
  const constraints = pos.slice(1);
  if (covariant && contravariant) stop('a bivariant TypeVar', 'CPython raises an error whose message HeapLens does not reproduce');
  if (constraints.length === 1) stop('a TypeVar with a single constraint', 'CPython raises an error whose message HeapLens does not reproduce');
  if (constraints.length > 0 && bound !== null && bound !== S.None) stop('a TypeVar with both constraints and a bound', 'CPython raises an error whose message HeapLens does not reproduce');
  // 3.8–3.11 `if bound:`, 3.12+ `bound is not None`: a falsy bound other than None stops
  if (bound !== null && bound !== S.None && !truthy(bound)) stop('a TypeVar with a false bound other than None');
  const outer = temps;
  temps = [];
  try {
    const b = bound === null || bound === S.None ? null : incref(typeCheck(bound));
    const cs = newTuple(constraints.map((c) => incref(typeCheck(c))));
    let dict: PyObject | null = null;
    if (P.minor <= 11) {
      dict = newDict();
      const m = newStr('__main__');
      dictSetStr(dict, '__module__', m);
      decref(m);
    }
    const o = new PyObject(st.typeVarType, new TypeVarData(incref(pos[0]), b, cs, covariant, contravariant, dict), null, F_GC);
    allocBlock(o, typeVarSize());
    gcAllocHook();
    gcTrack(o);
    return o;
  } finally {
    for (const x of temps) decref(x);
    temps = outer;
  }
}


// ---------------------------------------------------------------- Generic

/** The type variables among alias arguments, in order, each once (_collect_type_vars /
 * _collect_parameters): TypeVars themselves and those of generic aliases. */
function collectTypeVars(items: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const a of items) {
    const d = tobj(a);
    const found = a.v instanceof TypeVarData ? [a] : d !== null && d.params !== null ? d.params.v as PyObject[] : [];
    for (const t of found) if (!out.includes(t)) out.push(t);
  }
  return out;
}

/** A generic alias (`_GenericAlias(cls, params)`): origin, the checked arguments, their type
 * variables. `args` and `params` are owned. */
function newGenericAlias(origin: PyObject, args: PyObject, params: PyObject): PyObject {
  const d = new TypingObj('galias', '', incref(origin), args);
  d.params = params;
  return newTypingObj(st.aliasType, d, aliasSize());
}

/** Generic.__class_getitem__ (3.8–3.11, 3.12+'s C method calling typing._generic_class_getitem):
 * one _tp_cache keyed by (cls, params). */
function genericClassGetitem(cls: PyObject, key: PyObject): PyObject {
  pythonLevelCall('Generic.__class_getitem__()', WHY);
  const k = `${canon(cls)}|${canon(key)}`;
  const hit = st.generics.get(k);
  if (hit !== null) return hit;
  const ps = params(key);
  if (ps.length === 0) stop('subscripting a generic class with ()');
  const outer = temps;
  temps = [];
  try {
    let checked: PyObject[];
    if (cls === st.generic) {
      if (!ps.every((p) => p.v instanceof TypeVarData)) stop('Generic[...] with an argument other than a TypeVar', 'CPython raises a TypeError whose message HeapLens does not reproduce');
      if (new Set(ps).size !== ps.length) stop('Generic[...] with a repeated TypeVar', 'CPython raises a TypeError whose message HeapLens does not reproduce');
      checked = ps;
    } else {
      const own = dictGetStr((cls.v as TypeInfo).dict, '__parameters__');
      const cp = own ?? getAttr(cls, '__parameters__');
      try {
        if (cp.t !== T.tuple || (cp.v as PyObject[]).length === 0) stop(`subscripting ${typeName(cls)} which has no type variables`, 'CPython raises a TypeError whose message HeapLens does not reproduce');
        if ((cp.v as PyObject[]).length !== ps.length) stop('a generic class subscripted with the wrong number of arguments', 'CPython raises a TypeError whose message HeapLens does not reproduce');
      } finally {
        if (own === null) decref(cp);
      }
      checked = ps.map((p) => p.v instanceof TypeVarData ? p : typeCheck(p));
    }
    const args = newTuple(checked.map(incref));
    const tv = collectTypeVars(checked);
    const alias = newGenericAlias(cls, args, newTuple(tv.map(incref)));
    st.generics.put(k, newTuple([incref(cls), incref(key)]), alias);
    return alias;
  } finally {
    for (const x of temps) decref(x);
    temps = outer;
  }
}

/** Generic.__init_subclass__: the class's __parameters__ from its __orig_bases__ (the Generic[...]
 * base's own tuple when there is one), "Cannot inherit from plain Generic". */
function genericInitSubclass(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (args.length > 0 || (kw !== null && kw.length > 0)) stop('arguments to Generic.__init_subclass__ (class keywords)');
  pythonLevelCall('Generic.__init_subclass__()', WHY);
  const ti = cls.v as TypeInfo;
  const ob = dictGetStr(ti.dict, '__orig_bases__');
  const error = ob !== null ? ob.t === T.tuple && (ob.v as PyObject[]).includes(st.generic) : ti.bases.includes(st.generic);
  if (error) raise(T.TypeError, 'Cannot inherit from plain Generic');
  let result: PyObject;
  if (ob !== null) {
    if (ob.t !== T.tuple) stop('a class whose __orig_bases__ is not a tuple');
    const items = ob.v as PyObject[];
    const tvars = collectTypeVars(items);
    const gs = items.filter((b) => tobj(b)?.kind === 'galias' && (b.v as TypingObj).origin === st.generic);
    if (gs.length > 1) stop('a class with more than one Generic[...] base', 'CPython raises a TypeError whose message HeapLens does not reproduce');
    if (gs.length === 1) {
      const gvars = ((gs[0].v as TypingObj).params as PyObject);
      if (!tvars.every((t) => (gvars.v as PyObject[]).includes(t))) stop('type variables missing from the Generic[...] base', 'CPython raises a TypeError whose message HeapLens does not reproduce');
      result = incref(gvars);
    } else result = newTuple(tvars.map(incref));
  } else result = newTuple([]);
  try {
    setAttr(cls, '__parameters__', result);
  } finally {
    decref(result);
  }
  // 3.8: Generic.__new__ (Python code) makes every instance; its frame and temporaries are not
  // reproduced, and arguments left to object.__new__ raise its own message
  const tnew = ti.new;
  if (P.minor <= 8 && tnew !== null) {
    ti.new = (t, a, kw) => {
      pythonLevelCall('Generic.__new__()', WHY);
      if ((a.length > 0 || (kw !== null && kw.length > 0)) && typeLookup(t, '__init__') === typeLookup(T.object, '__init__')) stop('arguments to a generic class without __init__', "3.8's Generic.__new__ passes them on to object.__new__, whose error HeapLens does not reproduce");
      return tnew(t, a, kw);
    };
  }
  return incref(S.None);
}

/** _GenericAlias.__call__: the origin called, then `result.__orig_class__ = self`. */
function genericAliasCall(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const d = o.v as TypingObj;
  if (d.origin === st.generic) stop('calling Generic[...]', 'CPython raises a TypeError whose message HeapLens does not reproduce');
  pythonLevelCall('typing._GenericAlias.__call__()', WHY);
  const result = call(d.origin as PyObject, args, kw);
  if (typeLookup(result.t, '__dict__') === null || !isType(d.origin as PyObject) || result.t !== d.origin) {
    decref(result);
    stop('an instance through a generic alias of a class without a __dict__ (or whose constructor returns another type)');
  }
  try {
    setAttr(result, '__orig_class__', o);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** __mro_entries__ of a generic alias as a base: its origin (one typing base only). */
function genericMroEntries(base: PyObject, bases: PyObject[]): PyObject[] | null {
  const d = tobj(base);
  if (d === null || d.kind !== 'galias') return null;
  if (bases.filter((b) => !isType(b)).length > 1) stop('a class with more than one typing alias among its bases');
  return [d.origin as PyObject];
}

// ---------------------------------------------------------------- the module

/** The container aliases: name, the builtin class it stands for, its number of parameters. */
function containerAliases(): [string, PyObject | null, number][] {
  return [
    ['List', T.list, 1], ['Dict', T.dict, 2], ['Set', T.set, 1], ['FrozenSet', T.frozenset, 1], ['Type', T.type, 1],
    // collections.abc's ABCs: HeapLens has no collections.abc; their aliases have no origin object
    // here (only as a cache key and equality: identity of the alias itself)
    ['Iterable', null, 1], ['Iterator', null, 1], ['Sequence', null, 1], ['MutableSequence', null, 1],
    ['Mapping', null, 2], ['MutableMapping', null, 2], ['Collection', null, 1], ['Container', null, 1],
    ['AbstractSet', null, 1], ['MutableSet', null, 1], ['Generator', null, 3], ['Reversible', null, 1],
  ];
}

const STOPS = ['Protocol', 'TypedDict', 'Literal', 'Annotated', 'Final',
  'get_type_hints', 'overload', 'ParamSpec', 'NewType', 'TypeAlias', 'Concatenate', 'TypeGuard', 'Self', 'LiteralString', 'Never',
  'NoReturn', 'Unpack', 'TypeVarTuple', 'ForwardRef', 'no_type_check', 'runtime_checkable', 'final', 'get_origin', 'get_args',
  'AnyStr', 'Text', 'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match', 'Hashable', 'Sized', 'Awaitable', 'Coroutine', 'AsyncIterable',
  'AsyncIterator', 'AsyncGenerator', 'ContextManager', 'AsyncContextManager', 'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap',
  'Deque', 'KeysView', 'ItemsView', 'ValuesView', 'MappingView', 'SupportsInt', 'SupportsFloat', 'SupportsAbs', 'SupportsIndex',
  'SupportsRound', 'SupportsBytes', 'SupportsComplex', 'assert_never', 'assert_type', 'reveal_type', 'dataclass_transform',
  'override', 'is_typeddict', 'Required', 'NotRequired', 'ReadOnly', 'TypeIs', 'get_overloads', 'clear_overloads',
  'get_protocol_members', 'is_protocol', 'NoDefault', 'ByteString', 'TypeAliasType'];

registerModule('typing', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  md.partial = true;
  md.stops = new Map(STOPS.map((n) => [n, "HeapLens simulates typing's Any, Optional, Union, ClassVar, the container aliases, NamedTuple, TypeVar, Generic, cast and TYPE_CHECKING"]));
  const d = mod.d as PyObject;
  // typing.py's imports: collections (with collections.abc), functools, operator (itertools comes
  // with collections); the measured module counts include typing's references to them
  for (const name of ['collections', 'functools', 'itertools', 'operator']) decref(importModule(name, ST.line));
  const put = (k: string, v: PyObject): void => {
    dictSetStr(d, k, v);
    decref(v);
  };
  const t = (name: string, size: () => number): PyObject => {
    const ty = newModuleType(`typing.${name}`, 'typing', (ti) => initTypingType(ti, size));
    constRefsUnknown.set(ty, RC_WHY);
    referentsUnknown.set(ty, "typing's objects keep their attributes in a __dict__ (or slots), which HeapLens does not have");
    checksNotSimulated.set(ty, "typing's __instancecheck__/__subclasscheck__ (Python code) are not simulated");
    return ty;
  };
  const formType = t('_SpecialForm', formSize);
  const aliasType = t('_GenericAlias', aliasSize);
  const specialType = P.minor <= 8 ? aliasType : t('_SpecialGenericAlias', aliasSize);
  const tupleType = P.minor <= 8 ? t('_VariadicGenericAlias', aliasSize) : t('_TupleType', aliasSize);
  const unionType = P.minor <= 8 ? aliasType : t('_UnionGenericAlias', aliasSize);
  // 3.11+: Any is a class (class Any(metaclass=_AnyMeta)); its size is a class's
  const anyType = P.minor >= 11 ? t('_AnyMeta', () => 16) : null;
  const any = newTypingObj(anyType ?? formType, new TypingObj('form', 'Any', null, null), P.minor >= 11 ? 16 : formSize());
  if (anyType !== null) sizeUnknown.set(any, ['sys.getsizeof(typing.Any)', 'Any is a class (of metaclass _AnyMeta) on 3.11+, whose size HeapLens does not reproduce']);
  const optional = newTypingObj(formType, new TypingObj('form', 'Optional', null, null), formSize());
  const union = newTypingObj(formType, new TypingObj('form', 'Union', null, null), formSize());
  const classVar = newTypingObj(formType, new TypingObj('form', 'ClassVar', null, null), formSize());
  st = {
    formType, specialType, tupleType, aliasType, unionType, fwdType: t('ForwardRef', fwdSize), callableType: P.minor <= 8 ? aliasType : t('_CallableGenericAlias', aliasSize), anyType, any, optional, union, classVar,
    generic: null as unknown as PyObject, generics: new TpCache(),
    typeVarType: newModuleType('typing.TypeVar', 'typing', initTypeVarType),
    forms: new TpCache(), specials: new TpCache(), tuples: new TpCache(), callables: new TpCache(), ids: new WeakMap(), nextId: 1,
  };
  put('TYPE_CHECKING', incref(S.False));
  put('Any', any);
  put('Optional', optional);
  put('Union', union);
  put('ClassVar', classVar);
  for (const [name, origin, arity] of containerAliases()) {
    const sp = newTypingObj(specialType, new TypingObj('special', name, origin, null, arity), aliasSize());
    // (no collections.abc here: the alias itself stands for its origin in equality and cache keys)
    if (origin === null) (sp.v as TypingObj).origin = sp;
    put(name, sp);
  }
  const callable = newTypingObj(P.minor <= 8 ? tupleType : t('_CallableType', aliasSize), new TypingObj('special', 'Callable', null, null, -2), aliasSize());
  (callable.v as TypingObj).origin = callable;
  put('Callable', callable);
  put('Tuple', newTypingObj(tupleType, new TypingObj('special', 'Tuple', T.tuple, null, -1), aliasSize()));
  // Generic: 3.8–3.11 typing.py's class (__slots__ = ()), 3.12+ C's; a class here with
  // __class_getitem__ and __init_subclass__ as class methods
  {
    const ns = newDict();
    const ps = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    ps('__module__', newStr('typing'));
    ps('__qualname__', newStr('Generic'));
    ps('__slots__', newTuple([]));
    ps('_is_protocol', incref(S.False));
    const g = typeNew(T.type, 'Generic', [T.object], ns);
    decref(ns);
    defClassMethods(g, {
      __class_getitem__: (c, a, kw) => {
        if (a.length !== 1 || (kw !== null && kw.length > 0)) stop('Generic.__class_getitem__ with other than one argument');
        return genericClassGetitem(c, a[0]);
      },
      __init_subclass__: (c, a, kw) => genericInitSubclass(c, a, kw),
    });
    runtimeBuiltClasses.set(g, 'Generic');
    constRefsUnknown.set(g, RC_WHY);
    st.generic = g;
    setMroEntriesHook(genericMroEntries);
    put('Generic', incref(g));
  }
  // TypeVar: a class (3.8–3.11 typing.py's, 3.12+ C's); calling it here is a stand-in's call
  const tv = st.typeVarType;
  (tv.v as TypeInfo).new = (_t, args, kw) => typeVarNew(args, kw);
  constRefsUnknown.set(tv, RC_WHY);
  referentsUnknown.set(tv, "typing's objects keep their attributes in a __dict__ (or slots), which HeapLens does not have");
  // 3.8–3.11: _Final.__init_subclass__ refuses (after the body ran); 3.12+: not a base type
  for (const [k, h] of [...classBuildHooks]) if (h.what === 'typing.TypeVar') classBuildHooks.delete(k);
  classBuildHooks.set(tv, { what: 'typing.TypeVar', build: () => raise(T.TypeError, P.minor <= 11 ? 'Cannot subclass special typing classes' : "type 'typing.TypeVar' is not an acceptable base type") });
  put('TypeVar', incref(tv));
  // NamedTuple: 3.8 a class (metaclass NamedTupleMeta), 3.9+ a function whose __mro_entries__
  // stands for _NamedTuple; either way a stand-in here (type() and repr() of it stop)
  const ntKind: StandInKind = { module: 'typing' };
  const nt: PyObject = newStandIn(newStandInType(ntKind), new StandIn(ntKind, 'typing', 'NamedTuple', 'NamedTuple', (_si, args, kw) => namedTupleCall(nt, args, kw)));
  constRefsUnknown.set(nt, RC_WHY);
  for (const [k, h] of [...classBuildHooks]) if (h.what === 'typing.NamedTuple') classBuildHooks.delete(k);
  classBuildHooks.set(nt, { what: 'typing.NamedTuple', build: namedTupleClass });
  put('NamedTuple', nt);
  // def cast(typ, val): return val
  // (a function in CPython: a stand-in, type() and repr() of which stop)
  put('cast', newStandIn(newStandInType(KIND), new StandIn(KIND, 'typing', 'cast', 'cast', (_si, args, kw) => {
    if ((kw !== null && kw.length > 0) || args.length !== 2) stop('typing.cast() with other than two positional arguments');
    pythonLevelCall('typing.cast', WHY);
    return incref(args[1]);
  })));
});
