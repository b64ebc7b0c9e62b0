// Type objects: TypeInfo is the simulated PyTypeObject. Builtin types fill its slots with JS
// functions; heap types (class statements) get slot wrappers that look the dunder methods up
// along the MRO at call time, as Objects/typeobject.c's slot_tp_* functions do.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PyObject, F_GC, F_RUNTIME } from './object';
import { T } from './core';

export type Visit = (o: PyObject) => void;
/** A Py_hash_t: a JS number when it is a safe integer, else a bigint (exact 64-bit). */
export type Hash = number | bigint;
/** Vectorcall: args are borrowed (positional first, then the values of kwnames). Returns a new reference. */
export type CallFn = (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export interface NumberSlots {
  add?: BinSlot; sub?: BinSlot; mul?: BinSlot; truediv?: BinSlot; floordiv?: BinSlot; mod?: BinSlot; divmod?: BinSlot;
  pow?: BinSlot; lshift?: BinSlot; rshift?: BinSlot; and?: BinSlot; or?: BinSlot; xor?: BinSlot; matmul?: BinSlot;
  neg?: UnSlot; pos?: UnSlot; abs?: UnSlot; invert?: UnSlot;
  /** In-place variants (list += ..., set |= ...); absent means fall back to the binary slot. */
  iadd?: BinSlot; imul?: BinSlot; ior?: BinSlot; iand?: BinSlot; ixor?: BinSlot; isub?: BinSlot;
  itruediv?: BinSlot; ifloordiv?: BinSlot; imod?: BinSlot; ipow?: BinSlot; ilshift?: BinSlot; irshift?: BinSlot; imatmul?: BinSlot;
  /** nb_index / nb_int / nb_float as JS conversions. */
  index?: (o: PyObject) => PyObject;
  int?: (o: PyObject) => PyObject;
  float?: (o: PyObject) => PyObject;
  /** Every in-place operator at once (weakref proxies forward each to their referent's
   * PyNumber_InPlace*); `op` is the binary operation's name. */
  inplaceAny?: (a: PyObject, b: PyObject, op: string) => PyObject;
}
/** Returns a new reference, or NotImplemented (a new reference to it). */
export type BinSlot = (a: PyObject, b: PyObject) => PyObject;
export type UnSlot = (a: PyObject) => PyObject;

export type CompareOp = 0 | 1 | 2 | 3 | 4 | 5; // Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE
export const Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5;

let nextTid = 0;

/** A new run numbers its types from 0 again (the tracer indexes arrays by type id; the previous
 * run's types are gone). */
export function resetTypeIds(): void {
  nextTid = 0;
}

/** Bumped whenever any type's dict changes after creation: lookup caches keyed on a type are
 * valid while the epoch they saw is current (CPython's type version tags, coarser). */
export const typeEpoch = { n: 0 };

/** Flag a type's dict so that changing it invalidates the lookup caches. */
export function markTypeDict(d: PyObject): PyObject {
  (d.v as { typeDict: boolean }).typeDict = true;
  typeEpoch.n++;
  return d;
}

export function typeModified(ti: TypeInfo): void {
  ti.version++;
  typeEpoch.n++;
}

/** What HeapLens's class for a standard-library class lacks of CPython's (see TypeInfo.foreign). */
export interface ForeignClass {
  /** the class as the program names it ('weakref.WeakValueDictionary') */
  what: string;
  /** why its class-level facts are not simulated */
  why: string;
  /** the class attributes answered (those of its own dict that are CPython's, and its names); or
   * null: all but `blocked` */
  classAttrs: ReadonlySet<string> | null;
  blocked: ReadonlySet<string>;
  /** its metaclass is abc.ABCMeta (type(), isinstance() and issubclass() against it stop) */
  abc: boolean;
}

/** Objects of a type standing in for another CPython type (weakref's dictionary iterators for
 * CPython's generators): type() of one, and isinstance() against `real`, stop. */
export interface Disguise {
  what: string;
  real: PyObject;
}

export class TypeInfo {
  /** A small integer unique to this type within the process (the tracer indexes by it). */
  readonly tid = nextTid++;
  /** A class CPython creates with a metaclass and bases HeapLens does not have (abc.ABCMeta,
   * collections.abc.MutableMapping: weakref's dictionaries): type() of it, its MRO, bases, dict
   * and other class-level attributes, dir(), isinstance()/issubclass() through its
   * __instancecheck__/__subclasscheck__ and subclassing it stop. */
  foreign: ForeignClass | null = null;
  /** Instances stand in for objects of another CPython type. */
  disguise: Disguise | null = null;
  name: string;
  qualname: string;
  module: string;
  base: PyObject | null = null;
  bases: PyObject[] = [];
  mro: PyObject[] = [];
  /** The type's __dict__ (a dict object); its DictData is marked `typeDict` (see markTypeDict). */
  dict: PyObject = undefined as unknown as PyObject;
  heap = false;
  /** Instances carry a PyGC_Head (Py_TPFLAGS_HAVE_GC). */
  gc = false;
  /** Instances' deallocation uses the trashcan (containers). */
  trashcan = false;
  basetype = true;
  /** Subclassing the type is not simulated (why), though CPython allows it: a class statement
   * with it as a base stops the run. */
  subclassStop: string | null = null;
  /** The builtin type whose layout instances share (e.g. `dict` for `class D(dict)`). */
  solid: PyObject | null = null;
  /** tp_basicsize / tp_itemsize as functions of the current profile. */
  basicsize: () => number = () => 16;
  itemsize = 0;

  // ---- heap-type layout
  /** __slots__ member names, in slot order (inherited first). */
  slotNames: string[] = [];
  /** Instances have a __dict__ (managed dict on 3.11+). */
  hasDict = false;
  hasWeakref = false;
  /** ht_cached_keys: the shared-keys object of instance dicts. */
  sharedKeys: any = null;
  /** A Python-level __del__ anywhere in the MRO (tp_finalize = slot_tp_finalize). */
  hasFinalizer = false;
  /** CPython's tp_getattro is PyObject_GenericGetAttr although the simulator answers some
   * attributes in `getattr` (a generator's gi_frame, ...): LOAD_METHOD finds its methods unbound. */
  genericGetattro = false;
  /** A builtin type with its own vectorcall (no argument tuple is built to call it). */
  vectorcall = false;
  /** Instances that have a vectorcall of their own (tp_vectorcall_offset; functools.partial):
   * whether this one has it now. */
  instVectorcall: ((o: PyObject) => boolean) | null = null;
  /** Stand-ins for Python functions (copy's): a bytecode CALL on 3.11+ hands them the stack's
   * references to the arguments (`args` owned, the callee takes them over), as it pushes a Python
   * function's frame inline. */
  callSteal: ((f: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  /** Py_TPFLAGS_METHOD_DESCRIPTOR: found on a class, LOAD_METHOD calls it with the instance
   * prepended instead of binding it (functools._lru_cache_wrapper). */
  methodDescriptor = false;
  /** typeLookup's cache for this type, valid while typeEpoch.n === lookupEpoch. */
  lookupCache: Map<string, PyObject | null> | null = null;
  lookupEpoch = -1;
  /** Version tag, bumped when the type's dict changes (cache invalidation). */
  version = 0;
  /** The pattern-matching tp_flags: Py_TPFLAGS_SEQUENCE (1), Py_TPFLAGS_MAPPING (2) and
   * _Py_TPFLAGS_MATCH_SELF (4) (see patma.ts). */
  matchFlags = 0;

  // ---- slots
  dealloc: (o: PyObject) => void = () => {};
  traverse: ((o: PyObject, visit: Visit) => void) | null = null;
  clear: ((o: PyObject) => void) | null = null;
  /** object.__sizeof__ (without GC head / pre-header). */
  sizeof: (o: PyObject) => number = (o) => (o.t.v as TypeInfo).basicsize();
  /** tp_new: returns a new reference. */
  new: ((type: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject) | null = null;
  /** tp_init */
  init: ((self: PyObject, args: PyObject[], kwnames: string[] | null) => void) | null = null;
  call: CallFn | null = null;
  repr: ((o: PyObject) => PyObject) | null = null;
  str: ((o: PyObject) => PyObject) | null = null;
  /** tp_hash: null means unhashable (hash = None). Returns a JS number (a Py_hash_t). */
  hash: ((o: PyObject) => Hash) | null = null;
  richcompare: ((a: PyObject, b: PyObject, op: CompareOp) => PyObject) | null = null;
  bool: ((o: PyObject) => boolean) | null = null;
  len: ((o: PyObject) => number) | null = null;
  getitem: ((o: PyObject, key: PyObject) => PyObject) | null = null;
  /** value null = delete */
  setitem: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  contains: ((o: PyObject, v: PyObject) => boolean) | null = null;
  iter: ((o: PyObject) => PyObject) | null = null;
  /** tp_iternext: a new reference, or null when exhausted (no StopIteration object made). */
  next: ((o: PyObject) => PyObject | null) | null = null;
  /** tp_getattro (name is a JS string). Returns null when not found (caller raises AttributeError). */
  getattr: ((o: PyObject, name: string) => PyObject | null) | null = null;
  /** tp_setattro: value null = delete. */
  setattr: ((o: PyObject, name: string, value: PyObject | null) => void) | null = null;
  /** tp_descr_get: returns a new reference. obj null = accessed on the class. */
  descrGet: ((descr: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  /** tp_descr_set: value null = delete. Presence makes a data descriptor. */
  descrSet: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  nb: NumberSlots = {};
  /** Sequence slots (sq_concat, sq_repeat and their in-place forms) and __length_hint__. */
  sqConcat?: BinSlot;
  sqRepeat?: BinSlot;
  sqInplaceConcat?: BinSlot;
  sqInplaceRepeat?: BinSlot;
  lengthHint?: (o: PyObject) => number;
  /** tp_as_buffer: the exporter's bytes, for consumers that copy or read them while they hold
   * the buffer (bytes, bytearray, array.array, memoryview). `full`: a PyBUF_FULL_RO request
   * (strided views are copied contiguous), else PyBUF_SIMPLE (which a strided view refuses). */
  buffer: ((o: PyObject, full: boolean) => string) | null = null;

  constructor(name: string, module = 'builtins', qualname?: string) {
    this.name = name;
    this.module = module;
    this.qualname = qualname ?? name;
  }
}

/** All builtin type objects. Filled per run by init.ts. */
export interface Types {
  type: PyObject; object: PyObject; int: PyObject; bool: PyObject; float: PyObject; complex: PyObject;
  str: PyObject; bytes: PyObject; bytearray: PyObject; tuple: PyObject; list: PyObject; dict: PyObject;
  set: PyObject; frozenset: PyObject; range: PyObject; slice: PyObject; NoneType: PyObject;
  NotImplementedType: PyObject; ellipsis: PyObject; function: PyObject; builtin_function: PyObject;
  method: PyObject; method_descriptor: PyObject; classmethod_descriptor: PyObject; wrapper_descriptor: PyObject;
  method_wrapper: PyObject;
  cell: PyObject; code: PyObject; frame: PyObject; traceback: PyObject; generator: PyObject;
  property: PyObject; staticmethod: PyObject; classmethod: PyObject; super: PyObject;
  member_descriptor: PyObject; getset_descriptor: PyObject; module: PyObject; weakref: PyObject;
  weakproxy: PyObject; weakcallableproxy: PyObject; mappingproxy: PyObject; FrameLocalsProxy: PyObject;
  list_iterator: PyObject; list_reverseiterator: PyObject; tuple_iterator: PyObject; range_iterator: PyObject; longrange_iterator: PyObject;
  str_iterator: PyObject; str_ascii_iterator: PyObject; bytes_iterator: PyObject; bytearray_iterator: PyObject;
  memoryview: PyObject; managedbuffer: PyObject; memory_iterator: PyObject; dict_keyiterator: PyObject; dict_valueiterator: PyObject;
  dict_itemiterator: PyObject; dict_reversekeyiterator: PyObject; dict_reversevalueiterator: PyObject;
  dict_reverseitemiterator: PyObject; dict_keys: PyObject; dict_values: PyObject; dict_items: PyObject;
  set_iterator: PyObject; seq_iterator: PyObject; callable_iterator: PyObject;
  enumerate: PyObject; zip: PyObject; map: PyObject; filter: PyObject; reversed: PyObject;
  // exceptions (the builtin hierarchy)
  BaseException: PyObject; Exception: PyObject; [exc: string]: PyObject;
}

export function typeInfo(t: PyObject): TypeInfo {
  return t.v as TypeInfo;
}

/** Create a builtin (static) type object. Its dict is filled later by `addMethods`. */
export function newBuiltinType(name: string, base: PyObject | null, init: (ti: TypeInfo) => void, module = 'builtins'): PyObject {
  const ti = new TypeInfo(name, module, name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name);
  const t = new PyObject(T.type ?? null, ti, null, F_GC | F_RUNTIME);
  if (base) {
    ti.base = base;
    ti.bases = [base];
    inheritSlots(ti, base.v as TypeInfo);
  }
  init(ti);
  ti.mro = computeMro(t);
  return t;
}

/** inherit_slots (Objects/typeobject.c): a slot not set by the subtype comes from the base. */
export function inheritSlots(ti: TypeInfo, b: TypeInfo): void {
  ti.gc = ti.gc || b.gc;
  ti.trashcan = ti.trashcan || b.trashcan;
  ti.basicsize = b.basicsize;
  ti.itemsize = b.itemsize;
  ti.dealloc = b.dealloc;
  ti.traverse = b.traverse;
  ti.clear = b.clear;
  ti.sizeof = b.sizeof;
  ti.new = b.new;
  ti.init = b.init;
  ti.call = b.call;
  ti.repr = b.repr;
  ti.str = b.str;
  ti.hash = b.hash;
  ti.richcompare = b.richcompare;
  ti.bool = b.bool;
  ti.len = b.len;
  ti.getitem = b.getitem;
  ti.setitem = b.setitem;
  ti.contains = b.contains;
  ti.iter = b.iter;
  ti.next = b.next;
  ti.getattr = b.getattr;
  ti.setattr = b.setattr;
  ti.descrGet = b.descrGet;
  ti.descrSet = b.descrSet;
  ti.nb = { ...b.nb };
  ti.sqConcat = b.sqConcat;
  ti.sqRepeat = b.sqRepeat;
  ti.sqInplaceConcat = b.sqInplaceConcat;
  ti.sqInplaceRepeat = b.sqInplaceRepeat;
  ti.lengthHint = b.lengthHint;
  ti.buffer = b.buffer;
  ti.solid = b.solid;
  ti.matchFlags = b.matchFlags;
}

/** C3 linearisation (Objects/typeobject.c mro_implementation). */
export function computeMro(t: PyObject): PyObject[] {
  const ti = t.v as TypeInfo;
  if (ti.bases.length === 0) return [t];
  if (ti.bases.length === 1) return [t, ...(ti.bases[0].v as TypeInfo).mro];
  const seqs: PyObject[][] = ti.bases.map((b) => [...(b.v as TypeInfo).mro]);
  seqs.push([...ti.bases]);
  const out: PyObject[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyObject | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) return [];
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export function isSubtype(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const mro = (a.v as TypeInfo).mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

export function isInstance(o: PyObject, t: PyObject): boolean {
  return o.t === t || isSubtype(o.t, t);
}

export function typeName(o: PyObject): string {
  return (o.t.v as TypeInfo).name;
}

export function isType(o: PyObject): boolean {
  return o.t === T.type || isSubtype(o.t, T.type);
}
