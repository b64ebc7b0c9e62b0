// The itertools module (Modules/itertoolsmodule.c): lazy iterator objects, each a GC-tracked
// object holding references to its inputs, with CPython's struct sizes (sys.getsizeof is
// basicsize + the GC head, plus the index arrays of product/permutations/combinations).
// product, permutations, combinations, combinations_with_replacement and zip_longest keep their
// last result tuple and update it in place when nobody else holds it (Py_REFCNT(result) == 1).
// From 3.12 the types are heap types: every instance holds a reference to its type.
import { PyObject, F_GC } from '../object';
import {
  P, T, PyErr, NotSimulated, decref, xdecref, incref, allocBlock, freeBlock, allocBuffer, freeBuffer, reallocBuffer,
  gcAllocHook, gcCountFree, gcTrack, gcUntrack, ST,
} from '../core';
import { isSubtype, typeName, type TypeInfo, type Visit, Py_EQ } from '../types';
import { raise } from '../exc';
import { S, getIter, iterNext, call, truthy, reprJs, binaryOp, makeTpCall, richCompareBool, getAttr, getAttrOpt } from '../abstract';
import { clearWeakrefs } from '../weakrefs';
import { dictSetStr, dictGetStr } from '../dict';
import { newStr } from '../str';
import { newInt, type IntVal } from '../numbers';
import { newTuple, tupleFrom, tupleAllocSize } from '../tuple';
import { newList, listAppend } from '../list';
import { sequenceTuple } from '../listmethods';
import { defMethods, defClassMethods, builtinFunction, noArgs, oneArg, argRange, parseArgs, splitArgs } from '../methods';
import { registerModule } from './registry';
import { newModuleType, addSlotDunders, setTypeBaseline } from './array';

// ---------------------------------------------------------------- the common iterator machinery

/** One itertools type: its per-version struct size and how its fields are released/visited. */
interface IterKind<S> {
  /** tp_basicsize (without the GC head). */
  basicsize: () => number;
  /** tp_weaklistoffset: weak references are cleared first in the dealloc */
  weakrefs?: boolean;
  /** __sizeof__ beyond the basicsize (index arrays). */
  extra?: (s: S) => number;
  /** Release owned references in the type's dealloc order, and free its buffers. */
  release: (s: S) => void;
  /** tp_traverse order. */
  visit: (s: S, visit: Visit) => void;
  next: (o: PyObject, s: S) => PyObject | null;
  repr?: (o: PyObject, s: S) => string;
  lengthHint?: (s: S) => number;
}

/** Payload of every itertools object: the kind's state plus the size of its own block. */
class ItObj<S> {
  constructor(public s: S, public blockBytes: number) {}
}

/** 3.12+: itertools types are heap types (instances incref their type, traverse visits it). */
function heapTypes(): boolean {
  return P.minor >= 12;
}

let moduleTypes = new Set<PyObject>();

/** tp_alloc (PyType_GenericAlloc): a tracked GC object of `type` holding `state`. */
function allocIt<S>(type: PyObject, state: S): PyObject {
  const o = allocUntracked(type, state);
  gcTrack(o);
  return o;
}

/** PyObject_GC_New: the object, not yet tracked. */
function allocUntracked<S>(type: PyObject, state: S): PyObject {
  const ti = type.v as TypeInfo;
  const bytes = ti.basicsize() + 16;
  const o = new PyObject(type, new ItObj(state, bytes), null, F_GC);
  allocBlock(o, bytes);
  gcAllocHook();
  if (ti.heap || (heapTypes() && moduleTypes.has(type))) type.rc++;
  return o;
}

function st<S>(o: PyObject): S {
  return (o.v as ItObj<S>).s;
}

function defineIterType<S>(name: string, kind: IterKind<S>, newFn: (type: PyObject, args: PyObject[], kw: string[] | null) => PyObject): PyObject {
  const t = newModuleType(`itertools.${name}`, 'itertools', (ti) => {
    ti.gc = true;
    ti.basicsize = kind.basicsize;
    ti.sizeof = (o) => kind.basicsize() + (kind.extra !== undefined ? kind.extra(st<S>(o)) : 0);
    ti.new = newFn;
    if (kind.weakrefs) ti.hasWeakref = true;
    ti.dealloc = (o) => {
      gcUntrack(o);
      if (kind.weakrefs) clearWeakrefs(o);
      const data = o.v as ItObj<S>;
      o.v = null;
      kind.release(data.s);
      freeBlock(o, data.blockBytes);
      gcCountFree();
      if (heapTypes() && moduleTypes.has(o.t)) decref(o.t);
    };
    ti.traverse = (o, visit) => {
      if (heapTypes()) visit(o.t);
      const data = o.v as ItObj<S> | null;
      if (data !== null) kind.visit(data.s, visit);
    };
    ti.iter = (o) => {
      o.rc++;
      return o;
    };
    ti.next = (o) => kind.next(o, st<S>(o));
    if (kind.repr !== undefined) {
      const repr = kind.repr;
      ti.repr = (o) => newStr(repr(o, st<S>(o)));
    }
    if (kind.lengthHint !== undefined) {
      const lh = kind.lengthHint;
      (ti as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint = (o) => lh(st<S>(o));
    }
  });
  moduleTypes.add(t);
  return t;
}

function typeShortName(o: PyObject): string {
  return (o.t.v as TypeInfo).qualname;
}

function visitAll(visit: Visit, ...xs: (PyObject | null)[]): void {
  for (const x of xs) if (x !== null) visit(x);
}

function noKwFor(type: PyObject, name: string, kw: string[] | null): void {
  if (moduleTypes.has(type) && kw !== null && kw.length > 0) raise(T.TypeError, `${name}() takes no keyword arguments`);
}

/** PyNumber_AsSsize_t(o, OverflowError) for islice: null when it fails (the error is cleared). */
function asSsize(o: PyObject): number | null {
  let v: IntVal;
  if (o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int)) v = o.v as IntVal;
  else {
    const f = (o.t.v as TypeInfo).nb.index;
    if (f === undefined) return null;
    const r = f(o);
    v = r.v as IntVal;
    decref(r);
  }
  if (typeof v === 'bigint') return null;
  return v;
}

