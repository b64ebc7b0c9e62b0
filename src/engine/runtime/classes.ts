// `type`, `object`, classes made by class statements (heap types) and their instances
// (Objects/typeobject.c), plus the descriptor types: property, staticmethod, classmethod,
// member descriptors for __slots__, mappingproxy, and super.
//
// A class is made as __build_class__ / type_new / PyType_Ready make it, version by version: the
// bases and MRO tuples, the dict copy, the __dict__/__weakref__ getsets and __slots__ member
// descriptors (each holding the class), the weakref in each base's tp_subclasses, the cached
// keys, and the temporaries (the __prepare__ method, argument tuples, the set_names dict copy,
// the super object) in CPython's order, so refcounts, GC counts, sizes and block reuse match.
// Classes are cyclic (class -> __mro__ -> class) and die in the collector (type_clear).
//
// Instance layout follows the profile:
//   3.8/3.10  instance + a real __dict__ created on the first attribute store (split table over
//             the class's cached keys)
//   3.11/3.12 instance + a values array allocated with it (the "managed dict"); a dict object
//             exists only once __dict__ is read
//   3.13      one block: instance + inline values
/* eslint-disable @typescript-eslint/no-explicit-any */
import { inheritMatchFlags } from './patma';
import { recursionHooks, frameEntry, loadAttrPropertyCost } from './recursion';
import { PyObject, F_GC, F_FINALIZED, F_RUNTIME, F_DICT_MATERIALISED, F_TRACKED } from './object';
import { P, R, T, PyErr, decref, xdecref, incref, tmPeakInexact, allocBlock, freeBlock, allocBuffer, freeBuffer, gcAllocHook, gcCountFree, gcTrack, gcUntrack, NotSimulated , ST, keywordCall, lazyIdentifier, noteReuse, tmInexact, untraced, makeStatic, sizeUnknown } from './core';
import { TypeInfo, type ForeignClass, inheritSlots, isSubtype, typeName, isType, type Visit, Py_EQ, Py_NE, typeModified, markTypeDict } from './types';
import { checkStderrReport } from './modules/registry';
import { raise, newException, raiseAttrName } from './exc';
import { fromFormat } from './uwriter';
import {
  S, typeLookup, genericGetAttr, guardUnsimulatedAttr, getAttr, call, callSpecial, lookupSpecial, notImpl, newBool, truthy, repr as pyRepr,
  defaultRepr, identityHash, richCompare, str as pyStr, attributeError, instanceDictOf, instanceDictHooks, index as pyIndex, idOf,
  getIter, getItem, contains as pyContains, len as pyLen, callMethod, reprJs, callDict, callPrepend, callObjectDict, getAttrOpt, heapGenericGetattr, clearedAttributeError,
} from './abstract';
import {
  newDict, dictGetStr, dictSetStr, dictDelStr, DictData, dictSet, dictGet, dictDel, dictClear, dictTraverse,
  dictTraverseValues, makeSplit, keysBytes, allocKeys, freeKeys, type SharedKeys, dictLen, releaseShared, dictResize, log2For, mayBeTracked,
  newDictPresized, dictEntries,
  takeFreeDictBlock,
} from './dict';
import { builtinDictNames } from './unsimulated';
import { SUBCLASS_REGISTRIES } from './subclassregs';
import { dictCopy } from './dictmethods';
import { newStr, internStr, internInPlace, strKind, strLen, strRepr, cacheUtf8, identifier, internedStr } from './str';
import { newTuple, tupleFrom, EMPTY_TUPLE } from './tuple';
import { newList, listAppend } from './list';
import { Code, Frame, FuncData, BuiltinData, newMethod, runFrame, callPython, callStack, newBuiltin, CO_VARARGS, CO_VARKEYWORDS } from './func';
import { MethodDescr, callBuiltinFn, parseArgs, pythonStandIns, pythonStandInTypes, defMethods as defMethodsHook, oneArg as oneArgHook, noArgs as noArgsHook } from './methods';
import { failedTypeCall, typeParserInit, typeParserKey } from './kwparsers';
import { ExcData } from './exc';
import { tbLines, tracebackFromFrame } from './traceback';
import { clearWeakrefs, newWeakref, weakrefsOf, WeakrefData } from './weakrefs';
import { newInt, intDigits, asInt, type IntVal } from './numbers';
import { intHash, normHash } from './hash';
import { GetSet } from './slotwrappers';
import { utf8Length } from '../util/text';
import { sequenceTuple, sequenceList } from './listmethods';

// ---------------------------------------------------------------- instance payload

/** Per-instance bookkeeping for managed-dict layouts (3.11+). */
/** The payload (`v`) of a plain heap-type instance: its __slots__ values and the sizes its
 * block and values array were allocated with. */
export class InstMeta {
  /** bytes of the values array (3.11/3.12) or inline values (3.13) */
  valuesBytes = 0;
  valuesAddr = 0;
  /** 3.13: the size of a copy of the inline values (values_size_from_count of the capacity
   * _PyObject_InitInlineValues gave them: the shared keys' usable size after this instance) */
  copyBytes = 0;
  constructor(public allocBytes: number, public slots: (PyObject | null)[] | null) {}
}

/** A member descriptor's payload (PyMemberDescrObject): the slot's name and index, its class
 * (d_type, a strong reference) and the interned name (d_name). */
export class MemberData {
  /** d_qualname, made on the first __qualname__ read */
  qualname: PyObject | null = null;
  /** A builtin type's member's docstring, where HeapLens has it (sys.version_info's). */
  doc: string | null = null;
  /** A builtin type's read-only C member (complex.real): reads it; null for a __slots__ slot. */
  cget: ((o: PyObject) => PyObject) | null = null;
  /** A builtin type's member (PyMemberDef, e.g. StopIteration.value): reads and writes the
   * field through these instead of a __slots__ slot. */
  acc: BuiltinMember | null = null;
  constructor(public name: string, public index: number, public owner: PyObject, public nameObj: PyObject | null) {}
}

/** Read-only members (PyMemberDef with READONLY) of a builtin type: `member_descriptor`s whose
 * assignment and deletion raise "readonly attribute". */
export function defReadonlyMembers(type: PyObject, getters: Record<string, (o: PyObject) => PyObject>): void {
  const ti = heapInfo(type);
  for (const name of Object.keys(getters)) {
    const md = new MemberData(name, -1, type, null);
    md.cget = getters[name];
    const d = new PyObject(T.member_descriptor, md, null, F_GC | F_RUNTIME);
    dictSetStr(ti.dict, name, d);
    d.rc--;
  }
}

/** A PyMemberDef of a builtin type: T_OBJECT (NULL reads as None, deletion clears it) or T_BOOL. */
export interface BuiltinMember {
  kind: 'object' | 'bool';
  /** the field: a borrowed reference or null (NULL); a T_BOOL member gives a bool object */
  get(o: PyObject): PyObject | null;
  /** stores a new reference (or NULL) */
  set(o: PyObject, v: PyObject | null): void;
}

/** descr_check for a builtin member. */
function builtinMemberCheck(md: MemberData, obj: PyObject): void {
  if (!isSubtype(obj.t, md.owner)) {
    raise(T.TypeError, `descriptor '${md.name}' for '${heapInfo(md.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

/** Puts a builtin type's members (PyMemberDef) in its dict, as member_descriptor objects. */
export function defMembers(type: PyObject, members: Record<string, BuiltinMember>): void {
  const ti = heapInfo(type);
  for (const name of Object.keys(members)) {
    const md = new MemberData(name, -1, type, null);
    md.acc = members[name];
    const d = new PyObject(T.member_descriptor, md, null, F_GC | F_RUNTIME);
    dictSetStr(ti.dict, name, d);
    d.rc--;
  }
}

/** The __slots__ storage a member descriptor reads, after descr_check's type test. */
function memberSlots(m: PyObject, obj: PyObject): (PyObject | null)[] {
  const md = m.v as { name: string; owner: PyObject };
  const slots = slotsOf(obj);
  if (slots === null || !isSubtype(obj.t, md.owner)) {
    raise(T.TypeError, `descriptor '${md.name}' for '${heapInfo(md.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  return slots;
}

function slotsOf(o: PyObject): (PyObject | null)[] | null {
  const m = o.v;
  return m instanceof InstMeta ? m.slots : null;
}

function heapInfo(t: PyObject): TypeInfo {
  return t.v as TypeInfo;
}

/** The request size of a plain instance's own block. */
function instanceAllocSize(ti: TypeInfo): number {
  return ti.basicsize() + 16 + (ti.hasDict || ti.hasWeakref ? P.preHeader : 0);
}

/** shared_keys_usable_size */
function sharedUsable(sk: SharedKeys): number {
  return sk.nentries + sk.usable;
}

function valuesBytes(size: number): number {
  if (P.instanceLayout === 'inline') return ((size + 7) & ~7) + 8 * (size + 1);
  return ((size + 2 + 7) & ~7) + 8 * size;
}

/** 3.13: a class with a managed dict but no Py_TPFLAGS_INLINE_VALUES (a base adds fields:
 * __slots__ of a base class): its instances have no values until the first attribute store or
 * `__dict__` makes a dict sharing the class's keys (ensure_managed_dict ->
 * new_dict_with_shared_keys, sized shared_keys_usable_size, which no instance decrements). */
function dictOnDemand(ti: TypeInfo): boolean {
  return P.instanceLayout === 'inline' && ti.hasDict && ti.solid === null && (ti.itemsize !== 0 || ti.basicsize() !== 16);
}

/** object_new for heap types: allocate an instance of `type`. */
export function allocInstance(type: PyObject): PyObject {
  const ti = heapInfo(type);
  const solid = ti.solid;
  const meta = new InstMeta(0, ti.slotNames.length > 0 ? new Array(ti.slotNames.length).fill(null) : null);
  const o = new PyObject(type, meta, null, F_GC);
  let bytes = instanceAllocSize(ti);
  let extra = 0;
  const onDemand = dictOnDemand(ti);
  if (ti.hasDict && P.instanceLayout !== 'dict' && ti.sharedKeys !== null && solid === null && !onDemand) {
    const sk = ti.sharedKeys as SharedKeys;
    if (P.instanceLayout === 'inline') {
      extra = valuesBytes(sharedUsable(sk));
      if (sk.usable > 1) sk.usable--;
      meta.copyBytes = valuesBytes(sharedUsable(sk));
    } else {
      if (sk.usable > 1) sk.usable--;
      extra = valuesBytes(sharedUsable(sk));
    }
  }
  if (P.instanceLayout === 'inline') bytes += extra;
  meta.allocBytes = bytes;
  allocBlock(o, bytes);
  if (extra > 0 && P.instanceLayout === 'values') {
    meta.valuesBytes = extra;
    meta.valuesAddr = allocBuffer(extra);
  } else if (extra > 0) meta.valuesBytes = extra;
  if (ti.hasDict && P.instanceLayout !== 'dict' && solid === null && !onDemand) {
    // the managed dict: a dict we keep as storage but that is not an object yet
    o.d = newVirtualDict(ti);
  }
  gcAllocHook();
  gcTrack(o);
  type.rc++;
  return o;
}


function newVirtualDict(ti: TypeInfo): PyObject {
  const d = new PyObject(T.dict, new DictData(), null, F_RUNTIME);
  const dd = d.v as DictData;
  dd.split = ti.sharedKeys as SharedKeys;
  (ti.sharedKeys as SharedKeys).refs++;
  dd.log2 = 3;
  dd.usable = 1 << 30;
  return d;
}

function isVirtualDict(d: PyObject): boolean {
  return (d.f & F_RUNTIME) !== 0 && d.t === T.dict;
}

/** Exception subclasses keep __dict__ in the exception object (BaseException has a dict slot). */
function excSolid(ti: TypeInfo): boolean {
  return ti.solid !== null && isSubtype(ti.solid, T.BaseException);
}

/** The instance's dict if it exists (borrowed). */
function instDict(o: PyObject): PyObject | null {
  const ti = heapInfo(o.t);
  if (ti.solid !== null && !excSolid(ti)) return sideDicts.get(o) ?? null;
  return o.d as PyObject | null;
}

/** The instance's dict object if it exists (borrowed; a 3.11+ managed dict not materialised yet
 * included), or null: what _PyObject_GetDictPtr points at. */
export function existingInstanceDict(o: PyObject): PyObject | null {
  if (!heapInfo(o.t).hasDict) return null;
  return instDict(o);
}

/** The instance dict for writing: created on the first store (3.8/3.10). */
function dictForWrite(o: PyObject): PyObject {
  const ti = heapInfo(o.t);
  if (excSolid(ti) && (P.instanceLayout !== 'dict' || ti.sharedKeys === null)) {
    if (o.d === null) o.d = newDict();
    return o.d as PyObject;
  }
  if (ti.solid !== null && !excSolid(ti)) return sideDict(o, true) as PyObject;
  let d = o.d as PyObject | null;
  if (d === null) {
    d = newDict();
    const sk = ti.sharedKeys as SharedKeys | null;
    if (sk !== null && P.instanceLayout === 'dict') makeSplit(d, sk, 8 * ((((1 << sk.log2) << 1) / 3) | 0));
    else if (sk !== null && dictOnDemand(ti)) {
      makeSplit(d, sk, valuesBytes(sharedUsable(sk)));
      // (a split table's own capacity is the values array's: no combined table to fill)
      (d.v as DictData).usable = 1 << 30;
    }
    o.d = d;
    // new_dict_with_shared_keys leaves the dict untracked; inserting a value that may be
    // tracked tracks it (MAINTAIN_TRACKING), so the dict joins the generation list after that
    // value, which decides where collections move things
  }
  return d;
}

/** __dict__ of instances of builtin-derived classes (list/dict/int subclasses) lives beside them. */
const sideDicts = new Map<PyObject, PyObject>();
instanceDictHooks.side = (o) => (excSolid(heapInfo(o.t)) ? null : sideDicts.get(o) ?? null);
function sideDict(o: PyObject, create: boolean): PyObject | null {
  let d = sideDicts.get(o) ?? null;
  if (d === null && create) {
    // (CPython gives it the class's shared keys, _PyObjectDict_SetItem; HeapLens a plain dict)
    if (R.tm !== null) tmInexact(`the __dict__ of a ${typeName(o)} instance (a subclass of a builtin type: its shared-keys dict is not replayed)`);
    d = newDict();
    // its size is the shared-keys split table's in CPython (3.8/3.10 new_dict_with_shared_keys;
    // 3.11+ a managed dict without inline values): HeapLens keeps a combined table, so
    // sys.getsizeof of it stops rather than print the combined table's size
    sizeUnknown.set(d, [`sys.getsizeof of the __dict__ of a ${typeName(o)} instance`,
      'a subclass of a builtin type keeps its instance attributes in a dict sharing the class\'s keys, whose size HeapLens does not reproduce']);
    sideDicts.set(o, d);
    // 3.8/3.10: new_dict_with_shared_keys shares the class's cached keys (_PyObjectDict_SetItem)
    const ti = heapInfo(o.t);
    if (P.instanceLayout === 'dict' && ti.sharedKeys !== null) {
      const sk = ti.sharedKeys;
      sideShares.set(d, sk);
      let set = sideSharers.get(sk);
      if (set === undefined) sideSharers.set(sk, (set = new Set()));
      set.add(d);
    }
  }
  return d;
}

/** 3.8/3.10: the side dicts (of instances of builtin-derived classes) that still share their
 * class's cached keys in CPython, and for each shared keys the dicts sharing them: HeapLens keeps
 * these dicts combined but replays what their stores do to the class's cached keys, which
 * sys.getsizeof of the class counts. */
const sideShares = new WeakMap<PyObject, SharedKeys>();
const sideSharers = new Map<SharedKeys, Set<PyObject>>();

/** A store of a new name into a side dict that shares the class's keys (3.8/3.10
 * _PyObjectDict_SetItem): a name in the shared order with room in the keys joins them; any other
 * makes CPython's insertdict resize the dict into a combined table, and then the class drops its
 * cached keys when other dicts still share them (make_keys_shared when none does, which HeapLens
 * does not replay: the class's size becomes unknown). */
function sideSharedStore(o: PyObject, ti: TypeInfo, d: PyObject, name: string): void {
  const sk = sideShares.get(d);
  if (sk === undefined || dictGetStr(d, name) !== null) return;
  const pos = dictLen(d);
  const ix = sk.names.indexOf(name);
  if (ix >= 0 ? ix === pos : pos === sk.names.length && sk.usable > 0) {
    if (ix < 0) {
      sk.names.push(name);
      sk.nentries++;
      sk.usable--;
    }
    return;
  }
  unshareSide(o, ti, d, sk, true);
}

/** The side dict `d` stops sharing `sk` (a combined table now); `resized`: by a store (else a deletion, which always drops the class's keys). */
function unshareSide(o: PyObject, ti: TypeInfo, d: PyObject, sk: SharedKeys, resized: boolean): void {
  sideShares.delete(d);
  const set = sideSharers.get(sk);
  set?.delete(d);
  if (ti.sharedKeys !== sk) return;
  const others = set === undefined ? 0 : [...set].filter((x) => x.rc > 0 && sideShares.get(x) === sk).length;
  if (resized && others === 0) {
    sizeUnknown.set(o.t, [`sys.getsizeof of the class ${ti.name}`, `a store into the only dict sharing the class's keys made CPython give the class that dict's table as its keys (make_keys_shared), which HeapLens does not replay for subclasses of builtin types`]);
    return;
  }
  if (R.tm !== null) tmInexact(`the cached keys of ${ti.name}, freed when the last instance dict sharing them goes`);
  dropCachedKeys(ti, heapOf(o.t) as HeapType);
}

export function resetClassState(): void {
  regState.tmImported = false;
  regState.valid = true;
  regState.models = new Map();
  sideDicts.clear();
  sideSharers.clear();
  builtinTypeTuples.clear();
  heapTypes = new Map();
  builtinSubclasses = new Map();
}

/** Materialise a managed dict (3.11+ `obj.__dict__`): the dict becomes a real object. */
function materialise(o: PyObject): PyObject {
  const d = o.d as PyObject;
  if (isVirtualDict(d)) {
    d.f = F_GC;
    if (P.instanceLayout === 'inline') (d.v as DictData).embedded = true;
    else {
      // 3.11/3.12: the dict takes over the values array (the object's values pointer is
      // cleared): the dict's clear, resize to a combined table or dealloc frees it
      const meta = o.v as InstMeta;
      const dd = d.v as DictData;
      dd.valuesAddr = meta.valuesAddr;
      dd.valuesBytes = meta.valuesBytes;
      meta.valuesAddr = 0;
      meta.valuesBytes = 0;
    }
    // make_dict_from_instance_attributes: new_dict, from the dict free list when it has one
    const a = takeFreeDictBlock();
    if (a !== 0) {
      d.a = a;
      noteReuse(d);
    } else {
      allocBlock(d, 64);
      gcAllocHook();
    }
    // make_dict_from_instance_attributes tracks the new dict only if a value may be tracked
    const dd = d.v as DictData;
    if (dd.ks.some((k, i) => k !== null && mayBeTracked(dd.vs[i] as PyObject))) gcTrack(d);
    o.f |= F_DICT_MATERIALISED;
  }
  return d;
}

// ---------------------------------------------------------------- instance attributes

/** Does a class of the MRO define its own `__class__` (a property faking the class)? */
function classAttrOverridden(tp: PyObject): boolean {
  for (const b of heapInfo(tp).mro) {
    const bi = b.v as TypeInfo;
    if (bi.heap && dictGetStr(bi.dict, '__class__') !== null) return true;
  }
  return false;
}

/** The attribute name object a Python __getattribute__/__getattr__/__setattr__/__delattr__ is
 * called with: CPython passes the caller's object — the interned name of the code's co_names, or
 * the C identifier of a lookup the runtime makes (isinstance's __class__) — which the simulator
 * has as the interned str, or as an interpreter identifier for a dunder name. A name that is
 * neither (getattr() with a string made at run time) is a new str here where CPython passes the
 * caller's object: its transient block marks the tracemalloc peak inexact. */
function attrNameObject(name: string): PyObject {
  const i = internedStr(name);
  if (i !== null) {
    i.rc++;
    return i;
  }
  if (name.startsWith('__') && name.endsWith('__') && name.length > 4) return identifier(name);
  // (a 1-character Latin-1 name is the shared singleton)
  if (name.length === 1 && name.charCodeAt(0) < 256) return newStr(name);
  tmPeakInexact(`a run-time attribute name passed to a Python __getattribute__ or __setattr__ (CPython passes the caller's str)`);
  return newStr(name);
}

/** tp_descr_get with the descriptor held (Py_INCREF after _PyType_Lookup, Py_DECREF after), as
 * PyObject_GenericGetAttr, type_getattro and super_getattro call it on every version: a Python
 * `__get__` sees its descriptor with one reference more than the class dict's. */
function descrGetHeld(dti: TypeInfo, descr: PyObject, obj: PyObject | null, type: PyObject): PyObject {
  descr.rc++;
  try {
    return (dti.descrGet as NonNullable<TypeInfo['descrGet']>)(descr, obj, type);
  } finally {
    decref(descr);
  }
}

/** tp_descr_set with the descriptor held, as PyObject_GenericSetAttr calls it. */
function descrSetHeld(dti: TypeInfo, descr: PyObject, obj: PyObject, v: PyObject | null): void {
  descr.rc++;
  try {
    (dti.descrSet as NonNullable<TypeInfo['descrSet']>)(descr, obj, v);
  } finally {
    decref(descr);
  }
}

/** tp_getattro of heap types without __getattr__/__getattribute__ (PyObject_GenericGetAttr). */
export function instanceGetAttr(o: PyObject, name: string): PyObject | null {
  const tp = o.t;
  if (name === '__dict__' && heapInfo(tp).hasDict) {
    const descr0 = typeLookup(tp, name);
    if (descr0 === null) return instanceDunderDict(o);
  }
  if (name === '__class__' && !classAttrOverridden(tp)) {
    tp.rc++;
    return tp;
  }
  const descr = typeLookup(tp, name);
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrGet !== null && dti.descrSet !== null) return descrGetHeld(dti, descr, o, tp);
  }
  const d = instDict(o);
  if (d !== null) {
    const v = dictGetStr(d, name);
    if (v !== null) {
      v.rc++;
      return v;
    }
  }
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrGet !== null) return descrGetHeld(dti, descr, o, tp);
    descr.rc++;
    return descr;
  }
  return null;
}

function instanceSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const tp = o.t;
  const ti = heapInfo(tp);
  const descr = typeLookup(tp, name);
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrSet !== null) {
      descrSetHeld(dti, descr, o, v);
      return;
    }
  }
  if (!ti.hasDict) {
    if (descr !== null) raise(T.AttributeError, `'${ti.name}' object attribute '${name}' is read-only`);
    // 3.13 says why only when the class's tp_setattro is PyObject_GenericSetAttr (no
    // __setattr__/__delattr__ of its own), for stores and deletions alike
    raise(T.AttributeError, P.minor >= 13 && ti.setattr === instanceSetAttr
      ? `'${ti.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`
      : `'${ti.name}' object has no attribute '${name}'`);
  }
  if (v === null) {
    if (P.instanceLayout === 'dict' && ti.sharedKeys !== null && (ti.solid === null || excSolid(ti))) {
      // 3.8/3.10 _PyObjectDict_SetItem: the dict is created (sharing the keys) if need be, and
      // any deletion makes the type stop sharing its keys with new instances
      const d = dictForWrite(o);
      const ok = dictDelStr(d, name);
      dropCachedKeys(ti, heapOf(tp) as HeapType);
      if (!ok) raiseAttrName(name);
      return;
    }
    if (P.instanceLayout === 'dict' && ti.sharedKeys !== null && ti.solid !== null && !excSolid(ti)) {
      // 3.8/3.10 _PyObjectDict_SetItem: the dict is created (sharing the keys) if need be, and
      // the deletion makes the class drop its cached keys
      const sd = dictForWrite(o);
      const sk = sideShares.get(sd);
      const ok = dictDelStr(sd, name);
      if (sk !== undefined) unshareSide(o, ti, sd, sk, false);
      else {
        if (R.tm !== null) tmInexact(`the cached keys of ${ti.name}, freed when the last instance dict sharing them goes`);
        dropCachedKeys(ti, heapOf(tp) as HeapType);
      }
      if (!ok) raiseAttrName(name);
      return;
    }
    const d = instDict(o);
    // the dict's KeyError becomes AttributeError(name) (3.8/3.10), or says which object (3.11+)
    if (d === null || !dictDelStr(d, name)) {
      if (P.minor >= 11) raise(T.AttributeError, `'${ti.name}' object has no attribute '${name}'`);
      raiseAttrName(name);
    }
    return;
  }
  let d = dictForWrite(o);
  let dd = d.v as DictData;
  if (P.instanceLayout === 'dict' && ti.solid !== null && !excSolid(ti)) sideSharedStore(o, ti, d, name);
  if (P.instanceLayout === 'dict' && dd.split !== null) {
    splitSetAttr(ti, heapOf(tp) as HeapType, d, name, v);
    return;
  }
  // 3.11+ _PyObject_StoreInstanceAttribute: a name the class's shared keys cannot take
  // (insert_into_dictkeys: DKIX_EMPTY) makes the dict an object first
  // (make_dict_from_instance_attributes), then PyDict_SetItem stores into it
  if (isVirtualDict(d) && dd.split !== null && !sharedKeysTake(dd.split, name)) {
    d = materialise(o);
    dd = d.v as DictData;
  }
  const before = dd.used;
  const untracked = dd.embedded && !(d.f & F_TRACKED);
  dictSetStr(d, name, v);
  if (dd.used > before && dd.split !== null) onSharedInsert(ti, d, name, before);
  // 3.13 store_instance_attr: a store that stays in the inline values (the materialised dict
  // still embedded) bypasses insertdict, so it never starts tracking the dict
  if (untracked && dd.embedded && (d.f & F_TRACKED)) gcUntrack(d);
}

/** 3.8/3.10 _PyObjectDict_SetItem on a dict sharing the class's keys, with insertdict's rules
 * for split tables: a name goes into the shared keys when it comes in the shared order and they
 * have room; otherwise the dict is resized (GROWTH_RATE, used*3) into a combined table, and if
 * it was the only dict sharing the keys, make_keys_shared makes its new table the class's
 * shared keys (the class keeps sharing); else the class stops sharing keys. */
function splitSetAttr(ti: TypeInfo, h: HeapType, d: PyObject, name: string, v: PyObject): void {
  const dd = d.v as DictData;
  const sk = dd.split as SharedKeys;
  if (dd.find(name) >= 0) {
    dictSetStr(d, name, v);
    return;
  }
  const ix = sk.names.indexOf(name);
  const pos = dd.used;
  if (ix >= 0 ? ix !== pos : pos !== sk.names.length || sk.usable <= 0) {
    dictResize(d, log2For(pos * 3)); // insertion_resize
  } else if (ix < 0) {
    sk.names.push(name);
    sk.nentries++;
    sk.usable--;
  }
  dictSetStr(d, name, v);
  if (dd.split !== null || ti.sharedKeys !== sk) return;
  if (sk.refs === 1 && h.keysAddr !== 0) {
    // make_keys_shared: the dict's table becomes the class's keys; the values move to an array
    const size = 1 << dd.log2;
    const nsk: SharedKeys = { log2: dd.log2, usable: dd.usable, nentries: dd.used, names: dd.ks.map((k) => (k as PyObject).v as string), refs: 1 };
    const keysAddr = dd.keysAddr, keysBytes = dd.keysBytes;
    dd.keysAddr = 0;
    dd.keysBytes = 0;
    makeSplit(d, nsk, 8 * (((size << 1) / 3) | 0));
    dd.log2 = nsk.log2;
    dd.usable = nsk.usable;
    ti.sharedKeys = nsk;
    freeCachedKeys(h.keysAddr, h.keysBytes, h.keysLog2); // dictkeys_decref(cached)
    sk.refs--;
    h.keysAddr = keysAddr;
    h.keysBytes = keysBytes;
    h.keysLog2 = nsk.log2;
    return;
  }
  dropCachedKeys(ti, h);
}

/** 3.8/3.10: CACHED_KEYS(tp) = NULL; dictkeys_decref(cached). Dicts still sharing the keys
 * keep them (and their memory) until the last of them lets go. */
function dropCachedKeys(ti: TypeInfo, h: HeapType): void {
  const sk = ti.sharedKeys as SharedKeys | null;
  ti.sharedKeys = null;
  if (h.keysAddr === 0) return;
  if (sk !== null && sk.refs > 1) {
    sk.addr = h.keysAddr;
    sk.bytes = h.keysBytes;
    sk.refs--;
  } else {
    freeCachedKeys(h.keysAddr, h.keysBytes, h.keysLog2);
    if (sk !== null) sk.refs--;
  }
  h.keysAddr = 0;
}

/** A new attribute name was stored into a split (shared-keys) dict at entry `pos`. A name that
 * does not fit the class's shared keys turns this dict into a combined table. */
function onSharedInsert(ti: TypeInfo, d: PyObject, name: string, pos: number): void {
  const dd = d.v as DictData;
  const sk = ti.sharedKeys as SharedKeys | null;
  if (sk === null || dd.split === null) return;
  const names = sk.names;
  if (P.instanceLayout === 'dict') {
    // 3.8/3.10: at most USABLE_FRACTION(8) = 5 shared names, inserted in the same order
    if (pos < names.length) {
      if (names[pos] !== name) convertCombined(d);
      return;
    }
    if (pos === names.length && names.length < 5) {
      names.push(name);
      sk.nentries = names.length;
      return;
    }
    convertCombined(d);
    return;
  }
  // 3.11+: insertion order is per instance; the shared keys hold up to 30 names
  if (names.includes(name)) return;
  if (sk.usable > 0 && names.length < 30) {
    names.push(name);
    sk.nentries++;
    sk.usable--;
    return;
  }
  convertCombined(d);
}

/** Whether 3.11+'s shared keys have `name` or room for it (insert_into_dictkeys). */
function sharedKeysTake(sk: SharedKeys, name: string): boolean {
  return sk.names.includes(name) || (sk.usable > 0 && sk.names.length < 30);
}

function convertCombined(d: PyObject): void {
  const dd = d.v as DictData;
  if (dd.split === null) return;
  // insertdict on a split table whose shared keys refuse the name: insertion_resize(mp, 1),
  // GROWTH_RATE = ma_used*3 counted before the store (already made here)
  dictResize(d, log2For((dd.used - 1) * 3));
}

/** object.__getattribute__ / object.__setattr__ on any object (super().__setattr__ & co). */
export function heapGetAttrHook(o: PyObject, name: string): PyObject | null {
  return heapInfo(o.t).heap ? instanceGetAttr(o, name) : genericGetAttr(o, name);
}
export function heapSetAttrHook(o: PyObject, name: string, v: PyObject | null): void {
  if (heapInfo(o.t).heap) instanceSetAttr(o, name, v);
  else {
    const sa = heapInfo(o.t).setattr;
    if (sa === null) raise(T.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
    sa(o, name, v);
  }
}

// ---------------------------------------------------------------- instance lifecycle

function callFinalizer(o: PyObject): boolean {
  // PyObject_CallFinalizerFromDealloc: temporarily resurrect, run __del__ once.
  o.rc = 1;
  if (!(o.f & F_FINALIZED)) {
    o.f |= F_FINALIZED;
    runDel(o);
  }
  o.rc--;
  return o.rc === 0;
}

/** slot_tp_finalize: call __del__ (a function unbound, as lookup_maybe_method and
 * call_unbound_noarg do: no bound method is made), printing "Exception ignored in" for errors. */
export function runDel(o: PyObject): void {
  const descr = typeLookup(o.t, '__del__');
  if (descr === null) return;
  const unbound = descr.t === T.function || descr.t === T.method_descriptor;
  const del = unbound ? (descr.rc++, descr) : lookupSpecial(o, '__del__');
  if (del === null) return;
  try {
    const r = unbound ? call(del, [o]) : call(del, []);
    decref(r);
  } catch (e) {
    if (e instanceof PyErr) unraisable(e, del);
    else throw e;
  } finally {
    decref(del);
  }
}

/** PyErr_WriteUnraisable (write_unraisable_exc_file): "Exception ignored in: <repr>", the
 * traceback, then the type — 3.8 module.name, 3.10 module.qualname (no module for builtins),
 * 3.11+ qualname alone for builtins and __main__ — and ": " with str() of the exception. */
export function unraisable(e: PyErr, where: PyObject | null): void {
  const exc = e.exc;
  checkStderrReport(`the report of an exception ignored (${typeName(exc)})`, ST.line, 'unraisablehook');
  // (an exception group is reported as any exception: its str(), no members, no chain)
  // (the default hook writes to sys.stderr through its file object and prints the traceback's
  // source lines by opening the script: allocations HeapLens does not replay)
  tmInexact('an exception ignored in __del__ or a callback (PyErr_WriteUnraisable: its report is written through sys.stderr, the source lines read from the file)');
  // an exception raised in C without a traceback gets the running Python frame's
  if ((exc.v as ExcData).tb === null && callStack.length > 0) tracebackFromFrame(exc, callStack[callStack.length - 1]);
  if (where !== null) {
    let what: string;
    try {
      const r = pyRepr(where);
      what = r.v as string;
      decref(r);
    } catch (x) {
      if (!(x instanceof PyErr)) throw x;
      decref(x.exc);
      what = '<object repr() failed>';
    }
    R.err.push(`Exception ignored in: ${what}\n`);
  }
  // PyTraceBack_Print: the header and the frames, when the exception has a traceback
  if ((exc.v as ExcData).tb !== null) {
    R.err.push(`Traceback (most recent call last):\n`);
    R.err.push(...tbLines(exc));
  }
  const ti = heapInfo(exc.t);
  const mod = ti.heap ? ti.module : 'builtins';
  let tn: string;
  if (P.minor >= 11) tn = mod === 'builtins' || mod === '__main__' ? ti.qualname : `${mod}.${ti.qualname}`;
  else if (P.minor >= 10) tn = mod === 'builtins' ? ti.qualname : `${mod}.${ti.qualname}`;
  else tn = mod === 'builtins' ? ti.name : `${mod}.${ti.name}`;
  let msg: string;
  try {
    const s = pyStr(exc);
    msg = s.v as string;
    decref(s);
  } catch (x) {
    if (!(x instanceof PyErr)) throw x;
    decref(x.exc);
    msg = '<exception str() failed>';
  }
  R.err.push(`${tn}: ${msg}\n`);
  decref(exc);
}

/** clear_slots for each class from the instance's own type up the base chain (subtype_dealloc /
 * subtype_clear): a class's own members in their (sorted) order, the most derived first. */
function clearSlots(o: PyObject, slots: (PyObject | null)[]): void {
  let t = o.t;
  let end = slots.length;
  for (;;) {
    const h = heapOf(t);
    if (h === undefined) break;
    for (let i = h.slotStart; i < end; i++) {
      const x = slots[i];
      if (x !== null) {
        slots[i] = null;
        decref(x);
      }
    }
    end = h.slotStart;
    if (end === 0) break;
    t = h.base;
  }
}

export function instanceDealloc(o: PyObject): void {
  const tp = o.t;
  const ti = heapInfo(tp);
  gcUntrack(o);
  if (ti.hasFinalizer) {
    gcTrack(o);
    if (!callFinalizer(o)) return; // resurrected
    gcUntrack(o);
  }
  // subtype_dealloc clears the weak references only when this class added the weaklist (a
  // class made by a metaclass: type_dealloc clears them after leaving its bases' subclasses)
  if (ti.solid !== T.type) clearWeakrefs(o);
  const slots = slotsOf(o);
  if (slots !== null) clearSlots(o, slots);
  const solid = ti.solid;
  if (solid !== null) {
    const sd = sideDicts.get(o);
    if (sd !== undefined) {
      sideDicts.delete(o);
      decref(sd);
    }
    // the builtin base's deallocation releases its payload (a str subclass's character buffer
    // first) and frees the block (a base that is not a GC type leaves the collector's count to
    // subtype_dealloc's PyObject_GC_Del)
    const data = strSubData.get(o);
    if (data !== undefined) {
      strSubData.delete(o);
      freeBuffer(data[0], data[1]);
    }
    (solid.v as TypeInfo).dealloc(o);
    if (!(solid.v as TypeInfo).gc && (o.f & F_GC)) gcCountFree();
    decref(tp);
    return;
  }
  const d = o.d as PyObject | null;
  o.d = null;
  if (d !== null) {
    if (isVirtualDict(d)) releaseVirtual(d);
    else {
      detachEmbeddedDict(o, d);
      decref(d);
    }
  }
  const meta = o.v as InstMeta;
  if (meta.valuesAddr !== 0) freeBuffer(meta.valuesAddr, meta.valuesBytes);
  freeBlock(o, meta.allocBytes);
  gcCountFree();
  decref(tp);
}


/** _PyObject_FreeInstanceAttributes: values released in shared-key order. */
function releaseVirtual(d: PyObject): void {
  const dd = d.v as DictData;
  if (dd.split) releaseShared(dd.split);
  // the instance is going and no longer holds the storage (o.d is null): nothing sees these
  // arrays again, so they need no fresh empty ones
  const ks = dd.ks, vs = dd.vs;
  dd.used = 0;
  const order = dd.split ? dd.split.names : [];
  // The usual case: attributes were added in the shared keys' order, so the entries are already
  // in values-array order.
  let j = 0;
  let inOrder = true;
  for (let i = 0; i < ks.length && inOrder; i++) {
    const k = ks[i];
    if (k === null) continue;
    while (j < order.length && order[j] !== k.v) j++;
    if (j === order.length) inOrder = false;
    else j++;
  }
  if (inOrder) {
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === null) continue;
      decref(vs[i] as PyObject);
      decref(k);
    }
    return;
  }
  const pairs: [PyObject, PyObject][] = [];
  for (let i = 0; i < ks.length; i++) if (ks[i] !== null) pairs.push([ks[i] as PyObject, vs[i] as PyObject]);
  pairs.sort((a, b) => order.indexOf(a[0].v as string) - order.indexOf(b[0].v as string));
  for (const [k, v] of pairs) {
    decref(v);
    decref(k);
  }
}

/** traverse_slots per class, the most derived first (subtype_traverse). */
function visitSlots(o: PyObject, slots: (PyObject | null)[], visit: Visit): void {
  let t = o.t;
  let end = slots.length;
  for (;;) {
    const h = heapOf(t);
    if (h === undefined) break;
    for (let i = h.slotStart; i < end; i++) {
      const x = slots[i];
      if (x !== null) visit(x);
    }
    end = h.slotStart;
    if (end === 0) break;
    t = h.base;
  }
}

/** subtype_traverse: the slots, the dict the class added, the class, then the builtin base. */
function instanceTraverse(o: PyObject, visit: Visit): void {
  const slots = slotsOf(o);
  if (slots !== null) visitSlots(o, slots, visit);
  const ti = heapInfo(o.t);
  if (ti.solid !== null) {
    const sd = sideDicts.get(o);
    if (sd) visit(sd);
    visit(o.t);
    const tr = (ti.solid.v as TypeInfo).traverse;
    if (tr) tr(o, visit);
    return;
  }
  const d = o.d as PyObject | null;
  if (d !== null) {
    if (isVirtualDict(d)) dictTraverse(d, visit);
    else if ((d.v as DictData).embedded) {
      // 3.13: PyObject_VisitManagedDict visits the inline values, not the dict object
      dictTraverseValues(d, visit);
    } else visit(d);
  }
  visit(o.t);
}

/** subtype_clear: the slots, the dict the class added, then the builtin base's tp_clear. */
function instanceClear(o: PyObject): void {
  const slots = slotsOf(o);
  if (slots !== null) clearSlots(o, slots);
  const ti = heapInfo(o.t);
  if (ti.solid !== null) {
    const sd = sideDicts.get(o);
    if (sd !== undefined) {
      sideDicts.delete(o);
      decref(sd);
    }
    const cl = (ti.solid.v as TypeInfo).clear;
    if (cl) cl(o);
    return;
  }
  const d = o.d as PyObject | null;
  if (d !== null) {
    if (isVirtualDict(d)) {
      // clear the values in place (the dict stays as storage)
      const dd = d.v as DictData;
      // (the old arrays stay ours: the dict gets new ones)
      const vs = dd.vs;
      const ks = dd.ks;
      dd.ks = [];
      dd.vs = [];
      dd.resetIndex();
      dd.used = 0;
      for (let i = 0; i < ks.length; i++) {
        if (ks[i] !== null) {
          decref(vs[i] as PyObject);
          decref(ks[i] as PyObject);
        }
      }
    } else {
      o.d = null;
      detachEmbeddedDict(o, d);
      decref(d);
    }
  }
}

/** 3.13 PyObject_ClearManagedDict (subtype_clear, subtype_dealloc): a materialised dict still on
 * the instance's inline values gets a copy of them (_PyDict_DetachFromObject: copy_values, a new
 * values block the dict then owns) before the instance lets it go. */
function detachEmbeddedDict(o: PyObject, d: PyObject): void {
  const dd = d.v as DictData;
  if (!dd.embedded) return;
  dd.embedded = false;
  const bytes = (o.v as InstMeta).copyBytes;
  if (bytes > 0) {
    dd.valuesAddr = allocBuffer(bytes);
    dd.valuesBytes = bytes;
  }
}

/** Builtin layouts whose __sizeof__ here counts their own fixed header rather than the
 * instance's type's basicsize (CPython's counts the type's: a subclass adds its slots). */
const FIXED_HEADER_SIZEOF = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'bytes', 'array.array']);

/** __sizeof__ of heap-type instances. Builtin-derived: the base's size counted with this class's
 * basicsize (int and str count their own header, as CPython's do). */
function instanceSizeof(o: PyObject): number {
  const ti = heapInfo(o.t);
  if (ti.solid === null) return ti.basicsize();
  let r = ti.base as PyObject;
  while (heapInfo(r).sizeof === instanceSizeof) r = heapInfo(r).base as PyObject;
  const rti = heapInfo(r);
  let size: number;
  if (r === T.str) {
    const k = strKind(o);
    size = P.strCompactHeader + 8 + (strLen(o) + 1) * (k <= 2 ? 1 : k === 3 ? 2 : 4);
  }
  else if (!rti.heap && FIXED_HEADER_SIZEOF.has(rti.name)) size = rti.sizeof(o) + ti.basicsize() - cpyBasicsize(r);
  else size = rti.sizeof(o);
  return size;
}

/** The 3.11+ pre-header in front of instances of a class with a managed dict / weakref list:
 * memory sys.getsizeof counts but __sizeof__ does not. */
export function preHeaderBytes(t: PyObject): number {
  const h = heapOf(t);
  return h !== undefined && (h.managedDict || h.managedWeak) ? P.preHeader : 0;
}

// ---------------------------------------------------------------- class creation

/** ht_cached_keys: 8 slots of any kind on 3.8/3.10 (so the keys free list serves them), 64 str
 * slots from 3.11 (_PyDict_NewKeysForClass). */
function allocCachedKeys(bytes: number): number {
  return P.minor < 11 ? allocKeys(3, false, bytes) : allocKeys(6, true, bytes);
}
function freeCachedKeys(addr: number, bytes: number, log2 = 3): void {
  if (P.minor < 11) freeKeys(addr, log2, false, bytes);
  else freeKeys(addr, 6, true, bytes);
}

/** What a heap type owns besides its TypeInfo: the fields of CPython's PyHeapTypeObject and
 * PyTypeObject that are objects or memory blocks. */
class HeapType {
  /** tp_mro (null before mro_internal and after type_clear) */
  mro: PyObject | null = null;
  /** ht_qualname */
  qualname: PyObject | null = null;
  /** ht_slots: the sorted, mangled __slots__ names */
  slots: PyObject | null = null;
  /** tp_subclasses: {id: weakref} of the classes deriving from this one */
  subclasses: PyObject | null = null;
  /** tp_doc: a malloc'ed copy of a str __doc__ */
  docAddr = 0;
  docBytes = 0;
  /** ht_cached_keys */
  keysAddr = 0;
  keysBytes = 0;
  /** 3.8/3.10: their size (make_keys_shared can give the type a bigger table) */
  keysLog2 = 3;
  /** the type object's own block: sizeof(PyHeapTypeObject) + a PyMemberDef per slot (+1) */
  blockBytes = 0;
  /** first index of this class's own __slots__ in TypeInfo.slotNames */
  slotStart = 0;
  /** this class added the __dict__ / __weakref__ slot (type_new's add_dict / add_weak) */
  addDict = false;
  addWeak = false;
  /** 3.11+: Py_TPFLAGS_MANAGED_DICT / (3.12+) Py_TPFLAGS_MANAGED_WEAKREF, inherited */
  managedDict = false;
  managedWeak = false;
  constructor(
    /** tp_bases */ public bases: PyObject,
    /** tp_base */ public base: PyObject,
    /** ht_name */ public name: PyObject,
  ) {}
}

let heapTypes = new Map<PyObject, HeapType>();

function heapOf(t: PyObject): HeapType | undefined {
  return heapTypes.get(t);
}

/** sizeof(PyHeapTypeObject): getsizeof of a class without cached keys, less the GC head. */
function heapTypeStructSize(): number {
  return P.heapTypeSize - 16 - defaultCachedKeysBytes();
}

/** _PyDict_NewKeysForClass: PyDict_MINSIZE keys (3.8/3.10); a 64-slot unicode table (3.11+). */
function defaultCachedKeysBytes(): number {
  return P.instanceLayout === 'dict' ? keysBytes(3, false) : keysBytes(6, true);
}

/** Builtin types that have a tp_subclasses dict when a script starts (a subclass of them exists
 * after the interpreter's startup; measured with type.__subclasses__ on each release). The
 * entries the program adds are kept here; the interpreter's own table is not modelled. */
const STARTUP_SUBCLASSED = new Set([
  'object', 'type', 'int', 'tuple', 'dict', 'property', 'staticmethod', 'classmethod', 'BaseException', 'Exception',
  'ArithmeticError', 'LookupError', 'ValueError', 'UnicodeError', 'RuntimeError', 'OSError', 'ConnectionError',
  'ImportError', 'NameError', 'SyntaxError', 'IndentationError', 'SystemError', 'Warning',
]);
function startupSubclassed(t: PyObject): boolean {
  const name = heapInfo(t).name;
  if (STARTUP_SUBCLASSED.has(name)) return true;
  // (after `import tracemalloc`: the types its import gave subclasses too)
  if (regState.tmImported && SUBCLASS_REGISTRIES[P.minor]?.[name] !== undefined) return true;
  if (P.minor >= 11 && (name === 'list' || name === 'BaseExceptionGroup')) return true;
  return P.minor === 11 && name === 'str';
}

