// dict: CPython's compact dict (Objects/dictobject.c). The entries array (`ks`/`vs`, with holes
// for deleted entries = DKIX_DUMMY) and the sizing state (dk_log2_size, dk_usable, dk_nentries,
// the 3.11+ unicode/general kind, split tables) follow CPython exactly, so sizes, growth and
// iteration order match. Lookup goes through an index of a primitive form of the key (str, int,
// float: in a large dict short strs in an open-addressing table of their own, the rest in a JS
// Map) or, for other keys, a hash-bucket map.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { preHeaderBytes } from './classes';
import { PyObject, F_GC, F_TRACKED, F_HASHED } from './object';
import type { Hash, TypeInfo } from './types';
import { typeEpoch } from './types';
import { registerFreeList, registerFreeListStats, registerFreeListSwap } from './freelists';
import { P, R, T, decref, allocBlock, freeBlock, allocBuffer, freeBuffer, gcTrack, gcUntrack, gcAllocHook, gcCountFree, noteReuse, noteRecycle } from './core';

/** Shared keys of a class's instance dicts (ht_cached_keys). */
export interface SharedKeys {
  log2: number;
  usable: number;
  nentries: number;
  names: string[];
  refs: number;
  /** 3.8/3.10: the keys' memory once the type no longer holds them (CACHED_KEYS set to NULL
   * while dicts still share them): freed with the last sharing dict. */
  addr?: number;
  bytes?: number;
}

/** dictkeys_decref of a dict's shared keys. */
export function releaseShared(sk: SharedKeys): void {
  if (--sk.refs === 0 && sk.addr) {
    freeKeys(sk.addr, sk.log2, false, sk.bytes as number);
    sk.addr = 0;
  }
}

/** Dicts up to this many entries find primitive keys by a linear scan instead of an index. */
const SMALL = 8;

export class DictData {
  /** primitive key -> entry index (built once the dict outgrows SMALL entries) */
  idx: Map<unknown, number> | null = null;
  /** primitive keys parallel to `ks` (undefined for deleted or object keys); once `idx` is
   * built, only the short str keys */
  pks: unknown[] = [];
  /** hash -> entry indices, for keys without a primitive form */
  oidx: Map<Hash, number[]> | null = null;
  ks: (PyObject | null)[] = [];
  vs: (PyObject | null)[] = [];
  /** hashes of object keys (parallel to ks), for rebuilding oidx */
  hs: Hash[] | null = null;
  used = 0;
  /** dk_log2_size; 0 = the shared Py_EMPTY_KEYS (no table allocated). */
  log2 = 0;
  usable = 0;
  /** 3.11+ DICT_KEYS_UNICODE (16-byte entries); always false before 3.11. */
  unicode = false;
  /** Split table sharing a class's keys (instance __dict__); null for combined tables. */
  split: SharedKeys | null = null;
  /** 3.13+: a materialised __dict__ still sharing its instance's inline values; dict_traverse
   * skips them (the instance visits them). */
  embedded = false;
  keysAddr = 0;
  keysBytes = 0;
  valuesAddr = 0;
  valuesBytes = 0;
  /** The dict of a type object: changing it invalidates the type lookup caches. */
  typeDict = false;
  /** 3.8/3.10: a key that is not an exact str went in (dk_lookup = lookdict): dict_traverse
   * visits the keys. Str-only tables visit only the values. (3.11+ uses `unicode`.) */
  general = false;
  /** Bumped whenever a key is added: the name caches' proof that a name is still absent (as
   * CPython's globals caches use the dict keys version). */
  kver = 0;

  /** Entry index of a primitive key, or -1. */
  find(pk: unknown): number {
    if (this.idx !== null) {
      if (this.stab !== null && typeof pk === 'string' && pk.length <= SHORT) return this.findShort(pk);
      const i = this.idx.get(pk);
      return i === undefined ? -1 : i;
    }
    return this.pks.indexOf(pk);
  }

  addPrim(pk: unknown, i: number): void {
    const short = typeof pk === 'string' && pk.length <= SHORT;
    // once indexed, pks keeps only the short str keys (the table compares them)
    if (this.idx === null || short) {
      if (i === 0 && this.pks.length === 0) this.pks = [pk];
      else this.pks[i] = pk;
    }
    if (this.idx !== null) {
      if (this.stab !== null && short) this.addShort(pk as string, i);
      else {
        this.idx.set(pk, i);
        if (this.stab === null && this.ks.length > BIG) this.startShort();
      }
      return;
    }
    if (this.ks.length > SMALL) {
      const m = new Map<unknown, number>();
      for (let j = 0; j < this.pks.length; j++) if (this.pks[j] !== undefined && this.ks[j] !== null) m.set(this.pks[j], j);
      this.idx = m;
    }
  }

  delPrim(pk: unknown, i: number): void {
    this.pks[i] = undefined;
    if (this.idx === null) return;
    if (this.stab === null || typeof pk !== 'string' || pk.length > SHORT) {
      this.idx.delete(pk);
      return;
    }
    const t = this.stab;
    const mask = (t.length >> 1) - 1;
    let p = strHash(pk) & mask;
    while (t[p << 1] !== i) p = (p + 1) & mask;
    t[p << 1] = DELETED;
  }

  /** The dict outgrew BIG entries: its short str keys move from the Map to their own table. */
  private startShort(): void {
    this.rebuildShort();
    const m = this.idx as Map<unknown, number>;
    const pks = this.pks;
    for (let j = 0; j < pks.length; j++) {
      const p = pks[j];
      if (typeof p === 'string' && p.length <= SHORT) m.delete(p);
    }
  }