/** A length argument (clinic Py_ssize_t): an int or an object with __index__. */
function ssizeArg(o: PyObject): number {
  if (o.t === T.float || isSubtype(o.t, T.float)) raise(T.TypeError, P.minor >= 10 ? `'float' object cannot be interpreted as an integer` : 'integer argument expected, got float');
  const v = asSsize(o);
  if (v === null) {
    if (o.t === T.int || isSubtype(o.t, T.int)) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
    raise(T.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  }
  return v;
}

/** PyNumber_Check */
function isNumber(o: PyObject): boolean {
  if (o.t === T.int || o.t === T.bool || o.t === T.float || o.t === T.complex) return true;
  const nb = (o.t.v as TypeInfo).nb;
  return nb.index !== undefined || nb.int !== undefined || nb.float !== undefined;
}

/** Replace item i of a result tuple we hold the only reference to (PyTuple_SET_ITEM + DECREF old). */
function setTupleItem(t: PyObject, i: number, v: PyObject): void {
  const items = t.v as PyObject[];
  const old = items[i];
  items[i] = v;
  decref(old);
}

/** The "copy the previous result tuple or re-use it" step of product/combinations/permutations.
 * Returns the (possibly new) result tuple the object now holds. */
function ownResult(result: PyObject, set: (r: PyObject) => void): PyObject {
  if (result.rc > 1) {
    const copy = tupleFrom((result.v as PyObject[]).slice());
    set(copy);
    decref(result);
    return copy;
  }
  // bpo-42536: the GC may have untracked the recycled tuple
  gcTrack(result);
  return result;
}

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

// ---------------------------------------------------------------- count

class CountState {
  /** fast mode: the next value (long_cnt === null) */
  constructor(public cnt: number, public longCnt: PyObject | null, public longStep: PyObject) {}
}

function countKind(): IterKind<CountState> {
  return {
    basicsize: () => 40,
    release: (s) => {
      xdecref(s.longCnt);
      decref(s.longStep);
    },
    visit: (s, visit) => visitAll(visit, s.longCnt, s.longStep),
    next: (_o, s) => {
      if (s.longCnt === null) return newInt(s.cnt++);
      const cur = s.longCnt;
      s.longCnt = binaryOp(cur, s.longStep, 'add');
      return cur;
    },
    repr: (o, s) => {
      const name = typeShortName(o);
      if (s.longCnt === null) return `${name}(${s.cnt})`;
      if ((s.longStep.t === T.int || s.longStep.t === T.bool) && s.longStep.v === 1) return `${name}(${reprJs(s.longCnt)})`;
      return `${name}(${reprJs(s.longCnt)}, ${reprJs(s.longStep)})`;
    },
  };
}

function countNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [start, step] = parseArgs('count', args, kw, ['start', 'step'], 0);
  if ((start !== null && !isNumber(start)) || (step !== null && !isNumber(step))) raise(T.TypeError, 'a number is required');
  const isLong = (o: PyObject | null): boolean => o === null || o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int);
  let fast = isLong(start) && isLong(step);
  let cnt = 0;
  if (start !== null && fast) {
    const v = start.v as IntVal;
    if (typeof v === 'bigint') fast = false;
    else cnt = v;
  }
  const longCnt = start ?? newInt(0);
  if (start !== null) start.rc++;
  const longStep = step ?? newInt(1);
  if (step !== null) step.rc++;
  if (fast && !((longStep.v as IntVal) === 1)) fast = false;
  let keep: PyObject | null = longCnt;
  if (fast) {
    decref(longCnt);
    keep = null;
  }
  return allocIt(type, new CountState(cnt, keep, longStep));
}

// ---------------------------------------------------------------- cycle

class CycleState {
  constructor(public it: PyObject | null, public saved: PyObject, public index: number, public firstpass: boolean) {}
}

function cycleKind(): IterKind<CycleState> {
  return {
    // it, saved, index, firstpass (an int padded to 8)
    basicsize: () => 48,
    release: (s) => {
      xdecref(s.it);
      decref(s.saved);
    },
    visit: (s, visit) => visitAll(visit, s.it, s.saved),
    next: (_o, s) => {
      if (s.it !== null) {
        const item = iterNext(s.it);
        if (item !== null) {
          if (s.firstpass) return item;
          listAppend(s.saved, item);
          return item;
        }
        const it = s.it;
        s.it = null;
        decref(it);
      }
      const saved = s.saved.v as PyObject[];
      if (saved.length === 0) return null;
      const item = saved[s.index];
      s.index++;
      if (s.index >= saved.length) s.index = 0;
      item.rc++;
      return item;
    },
  };
}

function cycleNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKwFor(type, 'cycle', kw);
  argRange('cycle', args, kw, 1, 1);
  const it = getIter(args[0]);
  const saved = newList([]);
  return allocIt(type, new CycleState(it, saved, 0, false));
}

// ---------------------------------------------------------------- repeat

class RepeatState {
  constructor(public element: PyObject, public cnt: number) {}
}

function repeatKind(): IterKind<RepeatState> {
  return {
    basicsize: () => 32,
    release: (s) => decref(s.element),
    visit: (s, visit) => visit(s.element),
    next: (_o, s) => {
      if (s.cnt === 0) return null;
      if (s.cnt > 0) s.cnt--;
      s.element.rc++;
      return s.element;
    },
    repr: (o, s) => (s.cnt === -1 ? `${typeShortName(o)}(${reprJs(s.element)})` : `${typeShortName(o)}(${reprJs(s.element)}, ${s.cnt})`),
    // __length_hint__ raises TypeError when unbounded: PyObject_LengthHint falls back to its default
    lengthHint: (s) => (s.cnt === -1 ? 8 : s.cnt),
  };
}

function repeatNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [element, times] = parseArgs('repeat', args, kw, ['object', 'times'], 1);
  let cnt = times !== null ? ssizeArg(times) : -1;
  if (times !== null && cnt < 0) cnt = 0;
  (element as PyObject).rc++;
  return allocIt(type, new RepeatState(element as PyObject, cnt));
}

// ---------------------------------------------------------------- accumulate

class AccumulateState {
  constructor(public total: PyObject | null, public it: PyObject, public binop: PyObject | null, public initial: PyObject) {}
}

function accumulateKind(): IterKind<AccumulateState> {
  return {
    // 3.12 added a module-state pointer
    basicsize: () => (P.minor >= 12 ? 56 : 48),
    release: (s) => {
      xdecref(s.binop);
      xdecref(s.total);
      decref(s.it);
      decref(s.initial);
    },
    visit: (s, visit) => visitAll(visit, s.binop, s.it, s.total, s.initial),
    next: (_o, s) => {
      if (s.initial !== S.None) {
        s.total = s.initial;
        S.None.rc++;
        s.initial = S.None;
        s.total.rc++;
        return s.total;
      }
      const val = iterNext(s.it);
      if (val === null) return null;
      if (s.total === null) {
        val.rc++;
        s.total = val;
        return val;
      }
      let newtotal: PyObject;
      try {
        newtotal = s.binop === null ? binaryOp(s.total, val, 'add') : call(s.binop, [s.total, val]);
      } finally {
        decref(val);
      }
      newtotal.rc++;
      const old = s.total;
      s.total = newtotal;
      decref(old);
      return newtotal;
    },
  };
}

function accumulateNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, func, initial] = parseArgs('accumulate', args, kw, ['iterable', 'func', 'initial'], 1, 2);
  const it = getIter(iterable as PyObject);
  const binop = func !== null && func !== S.None ? (func.rc++, func) : null;
  const init = initial ?? S.None;
  init.rc++;
  return allocIt(type, new AccumulateState(null, it, binop, init));
}

