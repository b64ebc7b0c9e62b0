// Iterator types (Objects/iterobject.c, listobject.c, tupleobject.c, rangeobject.c,
// dictobject.c, setobject.c, enumobject.c, Python/bltinmodule.c zip/map/filter). A sequence
// iterator drops its reference to the sequence as soon as it is exhausted, as CPython's do.
// enumerate, zip and dict.items() iterators recycle their result tuple when nobody else holds it.
import { PyObject, F_GC, F_TRACKED } from './object';
import { P, T, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref, PyErr } from './core';
import type { TypeInfo, Visit } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { S, getIter, iterNext, call, truthy, getItem, hooks as abstractHooks } from './abstract';
import { newStr, strKind, K_UCS4 } from './str';
import { newInt, newIntSsize } from './numbers';
import { newTuple } from './tuple';
import type { RangeData } from './slice';
import { preHeaderBytes } from './classes';
import { rangeIterHook, bigRangeIter, bigFastNext, bigFastHint, type BigFastIter } from './slice';
import type { DictData } from './dict';
import type { SetData } from './set';
import { listReverseIterHook } from './listmethods';
import { parseArgs, argRange, badKeyword, defMethods, noArgs } from './methods';

type IterState = { seq: PyObject | null; i: number; extra?: unknown };

function gcIter(type: PyObject, state: unknown, size: number): PyObject {
  const o = new PyObject(type, state, null, F_GC);
  allocBlock(o, size);
  gcAllocHook();
  gcTrack(o);
  return o;
}

function freeGcIter(o: PyObject, size: number): void {
  gcUntrack(o);
  freeBlock(o, size);
  gcCountFree();
}

/** A simple sequence iterator type: next(state) returns a new reference or null. */
function seqIterType(ti: TypeInfo, size: number, next: (s: IterState) => PyObject | null, remaining: (s: IterState) => number): void {
  ti.gc = true;
  ti.basicsize = () => size - 16;
  ti.dealloc = (o) => {
    const s = o.v as IterState;
    o.v = null;
    gcUntrack(o);
    xdecref(s.seq);
    freeBlock(o, size);
    gcCountFree();
  };
  ti.traverse = (o, visit: Visit) => {
    const s = o.v as IterState | null;
    if (s && s.seq) visit(s.seq);
  };
  ti.iter = (o) => {
    o.rc++;
    return o;
  };
  ti.next = (o) => {
    const s = o.v as IterState;
    if (s.seq === null) return null;
    const r = next(s);
    if (r === null) {
      const seq = s.seq;
      s.seq = null;
      decref(seq);
    }
    return r;
  };
  (ti as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint = (o) => {
    const s = o.v as IterState;
    return s.seq === null ? 0 : remaining(s);
  };
}

function newSeqIterOf(type: PyObject, seq: PyObject, size: number, start = 0): PyObject {
  seq.rc++;
  return gcIter(type, { seq, i: start }, size);
}

/** Lists that hold fewer objects than CPython's (gc.get_objects() without start-up's objects):
 * iterating one runs the hook (set by the gc module). */
export const partialLists = { set: new WeakSet<PyObject>(), iter: (_l: PyObject): void => {} };

export function newListIter(l: PyObject): PyObject {
  if (partialLists.set.has(l)) partialLists.iter(l);
  return newSeqIterOf(T.list_iterator, l, 48);
}

// ---------------------------------------------------------------- range iterator (not GC)

class RangeIter {
  /** `big`: the C longs of an iterator whose values lie beyond 2**53 (then len is 0 here). */
  constructor(public next: number, public step: number, public len: number, public big: BigFastIter | null = null) {}
}

export function newRangeIter(start: number, step: number, len: number): PyObject {
  const o = new PyObject(T.range_iterator, new RangeIter(start, step, len), null, 0);
  allocBlock(o, P.rangeIterSize);
  return o;
}

// ---------------------------------------------------------------- result-tuple recycling

/** A 2-tuple of (None, None) made when the iterator is created (PyTuple_Pack(2, None, None)). */
function packNone(n: number): PyObject {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    S.None.rc++;
    items.push(S.None);
  }
  return newTuple(items);
}

