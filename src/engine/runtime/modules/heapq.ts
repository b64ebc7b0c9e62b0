// The heapq module: Lib/heapq.py, whose public functions are _heapq's C ones
// (Modules/_heapqmodule.c) once `from _heapq import *` has replaced the Python definitions.
// heappush/heappop/heapify/heapreplace/heappushpop and the max-heap helpers are simulated as the
// C code runs them: the list grows through list.append's list_resize and shrinks through
// PyList_SetSlice (so popping the last item frees the item array), every comparison is
// PyObject_RichCompareBool(..., Py_LT) with both operands held for its duration (a user __lt__
// sees those references), and a list that changes size during a comparison raises RuntimeError.
// merge, nsmallest, nlargest and the _sift* helpers stay Python functions in CPython: reading
// them stops the run.
import { PyObject } from '../object';
import { P, T, decref, incref } from '../core';
import { isSubtype, typeName, Py_LT } from '../types';
import { raise } from '../exc';
import { S, richCompareBool } from '../abstract';
import { dictSetStr } from '../dict';
import { newStr } from '../str';
import { newList, listAppend } from '../list';
import { assignSlice } from '../listmethods';
import { builtinFunction, oneArg, argRange } from '../methods';
import { registerModule, sourceModuleHeader, ModuleData } from './registry';

/** PyObject_RichCompareBool(a, b, Py_LT) with both held, as _heapq increfs them around it. */
function lessThan(a: PyObject, b: PyObject): boolean {
  a.rc++;
  b.rc++;
  try {
    return richCompareBool(a, b, Py_LT);
  } finally {
    decref(a);
    decref(b);
  }
}

function items(heap: PyObject): PyObject[] {
  return heap.v as PyObject[];
}

function indexError(): never {
  raise(T.IndexError, 'index out of range');
}

function sizeChanged(): never {
  raise(T.RuntimeError, 'list changed size during iteration');
}

/** siftdown / siftdown_max: move the item at pos toward the root while `before(item, parent)`. */
function siftdown(heap: PyObject, startpos: number, pos: number, max: boolean): void {
  const size = items(heap).length;
  if (pos >= size) indexError();
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const arr = items(heap);
    const newitem = arr[pos], parent = arr[parentpos];
    // siftdown: newitem < parent; siftdown_max: parent < newitem (parent held first)
    const cmp = max ? lessThan(parent, newitem) : lessThan(newitem, parent);
    if (size !== items(heap).length) sizeChanged();
    if (!cmp) break;
    const a = items(heap);
    const p = a[parentpos];
    a[parentpos] = a[pos];
    a[pos] = p;
    pos = parentpos;
  }
}