// ---------------------------------------------------------------- chain

class ChainState {
  constructor(public source: PyObject | null, public active: PyObject | null) {}
}

function chainKind(): IterKind<ChainState> {
  return {
    basicsize: () => 32,
    release: (s) => {
      xdecref(s.active);
      xdecref(s.source);
    },
    visit: (s, visit) => visitAll(visit, s.source, s.active),
    next: (_o, s) => {
      while (s.source !== null) {
        if (s.active === null) {
          const iterable = iterNext(s.source);
          if (iterable === null) {
            const src = s.source;
            s.source = null;
            decref(src);
            return null;
          }
          try {
            s.active = getIter(iterable);
          } catch (e) {
            const src = s.source;
            s.source = null;
            decref(src);
            throw e;
          } finally {
            decref(iterable);
          }
        }
        const item = iterNext(s.active);
        if (item !== null) return item;
        const a = s.active;
        s.active = null;
        decref(a);
      }
      return null;
    },
  };
}

function chainNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKwFor(type, 'chain', kw);
  // source = iter(args): the iterator keeps the call's argument tuple alive (the one
  // _PyObject_MakeTpCall built, or a new one when chain.__new__ is called directly)
  const mt = makeTpCall.tuple;
  const argsTuple = mt !== null && makeTpCall.args === args ? (mt.rc++, mt) : newTuple(args.map((a) => (a.rc++, a)));
  const source = getIter(argsTuple);
  decref(argsTuple);
  return allocIt(type, new ChainState(source, null));
}

// ---------------------------------------------------------------- compress, dropwhile, takewhile, filterfalse, starmap

class PairState {
  /** a: data/func, b: selectors/iterator; flag: dropwhile's start / takewhile's stop */
  constructor(public a: PyObject, public b: PyObject, public flag: boolean) {}
}

function predicate(func: PyObject, item: PyObject): boolean {
  const good = call(func, [item]);
  try {
    return truthy(good);
  } finally {
    decref(good);
  }
}

function pairKind(basicsize: number, visitOrder: 'ab' | 'ba', next: (s: PairState) => PyObject | null): IterKind<PairState> {
  return {
    basicsize: () => basicsize,
    release: (s) => {
      decref(s.a);
      decref(s.b);
    },
    visit: (s, visit) => (visitOrder === 'ab' ? visitAll(visit, s.a, s.b) : visitAll(visit, s.b, s.a)),
    next: (_o, s) => next(s),
  };
}

const compressNext = (s: PairState): PyObject | null => {
  for (;;) {
    const datum = iterNext(s.a);
    if (datum === null) return null;
    let selector: PyObject | null;
    try {
      selector = iterNext(s.b);
    } catch (e) {
      decref(datum);
      throw e;
    }
    if (selector === null) {
      decref(datum);
      return null;
    }
    let ok: boolean;
    try {
      ok = truthy(selector);
    } finally {
      decref(selector);
    }
    if (ok) return datum;
    decref(datum);
  }
};