  resetIndex(): void {
    this.idx = null;
    this.pks = [];
    this.stab = null;
    this.sfill = 0;
  }

  /** Open-addressing index of the short str keys once the dict is large (null before, when
   * the Map holds them too): slot pairs of an entry index (EMPTY, DELETED otherwise) and its
   * key's hash, probed linearly from the hash. Cheaper than the Map for the common fresh key
   * (strings compared only when their hashes are equal); long strings stay in the Map, so
   * hashing a key is bounded. */
  stab: Int32Array | null = null;
  /** slots of stab in use, live or DELETED */
  sfill = 0;

  private findShort(s: string): number {
    const t = this.stab;
    if (t === null) return -1;
    const mask = (t.length >> 1) - 1;
    const h = strHash(s);
    lastS = s;
    lastH = h;
    let p = h & mask;
    for (;;) {
      const e = t[p << 1];
      if (e === EMPTY) return -1;
      if (e >= 0 && t[(p << 1) + 1] === h && this.pks[e] === s) return e;
      p = (p + 1) & mask;
    }
  }

  private addShort(s: string, i: number): void {
    let t = this.stab;
    if (t === null || (this.sfill + 1) * 4 > t.length) t = this.rebuildShort();
    // the hash findShort just computed for this key (dictSet looks a key up before adding it)
    insertHashed(t, s === lastS ? lastH : strHash(s), i);
    this.sfill++;
  }

  /** A fresh table at most a quarter full of the live short str keys: from the old table's
   * live slots (their stored hashes; no string is rehashed), or from pks when there is none. */
  private rebuildShort(): Int32Array {
    const old = this.stab;
    if (old !== null) {
      let live = 0;
      for (let p = 0; p < old.length; p += 2) if (old[p] >= 0) live++;
      let size = 16;
      while (size < (live + 1) * 4) size *= 2;
      const t = new Int32Array(size << 1).fill(EMPTY);
      for (let p = 0; p < old.length; p += 2) {
        const e = old[p];
        if (e >= 0) insertHashed(t, old[p + 1], e);
      }
      this.stab = t;
      this.sfill = live;
      return t;
    }
    const pks = this.pks;
    let live = 0;
    for (let j = 0; j < pks.length; j++) {
      const p = pks[j];
      if (typeof p === 'string' && p.length <= SHORT) live++;
    }
    let size = 16;
    while (size < (live + 1) * 4) size *= 2;
    const t = new Int32Array(size << 1).fill(EMPTY);
    let n = 0;
    for (let j = 0; j < pks.length; j++) {
      const s = pks[j];
      if (typeof s !== 'string' || s.length > SHORT) continue;
      insertShort(t, s, j);
      n++;
    }
    this.stab = t;
    this.sfill = n;
    return t;
  }
}

/** The last string findShort hashed, and its hash (a function of the string alone). */
let lastS = '';
let lastH = 0;

function insertShort(t: Int32Array, s: string, i: number): void {
  insertHashed(t, strHash(s), i);
}

function insertHashed(t: Int32Array, h: number, i: number): void {
  const mask = (t.length >> 1) - 1;
  let p = h & mask;
  while (t[p << 1] !== EMPTY) p = (p + 1) & mask;
  t[p << 1] = i;
  t[(p << 1) + 1] = h;
}

/** Strings up to this long are indexed by DictData's own table (hashing them is cheap)... */
const SHORT = 32;
/** ...once the dict has more than this many entries (below, the Map costs less to build). */
const BIG = 128;
const EMPTY = -1;
const DELETED = -2;

/** FNV-1a over the UTF-16 code units, then mixed (linear probing wants the low bits spread). */
function strHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

// ---------------------------------------------------------------- key normalisation

/** The primitive form of a key, or undefined when it needs the hash path. Python's equal keys of
 * different types (1, 1.0, True) map to the same primitive, as they collide in CPython. */
export function primKey(k: PyObject): unknown {
  const t = k.t;
  if (t === T.str) {
    k.f |= F_HASHED;
    return k.v;
  }
  if (t === T.int || t === T.bool) return k.v;
  if (t === T.float) return floatKey(k.v as number);
  // A subclass of str/int/float that keeps its base's __hash__ and comparisons hashes and
  // compares as its value: the same entry as the base's equal key (d[S('a')] finds d['a']).
  const ti = t.v as TypeInfo;
  const base = ti.solid;
  if (!ti.heap || (base !== T.str && base !== T.int && base !== T.float)) return undefined;
  const bti = base.v as TypeInfo;
  if (ti.hash !== bti.hash || ti.richcompare !== bti.richcompare) return undefined;
  return base === T.float ? floatKey(k.v as number) : k.v;
}

function floatKey(x: number): unknown {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? x : BigInt(x);
  if (x !== x) return undefined; // NaN: identity only
  return x;
}

// Late-bound hooks to abstract.ts (avoids an import cycle at module-evaluation time).
export const dictHooks = {
  hash: (_o: PyObject): Hash => 0,
  eq: (_a: PyObject, _b: PyObject): boolean => false,
  keyError: (_k: PyObject): never => { throw new Error('unbound'); },
  strObj: (_s: string): PyObject => { throw new Error('unbound'); },
};

// ---------------------------------------------------------------- sizes

const USABLE = (n: number): number => ((n << 1) / 3) | 0;

