// set and frozenset (Objects/setobject.c): CPython's open-addressing table with linear probes
// (LINEAR_PROBES = 9) and perturbation, so iteration order, sizes and growth match CPython.
import { preHeaderBytes } from './classes';
import { PyObject, F_GC } from './object';
import { P, T, allocBlock, freeBlock, allocBuffer, freeBuffer, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref } from './core';
import type { Hash, TypeInfo, Visit } from './types';
import { isSubtype, typeName } from './types';
import { raise, raiseWith } from './exc';
import { hash as pyHash, storedKeyEq, getIter, iterNext, forEachItem, S, newBool, notImpl, repr } from './abstract';
import { newStr } from './str';
import { fromFormat } from './uwriter';
import { dictEntriesHashed, dictContainsHashed, type DictData } from './dict';
import { defMethods, noArgs, oneArg, argRange, splitArgs, noKw } from './methods';
import { newTuple } from './tuple';
import { sequenceList } from './listmethods';
import { reprEnter, reprLeave } from './reprguard';
import { clearWeakrefs } from './weakrefs';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
/** A deleted slot (the `dummy` key, hash -1). */
const DUMMY = { dummy: true } as unknown as PyObject;

export class SetData {
  keys: (PyObject | null)[] = new Array(MINSIZE).fill(null);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  /** frozenset hash cache (-1 = not computed) */
  hash: Hash = -1;
  tableAddr = 0;
}

function toUnsigned(h: Hash): bigint {
  return BigInt.asUintN(64, BigInt(h));
}

/** The probe sequence start and its continuation (size_t arithmetic). */
class Prober {
  i: number;
  private perturbN: number;
  private perturbB: bigint;
  private big: boolean;
  constructor(h: Hash, private mask: number) {
    if (typeof h === 'number' && h >= 0) {
      this.big = false;
      this.perturbN = h;
      this.perturbB = 0n;
      this.i = h % (mask + 1);
    } else {
      this.big = true;
      this.perturbB = toUnsigned(h);
      this.perturbN = 0;
      this.i = Number(this.perturbB & BigInt(mask));
    }
  }
  next(): void {
    if (this.big) {
      this.perturbB >>= BigInt(PERTURB_SHIFT);
      this.i = Number((BigInt(this.i) * 5n + 1n + this.perturbB) & BigInt(this.mask));
    } else {
      this.perturbN = Math.floor(this.perturbN / 32);
      this.i = (this.i * 5 + 1 + this.perturbN) % (this.mask + 1);
    }
  }
}

function sameHash(a: Hash, b: Hash): boolean {
  return a === b || (typeof a !== typeof b && BigInt(a) === BigInt(b));
}

/** set_lookkey: index of the active entry for key, or -1. */
function lookup(sd: SetData, key: PyObject, h: Hash): number {
  const mask = sd.mask;
  const p = new Prober(h, mask);
  for (;;) {
    let i = p.i;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = sd.keys[i];
      if (k === null) return -1;
      if (k !== DUMMY && sameHash(sd.hashes[i], h)) {
        if (k === key) return i;
        if (k.t === T.str && key.t === T.str) {
          if (k.v === key.v) return i;
        } else if (storedKeyEq(k, key)) return i;
      }
      i++;
    } while (probes-- > 0);
    p.next();
  }
}

/** set_insert_clean */
/** set_contains_entry (or set_discard_entry's lookup) on an entry of another table, as 3.10+'s
 * set_intersection, set_isdisjoint, set_difference(_update), set_issubset do it: the entry's key
 * held (Py_INCREF) meanwhile, so the `__eq__` it runs sees one reference more than on 3.8. */
function entryLookup(sd: SetData, key: PyObject, h: Hash): number {
  if (P.minor < 10) return lookup(sd, key, h);
  key.rc++;
  try {
    return lookup(sd, key, h);
  } finally {
    decref(key);
  }
}

