// `type`, `object`, classes made by class statements (heap types) and their instances
// (Objects/typeobject.c), plus the descriptor types: property, staticmethod, classmethod,
// member descriptors for __slots__, and super.
//
// Instance layout follows the profile:
//   3.8/3.10  instance + a real __dict__ created on the first attribute store (split table over
//             the class's cached keys)
//   3.11/3.12 instance + a values array allocated with it (the "managed dict"); a dict object
//             exists only once __dict__ is read
//   3.13      one block: instance + inline values
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PyObject, F_GC, F_FINALIZED, F_RUNTIME, F_DICT_MATERIALISED, F_TRACKED } from './object';
import { P, R, T, PyErr, decref, xdecref, incref, allocBlock, freeBlock, allocBuffer, freeBuffer, gcAllocHook, gcCountFree, gcTrack, gcUntrack, NotSimulated , ST } from './core';
import { TypeInfo, computeMro, inheritSlots, isSubtype, typeName, isType, type Visit, Py_EQ, Py_NE, typeModified, markTypeDict } from './types';
import { raise } from './exc';
import {
  S, typeLookup, genericGetAttr, getAttr, call, callSpecial, lookupSpecial, notImpl, newBool, truthy, repr as pyRepr,
  defaultRepr, identityHash, richCompare, str as pyStr, attributeError, instanceDictOf, index as pyIndex,
} from './abstract';
import { newDict, dictGetStr, dictSetStr, dictDelStr, dictEntries, DictData, dictSet, dictTraverse, dictTraverseValues, makeSplit, type SharedKeys, dictLen } from './dict';
import { newStr, internStr } from './str';
import { newTuple, EMPTY_TUPLE } from './tuple';
import { Code, Frame, FuncData, newMethod, runFrame, callPython } from './func';
import { MethodDescr, defMethods as defMethodsHook, oneArg as oneArgHook } from './methods';
import { ExcData } from './exc';
import { clearWeakrefs } from './weakrefs';
import { newInt } from './numbers';

// ---------------------------------------------------------------- instance payload

/** Per-instance bookkeeping for managed-dict layouts (3.11+). */
/** The payload (`v`) of a plain heap-type instance: its __slots__ values and the sizes its
 * block and values array were allocated with. */