/** Bytes of a keys object with 2**log2 slots (new_keys_object / _PyDict_KeysSize). */
export function keysBytes(log2: number, unicode: boolean): number {
  if (log2 === 0) return 0;
  const size = 1 << log2;
  const usable = USABLE(size);
  if (P.dictKeysHeader === 40) {
    // 3.8/3.10: sizeof(PyDictKeysObject) + DK_IXSIZE*size + 24*usable
    const ix = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffffff ? 4 : 8;
    return 40 + ix * size + 24 * usable;
  }
  // 3.11+: log2_index_bytes = log2 + {0,1,2,3}
  const ixShift = log2 < 8 ? 0 : log2 < 16 ? 1 : log2 < 32 ? 2 : 3;
  return 32 + (1 << (log2 + ixShift)) + (unicode && P.dictUnicodeEntries ? 16 : 24) * usable;
}

/** dict.__sizeof__ (_PyDict_SizeOf) without the GC head. */
export function dictSizeof(o: PyObject): number {
  const dd = o.v as DictData;
  let res = 48;
  if (dd.split) {
    const sk = dd.split;
    if (P.dictKeysHeader === 40) {
      res += 8 * USABLE(1 << sk.log2);
      // the keys count here when this dict is their only holder (dk_refcnt == 1: the class
      // stopped sharing them)
      if (sk.refs === 1) res += keysBytes(sk.log2, false);
      return res;
    }
    res += 8 * (sk.nentries + sk.usable);
    return res; // shared keys are accounted to the type
  }
  if (dd.log2 !== 0) res += keysBytes(dd.log2, dd.unicode);
  return res;
}

// ---------------------------------------------------------------- keys objects and their free list

/** Freed 8-slot keys objects kept for reuse (keys_free_list; 3.11+: str-key tables only). */
const keysFreeList: number[] = [];

function keysFreeListTakes(log2: number, unicode: boolean): boolean {
  return log2 === 3 && (unicode || P.minor < 11);
}

/** new_keys_object's memory: from the keys free list when it can, else PyObject_Malloc. */
export function allocKeys(log2: number, unicode: boolean, bytes: number): number {
  if (keysFreeListTakes(log2, unicode) && keysFreeList.length > 0) {
    R.bufferEpoch++; // the dict's size changes without an allocation: sizes measured before are stale
    return keysFreeList.pop() as number;
  }
  return allocBuffer(bytes);
}

/** free_keys_object's memory (and dictresize's of the old keys): onto the free list if it fits. */
export function freeKeys(addr: number, log2: number, unicode: boolean, bytes: number): void {
  if (keysFreeListTakes(log2, unicode) && keysFreeList.length < DICT_FREELIST_MAX) {
    keysFreeList.push(addr);
    R.bufferEpoch++;
    return;
  }
  freeBuffer(addr, bytes);
}

registerFreeList(() => {
  const bytes = keysBytes(3, P.minor >= 11);
  for (const addr of keysFreeList) freeBuffer(addr, bytes);
  keysFreeList.length = 0;
});
registerFreeListSwap((next) => {
  const prev = keysFreeList.splice(0, keysFreeList.length);
  if (next !== undefined) keysFreeList.push(...(next as number[]));
  return prev;
});
registerFreeListStats('DictKeys', () => (P.minor >= 13 ? [{ name: 'PyDictKeysObject', count: keysFreeList.length, size: 32 }] : []));

function setKeysTable(dd: DictData, log2: number, unicode: boolean): void {
  const bytes = keysBytes(log2, unicode);
  // dictresize: the new keys are made before the old ones are released
  const fresh = bytes > 0 ? allocKeys(log2, unicode, bytes) : 0;
  if (dd.keysAddr !== 0) freeKeys(dd.keysAddr, dd.log2, dd.unicode, dd.keysBytes);
  dd.keysAddr = fresh;
  dd.keysBytes = bytes;
  dd.log2 = log2;
  dd.unicode = unicode;
  dd.usable = log2 === 0 ? 0 : USABLE(1 << log2);
}

/** The table size for at least `minsize` slots: 3.8's dictresize loop, or 3.10+'s
 * calculate_(log2_)keysize bit trick, _Py_bit_length(((minsize | 8) - 1) | 7), which rounds
 * small requests up to 16 slots. */
export function log2For(minsize: number): number {
  if (P.minor < 10) {
    let l = 3;
    while (1 << l < minsize) l++;
    return l;
  }
  const m = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(m);
}

// ---------------------------------------------------------------- creation

const DICT_FREELIST_MAX = 80;
const freeDicts: PyObject[] = [];

registerFreeList(() => {
  for (const o of freeDicts) {
    freeBlock(o, 64);
    gcCountFree();
  }
  freeDicts.length = 0;
});

registerFreeListSwap((next) => {
  const prev = freeDicts.splice(0, freeDicts.length);
  if (next !== undefined) freeDicts.push(...(next as PyObject[]));
  return prev;
});

registerFreeListStats('Dict', () => [{ name: 'PyDictObject', count: freeDicts.length, size: 48 }]);

export function resetDictFreeList(): void {
  freeDicts.length = 0;
  keysFreeList.length = 0;
}

/** new_dict's object from the free list, for a dict made out of something else (an instance's
 * materialised __dict__): its block's address, or 0 when the free list is empty. */
export function takeFreeDictBlock(): number {
  const o = freeDicts.pop();
  return o === undefined ? 0 : o.a;
}

