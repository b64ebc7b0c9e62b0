// list behaviour (Objects/listobject.c): indexing, slicing, comparisons, repr, methods, and the
// creation paths whose capacities differ per version (list_extend, list___init__,
// list_preallocate_exact).
import { PyObject } from './object';
import { P, T, ST, PyErr, NotSimulated, decref, freeBuffer, allocBuffer, reserve, itemsLimit } from './core';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise, raiseStr, raiseWith } from './exc';
import {
  S, getIter, iterNext, richCompareBool, richCompare, reprJs, repr, indexJs, newBool, notImpl, truthy, len as pyLen,
  lookupSpecial, call, longAsSsize,
} from './abstract';
import { newStr } from './str';
import { newInt, newIntSsize } from './numbers';
import { newList, newListFresh, listAppend, listResize, listClear, ListMeta, listSizeof, listDealloc, listTraverse } from './list';
import { sliceIndices } from './slice';
import { defMethods, noArgs, oneArg, argRange, parseArgs } from './methods';
import { newTuple } from './tuple';
import { setItems } from './set';
import { dictEntries } from './dict';
import { ViewData } from './dictmethods';
import { reprEnter, reprLeave } from './reprguard';
import { UnicodeWriter } from './uwriter';
import { listSort } from './listsort';
import { builtinMethodOf, releaseBuiltinMethod } from './classes';

/** list_preallocate_exact (3.10+ rounds up to even). Only for an empty list with no array. */
export function preallocExact(o: PyObject, n: number): void {
  const m = o.d as ListMeta;
  const size = P.listPreallocEven ? (n + 1) & ~1 : n;
  m.addr = allocBuffer(8 * size);
  m.alloc = size;
}

/** PyObject_LengthHint: len() where the type has a length (a TypeError from it is dropped), else
 * `__length_hint__` looked up as _PyObject_LookupSpecial does (a bound method, called and
 * released; a TypeError or NotImplemented gives the default). */
export function lengthHint(o: PyObject, dflt: number): number {
  const ti = o.t.v as TypeInfo;
  if (ti.len !== null) {
    try {
      return ti.len(o);
    } catch (e) {
      if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.TypeError)) throw e;
      decref(e.exc);
    }
  }
  const lh = (ti as TypeInfo & { lengthHint?: (o: PyObject) => number }).lengthHint;
  if (lh !== undefined && !ti.heap) {
    // a builtin iterator's __length_hint__: its bound builtin method, called, released
    const bm = builtinMethodOf('__length_hint__', o);
    try {
      return lh(o);
    } finally {
      releaseBuiltinMethod(bm);
    }
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === null) return dflt;
  let r: PyObject;
  try {
    r = call(hint, []);
  } catch (e) {
    decref(hint);
    if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.TypeError)) throw e;
    decref(e.exc);
    return dflt;
  }
  decref(hint);
  if (r === S.NotImplemented) {
    decref(r);
    return dflt;
  }
  if (!(r.t === T.int || r.t === T.bool || isSubtype(r.t, T.int))) {
    const tn = typeName(r);
    decref(r);
    raise(T.TypeError, `__length_hint__ must be an integer, not ${tn}`);
  }
  let v: number | bigint;
  try {
    v = longAsSsize(r);
  } finally {
    decref(r);
  }
  if (v < 0) raiseStr(T.ValueError, '__length_hint__() should return >= 0');
  if (typeof v === 'bigint') throw new NotSimulated(`a __length_hint__() of ${v}`, ST.line, 'a length hint beyond 2**53');
  return v;
}

