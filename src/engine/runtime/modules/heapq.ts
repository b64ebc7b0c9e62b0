// The heapq module: Lib/heapq.py, whose public functions are _heapq's C ones
// (Modules/_heapqmodule.c) once `from _heapq import *` has replaced the Python definitions.
// heappush/heappop/heapify/heapreplace/heappushpop and the max-heap helpers are simulated as the
// C code runs them: the list grows through list.append's list_resize and shrinks through
// PyList_SetSlice (so popping the last item frees the item array), every comparison is
// PyObject_RichCompareBool(..., Py_LT) with both operands held for its duration (a user __lt__
// sees those references), and a list that changes size during a comparison raises RuntimeError.
// nsmallest and nlargest are Python functions in CPython (Lib/heapq.py, the same code on every
// profiled version): HeapLens runs them as TypeScript stand-ins (standin.ts) doing what that code
// does bytecode by bytecode on the same objects — the frame and its locals, the builtins and heapq
// globals looked up and called as CALL does, the comprehensions as frames of their own up to 3.11
// and inlined from 3.12 (PEP 709: the enclosing frame's slots saved and restored), the decorated
// tuples, the C heap functions, result.sort() and the final comprehension's list. The frames'
// function and cell objects are not made, so the collector's counts and tracemalloc are marked
// unknown after a call (pythonLevelCall). merge (a generator) and the _sift* helpers stop when read.
import { PyObject } from '../object';
import { P, T, ST, PyErr, NotSimulated, decref, incref } from '../core';
import { RT } from '../../compile/rt';
import { Site } from '../recursion';
import { dictGetStr } from '../dict';
import { newSlice } from '../slice';
import { smallInt } from '../numbers';
import { getItem, inplaceOp, unaryOp, truthy, getIter, iterNext } from '../abstract';
import { newTuple } from '../tuple';
import { stdlibCode, runStdlibFrame, frameEntry, type Code, type Frame } from '../func';
import { StandIn, newStandInType, newStandIn, bindOrRelease, type StandInKind } from '../standin';
import { pythonLevelCall } from './registry';
import type { PySig } from '../pysig';
import { isSubtype, typeName, Py_LT } from '../types';
import { raise } from '../exc';
import { S, richCompareBool } from '../abstract';
import { dictSetStr } from '../dict';
import { newStr } from '../str';
import { newList, listAppend } from '../list';
import { assignSlice } from '../listmethods';
import { builtinFunction, oneArg, argRange } from '../methods';
import { registerModule, sourceModuleHeader, ModuleData } from './registry';
import { execText } from './dataclasses';
import type { FuncData } from '../func';

/** PyObject_RichCompareBool(a, b, Py_LT) with both held, as _heapq increfs them around it. */
/** `a < b` with both held for the comparison, released in that order (`a` first), as _heapq's
 * siftup/siftup_max hold their two children. */
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

/** siftdown/siftdown_max's comparison: newitem and parent held, parent released first (the order
 * shows when `__lt__` empties the heap and the two die). */
function lessThanParentFirst(x: PyObject, y: PyObject, parent: PyObject, newitem: PyObject): boolean {
  newitem.rc++;
  parent.rc++;
  try {
    return richCompareBool(x, y, Py_LT);
  } finally {
    decref(parent);
    decref(newitem);
  }
}

/** heappushpop's `top < item`: only the top is held (the caller's reference keeps item). */
function topLessThan(top: PyObject, item: PyObject): boolean {
  top.rc++;
  try {
    return richCompareBool(top, item, Py_LT);
  } finally {
    decref(top);
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
    const cmp = max ? lessThanParentFirst(parent, newitem, parent, newitem) : lessThanParentFirst(newitem, parent, parent, newitem);
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
export function heapreplace(heap: PyObject, item: PyObject, max: boolean): PyObject {
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
export function heapify(heap: PyObject, max: boolean): PyObject {
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
      if (!topLessThan(items(heap)[0], item)) return incref(item);
      if (items(heap).length === 0) indexError();
      return heapreplace(heap, item, false);
    })],
    ['heapify', one('heapify', (heap) => heapify(heap, false))],
    ['_heappop_max', one('_heappop_max', (heap) => heappop(heap, true))],
    ['_heapreplace_max', two('_heapreplace_max', (heap, item) => heapreplace(heap, item, true))],
    ['_heapify_max', one('_heapify_max', (heap) => heapify(heap, true))],
  ];
}