/** PyDict_New: an empty dict (Py_EMPTY_KEYS), from the free list when possible. */
export function newDict(): PyObject {
  let o: PyObject;
  const dd = new DictData();
  if (freeDicts.length > 0 && T.dict) {
    o = freeDicts.pop() as PyObject;
    o.rc = 1;
    o.v = dd;
    o.d = null;
    noteReuse(o);
  } else {
    o = new PyObject(T.dict, dd, null, F_GC);
    allocBlock(o, 48 + 16);
    gcAllocHook();
  }
  return o;
}

/** _PyDict_NewPresized(n): presized only past USABLE_FRACTION(8) items. `unicode` is the 3.11+
 * kind chosen by BUILD_MAP when every key is a str. */
export function newDictPresized(n: number, unicode: boolean): PyObject {
  const o = newDict();
  if (n > 5) {
    const minsize = (n * 3 + 1) >> 1;
    let log2: number;
    if (P.minor < 10) {
      // 3.8 _PyDict_NewPresized: start at 16 slots and double
      log2 = 4;
      while (1 << log2 < minsize) log2++;
    } else log2 = log2For(minsize);
    setKeysTable(o.v as DictData, log2, unicode && P.dictUnicodeEntries);
  }
  return o;
}

/** dict_new via tp_alloc (dict() calls): never from the free list; 3.8 gives it an 8-slot table. */
export function newDictFresh(type: PyObject): PyObject {
  const o = new PyObject(type, new DictData(), null, F_GC);
  // PyType_GenericAlloc: the GC head, and (3.11+) a subclass's managed-dict pre-header
  const ti = type.v as TypeInfo;
  allocBlock(o, ti.basicsize() + 16 + (ti.heap ? preHeaderBytes(type) : 0));
  gcAllocHook();
  if (P.minor < 10) setKeysTable(o.v as DictData, 3, false);
  return o;
}

/** dict_merge's one big resize up front (the caller checked USABLE_FRACTION(DK_SIZE) < the
 * other's ma_used): dictresize to estimate_keysize(n), whether or not the dict is empty. */
export function dictPresizeFor(d: PyObject, n: number, unicode: boolean): void {
  resize(d.v as DictData, log2For((n * 3 + 1) >> 1), unicode);
}

/** A split table gives up its class's shared keys and its values array. */
function dropSplit(dd: DictData): void {
  releaseShared(dd.split as NonNullable<DictData['split']>);
  dd.split = null;
  if (dd.valuesAddr !== 0) freeBuffer(dd.valuesAddr, dd.valuesBytes);
  dd.valuesAddr = 0;
  dd.valuesBytes = 0;
}

/** clone_combined_dict_keys into `dst` (an empty dict): the source's table exactly as it is — size,
 * kind, deleted slots (dk_nentries, dk_usable) — in fresh PyObject_Malloc memory, with new
 * references to every live key and value; no key is hashed or compared. The clone keeps the
 * source's GC tracking. */
export function dictCloneKeys(dst: PyObject, src: PyObject): void {
  const s = src.v as DictData;
  const dd = dst.v as DictData;
  // the clone is made first, then dictkeys_decref of the old keys (a split table drops its
  // shared keys, then its values)
  const bytes = keysBytes(s.log2, s.unicode);
  const fresh = bytes > 0 ? allocBuffer(bytes) : 0;
  if (dd.split !== null) dropSplit(dd);
  else if (dd.keysAddr !== 0) freeKeys(dd.keysAddr, dd.log2, dd.unicode, dd.keysBytes);
  dd.keysAddr = fresh;
  dd.keysBytes = bytes;
  dd.log2 = s.log2;
  dd.unicode = s.unicode;
  dd.usable = s.usable;
  dd.general = s.general;
  dd.ks = s.ks.slice();
  dd.vs = s.vs.slice();
  dd.hs = s.hs === null ? null : s.hs.slice();
  dd.pks = s.pks.slice();
  dd.idx = s.idx === null ? null : new Map(s.idx);
  dd.stab = s.stab === null ? null : s.stab.slice();
  dd.sfill = s.sfill;
  dd.oidx = s.oidx === null ? null : new Map([...s.oidx].map(([h, b]) => [h, b.slice()]));
  dd.used = s.used;
  dd.kver++;
  if (dd.typeDict) typeEpoch.n++;
  for (let i = 0; i < dd.ks.length; i++) {
    const k = dd.ks[i];
    if (k !== null) {
      k.rc++;
      (dd.vs[i] as PyObject).rc++;
    }
  }
  if (src.f & F_TRACKED && !(dst.f & F_TRACKED)) gcTrack(dst);
}

// ---------------------------------------------------------------- lookup

function findIndex(dd: DictData, key: PyObject): number {
  const pk = primKey(key);
  // unhashable keys raise even on an empty dict
  return findEntry(dd, key, pk, pk !== undefined ? 0 : dictHooks.hash(key));
}

/** The entry whose key equals `key` (pk: its primitive form; h: its hash when pk is undefined),
 * or -1. Keys live in two indexes — by primitive value, and by hash for other objects — and an
 * equal pair can straddle them (a str subclass with its own __eq__ against a plain str). */