/** Reuse `result` if the iterator holds the only reference, else a new tuple. Items owned. */
function recycle(result: PyObject, items: PyObject[]): PyObject {
  if (result.rc === 1) {
    result.rc++;
    const old = result.v as PyObject[];
    const prev = old.slice();
    for (let i = 0; i < items.length; i++) old[i] = items[i];
    for (const x of prev) decref(x);
    if (!(result.f & F_TRACKED)) gcTrack(result);
    return result;
  }
  return newTuple(items);
}

class EnumState {
  constructor(public it: PyObject, public index: number, public result: PyObject) {}
}

class ZipState {
  /** The iterators: the items of `ittuple`. */
  its: PyObject[];
  constructor(public ittuple: PyObject, public result: PyObject, public strict: boolean) {
    this.its = ittuple.v as PyObject[];
  }
}

class MapState {
  /** The iterators: the items of `iters`. */
  its: PyObject[];
  constructor(public func: PyObject, public iters: PyObject) {
    this.its = iters.v as PyObject[];
  }
}

/** PyTuple_New(n) filled by PyObject_GetIter of each argument (zip's ittuple, map's iters): the
 * tuple is allocated first. On an error the tuple is released with the iterators made so far. */
function iterTuple(srcs: PyObject[], check?: (i: number) => void): PyObject {
  const t = packNone(srcs.length);
  const items = t.v as PyObject[];
  for (let i = 0; i < srcs.length; i++) {
    try {
      if (check !== undefined) check(i);
      const it = getIter(srcs[i]);
      const old = items[i];
      items[i] = it;
      decref(old);
    } catch (e) {
      decref(t);
      throw e;
    }
  }
  return t;
}

class FilterState {
  constructor(public func: PyObject, public it: PyObject) {}
}

class DictIterState {
  /** di_len: the items not yet returned (__length_hint__) */
  left: number;
  constructor(public dict: PyObject | null, public pos: number, public len: number, public kind: 0 | 1 | 2, public result: PyObject | null) {
    this.left = len;
  }
}

// ---------------------------------------------------------------- setup

