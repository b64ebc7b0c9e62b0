// The operator module: Lib/operator.py, whose names are _operator's C functions and types
// (Modules/_operator.c) once `from _operator import *` has replaced the Python definitions; the
// dunder aliases (__add__ = add, ...) are the same objects, and _abs is the builtin abs.
//
// The plain functions are the abstract operations they wrap (PyNumber_Add, PyObject_RichCompare,
// PyObject_GetItem, ...) with _operator's argument checks. itemgetter and attrgetter are simulated
// as objects of their own: their sizes per version (3.11 adds the vectorcall slot), GC tracking,
// the argument tuple itemgetter(a, b) keeps, the interned names attrgetter keeps (dotted names as
// tuples of their parts), their calls (tp_call with an argument tuple up to 3.10, vectorcall from
// 3.11), repr and the heap types of 3.10+ that each instance holds. methodcaller likewise: the
// interned name, the argument slice (3.8-3.12) or the whole argument tuple (3.13) and the keyword
// dict it keeps; its call looks the method up and calls it (3.8-3.12: a bound method and
// PyObject_Call with the stored tuple and dict; 3.13: PyObject_VectorcallMethod over an argument
// array and kwnames tuple made on the first call). concat/iconcat are PySequence_Concat and
// PySequence_InPlaceConcat, countOf/indexOf _PySequence_IterSearch; length_hint and call stop as
// not simulated.
import { PyObject, F_GC } from '../object';
import { EMPTY_TUPLE } from '../tuple';
import { dictEntries } from '../dict';
import { defMethods, noArgs } from '../methods';
import { P, T, NotSimulated, ST, decref, incref, xdecref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack } from '../core';
import { isSubtype, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE, type TypeInfo, type CompareOp } from '../types';
import { raise, raiseStr } from '../exc';
import {
  S, call as callObject, richCompare, binaryOp, inplaceOp, unaryOp, seqSlot, binaryOp1, binaryIop1, eq, searchIter, iterNext, index as pyIndex, getItem, setItem, delItem, contains, truthy, newBool,
  getAttr, reprJs, makeTpCall, callObjectTuple, callMethodVector, callHooks, type BinOpName,
} from '../abstract';
import { dictSetStr, dictGetStr } from '../dict';
import { newStr, internInPlace } from '../str';
import { newTuple } from '../tuple';
import { newInt } from '../numbers';
import { newList } from '../list';
import { lengthHint } from '../listmethods';
import { builtinFunction, oneArg, argRange, noKw } from '../methods';
import { reprEnter, reprLeave } from '../reprguard';
import { registerModule, sourceModuleHeader } from './registry';
import { newModuleType, setTypeBaseline } from './array';
import { RT } from '../../compile/rt';

type Fn = (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject;

/** 3.10+: _operator's types are heap types (PyType_FromModuleAndSpec): instances hold them. */
function heapTypes(): boolean {
  return P.minor >= 10;
}

let itemgetterType: PyObject | null = null;
let attrgetterType: PyObject | null = null;
let methodcallerType: PyObject | null = null;

// ---------------------------------------------------------------- the sequence protocol

/** PySequence_Check: sq_item — a mapping (dict and its subclasses, mappingproxy, a weakref proxy)
 * has only mp_subscript. */
function isSequence(o: PyObject): boolean {
  const t = o.t;
  if ((t.v as TypeInfo).getitem === null || t === T.mappingproxy || t === T.weakproxy || t === T.weakcallableproxy) return false;
  return !isSubtype(t, T.dict);
}

/** PySequence_Concat / PySequence_InPlaceConcat: the sequence slots, then (both operands
 * sequences) the number protocol's addition; otherwise "can't be concatenated". */
function seqConcat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (inplace) {
    const ic = seqSlot(a.t, 'sqInplaceConcat');
    if (ic !== undefined) return ic(a, b);
  }
  const c = seqSlot(a.t, 'sqConcat');
  if (c !== undefined) return c(a, b);
  if (isSequence(a) && isSequence(b)) {
    const r = inplace ? binaryIop1(a, b, 'add') : binaryOp1(a, b, 'add');
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  raise(T.TypeError, `'${(a.t.v as TypeInfo).name}' object can't be concatenated`);
}

/** _PySequence_IterSearch for PySequence_Count / PySequence_Index: each item compared with ==
 * (3.8: the value's comparison first, PyObject_RichCompareBool(obj, item); 3.10+: the item's). */
function iterSearch(seq: PyObject, obj: PyObject, index: boolean): PyObject {
  const it = searchIter(seq);
  let n = 0;
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let hit: boolean;
      try {
        hit = P.minor < 10 ? eq(obj, item) : eq(item, obj);
      } finally {
        decref(item);
      }
      if (hit) {
        if (index) return newInt(n);
        n++;
      } else if (index) n++;
    }
    if (index) raiseStr(T.ValueError, 'sequence.index(x): x not in sequence');
  } finally {
    decref(it);
  }
  return newInt(n);
}