function findEntry(dd: DictData, key: PyObject, pk: unknown, h: Hash): number {
  if (pk !== undefined) {
    const i = dd.find(pk);
    return i >= 0 || dd.oidx === null ? i : findInBucket(dd, dictHooks.hash(key), key);
  }
  const i = dd.oidx === null ? -1 : findInBucket(dd, h, key);
  if (i >= 0) return i;
  // an instance of a str/int/float subclass with its own comparison: an equal plain value
  const base = (key.t.v as TypeInfo).solid;
  if (base !== T.str && base !== T.int && base !== T.float) return -1;
  const vk = base === T.float ? floatKey(key.v as number) : key.v;
  const j = vk === undefined ? -1 : dd.find(vk);
  if (j < 0) return -1;
  const k = dd.ks[j] as PyObject;
  return dictHooks.hash(k) === h && dictHooks.eq(k, key) ? j : -1;
}

function findInBucket(dd: DictData, h: Hash, key: PyObject): number {
  const bucket = (dd.oidx as Map<Hash, number[]>).get(h);
  if (bucket === undefined) return -1;
  for (let j = 0; j < bucket.length; j++) {
    const k = dd.ks[bucket[j]] as PyObject;
    if (k === key || dictHooks.eq(k, key)) return bucket[j];
  }
  return -1;
}

/** Borrowed value or null. */
export function dictGet(d: PyObject, key: PyObject): PyObject | null {
  const dd = d.v as DictData;
  const i = findIndex(dd, key);
  return i < 0 ? null : dd.vs[i];
}

/** The key object the table holds for `key` (borrowed), or null: what an OrderedDict's fast
 * nodes are indexed by. */
export function dictStoredKey(d: PyObject, key: PyObject): PyObject | null {
  const dd = d.v as DictData;
  const i = findIndex(dd, key);
  return i < 0 ? null : dd.ks[i];
}

/** Borrowed value for a str key given as a JS string, or null. */
export function dictGetStr(d: PyObject, key: string): PyObject | null {
  const dd = d.v as DictData;
  const i = dd.find(key);
  return i < 0 ? null : dd.vs[i];
}

export function dictContains(d: PyObject, key: PyObject): boolean {
  return findIndex(d.v as DictData, key) >= 0;
}

/** _PyDict_GetItem_KnownHash: borrowed value or null, no __hash__ call. */
export function dictGetHashed(d: PyObject, key: PyObject, h: Hash): PyObject | null {
  const dd = d.v as DictData;
  const pk = primKey(key);
  const i = findEntry(dd, key, pk, pk !== undefined ? 0 : h);
  return i < 0 ? null : dd.vs[i];
}

/** _PyDict_DelItem_KnownHash (the caller knows the key is there). */
export function dictDelHashed(d: PyObject, key: PyObject, h: Hash): boolean {
  const dd = d.v as DictData;
  const pk = primKey(key);
  const i = findEntry(dd, key, pk, pk !== undefined ? 0 : h);
  if (i < 0) return false;
  removeAt(dd, i);
  return true;
}

/** _PyDict_Contains_KnownHash: no __hash__ call (h is the key's hash, stored by a set or dict). */
export function dictContainsHashed(d: PyObject, key: PyObject, h: Hash): boolean {
  const pk = primKey(key);
  return findEntry(d.v as DictData, key, pk, pk !== undefined ? 0 : h) >= 0;
}

// ---------------------------------------------------------------- insertion

/** _PyObject_GC_MAY_BE_TRACKED */
export function mayBeTracked(o: PyObject): boolean {
  if (!(o.f & F_GC)) return false;
  if (o.t === T.tuple) return (o.f & F_TRACKED) !== 0;
  if (o.t === T.type) return (o.v as { heap: boolean }).heap;
  return true;
}

/** dictresize of a dict to 2**log2 slots (a split table becomes combined). */
export function dictResize(d: PyObject, log2: number): void {
  const dd = d.v as DictData;
  resize(dd, log2, dd.unicode);
}

/** dictresize: compact entries into a new table of 2**log2 slots (split tables become combined). */
function resize(dd: DictData, log2: number, unicode: boolean): void {
  dd.embedded = false;
  // (a split table's shared keys are str-only: it may become a unicode table)
  if (!dd.unicode && dd.log2 !== 0 && dd.split === null) unicode = false;
  // dictresize makes the new table first, then gives up a split table's shared keys and values
  const split = dd.split !== null;
  setKeysTable(dd, log2, unicode && P.dictUnicodeEntries);
  if (split) dropSplit(dd);
  compact(dd);
  dd.usable -= dd.used;
}

function compact(dd: DictData): void {
  const n = dd.ks.length;
  if (dd.used === n) return;
  const ks: (PyObject | null)[] = new Array(dd.used);
  const vs: (PyObject | null)[] = new Array(dd.used);
  const hs: Hash[] | null = dd.hs ? new Array(dd.used) : null;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const k = dd.ks[i];
    if (k === null) continue;
    ks[j] = k;
    vs[j] = dd.vs[i];
    if (hs) hs[j] = (dd.hs as Hash[])[i];
    j++;
  }
  dd.ks = ks;
  dd.vs = vs;
  dd.hs = hs;
  rebuildIndex(dd);
}

/** Put a dict's entries in the order CPython's would have (`order` lists str keys; the others
 * follow in their order), without touching its table: for the dicts of the classes HeapLens
 * builds natively for Python code (collections.Counter), whose entries CPython's class body
 * inserts in source order. */
