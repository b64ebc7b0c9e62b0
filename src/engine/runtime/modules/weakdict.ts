// weakref.WeakValueDictionary and weakref.KeyedRef. In CPython both are Python classes
// (Lib/weakref.py; the iteration guard is Lib/_weakrefset.py's _IterationGuard). Here the class is
// a heap class whose methods are builtins doing what that code does, operation for operation, on
// the same objects: the instance's `_remove` (a stand-in for the `remove` function, holding the
// same weak reference to the dictionary), `_pending_removals` list, `_iterating` set and `data`
// dict, whose values are KeyedRef objects with `_remove` as their callback, created, replaced and
// deleted in CPython's order. keys()/values()/items() (generators in CPython) are stand-in
// iterators that hold what the generator's frame holds while suspended (the current key, the
// KeyedRef, the value, the dict's item iterator and the _IterationGuard in `_iterating`).
// What the Python frames, argument tuples and temporaries do to the collector's counts is not
// reproduced: every call marks gc.get_count() unknown until the next full collection.
import { PyObject, F_GC } from '../object';
import { P, R, T, PyErr, NotSimulated, ST, constRefsUnknown, decref, incref, xdecref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack } from '../core';
import type { TypeInfo } from '../types';
import { typeName, newBuiltinType, isSubtype } from '../types';
import { raise } from '../exc';
import {
  S, call, genericGetAttr, getAttr, getAttrOpt, setAttr, getItem, setItem, delItem, truthy, len as pyLen, callMethod, getIter, iterNext, idOf, contains as pyContains, repr as pyRepr,
} from '../abstract';
import { dictSetStr, dictGetStr, newDict } from '../dict';
import { newStr } from '../str';
import { newInt } from '../numbers';
import { newTuple } from '../tuple';
import { newList } from '../list';
import { newSet, setAdd, setDiscard } from '../set';
import { typeNew, fixupSlots } from '../classes';
import { defMethods, pythonStandIns, type MethodFn } from '../methods';
import { StandIn, newStandIn, newStandInType, markStandInClass, framedMethods, inStdlibFrame, resetStandInClasses, type StandInKind } from '../standin';
import { bindPy, type PySig } from '../pysig';
import { pythonLevelCall } from './registry';
import { WeakrefData, newRefOfType, initWeakrefType } from '../weakrefs';

let keyedRefType: PyObject = undefined as unknown as PyObject;
let wvdType: PyObject = undefined as unknown as PyObject;
let wkdType: PyObject = undefined as unknown as PyObject;
let wsType: PyObject = undefined as unknown as PyObject;
let guardType: PyObject = undefined as unknown as PyObject;
let iterType: PyObject = undefined as unknown as PyObject;
/** the type of the `_remove` functions (stand-ins, see standin.ts) */
let removeType: PyObject = undefined as unknown as PyObject;
const REMOVE_KIND: StandInKind = { module: 'weakref' };
/** the weakref module's dict (the globals of the frames) */
let weakrefDict: PyObject = undefined as unknown as PyObject;
/** The `_remove` stand-ins made so far (a collection that frees one frees CPython's function,
 * its defaults tuple and weak reference, which are not counted alike here). */
let removers: { fn: PyObject; cls: string }[] = [];

const WHY = 'WeakValueDictionary is Python code in CPython (Lib/weakref.py), whose frames and temporary objects HeapLens does not reproduce';

function enter(what: string): void {
  pythonLevelCall(`WeakValueDictionary.${what}()`, WHY);
}

const WHY_WKD = 'WeakKeyDictionary is Python code in CPython (Lib/weakref.py), whose frames and temporary objects HeapLens does not reproduce';
const WHY_WS = 'WeakSet is Python code in CPython (Lib/_weakrefset.py), whose frames and temporary objects HeapLens does not reproduce';

function whyOf(owner: PyObject): string {
  return owner.t === wkdType ? WHY_WKD : owner.t === wsType ? WHY_WS : WHY;
}

function sig(name: string, params: string[], posonly: number, ndefaults: number, extra: Partial<PySig> = {}): PySig {
  return { name, qualname: `WeakValueDictionary.${name}`, params, posonly, ndefaults, ...extra };
}

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

function isKeyError(e: unknown): e is PyErr {
  return e instanceof PyErr && (e.exc.t === T.KeyError || isSubtype(e.exc.t, T.KeyError));
}

// ---------------------------------------------------------------- KeyedRef

class KeyedRefData extends WeakrefData {
  key: PyObject | null = null;
}

/** KeyedRef(ob, callback, key): ref.__new__(type, ob, callback), then self.key = key. */
function newKeyedRef(ob: PyObject, callback: PyObject, key: PyObject): PyObject {
  const r = newRefOfType(keyedRefType, ob, callback, 8);
  const wd = r.v as WeakrefData;
  const kd = new KeyedRefData(wd.referent, wd.callback);
  r.v = kd;
  key.rc++;
  kd.key = key;
  return r;
}

function initKeyedRefType(ti: TypeInfo): void {
  initWeakrefType(ti);
  const base = T.weakref.v as TypeInfo;
  ti.basicsize = () => base.basicsize() + 8;
  ti.basetype = true;
  ti.new = (_t, args, kw) => {
    if (kw && kw.length) throw new NotSimulated('KeyedRef() with keyword arguments', ST.line);
    if (args.length !== 3) throw new NotSimulated(`KeyedRef() with ${args.length} arguments`, ST.line);
    return newKeyedRef(args[0], args[1], args[2]);
  };
  ti.init = () => {};
  const refDealloc = base.dealloc;
  // subtype_dealloc: the __slots__ member first, then weakref_dealloc
  ti.dealloc = (r) => {
    const kd = r.v as KeyedRefData;
    const k = kd.key;
    kd.key = null;
    xdecref(k);
    refDealloc(r);
  };
  const refTraverse = base.traverse;
  ti.traverse = (r, visit) => {
    const kd = r.v as KeyedRefData | null;
    if (kd && kd.key) visit(kd.key);
    if (refTraverse) refTraverse(r, visit);
  };
  ti.getattr = (r, name) => {
    if (name === 'key') {
      const k = (r.v as KeyedRefData).key;
      if (k === null) raise(T.AttributeError, 'key');
      return incref(k);
    }
    return genericGetAttr(r, name);
  };
}

// ---------------------------------------------------------------- the dictionary's parts

function attr(self: PyObject, name: string): PyObject {
  return getAttr(self, name);
}