// ---------------------------------------------------------------- functions

const two = (name: string, f: (a: PyObject, b: PyObject) => PyObject): Fn => (_s, args, kw) => {
  argRange(name, args, kw, 2, 2);
  return f(args[0], args[1]);
};
const one = (name: string, f: (a: PyObject) => PyObject): Fn => (_s, args, kw) => f(oneArg(name, args, kw));

function functions(): [string, Fn][] {
  const cmp = (name: string, op: CompareOp): [string, Fn] => [name, two(name, (a, b) => richCompare(a, b, op))];
  const bin = (name: string, op: BinOpName): [string, Fn] => [name, two(name, (a, b) => binaryOp(a, b, op))];
  const inp = (name: string, op: BinOpName): [string, Fn] => [name, two(name, (a, b) => inplaceOp(a, b, op))];
  const out: [string, Fn][] = [
    cmp('lt', Py_LT), cmp('le', Py_LE), cmp('eq', Py_EQ), cmp('ne', Py_NE), cmp('ge', Py_GE), cmp('gt', Py_GT),
    ['not_', one('not_', (a) => newBool(!truthy(a)))],
    ['truth', one('truth', (a) => newBool(truthy(a)))],
    ['is_', two('is_', (a, b) => newBool(a === b))],
    ['is_not', two('is_not', (a, b) => newBool(a !== b))],
    ['abs', one('abs', (a) => unaryOp(a, 'abs'))],
    bin('add', 'add'), bin('and_', 'and'), bin('floordiv', 'floordiv'),
    ['index', one('index', (a) => {
      // PyNumber_Index: from 3.10 an exact int (a bool or int subclass is copied, _PyLong_Copy)
      const r = pyIndex(a);
      if (P.minor < 10 || r.t === T.int) return r;
      const v = r.v as number | bigint;
      decref(r);
      return newInt(v);
    })],
    ['inv', one('inv', (a) => unaryOp(a, 'invert'))],
    ['invert', one('invert', (a) => unaryOp(a, 'invert'))],
    bin('lshift', 'lshift'), bin('mod', 'mod'), bin('mul', 'mul'), bin('matmul', 'matmul'),
    ['neg', one('neg', (a) => unaryOp(a, 'neg'))],
    bin('or_', 'or'),
    ['pos', one('pos', (a) => unaryOp(a, 'pos'))],
    bin('pow', 'pow'), bin('rshift', 'rshift'), bin('sub', 'sub'), bin('truediv', 'truediv'), bin('xor', 'xor'),
    ['concat', two('concat', (a, b) => seqConcat(a, b, false))],
    ['contains', two('contains', (a, b) => newBool(contains(a, b)))],
    ['countOf', two('countOf', (a, b) => iterSearch(a, b, false))],
    ['delitem', two('delitem', (a, b) => (delItem(a, b), incref(S.None)))],
    ['getitem', two('getitem', (a, b) => getItem(a, b))],
    ['indexOf', two('indexOf', (a, b) => iterSearch(a, b, true))],
    ['setitem', (_s, args, kw) => {
      argRange('setitem', args, kw, 3, 3);
      setItem(args[0], args[1], args[2]);
      return incref(S.None);
    }],
    ['length_hint', (_s, args, kw) => {
      // clinic: obj, default: Py_ssize_t = 0 (PyNumber_AsSsize_t with OverflowError)
      argRange('length_hint', args, kw, 1, 2);
      let dflt = 0;
      if (args.length > 1) {
        const d = args[1];
        if ((d.t.v as TypeInfo).nb.index === undefined && !isSubtype(d.t, T.int)) raise(T.TypeError, `'${(d.t.v as TypeInfo).name}' object cannot be interpreted as an integer`);
        const i = pyIndex(d);
        const v = i.v as number | bigint;
        decref(i);
        if (typeof v !== 'number') raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
        dflt = v;
      }
      return newInt(lengthHint(args[0], dflt));
    }],
  ];
  // 3.11+: METH_FASTCALL | METH_KEYWORDS, the arguments after the first forwarded as they are
  // (PyObject_Vectorcall with PY_VECTORCALL_ARGUMENTS_OFFSET and the caller's kwnames)
  if (P.minor >= 11) out.push(['call', (_s, args, kw) => {
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos < 1) raise(T.TypeError, `call expected at least 1 argument, got ${npos}`);
    return callObject(args[0], args.slice(1), kw);
  }]);
  out.push(
    inp('iadd', 'add'), inp('iand', 'and'),
    ['iconcat', two('iconcat', (a, b) => seqConcat(a, b, true))],
    inp('ifloordiv', 'floordiv'), inp('ilshift', 'lshift'), inp('imod', 'mod'), inp('imul', 'mul'), inp('imatmul', 'matmul'),
    inp('ior', 'or'), inp('ipow', 'pow'), inp('irshift', 'rshift'), inp('isub', 'sub'), inp('itruediv', 'truediv'), inp('ixor', 'xor'),
  );
  return out;
}