export function dictReorder(d: PyObject, order: string[]): void {
  const dd = d.v as DictData;
  const rank = (i: number): number => {
    const k = dd.ks[i] as PyObject;
    const r = k.t === T.str ? order.indexOf(k.v as string) : -1;
    return r < 0 ? order.length : r;
  };
  const live: number[] = [];
  for (let i = 0; i < dd.ks.length; i++) if (dd.ks[i] !== null) live.push(i);
  live.sort((a, b) => rank(a) - rank(b) || a - b);
  const n = dd.ks.length;
  const ks: (PyObject | null)[] = new Array(n).fill(null);
  const vs: (PyObject | null)[] = new Array(n).fill(null);
  const hs: Hash[] | null = dd.hs ? new Array(n) : null;
  live.forEach((i, j) => {
    ks[j] = dd.ks[i];
    vs[j] = dd.vs[i];
    if (hs) hs[j] = (dd.hs as Hash[])[i];
  });
  dd.ks = ks;
  dd.vs = vs;
  dd.hs = hs;
  dd.kver++;
  rebuildIndex(dd);
}

function rebuildIndex(dd: DictData): void {
  dd.resetIndex();
  dd.oidx = null;
  for (let i = 0; i < dd.ks.length; i++) {
    const k = dd.ks[i];
    if (k === null) continue;
    const pk = primKey(k);
    if (pk !== undefined) dd.addPrim(pk, i);
    else addObjIndex(dd, (dd.hs as Hash[])[i], i);
  }
}

function addObjIndex(dd: DictData, h: Hash, i: number): void {
  if (dd.oidx === null) dd.oidx = new Map();
  const b = dd.oidx.get(h);
  if (b === undefined) dd.oidx.set(h, [i]);
  else b.push(i);
}

/** PyDict_SetItem: key and value are borrowed (the dict takes its own references). */
export function dictSet(d: PyObject, key: PyObject, value: PyObject, knownHash?: Hash, steal = false): void {
  const dd = d.v as DictData;
  const pk = primKey(key);
  let h: Hash = 0;
  let i: number;
  if (pk !== undefined && dd.oidx === null) i = dd.find(pk);
  else {
    // The references the table will own are taken before the key's __hash__/__eq__ run, which
    // see them: 3.8/3.10's insertdict takes them before its lookup (PyDict_SetItem hashes first);
    // on 3.11+ PyDict_SetItem takes them before hashing (_PyDict_SetItem_Take2(mp,
    // Py_NewRef(key), Py_NewRef(value))), as dict_merge and setdefault do, while `steal` — MAP_ADD
    // and STORE_SUBSCR_DICT handing the stack's references to _PyDict_SetItem_Take2 — takes none.
    // (The caller holds both throughout, so dropping them again never frees anything.)
    const early = P.minor >= 11 && !steal;
    if (early) {
      key.rc++;
      value.rc++;
    }
    try {
      // `knownHash`: the hash a dict or set entry already stores (insertdict with the source's
      // me_hash: copies, merges and fromkeys never call the key's __hash__ again)
      h = pk !== undefined ? 0 : knownHash ?? dictHooks.hash(key);
      if (P.minor < 11) {
        key.rc++;
        value.rc++;
        try {
          i = findEntry(dd, key, pk, h);
        } finally {
          key.rc--;
          value.rc--;
        }
      } else i = findEntry(dd, key, pk, h);
    } finally {
      if (early) {
        key.rc--;
        value.rc--;
      }
    }
  }
  const isStr = key.t === T.str;
  if (dd.split !== null && (!isStr || i < 0)) {
    // insertdict on a split table: a non-str key makes it a general table (insertion_resize).
    // A new str key goes into the shared keys while they have room (dk_usable) - on 3.8/3.10
    // only in the shared order, at the end of both - else the dict gets its own table. Both
    // resize to GROWTH_RATE = ma_used*3.
    const sk = dd.split;
    const name = key.v as string;
    const ix = isStr ? sk.names.indexOf(name) : -1;
    const own = !isStr || (P.dictKeysHeader === 40
      ? (ix >= 0 ? ix !== dd.used : dd.used !== sk.names.length || sk.usable <= 0)
      : ix < 0 && sk.usable <= 0);
    if (own) {
      resize(dd, log2For(dd.used * 3), isStr);
      if (i >= 0) i = findIndex(dd, key);
    } else if (ix < 0) {
      sk.names.push(name);
      sk.nentries++;
      sk.usable--;
    }
  }
  if (dd.unicode && !isStr && dd.log2 !== 0) {
    // insertion_resize(mp, 0): a non-str key turns a unicode table into a general one.
    resize(dd, log2For(dd.used * 3), false);
    if (i >= 0) i = findIndex(dd, key);
  }
  if (!(d.f & F_TRACKED) && (d.f & F_GC) && (mayBeTracked(key) || mayBeTracked(value))) gcTrack(d);
  if (i >= 0) {
    const old = dd.vs[i] as PyObject;
    value.rc++;
    dd.vs[i] = value;
    if (dd.typeDict) typeEpoch.n++;
    decref(old);
    return;
  }
  if (dd.log2 === 0) {
    setKeysTable(dd, 3, isStr && P.dictUnicodeEntries);
  } else if (dd.usable <= 0) {
    resize(dd, log2For(dd.used * 3), dd.unicode);
  }
  key.rc++;
  value.rc++;
  if (!isStr) dd.general = true;
  const idx = dd.ks.length;
  if (idx === 0) {
    // a first entry: arrays of one (a push onto an empty array reserves 17 slots, and most
    // dicts - an instance's attributes, a small literal - stay small)
    dd.ks = [key];
    dd.vs = [value];
  } else {
    dd.ks.push(key);
    dd.vs.push(value);
  }
  dd.kver++;
  if (dd.typeDict) typeEpoch.n++;
  if (pk !== undefined) {
    dd.addPrim(pk, idx);
    if (dd.hs) dd.hs.push(0);
  } else {
    if (dd.hs === null) dd.hs = new Array(idx).fill(0);
    dd.hs.push(h);
    addObjIndex(dd, h, idx);
  }
  dd.used++;
  dd.usable--;
}