export function initIteratorTypes(): void {
  seqIterType(T.list_iterator.v as TypeInfo, 48, (s) => {
    const items = (s.seq as PyObject).v as PyObject[];
    if (s.i < items.length) {
      const v = items[s.i++];
      v.rc++;
      return v;
    }
    return null;
  }, (s) => Math.max(0, ((s.seq as PyObject).v as PyObject[]).length - s.i));
  seqIterType(T.list_reverseiterator.v as TypeInfo, 48, (s) => {
    const items = (s.seq as PyObject).v as PyObject[];
    if (s.i >= 0 && s.i < items.length) {
      const v = items[s.i--];
      v.rc++;
      return v;
    }
    return null;
  }, (s) => s.i + 1);
  {
    const lri = T.list_reverseiterator.v as TypeInfo;
    const releasingNext = lri.next as (o: PyObject) => PyObject | null;
    // 3.13 (listreviter_next): once the index is below 0 the iterator answers NULL and keeps its
    // list; only a list that shrank under the iterator is released
    lri.next = (o) => (P.minor >= 13 && (o.v as IterState).i < 0 ? null : releasingNext(o));
  }
  seqIterType(T.tuple_iterator.v as TypeInfo, 48, (s) => {
    const items = (s.seq as PyObject).v as PyObject[];
    if (s.i < items.length) {
      const v = items[s.i++];
      v.rc++;
      return v;
    }
    return null;
  }, (s) => Math.max(0, ((s.seq as PyObject).v as PyObject[]).length - s.i));
  const strNext = (s: IterState): PyObject | null => {
    const str = (s.seq as PyObject).v as string;
    if (s.i >= str.length) return null;
    const c = str.codePointAt(s.i) as number;
    const ch = String.fromCodePoint(c);
    s.i += ch.length;
    return newStr(ch);
  };
  const strLeft = (s: IterState): number => Math.max(0, ((s.seq as PyObject).v as string).length - s.i);
  seqIterType(T.str_iterator.v as TypeInfo, 48, strNext, strLeft);
  if (P.minor >= 11) seqIterType(T.str_ascii_iterator.v as TypeInfo, 48, strNext, strLeft);
  seqIterType(T.bytes_iterator.v as TypeInfo, 48, (s) => {
    const b = (s.seq as PyObject).v as string;
    if (s.i >= b.length) return null;
    return newInt(b.charCodeAt(s.i++));
  }, (s) => Math.max(0, ((s.seq as PyObject).v as string).length - s.i));
  seqIterType(T.seq_iterator.v as TypeInfo, 48, (s) => {
    const k = newIntSsize(s.i);
    try {
      const v = getItem(s.seq as PyObject, k);
      s.i++;
      return v;
    } catch (e) {
      if (e instanceof PyErr && (isSubtype(e.exc.t, T.IndexError) || isSubtype(e.exc.t, T.StopIteration))) {
        decref(e.exc);
        return null;
      }
      throw e;
    } finally {
      decref(k);
    }
  }, () => 0);
  seqIterType(T.set_iterator.v as TypeInfo, 64, (s) => {
    const sd = (s.seq as PyObject).v as SetData;
    if ((s.extra as number) !== sd.used) {
      (s.extra as number) = -1;
      raise(T.RuntimeError, 'Set changed size during iteration');
    }
    while (s.i <= sd.mask) {
      const k = sd.keys[s.i++];
      if (k !== null && (k as unknown as { dummy?: boolean }).dummy !== true) {
        k.rc++;
        return k;
      }
    }
    return null;
  }, (s) => ((s.seq as PyObject).v as SetData).used);

  abstractHooks.newSeqIter = (o) => newSeqIterOf(T.seq_iterator, o, 48);
  listReverseIterHook.make = (l) => {
    l.rc++;
    return gcIter(T.list_reverseiterator, { seq: l, i: (l.v as PyObject[]).length - 1 }, 48);
  };
  rangeIterHook.make = (start, step, len) => newRangeIter(start, step, len);
  rangeIterHook.makeBig = (b) => {
    const o = newRangeIter(0, 0, 0);
    (o.v as RangeIter).big = b;
    return o;
  };

  const lt = T.list.v as TypeInfo;
  lt.iter = (l) => newListIter(l);
  (T.tuple.v as TypeInfo).iter = (t) => newSeqIterOf(T.tuple_iterator, t, 48);
  // 3.11+ unicode_iter: a compact ASCII string gets a str_ascii_iterator
  (T.str.v as TypeInfo).iter = (s) => newSeqIterOf(P.minor >= 11 && /^[\x00-\x7f]*$/.test(s.v as string) ? T.str_ascii_iterator : T.str_iterator, s, 48);
  (T.bytes.v as TypeInfo).iter = (b) => newSeqIterOf(T.bytes_iterator, b, 48);
  for (const st of [T.set, T.frozenset]) {
    (st.v as TypeInfo).iter = (s) => {
      s.rc++;
      return gcIter(T.set_iterator, { seq: s, i: 0, extra: (s.v as SetData).used }, 64);
    };
  }
  void strKind;
  void K_UCS4;

  // range iterator
  const ri = T.range_iterator.v as TypeInfo;
  ri.basicsize = () => P.rangeIterSize;
  ri.dealloc = (o) => freeBlock(o, P.rangeIterSize);
  ri.iter = (o) => {
    o.rc++;
    return o;
  };
  ri.next = (o) => {
    const r = o.v as RangeIter;
    if (r.len <= 0) return r.big === null ? null : bigFastNext(r.big);
    const v = r.next;
    r.next += r.step;
    r.len--;
    return newInt(v);
  };
  (ri as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint = (o) => {
    const r = o.v as RangeIter;
    return r.big === null ? r.len : bigFastHint(r.big);
  };
  (T.range.v as TypeInfo).iter = (o) => {
    const r = o.v as RangeData;
    if (r.big) return bigRangeIter(r);
    return newRangeIter(r.start, r.step, r.length);
  };

  // dict iterators (dictiterobject: the forward ones and 3.8's reversed ones share one layout)
  const dictIter = (type: PyObject, kind: 0 | 1 | 2, reverse: boolean) => (d: PyObject): PyObject => {
    d.rc++;
    const dd = d.v as DictData;
    // dictiter_new: a reversed iterator starts at the last entry (dk_nentries - 1)
    return gcIter(type, new DictIterState(d, reverse ? dd.ks.length - 1 : 0, dd.used, kind, kind === 2 ? packNone(2) : null), 72);
  };
  const dictIterTypes: [PyObject, boolean][] = [
    [T.dict_keyiterator, false], [T.dict_valueiterator, false], [T.dict_itemiterator, false],
    [T.dict_reversekeyiterator, true], [T.dict_reversevalueiterator, true], [T.dict_reverseitemiterator, true],
  ];
  for (const [type, reverse] of dictIterTypes) {
    const ti = type.v as TypeInfo;
    ti.gc = true;
    ti.basicsize = () => 56;
    ti.dealloc = (o) => {
      const s = o.v as DictIterState;
      o.v = null;
      gcUntrack(o);
      xdecref(s.dict);
      xdecref(s.result);
      freeBlock(o, 72);
      gcCountFree();
    };
    ti.traverse = (o, visit) => {
      const s = o.v as DictIterState | null;
      if (!s) return;
      if (s.dict) visit(s.dict);
      if (s.result) visit(s.result);
    };
    ti.iter = (o) => {
      o.rc++;
      return o;
    };
    ti.next = (o) => {
      const s = o.v as DictIterState;
      const d = s.dict;
      if (d === null) return null;
      const dd = d.v as DictData;
      if (dd.used !== s.len) {
        s.len = -1;
        raise(T.RuntimeError, 'dictionary changed size during iteration');
      }
      if (reverse) {
        while (s.pos >= 0 && dd.ks[s.pos] === null) s.pos--;
      } else {
        while (s.pos < dd.ks.length && dd.ks[s.pos] === null) s.pos++;
      }
      if (s.pos < 0 || s.pos >= dd.ks.length) {
        s.dict = null;
        decref(d);
        return null;
      }
      // dictiter_iternext*: an entry found after all expected ones were returned (keys were
      // deleted and as many added): the forward iterators give up on the dict
      if (!reverse && s.left === 0) {
        try {
          raise(T.RuntimeError, 'dictionary keys changed during iteration');
        } finally {
          s.dict = null;
          decref(d);
        }
      }
      const k = dd.ks[s.pos] as PyObject;
      const v = dd.vs[s.pos] as PyObject;
      s.pos += reverse ? -1 : 1;
      s.left--;
      if (s.kind === 0) {
        k.rc++;
        return k;
      }
      if (s.kind === 1) {
        v.rc++;
        return v;
      }
      k.rc++;
      v.rc++;
      return recycle(s.result as PyObject, [k, v]);
    };
    // dictiter_len: what is left, while the dict has kept its size
    const hint = (o: PyObject): number => {
      const s = o.v as DictIterState;
      return s.dict !== null && s.len === (s.dict.v as DictData).used ? s.left : 0;
    };
    (ti as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint = hint;
    defMethods(type, { __length_hint__: (self, args, kw) => (noArgs('__length_hint__', args, kw), newIntSsize(hint(self))) });
  }
  (T.dict.v as TypeInfo).iter = dictIter(T.dict_keyiterator, 0, false);
  dictIterHooks.keys = dictIter(T.dict_keyiterator, 0, false);
  dictIterHooks.values = dictIter(T.dict_valueiterator, 1, false);
  dictIterHooks.items = dictIter(T.dict_itemiterator, 2, false);
  dictIterHooks.reversed = [dictIter(T.dict_reversekeyiterator, 0, true), dictIter(T.dict_reversevalueiterator, 1, true), dictIter(T.dict_reverseitemiterator, 2, true)];

  // enumerate
  const et = T.enumerate.v as TypeInfo;
  et.gc = true;
  et.basicsize = () => P.enumerateSize - 16;
  // (an instance of a subclass is the subclass's basicsize, with its dict and weakref slots or the
  // 3.11+ pre-header, as PyType_GenericAlloc makes it)
  const enumSize = (t: PyObject): number => {
    const ti = t.v as TypeInfo;
    return ti.heap ? ti.basicsize() + 16 + preHeaderBytes(t) : P.enumerateSize;
  };
  et.new = (t, args, kw) => {
    // 3.11+'s enum_vectorcall checks a bare enumerate() itself (no "(pos 1)")
    if (P.minor >= 11 && args.length === 0) raise(T.TypeError, "enumerate() missing required argument 'iterable'");
    const [iterable, startO] = parseArgs('enumerate', args, kw, ['iterable', 'start'], 1, 2, { legacyKwMessage: true });
    const start = startO !== null ? Number((startO as PyObject).v) : 0;
    const it = getIter(iterable as PyObject);
    const o = new PyObject(t, null, null, F_GC);
    allocBlock(o, enumSize(t));
    gcAllocHook();
    o.v = new EnumState(it, start, packNone(2));
    gcTrack(o);
    return o;
  };
  et.dealloc = (o) => {
    const s = o.v as EnumState;
    o.v = null;
    gcUntrack(o);
    decref(s.it);
    decref(s.result);
    freeBlock(o, enumSize(o.t));
    gcCountFree();
  };
  et.traverse = (o, visit) => {
    const s = o.v as EnumState | null;
    if (!s) return;
    visit(s.it);
    visit(s.result);
  };
  et.iter = (o) => {
    o.rc++;
    return o;
  };
  et.next = (o) => {
    const s = o.v as EnumState;
    const item = iterNext(s.it);
    if (item === null) return null;
    const idx = newIntSsize(s.index++);
    return recycle(s.result, [idx, item]);
  };

  // zip
  const zt = T.zip.v as TypeInfo;
  zt.gc = true;
  zt.basicsize = () => P.zipSize - 16;
  zt.new = (_t, args, kw) => {
    let strict = false;
    let pos = args;
    if (kw && kw.length) {
      if (P.minor < 10) raise(T.TypeError, 'zip() takes no keyword arguments');
      // zip_new: PyArg_ParseTupleAndKeywords(kwds, "|$p:zip", ...)
      for (const k of kw) if (k !== 'strict') badKeyword('zip', k, ['strict']);
      strict = truthy(args[args.length - 1]);
      pos = args.slice(0, -1);
    }
    // zip_new: the iterators' tuple, the result holder, then the object
    const ittuple = iterTuple(pos, (i) => {
      const ti = pos[i].t.v as TypeInfo;
      if (ti.iter === null && ti.getitem === null) {
        raise(T.TypeError, P.minor >= 10 ? `'${typeName(pos[i])}' object is not iterable` : `zip argument #${i + 1} must support iteration`);
      }
    });
    let result: PyObject;
    try {
      result = packNone(pos.length);
    } catch (e) {
      decref(ittuple);
      throw e;
    }
    const o = new PyObject(T.zip, null, null, F_GC);
    try {
      allocBlock(o, P.zipSize);
    } catch (e) {
      decref(ittuple);
      decref(result);
      throw e;
    }
    gcAllocHook();
    o.v = new ZipState(ittuple, result, strict);
    gcTrack(o);
    return o;
  };
  zt.dealloc = (o) => {
    const s = o.v as ZipState;
    o.v = null;
    gcUntrack(o);
    decref(s.ittuple);
    decref(s.result);
    freeBlock(o, P.zipSize);
    gcCountFree();
  };
  zt.traverse = (o, visit) => {
    const s = o.v as ZipState | null;
    if (!s) return;
    // zip_traverse: ittuple, result
    visit(s.ittuple);
    visit(s.result);
  };
  zt.iter = (o) => {
    o.rc++;
    return o;
  };
  zt.next = (o) => {
    const s = o.v as ZipState;
    if (s.its.length === 0) return null;
    // zip_next: the result tuple is reused when the zip holds the only reference, else a new one
    // is made before the items are fetched (and released again when an iterator is exhausted)
    const reuse = s.result.rc === 1;
    const holder = reuse ? s.result : packNone(s.its.length);
    if (reuse) holder.rc++;
    const slots = holder.v as PyObject[];
    for (let i = 0; i < s.its.length; i++) {
      let x: PyObject | null;
      try {
        x = iterNext(s.its[i]);
      } catch (e) {
        decref(holder);
        throw e;
      }
      if (x === null) {
        decref(holder);
        if (s.strict) {
          if (i > 0) raise(T.ValueError, `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i > 1 ? `-${i}` : ''}`);
          for (let j = 1; j < s.its.length; j++) {
            const z = iterNext(s.its[j]);
            if (z !== null) {
              decref(z);
              raise(T.ValueError, `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j > 1 ? `-${j}` : ''}`);
            }
          }
        }
        return null;
      }
      const prev = slots[i];
      slots[i] = x;
      decref(prev);
    }
    // bpo-42536: a recycled result the collector untracked is tracked again
    if (reuse && !(holder.f & F_TRACKED)) gcTrack(holder);
    return holder;
  };

  // map
  const mt = T.map.v as TypeInfo;
  mt.gc = true;
  mt.basicsize = () => 32;
  mt.new = (_t, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'map() takes no keyword arguments');
    if (args.length < 2) raise(T.TypeError, 'map() must have at least two arguments.');
    const iters = iterTuple(args.slice(1));
    args[0].rc++;
    try {
      return gcIter(T.map, new MapState(args[0], iters), 48);
    } catch (e) {
      decref(iters);
      decref(args[0]);
      throw e;
    }
  };
  mt.dealloc = (o) => {
    const s = o.v as MapState;
    o.v = null;
    gcUntrack(o);
    decref(s.iters);
    decref(s.func);
    freeBlock(o, 48);
    gcCountFree();
  };
  mt.traverse = (o, visit) => {
    const s = o.v as MapState | null;
    if (!s) return;
    // map_traverse: iters, func
    visit(s.iters);
    visit(s.func);
  };
  mt.iter = (o) => {
    o.rc++;
    return o;
  };
  mt.next = (o) => {
    const s = o.v as MapState;
    const items: PyObject[] = [];
    for (const it of s.its) {
      const x = iterNext(it);
      if (x === null) {
        for (const y of items) decref(y);
        return null;
      }
      items.push(x);
    }
    try {
      return call(s.func, items);
    } finally {
      for (const y of items) decref(y);
    }
  };

  // filter
  const ft = T.filter.v as TypeInfo;
  ft.gc = true;
  ft.basicsize = () => 32;
  ft.new = (_t, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'filter() takes no keyword arguments');
    argRange('filter', args, kw, 2, 2);
    const it = getIter(args[1]);
    args[0].rc++;
    return gcIter(T.filter, new FilterState(args[0], it), 48);
  };
  ft.dealloc = (o) => {
    const s = o.v as FilterState;
    o.v = null;
    gcUntrack(o);
    decref(s.func);
    decref(s.it);
    freeBlock(o, 48);
    gcCountFree();
  };
  ft.traverse = (o, visit) => {
    const s = o.v as FilterState | null;
    if (!s) return;
    visit(s.func);
    visit(s.it);
  };
  ft.iter = (o) => {
    o.rc++;
    return o;
  };
  ft.next = (o) => {
    const s = o.v as FilterState;
    for (;;) {
      const x = iterNext(s.it);
      if (x === null) return null;
      let ok: boolean;
      if (s.func === S.None || s.func === T.bool) ok = truthy(x);
      else {
        const r = call(s.func, [x]);
        ok = truthy(r);
        decref(r);
      }
      if (ok) return x;
      decref(x);
    }
  };

  // reversed()
  const rt = T.reversed.v as TypeInfo;
  rt.gc = true;
  rt.basicsize = () => 32;
  rt.new = (_t, args, kw) => {
    argRange('reversed', args, kw, 1, 1);
    const seq = args[0];
    const rev = (seq.t.v as TypeInfo).dict ? lookupReversed(seq) : null;
    if (rev !== null) return rev;
    const ti = seq.t.v as TypeInfo;
    // PySequence_Check: sq_item (a weakref proxy has only mp_subscript)
    if (ti.getitem === null || ti.len === null || seq.t === T.dict || seq.t === T.weakproxy || seq.t === T.weakcallableproxy) raise(T.TypeError, `'${typeName(seq)}' object is not reversible`);
    seq.rc++;
    return gcIter(T.reversed, { seq, i: ti.len(seq) - 1 }, 48);
  };
  seqIterType(rt, 48, (s) => {
    if (s.i < 0) return null;
    const k = newIntSsize(s.i--);
    try {
      return getItem(s.seq as PyObject, k);
    } finally {
      decref(k);
    }
  }, (s) => s.i + 1);
  rt.new = rt.new;

  // callable_iterator (iter(callable, sentinel))
  seqIterType(T.callable_iterator.v as TypeInfo, 48, (s) => {
    const v = call(s.seq as PyObject, []);
    const sentinel = s.extra as PyObject;
    const eqv = (v.t.v as TypeInfo).richcompare;
    let same = v === sentinel;
    if (!same && eqv) {
      const r = eqv(v, sentinel, 2);
      same = r === S.True;
      decref(r);
    }
    if (same) {
      decref(v);
      decref(sentinel);
      s.extra = null;
      return null;
    }
    return v;
  }, () => 0);
}