// ---------------------------------------------------------------- nsmallest, nlargest

/** co_stacksize and co_nlocals + cells of each code object, per version (from the version that
 * introduced them); the comprehensions are code objects of their own up to 3.11. */
const CODE_SIZES: Record<string, Record<number, [number, number]>> = {
  nsmallest: { 8: [9, 15], 11: [7, 15], 12: [8, 15] },
  nlargest: { 8: [9, 15], 11: [8, 15], 12: [8, 15] },
  // [(elem, i) for ...], [elem for (elem, order) in result], [(key(elem), i, elem) ...] (key a
  // free variable), [elem for (k, order, elem) in result]
  lc_pairs: { 8: [4, 3] },
  lc_unpairs: { 8: [4, 3] },
  lc_triples: { 8: [5, 4] },
  lc_untriples: { 8: [5, 4] },
};

/** The locals of nsmallest/nlargest in co_varnames order (3.12+ adds the comprehensions' i and
 * elem before top; up to 3.11 key lives in a cell after them). */
const VARNAMES_311 = ['n', 'iterable', 'key', 'it', 'sentinel', 'result', 'size', 'top', 'order', '_heapreplace', 'elem', '_order', 'k', '_elem'];
const VARNAMES_312 = ['n', 'iterable', 'key', 'it', 'sentinel', 'result', 'size', 'i', 'elem', 'top', 'order', '_heapreplace', '_order', 'k', '_elem'];

interface HeapqState {
  moduleDict: PyObject;
  codes: Map<string, Code>;
  sites: Map<string, Site>;
  slot: Map<string, number>;
  sortCache: InstanceType<typeof RT.MethodCache>;
}
let hs: HeapqState | null = null;

function codeOf(key: string, qualname: string): Code {
  const st = hs as HeapqState;
  let c = st.codes.get(key);
  if (c === undefined) {
    const sizes = CODE_SIZES[key];
    let best: [number, number] = [8, 8];
    for (const m of [8, 10, 11, 12, 13]) if (m <= P.minor && sizes[m] !== undefined) best = sizes[m];
    const dot = qualname.lastIndexOf('.');
    c = stdlibCode('heapq', dot < 0 ? qualname : qualname.slice(dot + 1), qualname, best[0], best[1]);
    st.codes.set(key, c);
  }
  return c;
}

function site(name: string): Site {
  const st = hs as HeapqState;
  let s = st.sites.get(name);
  if (s === undefined) st.sites.set(name, s = new Site(false));
  return s;
}

/** LOAD_GLOBAL: heapq's globals, then the builtins. */
function global(name: string): PyObject {
  const g = dictGetStr((hs as HeapqState).moduleDict, name) ?? dictGetStr(RT.builtins as PyObject, name);
  if (g === null) throw new NotSimulated(`heapq's Python code without the name '${name}'`, ST.line);
  return g;
}

/** CALL of `f` with `args` (borrowed; pushed as the bytecode pushes them), keyword names last. */
function callAt(s: string, f: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  f.rc++;
  for (const a of args) a.rc++;
  return RT.callv(f, args.slice(), kwnames, site(s));
}

function slot(name: string): number {
  return (hs as HeapqState).slot.get(name) as number;
}
function load(fr: Frame, name: string): PyObject {
  return fr.l[slot(name)] as PyObject;
}
/** STORE_FAST of an owned reference. */
function store(fr: Frame, name: string, v: PyObject | null): void {
  const i = slot(name);
  const old = fr.l[i];
  fr.l[i] = v;
  if (old !== null) decref(old);
}

/** COMPARE_OP + POP_JUMP_IF_FALSE (`op`: 0 <, 2 ==, 5 >=). */
function cmpTest(s: string, a: PyObject, b: PyObject, op: 0 | 2 | 5): boolean {
  // both operands are on the value stack (LOAD_FAST) while the comparison runs
  a.rc++;
  b.rc++;
  let r: PyObject;
  try {
    r = RT.compare(a, b, op, site(s), true);
  } finally {
    decref(a);
    decref(b);
  }
  try {
    return r === S.True ? true : r === S.False ? false : truthy(r);
  } finally {
    decref(r);
  }
}

/** A comprehension over `iter` (owned: the value GET_ITER left on the stack) that appends
 * `item(values)` for each item unpacked into `names`: up to 3.11 a frame of its own whose `.0` is
 * the iterator (the function object is not made); from 3.12 inlined in `fr`, whose slots for
 * `names` are saved and restored around it. */
