// tuple (Objects/tupleobject.c): free lists per length, the empty-tuple singleton, GC tracking
// at creation and untracking by the collector when every item is atomic.
import { PyObject, F_GC, F_TRACKED, F_RUNTIME } from './object';
import { P, T, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, makeStatic, noteReuse } from './core';
import type { Visit, Hash } from './types';
import { normHash } from './hash';
import { registerFreeList, registerFreeListStats } from './freelists';

const TUPLE_FREELIST_CAP = 2000;
let freeTuples: PyObject[][] = [];
let EMPTY: PyObject = undefined as unknown as PyObject;

registerFreeList(() => {
  for (let n = 1; n < freeTuples.length; n++) {
    for (const o of freeTuples[n]) {
      freeBlock(o, tupleAllocSize(n));
      gcCountFree();
    }
    freeTuples[n] = [];
  }
});

registerFreeListStats('Tuple', () => {
  const out = [];
  // sizeof of an n-sized tuple object: the 24-byte PyVarObject head and n items
  for (let n = 1; n <= P.tupleFreeMaxLen; n++) out.push({ name: `${n}-sized PyTupleObject`, count: freeTuples[n].length, size: 24 + 8 * n });
  return out;
});

/** Forget the free lists of a previous run (before anything is allocated in a new one). */
export function clearTupleFreeLists(): void {
  freeTuples = [];
  for (let i = 0; i <= 20; i++) freeTuples.push([]);
}

export function resetTupleState(baseline: number): void {
  clearTupleFreeLists();
  EMPTY = new PyObject(T.tuple, [], null, F_GC | F_RUNTIME);
  makeStatic(EMPTY, baseline);
}

/** The () singleton (borrowed). */
export function EMPTY_TUPLE(): PyObject {
  return EMPTY;
}

export function tupleAllocSize(n: number): number {
  return 16 + 24 + 8 * n;
}

/** A new tuple that takes ownership of `items` (references are stolen), tracked by the GC. */
export function newTuple(items: PyObject[]): PyObject {
  const n = items.length;
  if (n === 0) {
    EMPTY.rc++;
    return EMPTY;
  }
  let o: PyObject;
  if (n <= P.tupleFreeMaxLen && freeTuples[n].length > 0) {
    // Free-list reuse: same block, no GC count change.
    o = freeTuples[n].pop() as PyObject;
    o.rc = 1;
    o.v = items;
    noteReuse(o);
  } else {
    o = new PyObject(T.tuple, items, null, F_GC);
    allocBlock(o, tupleAllocSize(n));
    gcAllocHook();
  }
  gcTrack(o);
  return o;
}

/** A new tuple from borrowed items (each gets a new reference). */
export function tupleFrom(items: PyObject[]): PyObject {
  for (let i = 0; i < items.length; i++) items[i].rc++;
  return newTuple(items);
}

export function tupleDealloc(o: PyObject): void {
  gcUntrack(o);
  const items = o.v as PyObject[];
  const n = items.length;
  o.v = null;
  // tupledealloc releases items from the last to the first.
  for (let i = n - 1; i >= 0; i--) decref(items[i]);
  if (o.t === T.tuple && n <= P.tupleFreeMaxLen && freeTuples[n].length < TUPLE_FREELIST_CAP) {
    freeTuples[n].push(o);
    return;
  }
  freeBlock(o, tupleAllocSize(n) + (o.t === T.tuple ? 0 : 8));
  gcCountFree();
}

/** tupletraverse: the items from the last to the first, as CPython visits them (see listTraverse). */
export function tupleTraverse(o: PyObject, visit: Visit): void {
  const items = o.v as PyObject[] | null;
  if (items === null) return;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
}

/** _PyTuple_MaybeUntrack: untrack when no item may be tracked. */
export function tupleMaybeUntrack(o: PyObject): void {
  const items = o.v as PyObject[];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!(x.f & F_GC)) continue;
    if (x.t === T.tuple && !(x.f & F_TRACKED)) continue;
    if (x.t === T.type && !(x.v as { heap: boolean }).heap) continue;
    return;
  }
  gcUntrack(o);
}

export function tupleSizeof(o: PyObject): number {
  return 24 + 8 * (o.v as PyObject[]).length;
}

/** The tuple hash (xxHash-based, Objects/tupleobject.c tuplehash, 3.8+). `h` hashes an item. */
export function tupleHashOf(items: PyObject[], h: (o: PyObject) => Hash): Hash {
  const PRIME1 = 11400714785074694791n, PRIME2 = 14029467366897019727n, PRIME5 = 2870177450012600261n;
  const M = (1n << 64n) - 1n;
  let acc = PRIME5;
  for (const it of items) {
    let lane = BigInt.asUintN(64, BigInt(h(it)));
    lane = lane & M;
    acc = (acc + lane * PRIME2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * PRIME1) & M;
  }
  acc = (acc + (BigInt(items.length) ^ (PRIME5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  return normHash(BigInt.asIntN(64, acc));
}