/** The interpreter's tp_subclasses table of a builtin type, as far as its memory goes: what
 * insertions are left before it resizes and how many live entries it has (measured after `import
 * tracemalloc`, subclassregs.ts), and its table: `addr` 0 while it is the interpreter's own
 * (whose `log2` is measured on 3.8/3.10, where an 8-slot one is reused), else the one a resize
 * made. A resize makes a keys table of GROWTH_RATE (used * 3). */
interface RegModel {
  usable: number;
  used: number;
  addr: number;
  log2: number;
}
const regState = {
  /** tracemalloc has been imported (the state the measured tables describe) */
  tmImported: false,
  /** every module the program imported so far was start-up's or tracemalloc's */
  valid: true,
  models: new Map<PyObject, RegModel>(),
};

/** importModule's report: a module the interpreter had not imported at start-up. Importing
 * tracemalloc puts the measured tables in place; any other such import makes classes in CPython
 * (and so entries in these tables) HeapLens does not replay. */
export function noteModuleImport(name: string): void {
  if (name === 'tracemalloc' && !regState.tmImported) {
    regState.tmImported = true;
    // a table the program started on its own (a real dict here) is not the one CPython has now
    for (const [base, reg] of builtinSubclasses) {
      if (!(reg instanceof Map) && SUBCLASS_REGISTRIES[P.minor]?.[heapInfo(base).name] !== undefined) regState.valid = false;
    }
    return;
  }
  // (measured: importing gc, math, itertools or collections after tracemalloc makes no classes -
  // the last two tracemalloc's import already loaded; array and weakref make some)
  if (!REGISTRY_NEUTRAL.has(name)) regState.valid = false;
}

const REGISTRY_NEUTRAL = new Set(['gc', 'math', 'itertools', 'collections']);

/** An insertion into a builtin type's interpreter-made tp_subclasses table (insertdict: a resize
 * first when no slot is left). */
function registryInsert(base: PyObject): void {
  const m = registryModel(base);
  if (m === null) {
    if (R.tm !== null) tmInexact(`a subclass of ${heapInfo(base).name} (its tp_subclasses table, whose resizes depend on classes made by imports HeapLens does not replay)`);
    return;
  }
  if (m.usable <= 0) {
    const log2 = log2For(m.used * 3);
    const bytes = keysBytes(log2, false);
    const addr = allocKeys(log2, false, bytes);
    if (m.addr !== 0) freeKeys(m.addr, m.log2, false, keysBytes(m.log2, false));
    else if (m.log2 === 3 && P.minor < 11) {
      // the interpreter's own 8-slot table goes onto 3.8/3.10's keys free list (a block made
      // before the program, which a later new_keys_object takes without a traced allocation)
      const b3 = keysBytes(3, false);
      freeKeys(untraced(() => allocBuffer(b3)), 3, false, b3);
    }
    m.addr = addr;
    m.log2 = log2;
    m.usable = USABLE_FRACTION(1 << log2) - m.used;
  }
  m.usable--;
  m.used++;
}

function registryModel(base: PyObject): RegModel | null {
  if (!regState.tmImported || !regState.valid) return null;
  let m = regState.models.get(base) ?? null;
  if (m === null) {
    const e = SUBCLASS_REGISTRIES[P.minor]?.[heapInfo(base).name];
    if (e === undefined) return null;
    m = { usable: e[0], used: e[1], addr: 0, log2: e[2] ?? 0 };
    regState.models.set(base, m);
  }
  return m;
}

const USABLE_FRACTION = (n: number): number => ((n << 1) / 3) | 0;

/** tp_subclasses of builtin types: a dict made by the program, or the entries the program added
 * to the interpreter's dict (subclass -> [key, weakref]). */
let builtinSubclasses = new Map<PyObject, PyObject | Map<PyObject, [PyObject, PyObject]>>();

/** A class method of type (__prepare__) or object (__init_subclass__) bound to a class, as its
 * classmethod descriptor's __get__ makes it (PyCFunction / PyCMethod). */
function classCfunc(name: '__prepare__' | '__init_subclass__', cls: PyObject): PyObject {
  const owner = name === '__prepare__' ? T.type : T.object;
  const md = (dictGetStr(heapInfo(owner).dict, name) as PyObject).v as MethodDescr;
  return cfuncNew(name, cls, (slf, args, kw) => md.fn(slf as PyObject, args, kw));
}

/** A builtin method bound to `self` (PyCFunction_NewEx / PyCMethod_New), as looking up a C method
 * makes it; dropped again with cfuncRelease. */
function cfuncNew(name: string, self: PyObject, fn: BuiltinData['fn'] = () => incref(S.None)): PyObject {
  return newBuiltin(name, fn, self, null, false);
}

/** A builtin method object made by looking up a C method on `self`, for a caller that drops it
 * again with releaseBuiltinMethod. */
export function builtinMethodOf(name: string, self: PyObject): PyObject {
  return cfuncNew(name, self);
}
export function releaseBuiltinMethod(o: PyObject): void {
  cfuncRelease(o);
}

function cfuncRelease(o: PyObject): void {
  decref(o);
}

export { identifier };

/** PyDict_SetItem with an interned identifier as the key. */
function dictSetIdent(d: PyObject, key: string, v: PyObject): void {
  const k = identifier(key);
  dictSet(d, k, v);
  decref(k);
}

/** __build_class__(func, name, *bases, **kw) (Python/bltinmodule.c): the keywords become a dict
 * (mkw) from which `metaclass` is popped; the metaclass is the given one or the type of the first
 * base, made the most derived of the bases' metaclasses; its __prepare__(name, bases, **mkw)
 * makes the namespace the body runs in; then metaclass(name, bases, ns, **mkw) makes the class.
 * `args` are the bases then the keyword values (the caller's stack, borrowed); `keys` are the
 * keyword names as objects when the caller has them (a ** mapping). */
/** The code of the class body that filled a class namespace, while the metaclass builds the
 * class (enum's EnumMeta asks which names the body bound more than once). */
export const classBodyCode = new WeakMap<PyObject, Code>();
/** The namespaces enum's EnumMeta/EnumType.__prepare__ returned (modules/enum.ts). */
export const enumNamespaces = new WeakSet<PyObject>();

export function buildClassImpl(body: PyObject, name: string, args: PyObject[], kwnames: string[] | null, keys: PyObject[] | null = null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const nb = args.length - nkw;
  let baseArgs = args.slice(0, nb);
  // the class name: LOAD_CONST of the interned identifier
  const nameObj = internStr(name, P.interning !== 'mortal');
  // orig_bases = _PyTuple_FromArray(args + 2, nargs - 2)
  const bases = nb === 0 ? incref(EMPTY_TUPLE()) : tupleFrom(baseArgs.slice());
  let mkw: PyObject | null = null;
  let meta: PyObject | null = null;
  let ns: PyObject | null = null;
  let cell: PyObject | null = null;
  try {
    const hb = baseArgs.find((b) => classBuildHooks.has(b));
    const hook = hb === undefined ? null : classBuildHooks.get(hb) ?? null;
    if (hook !== null) {
      if (nkw > 0) throw new NotSimulated(`keywords in the class statement of a class built by ${hook.what}`, ST.line);
      // the metaclass's __prepare__ is type's: a new dict
      ns = newDict();
      const fd = body.v as FuncData;
      if (fd.code.freevars.length > 0 || fd.code.cellvars.length > 0) throw new NotSimulated(`a class body with closure cells (super(), __class__ or a nested scope's variable) in a class built by ${hook.what}`, ST.line);
      cell = runFrame(new Frame(fd.code, fd.globals, ns, body));
      return hook.build(nameObj, bases, ns, baseArgs);
    }
    // update_bases: typing's aliases stand for their origin (`Generic[T]` for Generic)
    let resolved: PyObject[] | null = null;
    for (let i = 0; i < baseArgs.length; i++) {
      const r = isType(baseArgs[i]) ? null : mroEntriesHook(baseArgs[i], baseArgs);
      if (r === null) {
        if (resolved !== null) resolved.push(baseArgs[i]);
        continue;
      }
      if (resolved === null) resolved = baseArgs.slice(0, i);
      resolved.push(...r);
    }
    // (the other bases that are not classes stop if they have __mro_entries__)
    updateBases(resolved === null ? baseArgs : baseArgs.filter((b) => isType(b) || mroEntriesHook(b, baseArgs) === null));
    const origBaseArgs = baseArgs;
    const newBases = resolved === null ? null : tupleFrom(resolved.map((b) => b));
    if (resolved !== null) baseArgs = resolved;
    try {
    let isclass = true;
    if (nkw > 0) {
      // mkw = _PyStack_AsDict(args + nargs, kwnames); meta = mkw.pop('metaclass')
      mkw = stackAsDict(args.slice(nb), kwnames as string[], keys);
      const m = dictGetStr(mkw, 'metaclass');
      if (m !== null) {
        meta = incref(m);
        dictDelStr(mkw, 'metaclass');
        isclass = isType(meta);
      }
    }
    if (meta === null) {
      meta = incref(nb === 0 ? T.type : baseArgs[0].t);
    }
    if (isclass) {
      const winner = calculateMetaclass(meta, baseArgs);
      if (winner !== meta) {
        decref(meta);
        meta = incref(winner);
      }
    }
    // what is left of mkw, in its order: the keywords passed on to __prepare__ and the metaclass
    const kwKeys: PyObject[] = [];
    const kwVals: PyObject[] = [];
    if (mkw !== null) {
      for (const [k, v] of dictEntries(mkw)) {
        kwKeys.push(k);
        kwVals.push(v);
      }
    }
    const kwn = kwKeys.length > 0 ? kwKeys.map((k) => k.v as string) : null;
    ns = prepareNamespace(meta, isclass, nameObj, bases, kwVals, kwn, kwKeys);
    const fd = body.v as FuncData;
    // (enum's __prepare__ marks its namespace: its _EnumDict resolved auto() as the body bound it)
    if (fd.code.autoRead !== null && enumNamespaces.has(ns)) throw new NotSimulated(`reading the auto() member '${fd.code.autoRead}' in its Enum class body`, ST.line, `enum.py's _EnumDict gives the class body the value auto() resolved to, where HeapLens's plain-dict class namespace holds the auto object`);
    const fr = new Frame(fd.code, fd.globals, ns, body);
    if (fd.code.freevars.length > 0) {
      const cells = (fd.closure as PyObject).v as PyObject[];
      const base = fd.code.varnames.length + fd.code.cellvars.length;
      for (let i = 0; i < cells.length; i++) {
        cells[i].rc++;
        fr.l[base + i] = cells[i];
      }
    }
    for (let i = 0; i < fd.code.cellvars.length; i++) {
      fr.l[fd.code.varnames.length + i] = newCellObj();
    }
    // (3.12+: the body's RESUME checks the eval breaker, in the body's own frame: codegen.ts)
    cell = runFrame(fr);
    if (fd.code.boundAgain !== null) classBodyCode.set(ns, fd.code);
    // the bases changed: ns['__orig_bases__'] = orig_bases
    if (newBases !== null) dictSetStr(ns, '__orig_bases__', bases);
    // meta(name, bases, ns, **mkw): PyObject_VectorcallDict
    const cls = callDict(meta, [nameObj, newBases ?? bases, ns, ...kwVals], kwn, kwKeys);
    if (isType(cls) && cell.t === T.cell) {
      const cellCls = cell.v as PyObject | null;
      if (cellCls !== cls) {
        let msg: string;
        try {
          msg = cellCls === null
            ? `__class__ not set defining ${reprJs(nameObj)} as ${reprJs(cls)}. Was __classcell__ propagated to type.__new__?`
            : `__class__ set to ${reprJs(cellCls)} defining ${reprJs(nameObj)} as ${reprJs(cls)}`;
        } finally {
          decref(cls);
        }
        raise(cellCls === null ? T.RuntimeError : T.TypeError, msg);
      }
    }
    return cls;
    } finally {
      if (newBases !== null) decref(newBases);
      void origBaseArgs;
    }
  } finally {
    if (cell !== null) decref(cell);
    if (ns !== null) decref(ns);
    if (meta !== null) decref(meta);
    if (mkw !== null) decref(mkw);
    decref(bases);
    decref(nameObj);
  }
}

/** Bases that stand for a metaclass HeapLens implements natively (typing.NamedTuple): the class
 * body runs in a new dict, then `build(name, orig_bases, ns, bases)` makes the class. */
export let mroEntriesHook: (base: PyObject, bases: PyObject[]) => PyObject[] | null = () => null;
export function setMroEntriesHook(h: (base: PyObject, bases: PyObject[]) => PyObject[] | null): void {
  mroEntriesHook = h;
}
export const classBuildHooks = new Map<PyObject, { what: string; build: (name: PyObject, origBases: PyObject, ns: PyObject, bases: PyObject[]) => PyObject }>();

/** update_bases: a base that is not a class may stand for others through __mro_entries__. */
function updateBases(bases: PyObject[]): void {
  for (const b of bases) {
    if (isType(b)) continue;
    const m = getAttrOpt(b, '__mro_entries__');
    if (m !== null) {
      decref(m);
      throw new NotSimulated('__mro_entries__ (a base that is not a class)', ST.line);
    }
  }
}

/** _PyStack_AsDict: the keywords of a call as a new dict (_PyDict_NewPresized / 3.11+
 * _PyDict_FromItems: sized for them up front past five). */