function comprehension(fr: Frame, key: string, iter: PyObject, names: string[], item: (vals: PyObject[]) => PyObject): PyObject {
  const loop = (get: (i: number) => PyObject, set: (i: number, v: PyObject) => void): PyObject => {
    const out = newList([]);
    try {
      for (;;) {
        const x = iterNext(iter);
        if (x === null) break;
        // UNPACK_SEQUENCE (or the plain target), STORE_FAST each
        if (names.length === 1) set(0, x);
        else {
          const parts = unpack(x, names.length);
          for (let i = 0; i < names.length; i++) set(i, parts[i]);
        }
        const v = item(names.map((_n, i) => get(i)));
        try {
          listAppend(out, v);
        } finally {
          decref(v);
        }
      }
    } catch (e) {
      decref(out);
      throw e;
    }
    return out;
  };
  if (P.minor >= 12) {
    // LOAD_FAST_AND_CLEAR of each name, the loop, END_FOR (the iterator released), then the
    // saved values stored back
    const saved = names.map((n) => {
      const i = slot(n);
      const v = fr.l[i];
      fr.l[i] = null;
      return v;
    });
    let out: PyObject | null = null;
    try {
      out = loop((i) => load(fr, names[i]), (i, v) => store(fr, names[i], v));
    } finally {
      decref(iter);
      for (let i = names.length - 1; i >= 0; i--) store(fr, names[i], saved[i]);
    }
    return out;
  }
  const code = codeOf(key, `${fr.code.qualname}.<locals>.<listcomp>`);
  frameEntry.inline = false;
  const moved = P.callMovesArgs ? [iter] : null;
  try {
    return runStdlibFrame(code, (hs as HeapqState).moduleDict, [iter], (cf) => loop((i) => cf.l[1 + i] as PyObject, (i, v) => {
      const old = cf.l[1 + i];
      cf.l[1 + i] = v;
      if (old !== null) decref(old);
    }), moved, true);
  } finally {
    if (moved === null) decref(iter);
  }
}

/** UNPACK_SEQUENCE of an owned value into `n` owned references (the value released). */
function unpack(x: PyObject, n: number): PyObject[] {
  try {
    if (x.t === T.tuple || x.t === T.list) {
      const items = x.v as PyObject[];
      if (items.length === n) return items.map((v) => incref(v));
    }
    throw new NotSimulated('unpacking a value other than a tuple of the expected length in heapq', ST.line);
  } finally {
    decref(x);
  }
}

/** The body of nsmallest (`largest` false) or nlargest, run in frame `fr` holding n, iterable and
 * key (key in its cell's slot up to 3.11). */