// ---------------------------------------------------------------- itemgetter, attrgetter

class Getter {
  /** itemgetter: the item, or the argument tuple of several; attrgetter: the tuple of names
   * (each an interned str, or a tuple of the interned parts of a dotted name). */
  constructor(public n: number, public item: PyObject | null) {}
}

function getterSize(kind: 'item' | 'attr'): number {
  // PyObject_HEAD, nitems/nattrs, item/attr (+ itemgetter's index), 3.11+ vectorcall; + GC head
  const base = kind === 'item' ? 40 : 32;
  return base + (P.minor >= 11 ? 8 : 0) + 16;
}

function allocGetter(type: PyObject, g: Getter, kind: 'item' | 'attr'): PyObject {
  const o = new PyObject(type, g, null, F_GC);
  allocBlock(o, getterSize(kind));
  gcAllocHook();
  if (heapTypes()) type.rc++;
  gcTrack(o);
  return o;
}

function initGetterType(ti: TypeInfo, kind: 'item' | 'attr'): void {
  ti.gc = true;
  ti.basicsize = () => getterSize(kind) - 16;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const g = o.v as Getter;
    const item = g.item;
    g.item = null;
    xdecref(item);
    o.v = null;
    freeBlock(o, getterSize(kind));
    gcCountFree();
    if (heapTypes()) decref(o.t);
  };
  ti.traverse = (o, visit) => {
    const g = o.v as Getter | null;
    // itemgetter visits its type first, attrgetter its names first (3.10+)
    if (heapTypes() && kind === 'item') visit(o.t);
    if (g !== null && g.item !== null) visit(g.item);
    if (heapTypes() && kind === 'attr') visit(o.t);
  };
  // instances are called through vectorcall from 3.11 (no argument tuple)
  ti.instVectorcall = P.minor >= 11 ? () => true : null;
  ti.call = (f, args, kw) => {
    const name = kind === 'item' ? 'itemgetter' : 'attrgetter';
    noKw(name, kw);
    argRange(name, args, kw, 1, 1);
    return kind === 'item' ? itemgetterCall(f.v as Getter, args[0]) : attrgetterCall(f.v as Getter, args[0]);
  };
  ti.repr = (o) => {
    const tpName = kind === 'item' ? 'operator.itemgetter' : 'operator.attrgetter';
    if (!reprEnter(o)) return newStr(`${tpName}(...)`);
    try {
      const g = o.v as Getter;
      if (kind === 'item') return newStr(g.n === 1 ? `${tpName}(${reprJs(g.item as PyObject)})` : `${tpName}${reprJs(g.item as PyObject)}`);
      const names = (g.item as PyObject).v as PyObject[];
      const joined = names.map((x) => x.t === T.tuple ? (x.v as PyObject[]).map((p) => p.v as string).join('.') : x.v as string);
      const reprs = joined.map((s) => reprJs(newTempStr(s)));
      return newStr(g.n === 1 ? `${tpName}(${reprs[0]})` : `${tpName}(${reprs.join(', ')}${reprs.length === 1 ? ',' : ''})`);
    } finally {
      reprLeave(o);
    }
  };
}