export class InstMeta {
  /** bytes of the values array (3.11/3.12) or inline values (3.13) */
  valuesBytes = 0;
  valuesAddr = 0;
  constructor(public allocBytes: number, public slots: (PyObject | null)[] | null) {}
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

/** object_new for heap types: allocate an instance of `type`. */
export function allocInstance(type: PyObject): PyObject {
  const ti = heapInfo(type);
  const solid = ti.solid;
  const meta = new InstMeta(0, ti.slotNames.length > 0 ? new Array(ti.slotNames.length).fill(null) : null);
  const o = new PyObject(type, meta, null, F_GC);
  let bytes = instanceAllocSize(ti);
  let extra = 0;
  if (ti.hasDict && P.instanceLayout !== 'dict' && ti.sharedKeys !== null && solid === null) {
    const sk = ti.sharedKeys as SharedKeys;
    if (P.instanceLayout === 'inline') {
      extra = valuesBytes(sharedUsable(sk));
      if (sk.usable > 1) sk.usable--;
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
  if (ti.hasDict && P.instanceLayout !== 'dict' && solid === null) {
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

/** The instance dict for writing: created on the first store (3.8/3.10). */
function dictForWrite(o: PyObject): PyObject {
  const ti = heapInfo(o.t);
  if (excSolid(ti)) {
    if (o.d === null) o.d = newDict();
    return o.d as PyObject;
  }
  if (ti.solid !== null) return sideDict(o, true) as PyObject;
  let d = o.d as PyObject | null;
  if (d === null) {
    d = newDict();
    const sk = ti.sharedKeys as SharedKeys | null;
    if (sk !== null && P.instanceLayout === 'dict') makeSplit(d, sk, 8 * ((((1 << sk.log2) << 1) / 3) | 0));
    o.d = d;
    if (!(d.f & F_TRACKED)) gcTrack(d);
  }
  return d;
}

/** __dict__ of instances of builtin-derived classes (list/dict/int subclasses) lives beside them. */
const sideDicts = new Map<PyObject, PyObject>();
function sideDict(o: PyObject, create: boolean): PyObject | null {
  let d = sideDicts.get(o) ?? null;
  if (d === null && create) {
    d = newDict();
    sideDicts.set(o, d);
  }
  return d;
}

export function resetClassState(): void {
  sideDicts.clear();
}

/** Materialise a managed dict (3.11+ `obj.__dict__`): the dict becomes a real object. */
function materialise(o: PyObject): PyObject {
  const d = o.d as PyObject;
  if (isVirtualDict(d)) {
    d.f = F_GC;
    if (P.instanceLayout === 'inline') (d.v as DictData).embedded = true;
    allocBlock(d, 64);
    gcAllocHook();
    gcTrack(d);
    o.f |= F_DICT_MATERIALISED;
  }
  return d;
}

// ---------------------------------------------------------------- instance attributes

/** tp_getattro of heap types without __getattr__/__getattribute__ (PyObject_GenericGetAttr). */
export function instanceGetAttr(o: PyObject, name: string): PyObject | null {
  const tp = o.t;
  if (name === '__dict__' && heapInfo(tp).hasDict) {
    const descr0 = typeLookup(tp, name);
    if (descr0 === null) return instanceDunderDict(o);
  }
  if (name === '__class__') {
    tp.rc++;
    return tp;
  }
  const descr = typeLookup(tp, name);
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrGet !== null && dti.descrSet !== null) return dti.descrGet(descr, o, tp);
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
    if (dti.descrGet !== null) return dti.descrGet(descr, o, tp);
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
      dti.descrSet(descr, o, v);
      return;
    }
  }
  if (!ti.hasDict) {
    if (descr !== null) raise(T.AttributeError, `'${ti.name}' object attribute '${name}' is read-only`);
    raise(T.AttributeError, P.minor >= 13 && v !== null
      ? `'${ti.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`
      : `'${ti.name}' object has no attribute '${name}'`);
  }
  if (v === null) {
    const d = instDict(o);
    if (d === null || !dictDelStr(d, name)) raise(T.AttributeError, P.minor >= 12 ? `'${ti.name}' object has no attribute '${name}'` : name);
    return;
  }
  const d = dictForWrite(o);
  const dd = d.v as DictData;
  const before = dd.used;
  dictSetStr(d, name, v);
  if (dd.used > before && dd.split !== null) onSharedInsert(ti, d, name, before);
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

function convertCombined(d: PyObject): void {
  const dd = d.v as DictData;
  if (dd.split === null) return;
  const n = dd.used;
  dd.split.refs--;
  dd.split = null;
  if (dd.valuesAddr !== 0) freeBuffer(dd.valuesAddr, dd.valuesBytes);
  dd.valuesAddr = 0;
  dd.valuesBytes = 0;
  let l = 3;
  while (((1 << l) * 2) / 3 < n + 1) l++;
  const keysBytes = (P.dictKeysHeader === 40 ? 40 + (1 << l) + 24 * (((1 << l) * 2 / 3) | 0) : 32 + (1 << l) + 16 * (((1 << l) * 2 / 3) | 0));
  dd.keysAddr = allocBuffer(keysBytes);
  dd.keysBytes = keysBytes;
  dd.log2 = l;
  dd.unicode = P.dictUnicodeEntries;
  dd.usable = (((1 << l) * 2) / 3 | 0) - n;
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

/** slot_tp_finalize: call __del__, printing "Exception ignored in" for errors. */
export function runDel(o: PyObject): void {
  const del = lookupSpecial(o, '__del__');
  if (del === null) return;
  try {
    const r = call(del, []);
    decref(r);
  } catch (e) {
    if (e instanceof PyErr) unraisable(e, del);
    else throw e;
  } finally {
    decref(del);
  }
}

/** PyErr_WriteUnraisable: "Exception ignored in: <...>" on stderr. */
export function unraisable(e: PyErr, where: PyObject | null): void {
  const exc = e.exc;
  let what = '';
  if (where !== null) {
    try {
      what = (pyRepr(where).v as string);
    } catch {
      what = '<object>';
    }
  }
  R.err.push(`Exception ignored in: ${what}\n`);
  R.err.push(`Traceback (most recent call last):\n`);
  const tn = heapInfo(exc.t).heap && P.minor < 11 ? `__main__.${heapInfo(exc.t).name}` : heapInfo(exc.t).name;
  let msg = '';
  try {
    const s = pyStr(exc);
    msg = s.v as string;
    decref(s);
  } catch {
    msg = '';
  }
  R.err.push(msg ? `${tn}: ${msg}\n` : `${tn}\n`);
  decref(exc);
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
  clearWeakrefs(o);
  // clear __slots__ in order
  const slots = slotsOf(o);
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const x = slots[i];
      if (x !== null) {
        slots[i] = null;
        decref(x);
      }
    }
  }
  const solid = ti.solid;
  if (solid !== null) {
    const sd = sideDicts.get(o);
    if (sd !== undefined) {
      sideDicts.delete(o);
      decref(sd);
    }
    // the builtin base's deallocation releases its payload and frees the block
    (solid.v as TypeInfo).dealloc(o);
    decref(tp);
    return;
  }
  const d = o.d as PyObject | null;
  o.d = null;
  if (d !== null) {
    if (isVirtualDict(d)) releaseVirtual(d);
    else decref(d);
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
  if (dd.split) dd.split.refs--;
  const ks = dd.ks, vs = dd.vs;
  dd.ks = [];
  dd.vs = [];
  dd.resetIndex();
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

function instanceTraverse(o: PyObject, visit: Visit): void {
  const slots = slotsOf(o);
  if (slots !== null) for (let i = 0; i < slots.length; i++) if (slots[i] !== null) visit(slots[i] as PyObject);
  const ti = heapInfo(o.t);
  if (ti.solid !== null) {
    const tr = (ti.solid.v as TypeInfo).traverse;
    if (tr) tr(o, visit);
    const sd = sideDicts.get(o);
    if (sd) visit(sd);
  } else {
    const d = o.d as PyObject | null;
    if (d !== null) {
      if (isVirtualDict(d)) dictTraverse(d, visit);
      else if ((d.v as DictData).embedded) {
        // 3.13: PyObject_VisitManagedDict visits the inline values, not the dict object
        dictTraverseValues(d, visit);
      } else visit(d);
    }
  }
  visit(o.t);
}

function instanceClear(o: PyObject): void {
  const slots = slotsOf(o);
  if (slots !== null) {
    for (let i = 0; i < slots.length; i++) {
      const x = slots[i];
      if (x !== null) {
        slots[i] = null;
        decref(x);
      }
    }
  }
  const ti = heapInfo(o.t);
  if (ti.solid !== null) {
    const cl = (ti.solid.v as TypeInfo).clear;
    if (cl) cl(o);
    const sd = sideDicts.get(o);
    if (sd !== undefined) {
      sideDicts.delete(o);
      decref(sd);
    }
    return;
  }
  const d = o.d as PyObject | null;
  if (d !== null) {
    if (isVirtualDict(d)) {
      // clear the values in place (the dict stays as storage)
      const dd = d.v as DictData;
      const vs = dd.vs.slice();
      const ks = dd.ks.slice();
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
      decref(d);
    }
  }
}

function instanceSizeof(o: PyObject): number {
  const ti = heapInfo(o.t);
  if (ti.solid !== null) return (ti.solid.v as TypeInfo).sizeof(o) + 8 * (ti.slotNames.length) + (ti.hasDict ? 8 : 0);
  return ti.basicsize();
}

// ---------------------------------------------------------------- class creation

/** __build_class__(func, name, *bases, **kw): run the body in a fresh namespace, then type(). */
export function buildClassImpl(body: PyObject, name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const bases = args.slice(0, args.length - nkw);
  if (nkw > 0) throw new NotSimulated('keyword arguments in a class statement', ST.line);
  const ns = newDict();
  try {
    const fd = body.v as FuncData;
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
    const cell = runFrame(fr);
    const cls = typeNew(T.type, name, bases, ns);
    if (cell !== S.None) {
      // the __class__ cell now refers to the class
      const old = cell.v as PyObject | null;
      cls.rc++;
      cell.v = cls;
      xdecref(old);
    }
    decref(cell);
    return cls;
  } finally {
    decref(ns);
  }
}

let newCellObj: () => PyObject = () => { throw new Error('unbound'); };
export function setCellFactory(f: () => PyObject): void {
  newCellObj = f;
}

/** type.__new__(meta, name, bases, ns) for class statements and 3-argument type(). */
export function typeNew(meta: PyObject, name: string, basesIn: PyObject[], ns: PyObject): PyObject {
  const bases = basesIn.length === 0 ? [T.object] : basesIn;
  for (const b of bases) {
    if (!isType(b)) raise(T.TypeError, `bases must be types`);
    if (!heapInfo(b).basetype) raise(T.TypeError, `type '${heapInfo(b).name}' is not an acceptable base type`);
  }
  if (meta !== T.type) throw new NotSimulated('metaclasses', ST.line);
  const ti = new TypeInfo(name, '__main__');
  const modName = dictGetStr(ns, '__module__');
  if (modName !== null && modName.t === T.str) ti.module = modName.v as string;
  const qn = dictGetStr(ns, '__qualname__');
  ti.qualname = qn !== null && qn.t === T.str ? (qn.v as string) : name;
  ti.heap = true;
  ti.gc = true;
  ti.bases = bases.slice();
  // best base: the first base's solid layout (single inheritance of builtin layouts)
  const base = bestBase(bases);
  ti.base = base;
  inheritSlots(ti, heapInfo(base));
  ti.solid = heapInfo(base).heap ? heapInfo(base).solid : base === T.object ? null : base;
  const cls = new PyObject(T.type, ti, null, F_GC);
  ti.mro = computeMro(cls);
  if (ti.mro.length === 0) raise(T.TypeError, 'Cannot create a consistent method resolution order (MRO) for bases ' + bases.map((b) => heapInfo(b).name).join(', '));
  // __slots__
  const slotsObj = dictGetStr(ns, '__slots__');
  const inheritedSlots: string[] = [];
  let baseHasDict = false, baseHasWeakref = false;
  for (const b of ti.mro.slice(1)) {
    const bi = heapInfo(b);
    if (bi.heap) {
      for (const s of bi.slotNames) if (!inheritedSlots.includes(s)) inheritedSlots.push(s);
      baseHasDict = baseHasDict || bi.hasDict;
      baseHasWeakref = baseHasWeakref || bi.hasWeakref;
    } else if (b === T.BaseException || isSubtype(b, T.BaseException)) {
      baseHasDict = true;
    }
  }
  let ownSlots: string[] = [];
  if (slotsObj !== null) {
    const items = slotsObj.t === T.str ? [slotsObj] : iterToArray(slotsObj);
    for (const s of items) {
      if (s.t !== T.str) raise(T.TypeError, `__slots__ items must be strings, not '${typeName(s)}'`);
      ownSlots.push(s.v as string);
    }
    if (slotsObj.t !== T.str) for (const s of items) decref(s);
    ti.hasDict = baseHasDict || ownSlots.includes('__dict__');
    ti.hasWeakref = baseHasWeakref || ownSlots.includes('__weakref__');
    ownSlots = ownSlots.filter((s) => s !== '__dict__' && s !== '__weakref__').map((s) => mangleSlot(name, s));
    if (ti.solid !== null && ownSlots.length > 0) throw new NotSimulated(`__slots__ on a subclass of '${heapInfo(ti.solid).name}'`, ST.line);
  } else {
    ti.hasDict = true;
    ti.hasWeakref = true;
  }
  ti.slotNames = [...inheritedSlots, ...ownSlots];
  const nslots = ti.slotNames.length;
  // instance basicsize (C.__basicsize__)
  const solidBasic = ti.solid !== null ? heapInfo(ti.solid).basicsize : null;
  const ownDict = ti.hasDict && !baseHasDict;
  const ownWeak = ti.hasWeakref && !baseHasWeakref;
  ti.basicsize = () => {
    let b = solidBasic !== null ? solidBasic() : 16;
    b += 8 * nslots;
    if (P.instanceLayout === 'dict') {
      if (ti.hasDict && solidBasic === null) b += 8;
      if (ti.hasWeakref && solidBasic === null) b += 8;
    } else if (P.minor === 11) {
      if (ti.hasWeakref && solidBasic === null) b += 8;
    }
    return b;
  };
  void ownDict;
  void ownWeak;
  // the class dict: a copy of the namespace (type_new: dict = PyDict_Copy(ns))
  const dict = newDict();
  for (const [k, v] of dictEntries(ns)) {
    if (k.t === T.str && (k.v === '__classcell__' || k.v === '__slots__' && false)) continue;
    dictSet(dict, k, v);
  }
  ti.dict = markTypeDict(dict);
  // __eq__ without __hash__: instances are unhashable
  if (dictGetStr(dict, '__eq__') !== null && dictGetStr(dict, '__hash__') === null) dictSetStr(dict, '__hash__', S.None);
  // __new__ and __init_subclass__/__class_getitem__ are implicitly static/class methods
  wrapImplicit(dict, '__new__', T.staticmethod);
  wrapImplicit(dict, '__init_subclass__', T.classmethod);
  wrapImplicit(dict, '__class_getitem__', T.classmethod);
  // member descriptors for own slots
  for (let i = inheritedSlots.length; i < ti.slotNames.length; i++) {
    const m = new PyObject(T.member_descriptor, { name: ti.slotNames[i], index: i, owner: cls }, null, F_GC | F_RUNTIME);
    dictSetStr(dict, ti.slotNames[i], m);
    m.rc--;
  }
  // shared keys for instance dicts
  if (ti.hasDict && ti.solid === null) {
    ti.sharedKeys = P.instanceLayout === 'dict'
      ? { log2: 3, usable: 5, nentries: 0, names: [], refs: 1 }
      : { log2: 6, usable: 30, nentries: 0, names: [], refs: 1 };
  }
  // slots: instances
  ti.dealloc = instanceDealloc;
  ti.traverse = instanceTraverse;
  ti.clear = instanceClear;
  ti.sizeof = instanceSizeof;
  ti.getattr = instanceGetAttr;
  ti.setattr = instanceSetAttr;
  ti.trashcan = true;
  fixupSlots(cls);
  for (const b of bases) b.rc++;
  allocBlock(cls, P.heapTypeSize);
  gcAllocHook();
  gcTrack(cls);
  // __set_name__ and __init_subclass__
  for (const [k, v] of [...dictEntries(dict)]) {
    const sn = typeLookup(v.t, '__set_name__');
    if (sn !== null) {
      const r = callSpecial(v, '__set_name__', [cls, k]);
      if (r) decref(r);
    }
  }
  const parentInit = superLookup(cls, '__init_subclass__');
  if (parentInit !== null) {
    const r = call(parentInit, []);
    decref(r);
    decref(parentInit);
  }
  return cls;
}

function iterToArray(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = (T as any).__iterHelper ? null : null;
  void it;
  const items = o.t === T.tuple || o.t === T.list ? (o.v as PyObject[]) : null;
  if (items) {
    for (const x of items) {
      x.rc++;
      out.push(x);
    }
    return out;
  }
  throw new NotSimulated('__slots__ given as a non-sequence', ST.line);
}

function mangleSlot(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  return `_${cls.replace(/^_+/, '')}${name}`;
}

function wrapImplicit(dict: PyObject, name: string, wrapper: PyObject): void {
  const f = dictGetStr(dict, name);
  if (f !== null && f.t === T.function) {
    const w = newWrapper(wrapper, f);
    dictSetStr(dict, name, w);
    decref(w);
  }
}

function bestBase(bases: PyObject[]): PyObject {
  let best: PyObject | null = null;
  for (const b of bases) {
    const solid = heapInfo(b).heap ? heapInfo(b).solid : b === T.object ? null : b;
    if (best === null) best = b;
    else {
      const bs = heapInfo(best).heap ? heapInfo(best).solid : best === T.object ? null : best;
      if (solid !== null && bs !== null && solid !== bs && !isSubtype(solid, bs) && !isSubtype(bs, solid)) {
        raise(T.TypeError, 'multiple bases have instance lay-out conflict');
      }
      if (bs === null && solid !== null) best = b;
    }
  }
  return best as PyObject;
}

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
  const solidTi = ti.solid !== null ? heapInfo(ti.solid) : heapInfo(T.object);
  ti.hasFinalizer = has('__del__');
  ti.repr = has('__repr__') ? (o) => strResult(callSpecial(o, '__repr__', []) as PyObject, '__repr__') : solidTi.repr;
  ti.str = has('__str__') ? (o) => strResult(callSpecial(o, '__str__', []) as PyObject, '__str__') : has('__repr__') ? null : solidTi.str;
  if (has('__hash__')) {
    const h = findInMro(ti, '__hash__');
    ti.hash = h === S.None ? null : (o) => {
      const r = callSpecial(o, '__hash__', []) as PyObject;
      try {
        if (r.t !== T.int && r.t !== T.bool) raise(T.TypeError, '__hash__ method should return an integer');
        const v = r.v as number | bigint;
        return typeof v === 'number' ? (v === -1 ? -2 : v) : v;
      } finally {
        decref(r);
      }
    };
  } else ti.hash = solidTi.hash;
  const cmpNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  if (cmpNames.some(has)) {
    const base = solidTi.richcompare;
    ti.richcompare = (a, b, op) => {
      const name = cmpNames[op];
      const m = lookupSpecial(a, name);
      if (m !== null && !(m.t === T.builtin_function || m.t === T.method_descriptor || (m.t === T.method && (m.v as PyObject).t !== T.function))) {
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
  ti.len = has('__len__') ? (o) => lenResult(callSpecial(o, '__len__', []) as PyObject) : solidTi.len;
  ti.bool = has('__bool__') ? (o) => {
    const r = callSpecial(o, '__bool__', []) as PyObject;
    if (r.t !== T.bool) {
      decref(r);
      raise(T.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
    }
    const v = r === S.True;
    decref(r);
    return v;
  } : solidTi.bool;
  ti.getitem = has('__getitem__') ? (o, k) => callSpecial(o, '__getitem__', [k]) as PyObject : solidTi.getitem;
  ti.setitem = has('__setitem__') || has('__delitem__') ? (o, k, v) => {
    const r = v === null ? callSpecial(o, '__delitem__', [k]) : callSpecial(o, '__setitem__', [k, v]);
    if (r === null) raise(T.AttributeError, v === null ? '__delitem__' : '__setitem__');
    decref(r);
  } : solidTi.setitem;
  ti.contains = has('__contains__') ? (o, v) => {
    const r = callSpecial(o, '__contains__', [v]) as PyObject;
    const t = truthy(r);
    decref(r);
    return t;
  } : (has('__iter__') ? null : solidTi.contains);
  ti.iter = has('__iter__') ? (o) => {
    const r = callSpecial(o, '__iter__', []) as PyObject;
    if ((r.t.v as TypeInfo).next === null) {
      const tn = typeName(r);
      decref(r);
      raise(T.TypeError, `iter() returned non-iterator of type '${tn}'`);
    }
    return r;
  } : solidTi.iter;
  ti.next = has('__next__') ? (o) => {
    try {
      return callSpecial(o, '__next__', []) as PyObject;
    } catch (e) {
      if (e instanceof PyErr && isSubtype(e.exc.t, T.StopIteration)) {
        decref(e.exc);
        return null;
      }
      throw e;
    }
  } : solidTi.next;
  ti.call = has('__call__') ? (o, args, kw) => {
    const m = lookupSpecial(o, '__call__') as PyObject;
    try {
      return call(m, args, kw);
    } finally {
      decref(m);
    }
  } : solidTi.call;
  ti.descrGet = has('__get__') ? (d, obj, type) => callSpecial(d, '__get__', [obj ?? S.None, type]) as PyObject : null;
  ti.descrSet = has('__set__') || has('__delete__') ? (d, obj, v) => {
    const r = v === null ? callSpecial(d, '__delete__', [obj]) : callSpecial(d, '__set__', [obj, v]);
    if (r === null) raise(T.AttributeError, v === null ? '__delete__' : '__set__');
    decref(r);
  } : null;
  if (has('__getattr__') || has('__getattribute__')) {
    ti.getattr = (o, name) => {
      let r: PyObject | null = null;
      if (has('__getattribute__')) {
        const n = newStr(name);
        try {
          r = callSpecial(o, '__getattribute__', [n]);
        } catch (e) {
          if (!(e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError) && has('__getattr__'))) throw e;
          decref(e.exc);
          r = null;
        } finally {
          decref(n);
        }
        if (r !== null) return r;
      } else {
        r = instanceGetAttr(o, name);
        if (r !== null) return r;
      }
      const n = newStr(name);
      try {
        return callSpecial(o, '__getattr__', [n]);
      } finally {
        decref(n);
      }
    };
  } else if (excSolid(ti)) {
    const excGet = solidTi.getattr as NonNullable<TypeInfo['getattr']>;
    ti.getattr = (o, name) => instanceGetAttr(o, name) ?? excGet(o, name);
  } else ti.getattr = instanceGetAttr;
  if (has('__setattr__') || has('__delattr__')) {
    ti.setattr = (o, name, v) => {
      const n = newStr(name);
      try {
        const r = v === null ? callSpecial(o, '__delattr__', [n]) : callSpecial(o, '__setattr__', [n, v]);
        if (r === null) instanceSetAttr(o, name, v);
        else decref(r);
      } finally {
        decref(n);
      }
    };
  } else if (excSolid(ti)) {
    const excSet = solidTi.setattr as NonNullable<TypeInfo['setattr']>;
    ti.setattr = (o, name, v) => {
      if (name === '__cause__' || name === '__context__' || name === '__traceback__' || name === 'args' || name === '__suppress_context__') excSet(o, name, v);
      else instanceSetAttr(o, name, v);
    };
  } else ti.setattr = instanceSetAttr;
  const nb: [string, string, string][] = [
    ['add', '__add__', '__radd__'], ['sub', '__sub__', '__rsub__'], ['mul', '__mul__', '__rmul__'],
    ['truediv', '__truediv__', '__rtruediv__'], ['floordiv', '__floordiv__', '__rfloordiv__'],
    ['mod', '__mod__', '__rmod__'], ['pow', '__pow__', '__rpow__'], ['lshift', '__lshift__', '__rlshift__'],
    ['rshift', '__rshift__', '__rrshift__'], ['and', '__and__', '__rand__'], ['or', '__or__', '__ror__'],
    ['xor', '__xor__', '__rxor__'], ['matmul', '__matmul__', '__rmatmul__'],
  ];
  for (const [slot, l, r] of nb) {
    if (has(l) || has(r)) (ti.nb as any)[slot] = binSlot(cls, l, r);
    else (ti.nb as any)[slot] = (solidTi.nb as any)[slot];
  }
  const inp: [string, string][] = [['iadd', '__iadd__'], ['isub', '__isub__'], ['imul', '__imul__'], ['ior', '__ior__'], ['iand', '__iand__'], ['ixor', '__ixor__']];
  for (const [slot, name] of inp) {
    if (has(name)) (ti.nb as any)[slot] = (a: PyObject, b: PyObject) => callSpecial(a, name, [b]) as PyObject;
    else (ti.nb as any)[slot] = (solidTi.nb as any)[slot];
  }
  const un: [string, string][] = [['neg', '__neg__'], ['pos', '__pos__'], ['abs', '__abs__'], ['invert', '__invert__'], ['index', '__index__'], ['int', '__int__'], ['float', '__float__']];
  for (const [slot, name] of un) {
    if (has(name)) (ti.nb as any)[slot] = (a: PyObject) => callSpecial(a, name, []) as PyObject;
    else (ti.nb as any)[slot] = (solidTi.nb as any)[slot];
  }
  ti.init = has('__init__') ? (self, args, kw) => {
    const r = callSpecialWithKw(self, '__init__', args, kw) as PyObject;
    if (r !== S.None) {
      const tn = typeName(r);
      decref(r);
      raise(T.TypeError, `__init__() should return None, not '${tn}'`);
    }
    decref(r);
  } : solidTi.init;
  const solidNew = solidTi.new;
  const valueSolid = ti.solid === T.int || ti.solid === T.float || ti.solid === T.str || ti.solid === T.tuple || ti.solid === T.bytes || ti.solid === T.complex;
  ti.new = has('__new__') ? (type, args, kw) => {
    const f = findInMro(ti, '__new__') as PyObject;
    const fn = f.t === T.staticmethod ? (f.v as PyObject) : f;
    return call(fn, [type, ...args], kw);
  } : ti.solid !== null && valueSolid && solidNew !== null ? (type, args, kw) => {
    // a subclass of an immutable builtin: build the base value, then an instance of `type` with it
    const base = solidNew(ti.solid as PyObject, args, kw);
    const o = new PyObject(type, base.v, base.d, (base.f & F_GC) | 0);
    if (Array.isArray(base.v)) for (const x of base.v as PyObject[]) x.rc++;
    const bytes = (heapInfo(type).basicsize()) + (ti.solid === T.tuple ? 16 + 8 * (base.v as PyObject[]).length : 0);
    allocBlock(o, bytes);
    if (o.f & F_GC) {
      gcAllocHook();
      gcTrack(o);
    }
    decref(base);
    type.rc++;
    return o;
  } : ti.solid !== null ? solidTi.new : (type, args, kw) => {
    // object_new: excess arguments are an error unless __init__ is overridden
    if ((args.length > 0 || (kw && kw.length > 0)) && !has('__init__')) {
      raise(T.TypeError, P.minor >= 10 ? `${heapInfo(type).name}() takes no arguments` : `${heapInfo(type).name}() takes no arguments`);
    }
    return allocInstance(type);
  };
  typeModified(ti);
}

// callSpecial with keywords (for __init__)
function callSpecialWithKw(o: PyObject, name: string, args: PyObject[], kw?: string[] | null): PyObject | null {
  return callSpecial(o, name, args, kw ?? null);
}
export { callSpecialWithKw };

function findInMro(ti: TypeInfo, name: string): PyObject | null {
  for (const t of ti.mro) {
    const v = dictGetStr(heapInfo(t).dict, name);
    if (v !== null) return v;
  }
  return null;
}

function strResult(r: PyObject, what: string): PyObject {
  if (r.t !== T.str && !isSubtype(r.t, T.str)) {
    const tn = typeName(r);
    decref(r);
    raise(T.TypeError, `${what} returned non-string (type ${tn})`);
  }
  return r;
}

function lenResult(r: PyObject): number {
  try {
    if (r.t !== T.int && r.t !== T.bool) raise(T.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
    const v = r.v as number;
    if (v < 0) raise(T.ValueError, '__len__() should return >= 0');
    return v;
  } finally {
    decref(r);
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

/** super().__init_subclass__ lookup for the new class. */
function superLookup(cls: PyObject, name: string): PyObject | null {
  const mro = heapInfo(cls).mro;
  for (let i = 1; i < mro.length; i++) {
    const v = dictGetStr(heapInfo(mro[i]).dict, name);
    if (v !== null) {
      if (mro[i] === T.object) return null;
      const dti = v.t.v as TypeInfo;
      if (dti.descrGet !== null) return dti.descrGet(v, null, cls);
      v.rc++;
      return v;
    }
  }
  return null;
}

// ---------------------------------------------------------------- type and object

function typeGetAttr(t: PyObject, name: string): PyObject | null {
  const meta = t.t;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== null) {
    const mti = metaAttr.t.v as TypeInfo;
    if (mti.descrGet !== null && mti.descrSet !== null) return mti.descrGet(metaAttr, t, meta);
  }
  const attr = typeLookup(t, name);
  if (attr !== null) {
    const ati = attr.t.v as TypeInfo;
    if (ati.descrGet !== null) return ati.descrGet(attr, null, t);
    attr.rc++;
    return attr;
  }
  if (metaAttr !== null) {
    const mti = metaAttr.t.v as TypeInfo;
    if (mti.descrGet !== null) return mti.descrGet(metaAttr, t, meta);
    metaAttr.rc++;
    return metaAttr;
  }
  return typeSpecialAttr(t, name);
}

function typeSpecialAttr(t: PyObject, name: string): PyObject | null {
  const ti = heapInfo(t);
  switch (name) {
    case '__name__': return newStr(ti.name.includes('.') && !ti.heap ? ti.name.slice(ti.name.lastIndexOf('.') + 1) : ti.name);
    case '__qualname__': return newStr(ti.qualname);
    case '__module__': return newStr(ti.module);
    case '__mro__': return newTuple(ti.mro.map((x) => incref(x)));
    case '__bases__': return newTuple(ti.bases.map((x) => incref(x)));
    case '__base__': return ti.base ? incref(ti.base) : (S.None.rc++, S.None);
    case '__dict__': return mappingProxy(ti.dict);
    case '__basicsize__': return newInt(ti.basicsize());
    case '__itemsize__': return newInt(ti.itemsize);
    case '__dictoffset__': return newInt(ti.hasDict ? (P.instanceLayout === 'dict' ? ti.basicsize() - (ti.hasWeakref ? 16 : 8) : P.minor === 11 ? -48 : -1) : 0);
    case '__weakrefoffset__': return newInt(ti.hasWeakref ? (P.minor >= 12 ? -32 : ti.basicsize() - 8) : 0);
    case '__doc__': S.None.rc++; return S.None;
    case '__class__': t.t.rc++; return t.t;
  }
  return null;
}

let mappingProxy: (d: PyObject) => PyObject = (d) => incref(d);
export function setMappingProxy(f: (d: PyObject) => PyObject): void {
  mappingProxy = f;
}

function typeSetAttr(t: PyObject, name: string, v: PyObject | null): void {
  const ti = heapInfo(t);
  if (!ti.heap) raise(T.TypeError, P.minor >= 10 ? `cannot set '${name}' attribute of immutable type '${ti.name}'` : `can't set attributes of built-in/extension type '${ti.name}'`);
  const descr = typeLookup(t.t, name);
  if (descr !== null && (descr.t.v as TypeInfo).descrSet !== null) {
    ((descr.t.v as TypeInfo).descrSet as NonNullable<TypeInfo['descrSet']>)(descr, t, v);
    return;
  }
  if (v === null) {
    if (!dictDelStr(ti.dict, name)) raise(T.AttributeError, P.minor >= 12 ? `type object '${ti.name}' has no attribute '${name}'` : name);
  } else dictSetStr(ti.dict, name, v);
  if (name.startsWith('__') && name.endsWith('__')) {
    fixupSlots(t);
    // subclasses see the change too
  }
  typeModified(ti);
}

function typeDealloc(t: PyObject): void {
  const ti = heapInfo(t);
  gcUntrack(t);
  clearWeakrefs(t);
  const d = ti.dict;
  ti.dict = undefined as unknown as PyObject;
  for (const b of ti.bases) decref(b);
  ti.bases = [];
  if (d) decref(d);
  freeBlock(t, P.heapTypeSize);
  gcCountFree();
}

function typeTraverse(t: PyObject, visit: Visit): void {
  const ti = heapInfo(t);
  if (!ti.heap) return;
  if (ti.dict) visit(ti.dict);
  for (const b of ti.bases) visit(b);
}

function typeClear(t: PyObject): void {
  const ti = heapInfo(t);
  if (!ti.heap || !ti.dict) return;
  const d = ti.dict;
  const entries = [...dictEntries(d)];
  const dd = d.v as DictData;
  void dd;
  for (const [k] of entries) dictDelStr(d, k.v as string);
}

/** type.__call__: tp_new, then tp_init if the result is an instance. Heap types receive their
 * arguments as a tuple (`_PyObject_MakeTpCall`), which holds a reference to each argument. */
function typeCall(t: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const ti = heapInfo(t);
  if (t === T.type && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    args[0].t.rc++;
    return args[0].t;
  }
  if (ti.new === null) raise(T.TypeError, `cannot create '${ti.name}' instances`);
  {
    const obj = ti.new(t, args, kwnames);
    if (!isSubtype(obj.t, t)) return obj;
    const oti = heapInfo(obj.t);
    if (oti.init !== null) {
      try {
        oti.init(obj, args, kwnames);
      } catch (e) {
        decref(obj);
        throw e;
      }
    }
    return obj;
  }
}

export function initTypeAndObject(): void {
  const tt = heapInfo(T.type);
  tt.gc = true;
  tt.basicsize = () => P.heapTypeSize - 16;
  tt.getattr = typeGetAttr;
  tt.setattr = typeSetAttr;
  tt.call = typeCall;
  tt.dealloc = typeDealloc;
  tt.traverse = typeTraverse;
  tt.clear = typeClear;
  tt.hash = identityHash;
  tt.sizeof = (t) => (heapInfo(t).heap ? P.heapTypeSize - 16 : 400);
  tt.repr = (t) => {
    const ti = heapInfo(t);
    const mod = ti.heap ? ti.module : 'builtins';
    return newStr(mod === 'builtins' ? `<class '${ti.name}'>` : `<class '${mod}.${ti.qualname}'>`);
  };
  tt.richcompare = (a, b, op) => (op === Py_EQ || op === Py_NE ? newBool((a === b) === (op === Py_EQ)) : notImpl());
  tt.new = (meta, args, kw) => {
    if (args.length === 1) {
      args[0].t.rc++;
      return args[0].t;
    }
    if (args.length !== 3) raise(T.TypeError, 'type() takes 1 or 3 arguments');
    if (kw && kw.length) raise(T.TypeError, 'type() takes no keyword arguments');
    const [name, bases, ns] = args;
    if (name.t !== T.str || bases.t !== T.tuple || ns.t !== T.dict) raise(T.TypeError, 'type() argument types');
    const d = newDict();
    for (const [k, v] of dictEntries(ns)) dictSet(d, k, v);
    if (dictGetStr(d, '__module__') === null) {
      const m = newStr('__main__');
      dictSetStr(d, '__module__', m);
      decref(m);
    }
    try {
      return typeNew(meta, name.v as string, (bases.v as PyObject[]).slice(), d);
    } finally {
      decref(d);
    }
  };
  tt.init = () => {};

  const ot = heapInfo(T.object);
  ot.basicsize = () => 16;
  ot.gc = false;
  ot.dealloc = (o) => freeBlock(o, 16);
  ot.getattr = genericGetAttr;
  ot.setattr = (o, name) => {
    const descr = typeLookup(o.t, name);
    if (descr !== null && (descr.t.v as TypeInfo).descrSet !== null) raise(T.AttributeError, 'readonly');
    raise(T.AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
  };
  ot.hash = identityHash;
  ot.repr = (o) => newStr(defaultRepr(o));
  ot.str = (o) => pyRepr(o);
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
    if (type === T.object) {
      const o = new PyObject(T.object, null, null, 0);
      allocBlock(o, 16);
      return o;
    }
    return allocInstance(type);
  };
  ot.init = (self, args, kw) => {
    const ti = heapInfo(self.t);
    if (args.length > 0 || (kw && kw.length > 0)) {
      if (ti.init !== ot.init) raise(T.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
      if (ti.new === ot.new) raise(T.TypeError, `${ti.name}() takes no arguments`);
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
export function newWrapper(type: PyObject, callable: PyObject): PyObject {
  callable.rc++;
  const o = new PyObject(type, callable, null, F_GC);
  allocBlock(o, 48);
  gcAllocHook();
  gcTrack(o);
  return o;
}

export class PropertyData {
  constructor(public fget: PyObject | null, public fset: PyObject | null, public fdel: PyObject | null, public doc: PyObject | null) {}
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
    ti.dealloc = (o) => {
      gcUntrack(o);
      const c = o.v as PyObject;
      o.v = null;
      decref(c);
      freeBlock(o, 48);
      gcCountFree();
    };
    ti.traverse = (o, visit) => {
      if (o.v) visit(o.v as PyObject);
    };
    ti.new = (type, args) => {
      if (args.length !== 1) raise(T.TypeError, `${heapInfo(type).name} expected 1 argument, got ${args.length}`);
      return newWrapper(type, args[0]);
    };
    ti.descrGet = isClass
      ? (o, obj, type) => newMethod(o.v as PyObject, type ?? (obj as PyObject).t)
      : (o) => incref(o.v as PyObject);
    ti.getattr = (o, name) => {
      if (name === '__func__') return incref(o.v as PyObject);
      return genericGetAttr(o, name);
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
    freeBlock(o, P.propertySize);
    gcCountFree();
  };
  pt.traverse = (o, visit) => {
    const pd = o.v as PropertyData | null;
    if (!pd) return;
    for (const x of [pd.fget, pd.fset, pd.fdel, pd.doc]) if (x) visit(x);
  };
  pt.new = (_type, args, kw) => {
    const names = ['fget', 'fset', 'fdel', 'doc'];
    const vals: (PyObject | null)[] = [null, null, null, null];
    const npos = args.length - (kw?.length ?? 0);
    for (let i = 0; i < npos; i++) vals[i] = args[i];
    for (let i = 0; i < (kw?.length ?? 0); i++) vals[names.indexOf((kw as string[])[i])] = args[npos + i];
    return newProperty(vals[0], vals[1], vals[2], vals[3]);
  };
  pt.descrGet = (p, obj) => {
    if (obj === null || obj === S.None) return incref(p);
    const pd = p.v as PropertyData;
    if (pd.fget === null || pd.fget === S.None) raise(T.AttributeError, P.minor >= 11 ? `property of '${typeName(obj)}' object has no getter` : "unreadable attribute");
    return call(pd.fget, [obj]);
  };
  pt.descrSet = (p, obj, v) => {
    const pd = p.v as PropertyData;
    const f = v === null ? pd.fdel : pd.fset;
    if (f === null || f === S.None) {
      raise(T.AttributeError, P.minor >= 11 ? `property of '${typeName(obj)}' object has no ${v === null ? 'deleter' : 'setter'}` : v === null ? "can't delete attribute" : "can't set attribute");
    }
    const r = v === null ? call(f, [obj]) : call(f, [obj, v]);
    decref(r);
  };
  pt.getattr = (o, name) => {
    const pd = o.v as PropertyData;
    if (name === 'fget') return incref(pd.fget ?? S.None);
    if (name === 'fset') return incref(pd.fset ?? S.None);
    if (name === 'fdel') return incref(pd.fdel ?? S.None);
    if (name === '__doc__') return incref(pd.doc ?? S.None);
    return genericGetAttr(o, name);
  };
  const copyWith = (p: PyObject, which: 'fget' | 'fset' | 'fdel', f: PyObject): PyObject => {
    const pd = p.v as PropertyData;
    const parts = { fget: pd.fget, fset: pd.fset, fdel: pd.fdel };
    parts[which] = f;
    return newProperty(parts.fget, parts.fset, parts.fdel, pd.doc);
  };
  defMethodsHook(T.property, {
    getter: (self, args, kw) => copyWith(self, 'fget', oneArgHook('getter', args, kw)),
    setter: (self, args, kw) => copyWith(self, 'fset', oneArgHook('setter', args, kw)),
    deleter: (self, args, kw) => copyWith(self, 'fdel', oneArgHook('deleter', args, kw)),
  });
  // member descriptors (__slots__)
  const mt = heapInfo(T.member_descriptor);
  mt.descrGet = (m, obj) => {
    if (obj === null || obj === S.None) return incref(m);
    const md = m.v as { name: string; index: number; owner: PyObject };
    const v = memberSlots(m, obj)[md.index];
    if (v === null) raise(T.AttributeError, P.minor >= 10 ? `'${typeName(obj)}' object has no attribute '${md.name}'` : md.name);
    v.rc++;
    return v;
  };
  mt.descrSet = (m, obj, v) => {
    const md = m.v as { name: string; index: number };
    const slots = memberSlots(m, obj);
    const old = slots[md.index];
    if (v === null && old === null) raise(T.AttributeError, P.minor >= 10 ? `'${typeName(obj)}' object has no attribute '${md.name}'` : md.name);
    if (v !== null) v.rc++;
    slots[md.index] = v;
    xdecref(old);
  };
  mt.repr = (m) => {
    const md = m.v as { name: string; owner: PyObject };
    return newStr(`<member '${md.name}' of '${heapInfo(md.owner).name}' objects>`);
  };
  // method descriptors (builtin methods in type dicts)
  const mdt = heapInfo(T.method_descriptor);
  mdt.descrGet = (d, obj) => {
    if (obj === null || obj === S.None) return incref(d);
    const md = d.v as MethodDescr;
    return builtinMethodHook.bind(md, obj);
  };
  mdt.call = (d, args, kw) => {
    const md = d.v as MethodDescr;
    if (args.length === 0) raise(T.TypeError, `unbound method ${heapInfo(md.owner).name}.${md.name}() needs an argument`);
    const self = args[0];
    if (self.t !== md.owner && !isSubtype(self.t, md.owner)) {
      raise(T.TypeError, `descriptor '${md.name}' for '${heapInfo(md.owner).name}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    return md.fn(self, args.slice(1), kw);
  };
  mdt.repr = (d) => {
    const md = d.v as MethodDescr;
    return newStr(`<method '${md.name}' of '${heapInfo(md.owner).name}' objects>`);
  };
  const cmd = heapInfo(T.classmethod_descriptor);
  cmd.descrGet = (d, obj, type) => {
    const md = d.v as MethodDescr;
    return builtinMethodHook.bind(md, type ?? (obj as PyObject).t);
  };
  // bound methods
  const meth = heapInfo(T.method);
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
    const q = f.t === T.function ? ((f.v as FuncData).qualname.v as string) : '?';
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
    else raise(T.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  }
  type.rc++;
  if (obj) obj.rc++;
  if (objType) objType.rc++;
  const o = new PyObject(T.super, new SuperData(type, obj, objType), null, F_GC);
  allocBlock(o, 48 + 16);
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
        if (dti.descrGet !== null) return dti.descrGet(v, sd.obj === sd.objType ? null : sd.obj, sd.objType);
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
  st.basicsize = () => 48;
  st.getattr = superGetAttr;
  st.dealloc = (o) => {
    gcUntrack(o);
    const sd = o.v as SuperData;
    o.v = null;
    decref(sd.type);
    xdecref(sd.obj);
    xdecref(sd.objType);
    freeBlock(o, 64);
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