/** _remove_dead_weakref(d, key): delete d[key] if its value is a dead weak reference. */
function removeDeadWeakref(d: PyObject, key: PyObject): void {
  let v: PyObject;
  try {
    v = getItem(d, key);
  } catch (e) {
    if (isKeyError(e)) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  const dead = (v.v as WeakrefData).referent === null;
  decref(v);
  if (dead) delItem(d, key);
}

/** A dead key's removal: WeakSet's `data.discard(item)`; WeakKeyDictionary's `del d[key]`, whose
 * KeyError 3.8 lets out (from the callback: an "Exception ignored" report) and 3.9+ ignore. */
function dropKey(d: PyObject, key: PyObject, ws: boolean): void {
  if (ws) {
    decref(callMethod(d, 'discard', [key]));
    return;
  }
  try {
    delItem(d, key);
  } catch (e) {
    if (P.minor < 9 || !isKeyError(e)) throw e;
    decref(e.exc);
  }
}

/** _commit_removals: pop each pending key (last first) and remove its entry if still dead
 * (WeakKeyDictionary: `del d[key]`, a KeyError ignored from 3.9 on; WeakSet: `discard(item)`). */
function commitRemovals(self: PyObject): void {
  if (self.t === wkdType || self.t === wsType) {
    const ws = self.t === wsType;
    const l = attr(self, '_pending_removals');
    const d = attr(self, 'data');
    try {
      while (pyLen(l) > 0) {
        const key = callMethod(l, 'pop', []);
        try {
          dropKey(d, key, ws);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(d);
      decref(l);
    }
    return;
  }
  const l = attr(self, '_pending_removals');
  const d = attr(self, 'data');
  try {
    while (pyLen(l) > 0) {
      const key = callMethod(l, 'pop', []);
      try {
        removeDeadWeakref(d, key);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(d);
    decref(l);
  }
}

/** `if self._pending_removals: self._commit_removals()` */
function commitIfPending(self: PyObject): void {
  const l = attr(self, '_pending_removals');
  const pending = truthy(l);
  decref(l);
  if (pending) commitRemovals(self);
}

/** The removal callbacks' body: `if self._iterating: self._pending_removals.append(key)`, else
 * `drop(self.data, key)`. */
function pendOrDrop(self: PyObject, key: PyObject, drop: (d: PyObject, key: PyObject) => void): void {
  const it = attr(self, '_iterating');
  const iterating = truthy(it);
  decref(it);
  if (iterating) {
    const l = attr(self, '_pending_removals');
    try {
      decref(callMethod(l, 'append', [key]));
    } finally {
      decref(l);
    }
  } else {
    const d = attr(self, 'data');
    try {
      drop(d, key);
    } finally {
      decref(d);
    }
  }
}

/** `remove(wr, selfref=ref(self))`, the callback of every KeyedRef of the dictionary. */
function removeCallback(selfref: PyObject, args: PyObject[]): PyObject {
  pythonLevelCall('the WeakValueDictionary entry removal callback', WHY);
  const wr = args[0];
  const self = selfref.v !== null ? (selfref.v as WeakrefData).referent : null;
  if (self === null) return none();
  self.rc++;
  try {
    const key = getAttr(wr, 'key');
    try {
      pendOrDrop(self, key, removeDeadWeakref);
    } finally {
      decref(key);
    }
  } finally {
    decref(self);
  }
  return none();
}

/** d[key] = KeyedRef(o, self._remove, key) */
function storeEntry(self: PyObject, d: PyObject, key: PyObject, o: PyObject): void {
  const rm = attr(self, '_remove');
  let kr: PyObject;
  try {
    kr = newKeyedRef(o, rm, key);
  } finally {
    decref(rm);
  }
  try {
    setItem(d, key, kr);
  } finally {
    decref(kr);
  }
}

/** self.data[key]() (KeyError propagates) */
function lookup(self: PyObject, key: PyObject): PyObject {
  const d = attr(self, 'data');
  let wr: PyObject;
  try {
    wr = getItem(d, key);
  } finally {
    decref(d);
  }
  try {
    return call(wr, []);
  } finally {
    decref(wr);
  }
}

function raiseKeyError(key: PyObject): never {
  const e = call(T.KeyError, [key]);
  throw new PyErr(e);
}

/** `if not hasattr(other, "items"): other = dict(other)`, then `for k, v in other.items(): body(k, v)`
 * (an item that is not a pair stops, naming `what`). */
function forEachMappingItem(other: PyObject, what: string, body: (k: PyObject, v: PyObject) => void): void {
  let src = other;
  const items = getAttrOpt(other, 'items');
  if (items === null) src = call(T.dict, [other]);
  else decref(items);
  try {
    const view = callMethod(src, 'items', []);
    try {
      const it = getIter(view);
      try {
        for (;;) {
          const pair = iterNext(it);
          if (pair === null) break;
          try {
            if (pair.t !== T.tuple || (pair.v as PyObject[]).length !== 2) throw new NotSimulated(`${what} from items() that are not pairs`, ST.line);
            const [k, v] = pair.v as PyObject[];
            body(k, v);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(it);
      }
    } finally {
      decref(view);
    }
  } finally {
    if (src !== other) decref(src);
  }
}

function update(self: PyObject, other: PyObject | null, kw: [string, PyObject][]): void {
  commitIfPending(self);
  const d = attr(self, 'data');
  try {
    if (other !== null && other !== S.None) forEachMappingItem(other, 'WeakValueDictionary.update()', (k, o) => storeEntry(self, d, k, o));
    for (const [name, o] of kw) {
      const k = newStr(name);
      try {
        storeEntry(self, d, k, o);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(d);
  }
}

// ---------------------------------------------------------------- iteration

const K_KEYS = 0, K_VALUES = 1, K_ITEMS = 2, K_WK_KEYS = 3, K_WK_VALUES = 4, K_WK_ITEMS = 5, K_WS = 6;

interface IterState {
  owner: PyObject;
  kind: number;
  started: boolean;
  done: boolean;
  guard: PyObject | null;
  it: PyObject | null;
  /** the generator's locals: k, wr and v/obj */
  k: PyObject | null;
  wr: PyObject | null;
  v: PyObject | null;
}

function newWvdIter(owner: PyObject, kind: number): PyObject {
  owner.rc++;
  const st: IterState = { owner, kind, started: false, done: false, guard: null, it: null, k: null, wr: null, v: null };
  const o = new PyObject(iterType, st, null, F_GC);
  pythonStandIns.add(st);
  allocBlock(o, P.minor >= 11 ? 64 : 96);
  gcAllocHook();
  gcTrack(o);
  return o;
}

/** _IterationGuard(self).__enter__(): w._iterating.add(guard) */
function guardEnter(st: IterState): void {
  const g = call(guardType, []);
  st.guard = g;
  const ref = newRefOfType(T.weakref, st.owner, null);
  try {
    setAttr(g, 'weakcontainer', ref);
  } finally {
    decref(ref);
  }
  const s = attr(st.owner, '_iterating');
  try {
    setAdd(s, g);
  } finally {
    decref(s);
  }
}

/** __exit__: s.remove(guard); if not s: w._commit_removals() */
function guardExit(st: IterState): void {
  const g = st.guard;
  if (g === null) return;
  const wc = getAttr(g, 'weakcontainer');
  const w = call(wc, []);
  decref(wc);
  try {
    if (w !== S.None) {
      const s = attr(w, '_iterating');
      try {
        if (!setDiscard(s, g)) raiseKeyError(g);
        if (!truthy(s)) commitRemovals(w);
      } finally {
        decref(s);
      }
    }
  } finally {
    decref(w);
  }
  st.guard = null;
  decref(g);
}

/** The generator returns (or is closed): the item iterator goes, the guard exits, the frame's
 * locals are released. */
function finish(st: IterState): void {
  if (st.done) return;
  st.done = true;
  if (st.it !== null) {
    const it = st.it;
    st.it = null;
    decref(it);
  }
  guardExit(st);
  // the frame's locals in their order (WeakValueDictionary: self k wr v; the others: self wr
  // value key)
  const locals = st.kind <= K_ITEMS ? [st.owner, st.k, st.wr, st.v] : [st.owner, st.wr, st.v, st.k];
  st.k = st.wr = st.v = null;
  for (const x of locals) xdecref(x);
}

function setLocal(st: IterState, name: 'k' | 'wr' | 'v', x: PyObject): void {
  const old = st[name];
  st[name] = x;
  xdecref(old);
}

/** The generator's name for the messages: `WeakValueDictionary.keys` ... */
const ITER_NAMES = ['WeakValueDictionary.keys', 'WeakValueDictionary.values', 'WeakValueDictionary.items', 'WeakKeyDictionary.keys', 'WeakKeyDictionary.values', 'WeakKeyDictionary.items', 'WeakSet.__iter__'];

/** Where the generator's `for` loop takes its items: `self.data.items()` / `.values()`, or
 * `self.data` itself (WeakKeyDictionary.keys, WeakSet.__iter__). */
function dataIterator(st: IterState): PyObject {
  const d = attr(st.owner, 'data');
  try {
    if (st.kind === K_WK_KEYS || st.kind === K_WS) return getIter(d);
    const view = callMethod(d, st.kind === K_VALUES ? 'values' : 'items', []);
    try {
      return getIter(view);
    } finally {
      decref(view);
    }
  } finally {
    decref(d);
  }
}

/** Unpack an item pair into the frame's locals `a` then `b` (STORE_FAST order). */
function unpack(st: IterState, x: PyObject, a: 'k' | 'wr' | 'v', b: 'k' | 'wr' | 'v'): void {
  const [p, q] = x.v as PyObject[];
  p.rc++;
  q.rc++;
  decref(x);
  setLocal(st, a, p);
  setLocal(st, b, q);
}

/** The generator's next step; an exception leaving it finishes it as it propagates (the `for`
 * loop's iterator popped, the `with` block's __exit__, the frame's locals), as CPython's does. */
function iterNextItem(o: PyObject): PyObject | null {
  const st = o.v as IterState;
  try {
    return iterStep(o);
  } catch (e) {
    if (e instanceof PyErr && st.started && !st.done) finish(st);
    throw e;
  }
}

function iterStep(o: PyObject): PyObject | null {
  const st = o.v as IterState;
  if (st.done) return null;
  const name = ITER_NAMES[st.kind];
  pythonLevelCall(`${name}()`, whyOf(st.owner));
  if (!st.started) {
    st.started = true;
    // WeakValueDictionary's generators commit pending removals before entering the guard
    if (st.kind <= K_ITEMS) commitIfPending(st.owner);
    guardEnter(st);
    st.it = dataIterator(st);
  }
  for (;;) {
    const x = iterNext(st.it as PyObject);
    if (x === null) {
      finish(st);
      return null;
    }
    switch (st.kind) {
      case K_KEYS:
      case K_VALUES:
      case K_ITEMS: {
        // for k, wr in self.data.items(): v = wr()  (values(): for wr in self.data.values())
        if (st.kind === K_VALUES) setLocal(st, 'wr', x);
        else unpack(st, x, 'k', 'wr');
        const v = call(st.wr as PyObject, []);
        if (st.kind === K_KEYS) {
          const alive = v !== S.None;
          decref(v);
          if (alive) return incref(st.k as PyObject);
          continue;
        }
        setLocal(st, 'v', v);
        if (v === S.None) continue;
        if (st.kind === K_VALUES) return incref(v);
        return newTuple([incref(st.k as PyObject), incref(v)]);
      }
      case K_WK_KEYS:
      case K_WS: {
        // for wr in self.data: obj = wr(); if obj is not None: yield obj
        setLocal(st, 'wr', x);
        const obj = call(x, []);
        setLocal(st, 'k', obj);
        if (obj === S.None) continue;
        return incref(obj);
      }
      case K_WK_VALUES: {
        // for wr, value in self.data.items(): if wr() is not None: yield value
        unpack(st, x, 'wr', 'v');
        const k = call(st.wr as PyObject, []);
        const alive = k !== S.None;
        decref(k);
        if (alive) return incref(st.v as PyObject);
        continue;
      }
      default: {
        // for wr, value in self.data.items(): key = wr(); if key is not None: yield key, value
        unpack(st, x, 'wr', 'v');
        const key = call(st.wr as PyObject, []);
        setLocal(st, 'k', key);
        if (key === S.None) continue;
        return newTuple([incref(key), incref(st.v as PyObject)]);
      }
    }
  }
}

function initIterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basetype = false;
  ti.iter = (o) => incref(o);
  // a generator's resumption runs its frame (an exception leaving it has weakref.py's line in
  // its traceback, which printing stops)
  ti.next = (o) => {
    const st = o.v as IterState;
    if (st.done) return null;
    return inStdlibFrame(st.kind === K_WS ? '_weakrefset' : 'weakref', ITER_NAMES[st.kind], weakrefDict, [], () => iterNextItem(o) as PyObject) as PyObject | null;
  };
  ti.traverse = (o, visit) => {
    const st = o.v as IterState | null;
    if (st === null) return;
    for (const x of [st.owner, st.guard, st.it, st.k, st.wr, st.v]) if (x !== null && !st.done) visit(x);
  };
  ti.dealloc = (o) => {
    gcUntrack(o);
    const st = o.v as IterState;
    // gen_dealloc closes a started generator: GeneratorExit at the yield leaves the `with`
    if (st.started) finish(st);
    else decref(st.owner);
    o.v = null;
    freeBlock(o, P.minor >= 11 ? 64 : 96);
    gcCountFree();
  };
  ti.getattr = (o) => {
    throw new NotSimulated('the attributes of a WeakValueDictionary iterator (a generator in CPython)', ST.line);
  };
  ti.repr = () => {
    throw new NotSimulated('the repr of a WeakValueDictionary iterator (a generator in CPython)', ST.line);
  };
  // the block HeapLens allocates (what the tracer shows); sys.getsizeof stops (isWvdIterator)
  ti.sizeof = () => (P.minor >= 11 ? 64 : 96) - 16;
}

// ---------------------------------------------------------------- the class

function methods(): Record<string, MethodFn> {
  const m: Record<string, MethodFn> = {
    __init__: (self, args, kw) => {
      const b = bindPy(sig('__init__', ['self', 'other'], 2, 1, { varkw: true }), [self, ...args], kw);
      enter('__init__');
      // def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref): ...
      const selfref = newRefOfType(T.weakref, self, null);
      const rm = newStandIn(removeType, new StandIn(REMOVE_KIND, 'weakref', 'remove', 'WeakValueDictionary.__init__.<locals>.remove', (si, a) => inStdlibFrame('weakref', 'WeakValueDictionary.__init__.<locals>.remove', weakrefDict, a, () => removeCallback(si.held[0], a)), [selfref]));
      removers.push({ fn: rm, cls: 'WeakValueDictionary' });
      const init: [string, PyObject][] = [['_remove', rm], ['_pending_removals', newList([])], ['_iterating', newSet()], ['data', newDict()]];
      for (const [name, v] of init) {
        try {
          setAttr(self, name, v);
        } finally {
          decref(v);
        }
      }
      // self.update(other, **kw)
      const other = b.args[1] ?? emptyTuple();
      try {
        const up = getAttr(self, 'update');
        try {
          decref(call(up, [other, ...b.kw.map(([, v]) => v)], b.kw.length > 0 ? b.kw.map(([k]) => k) : null));
        } finally {
          decref(up);
        }
      } finally {
        if (b.args[1] === null) decref(other);
      }
      return none();
    },
    update: (self, args, kw) => {
      const b = bindPy(sig('update', ['self', 'other'], 2, 1, { varkw: true }), [self, ...args], kw);
      enter('update');
      update(self, b.args[1], b.kw);
      return none();
    },
    __getitem__: (self, args, kw) => {
      const b = bindPy(sig('__getitem__', ['self', 'key'], 0, 0), [self, ...args], kw);
      enter('__getitem__');
      commitIfPending(self);
      const key = b.args[1] as PyObject;
      const o = lookup(self, key);
      if (o === S.None) {
        decref(o);
        raiseKeyError(key);
      }
      return o;
    },
    __setitem__: (self, args, kw) => {
      const b = bindPy(sig('__setitem__', ['self', 'key', 'value'], 0, 0), [self, ...args], kw);
      enter('__setitem__');
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        storeEntry(self, d, b.args[1] as PyObject, b.args[2] as PyObject);
      } finally {
        decref(d);
      }
      return none();
    },
    __delitem__: (self, args, kw) => {
      const b = bindPy(sig('__delitem__', ['self', 'key'], 0, 0), [self, ...args], kw);
      enter('__delitem__');
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        delItem(d, b.args[1] as PyObject);
      } finally {
        decref(d);
      }
      return none();
    },
    __len__: (self, args, kw) => {
      bindPy(sig('__len__', ['self'], 0, 0), [self, ...args], kw);
      enter('__len__');
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        return newInt(pyLen(d));
      } finally {
        decref(d);
      }
    },
    __contains__: (self, args, kw) => {
      const b = bindPy(sig('__contains__', ['self', 'key'], 0, 0), [self, ...args], kw);
      enter('__contains__');
      commitIfPending(self);
      let o: PyObject;
      try {
        o = lookup(self, b.args[1] as PyObject);
      } catch (e) {
        if (isKeyError(e)) {
          decref(e.exc);
          return incref(S.False);
        }
        throw e;
      }
      const r = o !== S.None ? S.True : S.False;
      decref(o);
      return incref(r);
    },
    __repr__: (self, args, kw) => {
      bindPy(sig('__repr__', ['self'], 0, 0), [self, ...args], kw);
      enter('__repr__');
      const cls = getAttr(self, '__class__');
      try {
        const name = getAttr(cls, '__name__');
        try {
          return newStr(`<${name.v as string} at 0x${idOf(self).toString(16)}>`);
        } finally {
          decref(name);
        }
      } finally {
        decref(cls);
      }
    },
    get: (self, args, kw) => {
      const b = bindPy(sig('get', ['self', 'key', 'default'], 0, 1), [self, ...args], kw);
      enter('get');
      commitIfPending(self);
      const dflt = b.args[2] ?? S.None;
      const d = attr(self, 'data');
      let wr: PyObject;
      try {
        wr = getItem(d, b.args[1] as PyObject);
      } catch (e) {
        if (isKeyError(e)) {
          decref(e.exc);
          return incref(dflt);
        }
        throw e;
      } finally {
        decref(d);
      }
      let o: PyObject;
      try {
        o = call(wr, []);
      } finally {
        decref(wr);
      }
      if (o === S.None) {
        decref(o);
        return incref(dflt);
      }
      return o;
    },
    pop: (self, args, kw) => {
      const b = bindPy(sig('pop', ['self', 'key'], 0, 0, { varargs: true }), [self, ...args], kw);
      enter('pop');
      commitIfPending(self);
      const key = b.args[1] as PyObject;
      let o: PyObject;
      try {
        const d = attr(self, 'data');
        let wr: PyObject;
        try {
          wr = callMethod(d, 'pop', [key]);
        } finally {
          decref(d);
        }
        try {
          o = call(wr, []);
        } finally {
          decref(wr);
        }
      } catch (e) {
        if (!isKeyError(e)) throw e;
        decref(e.exc);
        o = incref(S.None);
      }
      if (o === S.None) {
        decref(o);
        if (b.rest.length > 0) return incref(b.rest[0]);
        raiseKeyError(key);
      }
      return o;
    },
    setdefault: (self, args, kw) => {
      const b = bindPy(sig('setdefault', ['self', 'key', 'default'], 0, 1), [self, ...args], kw);
      enter('setdefault');
      const key = b.args[1] as PyObject;
      const dflt = b.args[2] ?? S.None;
      let o: PyObject;
      try {
        o = lookup(self, key);
      } catch (e) {
        if (!isKeyError(e)) throw e;
        decref(e.exc);
        o = incref(S.None);
      }
      if (o !== S.None) return o;
      decref(o);
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        storeEntry(self, d, key, dflt);
      } finally {
        decref(d);
      }
      return incref(dflt);
    },
    valuerefs: (self, args, kw) => {
      bindPy(sig('valuerefs', ['self'], 0, 0), [self, ...args], kw);
      enter('valuerefs');
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        const vals = callMethod(d, 'values', []);
        try {
          return call(T.list, [vals]);
        } finally {
          decref(vals);
        }
      } finally {
        decref(d);
      }
    },
    keys: (self, args, kw) => {
      bindPy(sig('keys', ['self'], 0, 0), [self, ...args], kw);
      enter('keys');
      return newWvdIter(self, K_KEYS);
    },
    values: (self, args, kw) => {
      bindPy(sig('values', ['self'], 0, 0), [self, ...args], kw);
      enter('values');
      return newWvdIter(self, K_VALUES);
    },
    items: (self, args, kw) => {
      bindPy(sig('items', ['self'], 0, 0), [self, ...args], kw);
      enter('items');
      return newWvdIter(self, K_ITEMS);
    },
  };
  m.__iter__ = m.keys;
  // the rest of the class (and of MutableMapping's mixin methods) stops
  // (the | operators are new in 3.9: 3.8's class does not have them)
  const stops = ['copy', '__copy__', '__deepcopy__', 'itervaluerefs', 'popitem', 'clear', '__eq__', '__ne__', '_commit_removals'];
  if (P.minor >= 9) stops.push('__or__', '__ror__', '__ior__');
  for (const name of stops) {
    m[name] = () => {
      throw new NotSimulated(`WeakValueDictionary.${name}()`, ST.line);
    };
  }
  return m;
}


// ---------------------------------------------------------------- WeakKeyDictionary and WeakSet

function wsig(cls: string, name: string, params: string[], posonly: number, ndefaults: number, extra: Partial<PySig> = {}): PySig {
  return { name, qualname: `${cls}.${name}`, params, posonly, ndefaults, ...extra };
}

/** `def remove(k, selfref=ref(self))` / `def _remove(item, selfref=ref(self))`: the callback of
 * every weak reference the container holds. */
function keyRemoveCallback(selfref: PyObject, args: PyObject[], ws: boolean): PyObject {
  pythonLevelCall(`the ${ws ? 'WeakSet' : 'WeakKeyDictionary'} entry removal callback`, ws ? WHY_WS : WHY_WKD);
  const k = args[0];
  const self = selfref.v !== null ? (selfref.v as WeakrefData).referent : null;
  if (self === null) return none();
  self.rc++;
  try {
    pendOrDrop(self, k, (d, key) => dropKey(d, key, ws));
  } finally {
    decref(self);
  }
  return none();
}

/** __init__'s first statements: `self.data = {}` (set()), the `_remove` closure, the
 * `_pending_removals` list, the `_iterating` set (and WeakKeyDictionary's `_dirty_len`). */
function initContainer(self: PyObject, ws: boolean): void {
  const cls = ws ? 'WeakSet' : 'WeakKeyDictionary';
  const data = ws ? newSet() : newDict();
  try {
    setAttr(self, 'data', data);
  } finally {
    decref(data);
  }
  const selfref = newRefOfType(T.weakref, self, null);
  const rm = newWeakrefFunction(ws ? '_weakrefset' : 'weakref', ws ? '_remove' : 'remove', `${cls}.__init__.<locals>.${ws ? '_remove' : 'remove'}`, cls, (held, a) => keyRemoveCallback(held[0], a, ws), [selfref]);
  const init: [string, PyObject][] = [['_remove', rm], ['_pending_removals', newList([])], ['_iterating', newSet()]];
  if (!ws) init.push(['_dirty_len', incref(S.False)]);
  for (const [name, v] of init) {
    try {
      setAttr(self, name, v);
    } finally {
      decref(v);
    }
  }
}

/** `ref(key)` (the shared callback-less reference) or `ref(key, self._remove)` (a new one). */
function refOf(self: PyObject, key: PyObject, withCallback: boolean): PyObject {
  if (!withCallback) return newRefOfType(T.weakref, key, null);
  const rm = attr(self, '_remove');
  try {
    return newRefOfType(T.weakref, key, rm);
  } finally {
    decref(rm);
  }
}

/** `self.data.<name>(ref(key[, self._remove]), *rest)` */
function dataCall(self: PyObject, name: string, key: PyObject, withCallback: boolean, rest: PyObject[] = []): PyObject {
  const d = attr(self, 'data');
  try {
    const r = refOf(self, key, withCallback);
    try {
      return callMethod(d, name, [r, ...rest]);
    } finally {
      decref(r);
    }
  } finally {
    decref(d);
  }
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && isSubtype(e.exc.t, T.TypeError);
}

/** `try: wr = ref(key) except TypeError: return False; return wr in self.data` */
function containsRef(self: PyObject, key: PyObject): PyObject {
  let wr: PyObject;
  try {
    wr = newRefOfType(T.weakref, key, null);
  } catch (e) {
    if (!isTypeError(e)) throw e;
    decref(e.exc);
    return incref(S.False);
  }
  try {
    const d = attr(self, 'data');
    try {
      return incref(pyContains(d, wr) ? S.True : S.False);
    } finally {
      decref(d);
    }
  } finally {
    decref(wr);
  }
}

function setDirtyLen(self: PyObject): void {
  setAttr(self, '_dirty_len', S.True);
}

/** WeakKeyDictionary.popitem's body. */
function wkdPopitem(self: PyObject): PyObject {
  setDirtyLen(self);
  const d = attr(self, 'data');
  try {
    for (;;) {
      const kv = callMethod(d, 'popitem', []);
      const [k, v] = kv.v as PyObject[];
      const o = call(k, []);
      if (o !== S.None) {
        const t = newTuple([o, incref(v)]);
        decref(kv);
        return t;
      }
      decref(o);
      decref(kv);
    }
  } finally {
    decref(d);
  }
}

/** WeakKeyDictionary.update(dict=None, /, **kwargs) */
function wkdUpdate(self: PyObject, other: PyObject | null, kw: [string, PyObject][]): void {
  pythonLevelCall('WeakKeyDictionary.update()', WHY_WKD);
  const d = attr(self, 'data');
  try {
    if (other !== null && other !== S.None) {
      forEachMappingItem(other, 'WeakKeyDictionary.update()', (k, v) => {
        // d[ref(key, self._remove)] = value
        const r = refOf(self, k, true);
        try {
          setItem(d, r, v);
        } finally {
          decref(r);
        }
      });
    }
  } finally {
    decref(d);
  }
  if (kw.length > 0) {
    // self.update(kwargs)
    const kwargs = newDict();
    try {
      for (const [name, v] of kw) dictSetStr(kwargs, name, v);
      wkdUpdate(self, kwargs, []);
    } finally {
      decref(kwargs);
    }
  }
}

/** `len(self.data) - len(self._pending_removals)` */
function liveLen(self: PyObject): PyObject {
  const d = attr(self, 'data');
  const l = attr(self, '_pending_removals');
  try {
    return newInt(pyLen(d) - pyLen(l));
  } finally {
    decref(l);
    decref(d);
  }
}

function wkdMethods(): Record<string, MethodFn> {
  const C = 'WeakKeyDictionary';
  const en = (what: string): void => pythonLevelCall(`${C}.${what}()`, WHY_WKD);
  const m: Record<string, MethodFn> = {
    __init__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__init__', ['self', 'dict'], 0, 1), [self, ...args], kw);
      en('__init__');
      initContainer(self, false);
      const other = b.args[1];
      if (other !== null && other !== S.None) wkdUpdate(self, other, []);
      return none();
    },
    update: (self, args, kw) => {
      const b = bindPy(wsig(C, 'update', ['self', 'dict'], 2, 1, { varkw: true }), [self, ...args], kw);
      wkdUpdate(self, b.args[1], b.kw);
      return none();
    },
    __delitem__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__delitem__', ['self', 'key'], 0, 0), [self, ...args], kw);
      en('__delitem__');
      setDirtyLen(self);
      const d = attr(self, 'data');
      try {
        const r = refOf(self, b.args[1] as PyObject, false);
        try {
          delItem(d, r);
        } finally {
          decref(r);
        }
      } finally {
        decref(d);
      }
      return none();
    },
    __getitem__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__getitem__', ['self', 'key'], 0, 0), [self, ...args], kw);
      en('__getitem__');
      const d = attr(self, 'data');
      try {
        const r = refOf(self, b.args[1] as PyObject, false);
        try {
          return getItem(d, r);
        } finally {
          decref(r);
        }
      } finally {
        decref(d);
      }
    },
    __setitem__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__setitem__', ['self', 'key', 'value'], 0, 0), [self, ...args], kw);
      en('__setitem__');
      const d = attr(self, 'data');
      try {
        const r = refOf(self, b.args[1] as PyObject, true);
        try {
          setItem(d, r, b.args[2] as PyObject);
        } finally {
          decref(r);
        }
      } finally {
        decref(d);
      }
      return none();
    },
    __len__: (self, args, kw) => {
      bindPy(wsig(C, '__len__', ['self'], 0, 0), [self, ...args], kw);
      en('__len__');
      const dirty = attr(self, '_dirty_len');
      const isDirty = truthy(dirty);
      decref(dirty);
      if (isDirty) {
        const l = attr(self, '_pending_removals');
        const pending = truthy(l);
        decref(l);
        if (pending) {
          // _scrub_removals: keep the pending keys still in the dict
          const d = attr(self, 'data');
          try {
            const old = attr(self, '_pending_removals');
            try {
              const kept = newList([]);
              try {
                for (const k of [...(old.v as PyObject[])]) if (pyContains(d, k)) decref(callMethod(kept, 'append', [k]));
                setAttr(self, '_pending_removals', kept);
              } finally {
                decref(kept);
              }
            } finally {
              decref(old);
            }
            setAttr(self, '_dirty_len', S.False);
          } finally {
            decref(d);
          }
        }
      }
      return liveLen(self);
    },
    __repr__: (self, args, kw) => {
      bindPy(wsig(C, '__repr__', ['self'], 0, 0), [self, ...args], kw);
      en('__repr__');
      return newStr(`<${C} at 0x${idOf(self).toString(16)}>`);
    },
    get: (self, args, kw) => {
      const b = bindPy(wsig(C, 'get', ['self', 'key', 'default'], 0, 1), [self, ...args], kw);
      en('get');
      return dataCall(self, 'get', b.args[1] as PyObject, false, [b.args[2] ?? S.None]);
    },
    __contains__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__contains__', ['self', 'key'], 0, 0), [self, ...args], kw);
      en('__contains__');
      return containsRef(self, b.args[1] as PyObject);
    },
    keys: (self, args, kw) => {
      bindPy(wsig(C, 'keys', ['self'], 0, 0), [self, ...args], kw);
      en('keys');
      return newWvdIter(self, K_WK_KEYS);
    },
    values: (self, args, kw) => {
      bindPy(wsig(C, 'values', ['self'], 0, 0), [self, ...args], kw);
      en('values');
      return newWvdIter(self, K_WK_VALUES);
    },
    items: (self, args, kw) => {
      bindPy(wsig(C, 'items', ['self'], 0, 0), [self, ...args], kw);
      en('items');
      return newWvdIter(self, K_WK_ITEMS);
    },
    keyrefs: (self, args, kw) => {
      bindPy(wsig(C, 'keyrefs', ['self'], 0, 0), [self, ...args], kw);
      en('keyrefs');
      const d = attr(self, 'data');
      try {
        return call(T.list, [d]);
      } finally {
        decref(d);
      }
    },
    pop: (self, args, kw) => {
      const b = bindPy(wsig(C, 'pop', ['self', 'key'], 0, 0, { varargs: true }), [self, ...args], kw);
      en('pop');
      setDirtyLen(self);
      return dataCall(self, 'pop', b.args[1] as PyObject, false, b.rest);
    },
    setdefault: (self, args, kw) => {
      const b = bindPy(wsig(C, 'setdefault', ['self', 'key', 'default'], 0, 1), [self, ...args], kw);
      en('setdefault');
      return dataCall(self, 'setdefault', b.args[1] as PyObject, true, [b.args[2] ?? S.None]);
    },
  };
  m.__iter__ = m.keys;
  // popitem(): `self._dirty_len = True`, then data.popitem() until a key whose referent lives
  m.popitem = (self, args, kw) => {
    bindPy(wsig(C, 'popitem', ['self'], 0, 0), [self, ...args], kw);
    en('popitem');
    return wkdPopitem(self);
  };
  // MutableMapping.clear(): popitem() until the KeyError
  m.clear = (self, args, kw) => {
    bindPy(wsig(C, 'clear', ['self'], 0, 0), [self, ...args], kw);
    pythonLevelCall('MutableMapping.clear()', WHY_WKD);
    for (;;) {
      let r: PyObject;
      try {
        r = wkdPopitem(self);
      } catch (e) {
        if (!(e instanceof PyErr && isSubtype(e.exc.t, T.KeyError))) throw e;
        decref(e.exc);
        break;
      }
      decref(r);
    }
    return none();
  };
  const stops = ['copy', '__copy__', '__deepcopy__', '__eq__', '__ne__', '_commit_removals', '_scrub_removals'];
  if (P.minor >= 9) stops.push('__or__', '__ror__', '__ior__');
  for (const name of stops) {
    m[name] = () => {
      throw new NotSimulated(`${C}.${name}()`, ST.line);
    };
  }
  return m;
}