/** list_extend: items are appended with new references. */
export function listExtendImpl(self: PyObject, iterable: PyObject): void {
  const items = self.v as PyObject[];
  const meta = self.d as ListMeta;
  if (iterable.t === T.list || iterable.t === T.tuple || iterable === self) {
    const src = (iterable.v as PyObject[]).slice();
    const n = src.length;
    if (n === 0) return;
    const m = items.length;
    if (P.minor >= 10 && meta.addr === 0 && !meta.zero) preallocExact(self, n);
    else listResize(self, m + n);
    for (let i = 0; i < n; i++) {
      src[i].rc++;
      items.push(src[i]);
    }
    return;
  }
  if (P.minor >= 13 && extendFromTable(self, iterable)) return;
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    const m = items.length;
    if (P.minor >= 10 && meta.addr === 0 && !meta.zero) {
      if (n) preallocExact(self, n);
    } else {
      listResize(self, m + n);
    }
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      if (items.length < meta.alloc) items.push(x);
      else {
        listResize(self, items.length + 1);
        items.push(x);
      }
    }
    if (items.length < meta.alloc) listResize(self, items.length);
  } finally {
    decref(it);
  }
}

/** 3.13's list_extend_set / list_extend_dict / list_extend_dictitems: exact sets, dicts and dict
 * views are copied straight from their tables after one list_resize(m + n) (no iterator, no
 * exact preallocation). Returns false for anything else. */
function extendFromTable(self: PyObject, iterable: PyObject): boolean {
  const t = iterable.t;
  let src: PyObject[];
  let items = false;
  if (t === T.set || t === T.frozenset) src = setItems(iterable);
  else if (t === T.dict) src = dictKeysList(iterable);
  else if (t === T.dict_keys || t === T.dict_values || t === T.dict_items) {
    const vd = iterable.v as ViewData;
    if (vd.kind === 1) src = dictValuesList(vd.dict);
    else src = dictKeysList(vd.dict);
    items = vd.kind === 2;
  } else return false;
  const list = self.v as PyObject[];
  listResize(self, list.length + src.length);
  if (items) {
    const vals = dictValuesList((iterable.v as ViewData).dict);
    for (let i = 0; i < src.length; i++) {
      src[i].rc++;
      vals[i].rc++;
      list.push(newTuple([src[i], vals[i]]));
    }
  } else {
    for (const x of src) {
      x.rc++;
      list.push(x);
    }
  }
  return true;
}

function dictKeysList(d: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (const [k] of dictEntries(d)) out.push(k);
  return out;
}

function dictValuesList(d: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (const [, v] of dictEntries(d)) out.push(v);
  return out;
}

