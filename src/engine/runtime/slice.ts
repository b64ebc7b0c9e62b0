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
  constructor(public start: number, public stop: number, public step: number, public length: number, public o: PyObject[]) {}
}

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0 ? start >= stop : start <= stop) return 0;
  return step > 0 ? Math.floor((stop - start - 1) / step) + 1 : Math.floor((start - stop - 1) / -step) + 1;
}

type IntV = number | bigint;
const iv = (o: PyObject): IntV => o.v as IntV;

function jsNum(o: PyObject): number {
  const v = iv(o);
  if (typeof v === 'bigint') {
    if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
    throw new NotSimulated('a range whose bounds or length lie beyond 2**53', ST.line);
  }
  return v;
}

/** compute_range_length: 3.12+ computes it in C longs (PyLong_FromLong); before, in PyLong
 * arithmetic — (hi - lo - 1) // step + 1 — every intermediate a new int. */
function computeRangeLength(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  const a = jsNum(start), b = jsNum(stop), c = jsNum(step);
  if (P.minor >= 12) return newInt(rangeLength(a, b, c));
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
  const o = new PyObject(T.range, new RangeData(jsNum(start), jsNum(stop), jsNum(step), jsNum(length), [start, stop, step, length]), null, 0);
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
  if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
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
  ti.len = (o) => (o.v as RangeData).length;
  ti.bool = (o) => (o.v as RangeData).length > 0;
  ti.repr = (o) => {
    const r = o.v as RangeData;
    const [start, stop, step] = r.o;
    return r.step === 1 ? fromFormat('range(%R, %R)', [start, stop]) : fromFormat('range(%R, %R, %R)', [start, stop, step]);
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
        if (iv(i) < 0 || iv(i) >= r.length) raise(T.IndexError, 'range object index out of range');
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
    let same = x.length === y.length && (x.length === 0 || (x.start === y.start && (x.length === 1 || x.step === y.step)));
    if (a === b) same = true;
    return newBool(op === 2 ? same : !same);
  };
  ti.hash = (o) => {
    const r = o.v as RangeData;
    const [start, , step, length] = r.o;
    const items = [length, r.length === 0 ? S.None : start, r.length <= 1 ? S.None : step];
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
};

export { intHash };