export function dictSetStr(d: PyObject, key: string, value: PyObject): void {
  const dd = d.v as DictData;
  const i = dd.find(key);
  if (i >= 0) {
    if (!(d.f & F_TRACKED) && (d.f & F_GC) && mayBeTracked(value)) gcTrack(d);
    const old = dd.vs[i] as PyObject;
    value.rc++;
    dd.vs[i] = value;
    if (dd.typeDict) typeEpoch.n++;
    decref(old);
    return;
  }
  const k = dictHooks.strObj(key);
  dictSet(d, k, value);
  decref(k);
}

/** Remove an entry; returns false if absent. The released key/value are decref'd after the
 * entry is gone (delitem_common: old key then old value). */
export function dictDel(d: PyObject, key: PyObject): boolean {
  const dd = d.v as DictData;
  const i = findIndex(dd, key);
  if (i < 0) return false;
  removeAt(dd, i);
  return true;
}

export function dictDelStr(d: PyObject, key: string): boolean {
  const dd = d.v as DictData;
  const i = dd.find(key);
  if (i < 0) return false;
  removeAt(dd, i);
  return true;
}

function removeAt(dd: DictData, i: number): void {
  if (dd.typeDict) typeEpoch.n++;
  const k = dd.ks[i] as PyObject;
  const v = dd.vs[i] as PyObject;
  let j = i;
  if (dd.split !== null) {
    // Deleting from a split table converts it to a combined one in 3.8/3.10 (delitem_common
    // requires a combined table: dictresize first). 3.11+ keeps it split.
    if (P.dictKeysHeader === 40) {
      resize(dd, dd.split.log2, true);
      j = dd.ks.indexOf(k); // the entry moved (found by identity: no second __hash__/__eq__)
    }
  }
  dd.ks[j] = null;
  dd.vs[j] = null;
  const pk = primKey(k);
  if (pk !== undefined) dd.delPrim(pk, j);
  else if (dd.oidx !== null) {
    const h = (dd.hs as Hash[])[j];
    const b = dd.oidx.get(h) as number[];
    b.splice(b.indexOf(j), 1);
    if (b.length === 0) dd.oidx.delete(h);
  }
  dd.used--;
  decref(k);
  decref(v);
}

/** dict.pop(key): returns the value as a new reference (ownership moves out), or null. */
export function dictPop(d: PyObject, key: PyObject): PyObject | null {
  const dd = d.v as DictData;
  const i = findIndex(dd, key);
  if (i < 0) return null;
  const v = dd.vs[i] as PyObject;
  v.rc++;
  removeAt(dd, i);
  return v;
}

/** popitem(): the last entry as [key, value], both owned; nentries shrinks (dk_usable does not grow). */
export function dictPopLast(d: PyObject): [PyObject, PyObject] | null {
  const dd = d.v as DictData;
  if (dd.used === 0) return null;
  if (dd.split !== null) resize(dd, dd.split.log2, true);
  let i = dd.ks.length - 1;
  while (i >= 0 && dd.ks[i] === null) i--;
  const k = dd.ks[i] as PyObject;
  const v = dd.vs[i] as PyObject;
  const pk = primKey(k);
  if (pk !== undefined) dd.delPrim(pk, i);
  else if (dd.oidx !== null) {
    const h = (dd.hs as Hash[])[i];
    const b = dd.oidx.get(h) as number[];
    b.splice(b.indexOf(i), 1);
    if (b.length === 0) dd.oidx.delete(h);
  }
  dd.ks.length = i;
  dd.vs.length = i;
  if (dd.pks.length > i) dd.pks.length = i;
  if (dd.hs) dd.hs.length = i;
  dd.used--;
  return [k, v];
}

/** PyDict_Clear: back to Py_EMPTY_KEYS, then release entries in order. */
export function dictClear(d: PyObject): void {
  const dd = d.v as DictData;
  if (dd.typeDict) typeEpoch.n++;
  if (dd.log2 === 0 && dd.split === null) return;
  const ks = dd.ks;
  const vs = dd.vs;
  if (dd.embedded) {
    // 3.13 clear_lock_held -> clear_embedded_values: a dict still on its instance's inline
    // values keeps the shared keys and the values array; only the values go (in entry order)
    dd.usable += ks.length;
    dd.ks = [];
    dd.vs = [];
    dd.resetIndex();
    dd.used = 0;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === null) continue;
      decref(k);
      decref(vs[i] as PyObject);
    }
    return;
  }
  if (dd.split) {
    releaseShared(dd.split);
    dd.split = null;
  }
  if (dd.valuesAddr !== 0) freeBuffer(dd.valuesAddr, dd.valuesBytes);
  dd.valuesAddr = 0;
  dd.valuesBytes = 0;
  setKeysTable(dd, 0, false);
  dd.general = false;
  dd.ks = [];
  dd.vs = [];
  dd.hs = null;
  dd.resetIndex();
  dd.oidx = null;
  dd.used = 0;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    const v = vs[i] as PyObject;
    decref(k);
    decref(v);
  }
}