const dropwhileNext = (s: PairState): PyObject | null => {
  for (;;) {
    const item = iterNext(s.b);
    if (item === null) return null;
    if (s.flag) return item;
    let ok: boolean;
    try {
      ok = predicate(s.a, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) {
      s.flag = true;
      return item;
    }
    decref(item);
  }
};

const takewhileNext = (s: PairState): PyObject | null => {
  if (s.flag) return null;
  const item = iterNext(s.b);
  if (item === null) return null;
  let ok: boolean;
  try {
    ok = predicate(s.a, item);
  } catch (e) {
    decref(item);
    throw e;
  }
  if (ok) return item;
  decref(item);
  s.flag = true;
  return null;
};

const filterfalseNext = (s: PairState): PyObject | null => {
  for (;;) {
    const item = iterNext(s.b);
    if (item === null) return null;
    let ok: boolean;
    try {
      ok = s.a === S.None || s.a === T.bool ? truthy(item) : predicate(s.a, item);
    } catch (e) {
      decref(item);
      throw e;
    }
    if (!ok) return item;
    decref(item);
  }
};

const starmapNext = (s: PairState): PyObject | null => {
  const args = iterNext(s.b);
  if (args === null) return null;
  let tup: PyObject;
  try {
    tup = args.t === T.tuple ? args : sequenceTuple(args);
  } catch (e) {
    decref(args);
    throw e;
  }
  if (tup !== args) decref(args);
  try {
    return call(s.a, (tup.v as PyObject[]).slice());
  } finally {
    decref(tup);
  }
};

function pairNew(name: string, order: 'func-seq' | 'seq-seq') {
  return (type: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    let a: PyObject, b: PyObject;
    if (name === 'compress') {
      const [data, selectors] = parseArgs('compress', args, kw, ['data', 'selectors'], 2);
      a = data as PyObject;
      b = selectors as PyObject;
    } else {
      noKwFor(type, name, kw);
      argRange(name, args, kw, 2, 2);
      [a, b] = args;
    }
    if (order === 'seq-seq') {
      const ia = getIter(a);
      let ib: PyObject;
      try {
        ib = getIter(b);
      } catch (e) {
        decref(ia);
        throw e;
      }
      return allocIt(type, new PairState(ia, ib, false));
    }
    const it = getIter(b);
    a.rc++;
    return allocIt(type, new PairState(a, it, false));
  };
}

// ---------------------------------------------------------------- islice

class IsliceState {
  constructor(public it: PyObject | null, public next: number, public stop: number, public step: number, public cnt: number) {}
}

function isliceKind(): IterKind<IsliceState> {
  return {
    basicsize: () => 56,
    release: (s) => xdecref(s.it),
    visit: (s, visit) => visitAll(visit, s.it),
    next: (_o, s) => {
      const it = s.it;
      if (it === null) return null;
      const empty = (): null => {
        const x = s.it;
        s.it = null;
        xdecref(x);
        return null;
      };
      // tp_iternext's NULL (an error too) ends the islice: `goto empty` clears the iterator
      const step = (): PyObject | null => {
        try {
          return iterNext(it);
        } catch (e) {
          empty();
          throw e;
        }
      };
      while (s.cnt < s.next) {
        const item = step();
        if (item === null) return empty();
        decref(item);
        s.cnt++;
      }
      if (s.stop !== -1 && s.cnt >= s.stop) return empty();
      const item = step();
      if (item === null) return empty();
      s.cnt++;
      const oldnext = s.next;
      s.next += s.step;
      if (s.next < oldnext || (s.stop !== -1 && s.next > s.stop)) s.next = s.stop;
      return item;
    },
  };
}

function isliceNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKwFor(type, 'islice', kw);
  argRange('islice', args, kw, 2, 4);
  const [seq, a1, a2, a3] = args;
  let start = 0, stop = -1, step = 1;
  const stopErr = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (args.length === 2) {
    if (a1 !== S.None) {
      const v = asSsizeCleared(a1);
      if (v === null || v === -1) raise(T.ValueError, stopErr);
      stop = v;
    }
  } else {
    if (a1 !== S.None) start = asSsizeCleared(a1) ?? -1;
    if (a2 !== S.None) {
      const v = asSsizeCleared(a2);
      if (v === null || v === -1) raise(T.ValueError, stopErr);
      stop = v;
    }
  }
  if (start < 0 || stop < -1) raise(T.ValueError, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (a3 !== undefined && a3 !== S.None) step = asSsizeCleared(a3) ?? -1;
  if (step < 1) raise(T.ValueError, 'Step for islice() must be a positive integer or None.');
  const it = getIter(seq);
  return allocIt(type, new IsliceState(it, start, stop, step, 0));
}

/** asSsize, with a raised conversion error cleared (islice_new's PyErr_Clear). */
function asSsizeCleared(o: PyObject): number | null {
  try {
    return asSsize(o);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

// ---------------------------------------------------------------- zip_longest

class ZipLongestState {
  constructor(
    public ittuple: PyObject,
    /** which iterators in ittuple are exhausted (CPython stores NULL there; we keep None) */
    public done: boolean[],
    public numactive: number,
    public result: PyObject,
    public fillvalue: PyObject,
  ) {}
}

function zipLongestKind(): IterKind<ZipLongestState> {
  return {
    basicsize: () => 56,
    release: (s) => {
      decref(s.ittuple);
      decref(s.result);
      decref(s.fillvalue);
    },
    visit: (s, visit) => visitAll(visit, s.ittuple, s.result, s.fillvalue),
    // zip_longest_next: the kept result tuple is refilled in place while nobody else holds it,
    // else a new tuple (made first) is filled; an iterator's error ends the iteration
    next: (_o, s) => {
      const its = s.ittuple.v as PyObject[];
      const n = its.length;
      if (n === 0 || s.numactive === 0) return null;
      const reuse = s.result.rc === 1;
      const result = reuse ? s.result : newTuple(Array.from({ length: n }, () => none()));
      if (reuse) result.rc++;
      for (let i = 0; i < n; i++) {
        let item: PyObject | null;
        if (s.done[i]) item = incref(s.fillvalue);
        else {
          try {
            item = iterNext(its[i]);
          } catch (e) {
            s.numactive = 0;
            decref(result);
            throw e;
          }
          if (item === null) {
            s.numactive--;
            if (s.numactive === 0) {
              decref(result);
              return null;
            }
            item = incref(s.fillvalue);
            s.done[i] = true;
            S.None.rc++;
            setTupleItem(s.ittuple, i, S.None);
          }
        }
        setTupleItem(result, i, item);
      }
      // bpo-42536: a recycled tuple may have been untracked by the collector
      if (reuse) gcTrack(result);
      return result;
    },
  };
}

function zipLongestNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitArgs(args, kwnames);
  let fillvalue: PyObject = S.None;
  if (kw.size > 0) {
    const f = kw.size === 1 ? kw.get('fillvalue') : undefined;
    if (f === undefined) raise(T.TypeError, 'zip_longest() got an unexpected keyword argument');
    fillvalue = f;
  }
  const its: PyObject[] = [];
  try {
    for (const a of pos) its.push(getIter(a));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  const ittuple = newTuple(its);
  const result = newTuple(pos.map(() => none()));
  fillvalue.rc++;
  return allocIt(type, new ZipLongestState(ittuple, pos.map(() => false), pos.length, result, fillvalue));
}

// ---------------------------------------------------------------- product

class ProductState {
  constructor(public pools: PyObject, public indices: number[], public indicesAddr: number, public result: PyObject | null, public stopped: boolean) {}
}

function productKind(): IterKind<ProductState> {
  return {
    basicsize: () => 48,
    extra: (s) => 8 * s.indices.length,
    release: (s) => {
      decref(s.pools);
      xdecref(s.result);
      freeBuffer(s.indicesAddr, 8 * s.indices.length);
    },
    visit: (s, visit) => visitAll(visit, s.pools, s.result),
    next: (_o, s) => {
      if (s.stopped) return null;
      const pools = s.pools.v as PyObject[];
      const npools = pools.length;
      let result = s.result;
      if (result === null) {
        const items: PyObject[] = [];
        for (let i = 0; i < npools; i++) {
          const pool = pools[i].v as PyObject[];
          if (pool.length === 0) {
            // the partially filled tuple stays as lz->result
            s.result = newTuple([...items, ...new Array<PyObject>(npools - i).fill(S.None).map((x) => (x.rc++, x))]);
            s.stopped = true;
            return null;
          }
          pool[0].rc++;
          items.push(pool[0]);
        }
        result = newTuple(items);
        s.result = result;
      } else {
        result = ownResult(result, (r) => (s.result = r));
        let i = npools - 1;
        for (; i >= 0; i--) {
          const pool = pools[i].v as PyObject[];
          s.indices[i]++;
          if (s.indices[i] === pool.length) {
            s.indices[i] = 0;
            pool[0].rc++;
            setTupleItem(result, i, pool[0]);
          } else {
            const elem = pool[s.indices[i]];
            elem.rc++;
            setTupleItem(result, i, elem);
            break;
          }
        }
        if (i < 0) {
          s.stopped = true;
          return null;
        }
      }
      result.rc++;
      return result;
    },
  };
}

function productNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitArgs(args, kwnames);
  let repeat = 1;
  for (const [k, v] of kw) {
    if (k !== 'repeat') {
      raise(T.TypeError, P.minor >= 13 ? `product() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for product()`);
    }
    repeat = ssizeArg(v);
    if (repeat < 0) raise(T.ValueError, 'repeat argument cannot be negative');
  }
  const nargs = repeat === 0 ? 0 : pos.length;
  const npools = nargs * repeat;
  const indicesAddr = allocBuffer(8 * npools);
  const pools: PyObject[] = [];
  try {
    for (let i = 0; i < nargs; i++) pools.push(sequenceTuple(pos[i]));
  } catch (e) {
    freeBuffer(indicesAddr, 8 * npools);
    for (const p of pools) decref(p);
    throw e;
  }
  for (let i = nargs; i < npools; i++) {
    const p = pools[i - nargs];
    p.rc++;
    pools.push(p);
  }
  const poolsTuple = newTuple(pools);
  return allocIt(type, new ProductState(poolsTuple, new Array<number>(npools).fill(0), indicesAddr, null, false));
}

// ---------------------------------------------------------------- combinations / with replacement

class CombState {
  constructor(public pool: PyObject, public indices: number[], public indicesAddr: number, public result: PyObject | null, public r: number, public stopped: boolean) {}
}

function combinationsKind(withReplacement: boolean): IterKind<CombState> {
  return {
    basicsize: () => 56,
    extra: (s) => 8 * s.r,
    release: (s) => {
      decref(s.pool);
      xdecref(s.result);
      freeBuffer(s.indicesAddr, 8 * s.r);
    },
    visit: (s, visit) => visitAll(visit, s.pool, s.result),
    next: (_o, s) => {
      if (s.stopped) return null;
      const pool = s.pool.v as PyObject[];
      const n = pool.length;
      const r = s.r;
      const ind = s.indices;
      let result = s.result;
      if (result === null) {
        if (withReplacement && n === 0 && r > 0) {
          s.stopped = true;
          return null;
        }
        result = newTuple(ind.map((k) => (pool[k].rc++, pool[k])));
        s.result = result;
      } else {
        result = ownResult(result, (x) => (s.result = x));
        let i: number;
        if (withReplacement) {
          for (i = r - 1; i >= 0 && ind[i] === n - 1; i--);
          if (i < 0) {
            s.stopped = true;
            return null;
          }
          const index = ind[i] + 1;
          for (let j = i; j < r; j++) ind[j] = index;
          const elem = pool[index];
          for (; i < r; i++) {
            elem.rc++;
            setTupleItem(result, i, elem);
          }
        } else {
          for (i = r - 1; i >= 0 && ind[i] === i + n - r; i--);
          if (i < 0) {
            s.stopped = true;
            return null;
          }
          ind[i]++;
          for (let j = i + 1; j < r; j++) ind[j] = ind[j - 1] + 1;
          for (; i < r; i++) {
            const elem = pool[ind[i]];
            elem.rc++;
            setTupleItem(result, i, elem);
          }
        }
      }
      result.rc++;
      return result;
    },
  };
}

function combinationsNew(name: string, withReplacement: boolean) {
  return (type: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const [iterable, robj] = parseArgs(name, args, kw, ['iterable', 'r'], 2);
    // clinic converts r before the impl makes the pool; the sign is checked after
    const r = ssizeArg(robj as PyObject);
    const pool = sequenceTuple(iterable as PyObject);
    if (r < 0) {
      decref(pool);
      raise(T.ValueError, 'r must be non-negative');
    }
    const n = (pool.v as PyObject[]).length;
    const addr = allocBuffer(8 * r);
    const indices = withReplacement ? new Array<number>(r).fill(0) : Array.from({ length: r }, (_, i) => i);
    const stopped = withReplacement ? n === 0 && r > 0 : r > n;
    return allocIt(type, new CombState(pool, indices, addr, null, r, stopped));
  };
}

// ---------------------------------------------------------------- permutations

class PermState {
  constructor(
    public pool: PyObject, public indices: number[], public cycles: number[], public indicesAddr: number,
    public cyclesAddr: number, public result: PyObject | null, public r: number, public stopped: boolean,
  ) {}
}

function permutationsKind(): IterKind<PermState> {
  return {
    basicsize: () => 64,
    extra: (s) => 8 * s.indices.length + 8 * s.r,
    release: (s) => {
      decref(s.pool);
      xdecref(s.result);
      freeBuffer(s.indicesAddr, 8 * s.indices.length);
      freeBuffer(s.cyclesAddr, 8 * s.r);
    },
    visit: (s, visit) => visitAll(visit, s.pool, s.result),
    next: (_o, s) => {
      if (s.stopped) return null;
      const pool = s.pool.v as PyObject[];
      const n = pool.length;
      const r = s.r;
      const ind = s.indices, cyc = s.cycles;
      let result = s.result;
      if (result === null) {
        const items: PyObject[] = [];
        for (let i = 0; i < r; i++) {
          const e = pool[ind[i]];
          e.rc++;
          items.push(e);
        }
        result = newTuple(items);
        s.result = result;
      } else {
        if (n === 0) {
          s.stopped = true;
          return null;
        }
        result = ownResult(result, (x) => (s.result = x));
        let i = r - 1;
        for (; i >= 0; i--) {
          cyc[i] -= 1;
          if (cyc[i] === 0) {
            const index = ind[i];
            for (let j = i; j < n - 1; j++) ind[j] = ind[j + 1];
            ind[n - 1] = index;
            cyc[i] = n - i;
          } else {
            const j = cyc[i];
            const index = ind[i];
            ind[i] = ind[n - j];
            ind[n - j] = index;
            for (let k = i; k < r; k++) {
              const elem = pool[ind[k]];
              elem.rc++;
              setTupleItem(result, k, elem);
            }
            break;
          }
        }
        if (i < 0) {
          s.stopped = true;
          return null;
        }
      }
      result.rc++;
      return result;
    },
  };
}

function permutationsNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, robj] = parseArgs('permutations', args, kw, ['iterable', 'r'], 1);
  const pool = sequenceTuple(iterable as PyObject);
  const n = (pool.v as PyObject[]).length;
  let r = n;
  try {
    if (robj !== null && robj !== S.None) {
      if (!(robj.t === T.int || robj.t === T.bool || isSubtype(robj.t, T.int))) raise(T.TypeError, 'Expected int as r');
      r = ssizeArg(robj);
    }
    if (r < 0) raise(T.ValueError, 'r must be non-negative');
  } catch (e) {
    decref(pool);
    throw e;
  }
  const indicesAddr = allocBuffer(8 * n);
  const cyclesAddr = allocBuffer(8 * r);
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  return allocIt(type, new PermState(pool, indices, cycles, indicesAddr, cyclesAddr, null, r, r > n));
}

