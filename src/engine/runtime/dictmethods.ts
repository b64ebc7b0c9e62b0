// dict behaviour (Objects/dictobject.c): item access, comparison, repr, methods and the
// keys/values/items views.
import { PyObject, F_GC } from './object';
import { P, T, PyErr, decref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack } from './core';
import type { TypeInfo, Hash } from './types';
import { isSubtype, typeName } from './types';
import { raise, raiseWith } from './exc';
import { S, hash as pyHash, getIter, iterNext, forEachItem, reprJs, repr, newBool, notImpl, call, callMethodVector, makeTpCall, lookupSpecial, getAttrOpt, getItem, contains as pyContains, richCompareBool, storedKeyEq } from './abstract';
import {
  DictData, newDict, newDictFresh, dictPresizeFor, dictCloneKeys, dictGet, dictSet, dictDel, dictPop, dictPopLast, dictClear, dictEntries, dictSizeof,
  dictDealloc, dictTraverse, dictContains, dictHooks, primKey, dictEntriesHashed, dictCopySplit, dictGetHashed, dictDelHashed,
} from './dict';
import { newStr, latin1Char, internStr } from './str';
import { newIntSsize } from './numbers';
import { newTuple } from './tuple';
import { sequenceList } from './listmethods';
import { listAppendSteal } from './list';
import { defMethods, defClassMethods, noArgs, oneArg, argRange, splitArgs, varargsCall } from './methods';
import { reprEnter, reprLeave } from './reprguard';
import { UnicodeWriter } from './uwriter';
import { dictIterHooks } from './iters';
import { defGetters } from './slotwrappers';
import { newMappingProxy } from './classes';
import { newSet, setAdd, setItems, setEntriesHashed, setUpdateImpl, setDifferenceUpdate, setSymmetricDifferenceUpdate, setIntersectionUpdate, setIntersection, type SetData } from './set';

function isDict(o: PyObject): boolean {
  return o.t === T.dict || isSubtype(o.t, T.dict);
}

export function dictGetItem(d: PyObject, k: PyObject): PyObject {
  const v = dictGet(d, k);
  if (v !== null) {
    v.rc++;
    return v;
  }
  if (d.t !== T.dict) {
    // dict subclasses: __missing__
    const missing = lookupSpecial(d, '__missing__');
    if (missing !== null) {
      try {
        return call(missing, [k]);
      } finally {
        decref(missing);
      }
    }
  }
  raiseWith(T.KeyError, k);
}

export function dictRepr(d: PyObject): PyObject {
  const dd = d.v as DictData;
  // dict_repr enters the repr guard before looking at the size
  if (!reprEnter(d)) return newStr('{...}');
  if (dd.used === 0) {
    reprLeave(d);
    return newStr('{}');
  }
  const w = new UnicodeWriter();
  const parts: string[] = [];
  let done = false;
  try {
    w.overallocate = true;
    w.minLength = 1 + 4 + (2 + 4) * (dd.used - 1) + 1;
    w.writeChar(123);
    for (const [k, v] of [...dictEntries(d)]) {
      k.rc++;
      v.rc++;
      try {
        if (parts.length > 0) w.writeAscii(2);
        const ks = repr(k);
        w.writeStr(ks);
        const kt = ks.v as string;
        decref(ks);
        w.writeAscii(2);
        const vs = repr(v);
        w.writeStr(vs);
        parts.push(`${kt}: ${vs.v as string}`);
        decref(vs);
      } finally {
        decref(k);
        decref(v);
      }
    }
    w.overallocate = false;
    w.writeChar(125);
    done = true;
  } finally {
    reprLeave(d);
    if (!done) w.dealloc();
  }
  return w.finish('{' + parts.join(', ') + '}');
}