function insertClean(keys: (PyObject | null)[], hashes: Hash[], mask: number, key: PyObject, h: Hash): void {
  const p = new Prober(h, mask);
  for (;;) {
    let i = p.i;
    if (keys[i] === null) {
      keys[i] = key;
      hashes[i] = h;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        i++;
        if (keys[i] === null) {
          keys[i] = key;
          hashes[i] = h;
          return;
        }
      }
    }
    p.next();
  }
}

function tableBytes(mask: number): number {
  return mask + 1 > MINSIZE ? 16 * (mask + 1) : 0;
}

/** set_table_resize: the smallest power of two > minused (at least 8); active entries are
 * re-inserted in table order. */
function resize(sd: SetData, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const oldKeys = sd.keys, oldHashes = sd.hashes, oldMask = sd.mask;
  if (newsize === MINSIZE && oldMask + 1 === MINSIZE && sd.fill === sd.used) return;
  const keys: (PyObject | null)[] = new Array(newsize).fill(null);
  const hashes: Hash[] = new Array(newsize).fill(0);
  const oldBytes = tableBytes(oldMask);
  const newBytes = tableBytes(newsize - 1);
  if (oldBytes !== newBytes || sd.tableAddr === 0) {
    // the new table is made before the old one is released
    const fresh = newBytes > 0 ? allocBuffer(newBytes) : 0;
    if (sd.tableAddr !== 0) freeBuffer(sd.tableAddr, oldBytes);
    sd.tableAddr = fresh;
  }
  for (let i = 0; i <= oldMask; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== DUMMY) insertClean(keys, hashes, newsize - 1, k, oldHashes[i]);
  }
  sd.keys = keys;
  sd.hashes = hashes;
  sd.mask = newsize - 1;
  sd.fill = sd.used;
}

/** set_add_entry: takes a new reference to key when inserted. Returns true if added. */
export function setAddEntry(sd: SetData, key: PyObject, h: Hash): boolean {
  const mask = sd.mask;
  const p = new Prober(h, mask);
  let freeslot = -1;
  for (;;) {
    let i = p.i;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = sd.keys[i];
      if (k === null) {
        key.rc++;
        if (freeslot >= 0) {
          sd.used++;
          sd.keys[freeslot] = key;
          sd.hashes[freeslot] = h;
          return true;
        }
        sd.fill++;
        sd.used++;
        sd.keys[i] = key;
        sd.hashes[i] = h;
        if (sd.fill * 5 < mask * 3) return true;
        resize(sd, sd.used > 50000 ? sd.used * 2 : sd.used * 4);
        return true;
      }
      if (k === DUMMY) {
        freeslot = i;
      } else if (sameHash(sd.hashes[i], h)) {
        if (k === key) return false;
        if (k.t === T.str && key.t === T.str) {
          if (k.v === key.v) return false;
        } else {
          // set_add_entry holds the key from its start (its Py_INCREF(key) before probing)
          key.rc++;
          try {
            if (storedKeyEq(k, key)) return false;
          } finally {
            key.rc--;
          }
        }
      }
      i++;
    } while (probes-- > 0);
    p.next();
  }
}

export function setAdd(s: PyObject, key: PyObject): boolean {
  return setAddEntry(s.v as SetData, key, pyHash(key));
}

/** Add stealing the reference. */
export function setAddSteal(s: PyObject, key: PyObject): void {
  try {
    setAdd(s, key);
  } finally {
    decref(key);
  }
}

export function setContains(s: PyObject, key: PyObject): boolean {
  let h: Hash;
  try {
    h = pyHash(key);
  } catch (e) {
    // set.__contains__ retries an unhashable set key as a frozenset
    if (key.t === T.set) return setContains(s, frozenCopy(key));
    throw e;
  }
  return lookup(s.v as SetData, key, h) >= 0;
}