function lookupReversed(seq: PyObject): PyObject | null {
  const ti = seq.t.v as TypeInfo;
  const d = ti.mro;
  for (const t of d) {
    const dd = ((t.v as TypeInfo).dict.v as DictData);
    const i = dd.find('__reversed__');
    if (i >= 0) {
      const m = dd.vs[i] as PyObject;
      if (m === S.None) raise(T.TypeError, `'${typeName(seq)}' object is not reversible`);
      const mti = m.t.v as TypeInfo;
      const bound = mti.descrGet !== null ? mti.descrGet(m, seq, seq.t) : (m.rc++, m);
      try {
        return call(bound, []);
      } finally {
        decref(bound);
      }
    }
  }
  return null;
}

export function newCallableIter(callable: PyObject, sentinel: PyObject): PyObject {
  callable.rc++;
  sentinel.rc++;
  return gcIter(T.callable_iterator, { seq: callable, i: 0, extra: sentinel }, 48);
}

export const dictIterHooks = {
  keys: (_d: PyObject): PyObject => { throw new Error('unbound'); },
  values: (_d: PyObject): PyObject => { throw new Error('unbound'); },
  items: (_d: PyObject): PyObject => { throw new Error('unbound'); },
  /** reversed iterators over keys, values, items (3.8+) */
  reversed: [] as ((d: PyObject) => PyObject)[],
};

export { freeGcIter };