/** dict_merge(a, b, override): b is a dict or a mapping with keys(). */
export function dictMerge(a: PyObject, b: PyObject, override: boolean): void {
  if (isDict(b) && (b.t.v as TypeInfo).iter === (T.dict.v as TypeInfo).iter) {
    const bd = b.v as DictData;
    const ad = a.v as DictData;
    if (bd.used === 0 || a === b) return;
    // a split table's size is its shared keys' (DK_SIZE(ma_keys)), and they are str-only
    const alog2 = ad.split !== null ? ad.split.log2 : ad.log2;
    const usable = alog2 === 0 ? 0 : (((1 << alog2) * 2) / 3) | 0;
    const bUnicode = bd.split !== null || bd.unicode;
    if (ad.used === 0) {
      override = true;
      // a clean, combined, freshly sized source is cloned table and all (3.13: not into a
      // dict that has values, as an instance's embedded ones)
      const clean = bd.split === null && bd.used === bd.ks.length && (P.minor < 13 || ad.split === null);
      if (clean && (bd.log2 === 3 || (((1 << bd.log2) / 2 * 2) / 3 | 0) < bd.used) && P.minor >= 10) {
        dictCloneKeys(a, b);
        return;
      }
      if (usable < bd.used) dictPresizeFor(a, ad.used + bd.used, bUnicode);
    } else if (usable < bd.used) dictPresizeFor(a, ad.used + bd.used, bUnicode);
    for (const [k, v, h] of dictEntriesHashed(b)) {
      if (!override && dictContains(a, k)) continue;
      dictSet(a, k, v, h);
    }
    return;
  }
  // the generic way: PyMapping_Keys (method_output_as_list: keys() as a list, made by
  // PySequence_List from its iterator unless it is one), iterated
  const out = callMethodVector(b, 'keys', []);
  let keys: PyObject;
  if (out.t === T.list) keys = out;
  else {
    let kit: PyObject;
    try {
      kit = getIter(out);
    } finally {
      decref(out);
    }
    try {
      keys = sequenceList(kit);
    } finally {
      decref(kit);
    }
  }
  let it: PyObject;
  try {
    it = getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      try {
        if (!override && dictContains(a, k)) continue;
        const v = getItem(b, k);
        dictSet(a, k, v);
        decref(v);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg: a mapping, or an iterable of 2-item sequences. */
export function dictUpdateArg(d: PyObject, arg: PyObject): void {
  // dict_update_arg: an exact dict merges at once (3.9+; 3.8's dict_update_common looks its
  // `keys` up too, a bound method made and released); otherwise a `keys` attribute (looked up on
  // the object, and released) chooses PyDict_Merge over the sequence of pairs
  const exact = arg.t === T.dict && P.minor > 8;
  let keys = exact ? null : getAttrOpt(arg, 'keys');
  if (exact || keys !== null) {
    if (keys !== null) {
      decref(keys);
      keys = null;
    }
    dictMerge(d, arg, true);
    return;
  }
  const it = getIter(arg);
  let i = 0;
  try {
    for (;; i++) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        let pair: PyObject[];
        if (item.t === T.tuple || item.t === T.list) pair = item.v as PyObject[];
        else {
          let sub: PyObject;
          try {
            sub = getIter(item);
          } catch (e) {
            // PySequence_Fast's TypeError is replaced (dict_merge_from_seq2)
            if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
              decref(e.exc);
              raise(T.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
            }
            throw e;
          }
          pair = [];
          try {
            for (;;) {
              const x = iterNext(sub);
              if (x === null) break;
              pair.push(x);
            }
          } finally {
            decref(sub);
          }
          for (const x of pair) x.rc--;
        }
        if (pair.length !== 2) raise(T.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        // PyDict_MergeFromSeq2 holds the key and the value (Py_INCREF) around PyDict_SetItem
        const [k, v] = pair;
        k.rc++;
        v.rc++;
        try {
          dictSet(d, k, v);
        } finally {
          k.rc--;
          v.rc--;
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- views

export class ViewData {
  constructor(public dict: PyObject, public kind: 0 | 1 | 2) {}
}

/** _PyDictView_New: a view of `type` (dict_keys ..., or a subtype) on d. */
export function newView(type: PyObject, d: PyObject, kind: 0 | 1 | 2): PyObject {
  d.rc++;
  const o = new PyObject(type, new ViewData(d, kind), null, F_GC);
  allocBlock(o, 40);
  gcAllocHook();
  gcTrack(o);
  return o;
}

function viewItems(v: PyObject): PyObject[] {
  const vd = v.v as ViewData;
  const out: PyObject[] = [];
  for (const [k, val] of dictEntries(vd.dict)) {
    if (vd.kind === 0) out.push(k);
    else if (vd.kind === 1) out.push(val);
    else out.push(newTuple([(k.rc++, k), (val.rc++, val)]));
  }
  return out;
}

/** dictviews_isdisjoint: iterate over `other` (or over the shorter side when both are sets or
 * set-like views) and look each item up in the other side. */
function viewIsDisjoint(self: PyObject, other: PyObject): boolean {
  const viewLen = (o: PyObject): number => ((o.v as ViewData).dict.v as DictData).used;
  if (self === other) return viewLen(self) === 0;
  const setLike = (o: PyObject): boolean => isViewSet(o);
  if (setLike(other) || other.t === T.set || other.t === T.frozenset || isSubtype(other.t, T.set) || isSubtype(other.t, T.frozenset)) {
    const lenOther = (other.t.v as TypeInfo).len as (o: PyObject) => number;
    if (lenOther(other) > viewLen(self)) [self, other] = [other, self];
  }
  const it = getIter(other);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return true;
      let found: boolean;
      try {
        found = pyContains(self, x);
      } finally {
        decref(x);
      }
      if (found) return false;
    }
  } finally {
    decref(it);
  }
}

/** PyDictViewSet_Check: a keys or items view, or a subtype (OrderedDict's). */
const isViewSet = (o: PyObject): boolean => o.t === T.dict_keys || o.t === T.dict_items || isSubtype(o.t, T.dict_keys) || isSubtype(o.t, T.dict_items);
const isKeysView = (o: PyObject): boolean => o.t === T.dict_keys || isSubtype(o.t, T.dict_keys);
const isItemsView = (o: PyObject): boolean => o.t === T.dict_items || isSubtype(o.t, T.dict_items);
const viewDict = (o: PyObject): PyObject => (o.v as ViewData).dict;
const viewLen = (o: PyObject): number => (viewDict(o).v as DictData).used;

/** dictviews_to_set: PySet_New(self); from 3.10 a keys view of an exact dict is copied from the
 * dict itself (its stored hashes, no __hash__ calls). `self` may be the operation's other operand. */
function viewsToSet(self: PyObject): PyObject {
  const left = P.minor >= 10 && self.t === T.dict_keys && viewDict(self).t === T.dict ? viewDict(self) : self;
  const r = newSet();
  try {
    setUpdateImpl(r, left);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** A set built from `self`, then updated in place with `other` by a set method (dictviews_sub,
 * dictviews_or, dictviews_xor; 3.8's _PyDictView_Intersect). */
function viewsUpdate(self: PyObject, other: PyObject, update: (s: PyObject, o: PyObject) => void): PyObject {
  const r = viewsToSet(self);
  try {
    update(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function viewsSub(a: PyObject, b: PyObject): PyObject {
  return viewsUpdate(a, b, setDifferenceUpdate);
}

function viewsOr(a: PyObject, b: PyObject): PyObject {
  return viewsUpdate(a, b, setUpdateImpl);
}

function viewsXor(a: PyObject, b: PyObject): PyObject {
  if (P.minor >= 10 && isItemsView(a) && isItemsView(b)) return dictItemsXor(viewDict(a), viewDict(b));
  return viewsUpdate(a, b, setSymmetricDifferenceUpdate);
}

/** _PyDictView_Intersect */
function viewsAnd(self: PyObject, other: PyObject): PyObject {
  if (P.minor < 10) return viewsUpdate(self, other, (r, o) => setIntersectionUpdate(r, [o]));
  // the interpreter passes the operands in source order: the view may be the right one
  if (!isViewSet(self)) [self, other] = [other, self];
  const lenSelf = viewLen(self);
  // a set at least as large: set.intersection(view)
  if (other.t === T.set && lenSelf <= (other.v as SetData).used) return setIntersection(other, self);
  if (isViewSet(other) && viewLen(other) > lenSelf) [self, other] = [other, self];
  const result = newSet();
  const view = self;
  try {
    forEachItem(other, (key) => void (viewContains(view, key) && setAdd(result, key)));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictkeys_contains / dictitems_contains */
function viewContains(view: PyObject, x: PyObject): boolean {
  const d = viewDict(view);
  if (isKeysView(view)) return dictContains(d, x);
  if (!(x.t === T.tuple || isSubtype(x.t, T.tuple)) || (x.v as PyObject[]).length !== 2) return false;
  const [k, v] = x.v as PyObject[];
  const found = dictGet(d, k);
  if (found === null) return false;
  found.rc++;
  try {
    // 3.8 compares value == found, later versions found == value
    return P.minor >= 10 ? richCompareBool(found, v, 2) : richCompareBool(v, found, 2);
  } finally {
    decref(found);
  }
}

/** dictitems_xor (3.10+): pairs of d2 missing from or different in a copy of d1, then what is left
 * of the copy. */
function dictItemsXor(d1: PyObject, d2: PyObject): PyObject {
  const temp = dictCopy(d1);
  let result: PyObject | null = null;
  try {
    result = newSet();
    for (const [key, val2, stored] of dictEntriesHashed(d2)) {
      const h = stored ?? 0;
      key.rc++;
      val2.rc++;
      let val1: PyObject | null = null;
      try {
        val1 = dictGetHashed(temp, key, h);
        let toDelete = false;
        if (val1 !== null) {
          val1.rc++;
          toDelete = richCompareBool(val1, val2, 2);
        }
        if (toDelete) dictDelHashed(temp, key, h);
        else {
          key.rc++;
          val2.rc++;
          const pair = newTuple([key, val2]);
          try {
            setAdd(result, pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        if (val1 !== null) decref(val1);
        decref(val2);
      }
    }
    const remaining = newView(T.dict_items, temp, 2);
    try {
      setUpdateImpl(result, remaining);
    } finally {
      decref(remaining);
    }
  } catch (e) {
    if (result !== null) decref(result);
    decref(temp);
    throw e;
  }
  decref(temp);
  return result;
}

/** all_contained_in: every item of `self` is in `other` (PySequence_Contains). */
function allContainedIn(self: PyObject, other: PyObject): boolean {
  let all = true;
  forEachItem(self, (x) => !(all = pyContains(other, x)));
  return all;
}

/** dictview_richcompare */
function viewRichCompare(self: PyObject, other: PyObject, op: number): PyObject {
  const anySet = (o: PyObject): boolean => o.t === T.set || o.t === T.frozenset || isSubtype(o.t, T.set) || isSubtype(o.t, T.frozenset);
  if (!anySet(other) && !isViewSet(other)) return notImpl();
  const lenSelf = viewLen(self);
  const lenOther = ((other.t.v as TypeInfo).len as (o: PyObject) => number)(other);
  let ok = false;
  switch (op) {
    case 2:
    case 3:
      if (lenSelf === lenOther) ok = allContainedIn(self, other);
      if (op === 3) ok = !ok;
      break;
    case 0:
      if (lenSelf < lenOther) ok = allContainedIn(self, other);
      break;
    case 1:
      if (lenSelf <= lenOther) ok = allContainedIn(self, other);
      break;
    case 4:
      if (lenSelf > lenOther) ok = allContainedIn(other, self);
      break;
    case 5:
      if (lenSelf >= lenOther) ok = allContainedIn(other, self);
      break;
  }
  return newBool(ok);
}

function initViews(): void {
  const names = ['dict_keys', 'dict_values', 'dict_items'];
  [T.dict_keys, T.dict_values, T.dict_items].forEach((type, kind) => {
    const ti = type.v as TypeInfo;
    ti.gc = true;
    // no tp_new: "cannot create 'dict_keys' instances"
    ti.new = null;
    ti.basicsize = () => 24;
    ti.dealloc = (o) => {
      gcUntrack(o);
      const vd = o.v as ViewData;
      o.v = null;
      decref(vd.dict);
      freeBlock(o, 40);
      gcCountFree();
    };
    ti.traverse = (o, visit) => {
      const vd = o.v as ViewData | null;
      if (vd) visit(vd.dict);
    };
    ti.len = (o) => ((o.v as ViewData).dict.v as DictData).used;
    ti.iter = (o) => {
      const d = (o.v as ViewData).dict;
      return kind === 0 ? dictIterHooks.keys(d) : kind === 1 ? dictIterHooks.values(d) : dictIterHooks.items(d);
    };
    ti.repr = (o) => {
      const items = viewItems(o);
      const s = `${names[kind]}([${items.map((x) => reprJs(x)).join(', ')}])`;
      if (kind === 2) for (const x of items) decref(x);
      return newStr(s);
    };
    // dict_values has no sq_contains: `in` is _PySequence_IterSearch over a values iterator (the
    // iterator object, each value owned while compared, 3.8's operand-first comparison)
    ti.contains = kind === 1 ? null : (o, x) => viewContains(o, x);
    if (kind !== 1) {
      ti.nb = { and: viewsAnd, or: viewsOr, sub: viewsSub, xor: viewsXor };
      ti.richcompare = viewRichCompare;
      ti.hash = null;
    }
    const methods: Parameters<typeof defMethods>[1] = {
      // dictkeys_reversed / dictvalues_reversed / dictitems_reversed
      __reversed__: (self, args, kw) => (noArgs('__reversed__', args, kw), dictIterHooks.reversed[kind]((self.v as ViewData).dict)),
    };
    if (kind !== 1) methods.isdisjoint = (self, args, kw) => newBool(viewIsDisjoint(self, oneArg('isdisjoint', args, kw)));
    defMethods(type, methods);
    // 3.10 dictview_mapping: a new read-only proxy of the view's dict at each access
    if (P.minor >= 10) defGetters(type, { mapping: (o) => newMappingProxy((o.v as ViewData).dict) });
  });
  void setItems;
}

// ---------------------------------------------------------------- type setup

export function initDictType(ti: TypeInfo): void {
  ti.gc = true;
  ti.trashcan = true;
  ti.basicsize = () => 48;
  ti.dealloc = dictDealloc;
  ti.traverse = dictTraverse;
  ti.clear = dictClear;
  ti.sizeof = dictSizeof;
  ti.hash = null;
  ti.len = (o) => (o.v as DictData).used;
  ti.getitem = dictGetItem;
  ti.setitem = (o, k, v) => {
    if (v === null) {
      if (!dictDel(o, k)) raiseWith(T.KeyError, k);
    } else dictSet(o, k, v);
  };
  ti.contains = (o, k) => dictContains(o, k);
  ti.repr = dictRepr;
  ti.richcompare = (a, b, op) => {
    if (!isDict(b) || (op !== 2 && op !== 3)) return notImpl();
    const ad = a.v as DictData, bd = b.v as DictData;
    let same = ad.used === bd.used;
    if (same) {
      // dict_equal: each of a's entries, its key and value held (Py_INCREF) while b is searched
      // with the stored hash (no __hash__ call) and the values compared, b's value held too
      for (const [k, v, h] of dictEntriesHashed(a)) {
        v.rc++;
        k.rc++;
        let eqv = false;
        try {
          const bv = dictGetHashed(b, k, h ?? 0);
          if (bv !== null) {
            bv.rc++;
            try {
              eqv = richCompareBool(v, bv, 2);
            } finally {
              decref(bv);
            }
          }
        } finally {
          decref(k);
          decref(v);
        }
        if (!eqv) {
          same = false;
          break;
        }
      }
    }
    return newBool(op === 2 ? same : !same);
  };
  ti.nb.or = P.minor >= 9 ? (a, b) => {
    if (!isDict(a) || !isDict(b)) return notImpl();
    const r = newDict();
    dictMerge(r, a, true);
    dictMerge(r, b, true);
    return r;
  } : undefined;
  ti.nb.ior = P.minor >= 9 ? (a, b) => {
    dictUpdateArg(a, b);
    a.rc++;
    return a;
  } : undefined;
  ti.new = (type) => {
    const d = type === T.dict ? newDictFresh(T.dict) : dictSubtypeAlloc(type);
    if (type !== T.dict) gcTrack(d);
    return d;
  };
  ti.init = (self, args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    if (pos.length > 1) raise(T.TypeError, `dict expected at most 1 argument, got ${pos.length}`);
    if (pos.length === 1) dictUpdateArg(self, pos[0]);
    if (kw.size === 0) return;
    // dict_update_common: PyDict_Merge(self, kwds) of the keyword dict _PyObject_MakeTpCall made
    const kwd = makeTpCall.args === args ? makeTpCall.kwd : null;
    if (kwd !== null) {
      dictMerge(self, kwd, true);
      return;
    }
    for (const [k, v] of kw) {
      const ks = internStr(k, false);
      dictSet(self, ks, v);
      decref(ks);
    }
  };
  initViews();

  defMethods(T.dict, {
    get: (self, args, kw) => {
      argRange('get', args, kw, 1, 2);
      const v = dictGet(self, args[0]) ?? args[1] ?? S.None;
      v.rc++;
      return v;
    },
    setdefault: (self, args, kw) => {
      argRange('setdefault', args, kw, 1, 2);
      // PyDict_SetDefault: one hash, one lookup, and a miss inserts with that hash
      const key = args[0];
      const h = primKey(key) !== undefined ? 0 : pyHash(key);
      let v = dictGetHashed(self, key, h);
      if (v === null) {
        v = args[1] ?? S.None;
        dictSet(self, key, v, h);
      }
      v.rc++;
      return v;
    },
    pop: (self, args, kw) => {
      argRange('pop', args, kw, 1, 2);
      // an empty dict does not hash the key (_PyDict_Pop)
      const v = (self.v as DictData).used === 0 ? null : dictPop(self, args[0]);
      if (v !== null) return v;
      if (args.length > 1) {
        args[1].rc++;
        return args[1];
      }
      raiseWith(T.KeyError, args[0]);
    },
    popitem: (self, args, kw) => {
      noArgs('popitem', args, kw);
      const r = dictPopLast(self);
      if (r === null) raise(T.KeyError, 'popitem(): dictionary is empty');
      return newTuple(r);
    },
    keys: (self, args, kw) => (noArgs('keys', args, kw), newView(T.dict_keys, self, 0)),
    values: (self, args, kw) => (noArgs('values', args, kw), newView(T.dict_values, self, 1)),
    items: (self, args, kw) => (noArgs('items', args, kw), newView(T.dict_items, self, 2)),
    update: (self, args, kwnames) => {
      const [pos, kw] = splitArgs(args, kwnames);
      if (pos.length > 1) raise(T.TypeError, `update expected at most 1 argument, got ${pos.length}`);
      if (pos.length === 1) dictUpdateArg(self, pos[0]);
      // dict_update_common: PyDict_Merge(self, kwds) of the keyword dict the call made (an
      // emptied dict then takes a clone of its table on 3.10+)
      const kwd = varargsCall.kwd;
      if (kw.size > 0 && kwd !== null) {
        dictMerge(self, kwd, true);
        S.None.rc++;
        return S.None;
      }
      for (const [k, v] of kw) {
        const ks = newStr(k);
        dictSet(self, ks, v);
        decref(ks);
      }
      S.None.rc++;
      return S.None;
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      dictClear(self);
      S.None.rc++;
      return S.None;
    },
    copy: (self, args, kw) => {
      noArgs('copy', args, kw);
      return dictCopy(self);
    },
    __contains__: (self, args, kw) => newBool(dictContains(self, oneArg('__contains__', args, kw))),
    __getitem__: (self, args, kw) => dictGetItem(self, oneArg('__getitem__', args, kw)),
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newIntSsize((self.t.v as TypeInfo).sizeof(self))),
    __reversed__: (self, args, kw) => (noArgs('__reversed__', args, kw), dictIterHooks.reversed[0](self)),
  });
  defClassMethods(T.dict, {
    fromkeys: (cls, args, kw) => {
      argRange('fromkeys', args, kw, 1, 2);
      const d = call(cls, []);
      const v = args[1] ?? S.None;
      const src = args[0];
      // _PyDict_FromKeys: an exact dict made from an exact dict, set or frozenset is resized once
      // to estimate_keysize(len) (3.10-3.12 round 1..4 keys up to 16 slots), then filled in the
      // source's order; the table is str-only (3.11+) when the source dict's is (Py_EMPTY_KEYS is)
      if (d.t === T.dict && (d.v as DictData).used === 0 && (src.t === T.dict || src.t === T.set || src.t === T.frozenset)) {
        const keys: [PyObject, Hash | undefined][] = src.t === T.dict ? dictEntriesHashed(src).map(([k, , h]) => [k, h]) : setEntriesHashed(src);
        const sd = src.v as DictData;
        dictPresizeFor(d, keys.length, src.t === T.dict && (sd.log2 === 0 || sd.unicode));
        for (const [k, h] of keys) dictSet(d, k, v, h);
        return d;
      }
      const it = getIter(src);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === null) break;
          try {
            if (d.t === T.dict) dictSet(d, k, v);
            else {
              const f = (d.t.v as TypeInfo).setitem as NonNullable<TypeInfo['setitem']>;
              f(d, k, v);
            }
          } finally {
            decref(k);
          }
        }
      } finally {
        decref(it);
      }
      return d;
    },
  });
}

/** PyDict_Copy: a clean combined dict is cloned with the same table; otherwise dict_merge. */
export function dictCopy(d: PyObject): PyObject {
  const src = d.v as DictData;
  if (src.split !== null && src.used > 0) return dictCopySplit(d);
  const r = newDict();
  if (src.used === 0) return r;
  // fast copy: an exact dict (3.10+: any dict whose type keeps dict's __iter__) with at most a
  // third of its entries deleted
  const plain = P.minor >= 10 ? (d.t.v as TypeInfo).iter === (T.dict.v as TypeInfo).iter : d.t === T.dict;
  if (src.split === null && plain && src.used >= Math.floor((src.ks.length * 2) / 3)) {
    dictCloneKeys(r, d);
    return r;
  }
  dictMerge(r, d, true);
  return r;
}

let dictSubtypeAlloc: (type: PyObject) => PyObject = () => newDict();
export function setDictSubtypeAlloc(f: (type: PyObject) => PyObject): void {
  dictSubtypeAlloc = f;
}

export function bindDictHooks(): void {
  dictHooks.hash = pyHash;
  dictHooks.eq = storedKeyEq;
  dictHooks.keyError = (k) => raiseWith(T.KeyError, k);
  // A key inserted by name (a global, an attribute, a class member) is the interned identifier
  // CPython's code uses (co_names, or setattr's PyUnicode_InternInPlace), not a new str.
  dictHooks.strObj = (s) => internStr(s, P.interning !== 'mortal');
  void primKey;
  void latin1Char;
  void listAppendSteal;
  void pyContains;
  void typeName;
}