// ---------------------------------------------------------------- groupby and _grouper

class GroupbyState {
  it: PyObject | null = null;
  tgtkey: PyObject | null = null;
  currkey: PyObject | null = null;
  currvalue: PyObject | null = null;
  /** currgrouper: the _grouper that may still step (a borrowed pointer, compared only) */
  currgrouper: PyObject | null = null;
  constructor(public keyfunc: PyObject) {}
}

let grouperType: PyObject = undefined as unknown as PyObject;
let groupbyType: PyObject = undefined as unknown as PyObject;

/** groupby_step: the next value and its key become currvalue/currkey. False at the end. */
function groupbyStep(g: GroupbyState): boolean {
  const newvalue = iterNext(g.it as PyObject);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (g.keyfunc === S.None) newkey = incref(newvalue);
  else {
    try {
      newkey = call(g.keyfunc, [newvalue]);
    } catch (e) {
      decref(newvalue);
      throw e;
    }
  }
  const oldvalue = g.currvalue;
  g.currvalue = newvalue;
  const oldkey = g.currkey;
  g.currkey = newkey;
  xdecref(oldkey);
  xdecref(oldvalue);
  return true;
}

function groupbyKind(): IterKind<GroupbyState> {
  return {
    // it, keyfunc, tgtkey, currkey, currvalue, currgrouper (+ the module state from 3.12)
    basicsize: () => (P.minor >= 12 ? 72 : 64),
    release: (s) => {
      xdecref(s.it);
      decref(s.keyfunc);
      xdecref(s.tgtkey);
      xdecref(s.currkey);
      xdecref(s.currvalue);
    },
    visit: (s, visit) => visitAll(visit, s.it, s.keyfunc, s.tgtkey, s.currkey, s.currvalue),
    next: (o, g) => {
      g.currgrouper = null;
      // skip to the next group
      for (;;) {
        if (g.currkey === null) {
          // pass
        } else if (g.tgtkey === null) break;
        else if (!richCompareBool(g.tgtkey, g.currkey, Py_EQ)) break;
        if (!groupbyStep(g)) return null;
      }
      const key = g.currkey as PyObject;
      const old = g.tgtkey;
      g.tgtkey = incref(key);
      xdecref(old);
      const grouper = allocIt(grouperType, new GrouperState(incref(o), incref(g.tgtkey)));
      g.currgrouper = grouper;
      try {
        return newTuple([incref(g.currkey as PyObject), incref(grouper)]);
      } finally {
        decref(grouper);
      }
    },
  };
}

function groupbyNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, key] = parseArgs('groupby', args, kw, ['iterable', 'key'], 1);
  const keyfunc = key ?? S.None;
  // tp_alloc first, then the iterator (a failure releases the new object)
  const g = new GroupbyState(incref(keyfunc));
  const o = allocIt(type, g);
  try {
    g.it = getIter(iterable as PyObject);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

class GrouperState {
  constructor(public parent: PyObject, public tgtkey: PyObject) {}
}

function grouperKind(): IterKind<GrouperState> {
  return {
    basicsize: () => 32,
    release: (s) => {
      decref(s.parent);
      decref(s.tgtkey);
    },
    visit: (s, visit) => visitAll(visit, s.parent, s.tgtkey),
    next: (o, s) => {
      const g = st<GroupbyState>(s.parent);
      // a group the groupby has moved past is over
      if (g.currgrouper !== o) return null;
      if (g.currvalue === null && !groupbyStep(g)) return null;
      if (!richCompareBool(s.tgtkey, g.currkey as PyObject, Py_EQ)) return null;
      const r = g.currvalue as PyObject;
      g.currvalue = null;
      const k = g.currkey;
      g.currkey = null;
      xdecref(k);
      return r;
    },
  };
}

function grouperNew(_type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKwFor(grouperType, '_grouper', kw);
  argRange('_grouper', args, kw, 2, 2);
  const [parent, tgtkey] = args;
  if (!(parent.t === groupbyType || isSubtype(parent.t, groupbyType))) {
    raise(T.TypeError, `_grouper() argument 1 must be itertools.groupby, not ${typeName(parent)}`);
  }
  const o = allocIt(grouperType, new GrouperState(incref(parent), incref(tgtkey)));
  st<GroupbyState>(parent).currgrouper = o;
  return o;
}

// ---------------------------------------------------------------- tee, _tee, _tee_dataobject

/** Values one _tee_dataobject holds before it links to the next. */
const LINKCELLS = 57;
/** sizeof(teedataobject): it, numread, running, nextlink, values[57] */
const TEEDATA_BASICSIZE = 16 + 8 + 4 + 4 + 8 + 8 * LINKCELLS;

class TeeData {
  numread = 0;
  running = false;
  nextlink: PyObject | null = null;
  values: PyObject[] = [];
  constructor(public it: PyObject | null) {}
}

let teeType: PyObject = undefined as unknown as PyObject;
let teeDataType: PyObject = undefined as unknown as PyObject;

function td(o: PyObject): TeeData {
  return o.v as TeeData;
}

/** teedataobject_newinternal */
function newTeeData(it: PyObject): PyObject {
  const o = new PyObject(teeDataType, new TeeData(incref(it)), null, F_GC);
  allocBlock(o, TEEDATA_BASICSIZE + 16);
  gcAllocHook();
  if (heapTypes()) teeDataType.rc++;
  gcTrack(o);
  return o;
}

/** teedataobject_clear: the iterator, the values in order, then the chain of next links (each
 * freed in turn while it is referenced only by its predecessor). */
function teeDataClear(d: TeeData): void {
  const it = d.it;
  d.it = null;
  xdecref(it);
  const values = d.values;
  d.values = [];
  d.numread = 0;
  for (const v of values) decref(v);
  let obj = d.nextlink;
  d.nextlink = null;
  while (obj !== null && obj.rc === 1 && obj.t === teeDataType) {
    const data = td(obj);
    const next = data.nextlink;
    data.nextlink = null;
    decref(obj);
    obj = next;
  }
  xdecref(obj);
}

function initTeeDataType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => TEEDATA_BASICSIZE;
  ti.new = () => {
    throw new NotSimulated('itertools._tee_dataobject()', ST.line);
  };
  ti.dealloc = (o) => {
    gcUntrack(o);
    teeDataClear(td(o));
    o.v = null;
    freeBlock(o, TEEDATA_BASICSIZE + 16);
    gcCountFree();
    if (heapTypes()) decref(o.t);
  };
  ti.traverse = (o, visit) => {
    if (heapTypes()) visit(o.t);
    const d = o.v as TeeData | null;
    if (d === null) return;
    if (d.it !== null) visit(d.it);
    for (const v of d.values) visit(v);
    if (d.nextlink !== null) visit(d.nextlink);
  };
  ti.clear = (o) => teeDataClear(td(o));
}

class TeeState {
  constructor(public dataobj: PyObject | null, public index: number) {}
}

function teeKind(): IterKind<TeeState> {
  return {
    // dataobj, index, weakreflist (+ the module state from 3.12)
    basicsize: () => (P.minor >= 12 ? 48 : 40),
    weakrefs: true,
    release: (s) => {
      const d = s.dataobj;
      s.dataobj = null;
      xdecref(d);
    },
    visit: (s, visit) => visitAll(visit, s.dataobj),
    next: (_o, s) => {
      if (s.index >= LINKCELLS) {
        // teedataobject_jumplink
        const cur = td(s.dataobj as PyObject);
        if (cur.nextlink === null) cur.nextlink = newTeeData(cur.it as PyObject);
        const link = incref(cur.nextlink);
        const old = s.dataobj;
        s.dataobj = link;
        xdecref(old);
        s.index = 0;
      }
      // teedataobject_getitem
      const d = td(s.dataobj as PyObject);
      let value: PyObject;
      if (s.index < d.numread) value = d.values[s.index];
      else {
        if (d.running) raise(T.RuntimeError, 'cannot re-enter the tee iterator');
        d.running = true;
        let v: PyObject | null;
        try {
          v = iterNext(d.it as PyObject);
        } finally {
          d.running = false;
        }
        if (v === null) return null;
        d.numread++;
        d.values.push(v);
        value = v;
      }
      s.index++;
      return incref(value);
    },
  };
}