/** A str for a repr's text only (never escapes into the program). */
function newTempStr(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

/** itemgetter_new: a single item is kept as it is, several as the call's argument tuple. */
function itemgetterNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) raise(T.TypeError, 'itemgetter() takes no keyword arguments');
  const n = args.length;
  let item: PyObject;
  if (n <= 1) {
    if (n === 0) raise(T.TypeError, 'itemgetter expected 1 argument, got 0');
    item = incref(args[0]);
  } else item = argTuple(args);
  return allocGetter(type, new Getter(n, item), 'item');
}

/** The type call's argument tuple (what _PyObject_MakeTpCall made for it), a new reference. */
function argTuple(args: PyObject[]): PyObject {
  if (makeTpCall.args === args && makeTpCall.tuple !== null) return incref(makeTpCall.tuple);
  return newTuple(args.map((a) => incref(a)));
}

function itemgetterCall(g: Getter, obj: PyObject): PyObject {
  const item = g.item as PyObject;
  if (g.n === 1) {
    // the fast path for an exact tuple and a non-negative int index returns the same item
    return getItem(obj, item);
  }
  const keys = item.v as PyObject[];
  const vals: PyObject[] = [];
  try {
    for (const k of keys) vals.push(getItem(obj, k));
  } catch (e) {
    for (const v of vals) decref(v);
    throw e;
  }
  return newTuple(vals);
}

/** attrgetter_new: the names interned (PyUnicode_InternInPlace; 3.13 mortal), a dotted name split
 * into a tuple of its interned parts; the tuple of them is new. */
function attrgetterNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) raise(T.TypeError, 'attrgetter() takes no keyword arguments');
  const n = args.length;
  if (n === 0) raise(T.TypeError, 'attrgetter expected 1 argument, got 0');
  const names: PyObject[] = [];
  const fail = (): never => {
    for (const x of names) decref(x);
    raise(T.TypeError, 'attribute name must be a string');
  };
  const immortal = P.minor === 12;
  for (const a of args) {
    if (a.t !== T.str) {
      if (isSubtype(a.t, T.str)) throw new NotSimulated('attrgetter() of a str subclass', ST.line);
      fail();
    }
    const s = a.v as string;
    if (!s.includes('.')) {
      names.push(internInPlace(incref(a), immortal));
    } else {
      const parts = s.split('.').map((p) => internInPlace(newStr(p), immortal));
      names.push(newTuple(parts));
    }
  }
  return allocGetter(type, new Getter(n, newTuple(names)), 'attr');
}

function dottedGetattr(obj: PyObject, attr: PyObject): PyObject {
  if (attr.t === T.tuple) {
    let cur = incref(obj);
    for (const part of attr.v as PyObject[]) {
      try {
        const next = getAttr(cur, part.v as string);
        decref(cur);
        cur = next;
      } catch (e) {
        decref(cur);
        throw e;
      }
    }
    return cur;
  }
  return getAttr(obj, attr.v as string);
}

function attrgetterCall(g: Getter, obj: PyObject): PyObject {
  const names = (g.item as PyObject).v as PyObject[];
  if (g.n === 1) return dottedGetattr(obj, names[0]);
  const vals: PyObject[] = [];
  try {
    for (const a of names) vals.push(dottedGetattr(obj, a));
  } catch (e) {
    for (const v of vals) decref(v);
    throw e;
  }
  return newTuple(vals);
}