/** PySequence_List: PyList_New(0) + list_extend (sorted() uses it). */
export function sequenceList(it: PyObject): PyObject {
  const l = newList([]);
  try {
    listExtendImpl(l, it);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** PySequence_Fast(o, msg): an exact list or tuple itself (new reference), else a list made from
 * its iterator (PySequence_List of PyObject_GetIter(o), the iterator released after); a TypeError
 * from getting the iterator becomes `msg`. */
export function sequenceFast(o: PyObject, msg: string): PyObject {
  if (o.t === T.list || o.t === T.tuple) {
    o.rc++;
    return o;
  }
  let it: PyObject;
  try {
    it = getIter(o);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
      decref(e.exc);
      raise(T.TypeError, msg);
    }
    throw e;
  }
  try {
    return sequenceList(it);
  } finally {
    decref(it);
  }
}

/** BUILD_LIST 0 + LIST_EXTEND <const tuple>. */
export function listFromTuple(tup: PyObject): PyObject {
  const l = newList([]);
  listExtendImpl(l, tup);
  return l;
}

/** list(iterable) as list_new + list___init__. */
export function listFromIterable(it: PyObject, type: PyObject = T.list): PyObject {
  const l = type === T.list ? newListFresh(T.list) : allocListSubtype(type);
  try {
    listInit(l, it);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

let allocListSubtype: (type: PyObject) => PyObject = () => newList([]);
export function setListSubtypeAlloc(f: (type: PyObject) => PyObject): void {
  allocListSubtype = f;
}

function listInit(self: PyObject, iterable: PyObject): void {
  if ((self.v as PyObject[]).length > 0 || (self.d as ListMeta).alloc > 0) listClear(self);
  if (P.minor < 10) {
    // 3.8: preallocate exactly when the iterable has a length.
    const ti = iterable.t.v as TypeInfo;
    if (ti.len !== null) {
      let n = -1;
      try {
        n = ti.len(iterable);
      } catch (e) {
        // PyObject_Size's TypeError is cleared; any other error propagates
        if (!(e instanceof PyErr && isSubtype(e.exc.t, T.TypeError))) throw e;
        decref(e.exc);
        n = -1;
      }
      if (n > 0 && (self.d as ListMeta).addr === 0) preallocExact(self, n);
    }
  }
  listExtendImpl(self, iterable);
}

function normIndex(o: PyObject, i: number, what: string): number {
  const n = (o.v as PyObject[]).length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(T.IndexError, what);
  return i;
}

export function listGetItem(o: PyObject, k: PyObject): PyObject {
  const items = o.v as PyObject[];
  if (k.t === T.int && typeof k.v === 'number') {
    let i = k.v;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise(T.IndexError, 'list index out of range');
    const v = items[i];
    v.rc++;
    return v;
  }
  if (k.t === T.slice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    const out: PyObject[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) {
      const v = items[j];
      v.rc++;
      out[i] = v;
    }
    return newList(out);
  }
  const i = indexJs(k, `list indices must be integers or slices, not ${typeName(k)}`);
  return listGetItem(o, newIntTemp(i));
}

function newIntTemp(i: number): PyObject {
  const x = newInt(i);
  x.rc--;
  return x;
}

/** list_ass_slice for step 1: replace items[lo:hi] with `v` (borrowed list of new items); also
 * PyList_SetSlice (heapq's heappop deletes the last item through it). */
export function assignSlice(o: PyObject, lo: number, hi: number, v: PyObject[]): void {
  const items = o.v as PyObject[];
  const n = items.length;
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  const norig = hi - lo;
  const d = v.length - norig;
  if (n + d === 0) {
    listClear(o);
    return;
  }
  const recycled = items.slice(lo, hi);
  for (const x of v) x.rc++;
  if (d < 0) {
    items.splice(lo, norig, ...v);
    listResize(o, n + d);
  } else if (d > 0) {
    listResize(o, n + d);
    items.splice(lo, norig, ...v);
  } else {
    items.splice(lo, norig, ...v);
  }
  for (let i = recycled.length - 1; i >= 0; i--) decref(recycled[i]);
}

export function listSetItem(o: PyObject, k: PyObject, v: PyObject | null): void {
  const items = o.v as PyObject[];
  if (k.t === T.slice) {
    const [start, stop, step, n] = sliceIndices(k, items.length);
    if (step === 1) {
      let seq: PyObject[] = [];
      if (v !== null) {
        if (v === o) seq = items.slice();
        else if (v.t === T.list || v.t === T.tuple) seq = (v.v as PyObject[]).slice();
        else {
          const tmp = listFromIterableRaw(v, 'can only assign an iterable');
          seq = (tmp.v as PyObject[]).slice();
          for (const x of seq) x.rc++;
          decref(tmp);
          assignSlice(o, start, stop, seq);
          for (const x of seq) decref(x);
          return;
        }
      }
      assignSlice(o, start, stop, seq);
      return;
    }
    if (v === null) {
      // extended slice deletion
      if (n <= 0) return;
      const idx = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) idx.add(j);
      const removed: PyObject[] = [];
      const kept: PyObject[] = [];
      for (let i = 0; i < items.length; i++) (idx.has(i) ? removed : kept).push(items[i]);
      items.length = 0;
      items.push(...kept);
      listResize(o, kept.length);
      for (const x of removed) decref(x);
      return;
    }
    const tmp = v.t === T.list || v.t === T.tuple ? v : listFromIterableRaw(v, 'must assign iterable to extended slice');
    const seq = (tmp.v as PyObject[]).slice();
    if (seq.length !== n) {
      if (tmp !== v) decref(tmp);
      raise(T.ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
    }
    const old: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) {
      old.push(items[j]);
      seq[i].rc++;
      items[j] = seq[i];
    }
    if (tmp !== v) decref(tmp);
    for (const x of old) decref(x);
    return;
  }
  const i = normIndex(o, indexJs(k, `list indices must be integers or slices, not ${typeName(k)}`), v === null ? 'list assignment index out of range' : 'list assignment index out of range');
  if (v === null) {
    if (P.minor >= 13) {
      // 3.13 list_ass_item: shift the tail down, keep the allocation (no list_resize)
      const old = items[i];
      items.splice(i, 1);
      decref(old);
      return;
    }
    assignSlice(o, i, i + 1, []);
    return;
  }
  const old = items[i];
  v.rc++;
  items[i] = v;
  decref(old);
}

function listFromIterableRaw(v: PyObject, msg: string): PyObject {
  const ti = v.t.v as TypeInfo;
  if (ti.iter === null && ti.getitem === null) raise(T.TypeError, msg);
  return listFromIterable(v);
}

export function listRepr(o: PyObject): PyObject {
  const items = o.v as PyObject[];
  if (items.length === 0) return newStr('[]');
  if (!reprEnter(o)) return newStr('[...]');
  const w = new UnicodeWriter();
  const parts: string[] = [];
  let done = false;
  try {
    w.overallocate = true;
    w.minLength = 1 + 1 + (2 + 1) * (items.length - 1) + 1;
    w.writeChar(91);
    // the list may change while its items' reprs run: its size is read again every time
    for (let i = 0; i < items.length; i++) {
      if (i > 0) w.writeAscii(2);
      const s = repr(items[i]);
      w.writeStr(s);
      parts.push(s.v as string);
      decref(s);
    }
    w.overallocate = false;
    w.writeChar(93);
    done = true;
  } finally {
    if (!done) w.dealloc();
    reprLeave(o);
  }
  return w.finish('[' + parts.join(', ') + ']');
}

/** list_richcompare / tuplerichcompare: first differing item decides. */
/** list_richcompare (`list`) and tuplerichcompare. list_richcompare holds both items (Py_INCREF)
 * while their `==` runs, on every version, and from 3.12 while the final comparison runs too: the
 * items' `__eq__`/`__lt__` see one reference more each than a tuple's. */
export function seqRichCompare(a: PyObject, b: PyObject, op: 0 | 1 | 2 | 3 | 4 | 5, list = false): PyObject {
  const x = a.v as PyObject[], y = b.v as PyObject[];
  if (x.length !== y.length && (op === 2 || op === 3)) return newBool(op === 3);
  let i = 0;
  for (; i < x.length && i < y.length; i++) {
    const v = x[i], w = y[i];
    if (!list) {
      if (!richCompareBool(v, w, 2)) break;
      continue;
    }
    if (v === w) continue;
    v.rc++;
    w.rc++;
    let k: boolean;
    try {
      k = richCompareBool(v, w, 2);
    } finally {
      decref(v);
      decref(w);
    }
    if (!k) break;
  }
  if (i >= x.length || i >= y.length) {
    const c = x.length - y.length;
    const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
    return newBool(r);
  }
  if (op === 2) return newBool(false);
  if (op === 3) return newBool(true);
  if (!list || P.minor < 12) return richCompare(x[i], y[i], op);
  const v = x[i], w = y[i];
  v.rc++;
  w.rc++;
  try {
    return richCompare(v, w, op);
  } finally {
    decref(v);
    decref(w);
  }
}

function listConcat(a: PyObject, b: PyObject): PyObject {
  if (b.t !== T.list && !isSubtype(b.t, T.list)) {
    raise(T.TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
  }
  const out = [...(a.v as PyObject[]), ...(b.v as PyObject[])];
  for (const x of out) x.rc++;
  return newList(out);
}

function repeatCount(n: PyObject): number | null {
  if (n.t !== T.int && n.t !== T.bool && (n.t.v as TypeInfo).nb.index === undefined) return null;
  const c = indexJs(n);
  return c < 0 ? 0 : c;
}

function listRepeat(a: PyObject, n: PyObject): PyObject {
  const c = repeatCount(n);
  if (c === null) raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  const src = a.v as PyObject[];
  const out: PyObject[] = [];
  if (src.length > 0) {
    reserve(8 * c * src.length);
    itemsLimit(c * src.length);
  }
  for (let k = 0; k < c; k++) for (const x of src) {
    x.rc++;
    out.push(x);
  }
  return newList(out);
}

function listInplaceRepeat(a: PyObject, n: PyObject): PyObject {
  const c = repeatCount(n);
  if (c === null) raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  const items = a.v as PyObject[];
  if (c === 0 || items.length === 0) {
    listClearMethod(a);
    a.rc++;
    return a;
  }
  const src = items.slice();
  listResize(a, src.length * c);
  for (let k = 1; k < c; k++) for (const x of src) {
    x.rc++;
    items.push(x);
  }
  a.rc++;
  return a;
}

function listClearMethod(o: PyObject): void {
  listClear(o);
}

/** PyObject_RichCompareBool(item, v, Py_EQ) with the item held for the comparison (Py_INCREF
 * before, Py_DECREF after), as list_index_impl, list_count, list_remove and list_contains do on
 * every version (tuple's do not): an `__eq__` it runs sees one reference more, and the item
 * outlives a comparison that takes it out of the list. 3.8's list_contains compares `el == item`
 * (the operand first); 3.10+ `item == el`. */
function heldItemEq(item: PyObject, v: PyObject, operandFirst = false): boolean {
  item.rc++;
  try {
    return operandFirst ? richCompareBool(v, item, 2) : richCompareBool(item, v, 2);
  } finally {
    decref(item);
  }
}

function listIndexOf(o: PyObject, v: PyObject, start: number, stop: number): number {
  const items = o.v as PyObject[];
  for (let i = start; i < stop && i < items.length; i++) {
    if (heldItemEq(items[i], v)) return i;
  }
  return -1;
}

function clampRange(n: number, a: PyObject | undefined, b: PyObject | undefined): [number, number] {
  let start = a !== undefined ? indexJs(a) : 0;
  let stop = b !== undefined ? indexJs(b) : n;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  return [start, stop];
}

/** list.sort: CPython's list_sort_impl (see listsort.ts). */
export function listSortImpl(o: PyObject, key: PyObject | null, reverse: boolean): void {
  listSort(o, key, reverse);
}

export function initListType(ti: TypeInfo): void {
  ti.gc = true;
  ti.trashcan = true;
  ti.basicsize = () => 40;
  ti.dealloc = listDealloc;
  ti.traverse = listTraverse;
  ti.clear = listClear;
  ti.sizeof = listSizeof;
  ti.hash = null;
  ti.len = (o) => (o.v as PyObject[]).length;
  ti.getitem = listGetItem;
  ti.setitem = listSetItem;
  ti.repr = listRepr;
  ti.contains = (o, v) => {
    const items = o.v as PyObject[];
    for (let i = 0; i < items.length; i++) if (heldItemEq(items[i], v, P.minor < 10)) return true;
    return false;
  };
  ti.richcompare = (a, b, op) => {
    if (b.t !== T.list && !isSubtype(b.t, T.list)) return notImpl();
    return seqRichCompare(a, b, op, true);
  };
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = listConcat;
  tx.sqRepeat = listRepeat;
  tx.sqInplaceConcat = (a: PyObject, b: PyObject) => {
    listExtendImpl(a, b);
    a.rc++;
    return a;
  };
  tx.sqInplaceRepeat = listInplaceRepeat;
  ti.new = (type) => (type === T.list ? newListFresh(T.list) : allocListSubtype(type));
  ti.init = (self, args, kwnames) => {
    if (kwnames && kwnames.length) raise(T.TypeError, 'list() takes no keyword arguments');
    if (args.length > 1) raise(T.TypeError, `list expected at most 1 argument, got ${args.length}`);
    if (args.length === 1) listInit(self, args[0]);
    else if ((self.v as PyObject[]).length > 0) listClear(self);
  };

  defMethods(T.list, {
    append: (self, args, kw) => {
      listAppend(self, oneArg('append', args, kw));
      S.None.rc++;
      return S.None;
    },
    extend: (self, args, kw) => {
      listExtendImpl(self, oneArg('extend', args, kw));
      S.None.rc++;
      return S.None;
    },
    insert: (self, args, kw) => {
      argRange('insert', args, kw, 2, 2);
      const items = self.v as PyObject[];
      let i = indexJs(args[0]);
      const n = items.length;
      if (i < 0) { i += n; if (i < 0) i = 0; }
      if (i > n) i = n;
      listResize(self, n + 1);
      args[1].rc++;
      items.splice(i, 0, args[1]);
      S.None.rc++;
      return S.None;
    },
    pop: (self, args, kw) => {
      argRange('pop', args, kw, 0, 1);
      const items = self.v as PyObject[];
      if (items.length === 0) raise(T.IndexError, 'pop from empty list');
      let i = args.length ? indexJs(args[0]) : -1;
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raise(T.IndexError, 'pop index out of range');
      const v = items[i];
      if (P.minor >= 12 && items.length === 1) {
        // 3.12+ list_pop_impl: popping the only item clears the list (_list_clear frees the
        // item array) instead of resizing it to 0
        v.rc++;
        listClear(self);
        return v;
      }
      if (i === items.length - 1) {
        listResize(self, items.length - 1);
        items.pop();
        return v;
      }
      v.rc++;
      assignSlice(self, i, i + 1, []);
      return v;
    },
    remove: (self, args, kw) => {
      const v = oneArg('remove', args, kw);
      const i = listIndexOf(self, v, 0, (self.v as PyObject[]).length);
      if (i < 0) raise(T.ValueError, 'list.remove(x): x not in list');
      assignSlice(self, i, i + 1, []);
      S.None.rc++;
      return S.None;
    },
    index: (self, args, kw) => {
      argRange('index', args, kw, 1, 3);
      const n = (self.v as PyObject[]).length;
      const [start, stop] = clampRange(n, args[1], args[2]);
      const i = listIndexOf(self, args[0], start, stop);
      if (i < 0) raise(T.ValueError, `${reprJs(args[0])} is not in list`);
      return newIntSsize(i);
    },
    count: (self, args, kw) => {
      const v = oneArg('count', args, kw);
      let c = 0;
      const items = self.v as PyObject[];
      for (let i = 0; i < items.length; i++) if (heldItemEq(items[i], v)) c++;
      return newIntSsize(c);
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      listClear(self);
      S.None.rc++;
      return S.None;
    },
    copy: (self, args, kw) => {
      noArgs('copy', args, kw);
      const items = (self.v as PyObject[]).slice();
      for (const x of items) x.rc++;
      return newList(items);
    },
    reverse: (self, args, kw) => {
      noArgs('reverse', args, kw);
      (self.v as PyObject[]).reverse();
      S.None.rc++;
      return S.None;
    },
    sort: (self, args, kw) => {
      const [key, rev] = parseArgs('sort', args, kw, ['key', 'reverse'], 0, 0);
      listSortImpl(self, key, rev !== null && truthy(rev));
      S.None.rc++;
      return S.None;
    },
    __reversed__: (self, args, kw) => {
      noArgs('__reversed__', args, kw);
      return listReverseIterHook.make(self);
    },
    __sizeof__: (self, args, kw) => {
      noArgs('__sizeof__', args, kw);
      return newIntSsize((self.t.v as TypeInfo).sizeof(self));
    },
  });
}

export const listReverseIterHook = {
  make: (_o: PyObject): PyObject => { throw new Error('unbound'); },
};

/** tuple(iterable) and tuple behaviour (Objects/tupleobject.c). */
export function initTupleType(ti: TypeInfo): void {
  ti.len = (o) => (o.v as PyObject[]).length;
  ti.getitem = (o, k) => {
    const items = o.v as PyObject[];
    if (k.t === T.int && typeof k.v === 'number') {
      let i = k.v;
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raise(T.IndexError, 'tuple index out of range');
      items[i].rc++;
      return items[i];
    }
    if (k.t === T.slice) {
      const [start, , step, n] = sliceIndices(k, items.length);
      if (start === 0 && step === 1 && n === items.length && o.t === T.tuple) {
        o.rc++;
        return o;
      }
      const out: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) {
        items[j].rc++;
        out.push(items[j]);
      }
      return newTuple(out);
    }
    const i = indexJs(k, `tuple indices must be integers or slices, not ${typeName(k)}`);
    const x = newInt(i);
    try {
      return (ti.getitem as (o: PyObject, k: PyObject) => PyObject)(o, x);
    } finally {
      decref(x);
    }
  };
  // tuplecontains: 3.8 compares `el == item` (the operand first), 3.10+ `item == el`; no reference
  // is taken on the item (the tuple cannot lose it)
  ti.contains = (o, v) => {
    for (const x of o.v as PyObject[]) if (P.minor < 10 ? richCompareBool(v, x, 2) : richCompareBool(x, v, 2)) return true;
    return false;
  };
  ti.repr = (o) => {
    const items = o.v as PyObject[];
    if (items.length === 0) return newStr('()');
    if (!reprEnter(o)) return newStr('(...)');
    const w = new UnicodeWriter();
    const parts: string[] = [];
    let done = false;
    try {
      w.overallocate = true;
      w.minLength = items.length > 1 ? 1 + 1 + (2 + 1) * (items.length - 1) + 1 : 4;
      w.writeChar(40);
      for (let i = 0; i < items.length; i++) {
        if (i > 0) w.writeAscii(2);
        const s = repr(items[i]);
        w.writeStr(s);
        parts.push(s.v as string);
        decref(s);
      }
      w.overallocate = false;
      if (items.length > 1) w.writeChar(41);
      else w.writeAscii(2);
      done = true;
    } finally {
      if (!done) w.dealloc();
      reprLeave(o);
    }
    return w.finish('(' + parts.join(', ') + (items.length === 1 ? ',)' : ')'));
  };
  ti.richcompare = (a, b, op) => {
    if (b.t !== T.tuple && !isSubtype(b.t, T.tuple)) return notImpl();
    return seqRichCompare(a, b, op);
  };
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = (a: PyObject, b: PyObject) => {
    if (b.t !== T.tuple && !isSubtype(b.t, T.tuple)) raise(T.TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
    if ((b.v as PyObject[]).length === 0 && a.t === T.tuple) {
      a.rc++;
      return a;
    }
    if ((a.v as PyObject[]).length === 0 && b.t === T.tuple) {
      b.rc++;
      return b;
    }
    const out = [...(a.v as PyObject[]), ...(b.v as PyObject[])];
    for (const x of out) x.rc++;
    return newTuple(out);
  };
  tx.sqRepeat = (a: PyObject, n: PyObject) => {
    const c = repeatCount(n);
    if (c === null) raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    if (c === 1 && a.t === T.tuple) {
      a.rc++;
      return a;
    }
    const src = a.v as PyObject[];
    const out: PyObject[] = [];
    for (let k = 0; k < c; k++) for (const x of src) {
      x.rc++;
      out.push(x);
    }
    return newTuple(out);
  };
  ti.new = (_type, args, kwnames) => {
    if (kwnames && kwnames.length) raise(T.TypeError, 'tuple() takes no keyword arguments');
    if (args.length > 1) raise(T.TypeError, `tuple expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return newTuple([]);
    return sequenceTuple(args[0]);
  };
  defMethods(T.tuple, {
    index: (self, args, kw) => {
      argRange('index', args, kw, 1, 3);
      const items = self.v as PyObject[];
      const [start, stop] = clampRange(items.length, args[1], args[2]);
      for (let i = start; i < stop && i < items.length; i++) if (richCompareBool(items[i], args[0], 2)) return newIntSsize(i);
      raise(T.ValueError, 'tuple.index(x): x not in tuple');
    },
    count: (self, args, kw) => {
      const v = oneArg('count', args, kw);
      let c = 0;
      for (const x of self.v as PyObject[]) if (richCompareBool(x, v, 2)) c++;
      return newIntSsize(c);
    },
  });
}

/** PySequence_Tuple */
export function sequenceTuple(o: PyObject): PyObject {
  if (o.t === T.tuple) {
    o.rc++;
    return o;
  }
  if (o.t === T.list) {
    const items = (o.v as PyObject[]).slice();
    for (const x of items) x.rc++;
    return newTuple(items);
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    // the size guess (PyObject_LengthHint(v, 10)) after the iterator is made: a __len__ or
    // __length_hint__ runs
    lengthHint(o, 10);
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      out.push(x);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return newTuple(out);
}

export { raiseWith, freeBuffer, pyLen };