/** WeakSet.add's body: commit pending removals, `self.data.add(ref(item, self._remove))`. */
function wsAdd(self: PyObject, item: PyObject): void {
  commitIfPending(self);
  decref(dataCall(self, 'add', item, true));
}

function wsMethods(): Record<string, MethodFn> {
  const C = 'WeakSet';
  const en = (what: string): void => pythonLevelCall(`${C}.${what}()`, WHY_WS);
  const wsUpdate = (self: PyObject, other: PyObject): void => {
    en('update');
    commitIfPending(self);
    const it = getIter(other);
    try {
      for (;;) {
        const x = iterNext(it);
        if (x === null) break;
        try {
          en('add');
          wsAdd(self, x);
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
  };
  const m: Record<string, MethodFn> = {
    __init__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__init__', ['self', 'data'], 0, 1), [self, ...args], kw);
      en('__init__');
      initContainer(self, true);
      const data = b.args[1];
      if (data !== null && data !== S.None) wsUpdate(self, data);
      return none();
    },
    __iter__: (self, args, kw) => {
      bindPy(wsig(C, '__iter__', ['self'], 0, 0), [self, ...args], kw);
      en('__iter__');
      return newWvdIter(self, K_WS);
    },
    __len__: (self, args, kw) => {
      bindPy(wsig(C, '__len__', ['self'], 0, 0), [self, ...args], kw);
      en('__len__');
      return liveLen(self);
    },
    __contains__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__contains__', ['self', 'item'], 0, 0), [self, ...args], kw);
      en('__contains__');
      return containsRef(self, b.args[1] as PyObject);
    },
    add: (self, args, kw) => {
      const b = bindPy(wsig(C, 'add', ['self', 'item'], 0, 0), [self, ...args], kw);
      en('add');
      wsAdd(self, b.args[1] as PyObject);
      return none();
    },
    clear: (self, args, kw) => {
      bindPy(wsig(C, 'clear', ['self'], 0, 0), [self, ...args], kw);
      en('clear');
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        decref(callMethod(d, 'clear', []));
      } finally {
        decref(d);
      }
      return none();
    },
    copy: (self, args, kw) => {
      bindPy(wsig(C, 'copy', ['self'], 0, 0), [self, ...args], kw);
      en('copy');
      // self.__class__(self)
      const cls = getAttr(self, '__class__');
      try {
        return call(cls, [self]);
      } finally {
        decref(cls);
      }
    },
    pop: (self, args, kw) => {
      bindPy(wsig(C, 'pop', ['self'], 0, 0), [self, ...args], kw);
      en('pop');
      commitIfPending(self);
      const d = attr(self, 'data');
      try {
        for (;;) {
          let r: PyObject;
          try {
            r = callMethod(d, 'pop', []);
          } catch (e) {
            if (!isKeyError(e)) throw e;
            // raise KeyError('pop from empty WeakSet') from None
            decref(e.exc);
            const msg = newStr('pop from empty WeakSet');
            try {
              raiseKeyError(msg);
            } finally {
              decref(msg);
            }
          }
          const item = call(r, []);
          decref(r);
          if (item !== S.None) return item;
          decref(item);
        }
      } finally {
        decref(d);
      }
    },
    remove: (self, args, kw) => {
      const b = bindPy(wsig(C, 'remove', ['self', 'item'], 0, 0), [self, ...args], kw);
      en('remove');
      commitIfPending(self);
      decref(dataCall(self, 'remove', b.args[1] as PyObject, false));
      return none();
    },
    discard: (self, args, kw) => {
      const b = bindPy(wsig(C, 'discard', ['self', 'item'], 0, 0), [self, ...args], kw);
      en('discard');
      commitIfPending(self);
      decref(dataCall(self, 'discard', b.args[1] as PyObject, false));
      return none();
    },
    update: (self, args, kw) => {
      const b = bindPy(wsig(C, 'update', ['self', 'other'], 0, 0), [self, ...args], kw);
      wsUpdate(self, b.args[1] as PyObject);
      return none();
    },
    __ior__: (self, args, kw) => {
      const b = bindPy(wsig(C, '__ior__', ['self', 'other'], 0, 0), [self, ...args], kw);
      en('__ior__');
      wsUpdate(self, b.args[1] as PyObject);
      return incref(self);
    },
    __repr__: (self, args, kw) => {
      bindPy(wsig(C, '__repr__', ['self'], 0, 0), [self, ...args], kw);
      en('__repr__');
      const d = attr(self, 'data');
      try {
        return pyRepr(d);
      } finally {
        decref(d);
      }
    },
  };
  const stops = ['_commit_removals', '__reduce__', 'difference', '__sub__', 'difference_update', '__isub__', 'intersection', '__and__', 'intersection_update', '__iand__',
    'issubset', '__le__', '__lt__', 'issuperset', '__ge__', '__gt__', '__eq__', 'symmetric_difference', '__xor__', 'symmetric_difference_update', '__ixor__', 'union', '__or__', 'isdisjoint'];
  for (const name of stops) {
    m[name] = () => {
      throw new NotSimulated(`${C}.${name}()`, ST.line);
    };
  }
  return m;
}