function stackAsDict(vals: PyObject[], names: string[], keys: PyObject[] | null): PyObject {
  const d = newDictPresized(names.length, true);
  try {
    for (let i = 0; i < names.length; i++) {
      if (keys !== null) dictSet(d, keys[i], vals[i]);
      else dictSetStr(d, names[i], vals[i]);
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** _PyType_CalculateMetaclass: the most derived of `meta` and the types of the bases. */
function calculateMetaclass(meta: PyObject, bases: PyObject[]): PyObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.t;
    if (winner === t || isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(T.TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The class body's namespace: meta.__prepare__(name, bases, **mkw) when the metaclass has one
 * (type's returns a new dict), else a new dict. */
function prepareNamespace(meta: PyObject, isclass: boolean, nameObj: PyObject, bases: PyObject, kwVals: PyObject[], kwn: string[] | null, kwKeys: PyObject[]): PyObject {
  let ns: PyObject;
  if (isType(meta) && typeLookup(meta, '__prepare__') === typePrepareDescr() && typeLookup(meta.t, '__prepare__') === typePrepareDescr()) {
    // type.__prepare__ found on the metaclass's MRO: the classmethod bound to the metaclass
    const prep = classCfunc('__prepare__', meta);
    try {
      ns = callDict(prep, [nameObj, bases, ...kwVals], kwn, kwKeys);
    } finally {
      cfuncRelease(prep);
    }
  } else {
    const prep = getAttrOpt(meta, '__prepare__');
    if (prep === null) ns = newDict();
    else {
      try {
        ns = callDict(prep, [nameObj, bases, ...kwVals], kwn, kwKeys);
      } finally {
        decref(prep);
      }
    }
  }
  if (ns.t !== T.dict) {
    // PyMapping_Check: mp_subscript
    if (heapInfo(ns.t).getitem === null) {
      const tn = typeName(ns);
      decref(ns);
      raise(T.TypeError, `${isclass ? heapInfo(meta).name : '<metaclass>'}.__prepare__() must return a mapping, not ${tn}`);
    }
    decref(ns);
    throw new NotSimulated('a __prepare__ that returns a mapping other than a dict', ST.line);
  }
  return ns;
}

/** type.__dict__['__prepare__'] */
function typePrepareDescr(): PyObject {
  return dictGetStr(heapInfo(T.type).dict, '__prepare__') as PyObject;
}

let newCellObj: () => PyObject = () => { throw new Error('unbound'); };
export function setCellFactory(f: () => PyObject): void {
  newCellObj = f;
}

/** type.__new__(meta, name, bases, ns) for callers with JS values (collections' namedtuple and
 * Counter): the name and the bases tuple are made here. */
export function typeNew(meta: PyObject, name: string, basesIn: PyObject[], ns: PyObject): PyObject {
  // BaseExceptionGroup_new treats a subclass apart (its own nesting check, derive() overrides
  // that split() calls): not simulated
  if (P.minor >= 11) {
    for (const b of basesIn) {
      if (isType(b) && isSubtype(b, T.BaseExceptionGroup)) throw new NotSimulated(`a subclass of ${(b.v as TypeInfo).name}`, ST.line);
    }
  }
  const nameObj = newStr(name);
  const bases = tupleFrom(basesIn.slice());
  try {
    return typeNewImpl(meta, nameObj, bases, ns);
  } finally {
    decref(bases);
    decref(nameObj);
  }
}

/** Instances of `t` have a __dict__ slot (tp_dictoffset != 0). */
function typeHasDict(t: PyObject): boolean {
  // staticmethod and classmethod have a tp_dictoffset (sm_dict / cm_dict)
  return heapInfo(t).hasDict || t === T.type || t === T.staticmethod || t === T.classmethod;
}

/** Instances of `t` have a weakref list (tp_weaklistoffset != 0). */
function typeHasWeakref(t: PyObject): boolean {
  const ti = heapInfo(t);
  return ti.hasWeakref || t === T.set || t === T.frozenset || t === T.type;
}

/** tp_itemsize != 0: instances are variable-sized (int, tuple, bytes and their subclasses). */
function isVarSized(t: PyObject): boolean {
  const solid = heapInfo(t).heap ? heapInfo(t).solid : t;
  return solid === T.int || solid === T.bool || solid === T.tuple || solid === T.bytes || solid === T.type;
}

/** tp_basicsize as CPython has it (the simulator's str and bytes objects count their header
 * differently). */
function cpyBasicsize(t: PyObject): number {
  if (t === T.str) return P.strCompactHeader + 8;
  if (t === T.bytes) return 33;
  // PyBool_Type's tp_basicsize is sizeof(struct _longobject), one digit included (padded to 32
  // before 3.12's lv_tag layout); bool cannot be subclassed, so only __basicsize__ reads it
  if (t === T.bool) return P.minor <= 11 ? 32 : 24;
  return heapInfo(t).basicsize();
}

/** type.__new__: the class object for `nameObj`, `basesArg` (a tuple) and the namespace `ns`
 * (all borrowed), in the order CPython's type_new and PyType_Ready allocate and link. */
function typeNewImpl(meta: PyObject, nameObj: PyObject, basesArg: PyObject, ns: PyObject, kwv: PyObject[] = [], kwn: string[] | null = null): PyObject {
  if (meta !== T.type && !isSubtype(meta, T.type)) throw new NotSimulated(`type.__new__ for a metatype that is not a subclass of type`, ST.line);
  const name = nameObj.v as string;
  const given = basesArg.v as PyObject[];
  for (const b of given) if (isType(b) && (b.v as TypeInfo).foreign !== null) foreignStop(b, `a subclass of ${((b.v as TypeInfo).foreign as ForeignClass).what}`);
  let bases: PyObject;
  let base: PyObject;
  if (given.length === 0) {
    base = T.object;
    bases = newTuple([incref(T.object)]); // PyTuple_Pack(1, &PyBaseObject_Type)
  } else {
    base = bestBase(given);
    bases = incref(basesArg);
  }
  let dict: PyObject | null = null;
  let slotsT: PyObject | null = null;
  let cls: PyObject | null = null;
  try {
    dict = dictCopy(ns);
    // ---- __slots__ (type_new_get_slots / type_new_slots)
    const baseVar = isVarSized(base);
    const mayAddDict = !typeHasDict(base);
    const mayAddWeak = !typeHasWeakref(base) && !baseVar;
    let addDict = false, addWeak = false;
    let own: string[] = [];
    const slotsObj = dictGetStr(dict, '__slots__');
    if (slotsObj === null) {
      addDict = mayAddDict;
      addWeak = mayAddWeak;
    } else {
      slotsT = slotsObj.t === T.str ? newTuple([incref(slotsObj)]) : sequenceTuple(slotsObj);
      const items = slotsT.v as PyObject[];
      if (items.length > 0 && baseVar) raise(T.TypeError, `nonempty __slots__ not supported for subtype of '${heapInfo(base).name}'`);
      for (const s of items) {
        if (s.t !== T.str && !isSubtype(s.t, T.str)) raise(T.TypeError, `__slots__ items must be strings, not '${typeName(s)}'`);
        if (!isIdentifier(s.v as string)) raise(T.TypeError, '__slots__ must be identifiers');
        if (s.v === '__dict__') {
          if (!mayAddDict || addDict) raise(T.TypeError, '__dict__ slot disallowed: we already got one');
          addDict = true;
        }
        if (s.v === '__weakref__') {
          if (!mayAddWeak || addWeak) raise(T.TypeError, P.minor < 10 ? '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0' : '__weakref__ slot disallowed: we already got one');
          addWeak = true;
        }
      }
      // copy into a list, mangle, check against the namespace, sort, back to a tuple
      const n = items.length - (addDict ? 1 : 0) - (addWeak ? 1 : 0);
      const arr: PyObject[] = new Array(n).fill(T.object);
      const lst = newList(arr);
      let j = 0;
      try {
        for (const s of items) {
          if ((addDict && s.v === '__dict__') || (addWeak && s.v === '__weakref__')) continue;
          const m = mangle(name, s);
          arr[j++] = m;
          if (dictGetStr(dict, m.v as string) !== null && m.v !== '__qualname__' && m.v !== '__classcell__' && m.v !== '__classdictcell__') {
            raise(T.ValueError, `${reprJs(m)} in __slots__ conflicts with class variable`);
          }
        }
      } catch (e) {
        arr.length = j;
        decref(lst);
        throw e;
      }
      if (P.minor < 10) {
        decref(slotsT);
        slotsT = null;
      }
      arr.sort((a, b) => ((a.v as string) < (b.v as string) ? -1 : (a.v as string) > (b.v as string) ? 1 : 0));
      const sorted = tupleFrom(arr.slice());
      decref(lst);
      if (slotsT !== null) decref(slotsT);
      slotsT = sorted;
      own = arr.map((m) => m.v as string);
      // secondary bases may provide the dict or the weakref list
      if (given.length > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak))) {
        for (const b of given) {
          if (b === base) continue;
          if (mayAddDict && !addDict && typeHasDict(b)) addDict = true;
          if (mayAddWeak && !addWeak && typeHasWeakref(b)) addWeak = true;
          if (mayAddDict && !addDict) continue;
          if (mayAddWeak && !addWeak) continue;
          break;
        }
      }
    }
    const bti = heapInfo(base);
    const solid = bti.heap ? bti.solid : base === T.object ? null : base;
    if (solid !== null && own.length > 0) throw new NotSimulated(`__slots__ on a subclass of '${heapInfo(solid).name}'`, ST.line);
    // ---- the type object (metatype->tp_alloc(metatype, nslots): tracked at once)
    const ti = new TypeInfo(name, '__main__');
    ti.heap = true;
    ti.gc = true;
    ti.bases = given.length === 0 ? [T.object] : given.slice();
    ti.base = base;
    inheritSlots(ti, bti);
    ti.solid = solid;
    // type_new_set_name and type_new_descriptors: tp_name and each member's name are the UTF-8
    // forms of the name and the slot names (PyUnicode_AsUTF8), cached in those str objects
    cacheUtf8(nameObj);
    if (slotsT !== null) for (const m of slotsT.v as PyObject[]) cacheUtf8(m);
    const blockBytes = heapTypeStructSize() + 40 * (own.length + 1) + 16;
    // metatype->tp_alloc: PyType_GenericAlloc, which takes a reference to a heap metatype
    const c = new PyObject(meta, ti, null, F_GC);
    allocBlock(c, blockBytes);
    if (meta !== T.type) meta.rc++;
    cls = c;
    const h = new HeapType(bases, incref(base), incref(nameObj));
    bases = null as unknown as PyObject;
    h.slots = slotsT;
    slotsT = null;
    h.blockBytes = blockBytes;
    heapTypes.set(cls, h);
    gcAllocHook();
    gcTrack(cls);
    ti.dict = markTypeDict(dict);
    dict = null;
    const d = ti.dict;
    // ---- type_new_set_attrs: __module__, __qualname__, __doc__, implicit static/class methods
    if (dictGetStr(d, '__module__') === null) {
      const g = currentGlobals();
      const m = g !== null ? dictGetStr(g, '__name__') : null;
      if (m !== null) dictSetIdent(d, '__module__', m);
    }
    const mod = dictGetStr(d, '__module__');
    ti.module = mod !== null && mod.t === T.str ? (mod.v as string) : 'builtins';
    const qn = dictGetStr(d, '__qualname__');
    if (qn !== null) {
      if (qn.t !== T.str) raise(T.TypeError, `type __qualname__ must be a str, not ${typeName(qn)}`);
      h.qualname = incref(qn);
      dictDelStr(d, '__qualname__');
    } else h.qualname = incref(nameObj);
    ti.qualname = h.qualname.v as string;
    const doc = dictGetStr(d, '__doc__');
    if (doc !== null && doc.t === T.str) {
      h.docBytes = utf8Length(doc.v as string) + 1;
      h.docAddr = allocBuffer(h.docBytes);
    }
    wrapImplicit(d, '__new__', T.staticmethod);
    wrapImplicit(d, '__init_subclass__', T.classmethod);
    wrapImplicit(d, '__class_getitem__', T.classmethod);
    // ---- the layout (type_new_descriptors)
    const inherited = bti.heap ? bti.slotNames : [];
    h.slotStart = inherited.length;
    ti.slotNames = [...inherited, ...own];
    ti.hasDict = addDict || typeHasDict(base);
    ti.hasWeakref = addWeak || typeHasWeakref(base);
    h.addDict = addDict;
    h.addWeak = addWeak;
    const bh = bti.heap ? heapOf(base) : undefined;
    if (P.instanceLayout !== 'dict') {
      h.managedDict = (bh?.managedDict ?? false) || (addDict && (P.minor >= 12 || !baseVar));
      h.managedWeak = P.minor >= 12 && ((bh?.managedWeak ?? false) || addWeak);
    }
    let size = cpyBasicsize(base) + 8 * own.length;
    if (addDict && (P.instanceLayout === 'dict' || (P.minor === 11 && baseVar))) size += 8;
    if (addWeak && P.minor <= 11) size += 8;
    ti.basicsize = () => size;
    // ---- the __class__ cell (type_new_set_classcell)
    const cell = dictGetStr(d, '__classcell__');
    if (cell !== null) {
      if (cell.t !== T.cell) raise(T.TypeError, `__classcell__ must be a nonlocal cell, not ${reprJs(cell.t)}`);
      const old = cell.v as PyObject | null;
      cell.v = incref(cls);
      xdecref(old);
      dictDelStr(d, '__classcell__');
    }
    // ---- the slots of the instances (subtype_dealloc & co, then fixup_slot_dispatchers)
    ti.dealloc = instanceDealloc;
    ti.traverse = instanceTraverse;
    ti.clear = instanceClear;
    ti.sizeof = instanceSizeof;
    ti.getattr = instanceGetAttr;
    ti.setattr = instanceSetAttr;
    ti.trashcan = true;
    // ---- PyType_Ready
    if (P.minor < 10) {
      addMemberDescriptors(cls, ti, h);
      addGetsets(cls, ti, h);
      computeMroTuple(cls, ti, h);
      inheritMatchFlags(ti);
      setDocAndHash(d);
      for (const b of given.length === 0 ? [T.object] : given) addSubclass(b, cls);
    } else {
      computeMroTuple(cls, ti, h);
      inheritMatchFlags(ti);
      addMemberDescriptors(cls, ti, h);
      addGetsets(cls, ti, h);
      setDocAndHash(d);
      for (const b of given.length === 0 ? [T.object] : given) addSubclass(b, cls);
      if (h.managedDict) {
        h.keysBytes = defaultCachedKeysBytes();
        h.keysAddr = allocCachedKeys(h.keysBytes);
      }
    }
    // shared keys for instance dicts
    // (3.8/3.10 give every heap type with a dict offset cached keys: an exception subclass's
    // instances share them too, in the dict BaseException keeps)
    // (and a builtin-derived class's, whose side dicts replay what sharing does to the class: sideSharedStore)
    if (ti.hasDict && (ti.solid === null || P.instanceLayout === 'dict')) {
      ti.sharedKeys = P.instanceLayout === 'dict'
        ? { log2: 3, usable: 5, nentries: 0, names: [], refs: 1 }
        : { log2: 6, usable: 30, nentries: 0, names: [], refs: 1 };
    }
    fixupSlots(cls);
    if (P.minor < 11 && ti.hasDict) {
      h.keysBytes = defaultCachedKeysBytes();
      h.keysAddr = allocCachedKeys(h.keysBytes);
    }
    setNames(cls, d);
    initSubclass(cls, kwv, kwn);
    return cls;
  } catch (e) {
    if (dict !== null) decref(dict);
    if (bases !== null) decref(bases);
    if (slotsT !== null) decref(slotsT);
    if (cls !== null) decref(cls);
    throw e;
  }
}

/** The globals of the running Python frame (PyEval_GetGlobals). */
function currentGlobals(): PyObject | null {
  return callStack.length > 0 ? callStack[callStack.length - 1].g : null;
}


/** str.isidentifier() for __slots__ names (ASCII rules; other letters accepted). */
function isIdentifier(s: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s);
}

/** _Py_Mangle(class name, slot): private names get the class prefix (a new str). */
function mangle(cls: string, s: PyObject): PyObject {
  const name = s.v as string;
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return incref(s);
  const stripped = cls.replace(/^_+/, '');
  if (stripped === '') return incref(s);
  return newStr(`_${stripped}${name}`);
}

function wrapImplicit(dict: PyObject, name: string, wrapper: PyObject): void {
  const f = dictGetStr(dict, name);
  if (f !== null && f.t === T.function) {
    const w = newWrapper(wrapper, f);
    dictSetIdent(dict, name, w);
    decref(w);
  }
}

/** A descriptor object (descr_new): a GC object holding its class (d_type) and interned name. */
function newDescrObject(type: PyObject, descrType: PyObject, payload: unknown): PyObject {
  const o = new PyObject(descrType, payload, null, F_GC);
  allocBlock(o, 64);
  gcAllocHook();
  gcTrack(o);
  type.rc++;
  return o;
}

/** add_members: a member descriptor per own __slots__ name, in sorted order. */
function addMemberDescriptors(cls: PyObject, ti: TypeInfo, h: HeapType): void {
  const d = ti.dict;
  for (let i = h.slotStart; i < ti.slotNames.length; i++) {
    const nameObj = internStr(ti.slotNames[i], P.interning !== 'mortal');
    const m = newDescrObject(cls, T.member_descriptor, new MemberData(ti.slotNames[i], i, cls, nameObj));
    if (dictGet(d, nameObj) === null) dictSet(d, nameObj, m);
    decref(m);
  }
}

/** add_getset: subtype_getsets_full / _dict_only / _weakref_only, chosen by the slots this class
 * added itself (type_new_set_slots runs before PyType_Ready inherits the offsets). */
function addGetsets(cls: PyObject, ti: TypeInfo, h: HeapType): void {
  const d = ti.dict;
  for (const n of ['__dict__', '__weakref__']) {
    if (n === '__dict__' ? !h.addDict : !h.addWeak) continue;
    const nameObj = identifier(n);
    const gs = new GetSet(n, n === '__dict__' ? getInstanceDict : getInstanceWeakref, n === '__dict__' ? setInstanceDict : null, cls);
    gs.nameObj = nameObj;
    const g = newDescrObject(cls, T.getset_descriptor, gs);
    if (dictGet(d, nameObj) === null) dictSet(d, nameObj, g);
    decref(g);
  }
}

function getInstanceDict(o: PyObject): PyObject {
  const d = instanceDunderDict(o);
  if (d === null) raise(T.AttributeError, `'${typeName(o)}' object has no attribute '__dict__'`);
  return d;
}

/** subtype_setdict: `obj.__dict__ = d` replaces the instance dict (3.11+: the managed values
 * become a dict first, which the new one replaces). */
function setInstanceDict(o: PyObject, v: PyObject | null): void {
  if (v !== null && v.t !== T.dict && !isSubtype(v.t, T.dict)) raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  const ti = heapInfo(o.t);
  if (ti.solid !== null && !excSolid(ti)) {
    const old = sideDicts.get(o) ?? null;
    if (v !== null) sideDicts.set(o, incref(v));
    else sideDicts.delete(o);
    xdecref(old);
    return;
  }
  if (P.instanceLayout !== 'dict' && !excSolid(ti)) {
    if (v === null) throw new NotSimulated('deleting __dict__', ST.line);
    if (o.d === null) dictForWrite(o);
    materialise(o);
  }
  const old = o.d as PyObject | null;
  o.d = v !== null ? incref(v) : null;
  xdecref(old);
}

function getInstanceWeakref(o: PyObject): PyObject {
  const refs = weakrefsOf(o);
  return incref(refs.length > 0 ? refs[0] : S.None);
}

/** PyType_Ready's last touches on the dict: __doc__ = None when absent, and __hash__ = None
 * when __eq__ is defined without __hash__ (tp_hash left NULL by inherit_slots). */
function setDocAndHash(d: PyObject): void {
  if (dictGetStr(d, '__doc__') === null) dictSetIdent(d, '__doc__', S.None);
  if (dictGetStr(d, '__eq__') !== null && dictGetStr(d, '__hash__') === null) dictSetIdent(d, '__hash__', S.None);
}

/** mro_internal: tp_mro as a tuple (mro_implementation, then PySequence_Tuple). */
function computeMroTuple(cls: PyObject, ti: TypeInfo, h: HeapType): void {
  const bases = h.bases.v as PyObject[];
  // mro_invoke: a class whose metaclass is not exactly type gets its MRO from the metaclass's
  // mro() (type.mro: mro_implementation's result as a list), made a tuple
  const custom = cls.t !== T.type;
  if (custom && typeLookup(cls.t, 'mro') !== dictGetStr(heapInfo(T.type).dict, 'mro')) {
    throw new NotSimulated('a metaclass that defines mro()', ST.line);
  }
  let mro: PyObject;
  if (bases.length === 1) {
    const bmro = heapInfo(bases[0]).mro;
    const items: PyObject[] = [incref(cls)];
    for (const b of bmro) items.push(incref(b));
    mro = newTuple(items);
    if (custom) {
      const lst = sequenceList(mro);
      decref(mro);
      mro = tupleFrom((lst.v as PyObject[]).slice());
      decref(lst);
    }
  } else {
    for (let i = 0; i < bases.length; i++) {
      for (let j = i + 1; j < bases.length; j++) {
        if (bases[i] === bases[j]) raise(T.TypeError, `duplicate base class ${heapInfo(bases[i]).name}`);
      }
    }
    // to_merge: the bases' MROs and the bases tuple
    const toMerge: PyObject[][] = bases.map((b) => heapInfo(b).mro);
    toMerge.push(bases);
    const toMergeAddr = allocBuffer(8 * toMerge.length);
    const acc = newList([incref(cls)]);
    try {
      pmerge(acc, toMerge);
    } catch (e) {
      decref(acc);
      freeBuffer(toMergeAddr, 8 * toMerge.length);
      throw e;
    }
    freeBuffer(toMergeAddr, 8 * toMerge.length);
    mro = tupleFrom((acc.v as PyObject[]).slice());
    decref(acc);
  }
  h.mro = mro;
  ti.mro = (mro.v as PyObject[]).slice();
  typeModified(ti);
}

/** pmerge: C3 linearisation into `acc`, a candidate being the first head not in any tail. */
function pmerge(acc: PyObject, toMerge: PyObject[][]): void {
  const n = toMerge.length;
  const remainAddr = allocBuffer(4 * n);
  const remain: number[] = new Array(n).fill(0);
  try {
    again: for (;;) {
      let empty = 0;
      for (let i = 0; i < n; i++) {
        const cur = toMerge[i];
        if (remain[i] >= cur.length) {
          empty++;
          continue;
        }
        const cand = cur[remain[i]];
        let inTail = false;
        for (let j = 0; j < n && !inTail; j++) {
          const l = toMerge[j];
          for (let k = remain[j] + 1; k < l.length; k++) {
            if (l[k] === cand) {
              inTail = true;
              break;
            }
          }
        }
        if (inTail) continue;
        listAppend(acc, cand);
        for (let j = 0; j < n; j++) {
          const l = toMerge[j];
          if (remain[j] < l.length && l[remain[j]] === cand) remain[j]++;
        }
        continue again;
      }
      if (empty !== n) mroError(toMerge, remain);
      return;
    }
  } finally {
    freeBuffer(remainAddr, 4 * n);
  }
}

/** set_mro_error: the remaining heads, in order of first appearance. */
function mroError(toMerge: PyObject[][], remain: number[]): never {
  const set = newDict();
  const names: string[] = [];
  try {
    for (let i = 0; i < toMerge.length; i++) {
      const l = toMerge[i];
      if (remain[i] < l.length) {
        const c = l[remain[i]];
        if (dictGet(set, c) === null) names.push(heapInfo(c).name);
        dictSet(set, c, S.None);
      }
    }
  } finally {
    decref(set);
  }
  const sep = P.minor >= 13 ? ' ' : '\n';
  raise(T.TypeError, `Cannot create a consistent method resolution${sep}order (MRO) for bases ${names.join(', ')}`);
}

/** add_subclass(base, type): tp_subclasses[id(type)] = weakref(type). */
function addSubclass(base: PyObject, type: PyObject): void {
  if (P.minor < 10) {
    // 3.8: the dict first, then the key and the weak reference
    const reg = subclassRegistry(base, true) as PyObject | Map<PyObject, [PyObject, PyObject]>;
    const key = newInt(idOf(type));
    const wr = newWeakref(type, null);
    registryPut(reg, base, type, key, wr);
    return;
  }
  const key = newInt(idOf(type));
  const wr = newWeakref(type, null);
  const reg = subclassRegistry(base, true) as PyObject | Map<PyObject, [PyObject, PyObject]>;
  registryPut(reg, base, type, key, wr);
}

function registryPut(reg: PyObject | Map<PyObject, [PyObject, PyObject]>, base: PyObject, type: PyObject, key: PyObject, wr: PyObject): void {
  if (reg instanceof Map) {
    if (heapOf(base) === undefined) registryInsert(base);
    reg.set(type, [key, wr]);
    return;
  }
  dictSet(reg, key, wr);
  decref(wr);
  decref(key);
}

/** Classes of the standard library start-up made whose tp_subclasses hold classes HeapLens does
 * not have (abc.ABC: os.PathLike, …): `__subclasses__()` of them stops. */
const STARTUP_HEAP_SUBCLASSED = new WeakSet<PyObject>();

/** A class made while importing a module start-up had imported, whose tp_subclasses dict held `n`
 * entries when the script started (measured with type.__subclasses__): the dict is made with as
 * many placeholder entries (keys that are no class's address, None for the weak references), so
 * the program's subclasses grow it as they grow CPython's. */
export function presetStartupSubclasses(t: PyObject, n: number): void {
  if (n === 0) return;
  const h = heapOf(t) as HeapType;
  const d = newDict();
  for (let i = 0; i < n; i++) {
    const k = newInt(2 ** 40 + i);
    dictSet(d, k, S.None);
    decref(k);
  }
  h.subclasses = d;
  STARTUP_HEAP_SUBCLASSED.add(t);
}

/** A base's tp_subclasses (made on demand when `create`). */
function subclassRegistry(base: PyObject, create: boolean): PyObject | Map<PyObject, [PyObject, PyObject]> | null {
  const h = heapOf(base);
  if (h !== undefined) {
    if (h.subclasses === null && create) h.subclasses = newDict();
    return h.subclasses;
  }
  let reg = builtinSubclasses.get(base) ?? null;
  if (reg === null) {
    if (startupSubclassed(base)) reg = new Map();
    else if (create) reg = newDict();
    if (reg !== null) builtinSubclasses.set(base, reg);
  }
  return reg;
}

/** remove_subclass(base, type): the entry goes (key rebuilt from the address); from 3.11 an
 * emptied dict is dropped. */
function removeSubclass(base: PyObject, type: PyObject): void {
  const reg = subclassRegistry(base, false);
  if (reg === null) return;
  const key = newInt(idOf(type));
  if (reg instanceof Map) {
    const e = reg.get(type);
    if (e !== undefined) {
      reg.delete(type);
      const m = regState.models.get(base);
      if (m !== undefined) m.used--;
      decref(e[0]);
      decref(e[1]);
    }
    decref(key);
    return;
  }
  dictDel(reg, key);
  decref(key);
  if (P.minor >= 11 && (reg.v as DictData).used === 0) {
    const h = heapOf(base);
    if (h !== undefined) h.subclasses = null;
    else builtinSubclasses.delete(base);
    decref(reg);
  }
}

/** type_new_set_names: on a copy of the class dict, each value's __set_name__ looked up as a
 * special method (_PyObject_LookupSpecial: a bound method) and called with (class, name). An
 * error becomes a RuntimeError caused by it (3.8-3.11); 3.12+ adds a note to it instead, which
 * is not simulated. */
function setNames(cls: PyObject, d: PyObject): void {
  const copy = dictCopy(d);
  try {
    const dd = copy.v as DictData;
    for (let i = 0; i < dd.ks.length; i++) {
      const k = dd.ks[i];
      if (k === null) continue;
      const v = dd.vs[i] as PyObject;
      const m = lookupSpecial(v, '__set_name__');
      if (m === null) continue;
      let r: PyObject;
      try {
        r = call(m, [cls, k]);
      } catch (e) {
        decref(m);
        if (!(e instanceof PyErr)) throw e;
        if (P.minor >= 12) throw new NotSimulated('an exception raised by __set_name__ (3.12+ adds a note to it)', ST.line);
        const msg = `Error calling __set_name__ on '${typeName(v)}' instance ${reprJs(k)} in '${heapInfo(cls).name}'`;
        throw fromCause(T.RuntimeError, msg, e.exc);
      }
      decref(m);
      decref(r);
    }
  } finally {
    decref(copy);
  }
}

/** _PyErr_FormatFromCause: a new `type(msg)` whose __cause__ and __context__ are `cause` (whose
 * reference it takes). */
function fromCause(type: PyObject, msg: string, cause: PyObject): PyErr {
  const s = newStr(msg);
  const exc = newException(type, [s]);
  decref(s);
  const pe = new PyErr(exc);
  const ed = exc.v as ExcData;
  const old = ed.context;
  cause.rc++;
  ed.cause = cause;
  ed.context = cause;
  ed.suppressContext = true;
  xdecref(old);
  return pe;
}

/** type_new_init_subclass: super(type, type).__init_subclass__(**kwds), the keywords (values
 * `kwv` named `kwn`) being the dict type.__new__ received (PyObject_VectorcallDict). */
function initSubclass(cls: PyObject, kwv: PyObject[], kwn: string[] | null): void {
  // 3.8/3.10: super has no vectorcall, so its arguments are packed into a tuple
  const targs = P.minor < 11 ? newTuple([incref(cls), incref(cls)]) : null;
  let sup: PyObject;
  try {
    sup = newSuper(cls, cls);
  } finally {
    if (targs !== null) decref(targs);
  }
  let func: PyObject | null = null;
  let cfunc: PyObject | null = null;
  try {
    const mro = heapInfo(cls).mro;
    for (let i = 1; i < mro.length; i++) {
      const v = dictGetStr(heapInfo(mro[i]).dict, '__init_subclass__');
      if (v === null) continue;
      if (mro[i] === T.object) cfunc = classCfunc('__init_subclass__', cls);
      else {
        const dti = v.t.v as TypeInfo;
        func = dti.descrGet !== null ? dti.descrGet(v, null, cls) : incref(v);
      }
      break;
    }
  } finally {
    decref(sup);
  }
  if (cfunc !== null) {
    // object.__init_subclass__ bound to the class: no arguments (keywords are an error)
    try {
      decref(callDict(cfunc, kwv, kwn));
    } finally {
      cfuncRelease(cfunc);
    }
    return;
  }
  if (func === null) return;
  try {
    decref(callDict(func, kwv, kwn));
  } finally {
    decref(func);
  }
}

/** solid_base: the class whose instance layout a class has (itself when it adds __slots__ members,
 * else its base's; a builtin type is its own). */
function solidBase(t: PyObject): PyObject {
  const h = heapOf(t);
  if (h === undefined) {
    // solid_base of a builtin type: itself if its layout adds to its base's (extra_ivars), else
    // its base's (most builtin exceptions share BaseException's)
    const b = heapInfo(t).base;
    if (b === null || t === T.object) return t;
    const sb = solidBase(b);
    const ti = heapInfo(t), sti = heapInfo(sb);
    return cpyBasicsize(t) !== cpyBasicsize(sb) || ti.itemsize !== sti.itemsize ? t : sb;
  }
  const ti = heapInfo(t);
  return ti.slotNames.length > h.slotStart ? t : solidBase(h.base);
}

/** best_base: the base with the most derived layout; unrelated layouts conflict. */
function bestBase(bases: PyObject[]): PyObject {
  let base: PyObject | null = null;
  let winner: PyObject | null = null;
  for (const b of bases) {
    if (!isType(b)) raise(T.TypeError, 'bases must be types');
    const bi = heapInfo(b);
    if (!bi.basetype) raise(T.TypeError, `type '${bi.name}' is not an acceptable base type`);
    if (bi.subclassStop !== null) throw new NotSimulated(`a subclass of ${bi.name}`, ST.line, bi.subclassStop);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (isSubtype(winner, candidate)) {
      // keep the winner
    } else if (isSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else raise(T.TypeError, 'multiple bases have instance lay-out conflict');
  }
  return base as PyObject;
}

/** The number slots fixupSlots fills (slot, method, reflected method). */
const NB_SLOTS: [string, string, string][] = [
  ['add', '__add__', '__radd__'], ['sub', '__sub__', '__rsub__'], ['mul', '__mul__', '__rmul__'],
  ['truediv', '__truediv__', '__rtruediv__'], ['floordiv', '__floordiv__', '__rfloordiv__'],
  ['mod', '__mod__', '__rmod__'], ['divmod', '__divmod__', '__rdivmod__'], ['pow', '__pow__', '__rpow__'], ['lshift', '__lshift__', '__rlshift__'],
  ['rshift', '__rshift__', '__rrshift__'], ['and', '__and__', '__rand__'], ['or', '__or__', '__ror__'],
  ['xor', '__xor__', '__rxor__'], ['matmul', '__matmul__', '__rmatmul__'],
];
const INPLACE_SLOTS: [string, string][] = [
  ['iadd', '__iadd__'], ['isub', '__isub__'], ['imul', '__imul__'], ['ior', '__ior__'], ['iand', '__iand__'], ['ixor', '__ixor__'],
  ['itruediv', '__itruediv__'], ['ifloordiv', '__ifloordiv__'], ['imod', '__imod__'], ['ipow', '__ipow__'],
  ['ilshift', '__ilshift__'], ['irshift', '__irshift__'], ['imatmul', '__imatmul__'],
];
const UNARY_SLOTS: [string, string][] = [['neg', '__neg__'], ['pos', '__pos__'], ['abs', '__abs__'], ['invert', '__invert__'], ['index', '__index__'], ['int', '__int__'], ['float', '__float__']];
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** The class's slot functions, from the dunder methods found along its MRO (typeobject.c
 * slotdefs / update_one_slot). Recomputed when a dunder is assigned on the class. */
export function fixupSlots(cls: PyObject): void {
  const ti = heapInfo(cls);
  const has = (name: string): boolean => {
    for (const t of ti.mro) {
      const bi = heapInfo(t);
      if (!bi.heap) return false;
      if (dictGetStr(bi.dict, name) !== null) return true;
    }
    return false;
  };
  // the dunder names the heap classes of the MRO define, gathered once for the decisions below
  // (the closures installed keep asking `has`, which sees later changes to the dicts)
  // A heap class after a builtin one in the MRO (IntEnum's Enum after int) counts for the names
  // the builtins before it do not define: CPython's slots find the first class whose dict has the
  // name (int has no __str__, so `class E(int, Enum)` takes Enum.__str__; its __repr__ is int's).
  const present = new Set<string>();
  const builtinNames = new Set<string>();
  for (const t of ti.mro) {
    const bi = heapInfo(t);
    if (!bi.heap && t === T.object) break;
    const ks = (bi.dict.v as DictData).ks;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === null || k.t !== T.str) continue;
      const s = k.v as string;
      if (s.charCodeAt(0) !== 95 || s.charCodeAt(1) !== 95) continue;
      if (!bi.heap) builtinNames.add(s);
      else if (!builtinNames.has(s)) present.add(s);
    }
  }
  const hasF = (name: string): boolean => present.has(name);
  const solidTi = ti.solid !== null ? heapInfo(ti.solid) : heapInfo(T.object);
  // a metaclass: its instances are classes, with type's attribute access (type_getattro)
  const typeSolid = ti.solid === T.type;
  ti.hasFinalizer = hasF('__del__');
  // slot_tp_repr / slot_tp_str return what the method returns: PyObject_Repr and PyObject_Str
  // check it (and name the one they called: str() of a class with only __repr__ reports
  // "__str__ returned non-string")
  ti.repr = hasF('__repr__') ? (o) => callSpecial(o, '__repr__', []) as PyObject : solidTi.repr;
  // without __str__ the base's tp_str is inherited: object_str (null here: it calls the class's
  // __repr__) or a builtin's own, such as BaseException_str, which a __repr__ does not replace
  const objectStr = heapInfo(T.object).str;
  ti.str = hasF('__str__') ? (o) => callSpecial(o, '__str__', []) as PyObject : hasF('__repr__') && (solidTi.str === null || solidTi.str === objectStr) ? null : solidTi.str;
  const hashDescr = hasF('__hash__') ? findInMro(ti, '__hash__') : null;
  if (hashDescr !== null && hashDescr.t === T.wrapper_descriptor && isSubtype(cls, (hashDescr.v as { owner: PyObject }).owner)) {
    // update_one_slot: a slot wrapper of a base's own slot (`__hash__ = str.__hash__`) puts
    // that C function itself in the slot (no call of the wrapper)
    ti.hash = heapInfo((hashDescr.v as { owner: PyObject }).owner).hash;
  } else if (hasF('__hash__')) {
    const h = hashDescr;
    ti.hash = h === S.None ? null : (o) => {
      const r = callSpecial(o, '__hash__', []) as PyObject;
      try {
        // slot_tp_hash: PyLong_Check (an int subclass too); a value outside Py_hash_t's range
        // (PyLong_AsSsize_t overflows) is hashed as an int is (long_hash); -1 becomes -2
        const v = asInt(r);
        if (v === null) raise(T.TypeError, '__hash__ method should return an integer');
        if (typeof v === 'number') return v === -1 ? -2 : v;
        if (v < -(1n << 63n) || v >= 1n << 63n) return intHash(v);
        return normHash(v);
      } finally {
        decref(r);
      }
    };
  } else ti.hash = solidTi.hash;
  const cmpNames = CMP_NAMES;
  if (cmpNames.some(hasF)) {
    const base = solidTi.richcompare;
    ti.richcompare = (a, b, op) => {
      const name = cmpNames[op];
      // (3.8/3.10: its name_op identifiers are decoded on first use)
      lazyIdentifier(name, 'name_op');
      // slot_tp_richcompare's lookup_maybe_method: a function, a builtin method or a slot wrapper
      // (Py_TPFLAGS_METHOD_DESCRIPTOR: object.__ne__, int.__lt__, ...) is called unbound — no
      // method object; a slot wrapper then gets its arguments as a tuple (_PyObject_MakeTpCall)
      const descr = typeLookup(a.t, name);
      if (descr !== null && (descr.t === T.function || descr.t === T.method_descriptor || descr.t === T.wrapper_descriptor)) {
        descr.rc++;
        try {
          return call(descr, [a, b]);
        } finally {
          decref(descr);
        }
      }
      const m = lookupSpecial(a, name);
      // a Python method, or a builtin one that a class of the MRO defines itself (a heap base
      // such as Counter); a builtin type's own comparison is its slot (the base below)
      if (m !== null && (!(m.t === T.builtin_function || m.t === T.method_descriptor || m.t === T.method_wrapper || (m.t === T.method && (m.v as PyObject).t !== T.function)) || definedByHeapType(a.t, name))) {
        try {
          return call(m, [b]);
        } finally {
          decref(m);
        }
      }
      if (m !== null) decref(m);
      if (op === Py_NE && has('__eq__')) {
        // object.__ne__: the inverse of __eq__ unless it is NotImplemented
        const r = callSpecial(a, '__eq__', [b]) as PyObject;
        if (r === S.NotImplemented) return r;
        const t = truthy(r);
        decref(r);
        return newBool(!t);
      }
      return base !== null ? base(a, b, op) : notImpl();
    };
  } else ti.richcompare = solidTi.richcompare;
  ti.len = hasF('__len__') ? (o) => lenResult(callSpecial(o, '__len__', []) as PyObject) : solidTi.len;
  ti.bool = hasF('__bool__') ? (o) => {
    const r = callSpecial(o, '__bool__', []) as PyObject;
    if (r.t !== T.bool) {
      decref(r);
      raise(T.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    }
    const v = r === S.True;
    decref(r);
    return v;
  } : solidTi.bool;
  ti.getitem = hasF('__getitem__') ? (o, k) => callSpecial(o, '__getitem__', [k]) as PyObject : solidTi.getitem;
  ti.setitem = hasF('__setitem__') || hasF('__delitem__') ? (o, k, v) => {
    const r = v === null ? callSpecial(o, '__delitem__', [k]) : callSpecial(o, '__setitem__', [k, v]);
    if (r === null) raise(T.AttributeError, v === null ? '__delitem__' : '__setitem__');
    decref(r);
  } : solidTi.setitem;
  ti.contains = hasF('__contains__') ? (o, v) => {
    const r = callSpecial(o, '__contains__', [v]) as PyObject;
    const t = truthy(r);
    decref(r);
    return t;
  } : (hasF('__iter__') ? null : solidTi.contains);
  ti.iter = hasF('__iter__') ? (o) => {
    const r = callSpecial(o, '__iter__', []) as PyObject;
    if ((r.t.v as TypeInfo).next === null) {
      const tn = typeName(r);
      decref(r);
      raise(T.TypeError, `iter() returned non-iterator of type '${tn}'`);
    }
    return r;
  } : solidTi.iter;
  ti.next = hasF('__next__') ? Object.assign((o: PyObject) => {
    try {
      return callSpecial(o, '__next__', []) as PyObject;
    } catch (e) {
      if (e instanceof PyErr && isSubtype(e.exc.t, T.StopIteration)) {
        decref(e.exc);
        return null;
      }
      throw e;
    }
  }, {
    // slot_tp_iternext as it is: the StopIteration __next__ raised is still set when it returns
    // NULL (builtin next() without a default lets that exception propagate)
    raw: (o: PyObject) => callSpecial(o, '__next__', []) as PyObject,
  }) : solidTi.next;
  ti.call = hasF('__call__') ? (o, args, kw) => callSlotMethod(o, '__call__', args, kw) : solidTi.call;
  ti.descrGet = hasF('__get__') ? (d, obj, type) => callSpecial(d, '__get__', [obj ?? S.None, type]) as PyObject : null;
  ti.descrSet = hasF('__set__') || hasF('__delete__') ? (d, obj, v) => {
    const r = v === null ? callSpecial(d, '__delete__', [obj]) : callSpecial(d, '__set__', [obj, v]);
    if (r === null) raise(T.AttributeError, v === null ? '__delete__' : '__set__');
    decref(r);
  } : null;
  if (hasF('__getattr__') || hasF('__getattribute__')) {
    // slot_tp_getattr_hook's call_attribute: up to 3.11 the method is bound first (its
    // tp_descr_get: a bound method holds self during the call); 3.12+ calls a function unbound
    const callAttribute = (o: PyObject, attr: string, n: PyObject): PyObject | null => {
      if (P.minor >= 12) return callSpecial(o, attr, [n]);
      const m = lookupSpecial(o, attr);
      if (m === null) return null;
      try {
        return call(m, [n]);
      } finally {
        decref(m);
      }
    };
    ti.getattr = (o, name) => {
      let r: PyObject | null = null;
      if (has('__getattribute__')) {
        const n = attrNameObject(name);
        try {
          // (without __getattr__ it is slot_tp_getattro, which calls it unbound on every version)
          r = has('__getattr__') ? callAttribute(o, '__getattribute__', n) : callSpecial(o, '__getattribute__', [n]);
        } catch (e) {
          if (!(e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError) && has('__getattr__'))) throw e;
          decref(e.exc);
          r = null;
        } finally {
          decref(n);
        }
        if (r !== null) return r;
      } else {
        r = typeSolid ? typeGetAttr(o, name) : instanceGetAttr(o, name);
        if (r !== null) return r;
      }
      const n = attrNameObject(name);
      try {
        return callAttribute(o, '__getattr__', n);
      } finally {
        decref(n);
      }
    };
  } else ti.getattr = typeSolid ? typeGetAttr : instanceGetAttr;
  if (hasF('__setattr__') || hasF('__delattr__')) {
    ti.setattr = (o, name, v) => {
      const n = attrNameObject(name);
      try {
        const r = v === null ? callSpecial(o, '__delattr__', [n]) : callSpecial(o, '__setattr__', [n, v]);
        if (r === null) (typeSolid ? typeSetAttr : instanceSetAttr)(o, name, v);
        else decref(r);
      } finally {
        decref(n);
      }
    };
  } else ti.setattr = typeSolid ? typeSetAttr : instanceSetAttr;
  for (const [slot, l, r] of NB_SLOTS) {
    if (hasF(l) || hasF(r)) (ti.nb as any)[slot] = binSlot(cls, l, r);
    else (ti.nb as any)[slot] = (solidTi.nb as any)[slot];
  }
  for (const [slot, name] of INPLACE_SLOTS) {
    if (hasF(name)) (ti.nb as any)[slot] = (a: PyObject, b: PyObject) => callSpecial(a, name, [b]) as PyObject;
    else (ti.nb as any)[slot] = (solidTi.nb as any)[slot];
  }
  for (const [slot, name] of UNARY_SLOTS) {
    if (hasF(name)) (ti.nb as any)[slot] = (a: PyObject) => callSpecial(a, name, []) as PyObject;
    else (ti.nb as any)[slot] = (solidTi.nb as any)[slot];
  }
  ti.init = hasF('__init__') ? (self, args, kw) => {
    const r = callSlotMethod(self, '__init__', args, kw);
    if (r !== S.None) {
      const tn = typeName(r);
      decref(r);
      raise(T.TypeError, `__init__() should return None, not '${tn}'`);
    }
    decref(r);
  } : solidTi.init;
  const solidNew = solidTi.new;
  const valueSolid = ti.solid === T.int || ti.solid === T.float || ti.solid === T.str || ti.solid === T.tuple || ti.solid === T.bytes || ti.solid === T.complex;
  ti.new = hasF('__new__') ? (type, args, kw) => {
    // slot_tp_new: type.__new__ (the function a staticmethod holds), called with the class
    // prepended (_PyObject_Call_Prepend)
    const f = findInMro(ti, '__new__') as PyObject;
    const fn = f.t === T.staticmethod ? (f.v as PyObject) : f;
    fn.rc++;
    try {
      return callPrepend(fn, type, args, kw);
    } finally {
      decref(fn);
    }
  } : ti.solid !== null && valueSolid && solidNew !== null ? (type, args, kw) => {
    // a subclass of an immutable builtin: build the base value, then an instance of `type` with it
    return solidSubtypeInstance(type, solidNew(ti.solid as PyObject, args, kw));
  } : ti.solid !== null ? solidTi.new : objectNew((type, args, kw) => {
    // object_new: excess arguments are an error unless __init__ is overridden
    if ((args.length > 0 || (kw && kw.length > 0)) && !has('__init__')) {
      raise(T.TypeError, P.minor >= 10 ? `${heapInfo(type).name}() takes no arguments` : `${heapInfo(type).name}() takes no arguments`);
    }
    checkAbstract(type);
    return allocInstance(type);
  });
  typeModified(ti);
}

/** The tp_new functions that stand for object_new in classes (object_init checks for it). */
const OBJECT_NEW = new WeakSet<NonNullable<TypeInfo['new']>>();
function objectNew(f: NonNullable<TypeInfo['new']>): NonNullable<TypeInfo['new']> {
  OBJECT_NEW.add(f);
  return f;
}

/** lookup_method + the call slot_tp_init / slot_tp_call make with the tp_call arguments (the
 * keywords held by the caller's dict): a function or method descriptor found on the type is
 * called unbound with `self` prepended (_PyObject_Call_Prepend); anything else is bound by its
 * __get__ and called with the arguments as they are (PyObject_Call). */
function callSlotMethod(self: PyObject, name: string, args: PyObject[], kw: string[] | null): PyObject {
  const descr = typeLookup(self.t, name);
  if (descr === null) raise(T.AttributeError, name);
  if (descr.t === T.function || descr.t === T.method_descriptor) {
    descr.rc++;
    try {
      return callPrepend(descr, self, args, kw);
    } finally {
      decref(descr);
    }
  }
  const dti = descr.t.v as TypeInfo;
  const m = dti.descrGet !== null ? dti.descrGet(descr, self, self.t) : incref(descr);
  try {
    return callObjectDict(m, args, kw);
  } finally {
    decref(m);
  }
}

recursionHooks.isListSubtype = (o) => isSubtype(o.t, T.list);
recursionHooks.isType = (o) => isType(o);
// get_init_for_simple_managed_python_class (3.13): object's __new__, __init__ a Python function
// without *args, **kwargs or keyword-only parameters, taking exactly the arguments given
recursionHooks.allocInit = (t, nargs) => {
  if (t.t !== T.type) return false;
  const ti = heapInfo(t);
  if (!ti.heap || ti.new === null || !OBJECT_NEW.has(ti.new)) return false;
  // Py_TPFLAGS_INLINE_VALUES: a managed dict, no __slots__ and no builtin base's fields
  if (!ti.hasDict || ti.itemsize !== 0 || ti.basicsize() !== 16) return false;
  const init = findInMro(ti, '__init__');
  if (init === null || init.t !== T.function) return false;
  const code = (init.v as { code: { argcount: number; kwonlyargcount: number; flags: number } }).code;
  return (code.flags & 0xc) === 0 && code.kwonlyargcount === 0 && code.argcount === nargs + 1;
};

// callSpecial with keywords (for __init__)
function callSpecialWithKw(o: PyObject, name: string, args: PyObject[], kw?: string[] | null): PyObject | null {
  return callSpecial(o, name, args, kw ?? null);
}
export { callSpecialWithKw };

/** The first class of the MRO whose dict has `name` is a heap type. */
function definedByHeapType(t: PyObject, name: string): boolean {
  for (const c of heapInfo(t).mro) if (dictGetStr(heapInfo(c).dict, name) !== null) return heapInfo(c).heap;
  return false;
}

/** function_kind == SIMPLE_FUNCTION with co_argcount 1: no *args, **kwargs or keyword-only
 * parameters. */
function simpleOneArg(f: PyObject): boolean {
  const c = (f.v as FuncData).code;
  return c.argcount === 1 && c.kwonlyargcount === 0 && (c.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
}

/** The type's tp_getattro is PyObject_GenericGetAttr: no Python __getattribute__ or __getattr__. */
function genericAttrLookup(t: PyObject): boolean {
  if (typeLookup(t, '__getattr__') !== null) return false;
  const ga = typeLookup(t, '__getattribute__');
  return ga === null || ga.t === T.wrapper_descriptor;
}

function findInMro(ti: TypeInfo, name: string): PyObject | null {
  for (const t of ti.mro) {
    const v = dictGetStr(heapInfo(t).dict, name);
    if (v !== null) return v;
  }
  return null;
}

/** slot_sq_length's result: PyNumber_Index (an int subclass, an object with __index__), a
 * negative value's ValueError, then PyNumber_AsSsize_t(res, OverflowError). */
function lenResult(r: PyObject): number {
  let i: PyObject;
  try {
    i = pyIndex(r);
  } finally {
    decref(r);
  }
  try {
    const v = i.v as number | bigint;
    if (v < 0) raise(T.ValueError, '__len__() should return >= 0');
    if (typeof v === 'bigint') {
      if (v >= 1n << 63n) raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
      throw new NotSimulated(`a __len__() of ${v}`, ST.line, 'HeapLens keeps lengths below 2**53');
    }
    return v;
  } finally {
    decref(i);
  }
}

/** SLOT1BINFULL: a.__op__(b), then b.__rop__(a) when b's type overrides it. */
function binSlot(cls: PyObject, l: string, r: string) {
  return (a: PyObject, b: PyObject): PyObject => {
    const doOther = a.t !== b.t && typeLookup(b.t, r) !== null && isSubtype(b.t, cls);
    if (isSubtype(a.t, cls) && typeLookup(a.t, l) !== null) {
      if (doOther && isSubtype(b.t, a.t) && typeLookup(b.t, r) !== typeLookup(a.t, r)) {
        const x = callSpecial(b, r, [a]) as PyObject;
        if (x !== S.NotImplemented) return x;
        decref(x);
      }
      const x = callSpecial(a, l, [b]) as PyObject;
      if (x !== S.NotImplemented || a.t === b.t) return x;
      decref(x);
    }
    if (doOther || (isSubtype(b.t, cls) && typeLookup(b.t, r) !== null)) {
      return callSpecial(b, r, [a]) as PyObject;
    }
    return notImpl();
  };
}

// ---------------------------------------------------------------- type and object

/** The members and getsets of `type` itself (type_members / type_getsets): data descriptors
 * on the metatype, so they win over a class's own dict. */
const TYPE_DATA_ATTRS = new Set([
  '__dict__', '__mro__', '__bases__', '__base__', '__name__', '__qualname__', '__module__', '__doc__',
  '__basicsize__', '__itemsize__', '__dictoffset__', '__weakrefoffset__', '__abstractmethods__',
]);

/** The classes with Py_TPFLAGS_IS_ABSTRACT set: type_set_abstractmethods sets it when a truthy
 * `__abstractmethods__` is assigned (abc's _abc_init does), clears it otherwise; it is not
 * inherited. object_new refuses to make their instances. */
const ABSTRACT = new WeakSet<PyObject>();

/** type_set_abstractmethods: the value stored in (or deleted from) the class's dict under
 * `__abstractmethods__`, the abstract flag from its truth. */
export function setAbstractMethods(t: PyObject, v: PyObject | null): void {
  const ti = heapInfo(t);
  let abstract = false;
  if (v !== null) {
    abstract = truthy(v);
    dictSetStr(ti.dict, '__abstractmethods__', v);
  } else if (!dictDelStr(ti.dict, '__abstractmethods__')) raiseAttrName('__abstractmethods__');
  typeModified(ti);
  if (abstract) ABSTRACT.add(t);
  else ABSTRACT.delete(t);
}

/** object_new's check of Py_TPFLAGS_IS_ABSTRACT: the TypeError naming the sorted abstract
 * methods, worded per version (3.8 always "methods"; 3.10/3.11 singular for one; 3.12+ "without
 * an implementation for" with the names quoted). */
function checkAbstract(type: PyObject): void {
  if (!ABSTRACT.has(type)) return;
  const ti = heapInfo(type);
  const am = dictGetStr(ti.dict, '__abstractmethods__');
  if (am === null) raiseAttrName('__abstractmethods__');
  const sorted = sequenceList(am as PyObject);
  let names: string[];
  try {
    const items = sorted.v as PyObject[];
    if (items.some((x) => x.t !== T.str)) throw new NotSimulated(`instantiating an abstract class whose __abstractmethods__ holds something other than str`, ST.line);
    names = items.map((x) => x.v as string).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } finally {
    decref(sorted);
  }
  if (names.some((n) => /[\ud800-\udfff]/.test(n))) throw new NotSimulated('sorting abstract method names with astral characters', ST.line);
  const s = names.length > 1 ? 's' : '';
  const m = P.minor;
  if (m >= 12) raise(T.TypeError, `Can't instantiate abstract class ${ti.name} without an implementation for abstract method${s} '${names.join("', '")}'`);
  raise(T.TypeError, `Can't instantiate abstract class ${ti.name} with abstract method${m >= 10 ? s : 's'} ${names.join(', ')}`);
}

function typeGetAttr(t: PyObject, name: string): PyObject | null {
  const ti = heapInfo(t);
  if (ti.foreign !== null && (ti.foreign.classAttrs !== null ? !ti.foreign.classAttrs.has(name) : ti.foreign.blocked.has(name))) foreignStop(t, `${ti.foreign.what}.${name}`);
  // (a builtin type's own dict can hold such names too: method-wrapper's __name__ getset; and a
  // base's can: BaseException's __dict__ getset is for instances, Exception.__dict__ is still
  // the metatype's data descriptor, the mappingproxy)
  if (name.charCodeAt(0) === 95 && TYPE_DATA_ATTRS.has(name) && (ti.heap || name === '__abstractmethods__' || typeLookup(t, name) !== null)) return typeSpecialAttr(t, name);
  const meta = t.t;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== null) {
    const mti = metaAttr.t.v as TypeInfo;
    if (mti.descrGet !== null && mti.descrSet !== null) return descrGetHeld(mti, metaAttr, t, meta);
  }
  const attr = typeLookup(t, name);
  if (attr !== null) {
    const ati = attr.t.v as TypeInfo;
    if (ati.descrGet !== null) return descrGetHeld(ati, attr, null, t);
    attr.rc++;
    return attr;
  }
  if (metaAttr !== null) {
    const mti = metaAttr.t.v as TypeInfo;
    if (mti.descrGet !== null) return descrGetHeld(mti, metaAttr, t, meta);
    metaAttr.rc++;
    return metaAttr;
  }
  return typeSpecialAttr(t, name);
}

/** descr_repr(descr, format): PyUnicode_FromFormat(format, d_name, tp_name). */
export function descrRepr(format: string, name: string, owner: PyObject): PyObject {
  const n = identifier(name);
  try {
    return fromFormat(format, [n, heapInfo(owner).name]);
  } finally {
    decref(n);
  }
}

/** A builtin type's tp_mro / tp_bases: tuples PyType_Ready made at start-up (one each, kept). */
const builtinTypeTuples = new Map<PyObject, { mro?: PyObject; bases?: PyObject }>();
export function resetBuiltinTypeTuples(): void {
  builtinTypeTuples.clear();
}
function builtinTypeTuple(t: PyObject, which: 'mro' | 'bases'): PyObject {
  let e = builtinTypeTuples.get(t);
  if (e === undefined) {
    e = {};
    builtinTypeTuples.set(t, e);
  }
  let o = e[which];
  if (o === undefined) {
    const ti = heapInfo(t);
    o = new PyObject(T.tuple, (which === 'mro' ? ti.mro : ti.bases).map((x) => incref(x)), null, F_RUNTIME);
    makeStatic(o, 1);
    e[which] = o;
  }
  return incref(o);
}

function typeSpecialAttr(t: PyObject, name: string): PyObject | null {
  const ti = heapInfo(t);
  const h = ti.heap ? heapOf(t) : undefined;
  switch (name) {
    case '__name__':
      if (h !== undefined) return incref(h.name);
      return newStr(ti.name.includes('.') && !ti.heap ? ti.name.slice(ti.name.lastIndexOf('.') + 1) : ti.name);
    case '__qualname__': return h !== undefined && h.qualname !== null ? incref(h.qualname) : newStr(ti.qualname);
    case '__module__': {
      if (h !== undefined) {
        const m = dictGetStr(ti.dict, '__module__');
        if (m === null) raise(T.AttributeError, '__module__');
        return incref(m);
      }
      // type_module of a builtin type: 'builtins' (an identifier), or tp_name's dotted prefix as
      // a new str, interned (the interned equal one if there is one)
      if (!ti.name.includes('.')) return identifier('builtins');
      return internInPlace(newStr(ti.name.slice(0, ti.name.lastIndexOf('.'))), false);
    }
    case '__mro__': return h !== undefined && h.mro !== null ? incref(h.mro) : builtinTypeTuple(t, 'mro');
    case '__bases__': return h !== undefined ? incref(h.bases) : builtinTypeTuple(t, 'bases');
    case '__base__': return ti.base ? incref(ti.base) : (S.None.rc++, S.None);
    case '__dict__': {
      const mp = newMappingProxy(ti.dict);
      // a builtin type's: its entries are checked against CPython's recorded names when used
      if (!ti.heap) mp.d = t;
      return mp;
    }
    // (type's basicsize here counts a class's default cached keys too: its __basicsize__ is
    // sizeof(PyHeapTypeObject), for a metaclass as well, whose nonempty __slots__ type refuses)
    case '__basicsize__': return newInt(t === T.type || isSubtype(t, T.type) ? heapTypeStructSize() : h !== undefined ? ti.basicsize() : cpyBasicsize(t));
    case '__itemsize__': {
      const lay = h === undefined ? builtinLayout(t) : null;
      return newInt(lay !== null ? lay[0] : ti.itemsize);
    }
    case '__dictoffset__': return newInt(dictOffset(t));
    case '__weakrefoffset__': return newInt(weakrefOffset(t));
    case '__doc__': {
      if (h !== undefined) {
        const doc = dictGetStr(ti.dict, '__doc__');
        if (doc === null) return incref(S.None);
        const dti = doc.t.v as TypeInfo;
        return dti.descrGet !== null ? dti.descrGet(doc, null, t) : incref(doc);
      }
      // type_get_doc: a builtin type's tp_doc, text HeapLens does not carry (but for a few)
      const doc = dictGetStr(ti.dict, '__doc__');
      if (doc !== null && doc.t === T.str) return incref(doc);
      throw new NotSimulated(`the docstring of the builtin type '${ti.name}'`, ST.line);
    }
    case '__class__': t.t.rc++; return t.t;
    case '__abstractmethods__': {
      // type_abstractmethods: the class's own dict entry (never `type`'s), else AttributeError
      const v = t !== T.type ? dictGetStr(ti.dict, name) : null;
      if (v === null) raiseAttrName(name);
      return incref(v as PyObject);
    }
  }
  return null;
}

/** tp_dictoffset as `__dictoffset__` shows it. */
/** tp_itemsize, tp_dictoffset and tp_weaklistoffset of builtin types whose instances HeapLens
 * lays out otherwise (measured on each version): functions, code, frames, generators, methods,
 * modules, memoryview, staticmethod/classmethod and functools.partial. */
function builtinLayout(t: PyObject): [number, number, number] | null {
  switch (heapInfo(t).name) {
    case 'functools.partial': return [0, 40, 48];
    case 'memoryview': return [8, 0, 136];
    case 'generator': return P.minor === 8 ? [0, 0, 40] : P.minor === 10 ? [0, 0, 32] : P.minor === 11 ? [8, 0, 24] : [8, 0, 16];
    case 'function': return P.minor === 8 ? [0, 72, 80] : [0, 88, 96];
    case 'method': return [0, 0, 32];
    case 'builtin_function_or_method': return [0, 0, 40];
    case 'staticmethod': case 'classmethod': return [0, 24, 0];
    case 'code': return P.minor <= 10 ? [0, 0, 136] : [2, 0, 144];
    case 'module': return [0, 16, 40];
    case 'frame': return [8, 0, 0];
    case 'itertools._tee': case '_tee': return [0, 0, 32];
  }
  return null;
}

function dictOffset(t: PyObject): number {
  const h = heapOf(t);
  if (h === undefined) {
    const lay = builtinLayout(t);
    if (lay !== null) return lay[1];
    if (t === T.BaseException || isSubtype(t, T.BaseException)) return 16;
    if (heapInfo(t).name === 'collections.OrderedDict') return 96;
    if (t === T.type) return 264;
    return 0;
  }
  if (!h.addDict) return dictOffset(h.base);
  const ti = heapInfo(t);
  if (P.minor >= 12 || (P.minor === 11 && h.managedDict)) return P.minor >= 12 ? -1 : -(ti.basicsize() + 24);
  if (isVarSized(h.base)) return -8;
  return cpyBasicsize(h.base) + 8 * (ti.slotNames.length - h.slotStart);
}

/** tp_weaklistoffset as `__weakrefoffset__` shows it. */
function weakrefOffset(t: PyObject): number {
  const h = heapOf(t);
  if (h === undefined) {
    const lay = builtinLayout(t);
    if (lay !== null) return lay[2];
    const name = heapInfo(t).name;
    if (t === T.set || t === T.frozenset) return 192;
    if (t === T.type) return 368;
    if (name === 'collections.deque') return P.minor >= 11 ? 208 : 72;
    if (name === 'collections.OrderedDict') return 104;
    if (name === 'array.array') return 48;
    return 0;
  }
  if (!h.addWeak) return weakrefOffset(h.base);
  if (P.minor >= 12) return -32;
  const ti = heapInfo(t);
  return ti.basicsize() - 8;
}

/** A mappingproxy over a type's dict (PyDictProxy_New): a GC object holding the mapping. */
export function newMappingProxy(d: PyObject): PyObject {
  d.rc++;
  const o = new PyObject(T.mappingproxy, d, null, F_GC);
  allocBlock(o, 40);
  gcAllocHook();
  gcTrack(o);
  return o;
}

/** Kept for init.ts: class `__dict__` is a mappingproxy made here. */
export function setMappingProxy(_f: (d: PyObject) => PyObject): void {}

function typeSetAttr(t: PyObject, name: string, v: PyObject | null): void {
  const ti = heapInfo(t);
  if (!ti.heap) raise(T.TypeError, P.minor >= 10 ? `cannot set '${name}' attribute of immutable type '${ti.name}'` : `can't set attributes of built-in/extension type '${ti.name}'`);
  const h = heapOf(t) as HeapType;
  if (name === '__name__' || name === '__qualname__') {
    if (v === null || (v.t !== T.str && !isSubtype(v.t, T.str))) {
      // check_set_special_type_attr: 3.10+ says "immutable type" for every class
      const del = P.minor >= 10 ? `cannot delete '${name}' attribute of immutable type '${ti.name}'` : `can't delete ${ti.name}.${name}`;
      raise(T.TypeError, v === null ? del : `can only assign string to ${ti.name}.${name}, not '${typeName(v)}'`);
    }
    if (name === '__name__') {
      // type_set_name: tp_name is the new name's UTF-8 form (PyUnicode_AsUTF8AndSize)
      cacheUtf8(v);
      if ((v.v as string).includes('\0')) raise(T.ValueError, 'type name must not contain null characters');
      const old = h.name;
      h.name = incref(v);
      ti.name = v.v as string;
      decref(old);
    } else {
      const old = h.qualname;
      h.qualname = incref(v);
      ti.qualname = v.v as string;
      xdecref(old);
    }
    return;
  }
  if (name === '__bases__') throw new NotSimulated('assigning __bases__', ST.line);
  if (name === '__abstractmethods__') {
    setAbstractMethods(t, v);
    return;
  }
  if (TYPE_DATA_ATTRS.has(name) && name !== '__module__' && name !== '__doc__') {
    raise(T.AttributeError, name === '__dict__' ? `attribute '__dict__' of 'type' objects is not writable` : 'readonly attribute');
  }
  const descr = typeLookup(t.t, name);
  if (descr !== null && (descr.t.v as TypeInfo).descrSet !== null) {
    ((descr.t.v as TypeInfo).descrSet as NonNullable<TypeInfo['descrSet']>)(descr, t, v);
    return;
  }
  if (v === null) {
    if (!dictDelStr(ti.dict, name)) {
      if (P.minor >= 11) raise(T.AttributeError, `type object '${ti.name}' has no attribute '${name}'`);
      raiseAttrName(name);
    }
  } else dictSetStr(ti.dict, name, v);
  if (name.startsWith('__') && name.endsWith('__')) {
    fixupSlots(t);
    // subclasses see the change too
  }
  typeModified(ti);
}

/** Classes built at run time in place of Python code CPython runs (namedtuple's: functions,
 * code objects, closures and cells there, builtins here), by name: when one dies, what it
 * releases is not CPython's. */
export const runtimeBuiltClasses = new WeakMap<PyObject, string>();

function noteRuntimeClassDeath(t: PyObject): void {
  const name = runtimeBuiltClasses.get(t);
  if (name !== undefined) R.gcFreedUnsimulated = name;
}

/** type_dealloc: unlink from the bases' subclass lists, clear weak references, release what the
 * class owns in CPython's order, free the block. */
function typeDealloc(t: PyObject): void {
  noteRuntimeClassDeath(t);
  const ti = heapInfo(t);
  const h = heapOf(t) as HeapType;
  gcUntrack(t);
  for (const b of h.bases.v as PyObject[]) removeSubclass(b, t);
  clearWeakrefs(t);
  decref(h.base);
  const d = ti.dict;
  if (d) decref(d);
  decref(h.bases);
  if (h.mro !== null) {
    const m = h.mro;
    h.mro = null;
    decref(m);
  }
  if (h.subclasses !== null) {
    const s = h.subclasses;
    h.subclasses = null;
    decref(s);
  }
  if (h.docAddr !== 0) freeBuffer(h.docAddr, h.docBytes);
  h.docAddr = 0;
  decref(h.name);
  xdecref(h.qualname);
  xdecref(h.slots);
  if (P.instanceLayout === 'dict') dropCachedKeys(heapInfo(t), h);
  else if (h.keysAddr !== 0) freeCachedKeys(h.keysAddr, h.keysBytes);
  h.keysAddr = 0;
  heapTypes.delete(t);
  freeBlock(t, h.blockBytes);
  gcCountFree();
}

/** type_traverse (heap types): the dict, the MRO, the bases and the base. */
function typeTraverse(t: PyObject, visit: Visit): void {
  const ti = heapInfo(t);
  if (!ti.heap) return;
  const h = heapOf(t);
  if (ti.dict) visit(ti.dict);
  if (h === undefined) return;
  if (h.mro !== null) visit(h.mro);
  visit(h.bases);
  visit(h.base);
}

/** type_clear: (3.8/3.10: the cached keys,) the dict's contents, then the MRO, which is the
 * hard cycle through the class. */
function typeClear(t: PyObject): void {
  noteRuntimeClassDeath(t);
  const ti = heapInfo(t);
  const h = heapOf(t);
  if (!ti.heap || h === undefined) return;
  typeModified(ti);
  if (P.minor < 11) dropCachedKeys(ti, h);
  if (ti.dict) dictClear(ti.dict);
  if (h.mro !== null) {
    const m = h.mro;
    h.mro = null;
    decref(m);
  }
}

/** Something about a class whose metaclass and bases HeapLens does not have (TypeInfo.foreign). */
export function foreignStop(cls: PyObject, what: string): never {
  const f = (cls.v as TypeInfo).foreign as ForeignClass;
  throw new NotSimulated(what, ST.line, f.why);
}

/** type(x) of a builtin standing in for a Python function (Counter's and namedtuple's methods):
 * CPython's answer is `function` (or `method`). */
function guardStandInType(x: PyObject): void {
  if (isType(x) && (x.v as TypeInfo).foreign?.abc) foreignStop(x, `type() of ${((x.v as TypeInfo).foreign as ForeignClass).what}`);
  const dg = (x.t.v as TypeInfo).disguise;
  if (dg !== null) throw new NotSimulated(`type() of ${dg.what}`, ST.line, `HeapLens's object stands in for CPython's ${(dg.real.v as TypeInfo).name}, which it is not`);
  const mod = pythonStandInTypes.get(x.t);
  if (mod !== undefined) throw new NotSimulated(`type() of a function ${mod} defines in Python`, ST.line, `HeapLens runs ${mod}'s Python code as TypeScript; CPython's answer is the function type`);
  // (stand-ins are builtin functions and method descriptors; other payloads are not read)
  if (x.t !== T.builtin_function && x.t !== T.method_descriptor && x.t !== T.classmethod_descriptor) return;
  if (x.v !== null && typeof x.v === 'object' && pythonStandIns.has(x.v as object)) {
    throw new NotSimulated(`type() of ${x.t === T.builtin_function ? 'a bound method' : 'a function'} the standard library defines in Python`, ST.line);
  }
}

/** type.__call__ (tp_call of every class): tp_new, then tp_init if the result is an instance.
 * Classes without vectorcall receive their arguments as a tuple (and a dict for keywords) from
 * _PyObject_MakeTpCall; `type` itself has a vectorcall from 3.10 (type_vectorcall), which
 * answers type(x) and otherwise packs them the same way. */
function typeCall(t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const ti = heapInfo(t);
  if (t === T.type && ti.vectorcall) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos === 1) {
      if (nkw > 0) raise(T.TypeError, 'type() takes no keyword arguments');
      guardStandInType(args[0]);
      args[0].t.rc++;
      return args[0].t;
    }
    const tuple = newTuple(args.slice(0, npos).map((x) => incref(x)));
    const kwd = nkw > 0 ? stackAsDict(args.slice(npos), kwnames as string[], null) : null;
    try {
      return typeCallNew(t, ti, args, kwnames);
    } finally {
      decref(tuple);
      if (kwd !== null) decref(kwd);
    }
  }
  return typeCallNew(t, ti, args, kwnames);
}

