// tuple (Objects/tupleobject.c): free lists per length, the empty-tuple singleton, GC tracking
// at creation and untracking by the collector when every item is atomic.
import { PyObject, F_GC, F_TRACKED, F_RUNTIME } from './object';
import { P, R, T, allocBlock, freeBlock, reallocBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, makeStatic, noteReuse, noteRecycle } from './core';
import type { Visit, Hash } from './types';
import { normHash } from './hash';
import { registerFreeList, registerFreeListStats, registerFreeListSwap } from './freelists';

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

registerFreeListSwap((next) => {
  const prev = freeTuples;
  if (next === undefined) clearTupleFreeLists();
  else freeTuples = next as PyObject[][];
  return prev;
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
    // 3.11: a call's 1-tuple of arguments may be one CPython's specialised call (str(x),
    // tuple(x), type(x), ...) never takes, so which line tracemalloc's trace of the block has is
    // not known
    if (n === 1 && P.minor === 11 && R.tm !== null) R.tm.unattribute(o.a);
  } else {
    o = new PyObject(T.tuple, items, null, F_GC);
    allocBlock(o, tupleAllocSize(n));
    gcAllocHook();
    freshTuples++;
  }
  gcTrack(o);
  return o;
}

/** Tuples allocated anew (not from the free list) so far. */
let freshTuples = 0;
export function freshTupleCount(): number {
  return freshTuples;
}

/** `o`, just released onto its size's free list, was in CPython reused by a tuple the runtime
 * made earlier instead (see abstract.ts's lazy normalisation): it leaves the free list and its
 * block is freed, as if that other tuple had taken its place. False if it is not on top. */
export function unfreeTuple(o: PyObject): boolean {
  if (o.v !== null || o.t !== T.tuple) return false;
  for (let n = 1; n < freeTuples.length; n++) {
    const fl = freeTuples[n];
    if (fl.length > 0 && fl[fl.length - 1] === o) {
      fl.pop();
      freeBlock(o, tupleAllocSize(n));
      gcCountFree();
      return true;
    }
  }
  return false;
}

/** Tuples made by PyTuple_New(n) whose slots are still being filled (NULL in CPython; None
 * placeholders here): the collector does not untrack them (_PyTuple_MaybeUntrack stops at a NULL
 * item). */
const filling = new WeakSet<PyObject>();
let PLACEHOLDER: PyObject = undefined as unknown as PyObject;
/** The placeholder of unfilled slots (None, set by init.ts once it exists). */
export function setTuplePlaceholder(none: PyObject): void {
  PLACEHOLDER = none;
}

/** PyTuple_New(n) for a caller that fills the slots itself (functools.reduce's reused argument
 * tuple): n placeholder slots, which the collector treats as NULL until tupleFilled. */
export function newTupleSlots(n: number): PyObject {
  PLACEHOLDER.rc += n;
  const o = newTuple(new Array<PyObject>(n).fill(PLACEHOLDER));
  if (n > 0) filling.add(o);
  return o;
}

/** The slots of a tuple from newTupleSlots are all filled. */
export function tupleFilled(o: PyObject): void {
  filling.delete(o);
}

/** PyTuple_New(cap) filled with `items` (owned references) in its first slots, the rest still
 * NULL: the tuple to pass to tupleResize, which CPython's callers resize to the items they put. */
export function newTuplePartial(items: PyObject[], cap: number): PyObject {
  const o = newTupleSlots(cap);
  const slots = o.v as PyObject[];
  for (let i = 0; i < items.length; i++) {
    slots[i] = items[i];
    PLACEHOLDER.rc--;
  }
  return o;
}

/** _PyTuple_Resize(&t, n) of a tuple only the caller holds (the placeholder slots of
 * newTupleSlots/newTuplePartial beyond `n` are NULL in CPython): untracked, the dropped slots
 * cleared, the block reallocated (pymalloc's rules decide whether it moves), tracked again. To no
 * items 3.11+ drops the tuple for the () singleton, 3.10 reallocates it to a tuple of length 0
 * of its own. Returns the tuple (the same object, or the singleton). */
export function tupleResize(t: PyObject, n: number): PyObject {
  const items = t.v as PyObject[];
  const old = items.length;
  if (old === n) {
    filling.delete(t);
    return t;
  }
  if (n === 0 && P.minor >= 11) {
    decref(t);
    EMPTY.rc++;
    return EMPTY;
  }
  gcUntrack(t);
  const dropped = items.splice(n);
  for (let i = 0; i < dropped.length; i++) {
    if (dropped[i] === PLACEHOLDER) PLACEHOLDER.rc--;
    else decref(dropped[i]);
  }
  reallocBlock(t, tupleAllocSize(old), tupleAllocSize(n));
  filling.delete(t);
  gcTrack(t);
  return t;
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
  // (a tuple of no items that is not the singleton — 3.10's _PyTuple_Resize to 0 makes one — is
  // freed: the free lists start at length 1)
  if (o.t === T.tuple && n > 0 && n <= P.tupleFreeMaxLen && freeTuples[n].length < TUPLE_FREELIST_CAP) {
    freeTuples[n].push(o);
    noteRecycle(o);
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
  if (filling.has(o)) return;
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

/** The tuple hash (xxHash-based, Objects/tupleobject.c tuplehash, 3.8+). `h` hashes an item.
 * Unsigned 64-bit arithmetic on 32-bit halves (BigInt made hashing tuple keys slow). */
export function tupleHashOf(items: PyObject[], h: (o: PyObject) => Hash): Hash {
  // acc = PRIME64_5
  let hi = 0x27d4eb2f, lo = 0x165667c5;
  for (let i = 0; i < items.length; i++) {
    const x = h(items[i]);
    let lh: number, ll: number;
    if (typeof x === 'number') {
      ll = x >>> 0;
      lh = Math.floor(x / 4294967296) >>> 0;
    } else {
      ll = Number(BigInt.asUintN(32, x));
      lh = Number(BigInt.asUintN(32, x >> 32n));
    }
    // acc += lane * PRIME64_2
    mul64(lh, ll, 0xc2b2ae3d, 0x27d4eb4f);
    const sl = lo + mulLo;
    lo = sl >>> 0;
    hi = (hi + mulHi + (sl > 0xffffffff ? 1 : 0)) >>> 0;
    // acc = rotl(acc, 31)
    const nh = ((hi << 31) | (lo >>> 1)) >>> 0;
    const nl = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= PRIME64_1
    mul64(nh, nl, 0x9e3779b1, 0x85ebca87);
    hi = mulHi;
    lo = mulLo;
  }
  // acc += len ^ (PRIME64_5 ^ 3527539)
  const kl = ((0x165667c5 ^ 3527539) >>> 0), kh = 0x27d4eb2f;
  const addLo = (kl ^ items.length) >>> 0;
  const sl = lo + addLo;
  lo = sl >>> 0;
  hi = (hi + kh + (sl > 0xffffffff ? 1 : 0)) >>> 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  if (hi <= 0x1fffff) return hi * 4294967296 + lo;
  if (hi > 0xffe00000) return (hi - 4294967296) * 4294967296 + lo;
  return normHash(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)));
}

let mulHi = 0, mulLo = 0;

/** (ah:al) * (bh:bl) mod 2**64 into mulHi:mulLo. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0;
  const t = a0 * b0 + (mid % 65536) * 65536;
  mulLo = t >>> 0;
  mulHi = (a1 * b1 + Math.floor(mid / 65536) + Math.floor(t / 4294967296) + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}
