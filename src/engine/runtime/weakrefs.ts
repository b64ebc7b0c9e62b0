// weakref.ref and weakref.proxy (Objects/weakrefobject.c): no strong reference to the referent;
// cleared (and callbacks run) when the referent dies. Each referent's list keeps CPython's order:
// the basic ref (no callback, exactly weakref.ref) first, then the basic proxy (no callback),
// then every other reference (callbacks, subclasses such as KeyedRef), newest first.
import { PyObject, F_GC, F_WEAKREFS } from './object';
import { P, T, PyErr, NotSimulated, ST, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack, decref, xdecref } from './core';
import type { TypeInfo, Hash, BinSlot } from './types';
import { typeName, isSubtype } from './types';
import { raise } from './exc';
import {
  S, call, hash as pyHash, newBool, notImpl, richCompareBool, idOf, getAttr, setAttr, str as pyStr,
  richCompare, binaryOp, unaryOp, index as pyIndex, truthy, len as pyLen, contains as pyContains,
  getItem, setItem, delItem, getIter, inplaceOp, callMethod, type BinOpName,
} from './abstract';
import { defMethods, noArgs } from './methods';
import { newStr } from './str';
import { newTuple } from './tuple';

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

/** PyWeakref_CheckProxy */
export function isProxy(o: PyObject): boolean {
  return o.t === T.weakproxy || o.t === T.weakcallableproxy;
}

/** PyWeakref_Check: a reference (weakref.ref or a subclass such as KeyedRef) or a proxy. */
export function isWeakrefObject(o: PyObject): boolean {
  return o.t === T.weakref || o.t === T.weakproxy || o.t === T.weakcallableproxy || isSubtype(o.t, T.weakref);
}

export function supportsWeakrefs(o: PyObject): boolean {
  const ti = o.t.v as TypeInfo;
  // CPython's ExceptionGroup is a heap type with a __weakref__ slot; HeapLens's is not
  if (P.minor >= 11 && o.t === T.ExceptionGroup) throw new NotSimulated('a weak reference to an ExceptionGroup', ST.line);
  if (ti.hasWeakref) return true;
  if (ti.heap) return ti.solid !== null && (ti.solid.v as TypeInfo).hasWeakref;
  return o.t === T.function || o.t === T.type || o.t === T.set || o.t === T.frozenset || o.t === T.generator
    || o.t === T.method || o.t === T.code || o.t === T.module || o.t === T.builtin_function || isSubtype(o.t, T.type);
}

/** get_basic_refs: the callback-less weakref.ref at the head of the list, and the callback-less
 * proxy right after it (or at the head). */
function basicRefs(list: PyObject[] | undefined): [PyObject | null, PyObject | null] {
  let ref: PyObject | null = null, proxy: PyObject | null = null;
  if (list === undefined || list.length === 0) return [ref, proxy];
  let i = 0;
  if ((list[0].v as WeakrefData).callback === null) {
    if (list[0].t === T.weakref) {
      ref = list[0];
      i = 1;
    }
    if (i < list.length && (list[i].v as WeakrefData).callback === null && isProxy(list[i])) proxy = list[i];
  }
  return [ref, proxy];
}

function listOf(ob: PyObject): PyObject[] {
  let list = lists.get(ob);
  if (list === undefined) {
    list = [];
    lists.set(ob, list);
    ob.f |= F_WEAKREFS;
  }
  return list;
}

/** insert_head / insert_after(prev) */
function insertAfter(list: PyObject[], r: PyObject, prev: PyObject | null): void {
  if (prev === null) list.unshift(r);
  else list.splice(list.indexOf(prev) + 1, 0, r);
}

/** new_weakref / tp_alloc + init_weakref: a tracked weak reference of type `type` (a ref subclass
 * instance is one pointer larger per __slots__ entry; `extra` bytes). */
function allocRef(type: PyObject, ob: PyObject, callback: PyObject | null, extra = 0): PyObject {
  if (callback) callback.rc++;
  const r = new PyObject(type, new WeakrefData(ob, callback), null, F_GC);
  allocBlock(r, P.weakrefSize + extra);
  gcAllocHook();
  gcTrack(r);
  if (type !== T.weakref && type !== T.weakproxy && type !== T.weakcallableproxy) type.rc++;
  return r;
}