/** A heap class with builtin methods standing in for a Python class's functions. */
function standInClass(name: string, module: string, ms: Record<string, MethodFn>): PyObject {
  const t = heapClass(name, module, T.object);
  defMethods(t, ms);
  const d = (t.v as TypeInfo).dict;
  for (const n of Object.keys(ms)) {
    const f = dictGetStr(d, n);
    if (f !== null) pythonStandIns.add(f.v as object);
  }
  return t;
}

function emptyTuple(): PyObject {
  return newTuple([]);
}

function heapClass(name: string, module: string, base: PyObject): PyObject {
  const ns = newDict();
  try {
    const mod = newStr(module);
    dictSetStr(ns, '__module__', mod);
    decref(mod);
    const qn = newStr(name);
    dictSetStr(ns, '__qualname__', qn);
    decref(qn);
    return typeNew(T.type, name, [base], ns);
  } finally {
    decref(ns);
  }
}

/** A WeakValueDictionary iterator: sys.getsizeof of it stops (a generator in CPython, whose size
 * depends on its frame). */
export function isWvdIterator(o: PyObject): boolean {
  return o.t === iterType;
}

/** A function weakref's Python code defines (a callback), as a stand-in: `body(held, args)`, where
 * `held` is what its cells or defaults hold (owned). A collection that frees it stops
 * gc.collect()'s result (as for the containers' `_remove`), naming `cls`. */