function nBody(fr: Frame, largest: boolean): PyObject {
  const n = load(fr, 'n'), iterable = load(fr, 'iterable');
  const keyOf = (): PyObject => fr.l[P.minor >= 12 ? slot('key') : 14] as PyObject;
  const tag = largest ? 'L' : 'S';
  if (cmpTest(tag + 'n1', n, smallInt(1), 2)) {
    store(fr, 'it', callAt(tag + 'iter1', global('iter'), [iterable]));
    store(fr, 'sentinel', callAt(tag + 'object', global('object'), []));
    store(fr, 'result', callAt(tag + 'minmax', global(largest ? 'max' : 'min'), [load(fr, 'it'), load(fr, 'sentinel'), keyOf()], ['default', 'key']));
    const result = load(fr, 'result');
    return result === load(fr, 'sentinel') ? newList([]) : newList([incref(result)]);
  }
  let size: PyObject | null = null;
  try {
    size = callAt(tag + 'len', global('len'), [iterable]);
  } catch (e) {
    if (!(e instanceof PyErr && (isSubtype(e.exc.t, T.TypeError) || isSubtype(e.exc.t, T.AttributeError)))) throw e;
    decref(e.exc);
  }
  if (size !== null) {
    store(fr, 'size', size);
    if (cmpTest(tag + 'nsize', n, size, 5)) {
      const sorted = largest
        ? callAt(tag + 'sorted', global('sorted'), [iterable, keyOf(), S.True], ['key', 'reverse'])
        : callAt(tag + 'sorted', global('sorted'), [iterable, keyOf()], ['key']);
      const sl = newSlice(S.None, n, S.None);
      try {
        return getItem(sorted, sl);
      } finally {
        decref(sorted);
        decref(sl);
      }
    }
  }
  const keyed = keyOf() !== S.None;
  store(fr, 'it', callAt(tag + 'iter', global('iter'), [iterable]));
  // zip(range(n), it) / zip(range(0, -n, -1), it)
  let rng: PyObject;
  if (largest) {
    const neg = unaryOp(n, 'neg');
    try {
      rng = callAt(tag + 'range', global('range'), [smallInt(0), neg, smallInt(-1)]);
    } finally {
      decref(neg);
    }
  } else rng = callAt(tag + 'range', global('range'), [n]);
  let z: PyObject;
  try {
    z = callAt(tag + 'zip', global('zip'), [rng, load(fr, 'it')]);
  } finally {
    decref(rng);
  }
  const first = keyed
    ? comprehension(fr, 'lc_triples', z, ['i', 'elem'], ([i, elem]) => {
      const k = callAt(tag + 'key1', keyOf(), [elem]);
      return newTuple([k, incref(i), incref(elem)]);
    })
    : comprehension(fr, 'lc_pairs', z, ['i', 'elem'], ([i, elem]) => newTuple([incref(elem), incref(i)]));
  store(fr, 'result', first);
  const result = first;
  if ((result.v as PyObject[]).length === 0) return incref(result);
  decref(callAt(tag + 'heapify', global(largest ? 'heapify' : '_heapify_max'), [result]));
  {
    const r0 = getItem(result, smallInt(0));
    try {
      store(fr, 'top', getItem(r0, smallInt(0)));
    } finally {
      decref(r0);
    }
  }
  store(fr, 'order', largest ? unaryOp(n, 'neg') : incref(n));
  store(fr, '_heapreplace', incref(global(largest ? 'heapreplace' : '_heapreplace_max')));
  const it = incref(load(fr, 'it'));
  try {
    for (;;) {
      const elem = iterNext(it);
      if (elem === null) break;
      store(fr, 'elem', elem);
      let cmpWith: PyObject = elem;
      if (keyed) {
        store(fr, 'k', callAt(tag + 'key2', keyOf(), [elem]));
        cmpWith = load(fr, 'k');
      }
      const top = load(fr, 'top');
      if (largest ? cmpTest(tag + 'lt', top, cmpWith, 0) : cmpTest(tag + 'lt', cmpWith, top, 0)) {
        const entry = keyed ? newTuple([incref(cmpWith), incref(load(fr, 'order')), incref(elem)]) : newTuple([incref(elem), incref(load(fr, 'order'))]);
        const hr = load(fr, '_heapreplace');
        hr.rc++;
        result.rc++;
        decref(RT.callv(hr, [result, entry], null, site(tag + 'replace')));
        const parts = unpack(getItem(result, smallInt(0)), keyed ? 3 : 2);
        store(fr, 'top', parts[0]);
        store(fr, '_order', parts[1]);
        if (keyed) store(fr, '_elem', parts[2]);
        const one = smallInt(1);
        store(fr, 'order', inplaceOp(load(fr, 'order'), one, largest ? 'sub' : 'add'));
      }
    }
  } finally {
    decref(it);
  }
  // result.sort() / result.sort(reverse=True): LOAD_METHOD + CALL
  {
    result.rc++;
    const f = RT.loadMethod(result, 'sort', (hs as HeapqState).sortCache);
    const meth = ST.meth === 1;
    ST.meth = 0;
    const args = largest ? [incref(S.True)] : [];
    const kw = largest ? ['reverse'] : null;
    decref(meth ? RT.callm(f, result, args, kw, site(tag + 'sort')) : RT.callv(f, args, kw, site(tag + 'sort')));
  }
  result.rc++;
  const names = keyed ? ['k', 'order', 'elem'] : ['elem', 'order'];
  const li = getIter(result);
  decref(result);
  const ei = names.indexOf('elem');
  return comprehension(fr, keyed ? 'lc_untriples' : 'lc_unpairs', li, names, (vals) => incref(vals[ei]));
}

const KIND: StandInKind = { module: 'heapq', steal: true };