/** Builtin types whose tp_new/tp_init parse keyword arguments with Argument Clinic's cached
 * _PyArg_Parser (dict(), zip(strict=) and the others keep nothing). */
const CLINIC_KW_TYPES = new Set(['enumerate', 'int', 'str', 'bytes', 'bytearray', 'complex', 'memoryview', 'property', 'float', 'bool']);

/** type_call */
function typeCallNew(t: PyObject, ti: TypeInfo, args: PyObject[], kwnames: string[] | null): PyObject {
  if (t === T.type) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos === 1 && nkw === 0) {
      guardStandInType(args[0]);
      args[0].t.rc++;
      return args[0].t;
    }
    if (npos !== 3) raise(T.TypeError, 'type() takes 1 or 3 arguments');
  }
  if (ti.new === null) raise(T.TypeError, `cannot create '${ti.name}' instances`);
  // keywords reach the argument parser of the builtin tp_new/tp_init the type uses
  const withKw = kwnames !== null && kwnames.length > 0;
  if (withKw) {
    typeParserInit(t);
    if (!ti.heap && P.minor <= 11 && CLINIC_KW_TYPES.has(ti.name)) keywordCall(`${ti.name}()`);
    else if (ti.heap && P.minor <= 11) {
      // a subclass's call reaches its builtin base's parser (whose keyword names HeapLens makes
      // as new strings where CPython's start-up may have interned them)
      const key = typeParserKey(t);
      if (key !== null) keywordCall(`${key} through a subclass`);
    }
  }
  let obj: PyObject;
  try {
    obj = ti.new(t, args, kwnames);
  } catch (e) {
    if (!withKw) failedTypeCall(t, e);
    throw e;
  }
  if (!isSubtype(obj.t, t)) return obj;
  const oti = heapInfo(obj.t);
  if (oti.init !== null) {
    try {
      oti.init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      if (!withKw) failedTypeCall(t, e);
      throw e;
    }
  }
  return obj;
}