/** siftup / siftup_max: bubble the smaller (larger) child up to a leaf, then siftdown. */
function siftup(heap: PyObject, pos: number, max: boolean): void {
  const endpos = items(heap).length;
  const startpos = pos;
  if (pos >= endpos) indexError();
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const arr = items(heap);
      // siftup: arr[child] < arr[child+1]; siftup_max: arr[child+1] < arr[child]
      const cmp = max ? lessThan(arr[childpos + 1], arr[childpos]) : lessThan(arr[childpos], arr[childpos + 1]);
      if (!cmp) childpos++;
      if (endpos !== items(heap).length) sizeChanged();
    }
    const a = items(heap);
    const t = a[childpos];
    a[childpos] = a[pos];
    a[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

/** heap_sift* as the module's functions see them (3.8 checks the list in the function body,
 * 3.10+ in Argument Clinic's wrapper: "heappush() argument 1 must be list, not int"). */
function checkList(fname: string, what: string, heap: PyObject): void {
  if (heap.t === T.list || isSubtype(heap.t, T.list)) return;
  if (P.minor < 10) raise(T.TypeError, 'heap argument must be a list');
  raise(T.TypeError, `${fname}() ${what} must be list, not ${heap === S.None ? 'None' : typeName(heap)}`);
}

/** heappop_internal: take the last item off through PyList_SetSlice, put it at the root, sift. */
function heappop(heap: PyObject, max: boolean): PyObject {
  const n = items(heap).length;
  if (n === 0) indexError();
  const lastelt = incref(items(heap)[n - 1]);
  try {
    assignSlice(heap, n - 1, n, []);
  } catch (e) {
    decref(lastelt);
    throw e;
  }
  if (n - 1 === 0) return lastelt;
  const arr = items(heap);
  const returnitem = arr[0];
  arr[0] = lastelt;
  try {
    siftup(heap, 0, max);
  } catch (e) {
    decref(returnitem);
    throw e;
  }
  return returnitem;
}

/** heapreplace_internal: the root is returned, `item` takes its place and sifts up. */
function heapreplace(heap: PyObject, item: PyObject, max: boolean): PyObject {
  const arr = items(heap);
  if (arr.length === 0) indexError();
  const returnitem = arr[0];
  arr[0] = incref(item);
  try {
    siftup(heap, 0, max);
  } catch (e) {
    decref(returnitem);
    throw e;
  }
  return returnitem;
}

/** heapify_internal, with cache_friendly_heapify above 2500 items (the same heap, sifted in
 * another order; the order of the comparisons shows in a user __lt__). */
function heapify(heap: PyObject, max: boolean): PyObject {
  const n = items(heap).length;
  if (n > 2500) {
    const m = n >> 1;
    let top = 1;
    while (top * 2 <= m + 1) top *= 2;
    const leftmost = top - 1;
    const mhalf = m >> 1;
    const run = (from: number, to: number): void => {
      for (let i = from; i >= to; i--) {
        let j = i;
        for (;;) {
          siftup(heap, j, max);
          if (!(j & 1)) break;
          j >>= 1;
        }
      }
    };
    run(leftmost - 1, mhalf);
    run(m - 1, leftmost);
  } else {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
  }
  return incref(S.None);
}

/** The C functions, as _heapq's method table has them (METH_FASTCALL for two arguments, METH_O
 * for one). */
function functions(): [string, (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject][] {
  const two = (name: string, body: (heap: PyObject, item: PyObject) => PyObject) =>
    (_s: PyObject | null, args: PyObject[], kw: string[] | null): PyObject => {
      argRange(name, args, kw, 2, 2);
      checkList(name, 'argument 1', args[0]);
      return body(args[0], args[1]);
    };
  const one = (name: string, body: (heap: PyObject) => PyObject) =>
    (_s: PyObject | null, args: PyObject[], kw: string[] | null): PyObject => {
      const heap = oneArg(name, args, kw);
      checkList(name, 'argument', heap);
      return body(heap);
    };
  return [
    ['heappush', two('heappush', (heap, item) => {
      listAppend(heap, item);
      siftdown(heap, 0, items(heap).length - 1, false);
      return incref(S.None);
    })],
    ['heappop', one('heappop', (heap) => heappop(heap, false))],
    ['heapreplace', two('heapreplace', (heap, item) => heapreplace(heap, item, false))],
    ['heappushpop', two('heappushpop', (heap, item) => {
      if (items(heap).length === 0) return incref(item);
      if (!lessThan(items(heap)[0], item)) return incref(item);
      if (items(heap).length === 0) indexError();
      return heapreplace(heap, item, false);
    })],
    ['heapify', one('heapify', (heap) => heapify(heap, false))],
    ['_heappop_max', one('_heappop_max', (heap) => heappop(heap, true))],
    ['_heapreplace_max', two('_heapreplace_max', (heap, item) => heapreplace(heap, item, true))],
    ['_heapify_max', one('_heapify_max', (heap) => heapify(heap, true))],
  ];
}

const PYTHON_FUNCTIONS = ['_siftdown', '_siftup', '_siftdown_max', '_siftup_max', 'merge', 'nsmallest', 'nlargest'];

registerModule('heapq', (mod) => {
  const d = mod.d as PyObject;
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  // __about__ is heapq.py's essay (text HeapLens does not carry)
  md.opaque?.add('__about__');
  dictSetStr(d, '__about__', S.None);
  const all = newList(['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop'].map((n) => newStr(n)));
  dictSetStr(d, '__all__', all);
  decref(all);
  // the names in the order heapq.py first binds them (its Python definitions, which
  // `from _heapq import *` then replaces with the C functions)
  for (const [name, fn] of functions()) {
    const f = builtinFunction(name, fn, '_heapq');
    dictSetStr(d, name, f);
    decref(f);
  }
  md.stops = new Map();
  for (const name of PYTHON_FUNCTIONS) {
    dictSetStr(d, name, S.None);
    md.stops.set(name, `heapq.${name} is a Python function in CPython (Lib/heapq.py), whose frames, generators and temporary objects HeapLens does not reproduce`);
  }
});