/** A call of nsmallest/nlargest: the arguments bound (key=None), a frame of heapq.py's code. */
function runN(si: StandIn, args: PyObject[], kw: string[] | null, moved: PyObject[] | null, largest: boolean): PyObject {
  const bound = bindOrRelease(si, args, kw, moved);
  const name = largest ? 'nlargest' : 'nsmallest';
  pythonLevelCall(`heapq.${name}()`, `heapq.${name} is Python code in CPython (Lib/heapq.py), whose function, cell and frame objects HeapLens does not reproduce`);
  return runStdlibFrame(codeOf(name, name), (hs as HeapqState).moduleDict, bound, (fr) => {
    // up to 3.11 key is a cell variable (the comprehensions use it): the cell takes the argument
    if (P.minor < 12) {
      fr.l[14] = fr.l[2];
      fr.l[2] = null;
    }
    return nBody(fr, largest);
  }, moved, true);
}

const PYTHON_FUNCTIONS = ['_siftdown', '_siftup', '_siftdown_max', '_siftup_max'];

/** The Python text HeapLens compiles for heapq.merge: Lib/heapq.py's generator, the same
 * statements on every profiled version (the docstring left out: reading __doc__ stops). Its
 * globals are heapq's, so heapify/heappop/heapreplace and the _max helpers are the C functions. */
const MERGE_SOURCE = [
  'def merge(*iterables, key=None, reverse=False):',
  '    h = []',
  '    h_append = h.append',
  '    if reverse:',
  '        _heapify = _heapify_max',
  '        _heappop = _heappop_max',
  '        _heapreplace = _heapreplace_max',
  '        direction = -1',
  '    else:',
  '        _heapify = heapify',
  '        _heappop = heappop',
  '        _heapreplace = heapreplace',
  '        direction = 1',
  '    if key is None:',
  '        for order, it in enumerate(map(iter, iterables)):',
  '            try:',
  '                next = it.__next__',
  '                h_append([next(), order * direction, next])',
  '            except StopIteration:',
  '                pass',
  '        _heapify(h)',
  '        while len(h) > 1:',
  '            try:',
  '                while True:',
  '                    value, order, next = s = h[0]',
  '                    yield value',
  '                    s[0] = next()',
  '                    _heapreplace(h, s)',
  '            except StopIteration:',
  '                _heappop(h)',
  '        if h:',
  '            value, order, next = h[0]',
  '            yield value',
  '            yield from next.__self__',
  '        return',
  '    for order, it in enumerate(map(iter, iterables)):',
  '        try:',
  '            next = it.__next__',
  '            value = next()',
  '            h_append([key(value), order * direction, value, next])',
  '        except StopIteration:',
  '            pass',
  '    _heapify(h)',
  '    while len(h) > 1:',
  '        try:',
  '            while True:',
  '                key_value, order, value, next = s = h[0]',
  '                yield value',
  '                value = next()',
  '                s[0] = key(value)',
  '                s[2] = value',
  '                _heapreplace(h, s)',
  '        except StopIteration:',
  '            _heappop(h)',
  '    if h:',
  '        key_value, order, value, next = h[0]',
  '        yield value',
  '        yield from next.__self__',
  '',
].join('\n');

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
  hs = {
    moduleDict: d,
    codes: new Map(),
    sites: new Map(),
    slot: new Map((P.minor >= 12 ? VARNAMES_312 : VARNAMES_311).map((n, i) => [n, i])),
    sortCache: new RT.MethodCache(),
  };
  const standInType = newStandInType(KIND);
  for (const largest of [false, true]) {
    const name = largest ? 'nlargest' : 'nsmallest';
    const sig: PySig = { name, qualname: name, params: ['n', 'iterable', 'key'], posonly: 0, ndefaults: 1 };
    const f = newStandIn(standInType, new StandIn(KIND, 'heapq', name, name, (si, args, kw, moved) => runN(si, args, kw, moved, largest), [incref(S.None)], sig));
    dictSetStr(d, name, f);
    decref(f);
  }
  md.stops = new Map();
  for (const name of PYTHON_FUNCTIONS) {
    dictSetStr(d, name, S.None);
    md.stops.set(name, `heapq.${name} is a Python function in CPython (Lib/heapq.py), whose frames, generators and temporary objects HeapLens does not reproduce`);
  }
  // merge: a generator function compiled from heapq.py's text, run as program code (its frames,
  // the [value, order, next] lists, the bound __next__ method-wrappers); its file, lines and
  // locals are opaque (stdlib code). It replaces the None placeholder in the same dict slot.
  dictSetStr(d, 'merge', S.None);
  dictSetStr(d, '__builtins__', RT.builtins);
  execText(MERGE_SOURCE, d, d, 'heapq');
  ((dictGetStr(d, 'merge') as PyObject).v as FuncData).code.docOpaque = true;
});