/** type.__new__(metatype, name, bases, dict, **kwds) (type_new): the arguments checked as
 * PyArg_ParseTuple("UO!O!:type.__new__") does, the most derived metaclass of the bases found
 * (a different one with its own __new__ gets the call), then the class made; the keywords go
 * on to __init_subclass__. */
function typeNewSlot(meta: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (P.minor < 10 && meta === T.type) {
    // 3.8: type(x) and the argument count are also answered here (type.__new__(type, x))
    if (npos === 1 && nkw === 0) {
      args[0].t.rc++;
      return args[0].t;
    }
    if (npos !== 3) raise(T.TypeError, 'type() takes 1 or 3 arguments');
  }
  if (npos !== 3) raise(T.TypeError, `type.__new__() takes exactly 3 arguments (${npos} given)`);
  const [name, bases, ns] = args;
  const what = (i: number, want: string, o: PyObject): never => raise(T.TypeError, `type.__new__() argument ${i} must be ${want}, not ${typeName(o)}`);
  if (name.t !== T.str && !isSubtype(name.t, T.str)) what(1, 'str', name);
  if (bases.t !== T.tuple && !isSubtype(bases.t, T.tuple)) what(2, 'tuple', bases);
  if (ns.t !== T.dict && !isSubtype(ns.t, T.dict)) what(3, 'dict', ns);
  const given = bases.v as PyObject[];
  if (given.length > 0) {
    for (const b of given) {
      if (isType(b)) continue;
      const m = getAttrOpt(b, '__mro_entries__');
      if (m !== null) {
        decref(m);
        raise(T.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
    const winner = calculateMetaclass(meta, given);
    if (winner !== meta) {
      const wnew = heapInfo(winner).new;
      if (wnew !== typeNewSlot) {
        if (wnew === null) raise(T.TypeError, `cannot create '${heapInfo(winner).name}' instances`);
        return wnew(winner, args, kw);
      }
      meta = winner;
    }
  }
  return typeNewImpl(meta, name, bases, ns, args.slice(npos), kw);
}

/** type.__init__ (type_init): only the argument count is checked. */
function typeInitSlot(_cls: PyObject, args: PyObject[], kw: string[] | null): void {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (nkw > 0 && npos === 1) raise(T.TypeError, 'type.__init__() takes no keyword arguments');
  if (npos !== 1 && npos !== 3) raise(T.TypeError, 'type.__init__() takes 1 or 3 arguments');
}

/** Whether instances of builtin type `t` are made by building the value first (int, float, str,
 * tuple, bytes, complex): their tp_new for a subclass (long_subtype_new, float_subtype_new, ...)
 * copies the value into an instance of the subclass. */
export function isValueSolid(t: PyObject): boolean {
  return t === T.int || t === T.float || t === T.str || t === T.tuple || t === T.bytes || t === T.complex;
}

/** The separate character buffer of a str subclass instance (unicode_subtype_new). */
const strSubData = new WeakMap<PyObject, [number, number]>();

/** An instance of the heap subclass `type` holding the value of `base` (an instance of its
 * builtin base, consumed): the base type's *_subtype_new copies the value into
 * type->tp_alloc(type, n) — PyType_GenericAlloc, which allocates n + 1 items (the sentinel), rounded
 * to a pointer, behind the GC head (the class adds a __dict__, so it is a GC type) and from 3.11
 * the managed-dict pre-header; a str subclass keeps its characters in a buffer of their own. */
export function solidSubtypeInstance(type: PyObject, base: PyObject): PyObject {
  const ti = heapInfo(type);
  const solid = ti.solid as PyObject;
  // every heap type has Py_TPFLAGS_HAVE_GC ("all heap types need GC"): an instance of a class
  // deriving from int, str, float or bytes is tracked like any other instance
  const gc = (base.f & F_GC) !== 0 || ti.gc;
  const o = new PyObject(type, base.v, base.d, gc ? F_GC : 0);
  if (Array.isArray(base.v)) for (const x of base.v as PyObject[]) x.rc++;
  let n = 0;
  let itemsize = 0;
  if (solid === T.tuple) {
    itemsize = 8;
    n = (base.v as PyObject[]).length;
  } else if (solid === T.int) {
    // long_subtype_new: the digit count (3.12+: at least one)
    itemsize = 4;
    n = intDigits(base.v as IntVal);
    if (n === 0 && P.minor >= 12) n = 1;
  } else if (solid === T.bytes) {
    itemsize = 1;
    n = (base.v as { length: number }).length;
  }
  const bytes = ((ti.basicsize() + (n + 1) * itemsize + 7) & ~7) + (gc ? 16 : 0) + preHeaderBytes(type);
  allocBlock(o, bytes);
  if (gc) gcAllocHook();
  if (solid === T.str) {
    // PyObject_Malloc((length + 1) * char_size)
    const k = strKind(base);
    const dataBytes = (strLen(base) + 1) * (k <= 2 ? 1 : k === 3 ? 2 : 4);
    strSubData.set(o, [allocBuffer(dataBytes), dataBytes]);
  }
  if (gc) gcTrack(o);
  decref(base);
  type.rc++;
  return o;
}

export function initTypeAndObject(): void {
  heapGenericGetattr.fn = instanceGetAttr;
  const tt = heapInfo(T.type);
  tt.gc = true;
  tt.basicsize = () => P.heapTypeSize - 16;
  // sizeof(PyMemberDef): a heap type's block ends with one per __slots__ name, plus one
  tt.itemsize = 40;
  tt.getattr = typeGetAttr;
  tt.setattr = typeSetAttr;
  tt.call = typeCall;
  tt.dealloc = typeDealloc;
  tt.traverse = typeTraverse;
  tt.clear = typeClear;
  tt.hash = identityHash;
  // type.__sizeof__: sizeof(PyHeapTypeObject) plus the cached keys, or sizeof(PyTypeObject)
  tt.sizeof = (t) => {
    const h = heapOf(t);
    // sizeof(PyTypeObject)
    if (h === undefined) return P.minor === 10 || P.minor === 11 ? 408 : 416;
    return heapTypeStructSize() + (h.keysAddr !== 0 ? h.keysBytes : 0);
  };
  // type_repr: type_module (a class's __module__ from its dict; for a builtin type 'builtins' or a
  // new str of tp_name's dotted prefix), type_qualname (ht_qualname; for a builtin type a new str
  // of its name), then PyUnicode_FromFormat
  tt.repr = (t) => {
    const ti = heapInfo(t);
    const h = ti.heap ? heapOf(t) : undefined;
    if (h !== undefined) {
      const m = dictGetStr(ti.dict, '__module__');
      if (m === null || h.qualname === null) tmPeakInexact('the repr of a class without __module__ or __qualname__');
      if (m !== null && isSubtype(m.t, T.str) && m.v !== 'builtins') {
        const q = h.qualname !== null ? incref(h.qualname) : newStr(ti.qualname);
        try {
          return fromFormat("<class '%U.%U'>", [m, q]);
        } finally {
          decref(q);
        }
      }
      return fromFormat("<class '%s'>", [ti.name]);
    }
    const dot = ti.name.lastIndexOf('.');
    const mod = dot >= 0 ? newStr(ti.name.slice(0, dot)) : null;
    const name = newStr(dot >= 0 ? ti.name.slice(dot + 1) : ti.name);
    try {
      return mod !== null ? fromFormat("<class '%U.%U'>", [mod, name]) : fromFormat("<class '%s'>", [ti.name]);
    } finally {
      if (mod !== null) decref(mod);
      decref(name);
    }
  };
  tt.richcompare = (a, b, op) => (op === Py_EQ || op === Py_NE ? newBool((a === b) === (op === Py_EQ)) : notImpl());
  tt.new = typeNewSlot;
  tt.init = typeInitSlot;

  const ot = heapInfo(T.object);
  ot.basicsize = () => 16;
  ot.gc = false;
  ot.dealloc = (o) => freeBlock(o, 16);
  ot.getattr = genericGetAttr;
  // PyObject_GenericSetAttr on an object without a __dict__: a data descriptor's __set__ /
  // __delete__ decides; any other class attribute is read-only; else there is nowhere to put it
  ot.setattr = (o, name, v) => {
    const descr = typeLookup(o.t, name);
    if (descr !== null) {
      const dti = descr.t.v as TypeInfo;
      if (dti.descrSet !== null) {
        descrSetHeld(dti, descr, o, v);
        return;
      }
      raise(T.AttributeError, `'${typeName(o)}' object attribute '${name}' is read-only`);
    }
    // an attribute a builtin type serves from its own getattr rather than a descriptor in its
    // dict: CPython's message depends on the descriptor's kind, which is not modelled
    // (a staticmethod's or classmethod's __dict__ is not modelled: what it would hold is not known)
    if (o.t === T.staticmethod || o.t === T.classmethod) throw new NotSimulated(`${v === null ? 'deleting' : 'setting'} an attribute of a ${typeName(o)} object (its __dict__)`, ST.line);
    // a bound method's and a super object's getattr find other names elsewhere (the function,
    // the MRO), not on their own type: there is no descriptor and no __dict__ to set
    const ga = heapInfo(o.t).getattr;
    if (ga !== null && ga !== genericGetAttr && o.t !== T.method && o.t !== T.super) {
      const r = ga(o, name);
      if (r !== null) {
        decref(r);
        throw new NotSimulated(`assigning to the '${typeName(o)}' attribute '${name}'`, ST.line);
      }
    }
    guardUnsimulatedAttr(o, name);
    raise(T.AttributeError, `'${typeName(o)}' object has no attribute '${name}'${P.minor >= 13 ? ' and no __dict__ for setting new attributes' : ''}`);
  };
  ot.hash = identityHash;
  ot.repr = (o) => newStr(defaultRepr(o));
  // object_str: the type's tp_repr itself (PyObject_Str made the recursion check already)
  ot.str = (o) => {
    const r = heapInfo(o.t).repr;
    return r === null ? newStr(defaultRepr(o)) : r(o);
  };
  ot.richcompare = (a, b, op) => {
    if (op === Py_EQ) return a === b ? newBool(true) : notImpl();
    if (op === Py_NE) {
      // object.__ne__ delegates to __eq__
      const eqm = heapInfo(a.t).richcompare;
      if (eqm !== null && eqm !== ot.richcompare) {
        const r = eqm(a, b, Py_EQ);
        if (r === S.NotImplemented) return r;
        const t = truthy(r);
        decref(r);
        return newBool(!t);
      }
      return a === b ? newBool(false) : notImpl();
    }
    return notImpl();
  };
  ot.new = (type, args, kw) => {
    if ((args.length > 0 || (kw && kw.length > 0)) && type === T.object) raise(T.TypeError, 'object() takes no arguments');
    if (args.length > 0 || (kw && kw.length > 0)) {
      // object_new's excess_args (object.__new__(cls, x) from a class's own __new__): an error
      // unless the class keeps object's __new__ and overrides __init__
      const cti = heapInfo(type);
      if (cti.new !== ot.new && (cti.new === null || !OBJECT_NEW.has(cti.new))) raise(T.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
      if (cti.init === ot.init) raise(T.TypeError, `${cti.name}() takes no arguments`);
    }
    if (type === T.object) {
      const o = new PyObject(T.object, null, null, 0);
      allocBlock(o, 16);
      return o;
    }
    checkAbstract(type);
    return allocInstance(type);
  };
  ot.init = (self, args, kw) => {
    const ti = heapInfo(self.t);
    if (args.length > 0 || (kw && kw.length > 0)) {
      if (ti.init !== ot.init) raise(T.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      // type->tp_new == object_new: no class of the MRO before object defines __new__
      if (ti.new === ot.new || (ti.new !== null && OBJECT_NEW.has(ti.new))) {
        raise(T.TypeError, `${ti.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
    }
  };
}

/** `__dict__` of an instance (materialising a managed dict on 3.11+). */
export function instanceDunderDict(o: PyObject): PyObject | null {
  const ti = heapInfo(o.t);
  if (!ti.hasDict) return null;
  if (excSolid(ti)) return incref(dictForWrite(o));
  if (ti.solid !== null) return incref(sideDict(o, true) as PyObject);
  if (o.d === null) dictForWrite(o);
  const d = materialise(o);
  d.rc++;
  return d;
}

// ---------------------------------------------------------------- descriptor types

/** staticmethod / classmethod objects (payload: the callable). */
/** functools_wraps (3.10+ sm_init/cm_init): the callable's __module__, __name__,
 * __qualname__, __doc__ and __annotations__ set on the new object, i.e. into its __dict__ (made
 * on the first). Modelled for a Python function (whose attributes all exist; reading
 * __annotations__ makes its empty dict) and a property (functools_copy_attr skips the names
 * PyObject_GetAttr fails on with an AttributeError, made — PyObject_GetAttr's attribute-error
 * context normalises it on 3.10+ — and cleared: a property has only __doc__, and on 3.13
 * __name__ when it or its getter has one). */
function wrapsInto(o: PyObject, callable: PyObject): void {
  const plainInstance = plainGenericInstance(callable);
  if (callable.t !== T.function && callable.t !== T.property && !plainInstance) {
    throw new NotSimulated(`${heapInfo(o.t).name}() of a ${typeName(callable)} object (3.10+ copy its attributes into their __dict__; HeapLens models that for Python functions, properties and instances of Python classes)`, ST.line);
  }
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    let v: PyObject | null;
    if (callable.t === T.function) v = getAttr(callable, name);
    else if (name === '__name__' && P.minor >= 13 && callable.t === T.property) {
      // property_get__name__: property_name(), else its own AttributeError
      v = propertyName(callable.v as PropertyData);
      if (v === null) {
        clearedAttributeError("'property' object has no attribute '__name__'", [], true);
        continue;
      }
    } else {
      const ga = heapInfo(callable.t).getattr;
      try {
        v = ga !== null ? ga(callable, name) : genericGetAttr(callable, name);
      } catch (e) {
        // 3.13's property __name__ getset raising its own AttributeError
        if (e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError)) {
          decref(e.exc);
          continue;
        }
        throw e;
      }
      if (v === null) {
        const n = identifier(name);
        try {
          clearedAttributeError("'%.100s' object has no attribute '%U'", [heapInfo(callable.t).name, n], true);
        } finally {
          decref(n);
        }
        continue;
      }
    }
    try {
      if (o.d === null) o.d = newDict();
      dictSetStr(o.d as PyObject, name, v);
    } finally {
      decref(v);
    }
  }
}

/** An instance of a class deriving from object through Python classes whose attribute lookup is
 * PyObject_GenericGetAttr's (no __getattr__ or __getattribute__ of its own). */
function plainGenericInstance(o: PyObject): boolean {
  const ti = heapInfo(o.t);
  return ti.heap && heapOf(o.t) !== undefined && ti.solid === null && ti.foreign === null && ti.getattr === instanceGetAttr && genericAttrLookup(o.t);
}

export function newWrapper(type: PyObject, callable: PyObject): PyObject {
  callable.rc++;
  const o = new PyObject(type, callable, null, F_GC);
  allocBlock(o, 48);
  gcAllocHook();
  gcTrack(o);
  return o;
}

export class PropertyData {
  /** prop_name (3.10+): set by __set_name__, copied by getter/setter/deleter */
  name: PyObject | null = null;
  constructor(public fget: PyObject | null, public fset: PyObject | null, public fdel: PyObject | null, public doc: PyObject | null) {}
}

/** The name a property's errors show: prop_name, or on 3.13 the getter's __name__ (property_name). A new reference or null. */
function propertyName(pd: PropertyData): PyObject | null {
  if (pd.name !== null) return incref(pd.name);
  if (P.minor < 13 || pd.fget === null) return null;
  try {
    return getAttr(pd.fget, '__name__');
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** property_descr_get/set's AttributeError when the accessor is missing. */
function propertyMissing(pd: PropertyData, obj: PyObject, what: 'getter' | 'setter' | 'deleter'): never {
  if (P.minor < 10) raise(T.AttributeError, what === 'getter' ? 'unreadable attribute' : what === 'setter' ? "can't set attribute" : "can't delete attribute");
  const nm = propertyName(pd);
  let r: string;
  try {
    r = nm === null ? '' : ' ' + reprJs(nm);
  } finally {
    xdecref(nm);
  }
  if (P.minor < 11) raise(T.AttributeError, what === 'getter' ? `unreadable attribute${r}` : what === 'setter' ? `can't set attribute${r}` : `can't delete attribute${r}`);
  raise(T.AttributeError, `property${r} of ${strRepr(heapInfo(obj.t).qualname)} object has no ${what}`);
}

export function initDescriptorTypes(): void {
  // function: binding to a method
  const ft = heapInfo(T.function);
  ft.descrGet = (f, obj) => {
    f.rc++;
    if (obj === null || obj === S.None) return f;
    f.rc--;
    return newMethod(f, obj);
  };
  // staticmethod / classmethod
  for (const [t, isClass] of [[T.staticmethod, false], [T.classmethod, true]] as [PyObject, boolean][]) {
    const ti = heapInfo(t);
    ti.gc = true;
    ti.basicsize = () => 32;
    // sm_dealloc / cm_dealloc: the callable, then the __dict__ (sm_clear's order)
    ti.dealloc = (o) => {
      gcUntrack(o);
      const c = o.v as PyObject;
      const d = o.d as PyObject | null;
      o.v = null;
      o.d = null;
      decref(c);
      xdecref(d);
      freeBlock(o, 48);
      gcCountFree();
    };
    ti.traverse = (o, visit) => {
      if (o.v) visit(o.v as PyObject);
      if (o.d) visit(o.d as PyObject);
    };
    ti.clear = (o) => {
      const d = o.d as PyObject | null;
      o.d = null;
      xdecref(d);
    };
    ti.new = (type, args) => {
      if (args.length !== 1) raise(T.TypeError, `${heapInfo(type).name} expected 1 argument, got ${args.length}`);
      if (type !== t) {
        // (such a class adds a __weakref__ slot, its Python __init__ would reach cm_init/sm_init,
        // and 3.10+ copy the function's attributes into a __dict__ the class may share keys for)
        throw new NotSimulated(`an instance of a subclass of ${heapInfo(t).name} (abc.abstract${heapInfo(t).name} is one; its layout, __init__ and __dict__ are not modelled)`, ST.line);
      }
      const o = newWrapper(type, args[0]);
      if (P.minor >= 10) {
        try {
          wrapsInto(o, args[0]);
        } catch (e) {
          decref(o);
          throw e;
        }
      }
      return o;
    };
    // 3.10+ sm_call: a staticmethod object is callable, PyObject_Call(sm_callable, args, kwargs)
    // (tp_call, no vectorcall: the call packs its arguments into a tuple first)
    if (!isClass && P.minor >= 10) ti.call = (o, args, kw) => callObjectDict(o.v as PyObject, args, kw);
    // cm_descr_get: 3.9-3.12 chain to the callable's own __get__ (callable.__get__(type, type)),
    // so a classmethod over a property reads the property on the class; 3.8 and 3.13 bind the
    // callable to the class whatever it is
    ti.descrGet = isClass
      ? (o, obj, type) => {
        const c = o.v as PyObject;
        const tp = type ?? (obj as PyObject).t;
        if (P.minor >= 10 && P.minor <= 12 && c.t !== T.function) {
          const g = heapInfo(c.t).descrGet;
          if (g !== null) return g(c, tp, tp);
        }
        return newMethod(c, tp);
      }
      : (o) => incref(o.v as PyObject);
    // the members __func__ (and 3.10's __wrapped__), the __dict__ getset; the rest is
    // PyObject_GenericGetAttr over the object's __dict__ (tp_dictoffset)
    ti.getattr = (o, name) => {
      if (name === '__func__' || (name === '__wrapped__' && P.minor >= 10)) return incref(o.v as PyObject);
      if (name === '__isabstractmethod__') {
        // _PyObject_IsAbstract(callable): its __isabstractmethod__, False without one
        const r = getAttrOpt(o.v as PyObject, '__isabstractmethod__');
        if (r === null) return incref(S.False);
        try {
          return incref(truthy(r) ? S.True : S.False);
        } finally {
          decref(r);
        }
      }
      if (name === '__dict__') {
        if (o.d === null) o.d = newDict();
        return incref(o.d as PyObject);
      }
      return genericGetAttr(o, name);
    };
    ti.setattr = (o, name, v) => {
      if (name === '__func__' || (name === '__wrapped__' && P.minor >= 10)) raise(T.AttributeError, 'readonly attribute');
      if (name === '__dict__') throw new NotSimulated(`assigning the __dict__ of a ${heapInfo(o.t).name} object`, ST.line);
      if (typeLookup(o.t, name) !== null) throw new NotSimulated(`setting ${heapInfo(o.t).name}.${name}`, ST.line);
      if (v === null) {
        if (o.d === null || !dictDelStr(o.d as PyObject, name)) {
          throw new NotSimulated(`deleting a missing attribute of a ${heapInfo(o.t).name} object`, ST.line);
        }
        return;
      }
      // _PyObjectDict_SetItem: a builtin type's instance gets a plain new dict on the first set
      if (o.d === null) o.d = newDict();
      dictSetStr(o.d as PyObject, name, v);
    };
  }
  // property
  const pt = heapInfo(T.property);
  pt.gc = true;
  pt.basicsize = () => P.propertySize - 16;
  pt.dealloc = (o) => {
    gcUntrack(o);
    const pd = o.v as PropertyData;
    o.v = null;
    xdecref(pd.fget);
    xdecref(pd.fset);
    xdecref(pd.fdel);
    xdecref(pd.doc);
    xdecref(pd.name);
    freeBlock(o, P.propertySize);
    gcCountFree();
  };
  pt.traverse = (o, visit) => {
    const pd = o.v as PropertyData | null;
    if (!pd) return;
    for (const x of [pd.fget, pd.fset, pd.fdel, pd.doc, pd.name]) if (x) visit(x);
  };
  pt.new = (type, args, kw) => {
    // a subclass's instances have a __dict__ (and property_init copies the getter's __doc__ into it)
    if (type !== T.property) throw new NotSimulated('an instance of a subclass of property (abc.abstractproperty is one; its __dict__ and layout are not modelled)', ST.line);
    const vals = parseArgs('property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
    return newProperty(vals[0], vals[1], vals[2], vals[3]);
  };
  pt.descrGet = (p, obj) => {
    if (obj === null || obj === S.None) return incref(p);
    const pd = p.v as PropertyData;
    if (pd.fget === null || pd.fget === S.None) propertyMissing(pd, obj, 'getter');
    // 3.12+: a LOAD_ATTR (not a method load) on an instance of a class with the generic
    // attribute lookup, reaching a Python function getter, may be specialised to
    // LOAD_ATTR_PROPERTY, which pushes the getter's frame inline (no C units) where the generic
    // instruction enters it from C: which of the two is not followed, so its C units are uncertain
    const site = frameEntry.loadAttrObj === obj ? frameEntry.loadAttrSite : null;
    frameEntry.loadAttrObj = null;
    frameEntry.loadAttrSite = null;
    if (site !== null && P.minor >= 12 && callStack.length > 0) {
      // _Py_Specialize_LoadAttr's PROPERTY case: not a class, the generic attribute lookup, a
      // Python function getter taking exactly self (function_check_args)
      const fg = pd.fget;
      const ok = fg.t === T.function && !isType(obj) && genericAttrLookup(obj.t) && simpleOneArg(fg);
      const cost = loadAttrPropertyCost(site, callStack[callStack.length - 1].code, `p${obj.t.a}:${fg.a}`, ok);
      if (cost !== 1) {
        if (cost === 0) frameEntry.inline = true;
        else frameEntry.maybeInline = true;
        try {
          return call(fg, [obj]);
        } finally {
          frameEntry.inline = false;
          frameEntry.maybeInline = false;
        }
      }
    }
    return call(pd.fget, [obj]);
  };
  pt.descrSet = (p, obj, v) => {
    const pd = p.v as PropertyData;
    const f = v === null ? pd.fdel : pd.fset;
    if (f === null || f === S.None) propertyMissing(pd, obj, v === null ? 'deleter' : 'setter');
    const r = v === null ? call(f, [obj]) : call(f, [obj, v]);
    decref(r);
  };
  // (PyObject_GenericGetAttr: fget/fset/fdel/__doc__ are members, the methods load unbound)
  pt.genericGetattro = true;
  pt.getattr = (o, name) => {
    const pd = o.v as PropertyData;
    if (name === 'fget') return incref(pd.fget ?? S.None);
    if (name === 'fset') return incref(pd.fset ?? S.None);
    if (name === 'fdel') return incref(pd.fdel ?? S.None);
    if (name === '__doc__') return incref(pd.doc ?? S.None);
    if (name === '__isabstractmethod__') {
      // property_get___isabstractmethod__: _PyObject_IsAbstract of fget, fset, fdel in turn
      for (const f of [pd.fget, pd.fset, pd.fdel]) {
        if (f === null || f === S.None) continue;
        const r = getAttrOpt(f, '__isabstractmethod__');
        if (r === null) continue;
        const t = truthy(r);
        decref(r);
        if (t) return incref(S.True);
      }
      return incref(S.False);
    }
    return genericGetAttr(o, name);
  };
  const copyWith = (p: PyObject, which: 'fget' | 'fset' | 'fdel', f: PyObject): PyObject => {
    const pd = p.v as PropertyData;
    const parts = { fget: pd.fget, fset: pd.fset, fdel: pd.fdel };
    parts[which] = f;
    // property_copy: PyObject_CallFunctionObjArgs(type(old), fget, fset, fdel, doc) — the
    // property type has no vectorcall, so _PyObject_MakeTpCall packs the four into a tuple
    const none = S.None;
    const argt = newTuple([parts.fget ?? none, parts.fset ?? none, parts.fdel ?? none, pd.doc ?? none].map((x) => incref(x)));
    try {
      const np = newProperty(parts.fget, parts.fset, parts.fdel, pd.doc);
      if (pd.name !== null) (np.v as PropertyData).name = incref(pd.name);
      return np;
    } finally {
      decref(argt);
    }
  };
  defMethodsHook(T.property, {
    getter: (self, args, kw) => copyWith(self, 'fget', oneArgHook('getter', args, kw)),
    setter: (self, args, kw) => copyWith(self, 'fset', oneArgHook('setter', args, kw)),
    deleter: (self, args, kw) => copyWith(self, 'fdel', oneArgHook('deleter', args, kw)),
  });
  // property.__set_name__ (3.10+, METH_VARARGS): remembers the attribute's name for its errors
  if (P.minor >= 10) {
    defMethodsHook(T.property, {
      __set_name__: (self, args, kw) => {
        if (kw !== null && kw !== undefined && kw.length > 0) raise(T.TypeError, '__set_name__() takes no keyword arguments');
        if (args.length !== 2) raise(T.TypeError, `__set_name__() takes 2 positional arguments but ${args.length} were given`);
        const pd = self.v as PropertyData;
        const old = pd.name;
        pd.name = incref(args[1]);
        xdecref(old);
        return incref(S.None);
      },
    });
  }
  // member descriptors (__slots__): descr_dealloc / descr_traverse (d_type is a strong reference)
  const mt = heapInfo(T.member_descriptor);
  mt.gc = true;
  mt.basicsize = () => 48;
  mt.dealloc = (m) => {
    gcUntrack(m);
    const md = m.v as MemberData;
    m.v = null;
    decref(md.owner);
    xdecref(md.nameObj);
    xdecref(md.qualname);
    freeBlock(m, 64);
    gcCountFree();
  };
  mt.traverse = (m, visit) => {
    const md = m.v as MemberData | null;
    if (md !== null) visit(md.owner);
  };
  initMappingProxyType();
  defMethodsHook(T.type, {
    // type.__subclasses__: the live classes of tp_subclasses, in insertion order
    __subclasses__: (self, args, kw) => {
      noArgsHook('__subclasses__', args, kw);
      if (STARTUP_HEAP_SUBCLASSED.has(self)) throw new NotSimulated(`${heapInfo(self).name}.__subclasses__()`, ST.line, 'it lists classes start-up made that HeapLens does not have');
      if (!heapInfo(self).heap && startupSubclassed(self)) throw new NotSimulated(`${heapInfo(self).name}.__subclasses__()`, ST.line);
      const reg = subclassRegistry(self, false);
      const out = newList([]);
      if (reg === null) return out;
      const refs = reg instanceof Map ? [...reg.values()].map((e) => e[1]) : (reg.v as DictData).vs.filter((x) => x !== null) as PyObject[];
      for (const r of refs) {
        const c = (r.v as WeakrefData).referent;
        if (c !== null) listAppend(out, c);
      }
      return out;
    },
    // type.mro: the linearisation as a list
    mro: (self, args, kw) => {
      noArgsHook('mro', args, kw);
      return newList(heapInfo(self).mro.map((x) => incref(x)));
    },
  });
  mt.descrGet = (m, obj) => {
    if (obj === null) return incref(m);
    const md = m.v as MemberData;
    if (md.cget !== null) {
      if (!isSubtype(obj.t, md.owner)) raise(T.TypeError, `descriptor '${md.name}' for '${heapInfo(md.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
      return md.cget(obj);
    }
    if (md.acc !== null) {
      builtinMemberCheck(md, obj);
      return incref(md.acc.get(obj) ?? S.None);
    }
    const v = memberSlots(m, obj)[md.index];
    if (v === null) raise(T.AttributeError, P.minor >= 10 ? `'${typeName(obj)}' object has no attribute '${md.name}'` : md.name);
    v.rc++;
    return v;
  };
  mt.descrSet = (m, obj, v) => {
    const md = m.v as MemberData;
    if (md.cget !== null) {
      if (!isSubtype(obj.t, md.owner)) raise(T.TypeError, `descriptor '${md.name}' for '${heapInfo(md.owner).name}' objects doesn't apply to a '${typeName(obj)}' object`);
      raise(T.AttributeError, 'readonly attribute');
    }
    if (md.acc !== null) {
      // PyMember_SetOne
      builtinMemberCheck(md, obj);
      if (md.acc.kind === 'bool') {
        if (v === null) raise(T.TypeError, "can't delete numeric/char attribute");
        if (v.t !== T.bool) raise(T.TypeError, 'attribute value type must be bool');
      }
      md.acc.set(obj, v);
      return;
    }
    const slots = memberSlots(m, obj);
    const old = slots[md.index];
    if (v === null && old === null) raise(T.AttributeError, md.name); // PyMember_SetOne: the bare name
    if (v !== null) v.rc++;
    slots[md.index] = v;
    xdecref(old);
  };
  // descr_members / descr_getset: __objclass__, __name__, __qualname__ (cached), __doc__ (a
  // slot has none)
  mt.getattr = (m, name) => {
    const md = m.v as MemberData;
    if (name === '__objclass__') return incref(md.owner);
    if (name === '__name__') return md.nameObj !== null ? incref(md.nameObj) : identifier(md.name); // d_name: PyUnicode_InternFromString
    if (name === '__qualname__') {
      if (md.qualname === null) {
        const q = getAttr(md.owner, '__qualname__');
        md.qualname = newStr(`${q.v as string}.${md.name}`);
        decref(q);
      }
      return incref(md.qualname);
    }
    if (name === '__doc__') {
      // member_get_doc: a __slots__ member has none; a builtin type's member has its docstring
      if (md.doc !== null) return newStr(md.doc);
      if (md.cget !== null || md.acc !== null) throw new NotSimulated(`the docstring of the member '${md.name}' of '${heapInfo(md.owner).name}'`, ST.line);
      return incref(S.None);
    }
    return genericGetAttr(m, name);
  };
  // descr_repr: PyUnicode_FromFormat with the descriptor's name object and tp_name
  mt.repr = (m) => {
    const md = m.v as { name: string; owner: PyObject };
    return descrRepr('<member \'%U\' of \'%s\' objects>', md.name, md.owner);
  };
  // method descriptors (builtin methods in type dicts)
  const mdt = heapInfo(T.method_descriptor);
  mdt.descrGet = (d, obj) => {
    // method_get: None is an instance like any other (None.__repr__ is bound)
    if (obj === null) return incref(d);
    const md = d.v as MethodDescr;
    return builtinMethodHook.bind(md, obj);
  };
  mdt.call = (d, args, kw) => {
    const md = d.v as MethodDescr;
    if (args.length === 0) {
      raise(T.TypeError, P.minor >= 10 ? `unbound method ${heapInfo(md.owner).name}.${md.name}() needs an argument` : `descriptor '${md.name}' of '${heapInfo(md.owner).name}' object needs an argument`);
    }
    const self = args[0];
    if (self.t !== md.owner && !isSubtype(self.t, md.owner)) {
      raise(T.TypeError, `descriptor '${md.name}' for '${heapInfo(md.owner).name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    const owner = heapInfo(md.owner).name;
    return callBuiltinFn(owner, md.name, md.fn, self, args.slice(1), kw, owner);
  };
  mdt.repr = (d) => {
    const md = d.v as MethodDescr;
    if (pythonStandIns.has(md)) throw new NotSimulated(`the repr of ${heapInfo(md.owner).qualname}.${md.name}, a function the standard library defines in Python`, ST.line);
    return descrRepr('<method \'%U\' of \'%s\' objects>', md.name, md.owner);
  };
  const cmd = heapInfo(T.classmethod_descriptor);
  // (PyClassMethodDescr_Type's tp_repr is method_repr too)
  cmd.repr = (d) => descrRepr('<method \'%U\' of \'%s\' objects>', (d.v as MethodDescr).name, (d.v as MethodDescr).owner);
  cmd.descrGet = (d, obj, type) => {
    const md = d.v as MethodDescr;
    return builtinMethodHook.bind(md, type ?? (obj as PyObject).t);
  };
  // bound methods
  const meth = heapInfo(T.method);
  // method_new: method(function, instance) (copy's _deepcopy_method calls it)
  meth.new = (_t, args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, 'method() takes no keyword arguments');
    if (args.length !== 2) raise(T.TypeError, `method expected 2 arguments, got ${args.length}`);
    const [func, self] = args;
    if ((func.t.v as TypeInfo).call === null) raise(T.TypeError, 'first argument must be callable');
    if (self === S.None) raise(T.TypeError, P.minor >= 11 ? 'instance must not be None' : 'self must not be None');
    return newMethod(func, self);
  };
  meth.call = (m, args, kw) => {
    const func = m.v as PyObject, self = m.d as PyObject;
    return call(func, [self, ...args], kw);
  };
  meth.getattr = (m, name) => {
    if (name === '__self__') return incref(m.d as PyObject);
    if (name === '__func__') return incref(m.v as PyObject);
    const r = genericGetAttr(m, name);
    if (r !== null) return r;
    return getAttrOrNull(m.v as PyObject, name);
  };
  meth.richcompare = (a, b, op) => {
    if (b.t !== T.method || (op !== Py_EQ && op !== Py_NE)) return notImpl();
    const e = a.v === b.v && (P.minor >= 8 ? a.d === b.d : richCompare(a.d as PyObject, b.d as PyObject, Py_EQ) === S.True);
    return newBool(op === Py_EQ ? e : !e);
  };
  meth.hash = (m) => identityHash(m.d as PyObject);
  meth.repr = (m) => {
    const f = m.v as PyObject;
    let q = f.t === T.function ? ((f.v as FuncData).qualname.v as string) : '?';
    // method_repr: the callable's __qualname__, else its __name__ (a property has one on 3.13),
    // a str or '?'
    if (f.t === T.property && P.minor >= 13) {
      const n = propertyName(f.v as PropertyData);
      if (n !== null) {
        if (n.t === T.str) q = n.v as string;
        decref(n);
      }
    } else if (plainGenericInstance(f)) {
      const n = getAttrOpt(f, '__qualname__') ?? getAttrOpt(f, '__name__');
      if (n !== null) {
        if (n.t === T.str) q = n.v as string;
        decref(n);
      }
    }
    let selfRepr: string;
    try {
      const r = pyRepr(m.d as PyObject);
      selfRepr = r.v as string;
      decref(r);
    } catch {
      selfRepr = '?';
    }
    return newStr(`<bound method ${q} of ${selfRepr}>`);
  };
  meth.descrGet = (m) => incref(m);
}

/** mappingproxy (Objects/descrobject.c): a read-only view of a mapping (a class's __dict__). */
function initMappingProxyType(): void {
  const pt = heapInfo(T.mappingproxy);
  pt.gc = true;
  pt.basicsize = () => 24;
  pt.dealloc = (o) => {
    gcUntrack(o);
    const d = o.v as PyObject;
    o.v = null;
    decref(d);
    freeBlock(o, 40);
    gcCountFree();
  };
  pt.traverse = (o, visit) => {
    if (o.v !== null) visit(o.v as PyObject);
  };
  // mappingproxy_new (types.MappingProxyType(mapping)): mappingproxy_check_mapping refuses what
  // PyMapping_Check does not call a mapping, and lists and tuples (which are sequences)
  pt.new = (_type, args, kw) => {
    const [m] = parseArgs('mappingproxy', args, kw, ['mapping'], 1) as [PyObject];
    if (m.t === T.dict || isSubtype(m.t, T.dict)) return newMappingProxy(m);
    if ((m.t.v as TypeInfo).getitem === null || m.t === T.list || m.t === T.tuple || isSubtype(m.t, T.list) || isSubtype(m.t, T.tuple)) {
      raise(T.TypeError, `mappingproxy() argument must be a mapping, not ${typeName(m)}`);
    }
    throw new NotSimulated(`types.MappingProxyType over a ${typeName(m)} (HeapLens has mapping proxies over dicts)`, ST.line);
  };
  pt.getitem = (o, k) => (checkProxyKey(o, k), getItem(o.v as PyObject, k));
  pt.contains = (o, k) => (checkProxyKey(o, k), pyContains(o.v as PyObject, k));
  pt.len = (o) => (checkProxyWhole(o, 'len() of'), pyLen(o.v as PyObject));
  pt.iter = (o) => (checkProxyWhole(o, 'iterating over'), getIter(o.v as PyObject));
  pt.hash = null;
  pt.richcompare = (a, b, op) => (checkProxyWhole(a, 'comparing'), richCompare(a.v as PyObject, b, op));
  pt.repr = (o) => (checkProxyWhole(o, 'the repr of'), newStr(`mappingproxy(${reprJs(o.v as PyObject)})`));
  pt.str = (o) => (checkProxyWhole(o, 'the str of'), pyStr(o.v as PyObject));
  const fwd = (name: string) => (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    checkProxyWhole(self, `.${name}() of`);
    return callMethod(self.v as PyObject, name, args, kw);
  };
  defMethodsHook(T.mappingproxy, {
    keys: fwd('keys'),
    values: fwd('values'),
    items: fwd('items'),
    get: (self, args, kw) => {
      if (args.length > 0) checkProxyKey(self, args[0]);
      return callMethod(self.v as PyObject, 'get', args, kw);
    },
    copy: (self, args, kw) => (noArgsHook('copy', args, kw), checkProxyWhole(self, '.copy() of'), callMethod(self.v as PyObject, 'copy', [])),
  });
}

/** For a builtin type's `__dict__` proxy: the names CPython's dict has on this version that
 * HeapLens's lacks, and those HeapLens's has that CPython's lacks (null: they agree; 'unknown':
 * not recorded). */
function builtinDictGap(o: PyObject): { missing: string[]; extra: string[] } | 'unknown' | null {
  const t = o.d;
  if (!(t instanceof PyObject)) return null;
  // (the standard library's Python code HeapLens runs — enum's scan of the MRO's dicts for
  // DynamicClassAttribute — uses them for what no builtin type's entries change)
  if (callStack.length > 0 && callStack[callStack.length - 1].code.foreign) return null;
  const ti = t.v as TypeInfo;
  const rec = builtinDictNames(ti.name, P.minor);
  if (rec === undefined) return 'unknown';
  const sim = new Set<string>();
  for (const [k] of dictEntries(o.v as PyObject)) if (k.t === T.str) sim.add(k.v as string);
  const want = new Set(rec);
  const missing = rec.filter((n) => !sim.has(n));
  const extra = [...sim].filter((n) => !want.has(n));
  return missing.length === 0 && extra.length === 0 ? null : { missing, extra };
}

function proxyStop(o: PyObject, what: string, gap: { missing: string[]; extra: string[] } | 'unknown'): never {
  const name = ((o.d as PyObject).v as TypeInfo).name;
  const why = gap === 'unknown'
    ? `the names in CPython's ${name}.__dict__ were not recorded`
    : `HeapLens's ${name} type ${gap.missing.length > 0 ? `lacks ${gap.missing.slice(0, 4).join(', ')}${gap.missing.length > 4 ? ', …' : ''}` : ''}${gap.missing.length > 0 && gap.extra.length > 0 ? ' and ' : ''}${gap.extra.length > 0 ? `has ${gap.extra.slice(0, 4).join(', ')}${gap.extra.length > 4 ? ', …' : ''} in excess` : ''} in its __dict__`;
  throw new NotSimulated(`${what} ${name}.__dict__`, ST.line, why);
}

/** Listing, sizing or comparing a builtin type's __dict__ stops when its entries are not CPython's. */
function checkProxyWhole(o: PyObject, what: string): void {
  if (o.d === null) return;
  const gap = builtinDictGap(o);
  if (gap !== null) proxyStop(o, what, gap);
}

/** Looking a name up in a builtin type's __dict__ stops when CPython's has it and HeapLens's does
 * not, or the other way round. */
function checkProxyKey(o: PyObject, k: PyObject): void {
  if (o.d === null || k.t !== T.str) return;
  const gap = builtinDictGap(o);
  if (gap === null) return;
  const n = k.v as string;
  if (gap === 'unknown' ? dictGetStr(o.v as PyObject, n) === null : gap.missing.includes(n) || gap.extra.includes(n)) proxyStop(o, `looking up '${n}' in`, gap);
}

export const builtinMethodHook = {
  bind: (_md: MethodDescr, _obj: PyObject): PyObject => { throw new Error('unbound'); },
};

function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

export function newProperty(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null, doc: PyObject | null): PyObject {
  const norm = (x: PyObject | null): PyObject | null => (x === null || x === S.None ? null : incref(x));
  let d = norm(doc);
  if (d === null && fget !== null && fget.t === T.function) {
    const fdoc = (fget.v as FuncData).doc;
    if (fdoc !== S.None) d = incref(fdoc);
  }
  const o = new PyObject(T.property, new PropertyData(norm(fget), norm(fset), norm(fdel), d), null, F_GC);
  allocBlock(o, P.propertySize);
  gcAllocHook();
  gcTrack(o);
  return o;
}

// ---------------------------------------------------------------- super

export class SuperData {
  constructor(public type: PyObject, public obj: PyObject | null, public objType: PyObject | null) {}
}

export function newSuper(type: PyObject, obj: PyObject | null): PyObject {
  let objType: PyObject | null = null;
  if (obj !== null) {
    if (isType(obj) && isSubtype(obj, type)) objType = obj;
    else if (isSubtype(obj.t, type)) objType = obj.t;
    else if (P.minor >= 13) {
      // 3.13 supercheck names both sides
      const what = isType(obj) ? `type ${heapInfo(obj).name}` : `instance of ${typeName(obj)}`;
      raise(T.TypeError, `super(type, obj): obj (${what}) is not an instance or subtype of type (${heapInfo(type).name}).`);
    } else raise(T.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  }
  type.rc++;
  if (obj) obj.rc++;
  if (objType) objType.rc++;
  const o = new PyObject(T.super, new SuperData(type, obj, objType), null, F_GC);
  allocBlock(o, 40 + 16);
  gcAllocHook();
  gcTrack(o);
  return o;
}

/** super_getattro: look `name` up in the MRO after `type`, bound to obj. */
export function superGetAttr(s: PyObject, name: string): PyObject | null {
  const sd = s.v as SuperData;
  if (sd.objType !== null && name !== '__class__') {
    const mro = heapInfo(sd.objType).mro;
    let i = mro.indexOf(sd.type) + 1;
    for (; i < mro.length; i++) {
      const v = dictGetStr(heapInfo(mro[i]).dict, name);
      if (v !== null) {
        const dti = v.t.v as TypeInfo;
        if (dti.descrGet !== null) return descrGetHeld(dti, v, sd.obj === sd.objType ? null : sd.obj, sd.objType);
        v.rc++;
        return v;
      }
    }
  }
  return genericGetAttr(s, name);
}

export function initSuperType(): void {
  const st = heapInfo(T.super);
  st.gc = true;
  st.basicsize = () => 40;
  st.getattr = superGetAttr;
  st.dealloc = (o) => {
    gcUntrack(o);
    const sd = o.v as SuperData;
    o.v = null;
    decref(sd.type);
    xdecref(sd.obj);
    xdecref(sd.objType);
    freeBlock(o, 56);
    gcCountFree();
  };
  st.traverse = (o, visit) => {
    const sd = o.v as SuperData | null;
    if (!sd) return;
    visit(sd.type);
    if (sd.obj) visit(sd.obj);
    if (sd.objType) visit(sd.objType);
  };
  st.repr = (o) => {
    const sd = o.v as SuperData;
    return newStr(sd.objType ? `<super: <class '${heapInfo(sd.type).name}'>, <${heapInfo(sd.objType).name} object>>` : `<super: <class '${heapInfo(sd.type).name}'>, NULL>`);
  };
}

/** 3.12+ _PySuper_Lookup(type, obj, name, method): super(type, obj).name without the super
 * object (do_super_lookup): the attribute found in the MRO of obj's type after `type` — with
 * `method`, a function or method/slot descriptor is returned as it is and `found.unbound` set —
 * bound by its __get__ otherwise; a name not found there is looked up on a temporary super
 * object. A new reference. */
export function superLookup(type: PyObject, obj: PyObject, name: string, method: boolean, found: { unbound: boolean }): PyObject {
  // supercheck
  let objType: PyObject;
  if (isType(obj) && isSubtype(obj, type)) objType = obj;
  else if (isSubtype(obj.t, type)) objType = obj.t;
  else return newSuper(type, obj); // (raises supercheck's TypeError)
  const mro = heapInfo(objType).mro;
  const start = mro.indexOf(type) + 1;
  if (start > 0) {
    for (let i = start; i < mro.length; i++) {
      const v = dictGetStr(heapInfo(mro[i]).dict, name);
      if (v === null) continue;
      if (method && (v.t === T.function || v.t === T.method_descriptor || v.t === T.wrapper_descriptor)) {
        found.unbound = true;
        return incref(v);
      }
      const dti = v.t.v as TypeInfo;
      if (dti.descrGet !== null) return descrGetHeld(dti, v, obj === objType ? null : obj, objType);
      return incref(v);
    }
  }
  const su = newSuper(type, obj);
  try {
    const r = genericGetAttr(su, name);
    if (r === null) attributeError(su, name);
    return r;
  } finally {
    decref(su);
  }
}

/** Zero-argument super(): the enclosing function's __class__ cell and first argument. */
export function zeroArgSuper(fr: Frame | null): PyObject {
  if (fr === null) raise(T.RuntimeError, 'super(): no arguments');
  const code: Code = fr.code;
  if (code.argcount === 0 && !(code.flags & 4)) raise(T.RuntimeError, 'super(): no arguments');
  let first = fr.l[0];
  if (first !== null && code.argCells.includes(0)) first = first.v as PyObject | null;
  if (first === null) raise(T.RuntimeError, 'super(): arg[0] deleted');
  const idx = code.freevars.indexOf('__class__');
  if (idx < 0) raise(T.RuntimeError, 'super(): __class__ cell not found');
  const cell = fr.l[code.varnames.length + code.cellvars.length + idx] as PyObject;
  const cls = cell.v as PyObject | null;
  if (cls === null) raise(T.RuntimeError, 'super(): empty __class__ cell');
  return newSuper(cls, first);
}

export { ExcData, pyIndex, instanceDictOf, attributeError, dictLen, internStr, EMPTY_TUPLE, callPython, F_GC };

// ---------------------------------------------------------------- __class__ assignment

/** Py_TPFLAGS_HAVE_GC: type_new gives it to every class (and PyObject_GC_Del as tp_free). */
function cpyHasGC(t: PyObject): boolean {
  return heapOf(t) !== undefined || (t !== T.object && heapInfo(t).gc);
}

/** compatible_with_tp_base: `child` lays its instances out as its tp_base does. */
function compatibleWithBase(child: PyObject): boolean {
  const h = heapOf(child);
  if (h === undefined) return false; // object (HeapLens lets only plain classes get here)
  const p = h.base;
  return cpyBasicsize(child) === cpyBasicsize(p) && heapInfo(child).itemsize === heapInfo(p).itemsize
    && dictOffset(child) === dictOffset(p) && weakrefOffset(child) === weakrefOffset(p) && cpyHasGC(child) === cpyHasGC(p);
}

/** same_slots_added: two classes of one base add the same fields (dict, weaklist, equal __slots__). */
function sameSlotsAdded(a: PyObject, b: PyObject): boolean {
  const ha = heapOf(a), hb = heapOf(b);
  if (ha === undefined || hb === undefined) return false;
  let size = cpyBasicsize(ha.base);
  if (dictOffset(a) === size && dictOffset(b) === size) size += 8;
  if (weakrefOffset(a) === size && weakrefOffset(b) === size) size += 8;
  if (ha.slots !== null && hb.slots !== null) {
    const sa = ha.slots.v as PyObject[], sb = hb.slots.v as PyObject[];
    if (sa.length !== sb.length || sa.some((x, i) => x.v !== sb[i].v)) return false;
    size += 8 * sa.length;
  }
  return size === cpyBasicsize(a) && size === cpyBasicsize(b);
}

/** 3.13 Py_TPFLAGS_INLINE_VALUES: a managed dict kept in the object (no fields before it). */
function inlineValues(t: PyObject): boolean {
  const ti = heapInfo(t);
  return P.instanceLayout === 'inline' && ti.hasDict && ti.solid === null && !dictOnDemand(ti);
}

/** object_set_class after its type checks (the value is a class; both are mutable types, or
 * ModuleType subclasses): compatible_for_assignment's errors, then the switch — 3.11/3.12
 * materialise the instance's dict from its values first (_PyObject_GetDictPtr), 3.13 also
 * detaches it from the inline values (a copy of them), as the keys the values follow are the
 * old class's — and the class references: the new one taken, the old one released. HeapLens
 * does this for instances of classes deriving from object through Python classes; what else
 * could pass CPython's layout check stops. */
export function assignClass(o: PyObject, newto: PyObject): void {
  const oldto = o.t;
  const plain = (t: PyObject): boolean => heapOf(t) !== undefined && heapInfo(t).solid === null && heapInfo(t).foreign === null && heapInfo(t).dealloc === instanceDealloc;
  if (!plain(oldto) || !plain(newto)) {
    const which = !plain(oldto) ? oldto : newto;
    throw new NotSimulated(`assigning __class__ ${which === oldto ? 'of an instance of' : 'to'} ${heapInfo(which).name} (HeapLens models __class__ assignment between classes deriving from object through Python classes only)`, ST.line);
  }
  const oldName = heapInfo(oldto).name, newName = heapInfo(newto).name;
  // compatible_for_assignment: tp_free (PyObject_GC_Del or PyObject_Del), then the layouts
  if (cpyHasGC(oldto) !== cpyHasGC(newto)) raise(T.TypeError, `__class__ assignment: '${newName}' deallocator differs from '${oldName}'`);
  let nb = newto, ob = oldto;
  while (compatibleWithBase(nb)) nb = (heapOf(nb) as HeapType).base;
  while (compatibleWithBase(ob)) ob = (heapOf(ob) as HeapType).base;
  let ok = !(nb !== ob && (heapInfo(nb).base !== heapInfo(ob).base || !sameSlotsAdded(nb, ob)));
  if (ok && P.minor >= 13 && inlineValues(oldto) !== inlineValues(newto)) ok = false;
  const ho = heapOf(oldto) as HeapType, hn = heapOf(newto) as HeapType;
  // 3.11: the same Py_TPFLAGS_MANAGED_DICT; 3.12+: the same pre-header (managed dict and weakref list)
  if (ok && P.minor >= 11 && (ho.managedDict !== hn.managedDict || ho.managedWeak !== hn.managedWeak)) ok = false;
  if (!ok) raise(T.TypeError, `__class__ assignment: '${newName}' object layout differs from '${oldName}'`);
  const ot = heapInfo(oldto), nt = heapInfo(newto);
  const slots = slotsOf(o);
  if ((slots?.length ?? 0) !== nt.slotNames.length || ot.hasDict !== nt.hasDict || ot.hasWeakref !== nt.hasWeakref) {
    throw new NotSimulated(`assigning __class__ between classes whose instances HeapLens lays out differently`, ST.line);
  }
  const d = o.d as PyObject | null;
  if (P.minor >= 11 && d !== null) {
    if (P.minor <= 12) {
      // _PyObject_GetDictPtr: a dict made from the values (the instance's values move to it)
      if (isVirtualDict(d)) materialise(o);
    } else if (inlineValues(oldto)) {
      // _PyObject_MaterializeManagedDict, then _PyDict_DetachFromObject
      if (isVirtualDict(d)) materialise(o);
      detachEmbeddedDict(o, o.d as PyObject);
    }
  }
  newto.rc++;
  o.t = newto;
  decref(oldto);
}
