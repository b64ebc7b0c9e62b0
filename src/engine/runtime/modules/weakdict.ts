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
import { P, R, T, PyErr, NotSimulated, ST, decref, incref, xdecref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack } from '../core';
import type { TypeInfo } from '../types';
import { typeName, newBuiltinType, isSubtype } from '../types';
import { raise } from '../exc';
import {
  S, call, genericGetAttr, getAttr, getAttrOpt, setAttr, getItem, setItem, delItem, truthy, len as pyLen, callMethod, getIter, iterNext, idOf,
} from '../abstract';
import { dictSetStr, dictGetStr, newDict } from '../dict';
import { newStr } from '../str';
import { newInt } from '../numbers';
import { newTuple } from '../tuple';
import { newList } from '../list';
import { newSet, setAdd, setDiscard } from '../set';
import { typeNew, fixupSlots } from '../classes';
import { defMethods, pythonStandIns, type MethodFn } from '../methods';
import { StandIn, newStandIn, newStandInType, markAbcClass, type StandInKind } from '../standin';
import { bindPy, type PySig } from '../pysig';
import { pythonLevelCall } from './registry';
import { WeakrefData, newRefOfType, initWeakrefType } from '../weakrefs';

let keyedRefType: PyObject = undefined as unknown as PyObject;
let wvdType: PyObject = undefined as unknown as PyObject;
let guardType: PyObject = undefined as unknown as PyObject;
let iterType: PyObject = undefined as unknown as PyObject;
/** the type of the `_remove` functions (stand-ins, see standin.ts) */
let removeType: PyObject = undefined as unknown as PyObject;
const REMOVE_KIND: StandInKind = { module: 'weakref' };
/** The `_remove` stand-ins made so far (a collection that frees one frees CPython's function,
 * its defaults tuple and weak reference, which are not counted alike here). */
let removers: PyObject[] = [];

const WHY = 'WeakValueDictionary is Python code in CPython (Lib/weakref.py), whose frames and temporary objects HeapLens does not reproduce';

function enter(what: string): void {
  pythonLevelCall(`WeakValueDictionary.${what}()`, WHY);
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

/** _commit_removals: pop each pending key (last first) and remove its entry if still dead. */
function commitRemovals(self: PyObject): void {
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

/** `remove(wr, selfref=ref(self))`, the callback of every KeyedRef of the dictionary. */
function removeCallback(selfref: PyObject, args: PyObject[]): PyObject {
  pythonLevelCall('the WeakValueDictionary entry removal callback', WHY);
  const wr = args[0];
  const self = selfref.v !== null ? (selfref.v as WeakrefData).referent : null;
  if (self === null) return none();
  self.rc++;
  try {
    const it = attr(self, '_iterating');
    const iterating = truthy(it);
    decref(it);
    const key = getAttr(wr, 'key');
    try {
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
          removeDeadWeakref(d, key);
        } finally {
          decref(d);
        }
      }
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

function update(self: PyObject, other: PyObject | null, kw: [string, PyObject][]): void {
  commitIfPending(self);
  const d = attr(self, 'data');
  try {
    if (other !== null && other !== S.None) {
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
                if (pair.t !== T.tuple || (pair.v as PyObject[]).length !== 2) throw new NotSimulated('WeakValueDictionary.update() from items() that are not pairs', ST.line);
                const [k, o] = pair.v as PyObject[];
                storeEntry(self, d, k, o);
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

const K_KEYS = 0, K_VALUES = 1, K_ITEMS = 2;

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
  const locals = [st.owner, st.k, st.wr, st.v];
  st.k = st.wr = st.v = null;
  for (const x of locals) xdecref(x);
}

function setLocal(st: IterState, name: 'k' | 'wr' | 'v', x: PyObject): void {
  const old = st[name];
  st[name] = x;
  xdecref(old);
}

function iterNextItem(o: PyObject): PyObject | null {
  const st = o.v as IterState;
  if (st.done) return null;
  enter(['keys', 'values', 'items'][st.kind]);
  if (!st.started) {
    st.started = true;
    commitIfPending(st.owner);
    guardEnter(st);
    const d = attr(st.owner, 'data');
    try {
      const view = callMethod(d, st.kind === K_VALUES ? 'values' : 'items', []);
      try {
        st.it = getIter(view);
      } finally {
        decref(view);
      }
    } finally {
      decref(d);
    }
  }
  for (;;) {
    const x = iterNext(st.it as PyObject);
    if (x === null) {
      finish(st);
      return null;
    }
    if (st.kind === K_VALUES) {
      setLocal(st, 'wr', x);
    } else {
      const [k, wr] = x.v as PyObject[];
      k.rc++;
      wr.rc++;
      decref(x);
      setLocal(st, 'k', k);
      setLocal(st, 'wr', wr);
    }
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
}

function initIterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basetype = false;
  ti.iter = (o) => incref(o);
  ti.next = iterNextItem;
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
      const rm = newStandIn(removeType, new StandIn(REMOVE_KIND, 'weakref', 'remove', 'WeakValueDictionary.__init__.<locals>.remove', (si, a) => removeCallback(si.held[0], a), [selfref]));
      removers.push(rm);
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
  for (const name of ['copy', '__copy__', '__deepcopy__', 'itervaluerefs', 'popitem', 'clear', '__or__', '__ror__', '__ior__', '__eq__', '__ne__', '_commit_removals']) {
    m[name] = () => {
      throw new NotSimulated(`WeakValueDictionary.${name}()`, ST.line);
    };
  }
  return m;
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

/** After a collection: did it free a WeakValueDictionary's `_remove` (with the dictionary)? */
export function wvdFreedByCollection(): boolean {
  const freed = removers.some((r) => r.rc <= 0);
  removers = removers.filter((r) => r.rc > 0);
  return freed;
}

export function installWeakValueDictionary(md: PyObject): void {
  removers = [];
  removeType = newStandInType(REMOVE_KIND);
  keyedRefType = newBuiltinType('weakref.KeyedRef', T.weakref, initKeyedRefType, 'weakref');
  const kti = keyedRefType.v as TypeInfo;
  kti.dict = newDict();
  iterType = newBuiltinType('generator', T.object, initIterType, 'builtins');
  (iterType.v as TypeInfo).dict = newDict();
  (iterType.v as TypeInfo).disguise = { what: 'a WeakValueDictionary iterator (a generator in CPython)', real: T.generator };
  guardType = heapClass('_IterationGuard', '_weakrefset', T.object);
  wvdType = heapClass('WeakValueDictionary', 'weakref', T.object);
  const ms = methods();
  defMethods(wvdType, ms);
  const d = (wvdType.v as TypeInfo).dict;
  for (const n of Object.keys(ms)) {
    const m = dictGetStr(d, n);
    if (m !== null) pythonStandIns.add(m.v as object);
  }
  // Mapping defines __eq__: __hash__ = None
  dictSetStr(d, '__hash__', S.None);
  markAbcClass(wvdType, 'weakref.WeakValueDictionary', 'collections.abc.MutableMapping');
  fixupSlots(wvdType);
  dictSetStr(md, 'KeyedRef', keyedRefType);
  dictSetStr(md, 'WeakValueDictionary', wvdType);
  decref(wvdType);
  void R;
  void typeName;
}