// ---------------------------------------------------------------- methodcaller

class MethodCaller {
  constructor(
    /** the interned method name */
    public name: PyObject | null,
    /** 3.8-3.12: the arguments after the name (PyTuple_GetSlice); 3.13: the whole argument
     * tuple of the constructor call (xargs), name first */
    public args: PyObject | null,
    /** the keyword dict the constructor received, or null */
    public kwds: PyObject | null,
    /** 3.13: the PyMem_Calloc'd vectorcall_args array (its size in bytes; 0 before the first call) */
    public vcBytes = 0,
    public vcAddr = 0,
    /** 3.13: the kwnames tuple made with the array (the keyword dict's keys), or null */
    public kwnames: PyObject | null = null,
    /** 3.13: the keyword names and values the array was filled with on the first call */
    public vcNames: string[] | null = null,
    public vcVals: PyObject[] = [],
  ) {}
}

function methodcallerSize(): number {
  // PyObject_HEAD, name, args, kwds (+ 3.13's vectorcall_args, vectorcall_kwnames, vectorcall);
  // + GC head
  return (P.minor >= 13 ? 64 : 40) + 16;
}

/** The positional arguments of the call a tp_new is handling, as the tuple it received. */
function tpNewArgs(args: PyObject[], npos: number): PyObject {
  if (makeTpCall.args === args && makeTpCall.tuple !== null) return incref(makeTpCall.tuple);
  return newTuple(args.slice(0, npos).map((a) => incref(a)));
}

function methodcallerNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos < 1) raise(T.TypeError, 'methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (name.t !== T.str) {
    if (isSubtype(name.t, T.str)) throw new NotSimulated('methodcaller() of a str subclass', ST.line);
    raise(T.TypeError, 'method name must be a string');
  }
  let kwds: PyObject | null = null;
  if (nkw > 0) {
    if (makeTpCall.args !== args || makeTpCall.kwd === null) throw new NotSimulated('methodcaller() called with keywords by this path', ST.line);
    kwds = makeTpCall.kwd;
  }
  // PyObject_GC_New (the heap type held from 3.10)
  const mc = new MethodCaller(null, null, null);
  const o = new PyObject(type, mc, null, F_GC);
  allocBlock(o, methodcallerSize());
  gcAllocHook();
  if (heapTypes()) type.rc++;
  // 3.8-3.12: PyUnicode_InternInPlace (3.12: immortal); 3.13: _PyUnicode_InternMortal
  if (P.minor >= 13) {
    mc.name = internInPlace(incref(name), false);
    mc.args = tpNewArgs(args, npos);
    if (kwds !== null) mc.kwds = incref(kwds);
  } else {
    mc.name = internInPlace(incref(name), P.minor === 12);
    if (kwds !== null) mc.kwds = incref(kwds);
    mc.args = npos === 1 ? incref(EMPTY_TUPLE()) : newTuple(args.slice(1, npos).map((a) => incref(a)));
  }
  gcTrack(o);
  return o;
}

function methodcallerClear(o: PyObject): void {
  const mc = o.v as MethodCaller | null;
  if (mc === null) return;
  const name = mc.name, args = mc.args, kwds = mc.kwds;
  mc.name = null;
  mc.args = null;
  mc.kwds = null;
  if (name !== null) decref(name);
  if (args !== null) decref(args);
  if (kwds !== null) decref(kwds);
  if (mc.vcBytes > 0) {
    callHooks.free(mc.vcAddr, mc.vcBytes);
    mc.vcBytes = 0;
    const kn = mc.kwnames;
    mc.kwnames = null;
    mc.vcVals = [];
    if (kn !== null) decref(kn);
  }
}