/** set_discard_entry: true if removed (the key's reference is released). */
export function setDiscard(s: PyObject, key: PyObject): boolean {
  const sd = s.v as SetData;
  const i = lookup(sd, key, pyHash(key));
  if (i < 0) return false;
  const k = sd.keys[i] as PyObject;
  sd.keys[i] = DUMMY;
  sd.hashes[i] = -1;
  sd.used--;
  decref(k);
  return true;
}

/** Active entries in table order (borrowed). */
export function* setEntries(s: PyObject): Generator<[PyObject, Hash]> {
  const sd = s.v as SetData;
  for (let i = 0; i <= sd.mask; i++) {
    const k = sd.keys[i];
    if (k !== null && k !== DUMMY) yield [k, sd.hashes[i]];
  }
}

/** Members in table order with their stored hashes (_PySet_NextEntry). */
export function setEntriesHashed(s: PyObject): [PyObject, Hash][] {
  const out: [PyObject, Hash][] = [];
  const sd = s.v as SetData;
  for (let i = 0; i <= sd.mask; i++) {
    const k = sd.keys[i];
    if (k !== null && k !== DUMMY) out.push([k, sd.hashes[i]]);
  }
  return out;
}

export function setItems(s: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const sd = s.v as SetData;
  for (let i = 0; i <= sd.mask; i++) {
    const k = sd.keys[i];
    if (k !== null && k !== DUMMY) out.push(k);
  }
  return out;
}

// ---------------------------------------------------------------- creation

/** 3.8's empty-frozenset singleton, once frozenset() has made it. */
let emptyFrozen: PyObject | null = null;

/** Forget a previous run's empty-frozenset singleton. */
export function resetSetState(): void {
  emptyFrozen = null;
}

function allocSet(type: PyObject): PyObject {
  const o = new PyObject(type, new SetData(), null, F_GC);
  allocBlock(o, (type.v as TypeInfo).basicsize() + 16 + ((type.v as TypeInfo).heap ? preHeaderBytes(type) : 0));
  gcAllocHook();
  gcTrack(o);
  if ((type.v as TypeInfo).heap) type.rc++;
  return o;
}

/** PyFrozenSet_New(NULL): a new empty frozenset (not the empty-frozenset singleton frozenset() gives). */
export function newFrozenSetEmpty(): PyObject {
  return allocSet(T.frozenset);
}

export function newSet(): PyObject {
  return allocSet(T.set);
}

export function newSetOfType(type: PyObject): PyObject {
  return allocSet(type);
}

/** set_merge: add every entry of another set or frozenset. */
export function setMerge(s: PyObject, other: PyObject): void {
  const sd = s.v as SetData;
  const od = other.v as SetData;
  if (s === other || od.used === 0) return;
  if ((sd.fill + od.used) * 5 >= sd.mask * 3) resize(sd, (sd.used + od.used) * 2);
  if (sd.fill === 0 && sd.mask === od.mask && od.fill === od.used) {
    for (let i = 0; i <= od.mask; i++) {
      const k = od.keys[i];
      if (k !== null) {
        k.rc++;
        sd.keys[i] = k;
        sd.hashes[i] = od.hashes[i];
      }
    }
    sd.fill = od.fill;
    sd.used = od.used;
    return;
  }
  if (sd.fill === 0) {
    sd.fill = od.used;
    sd.used = od.used;
    for (let i = 0; i <= od.mask; i++) {
      const k = od.keys[i];
      if (k !== null && k !== DUMMY) {
        k.rc++;
        insertClean(sd.keys, sd.hashes, sd.mask, k, od.hashes[i]);
      }
    }
    return;
  }
  for (let i = 0; i <= od.mask; i++) {
    const k = od.keys[i];
    if (k !== null && k !== DUMMY) setAddEntry(sd, k, od.hashes[i]);
  }
}