function cannotRef(ob: PyObject): never {
  raise(T.TypeError, `cannot create weak reference to '${typeName(ob)}' object`);
}

/** weakref.ref(ob, callback=None) (weakref___new__ with the exact type, PyWeakref_NewRef) */
export function newWeakref(ob: PyObject, callback: PyObject | null): PyObject {
  return newRefOfType(T.weakref, ob, callback);
}

/** weakref___new__ (3.13: get_or_create_weakref) for `type`, weakref.ref or a subclass. */
export function newRefOfType(type: PyObject, ob: PyObject, callback: PyObject | null, extra = 0): PyObject {
  if (!supportsWeakrefs(ob)) cannotRef(ob);
  if (callback === S.None) callback = null;
  const exact = type === T.weakref;
  if (callback === null && exact) {
    const [ref] = basicRefs(lists.get(ob));
    if (ref !== null) {
      ref.rc++;
      return ref;
    }
  }
  const r = allocRef(type, ob, callback, extra);
  const list = listOf(ob);
  if (callback === null && exact) list.unshift(r);
  else {
    const [ref, proxy] = basicRefs(list);
    insertAfter(list, r, proxy ?? ref);
  }
  return r;
}

/** weakref.proxy(ob, callback=None) (PyWeakref_NewProxy): a CallableProxyType when `ob` is
 * callable; the callback-less proxy is shared. */
export function newProxy(ob: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(ob)) cannotRef(ob);
  if (callback === S.None) callback = null;
  if (callback === null) {
    const [, proxy] = basicRefs(lists.get(ob));
    if (proxy !== null) {
      proxy.rc++;
      return proxy;
    }
  }
  const type = (ob.t.v as TypeInfo).call !== null ? T.weakcallableproxy : T.weakproxy;
  const r = allocRef(type, ob, callback);
  const list = listOf(ob);
  const [ref, proxy] = basicRefs(list);
  insertAfter(list, r, callback === null ? ref : proxy ?? ref);
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
    }
  }
}

/** clear_weakref: unlink, and release the callback. */
function clearWeakref(r: PyObject): void {
  const wd = r.v as WeakrefData;
  clearRef(r);
  const cb = wd.callback;
  wd.callback = null;
  xdecref(cb);
}

/** is_basic_ref_or_proxy (3.13) */
function isBasicRefOrProxy(r: PyObject): boolean {
  return (r.v as WeakrefData).callback === null && (r.t === T.weakref || isProxy(r));
}

/** PyObject_ClearWeakRefs: clear the callback-less ref and proxy at the head, then every other
 * reference, and call the callbacks in list order (newest first). Up to 3.12 a single remaining
 * reference is handled without the tuple of (reference, callback) pairs; 3.13 always makes it. */