/** The keyword dict's names (str keys only) and values, in its order. */
function kwItems(kwds: PyObject | null): { names: string[] | null; keys: PyObject[]; vals: PyObject[] } {
  if (kwds === null) return { names: null, keys: [], vals: [] };
  const keys: PyObject[] = [], vals: PyObject[] = [];
  for (const [k, v] of dictEntries(kwds)) {
    if (k.t !== T.str) throw new NotSimulated('a methodcaller keyword that is not a str', ST.line);
    keys.push(k);
    vals.push(v);
  }
  return { names: keys.length > 0 ? keys.map((k) => k.v as string) : null, keys, vals };
}

/** methodcaller_call (3.8-3.12): PyObject_GetAttr(obj, name), then PyObject_Call(method, args, kwds). */
function methodcallerCall(mc: MethodCaller, obj: PyObject): PyObject {
  const method = getAttr(obj, (mc.name as PyObject).v as string);
  try {
    const args = mc.args as PyObject;
    const { names, keys, vals } = kwItems(mc.kwds);
    return callObjectTuple(method, [...(args.v as PyObject[]), ...vals], names, keys, args, mc.kwds);
  } finally {
    decref(method);
  }
}

/** methodcaller_vectorcall (3.13): the argument array and kwnames tuple made on the first call
 * (_methodcaller_initialize_vectorcall), then PyObject_VectorcallMethod. */
function methodcallerVectorcall(mc: MethodCaller, obj: PyObject): PyObject {
  const xargs = (mc.args as PyObject).v as PyObject[];
  if (mc.vcBytes === 0) {
    const { names, keys, vals } = kwItems(mc.kwds);
    const bytes = 8 * (xargs.length + (mc.kwds !== null ? keys.length : 0));
    mc.vcAddr = callHooks.malloc(bytes);
    mc.vcBytes = bytes;
    if (mc.kwds !== null) mc.kwnames = newTuple(keys.map((k) => incref(k)));
    mc.vcNames = names;
    mc.vcVals = vals;
  }
  return callMethodVector(obj, (mc.name as PyObject).v as string, [...xargs.slice(1), ...mc.vcVals], mc.vcNames);
}

function initMethodcallerType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => methodcallerSize() - 16;
  ti.new = methodcallerNew;
  ti.dealloc = (o) => {
    gcUntrack(o);
    methodcallerClear(o);
    o.v = null;
    freeBlock(o, methodcallerSize());
    gcCountFree();
    if (heapTypes()) decref(o.t);
  };
  // 3.8 has no tp_clear
  ti.clear = heapTypes() ? methodcallerClear : null;
  ti.traverse = (o, visit) => {
    const mc = o.v as MethodCaller | null;
    if (mc === null) return;
    // 3.8 visits args and kwds; 3.10+ name, args, kwds and the type
    if (heapTypes() && mc.name !== null) visit(mc.name);
    if (mc.args !== null) visit(mc.args);
    if (mc.kwds !== null) visit(mc.kwds);
    if (heapTypes()) visit(o.t);
  };
  ti.instVectorcall = P.minor >= 13 ? () => true : null;
  ti.call = (f, args, kw) => {
    const mc = f.v as MethodCaller;
    if (P.minor >= 13) {
      // _PyArg_CheckPositional, then _PyArg_NoKwnames
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      if (npos !== 1) raise(T.TypeError, `methodcaller expected 1 argument, got ${npos}`);
      noKw('methodcaller', kw);
      return methodcallerVectorcall(mc, args[0]);
    }
    noKw('methodcaller', kw);
    argRange('methodcaller', args, kw, 1, 1);
    return methodcallerCall(mc, args[0]);
  };
  ti.repr = (o) => {
    const tpName = 'operator.methodcaller';
    if (!reprEnter(o)) return newStr(`${tpName}(...)`);
    try {
      const mc = o.v as MethodCaller;
      const pos = (mc.args as PyObject).v as PyObject[];
      const parts = (P.minor >= 13 ? pos.slice(1) : pos).map((a) => reprJs(a));
      if (mc.kwds !== null) for (const [k, v] of dictEntries(mc.kwds)) parts.push(`${k.v as string}=${reprJs(v)}`);
      const name = reprJs(mc.name as PyObject);
      return newStr(parts.length === 0 ? `${tpName}(${name})` : `${tpName}(${name}, ${parts.join(', ')})`);
    } finally {
      reprLeave(o);
    }
  };
}