export function newWeakrefFunction(module: string, name: string, qualname: string, cls: string, body: (held: PyObject[], args: PyObject[]) => PyObject, held: PyObject[]): PyObject {
  const f = newStandIn(removeType, new StandIn(REMOVE_KIND, module, name, qualname, (si, a) => inStdlibFrame(module, qualname, weakrefDict, a, () => body(si.held, a)), held));
  removers.push({ fn: f, cls });
  return f;
}

/** Before a collection: forget the stand-ins reference counting freed already. */
export function pruneFreedWeakFns(): void {
  removers = removers.filter((r) => r.fn.rc > 0);
}

/** After a collection: the class of a weak container whose `_remove` it freed (with the
 * container), or ''. */
export function wvdFreedByCollection(): string {
  const freed = removers.find((r) => r.fn.rc <= 0);
  removers = removers.filter((r) => r.fn.rc > 0);
  return freed === undefined ? '' : freed.cls;
}

export function installWeakValueDictionary(md: PyObject): void {
  removers = [];
  resetStandInClasses();
  weakrefDict = md;
  removeType = newStandInType(REMOVE_KIND);
  keyedRefType = newBuiltinType('weakref.KeyedRef', T.weakref, initKeyedRefType, 'weakref');
  const kti = keyedRefType.v as TypeInfo;
  kti.dict = newDict();
  // class KeyedRef(ref): __slots__ = "key", (a Python class in CPython: its __doc__, __new__,
  // __init__, dict and count are Python objects HeapLens's type does not have)
  const ks = newStr('key');
  const slots = newTuple([ks]);
  dictSetStr(kti.dict, '__slots__', slots);
  decref(slots);
  markStandInClass(keyedRefType, 'weakref.KeyedRef', null, ['__doc__', '__new__', '__init__']);
  constRefsUnknown.set(keyedRefType, "CPython's KeyedRef is a Python class whose slot descriptor and MRO hold references to it that HeapLens's type does not have");
  iterType = newBuiltinType('generator', T.object, initIterType, 'builtins');
  (iterType.v as TypeInfo).dict = newDict();
  (iterType.v as TypeInfo).disguise = { what: 'an iterator of a weakref container (a generator in CPython)', real: T.generator };
  guardType = heapClass('_IterationGuard', '_weakrefset', T.object);
  wvdType = heapClass('WeakValueDictionary', 'weakref', T.object);
  const ms = framedMethods('weakref', 'WeakValueDictionary', md, methods(), ['keys', 'values', 'items', '__iter__']);
  defMethods(wvdType, ms);
  const d = (wvdType.v as TypeInfo).dict;
  for (const n of Object.keys(ms)) {
    const m = dictGetStr(d, n);
    if (m !== null) pythonStandIns.add(m.v as object);
  }
  // Mapping defines __eq__: __hash__ = None
  dictSetStr(d, '__hash__', S.None);
  markStandInClass(wvdType, 'weakref.WeakValueDictionary', 'collections.abc.MutableMapping');
  fixupSlots(wvdType);
  wkdType = standInClass('WeakKeyDictionary', 'weakref', framedMethods('weakref', 'WeakKeyDictionary', md, wkdMethods(), ['keys', 'values', 'items', '__iter__']));
  dictSetStr((wkdType.v as TypeInfo).dict, '__hash__', S.None);
  markStandInClass(wkdType, 'weakref.WeakKeyDictionary', 'collections.abc.MutableMapping');
  fixupSlots(wkdType);
  wsType = standInClass('WeakSet', '_weakrefset', framedMethods('_weakrefset', 'WeakSet', md, wsMethods(), ['__iter__']));
  // WeakSet defines __eq__: __hash__ = None
  dictSetStr((wsType.v as TypeInfo).dict, '__hash__', S.None);
  markStandInClass(wsType, 'weakref.WeakSet', null, P.minor >= 9 ? ['__class_getitem__'] : []);
  fixupSlots(wsType);
  dictSetStr(md, 'KeyedRef', keyedRefType);
  dictSetStr(md, 'WeakValueDictionary', wvdType);
  decref(wvdType);
  dictSetStr(md, 'WeakKeyDictionary', wkdType);
  decref(wkdType);
  dictSetStr(md, 'WeakSet', wsType);
  // (the reference of the _weakrefset module's dict, a module HeapLens does not have, stays)
  if (P.minor === 11) {
    // this installation's 3.11 start-up (a site .pth file) imports threading, which keeps a
    // WeakSet (and its module a reference), and typing, which keeps a WeakKeyDictionary
    const why = "the interpreter's own references to the class depend on what its start-up imported (threading keeps a WeakSet, typing a WeakKeyDictionary)";
    constRefsUnknown.set(wsType, why);
    constRefsUnknown.set(wkdType, why);
  }
  void R;
  void typeName;
}