/** Live entries as [key, value] pairs (borrowed), in insertion order. */
export function* dictEntries(d: PyObject): Generator<[PyObject, PyObject]> {
  const dd = d.v as DictData;
  for (let i = 0; i < dd.ks.length; i++) {
    const k = dd.ks[i];
    if (k !== null) yield [k, dd.vs[i] as PyObject];
  }
}

/** Entries with the hash the table stores for object keys (undefined for keys the simulator
 * indexes by value, whose hash has no side effects): what _PyDict_Next gives dict_merge. */
export function dictEntriesHashed(d: PyObject): [PyObject, PyObject, Hash | undefined][] {
  const dd = d.v as DictData;
  const out: [PyObject, PyObject, Hash | undefined][] = [];
  for (let i = 0; i < dd.ks.length; i++) {
    const k = dd.ks[i];
    if (k !== null) out.push([k, dd.vs[i] as PyObject, primKey(k) === undefined && dd.hs !== null ? dd.hs[i] : undefined]);
  }
  return out;
}

export function dictLen(d: PyObject): number {
  return (d.v as DictData).used;
}

// ---------------------------------------------------------------- split tables (instance dicts)

/** Make `d` a split table over the class's shared keys (3.8/3.10 new_dict_with_shared_keys). */
export function makeSplit(d: PyObject, sk: SharedKeys, valuesBytes: number): void {
  const dd = d.v as DictData;
  dd.split = sk;
  sk.refs++;
  dd.log2 = sk.log2;
  dd.usable = Math.max(0, USABLE(1 << sk.log2));
  dd.valuesBytes = valuesBytes;
  dd.valuesAddr = valuesBytes > 0 ? allocBuffer(valuesBytes) : 0;
}

/** PyDict_Copy of a split table: a new dict object (PyObject_GC_New, not the free list) that
 * shares the keys and copies the values (in the original's order); tracked if the original is. */
export function dictCopySplit(d: PyObject): PyObject {
  const src = d.v as DictData;
  const sk = src.split as SharedKeys;
  const o = new PyObject(T.dict, new DictData(), null, F_GC);
  allocBlock(o, 48 + 16);
  gcAllocHook();
  // new_values: USABLE_FRACTION(DK_SIZE) pointers (3.8/3.10); 3.11+ shared_keys_usable_size
  // pointers after the insertion-order prefix
  const size = P.dictKeysHeader === 40 ? USABLE(1 << sk.log2) : sk.nentries + sk.usable;
  const bytes = P.dictKeysHeader === 40 ? 8 * size : P.minor >= 13 ? ((size + 7) & ~7) + 8 * (size + 1) : ((size + 2 + 7) & ~7) + 8 * size;
  makeSplit(o, sk, bytes);
  const dd = o.v as DictData;
  dd.usable = src.usable;
  for (let i = 0; i < src.ks.length; i++) {
    const k = src.ks[i];
    if (k === null) continue;
    const v = src.vs[i] as PyObject;
    k.rc++;
    v.rc++;
    dd.addPrim(k.v, dd.ks.length);
    dd.ks.push(k);
    dd.vs.push(v);
    dd.used++;
  }
  if (d.f & F_TRACKED) gcTrack(o);
  return o;
}

// ---------------------------------------------------------------- lifecycle

/** dict_dealloc: release entries in order (key, then value), free the keys table, then the
 * object goes to the dict free list (no GC count change) or is freed. */
export function dictDealloc(o: PyObject): void {
  gcUntrack(o);
  const dd = o.v as DictData;
  const ks = dd.ks;
  const vs = dd.vs;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    const v = vs[i] as PyObject;
    decref(k);
    decref(v);
  }
  if (dd.split) releaseShared(dd.split);
  if (dd.keysAddr !== 0) freeKeys(dd.keysAddr, dd.log2, dd.unicode, dd.keysBytes);
  if (dd.valuesAddr !== 0) freeBuffer(dd.valuesAddr, dd.valuesBytes);
  o.v = null;
  if (o.t === T.dict && freeDicts.length < DICT_FREELIST_MAX) {
    freeDicts.push(o);
    noteRecycle(o);
  } else {
    freeBlock(o, (o.t.v as { basicsize: () => number }).basicsize() + 16 + ((o.t.v as TypeInfo).heap ? preHeaderBytes(o.t) : 0));
    gcCountFree();
  }
}

export function dictTraverse(o: PyObject, visit: (x: PyObject) => void): void {
  const dd = o.v as DictData;
  if (dd === null || dd.embedded) return;
  // dict_traverse: a general table visits each value then its key; a str-only (unicode) or
  // split table visits only the values
  const keys = dd.split === null && (P.dictUnicodeEntries ? !dd.unicode : dd.general);
  const ks = dd.ks, vs = dd.vs;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    visit(vs[i] as PyObject);
    if (keys) visit(k);
  }
}

/** Visit a dict's values even when embedded (the owning instance's traversal). */
export function dictTraverseValues(o: PyObject, visit: (x: PyObject) => void): void {
  const dd = o.v as DictData;
  for (let i = 0; i < dd.ks.length; i++) {
    if (dd.ks[i] === null) continue;
    visit(dd.vs[i] as PyObject);
  }
}

/** untrack_dicts (full collections): a dict holding no possibly-tracked key or value is untracked. */
export function dictMaybeUntrack(o: PyObject): void {
  const dd = o.v as DictData;
  for (let i = 0; i < dd.ks.length; i++) {
    const k = dd.ks[i];
    if (k === null) continue;
    if (mayBeTracked(k) || mayBeTracked(dd.vs[i] as PyObject)) return;
  }
  gcUntrack(o);
}