/** set_update_internal */
export function setUpdateImpl(s: PyObject, other: PyObject): void {
  if (other.t === T.set || other.t === T.frozenset || isSubtype(other.t, T.set) || isSubtype(other.t, T.frozenset)) {
    setMerge(s, other);
    return;
  }
  const sd = s.v as SetData;
  if (other.t === T.dict) {
    const n = (other.v as DictData).used;
    if ((sd.fill + n) * 5 >= sd.mask * 3) resize(sd, (sd.used + n) * 2);
    // set_update_internal: the dict's stored hashes (_PyDict_Next), no __hash__ calls
    for (const [k, , h] of dictEntriesHashed(other)) setAddEntry(sd, k, h ?? pyHash(k));
    return;
  }
  forEachItem(other, (k) => void setAdd(s, k));
}

export function newFrozenSetFrom(iterable: PyObject): PyObject {
  const s = allocSet(T.frozenset);
  try {
    setUpdateImpl(s, iterable);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

/** BUILD_SET 0 + SET_UPDATE <frozenset constant> */
export function newSetFromFrozen(fs: PyObject): PyObject {
  const s = newSet();
  setMerge(s, fs);
  return s;
}

function frozenCopy(s: PyObject): PyObject {
  const f = allocSet(T.frozenset);
  setMerge(f, s);
  return f;
}

function copyOf(s: PyObject, type: PyObject): PyObject {
  const r = allocSet(type === T.frozenset || isSubtype(type, T.frozenset) ? T.frozenset : T.set);
  setMerge(r, s);
  return r;
}

// ---------------------------------------------------------------- lifecycle

export function setDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const sd = o.v as SetData;
  o.v = null;
  let used = sd.used;
  for (let i = 0; used > 0 && i <= sd.mask; i++) {
    const k = sd.keys[i];
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
  if (sd.tableAddr !== 0) freeBuffer(sd.tableAddr, tableBytes(sd.mask));
  const ti = o.t.v as TypeInfo;
  freeBlock(o, ti.basicsize() + 16 + (ti.heap ? preHeaderBytes(o.t) : 0));
  gcCountFree();
  // a subclass's instance: instanceDealloc, which called this, releases the type
}

export function setTraverse(o: PyObject, visit: Visit): void {
  const sd = o.v as SetData | null;
  if (sd === null) return;
  for (let i = 0; i <= sd.mask; i++) {
    const k = sd.keys[i];
    if (k !== null && k !== DUMMY) visit(k);
  }
}

/** set_clear_internal: back to the small table, then release the keys in table order. */
export function setClear(o: PyObject): void {
  const sd = o.v as SetData;
  const keys = sd.keys;
  const mask = sd.mask;
  if (sd.tableAddr !== 0) freeBuffer(sd.tableAddr, tableBytes(mask));
  sd.tableAddr = 0;
  sd.keys = new Array(MINSIZE).fill(null);
  sd.hashes = new Array(MINSIZE).fill(0);
  sd.mask = MINSIZE - 1;
  sd.fill = 0;
  sd.used = 0;
  for (let i = 0; i <= mask; i++) {
    const k = keys[i];
    if (k !== null && k !== DUMMY) decref(k);
  }
}

export function setSizeof(o: PyObject): number {
  return 200 + tableBytes((o.v as SetData).mask);
}

// ---------------------------------------------------------------- operations

function isAnySet(o: PyObject): boolean {
  return o.t === T.set || o.t === T.frozenset || isSubtype(o.t, T.set) || isSubtype(o.t, T.frozenset);
}

function resultType(s: PyObject): PyObject {
  return s.t === T.frozenset || isSubtype(s.t, T.frozenset) ? T.frozenset : T.set;
}

export function setUnion(s: PyObject, others: PyObject[]): PyObject {
  const r = copyOf(s, resultType(s));
  try {
    for (const o of others) if (o !== s) setUpdateImpl(r, o);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

export function setIntersection(so: PyObject, other: PyObject): PyObject {
  if (so === other) return copyOf(so, resultType(so));
  const result = allocSet(resultType(so));
  try {
    if (isAnySet(other)) {
      let a = so, b = other;
      if ((b.v as SetData).used > (a.v as SetData).used) [a, b] = [b, a];
      for (const [k, h] of [...setEntries(b)]) {
        if (entryLookup(a.v as SetData, k, h) >= 0) setAddEntry(result.v as SetData, k, h);
      }
      return result;
    }
    const it = getIter(other);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          const h = pyHash(k);
          if (lookup(so.v as SetData, k, h) >= 0) setAddEntry(result.v as SetData, k, h);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** set_difference_update_internal */
export function setDifferenceUpdate(so: PyObject, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isAnySet(other)) {
    // 3.10+: a set more than 8 times larger is replaced by its intersection with `so`
    const big = P.minor >= 10 && (other.v as SetData).used >> 3 > (so.v as SetData).used;
    const o = big ? setIntersection(so, other) : other;
    try {
      for (const [k, h] of [...setEntries(o)]) discardEntry(so, k, h, true);
    } finally {
      if (big) decref(o);
    }
  } else {
    forEachItem(other, (k) => void discardEntry(so, k, pyHash(k)));
  }
  // more than a quarter of the slots dummies: resize them away
  const sd = so.v as SetData;
  if (sd.fill - sd.used <= Math.floor(sd.mask / 4)) return;
  resize(sd, sd.used > 50000 ? sd.used * 2 : sd.used * 4);
}

/** set_discard_entry: true when the key was there. */
function discardEntry(so: PyObject, key: PyObject, h: Hash, entry = false): boolean {
  const sd = so.v as SetData;
  const i = entry ? entryLookup(sd, key, h) : lookup(sd, key, h);
  if (i < 0) return false;
  const k = sd.keys[i] as PyObject;
  sd.keys[i] = DUMMY;
  sd.hashes[i] = -1;
  sd.used--;
  decref(k);
  return true;
}

export function setDifference(so: PyObject, other: PyObject): PyObject {
  let otherSize: number;
  if (isAnySet(other)) otherSize = (other.v as SetData).used;
  else if (other.t === T.dict) otherSize = (other.v as DictData).used;
  else otherSize = -1;
  if (otherSize < 0 || (so.v as SetData).used >> 2 > otherSize) {
    const r = copyOf(so, resultType(so));
    try {
      setDifferenceUpdate(r, other);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }
  const result = allocSet(resultType(so));
  for (const [k, h] of [...setEntries(so)]) {
    let inOther: boolean;
    if (other.t !== T.dict) inOther = entryLookup(other.v as SetData, k, h) >= 0;
    else {
      // 3.10+ hold the key for _PyDict_Contains_KnownHash too
      if (P.minor >= 10) k.rc++;
      try {
        inOther = dictContainsHashed(other, k, h);
      } finally {
        if (P.minor >= 10) decref(k);
      }
    }
    if (!inOther) setAddEntry(result.v as SetData, k, h);
  }
  return result;
}

/** set_symmetric_difference_update */
export function setSymmetricDifferenceUpdate(so: PyObject, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  // set_discard_entry, and set_add_entry when the key was not there
  const toggle = (k: PyObject, h: Hash): void => {
    k.rc++;
    try {
      if (!discardEntry(so, k, h)) setAddEntry(so.v as SetData, k, h);
    } finally {
      decref(k);
    }
  };
  if (other.t === T.dict) {
    // the dict's stored hashes (_PyDict_Next)
    for (const [k, , h] of dictEntriesHashed(other)) toggle(k, h ?? pyHash(k));
    return;
  }
  const o = isAnySet(other) ? other : newSet();
  try {
    if (o !== other) setUpdateImpl(o, other);
    for (const [k, h] of [...setEntries(o)]) toggle(k, h);
  } finally {
    if (o !== other) decref(o);
  }
}

export function setSymmetricDifference(so: PyObject, other: PyObject): PyObject {
  const r = allocSet(resultType(so));
  try {
    setUpdateImpl(r, other);
    setSymmetricDifferenceUpdate(r, so);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function isSubset(a: PyObject, b: PyObject): boolean {
  const ad = a.v as SetData, bd = b.v as SetData;
  if (ad.used > bd.used) return false;
  for (const [k, h] of [...setEntries(a)]) if (entryLookup(bd, k, h) < 0) return false;
  return true;
}

/** set_repr: inside the repr guard, the repr of a list of the items without its brackets. */
function setRepr(o: PyObject): PyObject {
  const ti = o.t.v as TypeInfo;
  const name = ti.name;
  if (!reprEnter(o)) return fromFormat('%s(...)', [name]);
  if (setItems(o).length === 0) {
    reprLeave(o);
    return fromFormat('%s()', [name]);
  }
  try {
    const keys = sequenceList(o);
    let listrepr: PyObject;
    try {
      listrepr = repr(keys);
    } finally {
      decref(keys);
    }
    // PyUnicode_Substring(listrepr, 1, len - 1)
    const inner = newStr((listrepr.v as string).slice(1, -1));
    decref(listrepr);
    try {
      if (o.t === T.set) return fromFormat('{%U}', [inner]);
      return fromFormat('%s({%U})', [name, inner]);
    } finally {
      decref(inner);
    }
  } finally {
    reprLeave(o);
  }
}

function frozensetHash(o: PyObject): Hash {
  const sd = o.v as SetData;
  if (sd.hash !== -1) return sd.hash;
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (let i = 0; i <= sd.mask; i++) {
    const k = sd.keys[i];
    const h = k === null ? 0n : k === DUMMY ? M : toUnsigned(sd.hashes[i]);
    hash ^= shuffle(h);
  }
  if (((sd.mask + 1 - sd.fill) & 1) !== 0) hash ^= shuffle(0n);
  if (((sd.fill - sd.used) & 1) !== 0) hash ^= shuffle(M);
  hash ^= ((BigInt(sd.used) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  if (hash === M) hash = 590923713n;
  const signed = BigInt.asIntN(64, hash);
  const r: Hash = signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
  sd.hash = r;
  return r;
}

// ---------------------------------------------------------------- type setup

export function initSetTypes(): void {
  for (const t of [T.set, T.frozenset]) {
    const ti = t.v as TypeInfo;
    ti.gc = true;
    ti.basicsize = () => 200;
    ti.dealloc = setDealloc;
    ti.trashcan = true; // set_dealloc's Py_TRASHCAN_BEGIN
    ti.traverse = setTraverse;
    ti.clear = setClear;
    ti.sizeof = setSizeof;
    ti.repr = setRepr;
    ti.len = (o) => (o.v as SetData).used;
    ti.contains = (o, k) => setContains(o, k);
    ti.richcompare = (a, b, op) => {
      if (!isAnySet(b)) return notImpl();
      const ad = a.v as SetData, bd = b.v as SetData;
      switch (op) {
        case 2: return newBool(ad.used === bd.used && isSubset(a, b));
        case 3: return newBool(!(ad.used === bd.used && isSubset(a, b)));
        case 1: return newBool(isSubset(a, b));
        case 5: return newBool(isSubset(b, a));
        case 0: return newBool(ad.used < bd.used && isSubset(a, b));
        default: return newBool(bd.used < ad.used && isSubset(b, a));
      }
    };
    const bin = (f: (a: PyObject, b: PyObject) => PyObject) => (a: PyObject, b: PyObject): PyObject => {
      if (!isAnySet(a) || !isAnySet(b)) return notImpl();
      return f(a, b);
    };
    ti.nb = {
      or: bin((a, b) => setUnion(a, [b])),
      and: bin(setIntersection),
      sub: bin(setDifference),
      xor: bin(setSymmetricDifference),
    };
  }
  const st = T.set.v as TypeInfo;
  st.hash = null;
  st.new = (type) => allocSet(type);
  st.init = (self, args, kwnames) => {
    argRange('set', args, kwnames, 0, 1);
    if ((self.v as SetData).used > 0) setClear(self);
    if (args.length === 1) setUpdateImpl(self, args[0]);
  };
  st.nb.ior = (a, b) => {
    if (!isAnySet(b)) return notImpl();
    setUpdateImpl(a, b);
    a.rc++;
    return a;
  };
  st.nb.iand = (a, b) => {
    if (!isAnySet(b)) return notImpl();
    const r = setIntersection(a, b);
    swapContents(a, r);
    decref(r);
    a.rc++;
    return a;
  };
  st.nb.isub = (a, b) => {
    if (!isAnySet(b)) return notImpl();
    setDifferenceUpdate(a, b);
    a.rc++;
    return a;
  };
  st.nb.ixor = (a, b) => {
    if (!isAnySet(b)) return notImpl();
    setSymmetricDifferenceUpdate(a, b);
    a.rc++;
    return a;
  };
  const ft = T.frozenset.v as TypeInfo;
  ft.hash = frozensetHash;
  ft.new = (type, args, kwnames) => {
    argRange('frozenset', args, kwnames, 0, 1);
    if (args.length === 1 && args[0].t === T.frozenset && type === T.frozenset) {
      args[0].rc++;
      return args[0];
    }
    if (P.minor < 10 && type === T.frozenset && args.length === 0) {
      // 3.8: frozenset() returns the singleton without making a set
      if (emptyFrozen === null) emptyFrozen = allocSet(T.frozenset); // the static's reference
      emptyFrozen.rc++;
      return emptyFrozen;
    }
    const s = allocSet(type);
    if (args.length === 1) {
      try {
        setUpdateImpl(s, args[0]);
      } catch (e) {
        decref(s);
        throw e;
      }
    }
    // 3.8's frozenset_new: frozenset() and an empty frozenset(iterable) give the empty-frozenset
    // singleton, made on first use and kept by a static reference (gone in 3.10)
    if (P.minor < 10 && type === T.frozenset && (s.v as SetData).used === 0) {
      decref(s);
      if (emptyFrozen === null) emptyFrozen = allocSet(T.frozenset); // the static's reference
      emptyFrozen.rc++;
      return emptyFrozen;
    }
    return s;
  };

  const common = {
    copy: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      noArgs('copy', args, kw);
      if (self.t === T.frozenset) {
        self.rc++;
        return self;
      }
      return copyOf(self, resultType(self));
    },
    union: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      noKwArgs('union', kw);
      return setUnion(self, args);
    },
    intersection: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      noKwArgs('intersection', kw);
      if (args.length === 0) return copyOf(self, resultType(self));
      let r = setIntersection(self, args[0]);
      for (let i = 1; i < args.length; i++) {
        const n = setIntersection(r, args[i]);
        decref(r);
        r = n;
      }
      return r;
    },
    difference: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      noKwArgs('difference', kw);
      if (args.length === 0) return copyOf(self, resultType(self));
      let r = setDifference(self, args[0]);
      for (let i = 1; i < args.length; i++) setDifferenceUpdate(r, args[i]);
      return r;
    },
    symmetric_difference: (self: PyObject, args: PyObject[], kw: string[] | null) => setSymmetricDifference(self, oneArg('symmetric_difference', args, kw)),
    issubset: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      const o = oneArg('issubset', args, kw);
      if (isAnySet(o)) return newBool(isSubset(self, o));
      const tmp = newSet();
      setUpdateImpl(tmp, o);
      const r = newBool(isSubset(self, tmp));
      decref(tmp);
      return r;
    },
    issuperset: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      const o = oneArg('issuperset', args, kw);
      if (isAnySet(o)) return newBool(isSubset(o, self));
      const it = getIter(o);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === null) return newBool(true);
          const inside = setContains(self, k);
          decref(k);
          if (!inside) return newBool(false);
        }
      } finally {
        decref(it);
      }
    },
    isdisjoint: (self: PyObject, args: PyObject[], kw: string[] | null) => {
      const o = oneArg('isdisjoint', args, kw);
      if (o === self) return newBool((self.v as SetData).used === 0);
      if (o.t === T.set || o.t === T.frozenset) {
        // the smaller table's entries (their stored hashes) looked up in the larger
        let big = self, small = o;
        if ((o.v as SetData).used > (self.v as SetData).used) [big, small] = [o, self];
        for (const [k, h] of [...setEntries(small)]) if (entryLookup(big.v as SetData, k, h) >= 0) return newBool(false);
        return newBool(true);
      }
      const it = getIter(o);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === null) return newBool(true);
          const inside = setContains(self, k);
          decref(k);
          if (inside) return newBool(false);
        }
      } finally {
        decref(it);
      }
    },
  };
  defMethods(T.frozenset, common);
  defMethods(T.set, {
    ...common,
    add: (self, args, kw) => {
      setAdd(self, oneArg('add', args, kw));
      S.None.rc++;
      return S.None;
    },
    discard: (self, args, kw) => {
      setDiscard(self, oneArg('discard', args, kw));
      S.None.rc++;
      return S.None;
    },
    remove: (self, args, kw) => {
      const k = oneArg('remove', args, kw);
      if (!setDiscard(self, k)) raiseWith(T.KeyError, k);
      S.None.rc++;
      return S.None;
    },
    pop: (self, args, kw) => {
      noArgs('pop', args, kw);
      const sd = self.v as SetData;
      if (sd.used === 0) raise(T.KeyError, 'pop from an empty set');
      let i = sd.finger & sd.mask;
      while (sd.keys[i] === null || sd.keys[i] === DUMMY) {
        i++;
        if (i > sd.mask) i = 0;
      }
      const k = sd.keys[i] as PyObject;
      sd.keys[i] = DUMMY;
      sd.hashes[i] = -1;
      sd.used--;
      sd.finger = i + 1;
      return k;
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      setClear(self);
      S.None.rc++;
      return S.None;
    },
    update: (self, args, kw) => {
      noKwArgs('update', kw);
      for (const o of args) setUpdateImpl(self, o);
      S.None.rc++;
      return S.None;
    },
    difference_update: (self, args, kw) => {
      noKwArgs('difference_update', kw);
      for (const o of args) setDifferenceUpdate(self, o);
      S.None.rc++;
      return S.None;
    },
    intersection_update: (self, args, kw) => {
      noKwArgs('intersection_update', kw);
      setIntersectionUpdate(self, args);
      S.None.rc++;
      return S.None;
    },
    symmetric_difference_update: (self, args, kw) => {
      setSymmetricDifferenceUpdate(self, oneArg('symmetric_difference_update', args, kw));
      S.None.rc++;
      return S.None;
    },
  });
}

/** METH_VARARGS methods: "union() takes no keyword arguments" (from 3.11 "set.union() ..."). */
function noKwArgs(name: string, kw: string[] | null): void {
  noKw(name, kw, true);
}

/** set_intersection_update_multi: intersect with each argument in turn (set_intersection_multi),
 * then take over the last result's table. */
export function setIntersectionUpdate(so: PyObject, others: PyObject[]): void {
  if (others.length === 0) {
    // no arguments: a copy (set_copy) takes the place of the table
    const c = copyOf(so, resultType(so));
    swapContents(so, c);
    decref(c);
    return;
  }
  let result = so;
  so.rc++;
  try {
    for (const o of others) {
      const r = setIntersection(result, o);
      decref(result);
      result = r;
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  swapContents(so, result);
  decref(result);
}

/** set_swap_bodies */
function swapContents(a: PyObject, b: PyObject): void {
  const x = a.v as SetData;
  a.v = b.v;
  b.v = x;
}

export { splitArgs, newTuple, typeName };
