// slice and range objects (Objects/sliceobject.c, Objects/rangeobject.c).
import { PyObject, F_GC, F_RUNTIME } from './object';
import { P, T, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, incref } from './core';
import type { TypeInfo } from './types';
import { raise } from './exc';
import { S, index, indexJs, reprJs, newBool, notImpl, genericGetAttr } from './abstract';
import { newStr } from './str';
import { newInt } from './numbers';
import { newTuple } from './tuple';
import { intHash } from './hash';
import { defMethods, noArgs, oneArg } from './methods';

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
    return newStr(`slice(${reprJs(a)}, ${reprJs(b)}, ${reprJs(c)})`);
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

/** A range's fields: start, stop, step and length as JS numbers or bigints. */
export class RangeData {
  /** The int objects a range object holds (Objects/rangeobject.c: start, stop, step, length). */
  objs: PyObject[] = [];
  constructor(public start: number, public stop: number, public step: number, public length: number) {}
}

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0 ? start >= stop : start <= stop) return 0;
  return step > 0 ? Math.floor((stop - start - 1) / step) + 1 : Math.floor((start - stop - 1) / -step) + 1;
}

/** A range object; `objs` (owned) are its start, stop and step ints when the caller has them (the
 * arguments' objects, as PyNumber_Index returns an int itself), else they are made; its length is
 * an int of its own (compute_range_length), as CPython's range holds all four. */
export function newRange(start: number, stop: number, step: number, objs: PyObject[] | null = null): PyObject {
  const rd = new RangeData(start, stop, step, rangeLength(start, stop, step));
  rd.objs = objs !== null ? objs.slice() : [newInt(start), newInt(stop), newInt(step)];
  rd.objs.push(newInt(rd.length));
  const o = new PyObject(T.range, rd, null, 0);
  allocBlock(o, 48);
  return o;
}

/** PyNumber_Index of a range argument (a new reference) and its value. */
function rangeArg(o: PyObject): [PyObject, number] {
  const r = index(o);
  const v = r.v as number | bigint;
  if (typeof v === 'bigint') {
    decref(r);
    throw new Error('big range');
  }
  return [r, v];
}

export function initRangeType(ti: TypeInfo): void {
  ti.basicsize = () => 48;
  ti.dealloc = (o) => {
    // range_dealloc: start, stop, step, length
    for (const x of (o.v as RangeData).objs) decref(x);
    freeBlock(o, 48);
  };
  ti.len = (o) => (o.v as RangeData).length;
  ti.bool = (o) => (o.v as RangeData).length > 0;
  ti.repr = (o) => {
    const r = o.v as RangeData;
    return newStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
  };
  ti.new = (_t, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'range() takes no keyword arguments');
    if (args.length === 0) raise(T.TypeError, `range expected ${P.minor >= 10 ? 'at least ' : ''}1 argument, got 0`);
    if (args.length > 3) raise(T.TypeError, `range expected at most 3 arguments, got ${args.length}`);
    // range_from_array: range(n) starts at 0 with step 1 (the shared ints)
    const objs: PyObject[] = [];
    try {
      let start = 0, stop: number, step = 1;
      if (args.length === 1) {
        const [so, sv] = rangeArg(args[0]);
        objs.push(newInt(0), so);
        stop = sv;
      } else {
        const [a, av] = rangeArg(args[0]);
        objs.push(a);
        start = av;
        const [b, bv] = rangeArg(args[1]);
        objs.push(b);
        stop = bv;
        if (args.length === 3) {
          const [c, cv] = rangeArg(args[2]);
          objs.push(c);
          step = cv;
          if (step === 0) raise(T.ValueError, 'range() arg 3 must not be zero');
        }
      }
      if (objs.length === 2) objs.push(newInt(1));
      const r = newRange(start, stop, step, objs);
      objs.length = 0;
      return r;
    } finally {
      for (const x of objs) decref(x);
    }
  };
  ti.getitem = (o, k) => {
    const r = o.v as RangeData;
    if (k.t === T.slice) {
      const [s, , st, n] = sliceIndices(k, r.length);
      const nstart = r.start + s * r.step;
      const nstep = r.step * st;
      return newRange(nstart, nstart + n * nstep, nstep);
    }
    let i = indexJs(k, `range indices must be integers or slices, not ${(k.t.v as TypeInfo).name}`);
    if (i < 0) i += r.length;
    if (i < 0 || i >= r.length) raise(T.IndexError, 'range object index out of range');
    return newInt(r.start + i * r.step);
  };
  ti.contains = (o, k) => {
    const r = o.v as RangeData;
    if ((k.t === T.int || k.t === T.bool) && typeof k.v === 'number') {
      const v = k.v as number;
      if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
      return (v - r.start) % r.step === 0;
    }
    for (let i = 0; i < r.length; i++) {
      const x = newInt(r.start + i * r.step);
      const eqv = (k.t.v as TypeInfo).richcompare;
      let found = false;
      if (eqv) {
        const res = eqv(k, x, 2);
        found = res === S.True;
        decref(res);
      }
      decref(x);
      if (found) return true;
    }
    return false;
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
    const items = [newInt(r.length), newInt(r.length === 0 ? 0 : r.start), newInt(r.length <= 1 ? 0 : r.step)];
    if (r.length === 0) { decref(items[1]); items[1] = S.None; S.None.rc++; decref(items[2]); items[2] = S.None; S.None.rc++; }
    else if (r.length === 1) { decref(items[2]); items[2] = S.None; S.None.rc++; }
    const t = newTuple(items);
    try {
      return ((T.tuple.v as TypeInfo).hash as (o: PyObject) => number | bigint)(t);
    } finally {
      decref(t);
    }
  };
  ti.getattr = (o, name) => {
    const r = o.v as RangeData;
    // the range's own int objects
    if (name === 'start') return incref(r.objs[0]);
    if (name === 'stop') return incref(r.objs[1]);
    if (name === 'step') return incref(r.objs[2]);
    return genericGetAttr(o, name);
  };
  defMethods(T.range, {
    count: (self, args, kw) => newInt(((self.t.v as TypeInfo).contains as (o: PyObject, k: PyObject) => boolean)(self, oneArg('count', args, kw)) ? 1 : 0),
    index: (self, args, kw) => {
      const k = oneArg('index', args, kw);
      const r = self.v as RangeData;
      if ((k.t === T.int || k.t === T.bool) && ((self.t.v as TypeInfo).contains as (o: PyObject, k: PyObject) => boolean)(self, k)) {
        return newInt(((k.v as number) - r.start) / r.step);
      }
      raise(T.ValueError, `${reprJs(k)} is not in range`);
    },
    __reversed__: (self, args, kw) => {
      noArgs('__reversed__', args, kw);
      const r = self.v as RangeData;
      return rangeIterHook.make(r.length === 0 ? r.start : r.start + (r.length - 1) * r.step, -r.step, r.length);
    },
  });
}

export const rangeIterHook = {
  make: (_start: number, _step: number, _len: number): PyObject => { throw new Error('unbound'); },
};

export { intHash };