/** tee_copy: a new _tee on the same data at the same position. */
function teeCopy(o: PyObject): PyObject {
  const s = st<TeeState>(o);
  return allocIt(o.t, new TeeState(incref(s.dataobj as PyObject), s.index));
}

/** tee_fromiterable: a copy of a _tee, or a new _tee on a new data object. */
function teeFromIterable(iterable: PyObject): PyObject {
  const it = getIter(iterable);
  try {
    if (it.t === teeType || isSubtype(it.t, teeType)) return teeCopy(it);
    if (P.minor < 12) {
      // 3.8-3.11: the _tee, then its data object
      const state = new TeeState(null, 0);
      const to = allocUntracked(teeType, state);
      state.dataobj = newTeeData(it);
      gcTrack(to);
      return to;
    }
    const dataobj = newTeeData(it);
    return allocIt(teeType, new TeeState(dataobj, 0));
  } finally {
    decref(it);
  }
}

function teeNew(_type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKwFor(teeType, '_tee', kw);
  argRange('_tee', args, kw, 1, 1);
  return teeFromIterable(args[0]);
}

/** itertools.tee(iterable, n=2): the tuple first, then the iterator, its __copy__ (or a _tee's),
 * and n - 1 calls of it. */
function teeFunction(_self: PyObject | null, args: PyObject[], kw: string[] | null): PyObject {
  argRange('tee', args, kw, 1, 2);
  const nv = args.length > 1 ? ssizeArg(args[1]) : 2;
  if (nv < 0) raise(T.ValueError, 'n must be >= 0');
  if (nv > 0x7fffffff) throw new NotSimulated('itertools.tee() with that many iterators', ST.line);
  const n = nv;
  // PyTuple_New(n): its items are set one by one below
  const result = newTuple(Array.from({ length: n }, () => none()));
  if (n === 0) return result;
  let copyfunc: PyObject | null = null;
  try {
    const it = getIter(args[0]);
    let copyable: PyObject;
    try {
      copyfunc = getAttrOpt(it, '__copy__');
    } catch (e) {
      decref(it);
      throw e;
    }
    if (copyfunc !== null) copyable = it;
    else {
      try {
        copyable = teeFromIterable(it);
      } finally {
        decref(it);
      }
      try {
        copyfunc = getAttr(copyable, '__copy__');
      } catch (e) {
        decref(copyable);
        throw e;
      }
    }
    setTupleItem(result, 0, copyable);
    for (let i = 1; i < n; i++) setTupleItem(result, i, call(copyfunc, []));
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    xdecref(copyfunc);
  }
  return result;
}

// ---------------------------------------------------------------- pairwise (3.10+)

class PairwiseState {
  constructor(public it: PyObject | null, public old: PyObject | null, public result: PyObject | null) {}
}

function pairwiseKind(): IterKind<PairwiseState> {
  return {
    // it, old (+ the reusable result tuple from 3.13)
    basicsize: () => (P.minor >= 13 ? 40 : 32),
    release: (s) => {
      xdecref(s.it);
      xdecref(s.old);
      xdecref(s.result);
    },
    visit: (s, visit) => visitAll(visit, s.it, s.old, s.result),
    next: (_o, s) => {
      let it = s.it;
      if (it === null) return null;
      let old = s.old;
      if (old === null) {
        try {
          old = iterNext(it);
        } catch (e) {
          const x = s.it;
          s.it = null;
          xdecref(x);
          throw e;
        }
        const prev = s.old;
        s.old = old;
        xdecref(prev);
        if (old === null) {
          const x = s.it;
          s.it = null;
          xdecref(x);
          return null;
        }
        if (P.minor >= 11) {
          // the iterator may have been cleared while it ran
          it = s.it;
          if (it === null) {
            const o = s.old;
            s.old = null;
            xdecref(o);
            return null;
          }
        }
      }
      if (P.minor >= 11) old.rc++;
      // an error ends the iteration as exhaustion does
      const finish = (): void => {
        const x = s.it;
        s.it = null;
        xdecref(x);
        const o = s.old;
        s.old = null;
        xdecref(o);
        if (P.minor >= 11) decref(old as PyObject);
      };
      let nw: PyObject | null;
      try {
        nw = iterNext(it);
      } catch (e) {
        finish();
        throw e;
      }
      if (nw === null) {
        const x = s.it;
        s.it = null;
        xdecref(x);
        const o = s.old;
        s.old = null;
        xdecref(o);
        if (P.minor >= 11) decref(old);
        return null;
      }
      let result: PyObject;
      if (P.minor >= 13) {
        result = s.result as PyObject;
        if (result.rc === 1) {
          result.rc++;
          setTupleItem(result, 0, incref(old));
          setTupleItem(result, 1, incref(nw));
          gcTrack(result);
        } else result = newTuple([incref(old), incref(nw)]);
      } else result = newTuple([incref(old), incref(nw)]);
      const prev = s.old;
      s.old = nw;
      xdecref(prev);
      if (P.minor >= 11) decref(old);
      return result;
    },
  };
}

function pairwiseNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKwFor(type, 'pairwise', kw);
  argRange('pairwise', args, kw, 1, 1);
  const it = getIter(args[0]);
  const o = allocIt(type, new PairwiseState(it, null, null));
  if (P.minor >= 13) st<PairwiseState>(o).result = newTuple([none(), none()]);
  return o;
}

/** _PyTuple_Resize of a tuple only we hold, to fewer items: untracked, the dropped slots
 * released, the block reallocated, tracked again. */
function tupleShrink(t: PyObject, n: number): void {
  const items = t.v as PyObject[];
  const old = items.length;
  gcUntrack(t);
  const dropped = items.splice(n);
  for (const x of dropped) decref(x);
  t.a = reallocBuffer(t.a, tupleAllocSize(old), tupleAllocSize(n));
  gcTrack(t);
}

// ---------------------------------------------------------------- batched (3.12+)

class BatchedState {
  constructor(public it: PyObject | null, public n: number, public strict: boolean) {}
}

function batchedKind(): IterKind<BatchedState> {
  return {
    // it, batch_size (+ strict from 3.13)
    basicsize: () => (P.minor >= 13 ? 40 : 32),
    release: (s) => xdecref(s.it),
    visit: (s, visit) => visitAll(visit, s.it),
    next: (_o, s) => {
      const it = s.it;
      if (it === null) return null;
      const n = s.n;
      // PyTuple_New(n), filled in place
      const result = newTuple(Array.from({ length: n }, () => none()));
      let i = 0;
      try {
        for (; i < n; i++) {
          const item = iterNext(it);
          if (item === null) break;
          setTupleItem(result, i, item);
        }
      } catch (e) {
        const x = s.it;
        s.it = null;
        xdecref(x);
        decref(result);
        throw e;
      }
      if (i === n) return result;
      if (i === 0 || s.strict) {
        const x = s.it;
        s.it = null;
        xdecref(x);
        decref(result);
        if (i === 0) return null;
        raise(T.ValueError, 'batched(): incomplete batch');
      }
      // _PyTuple_Resize(&result, i)
      tupleShrink(result, i);
      return result;
    },
  };
}

function batchedNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const names = P.minor >= 13 ? ['iterable', 'n', 'strict'] : ['iterable', 'n'];
  const [iterable, nObj, strictObj] = parseArgs('batched', args, kw, names, 2, 2);
  const nv = ssizeArg(nObj as PyObject);
  const strict = strictObj !== null && strictObj !== undefined ? truthy(strictObj) : false;
  if (nv < 1) raise(T.ValueError, 'n must be at least one');
  const it = getIter(iterable as PyObject);
  return allocIt(type, new BatchedState(it, nv, strict));
}

// ---------------------------------------------------------------- module

/** sys.getrefcount(itertools.X) - 1 after `import itertools` (3.11: collections is already
 * imported at startup, so its _chain/_repeat/_starmap references are included). */
const TYPE_REFS: Record<string, number[]> = {
  // count islice chain repeat product cycle accumulate takewhile dropwhile zip_longest
  // permutations combinations combinations_with_replacement starmap compress filterfalse
  '3.8': [10, 10, 11, 11, 11, 10, 10, 10, 10, 10, 11, 11, 11, 9, 9, 9],
  '3.10': [9, 9, 11, 10, 10, 9, 9, 9, 9, 9, 10, 10, 10, 8, 8, 8],
  '3.11': [10, 11, 12, 12, 10, 9, 10, 9, 9, 9, 10, 10, 10, 9, 8, 9],
  '3.12': [9, 9, 11, 10, 10, 9, 9, 9, 9, 9, 10, 10, 10, 8, 8, 8],
  '3.13': [9, 9, 11, 10, 10, 9, 9, 9, 9, 9, 10, 10, 10, 8, 8, 8],
};
const TYPE_REF_NAMES = ['count', 'islice', 'chain', 'repeat', 'product', 'cycle', 'accumulate', 'takewhile', 'dropwhile',
  'zip_longest', 'permutations', 'combinations', 'combinations_with_replacement', 'starmap', 'compress', 'filterfalse'];

registerModule('itertools', (mod) => {
  moduleTypes = new Set();
  const d = mod.d as PyObject;
  const put = (name: string, t: PyObject): void => {
    addSlotDunders(t);
    dictSetStr(d, name, t);
  };
  put('accumulate', defineIterType('accumulate', accumulateKind(), accumulateNew));
  const chain = defineIterType('chain', chainKind(), chainNew);
  defClassMethods(chain, {
    // METH_O | METH_CLASS
    from_iterable: (cls, args, kw) => {
      const source = getIter(oneArg('from_iterable', args, kw));
      return allocIt(cls, new ChainState(source, null));
    },
  });
  put('chain', chain);
  put('combinations', defineIterType('combinations', combinationsKind(false), combinationsNew('combinations', false)));
  put('combinations_with_replacement', defineIterType('combinations_with_replacement', combinationsKind(true), combinationsNew('combinations_with_replacement', true)));
  put('compress', defineIterType('compress', pairKind(32, 'ab', compressNext), pairNew('compress', 'seq-seq')));
  put('count', defineIterType('count', countKind(), countNew));
  put('cycle', defineIterType('cycle', cycleKind(), cycleNew));
  put('dropwhile', defineIterType('dropwhile', pairKind(40, 'ba', dropwhileNext), pairNew('dropwhile', 'func-seq')));
  put('filterfalse', defineIterType('filterfalse', pairKind(32, 'ab', filterfalseNext), pairNew('filterfalse', 'func-seq')));
  put('islice', defineIterType('islice', isliceKind(), isliceNew));
  put('permutations', defineIterType('permutations', permutationsKind(), permutationsNew));
  put('product', defineIterType('product', productKind(), productNew));
  const repeat = defineIterType('repeat', repeatKind(), repeatNew);
  defMethods(repeat, {
    __length_hint__: (self, args, kw) => {
      noArgs('__length_hint__', args, kw);
      const s = st<RepeatState>(self);
      if (s.cnt === -1) raise(T.TypeError, 'len() of unsized object');
      return newInt(s.cnt);
    },
  });
  put('repeat', repeat);
  put('starmap', defineIterType('starmap', pairKind(32, 'ab', starmapNext), pairNew('starmap', 'func-seq')));
  put('takewhile', defineIterType('takewhile', pairKind(40, 'ba', takewhileNext), pairNew('takewhile', 'func-seq')));
  put('zip_longest', defineIterType('zip_longest', zipLongestKind(), zipLongestNew));
  const refs = TYPE_REFS[P.historical ? '3.8' : P.id] ?? TYPE_REFS['3.8'];
  TYPE_REF_NAMES.forEach((name, i) => setTypeBaseline(dictGetStr(d, name) as PyObject, refs[i]));
  groupbyType = defineIterType('groupby', groupbyKind(), groupbyNew);
  grouperType = defineIterType('_grouper', grouperKind(), grouperNew);
  put('groupby', groupbyType);
  put('_grouper', grouperType);
  teeDataType = newModuleType('itertools._tee_dataobject', 'itertools', initTeeDataType);
  moduleTypes.add(teeDataType);
  put('_tee_dataobject', teeDataType);
  teeType = defineIterType('_tee', teeKind(), teeNew);
  defMethods(teeType, {
    __copy__: (self, args, kw) => (noArgs('__copy__', args, kw), teeCopy(self)),
  });
  put('_tee', teeType);
  const tee = builtinFunction('tee', teeFunction, 'itertools');
  dictSetStr(d, 'tee', tee);
  decref(tee);
  if (P.minor >= 10) put('pairwise', defineIterType('pairwise', pairwiseKind(), pairwiseNew));
  if (P.minor >= 12) put('batched', defineIterType('batched', batchedKind(), batchedNew));
  // sys.getrefcount(itertools.X) - 1 after the import, measured
  const v = P.historical ? 8 : P.minor;
  setTypeBaseline(groupbyType, v === 8 ? 10 : 9);
  setTypeBaseline(grouperType, v === 8 ? 9 : 8);
  setTypeBaseline(teeType, v === 8 ? 10 : 9);
  setTypeBaseline(teeDataType, v === 8 ? 7 : 6);
  setTypeBaseline(tee, v === 8 ? 2 : 1);
  if (P.minor >= 10) setTypeBaseline(dictGetStr(d, 'pairwise') as PyObject, 7);
  if (P.minor >= 12) setTypeBaseline(dictGetStr(d, 'batched') as PyObject, 7);
});