function defineMethodcallerMethods(t: PyObject): void {
  defMethods(t, {
    __reduce__: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      const mc = self.v as MethodCaller;
      if (mc.kwds !== null && [...dictEntries(mc.kwds)].length > 0) {
        throw new NotSimulated('methodcaller.__reduce__() with keyword arguments', ST.line, 'CPython builds a functools.partial of the type, which HeapLens does not reproduce here');
      }
      const pos = (mc.args as PyObject).v as PyObject[];
      const rest = P.minor >= 13 ? pos.slice(1) : pos;
      const newargs = newTuple([incref(mc.name as PyObject), ...rest.map((a) => incref(a))]);
      return newTuple([incref(self.t), newargs]);
    },
  });
}

/** sys.getrefcount(operator.X) - 1 right after `import operator` (itemgetter, attrgetter),
 * measured per version. */
const TYPE_REFS: Record<string, [number, number]> = {
  '3.8': [10, 10], '3.10': [9, 9], '3.11': [11, 13], '3.12': [10, 10], '3.13': [11, 11],
};

/** sys.getrefcount(operator.methodcaller) - 1 right after `import operator`, measured per version. */
const MC_TYPE_REFS: Record<string, number> = { '3.8': 10, '3.10': 9, '3.11': 9, '3.12': 9, '3.13': 11 };

registerModule('operator', (mod) => {
  const d = mod.d as PyObject;
  sourceModuleHeader(mod);
  const fns = functions();
  const all = [...fns.map(([n]) => n), 'attrgetter', 'itemgetter', 'methodcaller'].sort();
  const allList = newList(all.map((n) => newStr(n)));
  dictSetStr(d, '__all__', allList);
  decref(allList);
  // `from builtins import abs as _abs`
  const abs = dictGetStr(RT.builtins as PyObject, 'abs');
  if (abs !== null) dictSetStr(d, '_abs', abs);
  const objs = new Map<string, PyObject>();
  const put = (name: string, o: PyObject): void => {
    objs.set(name, o);
    dictSetStr(d, name, o);
  };
  // the Python definitions' order (lt ... length_hint, call, the getter classes, iadd ...)
  for (const [name, fn] of fns) {
    if (name === 'iadd') {
      itemgetterType = newModuleType('operator.itemgetter', 'operator', (ti) => { initGetterType(ti, 'item'); ti.new = itemgetterNew; });
      attrgetterType = newModuleType('operator.attrgetter', 'operator', (ti) => { initGetterType(ti, 'attr'); ti.new = attrgetterNew; });
      put('attrgetter', attrgetterType);
      put('itemgetter', itemgetterType);
      const refs = TYPE_REFS[P.historical ? '3.8' : P.id] ?? TYPE_REFS['3.8'];
      setTypeBaseline(attrgetterType, refs[1]);
      setTypeBaseline(itemgetterType, refs[0]);
      methodcallerType = newModuleType('operator.methodcaller', 'operator', initMethodcallerType);
      defineMethodcallerMethods(methodcallerType);
      put('methodcaller', methodcallerType);
      setTypeBaseline(methodcallerType, MC_TYPE_REFS[P.historical ? '3.8' : P.id] ?? 10);
    }
    const f = builtinFunction(name, fn, '_operator');
    put(name, f);
    decref(f);
  }
  // `__lt__ = lt`, ... (the same objects)
  const dunders = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', ...(P.minor >= 11 ? ['call'] : []), 'floordiv', 'index', 'inv', 'invert',
    'lshift', 'mod', 'mul', 'matmul', 'neg', 'or', 'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains',
    'delitem', 'getitem', 'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'imatmul', 'ior',
    'ipow', 'irshift', 'isub', 'itruediv', 'ixor'];
  for (const n of dunders) {
    const o = objs.get(n) ?? objs.get(n + '_');
    if (o !== undefined) dictSetStr(d, `__${n}__`, o);
  }
});