export function clearWeakrefs(ob: PyObject): void {
  if (!(ob.f & F_WEAKREFS)) return;
  const list = lists.get(ob);
  if (list === undefined || list.length === 0) return;
  if (P.minor <= 12) {
    if (list.length > 0 && (list[0].v as WeakrefData).callback === null) {
      clearWeakref(list[0]);
      if (list.length > 0 && (list[0].v as WeakrefData).callback === null) clearWeakref(list[0]);
    }
  } else {
    while (list.length > 0 && isBasicRefOrProxy(list[0])) clearWeakref(list[0]);
  }
  const count = list.length;
  if (count === 0) return;
  if (P.minor <= 12 && count === 1) {
    const cur = list[0];
    const wd = cur.v as WeakrefData;
    const cb = wd.callback;
    wd.callback = null;
    clearWeakref(cur);
    if (cb !== null) {
      if (cur.rc > 0) handleCallback(cur, cb);
      decref(cb);
    }
    return;
  }
  // PyTuple_New(count * 2) (its slots NULL until filled), then (reference, callback) pairs
  const items = new Array<PyObject>(count * 2).fill(null as unknown as PyObject);
  const tuple = newTuple(items);
  let n = 0;
  for (const cur of list.slice()) {
    const wd = cur.v as WeakrefData;
    const cb = wd.callback;
    wd.callback = null;
    clearWeakref(cur);
    if (cur.rc > 0) {
      if (cb === null) throw new NotSimulated('a weak reference subclass without a callback', ST.line);
      cur.rc++;
      items[n++] = cur;
      items[n++] = cb;
    } else xdecref(cb);
  }
  if (n !== items.length) throw new NotSimulated('a weak reference deallocated while its referent dies', ST.line);
  for (let i = 0; i < n; i += 2) handleCallback(items[i], items[i + 1]);
  decref(tuple);
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

/** The type's name as 3.13's %T writes it: the qualified name, after the module unless that is
 * builtins or __main__ (static types: tp_name). */
function fqTypeName(o: PyObject): string {
  const ti = o.t.v as TypeInfo;
  if (!ti.heap) return ti.name;
  return ti.module === 'builtins' || ti.module === '__main__' ? ti.qualname : `${ti.module}.${ti.qualname}`;
}

function hexId(o: PyObject): string {
  return `0x${idOf(o).toString(16)}`;
}

function refDealloc(r: PyObject): void {
  gcUntrack(r);
  clearRef(r);
  const wd = r.v as WeakrefData;
  r.v = null;
  xdecref(wd.callback);
  const t = r.t;
  const exact = t === T.weakref || t === T.weakproxy || t === T.weakcallableproxy;
  freeBlock(r, exact ? P.weakrefSize : P.weakrefSize + ((t.v as TypeInfo).basicsize() - (P.weakrefSize - 16)));
  gcCountFree();
  if (!exact) decref(t);
}

function commonSlots(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => P.weakrefSize - 16;
  ti.dealloc = refDealloc;
  ti.traverse = (r, visit) => {
    const wd = r.v as WeakrefData | null;
    if (wd && wd.callback) visit(wd.callback);
  };
  ti.clear = (r) => clearWeakref(r);
}

export function initWeakrefType(ti: TypeInfo): void {
  commonSlots(ti);
  ti.call = (r, args, kw) => {
    if (args.length > 0 || (kw && kw.length)) raise(T.TypeError, 'weakref() takes no arguments');
    const o = (r.v as WeakrefData).referent ?? S.None;
    o.rc++;
    return o;
  };
  ti.new = (t, args, kw) => {
    if (t !== T.weakref) throw new NotSimulated('a subclass of weakref.ref', ST.line);
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
    if (!(b.t === T.weakref || isSubtype(b.t, T.weakref)) || (op !== 2 && op !== 3)) return notImpl();
    const x = (a.v as WeakrefData).referent, y = (b.v as WeakrefData).referent;
    if (x === null || y === null) return newBool((a === b) === (op === 2));
    return newBool(richCompareBool(x, y, op));
  };
  ti.repr = (r) => {
    const ob = (r.v as WeakrefData).referent;
    if (ob === null) return newStr(`<weakref at ${hexId(r)}; dead>`);
    return newStr(`<weakref at ${hexId(r)}; to '${P.minor >= 13 ? fqTypeName(ob) : typeName(ob)}' at ${hexId(ob)}>`);
  };
}

// ---------------------------------------------------------------- proxies

/** proxy_checkref: the referent (borrowed), or ReferenceError. */
function referent(p: PyObject): PyObject {
  const ob = (p.v as WeakrefData).referent;
  if (ob === null) raise(T.ReferenceError, 'weakly-referenced object no longer exists');
  return ob;
}

/** UNWRAP: a proxy operand becomes its referent (ReferenceError if dead); a new reference either
 * way (the WRAP_* macros hold their operands for the call). */
function unwrap(o: PyObject): PyObject {
  const x = isProxy(o) ? referent(o) : o;
  x.rc++;
  return x;
}

function wrapUnary(f: (o: PyObject) => PyObject): (p: PyObject) => PyObject {
  return (p) => {
    const x = unwrap(p);
    try {
      return f(x);
    } finally {
      decref(x);
    }
  };
}

function wrapBinary(f: (a: PyObject, b: PyObject) => PyObject): BinSlot {
  return (a, b) => {
    const x = unwrap(a);
    let y: PyObject;
    try {
      y = unwrap(b);
    } catch (e) {
      decref(x);
      throw e;
    }
    try {
      return f(x, y);
    } finally {
      decref(x);
      decref(y);
    }
  };
}

/** The referent, held for `f` (proxy_checkref, Py_INCREF(obj) ... Py_DECREF(obj)). */
function withReferent<R>(p: PyObject, f: (o: PyObject) => R): R {
  const o = referent(p);
  o.rc++;
  try {
    return f(o);
  } finally {
    decref(o);
  }
}

const BINOPS: BinOpName[] = ['add', 'sub', 'mul', 'floordiv', 'truediv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or', 'matmul'];

function initProxyCommon(ti: TypeInfo, callable: boolean): void {
  commonSlots(ti);
  ti.basetype = false;
  ti.new = null;
  ti.init = null;
  ti.hash = null;
  // proxy_getattr is WRAP_BINARY(PyObject_GetAttr): the name is a str, never a proxy
  ti.getattr = (p, name) => withReferent(p, (o) => getAttr(o, name));
  ti.setattr = (p, name, v) => withReferent(p, (o) => setAttr(o, name, v));
  ti.str = wrapUnary((o) => pyStr(o));
  ti.repr = (p) => {
    const ob = (p.v as WeakrefData).referent;
    if (P.minor >= 13) return newStr(ob === null ? `<weakproxy at ${hexId(p)}; dead>` : `<weakproxy at ${hexId(p)}; to '${fqTypeName(ob)}' at ${hexId(ob)}>`);
    const o = ob ?? S.None;
    return newStr(`<weakproxy at ${hexId(p)} to ${typeName(o)} at ${hexId(o)}>`);
  };
  ti.richcompare = (a, b, op) => {
    const x = unwrap(a);
    let y: PyObject;
    try {
      y = unwrap(b);
    } catch (e) {
      decref(x);
      throw e;
    }
    // 3.8-3.12 do not hold the operands (UNWRAP only), 3.13 does: no difference observable here
    try {
      return richCompare(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
  };
  for (const op of BINOPS) ti.nb[op] = wrapBinary((x, y) => binaryOp(x, y, op));
  for (const op of ['neg', 'pos', 'abs', 'invert'] as const) ti.nb[op] = wrapUnary((x) => unaryOp(x, op));
  ti.nb.int = wrapUnary((x) => call(T.int, [x]));
  ti.nb.float = wrapUnary((x) => call(T.float, [x]));
  ti.nb.index = wrapUnary((x) => pyIndex(x));
  // every in-place slot: PyNumber_InPlace*(referent, other)
  ti.nb.inplaceAny = (a, b, op) => wrapBinary((x, y) => inplaceOp(x, y, op as BinOpName))(a, b);
  ti.bool = (p) => withReferent(p, (o) => truthy(o));
  ti.len = (p) => withReferent(p, (o) => pyLen(o));
  ti.contains = (p, v) => withReferent(p, (o) => pyContains(o, v));
  ti.getitem = wrapBinary((o, k) => getItem(o, k));
  ti.setitem = (p, k, v) => withReferent(p, (o) => (v === null ? delItem(o, k) : setItem(o, k, v)));
  ti.iter = (p) => withReferent(p, (o) => getIter(o));
  ti.next = (p) => {
    const o = referent(p);
    const n = (o.t.v as TypeInfo).next;
    if (n === null) {
      if (P.minor < 10) throw new NotSimulated('next() of a proxy to a non-iterator on 3.8', ST.line, 'CPython 3.8 crashes');
      raise(T.TypeError, `Weakref proxy referenced a non-iterator '${typeName(o)}' object`);
    }
    o.rc++;
    try {
      return n(o);
    } finally {
      decref(o);
    }
  };
  if (callable) ti.call = (p, args, kw) => withReferent(p, (o) => call(o, args, kw));
}

export function initProxyType(ti: TypeInfo): void {
  initProxyCommon(ti, false);
}

export function initCallableProxyType(ti: TypeInfo): void {
  initProxyCommon(ti, true);
}

/** proxy_methods: __bytes__ and (3.10+) __reversed__, which call the referent's method
 * (WRAP_METHOD). */
export function defineProxyMethods(): void {
  const wrapMethod = (name: string) => (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    noArgs(name, args, kw);
    return withReferent(self, (o) => callMethod(o, name, []));
  };
  for (const t of [T.weakproxy, T.weakcallableproxy]) {
    const defs: Record<string, (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject> = { __bytes__: wrapMethod('__bytes__') };
    if (P.minor >= 10) defs.__reversed__ = wrapMethod('__reversed__');
    defMethods(t, defs);
  }
}
