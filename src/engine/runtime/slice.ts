// slice and range objects (Objects/sliceobject.c, Objects/rangeobject.c).
import { PyObject, F_GC, F_RUNTIME } from './object';
import { P, T, ST, NotSimulated, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref } from './core';
import { type TypeInfo, Py_EQ } from './types';
import { raise, raiseFormat } from './exc';
import { S, index, indexJs, newBool, notImpl, genericGetAttr, binaryOp, unaryOp, getIter, iterNext, richCompareBool } from './abstract';
import { newInt, newIntSsize } from './numbers';
import { fromFormat } from './uwriter';
import { newTuple } from './tuple';
import { intHash } from './hash';
import { defMethods, noArgs, oneArg } from './methods';
import { defMembers, type BuiltinMember } from './classes';

// ---------------------------------------------------------------- slices

/** One cached slice object (the slice free list of 1). */
let cachedSlice: PyObject | null = null;
/** The interpreter has used a slice before any script runs, so the cache starts full (and no
 * collection empties it): until the program frees a slice of its own, that start-up object is
 * the one reused. */
let startupSliceCached = true;
export function resetSliceState(): void {
  cachedSlice = null;
  startupSliceCached = true;
}

/** BUILD_SLICE: start/stop/step borrowed. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  start.rc++;
  stop.rc++;
  step.rc++;
  let o: PyObject;
  if (cachedSlice === null && startupSliceCached) {
    startupSliceCached = false;
    // allocated before the program: not program heap (its block is part of the start-up heap)
    cachedSlice = new PyObject(T.slice, null, null, F_GC | F_RUNTIME);
  }
  if (cachedSlice !== null) {
    o = cachedSlice;
    cachedSlice = null;
    o.rc = 1;
    o.v = [start, stop, step];
  } else {
    o = new PyObject(T.slice, [start, stop, step], null, F_GC);
    allocBlock(o, 56);
    gcAllocHook();
  }
  gcTrack(o); // _PyObject_GC_TRACK on every version
  return o;
}

export function sliceDealloc(o: PyObject): void {
  gcUntrack(o);
  const [a, b, c] = o.v as PyObject[];
  o.v = null;
  decref(a);
  decref(b);
  decref(c);
  if (cachedSlice === null) {
    cachedSlice = o;
    return;
  }
  if (o.a !== 0) freeBlock(o, 56);
  gcCountFree();
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength]. */
export function sliceIndices(slice: PyObject, length: number): [number, number, number, number] {
  const [s0, s1, s2] = slice.v as PyObject[];
  let step = 1;
  if (s2 !== S.None) {
    step = indexJs(s2, 'slice indices must be integers or None or have an __index__ method');
    if (step === 0) raise(T.ValueError, 'slice step cannot be zero');
  }
  const clampIdx = (o: PyObject): number => {
    if (o.t === T.int || o.t === T.bool) {
      const v = o.v as number | bigint;
      if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
      return v;
    }
    return indexJs(o, 'slice indices must be integers or None or have an __index__ method');
  };
  let start: number, stop: number;
  if (s0 === S.None) start = step < 0 ? Number.MAX_SAFE_INTEGER : 0;
  else start = clampIdx(s0);
  if (s1 === S.None) stop = step < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  else stop = clampIdx(s1);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

export function initSliceType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => 40;
  ti.dealloc = sliceDealloc;
  ti.traverse = (o, visit) => {
    if (o.v) for (const x of o.v as PyObject[]) visit(x);
  };
  ti.repr = (o) => {
    const [a, b, c] = o.v as PyObject[];
    return fromFormat('slice(%R, %R, %R)', [a, b, c]);
  };
  ti.hash = P.minor >= 12 ? (o) => {
    const t = newTuple((o.v as PyObject[]).map((x) => (x.rc++, x)));
    try {
      return ((t.t.v as TypeInfo).hash as (o: PyObject) => number | bigint)(t);
    } finally {
      decref(t);
    }
  } : null;
  ti.richcompare = (a, b, op) => {
    if (b.t !== T.slice) return notImpl();
    const ta = newTuple((a.v as PyObject[]).map((x) => (x.rc++, x)));
    const tb = newTuple((b.v as PyObject[]).map((x) => (x.rc++, x)));
    try {
      return ((T.tuple.v as TypeInfo).richcompare as NonNullable<TypeInfo['richcompare']>)(ta, tb, op);
    } finally {
      decref(ta);
      decref(tb);
    }
  };
  ti.getattr = (o, name) => {
    const i = ['start', 'stop', 'step'].indexOf(name);
    if (i >= 0) {
      const v = (o.v as PyObject[])[i];
      v.rc++;
      return v;
    }
    return genericGetAttr(o, name);
  };
  defMethods(T.slice, {
    indices: (self, args, kw) => {
      const n = indexJs(oneArg('indices', args, kw));
      if (n < 0) raise(T.ValueError, 'length should not be negative');
      const [a, b, c] = sliceIndices(self, n);
      return newTuple([newInt(a), newInt(b), newInt(c)]);
    },
  });
  ti.new = (_t, args) => {
    if (args.length === 0 || args.length > 3) raise(T.TypeError, args.length === 0 ? 'slice expected at least 1 argument, got 0' : `slice expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) return newSlice(S.None, args[0], S.None);
    return newSlice(args[0], args[1], args.length === 3 ? args[2] : S.None);
  };
}

// ---------------------------------------------------------------- range

/** A range's fields: start, stop, step and length as JS numbers, and the int objects CPython's
 * rangeobject holds for them (`o`: start, stop, step, length — owned references; every piece of
 * range arithmetic is PyLong arithmetic, whose results are allocated like any int's). */
export class RangeData {
  /** `big`: a bound, the step or the length lies beyond 2**53; the JS number fields are then NaN
   * and every operation works on the int objects (`o`), as CPython's PyLong arithmetic does. */
  constructor(public start: number, public stop: number, public step: number, public length: number, public o: PyObject[], public big = false) {}
}

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0 ? start >= stop : start <= stop) return 0;
  return step > 0 ? Math.floor((stop - start - 1) / step) + 1 : Math.floor((start - stop - 1) / -step) + 1;
}

type IntV = number | bigint;
const iv = (o: PyObject): IntV => o.v as IntV;

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;
const big = (o: PyObject): bigint => BigInt(iv(o));
const fitsLong = (v: bigint): boolean => v >= LONG_MIN && v <= LONG_MAX;
/** The exact length of range(start, stop, step) (get_len_of_range without its unsigned bound). */
function bigRangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n ? start >= stop : start <= stop) return 0n;
  return step > 0n ? (stop - start - 1n) / step + 1n : (start - stop - 1n) / -step + 1n;
}

/** compute_range_length: 3.12+ computes it in C longs (PyLong_FromLong); before, in PyLong
 * arithmetic — (hi - lo - 1) // step + 1 — every intermediate a new int. */
function computeRangeLength(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  const a = iv(start), b = iv(stop), c = iv(step);
  if (P.minor >= 12) {
    // compute_range_length_long: C longs when start, stop and step fit, -step does not overflow
    // and the length fits; else the PyLong arithmetic below
    if (typeof a === 'number' && typeof b === 'number' && typeof c === 'number') return newInt(rangeLength(a, b, c));
    const A = BigInt(a), B = BigInt(b), C = BigInt(c);
    if (fitsLong(A) && fitsLong(B) && fitsLong(C) && C !== LONG_MIN) {
      const n = bigRangeLength(A, B, C);
      if (n <= LONG_MAX) return newInt(n);
    }
  }
  let lo = start, hi = stop, st = step;
  if (c > 0) step.rc++;
  else {
    lo = stop;
    hi = start;
    st = unaryOp(step, 'neg');
  }
  if (iv(lo) >= iv(hi)) {
    decref(st);
    return newInt(0);
  }
  const one = newInt(1);
  const tmp1 = binaryOp(hi, lo, 'sub');
  const diff = binaryOp(tmp1, one, 'sub');
  const tmp2 = binaryOp(diff, st, 'floordiv');
  const result = binaryOp(tmp2, one, 'add');
  decref(tmp2);
  decref(diff);
  decref(st);
  decref(tmp1);
  decref(one);
  return result;
}

/** make_range_object: start/stop/step are owned references, taken over by the range. The length
 * is computed (and allocated) before the object. */
function makeRange(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  let length: PyObject;
  try {
    length = computeRangeLength(start, stop, step);
  } catch (e) {
    decref(start);
    decref(stop);
    decref(step);
    throw e;
  }
  const a = iv(start), b = iv(stop), c = iv(step), n = iv(length);
  const data = typeof a === 'number' && typeof b === 'number' && typeof c === 'number' && typeof n === 'number'
    ? new RangeData(a, b, c, n, [start, stop, step, length])
    : new RangeData(NaN, NaN, NaN, NaN, [start, stop, step, length], true);
  const o = new PyObject(T.range, data, null, 0);
  allocBlock(o, 48);
  return o;
}

/** PyNumber_Index of a range argument: an exact int is the object itself; 3.10+ copy a bool to an
 * int (_PyLong_Copy: a small int). */
function rangeIndex(o: PyObject): PyObject {
  const r = index(o);
  if (r.t === T.bool && P.minor >= 10) {
    decref(r);
    return newInt(r.v as number);
  }
  return r;
}

/** compute_item: start + i * step (3.10+: start + i when step is 1). */
function computeItem(r: RangeData, i: PyObject): PyObject {
  const [start, , step] = r.o;
  if (P.minor >= 10 && step.t === T.int && step.v === 1) return binaryOp(start, i, 'add');
  const incr = binaryOp(i, step, 'mul');
  try {
    return binaryOp(start, incr, 'add');
  } finally {
    decref(incr);
  }
}

const SLICE_INDEX_MSG = 'slice indices must be integers or None or have an __index__ method';

function evaluateSliceIndex(v: PyObject): PyObject {
  if (v.t !== T.int && v.t !== T.bool && (v.t.v as TypeInfo).nb.index === undefined) raise(T.TypeError, SLICE_INDEX_MSG);
  return index(v);
}

/** _PySlice_GetLongIndices: the slice's start, stop and step as ints against `length` (owned). */
function sliceLongIndices(slice: PyObject, length: PyObject): [PyObject, PyObject, PyObject] {
  const [s0, s1, s2] = slice.v as PyObject[];
  const held: PyObject[] = [];
  const own = (o: PyObject): PyObject => {
    held.push(o);
    return o;
  };
  const ref = (o: PyObject): PyObject => {
    o.rc++;
    return o;
  };
  try {
    let step: PyObject;
    let neg = false;
    if (s2 === S.None) step = own(newInt(1));
    else {
      step = own(evaluateSliceIndex(s2));
      if (iv(step) == 0) raise(T.ValueError, 'slice step cannot be zero');
      neg = iv(step) < 0;
    }
    let lower: PyObject, upper: PyObject;
    if (neg) {
      lower = own(newInt(-1));
      upper = own(binaryOp(length, lower, 'add'));
    } else {
      lower = own(newInt(0));
      upper = own(ref(length));
    }
    const bound = (v: PyObject, dflt: PyObject): PyObject => {
      if (v === S.None) return ref(dflt);
      let x = evaluateSliceIndex(v);
      if (iv(x) < 0) {
        const t = binaryOp(x, length, 'add');
        decref(x);
        x = t;
        if (iv(x) < iv(lower)) {
          decref(x);
          x = ref(lower);
        }
      } else if (iv(x) > iv(upper)) {
        decref(x);
        x = ref(upper);
      }
      return x;
    };
    const start = own(bound(s0, neg ? upper : lower));
    const stop = own(bound(s1, neg ? lower : upper));
    held.length = 0;
    decref(upper);
    decref(lower);
    return [start, stop, step];
  } finally {
    for (const o of held) decref(o);
  }
}

/** compute_slice: the sub-range's step, start and stop (in that order), then make_range_object. */
function computeSlice(r: RangeData, slice: PyObject): PyObject {
  const [start, stop, step] = sliceLongIndices(slice, r.o[3]);
  const live = [start, stop, step];
  const made: PyObject[] = [];
  try {
    const substep = binaryOp(r.o[2], step, 'mul');
    made.push(substep);
    live.splice(2, 1);
    decref(step);
    const substart = computeItem(r, start);
    made.push(substart);
    live.splice(0, 1);
    decref(start);
    const substop = computeItem(r, stop);
    made.push(substop);
    live.length = 0;
    decref(stop);
    made.length = 0;
    return makeRange(substart, substop, substep);
  } finally {
    for (const o of live) decref(o);
    for (const o of made) decref(o);
  }
}

/** range_contains_long: bounds compared, then ((ob - start) % step) == 0 computed in ints. */
function containsLong(r: RangeData, ob: PyObject): boolean {
  const v = iv(ob);
  if (r.big) {
    const a = iv(r.o[0]), b = iv(r.o[1]);
    if (iv(r.o[2]) > 0 ? v < a || v >= b : v > a || v <= b) return false;
  } else if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
  const tmp1 = binaryOp(ob, r.o[0], 'sub');
  try {
    const tmp2 = binaryOp(tmp1, r.o[2], 'mod');
    const res = iv(tmp2) == 0;
    decref(tmp2);
    return res;
  } finally {
    decref(tmp1);
  }
}

const enum IterSearch {
  Count,
  Index,
  Contains,
}

/** _PySequence_IterSearch over the range's iterator (a non-int operand). */
function iterSearch(o: PyObject, obj: PyObject, op: IterSearch): number {
  const it = getIter(o);
  let n = 0;
  let found = false;
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let cmp: boolean;
      try {
        cmp = P.minor >= 12 ? richCompareBool(item, obj, Py_EQ) : richCompareBool(obj, item, Py_EQ);
      } finally {
        decref(item);
      }
      if (cmp) {
        if (op === IterSearch.Count) n++;
        else {
          found = true;
          if (op === IterSearch.Contains) n = 1;
          break;
        }
      } else if (op === IterSearch.Index) n++;
    }
  } finally {
    decref(it);
  }
  if (op === IterSearch.Index && !found) raise(T.ValueError, 'sequence.index(x): x not in sequence');
  return n;
}

export function initRangeType(ti: TypeInfo): void {
  ti.basicsize = () => 48;
  ti.dealloc = (o) => {
    const r = o.v as RangeData;
    for (const x of r.o) decref(x);
    r.o = [];
    freeBlock(o, 48);
  };
  ti.len = (o) => {
    const r = o.v as RangeData;
    if (!r.big) return r.length;
    const n = rangeBigLength(o);
    if (typeof n === 'number') return n;
    throw new NotSimulated(`the length ${n} of a range (beyond 2**53)`, ST.line);
  };
  ti.bool = (o) => {
    const r = o.v as RangeData;
    return r.big ? iv(r.o[3]) > 0 : r.length > 0;
  };
  ti.repr = (o) => {
    const r = o.v as RangeData;
    const [start, stop, step] = r.o;
    return iv(step) === 1 ? fromFormat('range(%R, %R)', [start, stop]) : fromFormat('range(%R, %R, %R)', [start, stop, step]);
  };
  ti.new = (_t, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'range() takes no keyword arguments');
    if (args.length === 0) raise(T.TypeError, `range expected ${P.minor >= 10 ? 'at least ' : ''}1 argument, got 0`);
    if (args.length > 3) raise(T.TypeError, `range expected at most 3 arguments, got ${args.length}`);
    if (args.length === 1) {
      const stop = rangeIndex(args[0]);
      return makeRange(newInt(0), stop, newInt(1));
    }
    const start = rangeIndex(args[0]);
    let stop: PyObject;
    try {
      stop = rangeIndex(args[1]);
    } catch (e) {
      decref(start);
      throw e;
    }
    let step: PyObject;
    try {
      if (args.length === 3) {
        step = rangeIndex(args[2]);
        if (iv(step) == 0) {
          decref(step);
          raise(T.ValueError, 'range() arg 3 must not be zero');
        }
      } else step = newInt(1);
    } catch (e) {
      decref(start);
      decref(stop);
      throw e;
    }
    return makeRange(start, stop, step);
  };
  ti.getitem = (o, k) => {
    const r = o.v as RangeData;
    if (k.t !== T.int && k.t !== T.bool && (k.t.v as TypeInfo).nb.index === undefined) {
      if (k.t === T.slice) return computeSlice(r, k);
      raise(T.TypeError, `range indices must be integers or slices, not ${(k.t.v as TypeInfo).name}`);
    }
    // compute_range_item
    const arg = index(k);
    try {
      let i: PyObject;
      if (iv(arg) < 0) i = binaryOp(r.o[3], arg, 'add');
      else {
        i = arg;
        arg.rc++;
      }
      try {
        if (iv(i) < 0 || iv(i) >= (r.big ? iv(r.o[3]) : r.length)) raise(T.IndexError, 'range object index out of range');
        return computeItem(r, i);
      } finally {
        decref(i);
      }
    } finally {
      decref(arg);
    }
  };
  ti.contains = (o, k) => {
    const r = o.v as RangeData;
    if (k.t === T.int || k.t === T.bool) return containsLong(r, k);
    return iterSearch(o, k, IterSearch.Contains) === 1;
  };
  ti.richcompare = (a, b, op) => {
    if (b.t !== T.range || (op !== 2 && op !== 3)) return notImpl();
    const x = a.v as RangeData, y = b.v as RangeData;
    // range_equals: lengths, then (length > 0) starts, then (length > 1) steps; compared as ints
    const xl = iv(x.o[3]);
    let same = xl == iv(y.o[3]) && (xl == 0 || (iv(x.o[0]) == iv(y.o[0]) && (xl == 1 || iv(x.o[2]) == iv(y.o[2]))));
    if (a === b) same = true;
    return newBool(op === 2 ? same : !same);
  };
  ti.hash = (o) => {
    const r = o.v as RangeData;
    const [start, , step, length] = r.o;
    const n = iv(length);
    const items = [length, n == 0 ? S.None : start, n <= 1 ? S.None : step];
    for (const x of items) x.rc++;
    const t = newTuple(items);
    try {
      return ((T.tuple.v as TypeInfo).hash as (o: PyObject) => number | bigint)(t);
    } finally {
      decref(t);
    }
  };
  defMethods(T.range, {
    count: (self, args, kw) => {
      const k = oneArg('count', args, kw);
      if (k.t === T.int || k.t === T.bool) return newInt(containsLong(self.v as RangeData, k) ? 1 : 0);
      return newIntSsize(iterSearch(self, k, IterSearch.Count));
    },
    index: (self, args, kw) => {
      const k = oneArg('index', args, kw);
      const r = self.v as RangeData;
      if (k.t !== T.int && k.t !== T.bool) return newIntSsize(iterSearch(self, k, IterSearch.Index));
      if (containsLong(r, k)) {
        const idx = binaryOp(k, r.o[0], 'sub');
        if (P.minor >= 10 && r.o[2].t === T.int && r.o[2].v === 1) return idx;
        try {
          return binaryOp(idx, r.o[2], 'floordiv');
        } finally {
          decref(idx);
        }
      }
      raiseFormat(T.ValueError, '%R is not in range', [k]);
    },
    __reversed__: (self, args, kw) => {
      noArgs('__reversed__', args, kw);
      const r = self.v as RangeData;
      if (r.big) return bigRangeReverse(r);
      return rangeIterHook.make(r.length === 0 ? r.start : r.start + (r.length - 1) * r.step, -r.step, r.length);
    },
  });
}

/** range_members: start, stop and step, READONLY T_OBJECT_EX members (the int objects the range
 * holds, not new ones). */
export function initRangeMembers(): void {
  const field = (i: number): BuiltinMember => ({
    kind: 'object',
    get: (o) => (o.v as RangeData).o[i],
    set: () => raise(T.AttributeError, 'readonly attribute'),
  });
  defMembers(T.range, { start: field(0), stop: field(1), step: field(2) });
}

export const rangeIterHook = {
  make: (_start: number, _step: number, _len: number): PyObject => { throw new Error('unbound'); },
  makeBig: (_b: BigFastIter): PyObject => { throw new Error('unbound'); },
};

export { intHash };

// ---------------------------------------------------------------- ranges beyond 2**53

/** range_length of a big range: PyLong_AsSsize_t(length) (OverflowError beyond sys.maxsize). */
export function rangeBigLength(o: PyObject): number | bigint {
  const n = iv((o.v as RangeData).o[3]);
  if (typeof n === 'bigint' && n > LONG_MAX) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  return n;
}

/** A range_iterator over values beyond 2**53 (rangeiterobject's C longs, exactly): the
 * range_iterator object keeps its JS-number fields at 0 and carries this. */
export class BigFastIter {
  constructor(public next: bigint, public step: bigint, public len: bigint) {}
}

/** rangeiter_next on a BigFastIter: PyLong_FromLong of the current value. */
export function bigFastNext(b: BigFastIter): PyObject | null {
  if (b.len <= 0n) return null;
  const v = b.next;
  b.next += b.step;
  b.len--;
  return newInt(v);
}

function bigHint(n: bigint): number {
  if (n <= 9007199254740991n) return Number(n);
  throw new NotSimulated(`a range iterator length hint of ${n} (beyond 2**53)`, ST.line);
}
export const bigFastHint = (b: BigFastIter): number => bigHint(b.len);

/** longrangeiterobject: 3.8-3.11 index, start, step, len (next computes start + index * step);
 * 3.12+ start, step, len (next hands out start and advances it). Owned references. */
class LongRangeIter {
  constructor(public index: PyObject | null, public start: PyObject, public step: PyObject, public len: PyObject) {}
}

const longRangeIterSize = (): number => (P.minor >= 12 ? 40 : 48);

function newLongRangeIter(s: LongRangeIter): PyObject {
  const o = new PyObject(T.longrange_iterator, s, null, 0);
  allocBlock(o, longRangeIterSize());
  return o;
}

/** range_iter when a field or the length is beyond 2**53: the C-long iterator when start, stop
 * and step fit a C long and the length is at most LONG_MAX (3.10+: and start + len * step cannot
 * overflow), else a longrange_iterator holding the range's own start, step and length. */
export function bigRangeIter(r: RangeData): PyObject {
  const [start, stop, step, length] = r.o;
  const A = big(start), B = big(stop), C = big(step);
  if (fitsLong(A) && fitsLong(B) && fitsLong(C)) {
    const n = bigRangeLength(A, B, C);
    let fast = n <= LONG_MAX;
    if (fast && P.minor >= 10 && n > 0n) fast = C > 0n ? !(B > LONG_MAX - (C - 1n)) : !(B < LONG_MIN + (-1n - C));
    if (fast) return rangeIterHook.makeBig(new BigFastIter(A, C, n));
    // 3.8's fast_range_iter allocates the iterator before it finds the length too large
    if (P.minor < 10) decref(rangeIterHook.make(0, 1, 0));
  }
  if (P.minor < 12) {
    start.rc++;
    step.rc++;
    length.rc++;
    return newLongRangeIter(new LongRangeIter(newInt(0), start, step, length));
  }
  start.rc++;
  step.rc++;
  length.rc++;
  return newLongRangeIter(new LongRangeIter(null, start, step, length));
}

/** range_reverse when a field or the length is beyond 2**53: the C-long iterator over
 * range(start + (len-1)*step, start - step, -step) when start, stop, step, -step, start - step
 * and the length fit a C long, else a longrange_iterator built with PyLong arithmetic. */
function bigRangeReverse(r: RangeData): PyObject {
  const [start, stop, step, length] = r.o;
  const A = big(start), B = big(stop), C = big(step);
  if (fitsLong(A) && fitsLong(B) && fitsLong(C) && C !== LONG_MIN && fitsLong(A - C)) {
    const n = bigRangeLength(A, B, C);
    if (n <= LONG_MAX) return rangeIterHook.makeBig(new BigFastIter(A - C + n * C, -C, n));
  }
  // PyObject_New first, then len, start + (len - 1) * step, -step
  const s = new LongRangeIter(null, start, step, length);
  const o = newLongRangeIter(s);
  length.rc++;
  const one = newInt(1);
  const diff = binaryOp(length, one, 'sub');
  decref(one);
  const product = binaryOp(diff, step, 'mul');
  decref(diff);
  s.start = binaryOp(start, product, 'add');
  decref(product);
  s.step = unaryOp(step, 'neg');
  if (P.minor < 12) s.index = newInt(0);
  return o;
}

export function initLongRangeIterType(): void {
  const ti = T.longrange_iterator.v as TypeInfo;
  ti.basicsize = longRangeIterSize;
  ti.dealloc = (o) => {
    const s = o.v as LongRangeIter;
    if (s.index !== null) decref(s.index);
    decref(s.start);
    decref(s.step);
    decref(s.len);
    freeBlock(o, longRangeIterSize());
  };
  ti.iter = (o) => {
    o.rc++;
    return o;
  };
  ti.next = (o) => {
    const s = o.v as LongRangeIter;
    if (s.index !== null) {
      // 3.8-3.11: index < len, then index + 1, index * step, start + product
      if (!(iv(s.index) < iv(s.len))) return null;
      const one = newInt(1);
      const newIndex = binaryOp(s.index, one, 'add');
      decref(one);
      const product = binaryOp(s.index, s.step, 'mul');
      const result = binaryOp(s.start, product, 'add');
      decref(product);
      const old = s.index;
      s.index = newIndex;
      decref(old);
      return result;
    }
    // 3.12+: len > 0, then start + step and len - 1; the old start is the result
    if (!(iv(s.len) > 0)) return null;
    const newStart = binaryOp(s.start, s.step, 'add');
    const one = newInt(1);
    const newLen = binaryOp(s.len, one, 'sub');
    decref(one);
    const result = s.start;
    s.start = newStart;
    const oldLen = s.len;
    s.len = newLen;
    decref(oldLen);
    return result;
  };
  // longrangeiter_len: 3.8-3.11 len - index, 3.12+ len
  const hint = (s: LongRangeIter): PyObject => (s.index === null ? (s.len.rc++, s.len) : binaryOp(s.len, s.index, 'sub'));
  (ti as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint = (o) => {
    const s = o.v as LongRangeIter;
    return bigHint(BigInt(iv(s.len)) - (s.index === null ? 0n : BigInt(iv(s.index))));
  };
  defMethods(T.longrange_iterator, {
    __length_hint__: (self, args, kw) => (noArgs('__length_hint__', args, kw), hint(self.v as LongRangeIter)),
  });
}
