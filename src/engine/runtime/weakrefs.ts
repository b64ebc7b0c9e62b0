// weakref.ref (Objects/weakrefobject.c): no strong reference to the referent; cleared (and
// callbacks run) when the referent dies. Per-referent lists keep CPython's order: basic
// callback-less refs first, then refs with callbacks, newest first.
import { PyObject, F_GC, F_WEAKREFS } from './object';
import { P, T, PyErr, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref } from './core';
import type { TypeInfo, Hash } from './types';
import { typeName, isSubtype } from './types';
import { raise } from './exc';
import { S, call, hash as pyHash, newBool, notImpl, reprJs, richCompareBool, idOf } from './abstract';
import { newStr } from './str';

export class WeakrefData {
  constructor(public referent: PyObject | null, public callback: PyObject | null) {}
  hash: Hash | null = null;
}

let lists = new Map<PyObject, PyObject[]>();
export function resetWeakrefState(): void {
  lists = new Map();
}

/** Does any live weak reference have a callback (something that runs when its object dies)? */
export function anyWeakrefCallbacks(): boolean {
  for (const list of lists.values()) for (const r of list) if ((r.v as WeakrefData).callback !== null) return true;
  return false;
}

export function weakrefCount(o: PyObject): number {
  return lists.get(o)?.length ?? 0;
}

const NONE: PyObject[] = [];
export function weakrefsOf(o: PyObject): PyObject[] {
  if (!(o.f & F_WEAKREFS)) return NONE;
  return lists.get(o) ?? NONE;
}

function supportsWeakrefs(o: PyObject): boolean {
  const ti = o.t.v as TypeInfo;
  if (ti.hasWeakref) return true;
  if (ti.heap) return ti.solid !== null && (ti.solid.v as TypeInfo).hasWeakref;
  return o.t === T.function || o.t === T.type || o.t === T.set || o.t === T.frozenset || o.t === T.generator
    || o.t === T.method || o.t === T.code || o.t === T.module || o.t === T.builtin_function || isSubtype(o.t, T.type);
}

/** weakref.ref(ob, callback=None) */
export function newWeakref(ob: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(ob)) raise(T.TypeError, `cannot create weak reference to '${typeName(ob)}' object`);
  if (callback === S.None) callback = null;
  let list = lists.get(ob);
  if (list === undefined) {
    list = [];
    lists.set(ob, list);
    ob.f |= F_WEAKREFS;
  }
  const basic = list.length > 0 && (list[0].v as WeakrefData).callback === null ? list[0] : null;
  if (callback === null && basic !== null) {
    basic.rc++;
    return basic;
  }
  if (callback) callback.rc++;
  const r = new PyObject(T.weakref, new WeakrefData(ob, callback), null, F_GC);
  allocBlock(r, P.weakrefSize);
  gcAllocHook();
  gcTrack(r);
  if (callback === null) list.unshift(r);
  else list.splice(basic !== null ? 1 : 0, 0, r);
  return r;
}

function clearRef(r: PyObject): void {
  const wd = r.v as WeakrefData;
  const ob = wd.referent;
  if (ob === null) return;
  wd.referent = null;
  const list = lists.get(ob);
  if (list !== undefined) {
    const i = list.indexOf(r);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) {
      lists.delete(ob);
  ob.f &= ~F_WEAKREFS;
      ob.f &= ~F_WEAKREFS;
    }
  }
}

/** PyObject_ClearWeakRefs: clear every weakref to `ob`, then call the callbacks in list order. */
export function clearWeakrefs(ob: PyObject): void {
  if (!(ob.f & F_WEAKREFS)) return;
  const list = lists.get(ob);
  if (list === undefined || list.length === 0) return;
  const pending: [PyObject, PyObject][] = [];
  for (const r of list.slice()) {
    const wd = r.v as WeakrefData;
    const cb = wd.callback;
    wd.callback = null;
    clearRef(r);
    if (cb !== null) {
      if (r.rc > 0) {
        r.rc++;
        pending.push([r, cb]);
      } else decref(cb);
    }
  }
  lists.delete(ob);
  ob.f &= ~F_WEAKREFS;
  for (const [r, cb] of pending) {
    handleCallback(r, cb);
    decref(cb);
    decref(r);
  }
}

export function handleCallback(r: PyObject, cb: PyObject): void {
  try {
    const res = call(cb, [r]);
    decref(res);
  } catch (e) {
    if (e instanceof PyErr) unraisableHook.report(e, cb);
    else throw e;
  }
}

/** Used by the collector: clear without calling the callback; returns the callback (owned). */
export function clearForGc(r: PyObject): PyObject | null {
  const wd = r.v as WeakrefData;
  const cb = wd.callback;
  wd.callback = null;
  clearRef(r);
  return cb;
}

export const unraisableHook = {
  report: (_e: PyErr, _where: PyObject | null): void => {},
};

export function initWeakrefType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => P.weakrefSize - 16;
  ti.dealloc = (r) => {
    gcUntrack(r);
    clearRef(r);
    const wd = r.v as WeakrefData;
    r.v = null;
    xdecref(wd.callback);
    freeBlock(r, P.weakrefSize);
    gcCountFree();
  };
  ti.traverse = (r, visit) => {
    const wd = r.v as WeakrefData | null;
    if (wd && wd.callback) visit(wd.callback);
  };
  ti.clear = (r) => {
    const wd = r.v as WeakrefData;
    clearRef(r);
    const cb = wd.callback;
    wd.callback = null;
    xdecref(cb);
  };
  ti.call = (r, args, kw) => {
    if (args.length > 0 || (kw && kw.length)) raise(T.TypeError, 'weakref() takes no arguments');
    const o = (r.v as WeakrefData).referent ?? S.None;
    o.rc++;
    return o;
  };
  ti.new = (_t, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'ref() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) raise(T.TypeError, `__new__ expected at most 2 arguments, got ${args.length}`);
    return newWeakref(args[0], args[1] ?? null);
  };
  ti.init = () => {};
  ti.hash = (r) => {
    const wd = r.v as WeakrefData;
    if (wd.hash !== null) return wd.hash;
    if (wd.referent === null) raise(T.TypeError, 'weak object has gone away');
    wd.hash = pyHash(wd.referent);
    return wd.hash;
  };
  ti.richcompare = (a, b, op) => {
    if (b.t !== T.weakref || (op !== 2 && op !== 3)) return notImpl();
    const x = (a.v as WeakrefData).referent, y = (b.v as WeakrefData).referent;
    if (x === null || y === null) return newBool((a === b) === (op === 2));
    return newBool(richCompareBool(x, y, op));
  };
  ti.repr = (r) => {
    const ob = (r.v as WeakrefData).referent;
    if (ob === null) return newStr(`<weakref at 0x${idOf(r).toString(16)}; dead>`);
    return newStr(`<weakref at 0x${idOf(r).toString(16)}; to '${typeName(ob)}' at 0x${idOf(ob).toString(16)}>`);
  };
  void reprJs;
}
