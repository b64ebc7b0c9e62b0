// The functools module. Its C part (Modules/_functoolsmodule.c) is here:
//   partial              fn, args tuple, keywords dict, __dict__, weak references; a vectorcall
//                        of its own from 3.10 while its function has one and it has no keywords
//   reduce               METH_VARARGS; reuses its argument tuple while nobody else holds it
//   cmp_to_key           functools.KeyWrapper objects (not GC before 3.10)
//   _lru_cache_wrapper   the cache: key building (_make_key: the kwd_mark, a lone exact int or str
//                        argument as its own key, the args tuple otherwise), the cache dict, the
//                        bounded cache's linked list of _lru_list_elem objects, cache_info and
//                        cache_clear, bound as a method descriptor
//   RLock                _thread.RLock, which cached_property holds up to 3.11
// From 3.10 these are heap types (instances hold a reference to their type). The Python part of
// Lib/functools.py (update_wrapper, wraps, total_ordering, lru_cache, cache, cached_property) is
// TypeScript further down that does what that code does on the simulated heap.
import { PyObject, F_GC, F_TRACKED } from '../object';
import { P, T, ST, PyErr, NotSimulated, decref, xdecref, incref, allocBlock, freeBlock, gcAllocHook, gcCountFree, gcTrack, gcUntrack } from '../core';
import { type TypeInfo, type Visit, isSubtype, typeName, Py_LT, Py_NE, Py_EQ } from '../types';
import { raise, newException, ExcData } from '../exc';
import {
  S, call, callObjectDict, callObjectTuple, callDict, usesVectorcall, makeTpCall, reprJs, strJs, getIter, iterNext, hash as pyHash,
  richCompare, genericGetAttr, ssizeArg, truthy, callHooks, getAttr, getAttrOpt, setAttr, callMethod, setItem, newBool, forEachItem, getItem,
} from '../abstract';
import { newTuple, EMPTY_TUPLE, newTupleSlots, tupleFilled } from '../tuple';
import { newList } from '../list';
import { newDict, newDictPresized, dictGetStr, dictSetStr, dictDelStr, dictEntries, dictLen, dictGetHashed, dictDelHashed, dictSet, dictClear, dictGet, DictData } from '../dict';
import { dictCopy, dictMerge } from '../dictmethods';
import { newStr, internStr } from '../str';
import { newInt, smallInt } from '../numbers';
import { newMethod, runStdlibFrame, type Code } from '../func';
import { StandIn, newStandInType, newStandIn as newStandInOf, stdlibCodeFor, withAttributes, type StandInKind } from '../standin';
import { defMethods, defClassMethods, builtinFunction, noArgs, oneArg, parseArgs } from '../methods';
import { defGetters } from '../slotwrappers';
import { defReadonlyMembers, defMembers, typeNew, newWrapper, newMappingProxy } from '../classes';
import { clearWeakrefs } from '../weakrefs';
import { reprEnter, reprLeave, readyReprGuard } from '../reprguard';
import { bindPy, type PySig } from '../pysig';
import { RT } from '../../compile/rt';
import { registerModule, importModule, pythonLevelCall, type ModuleData } from './registry';
import { newModuleType, addSlotDunders, setTypeBaseline } from './array';

/** _functools' types are heap types from 3.10 (PyType_FromModuleAndSpec). */
function heapTypes(): boolean {
  return P.minor >= 10;
}

let partialType: PyObject = undefined as unknown as PyObject;
let lruType: PyObject = undefined as unknown as PyObject;
let keyType: PyObject = undefined as unknown as PyObject;
let elemType: PyObject = undefined as unknown as PyObject;
let rlockType: PyObject = undefined as unknown as PyObject;
/** The module state's kwd_mark (an object()), which separates arguments from keywords in keys. */
let kwdMark: PyObject = undefined as unknown as PyObject;

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

/** tp_alloc / PyObject_GC_New of a GC object: allocated, counted, (heap type) its type held,
 * tracked. `bytes` includes the GC header. */
function gcNew(type: PyObject, v: unknown, bytes: number, track = true): PyObject {
  const o = new PyObject(type, v, null, F_GC);
  allocBlock(o, bytes);
  gcAllocHook();
  if (heapTypes()) type.rc++;
  if (track) gcTrack(o);
  return o;
}

/** PyObject_New of an object without a GC header. */
function plainNew(type: PyObject, v: unknown, bytes: number): PyObject {
  const o = new PyObject(type, v, null, 0);
  allocBlock(o, bytes);
  if (heapTypes()) type.rc++;
  return o;
}

/** The end of a dealloc: the block, the collector's count, the type's reference (heap types). */
function gcFree(o: PyObject, bytes: number): void {
  freeBlock(o, bytes);
  gcCountFree();
  if (heapTypes()) decref(o.t);
}

function plainFree(o: PyObject, bytes: number): void {
  freeBlock(o, bytes);
  if (heapTypes()) decref(o.t);
}

function callable(o: PyObject): boolean {
  return (o.t.v as TypeInfo).call !== null;
}

/** The instance __dict__ of a builtin type with tp_dictoffset (partial, _lru_cache_wrapper). */
function instDict(o: PyObject, create: boolean): PyObject | null {
  if (o.d === null && create) o.d = newDict();
  return o.d as PyObject | null;
}

/** PyObject_GenericSetAttr on an object with a __dict__ slot: data descriptors of the type, else
 * the dict (made on the first store). */
function dictSlotSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const ti = o.t.v as TypeInfo;
  const descr = ti.mro.length > 0 ? lookupType(o.t, name) : null;
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrSet !== null) {
      dti.descrSet(descr, o, v);
      return;
    }
  }
  if (v === null) {
    const d = instDict(o, false);
    if (d === null || !dictDelStr(d, name)) {
      if (descr !== null) raise(T.AttributeError, `'${ti.name}' object attribute '${name}' is read-only`);
      raise(T.AttributeError, P.minor >= 11 ? `'${ti.name}' object has no attribute '${name}'` : name);
    }
    return;
  }
  dictSetStr(instDict(o, true) as PyObject, name, v);
}

function lookupType(t: PyObject, name: string): PyObject | null {
  for (const b of (t.v as TypeInfo).mro) {
    const v = dictGetStr((b.v as TypeInfo).dict, name);
    if (v !== null) return v;
  }
  return null;
}

/** The __dict__ getset (PyObject_GenericGetDict / PyObject_GenericSetDict). */
function defDictGetset(type: PyObject): void {
  defGetters(type, { __dict__: (o) => incref(instDict(o, true) as PyObject) });
  const d = dictGetStr((type.v as TypeInfo).dict, '__dict__') as PyObject;
  const gs = d.v as { set: ((o: PyObject, v: PyObject | null) => void) | null };
  gs.set = (o, v) => {
    if (v === null) raise(T.TypeError, 'cannot delete __dict__');
    if (v.t !== T.dict && !isSubtype(v.t, T.dict)) raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    const old = o.d as PyObject | null;
    o.d = incref(v);
    xdecref(old);
  };
}

// ================================================================ partial

class PartialData {
  /** pto->vectorcall (3.10+): set while fn has a vectorcall; dropped for good by the fallback */
  vectorcall = false;
  constructor(public fn: PyObject, public args: PyObject, public kw: PyObject) {}
}

/** partialobject: fn, args, kw, dict, weakreflist and use_fastcall (3.8) or vectorcall. */
const PARTIAL_BASICSIZE = 64;

function pd(o: PyObject): PartialData {
  return o.v as PartialData;
}

function isPartial(o: PyObject): boolean {
  return o.t === partialType || isSubtype(o.t, partialType);
}

/** PySequence_Concat of two tuples (tupleconcat returns an operand when the other is empty). */
function tupleConcat(a: PyObject, b: PyObject): PyObject {
  const c = (T.tuple.v as TypeInfo & { sqConcat?: (a: PyObject, b: PyObject) => PyObject }).sqConcat;
  if (c !== undefined) return c(a, b);
  const items = [...(a.v as PyObject[]), ...(b.v as PyObject[])];
  for (const x of items) x.rc++;
  return newTuple(items);
}

/** The keyword dict a tp_call in progress received: the one _PyObject_MakeTpCall built (or the
 * caller's, for CALL_FUNCTION_EX), or null without keywords. `owned`: a dict made here because
 * the call came by a path that does not hand one over (the caller releases it). */
function tpCallKw(args: PyObject[], kwnames: string[] | null): { kw: PyObject | null; owned: boolean } {
  if (kwnames === null || kwnames.length === 0) return { kw: null, owned: false };
  if (makeTpCall.args === args && makeTpCall.kwd !== null) return { kw: makeTpCall.kwd, owned: false };
  const npos = args.length - kwnames.length;
  return { kw: callHooks.kwdict(args.slice(npos), kwnames), owned: true };
}

/** The positional-argument tuple of a tp_call in progress (a new reference). */
function tpCallArgs(args: PyObject[], kwnames: string[] | null): PyObject {
  if (makeTpCall.args === args) return incref(makeTpCall.tuple ?? EMPTY_TUPLE());
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos === 0) return incref(EMPTY_TUPLE());
  return newTuple(args.slice(0, npos).map((x) => incref(x)));
}

function partialNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type !== partialType) throw new NotSimulated('instances of subclasses of functools.partial', ST.line);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) raise(T.TypeError, "type 'partial' takes at least one argument");
  let func = args[0];
  let pargs: PyObject | null = null;
  let pkw: PyObject | null = null;
  // a partial of a partial (without a __dict__) takes over its function and arguments
  const flatten = P.minor <= 8 ? func.t === partialType && type === partialType : isPartial(func);
  if (flatten && func.d === null) {
    const part = pd(func);
    pargs = part.args;
    pkw = part.kw;
    func = part.fn;
  }
  if (!callable(func)) raise(T.TypeError, 'the first argument must be callable');
  const { kw, owned } = tpCallKw(args, kwnames);
  try {
    return partialMake(type, func, pargs, pkw, args, npos, kw);
  } finally {
    if (owned) xdecref(kw);
  }
}

function partialMake(type: PyObject, func: PyObject, pargs: PyObject | null, pkw: PyObject | null, args: PyObject[], npos: number, kw: PyObject | null): PyObject {
  const pto = gcNew(type, null, PARTIAL_BASICSIZE + 16);
  func.rc++;
  // PyTuple_GetSlice(args, 1, PY_SSIZE_T_MAX)
  const nargs = npos > 1 ? newTuple(args.slice(1, npos).map((x) => incref(x))) : incref(EMPTY_TUPLE());
  let pa: PyObject;
  if (pargs === null) pa = nargs;
  else {
    try {
      pa = tupleConcat(pargs, nargs);
    } finally {
      decref(nargs);
    }
  }
  let k: PyObject;
  if (pkw === null || dictLen(pkw) === 0) {
    if (kw === null) k = newDict();
    else if (kw.rc === 1) k = incref(kw);
    else k = dictCopy(kw);
  } else {
    k = dictCopy(pkw);
    if (kw !== null) dictMerge(k, kw, true);
  }
  pto.v = new PartialData(func, pa, k);
  setVectorcall(pto);
  return pto;
}

/** partial_setvectorcall (3.10+); 3.8's use_fastcall has no effect outside partial_call. */
function setVectorcall(pto: PyObject): void {
  const p = pd(pto);
  p.vectorcall = usesVectorcall(p.fn);
}

function partialDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakrefs(o);
  const p = o.v as PartialData | null;
  const d = o.d as PyObject | null;
  o.v = null;
  o.d = null;
  if (p !== null) {
    decref(p.fn);
    decref(p.args);
    decref(p.kw);
  }
  xdecref(d);
  gcFree(o, PARTIAL_BASICSIZE + 16);
}

/** partial_call: the tp_call path (3.8 always; later versions without a vectorcall). */
function partialCall(pto: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const argsTuple = tpCallArgs(args, kwnames);
  const { kw: kwargs, owned } = tpCallKw(args, kwnames);
  try {
    return partialCallWith(pto, argsTuple, kwargs);
  } finally {
    decref(argsTuple);
    if (owned) xdecref(kwargs);
  }
}

function partialCallWith(pto: PyObject, argsTuple: PyObject, kwargs: PyObject | null): PyObject {
  const p = pd(pto);
  // the keywords: the call's dict, or a copy of the partial's merged with it (a function taking
  // **kwargs may change the dict it gets)
  let kwargs2: PyObject | null;
  if (dictLen(p.kw) === 0) kwargs2 = kwargs === null ? null : incref(kwargs);
  else {
    kwargs2 = dictCopy(p.kw);
    if (kwargs !== null) {
      try {
        dictMerge(kwargs2, kwargs, true);
      } catch (e) {
        decref(kwargs2);
        throw e;
      }
    }
  }
  try {
    const kwItems = kwargs2 === null ? [] : [...dictEntries(kwargs2)];
    const names = kwItems.length > 0 ? kwItems.map(([k]) => k.v as string) : null;
    const keys = kwItems.map(([k]) => k);
    const vals = kwItems.map(([, v]) => v);
    if (kwItems.some(([k]) => k.t !== T.str)) throw new NotSimulated('a keyword that is not a str', ST.line);
    if (P.minor <= 8 && usesVectorcall(p.fn)) {
      // partial_fastcall: the partial's arguments then the call's on a C stack (PyMem when more
      // than five), _PyObject_FastCallDict
      const own = p.args.v as PyObject[];
      const extra = argsTuple.v as PyObject[];
      const n = own.length + extra.length;
      const bytes = own.length > 0 && extra.length > 0 && n > 5 ? 8 * n : 0;
      const addr = bytes > 0 ? callHooks.malloc(bytes) : 0;
      try {
        return callDict(p.fn, [...own, ...extra, ...vals], names, keys, kwargs2);
      } finally {
        if (bytes > 0) callHooks.free(addr, bytes);
      }
    }
    // PySequence_Concat(pto->args, args), PyObject_Call(fn, args2, kwargs2)
    const args2 = tupleConcat(p.args, argsTuple);
    try {
      return callObjectTuple(p.fn, [...(args2.v as PyObject[]), ...vals], names, keys, args2, kwargs2);
    } finally {
      decref(args2);
    }
  } finally {
    xdecref(kwargs2);
  }
}

/** partial_vectorcall (3.10+). */
function partialVectorcall(pto: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const p = pd(pto);
  if (dictLen(p.kw) !== 0) {
    // partial_vectorcall_fallback: no vectorcall from now on, this call through tp_call
    p.vectorcall = false;
    return call(pto, args, kwnames);
  }
  const own = p.args.v as PyObject[];
  if (args.length === 0) return call(p.fn, own.slice(), null);
  // PY_VECTORCALL_ARGUMENTS_OFFSET lets a lone argument of its own go in front without a copy;
  // otherwise the arguments go on a C stack (PyMem when more than five)
  const n = own.length + args.length;
  const bytes = own.length !== 1 && n > 5 ? 8 * n : 0;
  const addr = bytes > 0 ? callHooks.malloc(bytes) : 0;
  try {
    return call(p.fn, [...own, ...args], kwnames);
  } finally {
    if (bytes > 0) callHooks.free(addr, bytes);
  }
}

function partialRepr(o: PyObject): PyObject {
  if (!reprEnter(o)) return newStr('...');
  try {
    const p = pd(o);
    let arglist = '';
    for (const a of p.args.v as PyObject[]) arglist += `, ${reprJs(a)}`;
    for (const [k, v] of [...dictEntries(p.kw)]) {
      v.rc++;
      try {
        arglist += `, ${strJs(k)}=${reprJs(v)}`;
      } finally {
        decref(v);
      }
    }
    const ti = o.t.v as TypeInfo;
    const name = P.minor >= 13 ? `${ti.module}.${ti.qualname}` : ti.name;
    return newStr(`${name}(${reprJs(p.fn)}${arglist})`);
  } finally {
    reprLeave(o);
  }
}

function initPartialType(ti: TypeInfo): void {
  ti.gc = true;
  ti.hasDict = true;
  ti.hasWeakref = true;
  ti.basicsize = () => PARTIAL_BASICSIZE;
  ti.new = partialNew;
  ti.dealloc = partialDealloc;
  ti.traverse = (o, visit: Visit) => {
    if (heapTypes()) visit(o.t);
    const p = o.v as PartialData | null;
    if (p !== null) {
      visit(p.fn);
      visit(p.args);
      visit(p.kw);
    }
    if (o.d !== null) visit(o.d as PyObject);
  };
  // partial_clear (3.10+; 3.8 has none)
  ti.clear = P.minor >= 10 ? (o) => {
    const p = o.v as PartialData | null;
    const d = o.d as PyObject | null;
    o.v = null;
    o.d = null;
    if (p !== null) {
      decref(p.fn);
      decref(p.args);
      decref(p.kw);
    }
    xdecref(d);
  } : null;
  ti.call = (f, args, kw) => {
    const p = f.v as PartialData | null;
    if (p === null) raise(T.TypeError, "'functools.partial' object is not callable");
    if (makeTpCall.args !== args && P.minor >= 10 && p.vectorcall) return partialVectorcall(f, args, kw);
    return partialCall(f, args, kw);
  };
  ti.instVectorcall = (o) => P.minor >= 10 && o.v !== null && (o.v as PartialData).vectorcall;
  ti.repr = partialRepr;
  ti.getattr = (o, name) => genericGetAttr(o, name);
  ti.setattr = dictSlotSetAttr;
  if (P.minor >= 13) {
    ti.descrGet = (self, obj) => {
      if (obj === null || obj === S.None) return incref(self);
      throw new NotSimulated('functools.partial as a method (3.13 warns with a FutureWarning)', ST.line);
    };
  }
}

function definePartialMethods(t: PyObject): void {
  if (P.minor >= 9) {
    defClassMethods(t, {
      __class_getitem__: () => {
        throw new NotSimulated('types.GenericAlias (functools.partial[...])', ST.line);
      },
    });
  }
  defReadonlyMembers(t, {
    func: (o) => incref(pd(o).fn),
    args: (o) => incref(pd(o).args),
    keywords: (o) => incref(pd(o).kw),
  });
  defDictGetset(t);
  defMethods(t, {
    // (type, (fn,), (fn, args, kw, dict or None))
    __reduce__: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      const p = pd(self);
      p.fn.rc += 2;
      p.args.rc++;
      p.kw.rc++;
      const d = (self.d as PyObject | null) ?? S.None;
      d.rc++;
      self.t.rc++;
      const a = newTuple([p.fn]);
      const st = newTuple([p.fn, p.args, p.kw, d]);
      return newTuple([self.t, a, st]);
    },
    __setstate__: (self, args, kw) => {
      const state = oneArg('__setstate__', args, kw);
      const items = state.t === T.tuple || isSubtype(state.t, T.tuple) ? (state.v as PyObject[]) : null;
      if (items === null || items.length !== 4) raise(T.TypeError, 'invalid partial state');
      const [fn, fnargs, kwo, dict] = items;
      if (!callable(fn) || !(fnargs.t === T.tuple || isSubtype(fnargs.t, T.tuple)) || (kwo !== S.None && !(kwo.t === T.dict || isSubtype(kwo.t, T.dict)))) {
        raise(T.TypeError, 'invalid partial state');
      }
      if (fnargs.t !== T.tuple || (kwo !== S.None && kwo.t !== T.dict)) throw new NotSimulated('functools.partial.__setstate__ with a tuple or dict subclass', ST.line);
      fnargs.rc++;
      const k = kwo === S.None ? newDict() : incref(kwo);
      const d = dict === S.None ? null : incref(dict);
      const p = pd(self);
      const oldFn = p.fn;
      p.fn = incref(fn);
      decref(oldFn);
      const oldArgs = p.args;
      p.args = fnargs;
      decref(oldArgs);
      const oldKw = p.kw;
      p.kw = k;
      decref(oldKw);
      const oldD = self.d as PyObject | null;
      self.d = d;
      xdecref(oldD);
      setVectorcall(self);
      return none();
    },
  });
}

// ================================================================ reduce

function reduceImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) raise(T.TypeError, 'reduce() takes no keyword arguments');
  if (args.length < 2) raise(T.TypeError, `reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) raise(T.TypeError, `reduce expected at most 3 arguments, got ${args.length}`);
  const [func, seq] = args;
  let result: PyObject | null = args.length > 2 ? incref(args[2]) : null;
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    xdecref(result);
    if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
      decref(e.exc);
      raise(T.TypeError, 'reduce() arg 2 must support iteration');
    }
    throw e;
  }
  // the argument tuple, reused while the function does not keep it
  let targs: PyObject = newTupleSlots(2);
  try {
    for (;;) {
      if (targs.rc > 1) {
        decref(targs);
        targs = newTupleSlots(2);
      }
      const op2 = iterNext(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      const items = targs.v as PyObject[];
      const old0 = items[0];
      const old1 = items[1];
      items[0] = result;
      items[1] = op2;
      result = null;
      decref(old0);
      decref(old1);
      tupleFilled(targs);
      result = callObjectTuple(func, items.slice(), null, null, targs);
      // bpo-42536 (3.10+): the collector may have untracked the reused tuple
      if (P.minor >= 10 && !(targs.f & F_TRACKED)) gcTrack(targs);
    }
  } catch (e) {
    decref(targs);
    xdecref(result);
    decref(it);
    throw e;
  }
  decref(targs);
  decref(it);
  if (result === null) raise(T.TypeError, `reduce() of empty ${P.minor >= 10 ? 'iterable' : 'sequence'} with no initial value`);
  return result;
}

// ================================================================ cmp_to_key

class KeyData {
  constructor(public cmp: PyObject, public obj: PyObject | null) {}
}

/** keyobject: cmp and object (a GC object from 3.10). */
function keyBytes(): number {
  return P.minor >= 10 ? 32 + 16 : 32;
}

function newKeyObject(cmp: PyObject, obj: PyObject | null): PyObject {
  const v = new KeyData(incref(cmp), obj === null ? null : incref(obj));
  return P.minor >= 10 ? gcNew(keyType, v, keyBytes()) : plainNew(keyType, v, keyBytes());
}

function initKeyType(ti: TypeInfo): void {
  ti.gc = P.minor >= 10;
  ti.basicsize = () => 32;
  ti.new = null;
  ti.hash = null;
  ti.dealloc = (o) => {
    if (P.minor >= 10) gcUntrack(o);
    const k = o.v as KeyData;
    o.v = null;
    decref(k.cmp);
    xdecref(k.obj);
    if (P.minor >= 10) gcFree(o, keyBytes());
    else plainFree(o, keyBytes());
  };
  ti.traverse = (o, visit) => {
    if (heapTypes()) visit(o.t);
    const k = o.v as KeyData | null;
    if (k === null) return;
    visit(k.cmp);
    if (k.obj !== null) visit(k.obj);
  };
  ti.clear = (o) => {
    const k = o.v as KeyData | null;
    if (k === null) return;
    const c = k.cmp;
    const x = k.obj;
    k.obj = null;
    decref(c);
    xdecref(x);
  };
  // keyobject_call: K(obj)
  ti.call = (ko, args, kw) => {
    const [obj] = parseArgs('K', args, kw, ['obj'], 1);
    return newKeyObject((ko.v as KeyData).cmp, obj as PyObject);
  };
  ti.richcompare = (ko, other, op) => {
    if (other.t !== ko.t) raise(T.TypeError, 'other argument must be K instance');
    const x = (ko.v as KeyData).obj;
    const y = (other.v as KeyData).obj;
    if (x === null || y === null) raise(T.AttributeError, 'object');
    const res = call((ko.v as KeyData).cmp, [x, y]);
    try {
      return richCompare(res, smallInt(0), op);
    } finally {
      decref(res);
    }
  };
}

// ================================================================ _lru_cache_wrapper

/** lru_list_elem: a non-GC object (prev/next borrowed, the key's hash, key, result). */
class Elem {
  prev: Elem;
  next: Elem;
  hash: number | bigint = 0;
  key: PyObject | null = null;
  result: PyObject | null = null;
  obj: PyObject | null = null;
  constructor() {
    this.prev = this;
    this.next = this;
  }
}
const ELEM_BYTES = 56;

type LruKind = 'uncached' | 'infinite' | 'bounded';

class LruData {
  root = new Elem();
  hits = 0;
  misses = 0;
  constructor(public kind: LruKind, public typed: boolean, public cache: PyObject, public func: PyObject, public maxsize: number, public cacheInfoType: PyObject) {}
}

function lruBasicsize(): number {
  return P.minor >= 10 ? 152 : 128;
}

function ld(o: PyObject): LruData {
  return o.v as LruData;
}

function extractLink(l: Elem): void {
  l.prev.next = l.next;
  l.next.prev = l.prev;
}

function appendLink(d: LruData, l: Elem): void {
  const root = d.root;
  const last = root.prev;
  last.next = l;
  root.prev = l;
  l.prev = last;
  l.next = root;
}

function newElem(): PyObject {
  const e = new Elem();
  const o = plainNew(elemType, e, ELEM_BYTES);
  e.obj = o;
  return o;
}

function elemDealloc(o: PyObject): void {
  const e = o.v as Elem;
  o.v = null;
  xdecref(e.key);
  xdecref(e.result);
  e.key = null;
  e.result = null;
  plainFree(o, ELEM_BYTES);
}

/** lru_cache_make_key (a new reference). */
function makeKey(argsTuple: PyObject, kwds: PyObject | null, typed: boolean): PyObject {
  const kwdsSize = kwds === null ? 0 : dictLen(kwds);
  const items = argsTuple.v as PyObject[];
  if (!typed && kwdsSize === 0) {
    if (items.length === 1) {
      const k = items[0];
      // common scalar keys are their own key, without the enclosing tuple
      if (k.t === T.str || k.t === T.int) return incref(k);
    }
    return incref(argsTuple);
  }
  const key: PyObject[] = [];
  for (const x of items) key.push(incref(x));
  const kw = kwds === null ? [] : [...dictEntries(kwds)];
  if (kwdsSize > 0) {
    key.push(incref(kwdMark));
    for (const [k, v] of kw) {
      key.push(incref(k));
      key.push(incref(v));
    }
  }
  if (typed) {
    for (const x of items) key.push(incref(x.t));
    for (const [, v] of kw) key.push(incref(v.t));
  }
  return newTuple(key);
}

/** PyObject_Call(self->func, args, kwds) from the tp_call in progress. */
function callUser(d: LruData, args: PyObject[], kwnames: string[] | null): PyObject {
  return callObjectDict(d.func, args, kwnames);
}

function lruCall(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const d = ld(self);
  if (d.kind === 'uncached') {
    d.misses++;
    return callUser(d, args, kwnames);
  }
  const argsTuple = tpCallArgs(args, kwnames);
  const { kw: kwds, owned } = tpCallKw(args, kwnames);
  let key: PyObject;
  try {
    key = makeKey(argsTuple, kwds, d.typed);
  } finally {
    decref(argsTuple);
    if (owned) xdecref(kwds);
  }
  let h: number | bigint;
  try {
    h = pyHash(key);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (d.kind === 'infinite') {
    let found: PyObject | null;
    try {
      found = dictGetHashed(d.cache, key, h);
    } catch (e) {
      decref(key);
      throw e;
    }
    if (found !== null) {
      found.rc++;
      d.hits++;
      decref(key);
      return found;
    }
    d.misses++;
    let result: PyObject;
    try {
      result = callUser(d, args, kwnames);
    } catch (e) {
      decref(key);
      throw e;
    }
    try {
      dictSet(d.cache, key, result, h);
    } catch (e) {
      decref(result);
      decref(key);
      throw e;
    }
    decref(key);
    return result;
  }
  // bounded
  let linkObj: PyObject | null;
  try {
    linkObj = dictGetHashed(d.cache, key, h);
  } catch (e) {
    decref(key);
    throw e;
  }
  if (linkObj !== null) {
    const link = linkObj.v as Elem;
    extractLink(link);
    appendLink(d, link);
    const r = link.result as PyObject;
    d.hits++;
    r.rc++;
    decref(key);
    return r;
  }
  d.misses++;
  let result: PyObject;
  try {
    result = callUser(d, args, kwnames);
  } catch (e) {
    decref(key);
    throw e;
  }
  let test: PyObject | null;
  try {
    test = dictGetHashed(d.cache, key, h);
  } catch (e) {
    decref(key);
    decref(result);
    throw e;
  }
  if (test !== null) {
    // the same key was added during the call
    decref(key);
    return result;
  }
  if (dictLen(d.cache) < d.maxsize || d.root.next === d.root) {
    // not full: a new link
    const lo = newElem();
    const link = lo.v as Elem;
    link.hash = h;
    link.key = key;
    link.result = result;
    try {
      dictSet(d.cache, key, lo, h);
    } catch (e) {
      decref(lo);
      throw e;
    }
    appendLink(d, link);
    result.rc++;
    return result;
  }
  // full: the oldest link is taken out and reused for the new key and result
  const link = d.root.next;
  extractLink(link);
  const lo = link.obj as PyObject;
  const old = dictGetHashed(d.cache, link.key as PyObject, link.hash);
  if (old === null) {
    // someone removed the oldest key meanwhile: the orphan link goes
    decref(lo);
    decref(key);
    return result;
  }
  // _PyDict_Pop_KnownHash: the dict's reference to the link moves to popresult
  old.rc++;
  dictDelHashed(d.cache, link.key as PyObject, link.hash);
  const popresult = old;
  const oldkey = link.key as PyObject;
  const oldresult = link.result as PyObject;
  link.hash = h;
  link.key = key;
  link.result = result;
  try {
    dictSet(d.cache, key, lo, h);
  } catch (e) {
    decref(popresult);
    decref(lo);
    decref(oldkey);
    decref(oldresult);
    throw e;
  }
  appendLink(d, link);
  result.rc++;
  decref(popresult);
  decref(oldkey);
  decref(oldresult);
  return result;
}

/** The cache dict of an lru_cache wrapper that has one (maxsize not 0), or null for anything else
 * (the tracer's unbounded-growth series). */
export function lruCacheOf(o: PyObject): PyObject | null {
  if (lruType === undefined || (o.t !== lruType && !isSubtype(o.t, lruType))) return null;
  const d = o.v as LruData | null;
  return d === null || d.kind === 'uncached' ? null : d.cache;
}

function lruNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [func, maxsizeO, typedO, cacheInfoType] = parseArgs('lru_cache', args, kwnames, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4) as PyObject[];
  const typed = truthy(typedO);
  if (!callable(func)) raise(T.TypeError, 'the first argument must be callable');
  let kind: LruKind;
  let maxsize: number;
  if (maxsizeO === S.None) {
    kind = 'infinite';
    maxsize = -1;
  } else if (maxsizeO.t === T.int || maxsizeO.t === T.bool || (maxsizeO.t.v as TypeInfo).nb.index !== undefined) {
    const m = ssizeArg(maxsizeO);
    maxsize = typeof m === 'bigint' ? Number.MAX_SAFE_INTEGER : m;
    if (maxsize < 0) maxsize = 0;
    kind = maxsize === 0 ? 'uncached' : 'bounded';
  } else raise(T.TypeError, 'maxsize should be integer or None');
  const cache = newDict();
  const o = gcNew(type, null, lruBasicsize() + 16);
  func.rc++;
  kwdMark.rc++;
  if (heapTypes()) elemType.rc++;
  cacheInfoType.rc++;
  o.v = new LruData(kind, typed, cache, func, maxsize, cacheInfoType);
  return o;
}

/** lru_cache_unlink_list: the links, oldest first, taken off the root. */
function unlinkList(d: LruData): Elem[] {
  const out: Elem[] = [];
  for (let l = d.root.next; l !== d.root; l = l.next) out.push(l);
  d.root.next = d.root;
  d.root.prev = d.root;
  return out;
}

function clearList(links: Elem[]): void {
  for (const l of links) decref(l.obj as PyObject);
}

function lruClear(o: PyObject, fromDealloc = false): void {
  const d = o.v as LruData | null;
  if (d === null) return;
  const links = unlinkList(d);
  const dict = o.d as PyObject | null;
  o.d = null;
  o.v = null;
  if (P.minor >= 10) {
    decref(d.cache);
    decref(d.func);
    decref(kwdMark);
    decref(elemType);
    decref(d.cacheInfoType);
  } else if (fromDealloc) {
    decref(d.cache);
    decref(d.func);
    decref(d.cacheInfoType);
  } else {
    // 3.8's lru_cache_tp_clear goes func, cache
    decref(d.func);
    decref(d.cache);
    decref(d.cacheInfoType);
  }
  xdecref(dict);
  clearList(links);
}

function initLruType(ti: TypeInfo): void {
  ti.gc = true;
  ti.hasDict = true;
  ti.hasWeakref = P.minor >= 10;
  ti.methodDescriptor = true;
  ti.basicsize = () => lruBasicsize();
  ti.new = lruNew;
  ti.dealloc = (o) => {
    gcUntrack(o);
    if (P.minor >= 10) clearWeakrefs(o);
    lruClear(o, true);
    gcFree(o, lruBasicsize() + 16);
  };
  ti.clear = (o) => lruClear(o);
  ti.traverse = (o, visit) => {
    const d = o.v as LruData | null;
    if (heapTypes()) visit(o.t);
    if (d === null) {
      if (o.d !== null) visit(o.d as PyObject);
      return;
    }
    for (let l = d.root.next; l !== d.root; l = l.next) {
      if (l.key !== null) visit(l.key);
      if (l.result !== null) visit(l.result);
      if (heapTypes()) visit(elemType);
    }
    if (P.minor >= 10) {
      visit(d.cache);
      visit(d.func);
      visit(kwdMark);
      visit(elemType);
    } else {
      visit(d.func);
      visit(d.cache);
    }
    visit(d.cacheInfoType);
    if (o.d !== null) visit(o.d as PyObject);
  };
  ti.call = (f, args, kw) => lruCall(f, args, kw);
  ti.descrGet = (self, obj) => {
    if (obj === null || obj === S.None) return incref(self);
    return newMethod(self, obj);
  };
  ti.getattr = (o, name) => genericGetAttr(o, name);
  ti.setattr = dictSlotSetAttr;
}

function defineLruMethods(t: PyObject): void {
  defDictGetset(t);
  defMethods(t, {
    cache_info: (self, args, kw) => {
      noArgs('cache_info', args, kw);
      const d = ld(self);
      // PyObject_CallFunction(cache_info_type, "nnOn"/"nnnn", ...): the values on a C stack
      const stack = [newInt(d.hits), newInt(d.misses), d.maxsize === -1 ? none() : newInt(d.maxsize), newInt(dictLen(d.cache))];
      try {
        return call(d.cacheInfoType, stack);
      } finally {
        for (const x of stack) decref(x);
      }
    },
    cache_clear: (self, args, kw) => {
      noArgs('cache_clear', args, kw);
      const d = ld(self);
      const links = unlinkList(d);
      d.hits = 0;
      d.misses = 0;
      dictClear(d.cache);
      clearList(links);
      return none();
    },
    __reduce__: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      const q = genericGetAttr(self, '__qualname__');
      if (q === null) raise(T.AttributeError, `'${typeName(self)}' object has no attribute '__qualname__'`);
      return q;
    },
    // (METH_VARARGS: their callers make the argument tuple, methods.ts callMethodImpl)
    __copy__: (self) => incref(self),
    __deepcopy__: (self) => incref(self),
  });
}

function initElemType(ti: TypeInfo): void {
  ti.basicsize = () => ELEM_BYTES;
  ti.new = null;
  ti.dealloc = elemDealloc;
}

// ================================================================ _thread.RLock

class RLockData {
  owner = 0;
  count = 0;
}

function rlockBytes(): number {
  return P.minor >= 10 ? 48 + 16 : 48;
}

function initRLockType(ti: TypeInfo): void {
  ti.gc = P.minor >= 10;
  ti.hasWeakref = true;
  ti.basicsize = () => 48;
  ti.new = (type, args, kw) => {
    if (args.length > 0) throw new NotSimulated('_thread.RLock() with arguments', ST.line);
    void kw;
    return P.minor >= 10 ? gcNew(type, new RLockData(), rlockBytes()) : plainNew(type, new RLockData(), rlockBytes());
  };
  ti.dealloc = (o) => {
    if (P.minor >= 10) gcUntrack(o);
    clearWeakrefs(o);
    o.v = null;
    if (P.minor >= 10) gcFree(o, rlockBytes());
    else plainFree(o, rlockBytes());
  };
  ti.traverse = (o, visit) => {
    if (heapTypes()) visit(o.t);
  };
  ti.repr = (o) => {
    const r = o.v as RLockData;
    if (r.count > 0) throw new NotSimulated('the repr of a held _thread.RLock (it shows the thread id)', ST.line);
    throw new NotSimulated('the repr of a _thread.RLock (it shows its address)', ST.line);
  };
}

function defineRLockMethods(t: PyObject): void {
  const acquire = (self: PyObject): PyObject => {
    const r = self.v as RLockData;
    r.owner = 1;
    r.count++;
    S.True.rc++;
    return S.True;
  };
  const release = (self: PyObject): PyObject => {
    const r = self.v as RLockData;
    if (r.count === 0) raise(T.RuntimeError, 'cannot release un-acquired lock');
    r.count--;
    if (r.count === 0) r.owner = 0;
    return none();
  };
  defMethods(t, {
    acquire: (self, args, kw) => {
      if (args.length > 0) throw new NotSimulated('_thread.RLock.acquire() with arguments', ST.line);
      void kw;
      return acquire(self);
    },
    __enter__: (self, args, kw) => {
      if (args.length > 0) throw new NotSimulated('_thread.RLock.__enter__() with arguments', ST.line);
      void kw;
      return acquire(self);
    },
    release: (self, args, kw) => (noArgs('release', args, kw), release(self)),
    __exit__: (self) => release(self),
  });
}

// ================================================================ the Python part
//
// Lib/functools.py's functions are Python code in CPython. HeapLens runs them as TypeScript that
// performs the same operations on the simulated heap in the same order (the getattr/setattr
// sequence of update_wrapper and its `wrapper.__dict__.update(...)`, the partial wraps() makes,
// the _lru_cache_wrapper and its cache_parameters function, the class attributes total_ordering
// sets, the instance dict cached_property fills). Each call runs in a frame of its own
// (runStdlibFrame: the recursion level, a frame object sized as CPython's on 3.8/3.10, the
// frame in tracebacks). What the Python code's temporaries do to the collector's counts is not
// reproduced: after a call, gc.get_count() stops until the next full collection
// (pythonLevelCall); a traceback through one of these frames, the frame's attributes and the
// functions' attributes other than their names stop the run.

/** A function Lib/functools.py defines, run as TypeScript: a stand-in (standin.ts) of functools'
 * own stand-in type; __name__ can be assigned (update_wrapper does), and a collection that frees
 * one frees CPython's closure cells too, which HeapLens does not have. */
const KIND: StandInKind = { module: 'functools', renamable: true, collectUnsimulated: true };

let standInType: PyObject = undefined as unknown as PyObject;
/** singledispatch's wrapper(*args, **kw): a 3.11+ CALL moves the caller's references into its
 * *args tuple */
const KIND_STEAL: StandInKind = { ...KIND, steal: true };
let stealStandInType: PyObject = undefined as unknown as PyObject;
let moduleDict: PyObject = undefined as unknown as PyObject;

function newStandIn(name: string, qualname: string, body: (si: StandIn, args: PyObject[], kwnames: string[] | null) => PyObject, held: PyObject[] = []): PyObject {
  return newStandInOf(standInType, new StandIn(KIND, 'functools', newStr(name), qualname, body, held));
}

/** Frame sizes (co_stacksize, co_nlocals + cells + free variables) of Lib/functools.py's code
 * objects, measured on each version (f.__code__). */
const FRAMES: Record<string, Record<string, [number, number]>> = {
  update_wrapper: { 8: [9, 6], 10: [9, 6], 11: [8, 6] },
  wraps: { 8: [6, 3], 10: [6, 3], 11: [6, 3], 13: [7, 3] },
  lru_cache: { 8: [5, 7], 10: [5, 7], 11: [6, 7] },
  'lru_cache.<locals>.decorating_function': { 8: [5, 4], 10: [5, 4], 11: [6, 4] },
  'lru_cache.<locals>.<lambda>': { 8: [3, 2] },
  'lru_cache.<locals>.decorating_function.<locals>.<lambda>': { 8: [3, 2] },
  cache: { 8: [3, 1], 11: [4, 1] },
  total_ordering: { 8: [5, 6], 11: [6, 6], 12: [9, 6] },
  compare: { 8: [3, 4], 10: [4, 4], 11: [4, 3] },
  'cached_property.__init__': { 8: [2, 2] },
  'cached_property.__set_name__': { 8: [6, 3], 11: [7, 3] },
  'cached_property.__get__': { 8: [9, 6], 11: [7, 6], 12: [6, 6] },
  'partialmethod.__init__': { 8: [5, 5], 10: [4, 4], 11: [5, 4] },
  'partialmethod.__get__': { 8: [8, 6], 11: [5, 6] },
  'partialmethod.__repr__': { 8: [7, 4], 13: [7, 5] },
  'partialmethod.__isabstractmethod__': { 8: [4, 1], 11: [5, 1] },
  singledispatch: { 8: [5, 10], 10: [6, 11], 11: [7, 12] },
  'singledispatch.<locals>.dispatch': { 8: [11, 6], 11: [6, 6] },
  'singledispatch.<locals>.register': { 8: [6, 10], 10: [6, 11], 11: [7, 14] },
  'singledispatch.<locals>.register.<locals>.<lambda>': { 8: [3, 3], 11: [4, 3] },
  'singledispatch.<locals>.wrapper': { 8: [3, 4], 10: [4, 4], 11: [5, 4] },
  _find_impl: { 8: [6, 5], 11: [7, 5] },
  'singledispatchmethod.__init__': { 8: [3, 2], 11: [4, 2] },
  'singledispatchmethod.register': { 8: [4, 3] },
  'singledispatchmethod.__get__': { 8: [3, 7], 11: [4, 7] },
  'singledispatchmethod.__get__.<locals>._method': { 8: [4, 6], 11: [5, 6] },
  'singledispatchmethod.__isabstractmethod__': { 8: [4, 1], 11: [5, 1] },
};

const codes = new Map<string, Code>();
function codeFor(qualname: string, key = qualname): Code {
  return stdlibCodeFor(codes, 'functools', qualname, FRAMES[key]);
}

/** Enter a stand-in's frame: the collector's counts become unknown, the body runs in the frame. */
function pyCall(qualname: string, locals: PyObject[], body: () => PyObject, key = qualname): PyObject {
  const code = codeFor(qualname, key);
  pythonLevelCall(`functools.${qualname}()`, `functools.${qualname} is Python code in CPython (Lib/functools.py), whose frames and temporary objects HeapLens does not reproduce`);
  return runStdlibFrame(code, moduleDict, locals, () => body());
}

function isAttributeError(e: unknown): e is PyErr {
  return e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError);
}

/** The builtin getattr(o, name[, default]) with a name object. */
function builtinGetattr(o: PyObject, name: PyObject, dflt: PyObject | null = null): PyObject {
  attrNameCheck('getattr', name);
  if (dflt !== null) return getAttrOpt(o, name.v as string) ?? incref(dflt);
  return getAttr(o, name.v as string);
}

function attrNameCheck(fn: string | null, name: PyObject): void {
  if (name.t === T.str || isSubtype(name.t, T.str)) return;
  raise(T.TypeError, fn !== null && P.minor < 11 ? `${fn}(): attribute name must be string` : `attribute name must be string, not '${typeName(name)}'`);
}

let WRAPPER_ASSIGNMENTS: PyObject = undefined as unknown as PyObject;
let WRAPPER_UPDATES: PyObject = undefined as unknown as PyObject;
let updateWrapperFn: PyObject = undefined as unknown as PyObject;
let cacheInfoType: PyObject = undefined as unknown as PyObject;

const SIG_UPDATE_WRAPPER: PySig = { name: 'update_wrapper', qualname: 'update_wrapper', params: ['wrapper', 'wrapped', 'assigned', 'updated'], posonly: 0, ndefaults: 2 };
const SIG_WRAPS: PySig = { name: 'wraps', qualname: 'wraps', params: ['wrapped', 'assigned', 'updated'], posonly: 0, ndefaults: 2 };
const SIG_LRU: PySig = { name: 'lru_cache', qualname: 'lru_cache', params: ['maxsize', 'typed'], posonly: 0, ndefaults: 2 };
const SIG_DECORATING: PySig = { name: 'decorating_function', qualname: 'lru_cache.<locals>.decorating_function', params: ['user_function'], posonly: 0, ndefaults: 0 };
const SIG_CACHE: PySig = { name: 'cache', qualname: 'cache', params: ['user_function'], posonly: 1, ndefaults: 0 };
const SIG_TOTAL: PySig = { name: 'total_ordering', qualname: 'total_ordering', params: ['cls'], posonly: 0, ndefaults: 0 };

function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned: PyObject, updated: PyObject): PyObject {
  return pyCall('update_wrapper', [wrapper, wrapped, assigned, updated], () => {
    // for attr in assigned: try: value = getattr(wrapped, attr) except AttributeError: pass
    // else: setattr(wrapper, attr, value)
    forEachItem(assigned, (attr) => {
      let value: PyObject;
      try {
        value = builtinGetattr(wrapped, attr);
      } catch (e) {
        if (!isAttributeError(e)) throw e;
        decref(e.exc);
        return;
      }
      try {
        attrNameCheck(null, attr);
        setAttr(wrapper, attr.v as string, value);
      } finally {
        decref(value);
      }
    });
    // for attr in updated: getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    forEachItem(updated, (attr) => {
      const target = builtinGetattr(wrapper, attr);
      try {
        const meth = getAttr(target, 'update');
        try {
          const empty = newDict();
          let src: PyObject;
          try {
            src = builtinGetattr(wrapped, attr, empty);
          } finally {
            decref(empty);
          }
          try {
            decref(call(meth, [src]));
          } finally {
            decref(src);
          }
        } finally {
          decref(meth);
        }
      } finally {
        decref(target);
      }
    });
    // wrapper.__wrapped__ = wrapped
    setAttr(wrapper, '__wrapped__', wrapped);
    return incref(wrapper);
  });
}

/** The function `lambda: {'maxsize': maxsize, 'typed': typed}` lru_cache stores as the
 * wrapper's cache_parameters (3.9+), with the values its cells hold. */
function cacheParameters(qualname: string, maxsize: PyObject, typed: PyObject): PyObject {
  return newStandIn('<lambda>', qualname, (si, args, kw) => {
    bindPy({ name: '<lambda>', qualname, params: [], posonly: 0, ndefaults: 0 }, args, kw);
    return pyCall(qualname, [], () => {
      // BUILD_MAP of two str keys
      const d = newDictPresized(2, true);
      try {
        dictSetStr(d, 'maxsize', si.held[0]);
        dictSetStr(d, 'typed', si.held[1]);
      } catch (e) {
        decref(d);
        throw e;
      }
      return d;
    });
  }, [incref(maxsize), incref(typed)]);
}

/** `_lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)`, its cache_parameters, and
 * `update_wrapper(wrapper, user_function)`. */
function makeLruWrapper(userFunction: PyObject, maxsize: PyObject, typed: PyObject, lambdaName: string): PyObject {
  const wrapper = call(lruType, [userFunction, maxsize, typed, cacheInfoType]);
  try {
    if (P.minor >= 9) {
      const cp = cacheParameters(lambdaName, maxsize, typed);
      try {
        setAttr(wrapper, 'cache_parameters', cp);
      } finally {
        decref(cp);
      }
    }
    return updateWrapper(wrapper, userFunction, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES);
  } finally {
    decref(wrapper);
  }
}

function lruCacheImpl(args: PyObject[], kw: string[] | null): PyObject {
  const b = bindPy(SIG_LRU, args, kw);
  let maxsize = b.args[0] ?? smallInt(128);
  const typed = b.args[1] ?? S.False;
  return pyCall('lru_cache', [maxsize, typed], () => {
    maxsize.rc++;
    try {
      if (maxsize.t === T.int || isSubtype(maxsize.t, T.int)) {
        // if maxsize < 0: maxsize = 0
        const zero = smallInt(0);
        const lt = richCompare(maxsize, zero, Py_LT);
        let neg: boolean;
        try {
          neg = truthy(lt);
        } finally {
          decref(lt);
        }
        if (neg) {
          decref(maxsize);
          maxsize = incref(zero);
        }
      } else if (callable(maxsize) && (typed.t === T.bool)) {
        // user_function, maxsize = maxsize, 128
        const userFunction = maxsize;
        maxsize = incref(smallInt(128));
        try {
          return makeLruWrapper(userFunction, maxsize, typed, 'lru_cache.<locals>.<lambda>');
        } finally {
          decref(userFunction);
        }
      } else if (maxsize !== S.None) {
        raise(T.TypeError, 'Expected first argument to be an integer, a callable, or None');
      }
      // def decorating_function(user_function): ... (a closure over maxsize and typed)
      const qn = 'lru_cache.<locals>.decorating_function';
      return newStandIn('decorating_function', qn, (si, a, k) => {
        const userFunction = bindPy(SIG_DECORATING, a, k).args[0] as PyObject;
        return pyCall(qn, [userFunction], () => makeLruWrapper(userFunction, si.held[0], si.held[1], 'lru_cache.<locals>.decorating_function.<locals>.<lambda>'));
      }, [incref(maxsize), incref(typed)]);
    } finally {
      decref(maxsize);
    }
  });
}

// total_ordering: the root comparison each class defines, and the functions that derive the
// others from it (_convert)
const CONVERT: Record<string, [string, string][]> = {
  __lt__: [['__gt__', '_gt_from_lt'], ['__le__', '_le_from_lt'], ['__ge__', '_ge_from_lt']],
  __le__: [['__ge__', '_ge_from_le'], ['__lt__', '_lt_from_le'], ['__gt__', '_gt_from_le']],
  __gt__: [['__lt__', '_lt_from_gt'], ['__ge__', '_ge_from_gt'], ['__le__', '_le_from_gt']],
  __ge__: [['__le__', '_le_from_ge'], ['__gt__', '_gt_from_ge'], ['__lt__', '_lt_from_ge']],
};
const derived = new Map<string, PyObject>();

/** `root(self, other)`: 3.8 calls self.__lt__(other) (a bound method), later versions
 * type(self).__lt__(self, other). */
function callRoot(root: string, self: PyObject, other: PyObject): PyObject {
  if (P.minor <= 8) return callMethod(self, root, [other]);
  const m = getAttr(self.t, root);
  try {
    return call(m, [self, other]);
  } finally {
    decref(m);
  }
}

function notOf(x: PyObject): boolean {
  return !truthy(x);
}

/** The body of a derived comparison (Lib/functools.py's _gt_from_lt and friends). */
function derivedCompare(fname: string, self: PyObject, other: PyObject): PyObject {
  const root = `__${fname.slice(-2)}__`;
  const op = fname.slice(1, 3);
  const r = callRoot(root, self, other);
  if (r === S.NotImplemented) return r;
  const ne = (): PyObject => richCompare(self, other, Py_NE);
  const eq = (): PyObject => richCompare(self, other, Py_EQ);
  // `a and b` / `a or b` give one of the operands
  const and = (a: PyObject, b: () => PyObject): PyObject => {
    if (!truthy(a)) return a;
    decref(a);
    return b();
  };
  const or = (a: PyObject, b: () => PyObject): PyObject => {
    if (truthy(a)) return a;
    decref(a);
    return b();
  };
  const not = (a: PyObject): PyObject => {
    try {
      return newBool(notOf(a));
    } finally {
      decref(a);
    }
  };
  const kind = `${op}_from_${fname.slice(-2)}`;
  switch (kind) {
    // not a < b and a != b
    case 'gt_from_lt': case 'lt_from_gt': case 'lt_from_ge': case 'gt_from_le':
      if (kind === 'lt_from_ge' || kind === 'gt_from_le') return and(not(r), ne);
      return and(not(r), ne);
    // a < b or a == b
    case 'le_from_lt': case 'ge_from_gt':
      return or(r, eq);
    // not a < b
    case 'ge_from_lt': case 'le_from_gt':
      return not(r);
    // (not a <= b) or a == b
    case 'ge_from_le': case 'le_from_ge':
      return or(not(r), eq);
    // a <= b and a != b
    case 'lt_from_le': case 'gt_from_ge':
      return and(r, ne);
  }
  decref(r);
  throw new Error(`functools: ${kind}`);
}

function makeDerived(fname: string): PyObject {
  const sig: PySig = P.minor <= 8
    ? { name: fname, qualname: fname, params: ['self', 'other', 'NotImplemented'], posonly: 0, ndefaults: 1 }
    : { name: fname, qualname: fname, params: ['self', 'other'], posonly: 0, ndefaults: 0 };
  const held = P.minor <= 8 ? [incref(S.NotImplemented)] : [];
  return newStandIn(fname, fname, (_si, args, kw) => {
    const b = bindPy(sig, args, kw);
    const self = b.args[0] as PyObject;
    const other = b.args[1] as PyObject;
    return pyCall(fname, [self, other], () => derivedCompare(fname, self, other), 'compare');
  }, held);
}

function totalOrdering(cls: PyObject): PyObject {
  return pyCall('total_ordering', [cls], () => {
    // roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    const roots: string[] = [];
    for (const op of Object.keys(CONVERT)) {
      const a = getAttrOpt(cls, op) ?? incref(S.None);
      const b = getAttrOpt(T.object, op) ?? incref(S.None);
      if (a !== b) roots.push(op);
      decref(a);
      decref(b);
    }
    if (roots.length === 0) raise(T.ValueError, 'must define at least one ordering operation: < > <= >=');
    // root = max(roots): '__lt__' > '__le__' > '__gt__' > '__ge__'
    const root = roots.slice().sort().reverse()[0];
    for (const [opname, fname] of CONVERT[root]) {
      if (roots.includes(opname)) continue;
      const fn = derived.get(fname) as PyObject;
      // opfunc.__name__ = opname; setattr(cls, opname, opfunc)
      const n = newStr(opname);
      try {
        setAttr(fn, '__name__', n);
      } finally {
        decref(n);
      }
      setAttr(cls, opname, fn);
    }
    return incref(cls);
  });
}

// cached_property

let cachedPropertyType: PyObject = undefined as unknown as PyObject;
let notFound: PyObject = undefined as unknown as PyObject;

/** `raise TypeError(msg) from None` while `context` is being handled. */
function raiseFromNone(msg: string, context: PyObject | null): never {
  const e = newException(T.TypeError, [newStrTemp(msg)]);
  const ed = e.v as ExcData;
  ed.suppressContext = true;
  if (context !== null) ed.context = context;
  throw new PyErr(e);
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

function cpInit(self: PyObject, func: PyObject): PyObject {
  return pyCall('cached_property.__init__', [self, func], () => {
    setAttr(self, 'func', func);
    setAttr(self, 'attrname', S.None);
    const doc = getAttr(func, '__doc__');
    try {
      setAttr(self, '__doc__', doc);
    } finally {
      decref(doc);
    }
    if (P.minor >= 12) {
      if (P.minor >= 13) {
        const m = getAttr(func, '__module__');
        try {
          setAttr(self, '__module__', m);
        } finally {
          decref(m);
        }
      }
    } else {
      const lock = call(rlockType, []);
      try {
        setAttr(self, 'lock', lock);
      } finally {
        decref(lock);
      }
    }
    return incref(S.None);
  });
}

function cpSetName(self: PyObject, owner: PyObject, name: PyObject): PyObject {
  return pyCall('cached_property.__set_name__', [self, owner, name], () => {
    const attrname = getAttr(self, 'attrname');
    try {
      if (attrname === S.None) setAttr(self, 'attrname', name);
      else {
        const ne = richCompare(name, attrname, Py_NE);
        let differ: boolean;
        try {
          differ = truthy(ne);
        } finally {
          decref(ne);
        }
        if (differ) raise(T.TypeError, `Cannot assign the same cached_property to two different names (${reprJs(attrname)} and ${reprJs(name)}).`);
      }
    } finally {
      decref(attrname);
    }
    return incref(S.None);
  });
}

function cpGet(self: PyObject, instance: PyObject, owner: PyObject): PyObject {
  return pyCall('cached_property.__get__', [self, instance, owner], () => {
    if (instance === S.None) return incref(self);
    const attrname = getAttr(self, 'attrname');
    try {
      if (attrname === S.None) raise(T.TypeError, 'Cannot use cached_property instance without calling __set_name__ on it.');
      let cache: PyObject;
      try {
        cache = getAttr(instance, '__dict__');
      } catch (e) {
        if (!isAttributeError(e)) throw e;
        const tn = getAttr(instance.t, '__name__');
        let msg: string;
        try {
          msg = `No '__dict__' attribute on ${reprJs(tn)} instance to cache ${reprJs(attrname)} property.`;
        } finally {
          decref(tn);
        }
        raiseFromNone(msg, e.exc);
      }
      try {
        const lookup = (): PyObject => callMethod(cache, 'get', [attrname, notFound]);
        let val = lookup();
        if (val !== notFound) return val;
        decref(val);
        const fill = (): PyObject => {
          const v = callMethod(self, 'func', [instance]);
          try {
            setItem(cache, attrname, v);
          } catch (e) {
            if (!(e instanceof PyErr && isSubtype(e.exc.t, T.TypeError))) {
              decref(v);
              throw e;
            }
            decref(v);
            const tn = getAttr(instance.t, '__name__');
            let msg: string;
            try {
              msg = `The '__dict__' attribute on ${reprJs(tn)} instance does not support item assignment for caching ${reprJs(attrname)} property.`;
            } finally {
              decref(tn);
            }
            raiseFromNone(msg, e.exc);
          }
          return v;
        };
        if (P.minor >= 12) return fill();
        // with self.lock: (the lock's __enter__/__exit__)
        const lock = getAttr(self, 'lock');
        try {
          decref(callMethod(lock, '__enter__', []));
          let ok = false;
          try {
            val = lookup();
            if (val === notFound) {
              decref(val);
              val = fill();
            }
            ok = true;
          } finally {
            if (ok || true) decref(callMethod(lock, '__exit__', [S.None, S.None, S.None]));
          }
          return val;
        } finally {
          decref(lock);
        }
      } finally {
        decref(cache);
      }
    } finally {
      decref(attrname);
    }
  });
}

function standInMethod(name: string, sig: PySig, body: (b: (PyObject | null)[]) => PyObject, cls = 'cached_property'): PyObject {
  const qn = `${cls}.${name}`;
  return newStandIn(name, qn, (_si, args, kw) => body(bindPy(sig, args, kw).args), []);
}

/** `f(*args, **kw)` in a Python wrapper: CALL_FUNCTION_EX with the args tuple and a new dict
 * copied from kw (`f` owned). */
function callStarStar(f: PyObject, argsT: PyObject, kwd: PyObject): PyObject {
  let kw2: PyObject;
  try {
    kw2 = dictCopy(kwd);
  } catch (e) {
    decref(f);
    throw e;
  }
  return RT.callEx(f, incref(argsT), kw2);
}

/** A class of Lib/functools.py as its class statement makes it: a namespace with `__module__`,
 * `__qualname__` and what `fill` puts (each value's reference is taken over), type(name,
 * (object,), ns), and on 3.13 `__firstlineno__`, the line of the class statement in that
 * version's functools.py. */
function functoolsClass(name: string, firstLineno313: number, fill: (put: (k: string, v: PyObject) => void) => void): PyObject {
  const ns = newDict();
  try {
    const put = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    put('__module__', newStr('functools'));
    put('__qualname__', newStr(name));
    fill(put);
    const cls = typeNew(T.type, name, [T.object], ns);
    if (P.minor >= 13) {
      const n = newInt(firstLineno313);
      dictSetStr((cls.v as TypeInfo).dict, '__firstlineno__', n);
      decref(n);
    }
    return cls;
  } finally {
    decref(ns);
  }
}

/** partialmethod's and singledispatchmethod's `__isabstractmethod__`: a property whose getter is
 * `getattr(self.func, "__isabstractmethod__", False)`. */
function isAbstractFuncProperty(owner: string): PyObject {
  const abs = standInMethod('__isabstractmethod__', { name: '__isabstractmethod__', qualname: `${owner}.__isabstractmethod__`, params: ['self'], posonly: 0, ndefaults: 0 }, (a) => pyCall(`${owner}.__isabstractmethod__`, [a[0] as PyObject], () => {
    const func = getAttr(a[0] as PyObject, 'func');
    try {
      return getAttrOpt(func, '__isabstractmethod__') ?? incref(S.False);
    } finally {
      decref(func);
    }
  }), owner);
  try {
    return call(T.property, [abs]);
  } finally {
    decref(abs);
  }
}

function makeCachedProperty(): PyObject {
  return functoolsClass('cached_property', 1005, (put) => {
    put('__init__', standInMethod('__init__', { name: '__init__', qualname: 'cached_property.__init__', params: ['self', 'func'], posonly: 0, ndefaults: 0 }, (a) => cpInit(a[0] as PyObject, a[1] as PyObject)));
    put('__set_name__', standInMethod('__set_name__', { name: '__set_name__', qualname: 'cached_property.__set_name__', params: ['self', 'owner', 'name'], posonly: 0, ndefaults: 0 }, (a) => cpSetName(a[0] as PyObject, a[1] as PyObject, a[2] as PyObject)));
    put('__get__', standInMethod('__get__', { name: '__get__', qualname: 'cached_property.__get__', params: ['self', 'instance', 'owner'], posonly: 0, ndefaults: 1 }, (a) => cpGet(a[0] as PyObject, a[1] as PyObject, a[2] ?? S.None)));
    if (P.minor >= 9) {
      const ga = builtinFunction('GenericAlias', () => {
        throw new NotSimulated('types.GenericAlias (subscripting functools.cached_property)', ST.line);
      }, 'types');
      put('__class_getitem__', newWrapper(T.classmethod, ga));
      decref(ga);
    }
  });
}


// partialmethod

let partialMethodType: PyObject = undefined as unknown as PyObject;

function pmInit(self: PyObject, func: PyObject, args: PyObject[], kwnames: string[]): PyObject {
  // 3.8's __init__(*args, **keywords) unpacks a list and makes a tuple of it; the tuple is the same
  const argsTuple = newTuple(args.map((a) => incref(a)));
  const kwd = newDict();
  try {
    const npos = args.length - kwnames.length;
    for (let i = 0; i < kwnames.length; i++) dictSetStr(kwd, kwnames[i], args[npos + i]);
    const posTuple = newTuple(args.slice(0, npos).map((a) => incref(a)));
    decref(argsTuple);
    return pyCall('partialmethod.__init__', [self, func, posTuple, kwd], () => {
      try {
        // hasattr(func, "__get__"): a type with tp_descr_get answers it with a method-wrapper
        // (a temporary); otherwise an attribute of that name
        const hasGet = (): boolean => {
          if ((func.t.v as TypeInfo).descrGet !== null) return true;
          const g = getAttrOpt(func, '__get__');
          if (g === null) return false;
          decref(g);
          return true;
        };
        if ((func.t.v as TypeInfo).call === null && !hasGet()) {
          raise(T.TypeError, `${reprJs(func)} is not callable or a descriptor`);
        }
        if (isSubtype(func.t, partialMethodType)) {
          throw new NotSimulated('functools.partialmethod of a partialmethod', ST.line);
        }
        setAttr(self, 'func', func);
        setAttr(self, 'args', posTuple);
        setAttr(self, 'keywords', kwd);
        return incref(S.None);
      } finally {
        decref(posTuple);
      }
    });
  } finally {
    decref(kwd);
  }
}

function pmGet(self: PyObject, obj: PyObject, cls: PyObject): PyObject {
  return pyCall('partialmethod.__get__', [self, obj, cls], () => {
    const func = getAttr(self, 'func');
    try {
      // get = getattr(self.func, "__get__", None): the method-wrapper of the type's tp_descr_get
      // (a temporary), called as get(obj, cls)
      const get = (func.t.v as TypeInfo).descrGet;
      if (get === null || (P.minor >= 13 && isSubtype(func.t, partialType))) {
        throw new NotSimulated('functools.partialmethod.__get__ of a callable that is not a descriptor, or returns itself (the _method closure _make_unbound_method makes)', ST.line);
      }
      let newFunc: PyObject;
      if (obj === S.None && cls === S.None) raise(T.TypeError, '__get__(None, None) is invalid');
      newFunc = get(func, obj === S.None ? null : obj, cls === S.None ? obj.t : cls);
      try {
        if (newFunc === func) {
          throw new NotSimulated('functools.partialmethod.__get__ where the function\'s __get__ returns itself (the _method closure _make_unbound_method makes)', ST.line);
        }
        const pargs = getAttr(self, 'args');
        const pkw = getAttr(self, 'keywords');
        try {
          if (pargs.t !== T.tuple || pkw.t !== T.dict) throw new NotSimulated('functools.partialmethod whose args or keywords were replaced', ST.line);
          const items = pargs.v as PyObject[];
          const entries = [...dictEntries(pkw)];
          if (entries.some(([k]) => k.t !== T.str)) throw new NotSimulated('a keyword that is not a str', ST.line);
          const posTuple = newTuple([incref(newFunc), ...items.map((a) => incref(a))]);
          // partial(new_func, *self.args, **self.keywords): 3.9+ merges the keywords into a new
          // dict (BUILD_MAP, DICT_MERGE) that partial() keeps; 3.8 passes self.keywords itself,
          // which partial() copies
          const kwDict = P.minor >= 9 ? dictCopy(pkw) : incref(pkw);
          let result: PyObject;
          try {
            const argv = [...(posTuple.v as PyObject[]), ...entries.map(([, v]) => v)];
            const names = entries.map(([k]) => k.v as string);
            result = callObjectTuple(partialType, argv, names.length > 0 ? names : null, entries.map(([k]) => k), posTuple, kwDict);
          } finally {
            decref(posTuple);
            decref(kwDict);
          }
          try {
            const sv = getAttrOpt(newFunc, '__self__');
            if (sv !== null) {
              try {
                setAttr(result, '__self__', sv);
              } finally {
                decref(sv);
              }
            }
          } catch (e) {
            decref(result);
            throw e;
          }
          return result;
        } finally {
          decref(pargs);
          decref(pkw);
        }
      } finally {
        decref(newFunc);
      }
    } finally {
      decref(func);
    }
  });
}

function pmRepr(self: PyObject): PyObject {
  return pyCall('partialmethod.__repr__', [self], () => {
    const cls = self.t;
    const mod = getAttr(cls, '__module__');
    const qn = getAttr(cls, '__qualname__');
    const func = getAttr(self, 'func');
    const pargs = getAttr(self, 'args');
    const pkw = getAttr(self, 'keywords');
    try {
      if (pargs.t !== T.tuple || pkw.t !== T.dict) throw new NotSimulated('functools.partialmethod whose args or keywords were replaced', ST.line);
      const a = (pargs.v as PyObject[]).map((x) => reprJs(x));
      const k = [...dictEntries(pkw)].map(([kk, v]) => `${strJs(kk)}=${reprJs(v)}`);
      const f = P.minor >= 13 ? reprJs(func) : strJs(func);
      const text = P.minor >= 13
        ? `${strJs(mod)}.${strJs(qn)}(${[f, ...a, ...k].join(', ')})`
        : `${strJs(mod)}.${strJs(qn)}(${f}, ${a.join(', ')}, ${k.join(', ')})`;
      return newStr(text);
    } finally {
      decref(mod);
      decref(qn);
      decref(func);
      decref(pargs);
      decref(pkw);
    }
  });
}

function makePartialMethod(): PyObject {
  return functoolsClass('partialmethod', 358, (put) => {
    const ind = P.minor >= 13 ? '' : '    ';
    put('__doc__', newStr(`Method descriptor with partial application of the given arguments\n${ind}and keywords.\n\n${ind}Supports wrapping existing descriptors and handles non-descriptor\n${ind}callables as instance methods.\n${ind}`));
    put('__init__', newStandIn('__init__', 'partialmethod.__init__', (_si, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      const npos = args.length - nkw;
      if (npos < 2) throw new NotSimulated('functools.partialmethod() without a positional function', ST.line);
      return pmInit(args[0], args[1], args.slice(2), kw ?? []);
    }, []));
    put('__repr__', standInMethod('__repr__', { name: '__repr__', qualname: 'partialmethod.__repr__', params: ['self'], posonly: 0, ndefaults: 0 }, (a) => pmRepr(a[0] as PyObject), 'partialmethod'));
    put('__get__', standInMethod('__get__', { name: '__get__', qualname: 'partialmethod.__get__', params: ['self', 'obj', 'cls'], posonly: 0, ndefaults: 1 }, (a) => pmGet(a[0] as PyObject, a[1] as PyObject, a[2] ?? S.None), 'partialmethod'));
    put('__isabstractmethod__', isAbstractFuncProperty('partialmethod'));
    const ga = builtinFunction('GenericAlias', () => {
      throw new NotSimulated('types.GenericAlias (subscripting functools.partialmethod)', ST.line);
    }, 'types');
    put('__class_getitem__', newWrapper(T.classmethod, ga));
    decref(ga);
  });
}

// ================================================================ singledispatch
// singledispatch(func) runs as Lib/functools.py's does: `registry` a dict, `dispatch_cache` a
// weakref.WeakKeyDictionary (the simulated one), the closures dispatch, register and wrapper
// stand-ins holding what their cells hold (register holds itself, as the lambda in it makes its
// cell hold it: only a collection frees it), the wrapper's __dict__ with register, dispatch,
// registry (a mappingproxy), _clear_cache (the cache's bound clear) and update_wrapper's names.
// On 3.8 and 3.13 its `import types` is the first import of types (the simulated module).
// Not simulated (the run stops): registration by annotation (typing.get_type_hints) or of anything but a class; registering an
// abstract class (the abc cache token); dispatch where _compose_mro could find an implicit ABC.

const SIG_SD_REGISTER: PySig = { name: 'register', qualname: 'singledispatch.<locals>.register', params: ['cls', 'func'], posonly: 0, ndefaults: 1 };
const SIG_SD_DISPATCH: PySig = { name: 'dispatch', qualname: 'singledispatch.<locals>.dispatch', params: ['cls'], posonly: 0, ndefaults: 0 };
const SIG_SD_LAMBDA: PySig = { name: '<lambda>', qualname: 'singledispatch.<locals>.register.<locals>.<lambda>', params: ['f'], posonly: 0, ndefaults: 0 };
const SIG_SD: PySig = { name: 'singledispatch', qualname: 'singledispatch', params: ['func'], posonly: 0, ndefaults: 0 };

function isKeyError(e: unknown): e is PyErr {
  return e instanceof PyErr && isSubtype(e.exc.t, T.KeyError);
}

function isPlainClass(t: PyObject): boolean {
  return isSubtype(t.t, T.type) && t.t === T.type;
}

/** _find_impl(cls, registry) where _compose_mro adds nothing to cls.__mro__: the implementation
 * of the first class of the MRO that is registered. */
function sdFindImpl(cls: PyObject, registry: PyObject): PyObject {
  return pyCall('_find_impl', [cls, registry], () => {
    if (!isSubtype(cls.t, T.type)) throw new NotSimulated('functools.singledispatch dispatch on a __class__ that is not a class', ST.line);
    const mro = (cls.v as TypeInfo).mro;
    for (const t of mro) {
      if (!isPlainClass(t)) throw new NotSimulated(`functools.singledispatch dispatch for a class whose MRO has a class of metaclass ${typeName(t)} (_compose_mro's C3 merge with abstract bases)`, ST.line);
    }
    for (const [k] of dictEntries(registry)) {
      if (mro.includes(k)) continue;
      // issubclass(cls, k) of a class of plain `type` that is not in the MRO is False
      if (!isPlainClass(k)) throw new NotSimulated('functools.singledispatch dispatch with a registered class that is not of metaclass type (_compose_mro and implicit ABCs)', ST.line);
    }
    for (const t of mro) {
      const impl = dictGet(registry, t);
      if (impl !== null) return incref(impl);
    }
    return none();
  });
}

function newSingledispatch(func: PyObject): PyObject {
  return pyCall('singledispatch', [func], () => {
    // import types, weakref (3.10-3.12's functools imported types already, HeapLens's does not:
    // there the lookup in sys.modules changes nothing; 3.8 and 3.13 import it here first)
    if (P.minor <= 8 || P.minor >= 13) decref(importModule('types', ST.line));
    const weakref = importModule('weakref', ST.line);
    let wkdType: PyObject;
    try {
      wkdType = getAttr(weakref, 'WeakKeyDictionary');
    } finally {
      decref(weakref);
    }
    const registry = newDict();
    let cache: PyObject;
    try {
      cache = call(wkdType, []);
    } catch (e) {
      decref(registry);
      throw e;
    } finally {
      decref(wkdType);
    }
    const made: PyObject[] = [registry, cache];
    try {
      const dispatch = newStandIn('dispatch', 'singledispatch.<locals>.dispatch', (_si, args, kw) => {
        const c = bindPy(SIG_SD_DISPATCH, args, kw).args[0] as PyObject;
        return sdDispatch(c, registry, cache);
      }, [incref(cache), incref(registry)]);
      made.push(dispatch);
      const register: PyObject = newStandIn('register', 'singledispatch.<locals>.register', (_si, args, kw) => {
        const b = bindPy(SIG_SD_REGISTER, args, kw);
        return sdRegister(register, b.args[0] as PyObject, b.args[1] ?? S.None, registry, cache);
      }, [incref(cache), incref(registry)]);
      // the lambda in register refers to register: its own cell holds it
      (register.v as StandIn).held.push(incref(register));
      made.push(register);
      const nameAttr = getAttrOpt(func, '__name__') ?? newStr('singledispatch function');
      const wrapper = newStandInOf(stealStandInType, new StandIn(KIND_STEAL, 'functools', newStr('wrapper'), 'singledispatch.<locals>.wrapper', (si, args, kw, moved) => sdWrapper(si, args, kw, moved), [incref(dispatch), nameAttr]));
      made.push(wrapper);
      withAttributes(wrapper, newDict());
      (wrapper.v as StandIn).slots?.set('__doc__', none());
      setItem(registry, T.object, func);
      setAttr(wrapper, 'register', register);
      setAttr(wrapper, 'dispatch', dispatch);
      const proxy = newMappingProxy(registry);
      try {
        setAttr(wrapper, 'registry', proxy);
      } finally {
        decref(proxy);
      }
      const clear = getAttr(cache, 'clear');
      try {
        setAttr(wrapper, '_clear_cache', clear);
      } finally {
        decref(clear);
      }
      const r = call(updateWrapperFn, [wrapper, func]);
      decref(r);
      return incref(wrapper);
    } finally {
      for (let i = made.length - 1; i >= 0; i--) decref(made[i]);
    }
  });
}

function sdDispatch(cls: PyObject, registry: PyObject, cache: PyObject): PyObject {
  return pyCall('singledispatch.<locals>.dispatch', [cls], () => {
    // cache_token stays None: registering an abstract class stops
    try {
      return getItem(cache, cls);
    } catch (e) {
      if (!isKeyError(e)) throw e;
      decref(e.exc);
    }
    const found = dictGet(registry, cls);
    const impl = found !== null ? incref(found) : sdFindImpl(cls, registry);
    try {
      setItem(cache, cls, impl);
    } catch (e) {
      decref(impl);
      throw e;
    }
    return impl;
  });
}

function sdRegister(register: PyObject, cls: PyObject, func: PyObject, registry: PyObject, cache: PyObject): PyObject {
  return pyCall('singledispatch.<locals>.register', [cls, func], () => {
    const isClass = isSubtype(cls.t, T.type);
    const clearCache = (): PyObject => {
      const r = callMethod(cache, 'clear', []);
      decref(r);
      return incref(func);
    };
    if (!isClass) {
      if (func === S.None) throw new NotSimulated('functools.singledispatch register() by annotation or of a union type (typing.get_type_hints, typing.get_args are not simulated)', ST.line);
      if (P.minor >= 10) raise(T.TypeError, `Invalid first argument to \`register()\`. ${reprJs(cls)} is not a class${P.minor >= 11 ? ' or union type' : ''}.`);
      // 3.8's register(cls, func) stores any key (the class check came with 3.9); a later
      // dispatch through the MRO stops (sdFindImpl: a key that is not a plain class)
      setItem(registry, cls, func);
      const abs = getAttrOpt(cls, '__abstractmethods__');
      if (abs !== null) {
        decref(abs);
        throw new NotSimulated('functools.singledispatch register() of an object with __abstractmethods__ (the abc cache token, get_cache_token)', ST.line);
      }
      return clearCache();
    }
    if (func === S.None) {
      // return lambda f: register(cls, f)
      return newStandIn('<lambda>', 'singledispatch.<locals>.register.<locals>.<lambda>', (si, args, kw) => {
        const f = bindPy(SIG_SD_LAMBDA, args, kw).args[0] as PyObject;
        return pyCall('singledispatch.<locals>.register.<locals>.<lambda>', [f], () => call(si.held[1], [si.held[0], f]));
      }, [incref(cls), incref(register)]);
    }
    if (P.minor >= 11) {
      // _is_union_type(cls): from typing import get_origin, Union
      decref(importModule('typing', ST.line));
    }
    setItem(registry, cls, func);
    // hasattr(cls, '__abstractmethods__'): type's getter reads the class's own dict
    if (cls.t !== T.type) throw new NotSimulated(`functools.singledispatch register() of a class of metaclass ${typeName(cls)} (hasattr(cls, '__abstractmethods__') and the abc cache token)`, ST.line);
    if (cls !== T.type && dictGetStr((cls.v as TypeInfo).dict, '__abstractmethods__') !== null) {
      throw new NotSimulated('functools.singledispatch register() of an abstract class (the abc cache token, get_cache_token)', ST.line);
    }
    return clearCache();
  });
}

/** The wrapper's call: `moved` (3.11+) the caller's stack references, which become the items
 * of its *args tuple (and the values of its **kw dict, released once the dict holds them). */
function sdWrapper(si: StandIn, args: PyObject[], kw: string[] | null, moved: PyObject[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  const argsT = newTuple(args.slice(0, npos).map((a) => (moved !== null ? a : incref(a))));
  const kwd = newDict();
  try {
    for (let i = 0; i < nkw; i++) dictSetStr(kwd, (kw as string[])[i], args[npos + i]);
  } finally {
    if (moved !== null) for (let i = npos; i < args.length; i++) decref(args[i]);
  }
  try {
    return pyCall('singledispatch.<locals>.wrapper', [argsT, kwd], () => {
      if (npos === 0) raise(T.TypeError, `${strJs(si.held[1])} requires at least 1 positional argument`);
      const cls = getAttr(args[0], '__class__');
      let impl: PyObject;
      try {
        impl = call(si.held[0], [cls]);
      } finally {
        decref(cls);
      }
      // dispatch(...)(*args, **kw)
      return callStarStar(impl, argsT, kwd);
    });
  } finally {
    decref(kwd);
    decref(argsT);
  }
}

// ---------------------------------------------------------------- singledispatchmethod
// The class of Lib/functools.py (3.8-3.12's __get__: a new _method closure per access, with
// __isabstractmethod__, register (the bound method) and update_wrapper's names in its __dict__).
// 3.13's keeps a WeakKeyDictionary of the _method closures per instance (its __init__ imports
// weakref and __get__ looks the instance up first), which HeapLens does not simulate: it stops.

const SIG_SDM_INIT: PySig = { name: '__init__', qualname: 'singledispatchmethod.__init__', params: ['self', 'func'], posonly: 0, ndefaults: 0 };
const SIG_SDM_REGISTER: PySig = { name: 'register', qualname: 'singledispatchmethod.register', params: ['self', 'cls', 'method'], posonly: 0, ndefaults: 1 };
const SIG_SDM_GET: PySig = { name: '__get__', qualname: 'singledispatchmethod.__get__', params: ['self', 'obj', 'cls'], posonly: 0, ndefaults: 1 };

function sdmInit(self: PyObject, func: PyObject): PyObject {
  return pyCall('singledispatchmethod.__init__', [self, func], () => {
    if (P.minor >= 13) throw new NotSimulated("functools.singledispatchmethod on 3.13 (its per-instance cache of _method closures)", ST.line);
    // hasattr(func, "__get__"): a type with tp_descr_get answers a (temporary) method-wrapper
    if (!callable(func) && (func.t.v as TypeInfo).descrGet === null) {
      const g = getAttrOpt(func, '__get__');
      if (g === null) raise(T.TypeError, `${reprJs(func)} is not callable or a descriptor`);
      decref(g);
    }
    const sd = dictGetStr(moduleDict, 'singledispatch');
    if (sd === null) raise(T.NameError, "name 'singledispatch' is not defined");
    const disp = call(sd, [func]);
    try {
      setAttr(self, 'dispatcher', disp);
    } finally {
      decref(disp);
    }
    setAttr(self, 'func', func);
    return none();
  });
}

function sdmRegister(self: PyObject, cls: PyObject, method: PyObject): PyObject {
  return pyCall('singledispatchmethod.register', [self, cls, method], () => {
    // self.dispatcher.register(cls, func=method)
    const disp = getAttr(self, 'dispatcher');
    try {
      const reg = getAttr(disp, 'register');
      try {
        return call(reg, [cls, method], ['func']);
      } finally {
        decref(reg);
      }
    } finally {
      decref(disp);
    }
  });
}

function sdmGet(self: PyObject, obj: PyObject, cls: PyObject): PyObject {
  return pyCall('singledispatchmethod.__get__', [self, obj, cls], () => {
    const m = newStandInOf(stealStandInType, new StandIn(KIND_STEAL, 'functools', newStr('_method'), 'singledispatchmethod.__get__.<locals>._method',
      (si, args, kw, moved) => sdmMethod(si, args, kw, moved), [incref(cls), incref(obj), incref(self)]));
    try {
      withAttributes(m, newDict());
      (m.v as StandIn).slots?.set('__doc__', none());
      const abs = getAttr(self, '__isabstractmethod__');
      try {
        setAttr(m, '__isabstractmethod__', abs);
      } finally {
        decref(abs);
      }
      const reg = getAttr(self, 'register');
      try {
        setAttr(m, 'register', reg);
      } finally {
        decref(reg);
      }
      const func = getAttr(self, 'func');
      try {
        decref(call(updateWrapperFn, [m, func]));
      } finally {
        decref(func);
      }
      return incref(m);
    } finally {
      decref(m);
    }
  });
}

/** _method(*args, **kwargs): dispatch on args[0].__class__, then method.__get__(obj, cls)(*args, **kwargs). */
function sdmMethod(si: StandIn, args: PyObject[], kw: string[] | null, moved: PyObject[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  const argsT = newTuple(args.slice(0, npos).map((a) => (moved !== null ? a : incref(a))));
  const kwd = newDict();
  try {
    for (let i = 0; i < nkw; i++) dictSetStr(kwd, (kw as string[])[i], args[npos + i]);
  } finally {
    if (moved !== null) for (let i = npos; i < args.length; i++) decref(args[i]);
  }
  const [cls, obj, self] = si.held;
  try {
    return pyCall('singledispatchmethod.__get__.<locals>._method', [argsT, kwd], () => {
      // args[0]: an IndexError without positional arguments
      if (npos === 0) raise(T.IndexError, 'tuple index out of range');
      const disp = getAttr(self, 'dispatcher');
      let method: PyObject;
      try {
        const c = getAttr(args[0], '__class__');
        try {
          method = callMethod(disp, 'dispatch', [c]);
        } finally {
          decref(c);
        }
      } finally {
        decref(disp);
      }
      let bound: PyObject;
      try {
        // method.__get__(obj, cls): a temporary method-wrapper calling tp_descr_get (wrap_descr_get)
        const get = (method.t.v as TypeInfo).descrGet;
        if (get === null) throw new NotSimulated(`functools.singledispatchmethod with an implementation of type ${typeName(method)}, which has no __get__`, ST.line);
        if (obj === S.None && cls === S.None) raise(T.TypeError, '__get__(None, None) is invalid');
        bound = get(method, obj === S.None ? null : obj, cls === S.None ? obj.t : cls);
      } finally {
        decref(method);
      }
      return callStarStar(bound, argsT, kwd);
    });
  } finally {
    decref(kwd);
    decref(argsT);
  }
}

function makeSingledispatchMethod(): PyObject {
  return functoolsClass('singledispatchmethod', 942, (put) => {
    const ind = P.minor >= 13 ? '' : '    ';
    put('__doc__', newStr(`Single-dispatch generic method descriptor.\n\n${ind}Supports wrapping existing descriptors and handles non-descriptor\n${ind}callables as instance methods.\n${ind}`));
    put('__init__', standInMethod('__init__', SIG_SDM_INIT, (a) => sdmInit(a[0] as PyObject, a[1] as PyObject), 'singledispatchmethod'));
    put('register', standInMethod('register', SIG_SDM_REGISTER, (a) => sdmRegister(a[0] as PyObject, a[1] as PyObject, a[2] ?? S.None), 'singledispatchmethod'));
    put('__get__', standInMethod('__get__', SIG_SDM_GET, (a) => sdmGet(a[0] as PyObject, a[1] as PyObject, a[2] ?? S.None), 'singledispatchmethod'));
    put('__isabstractmethod__', isAbstractFuncProperty('singledispatchmethod'));
  });
}

// ================================================================ the module

registerModule('functools', (mod) => {
  const d = mod.d as PyObject;
  moduleDict = d;
  codes.clear();
  derived.clear();
  (mod.v as ModuleData).partial = true;
  // `from collections import namedtuple` (collections imports itertools)
  const coll = importModule('collections', ST.line);
  decref(coll);
  // 3.8's import of functools reprs a container (the thread state's dict and its Py_Repr list
  // exist afterwards: the program's first repr of a container allocates nothing; measured)
  if (P.minor <= 8) readyReprGuard();
  // _functools' module state
  kwdMark = call(T.object, []);
  const mk = (name: string, module: string, init: (ti: TypeInfo) => void): PyObject => newModuleType(name, module, init);
  partialType = mk('functools.partial', 'functools', initPartialType);
  definePartialMethods(partialType);
  lruType = mk('functools._lru_cache_wrapper', 'functools', initLruType);
  defineLruMethods(lruType);
  keyType = mk('functools.KeyWrapper', 'functools', initKeyType);
  defMembers(keyType, {
    obj: {
      kind: 'object',
      get: (o) => (o.v as KeyData).obj,
      set: (o, v) => {
        const k = o.v as KeyData;
        const old = k.obj;
        k.obj = v === null ? null : incref(v);
        xdecref(old);
      },
    },
  });
  // the references CPython holds on the KeyWrapper type, which the module does not expose (its
  // module state, its MRO, its descriptors): sys.getrefcount(type(key)) without the key's own
  setTypeBaseline(keyType, P.minor >= 13 ? 12 : P.minor >= 10 ? 11 : 1);
  elemType = mk('functools._lru_list_elem', 'functools', initElemType);
  rlockType = mk('_thread.RLock', '_thread', initRLockType);
  defineRLockMethods(rlockType);
  standInType = newStandInType(KIND);
  stealStandInType = newStandInType(KIND_STEAL);
  for (const t of [partialType, lruType, keyType, rlockType]) addSlotDunders(t);
  // the types' own __doc__ (none for KeyWrapper and RLock) and, for the heap types of 3.10+,
  // __module__ (which their instances then answer too)
  const partialDoc = P.minor >= 13
    ? 'Create a new function with partial application of the given arguments\nand keywords.'
    : 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n';
  const typeAttr = (t: PyObject, name: string, v: PyObject): void => {
    dictSetStr((t.v as TypeInfo).dict, name, v);
    decref(v);
  };
  typeAttr(partialType, '__doc__', newStr(partialDoc));
  typeAttr(keyType, '__doc__', none());
  typeAttr(rlockType, '__doc__', none());
  if (heapTypes()) {
    for (const t of [partialType, lruType, keyType]) typeAttr(t, '__module__', newStr('functools'));
    typeAttr(rlockType, '__module__', newStr('_thread'));
  }
  const put = (name: string, v: PyObject): void => {
    dictSetStr(d, name, v);
    decref(v);
  };
  dictSetStr(d, 'partial', partialType);
  dictSetStr(d, '_lru_cache_wrapper', lruType);
  const reduce = builtinFunction('reduce', (_s, args, kw) => reduceImpl(args, kw), 'functools');
  (reduce.v as { varargs: boolean }).varargs = true;
  put('reduce', reduce);
  const ctk = builtinFunction('cmp_to_key', (_s, args, kw) => {
    const [mycmp] = parseArgs('cmp_to_key', args, kw, ['mycmp'], 1);
    return newKeyObject(mycmp as PyObject, null);
  }, 'functools');
  // METH_VARARGS | METH_KEYWORDS up to 3.11 (Argument Clinic's fastcall from 3.12)
  if (P.minor <= 11) (ctk.v as { varargs: boolean }).varargs = true;
  put('cmp_to_key', ctk);
  const nt = dictGetStr(coll.d as PyObject, 'namedtuple');
  if (nt !== null) dictSetStr(d, 'namedtuple', nt);
  // _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
  if (nt !== null) {
    const fields = newList(['hits', 'misses', 'maxsize', 'currsize'].map((f) => newStr(f)));
    const tn = newStr('CacheInfo');
    const modName = newStr('functools');
    try {
      cacheInfoType = call(nt, [tn, fields, modName], ['module']);
    } finally {
      decref(tn);
      decref(fields);
      decref(modName);
    }
    put('_CacheInfo', incref(cacheInfoType));
    decref(cacheInfoType);
  }
  const assigned = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__', ...(P.minor >= 12 ? ['__type_params__'] : [])];
  WRAPPER_ASSIGNMENTS = newTuple(assigned.map((n) => internStr(n, true)));
  put('WRAPPER_ASSIGNMENTS', WRAPPER_ASSIGNMENTS);
  WRAPPER_UPDATES = newTuple([internStr('__dict__', true)]);
  put('WRAPPER_UPDATES', WRAPPER_UPDATES);
  updateWrapperFn = newStandIn('update_wrapper', 'update_wrapper', (_si, args, kw) => {
    const b = bindPy(SIG_UPDATE_WRAPPER, args, kw);
    return updateWrapper(b.args[0] as PyObject, b.args[1] as PyObject, b.args[2] ?? WRAPPER_ASSIGNMENTS, b.args[3] ?? WRAPPER_UPDATES);
  }, [incref(WRAPPER_ASSIGNMENTS), incref(WRAPPER_UPDATES)]);
  put('update_wrapper', updateWrapperFn);
  put('wraps', newStandIn('wraps', 'wraps', (_si, args, kw) => {
    const b = bindPy(SIG_WRAPS, args, kw);
    const wrapped = b.args[0] as PyObject;
    const asg = b.args[1] ?? WRAPPER_ASSIGNMENTS;
    const upd = b.args[2] ?? WRAPPER_UPDATES;
    // return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)
    return pyCall('wraps', [wrapped, asg, upd], () => call(partialType, [updateWrapperFn, wrapped, asg, upd], ['wrapped', 'assigned', 'updated']));
  }, [incref(WRAPPER_ASSIGNMENTS), incref(WRAPPER_UPDATES)]));
  put('lru_cache', newStandIn('lru_cache', 'lru_cache', (_si, args, kw) => lruCacheImpl(args, kw), [incref(smallInt(128)), incref(S.False)]));
  if (P.minor >= 9) {
    put('cache', newStandIn('cache', 'cache', (_si, args, kw) => {
      const userFunction = bindPy(SIG_CACHE, args, kw).args[0] as PyObject;
      // return lru_cache(maxsize=None)(user_function)
      return pyCall('cache', [userFunction], () => {
        const lc = dictGetStr(d, 'lru_cache');
        if (lc === null) raise(T.NameError, "name 'lru_cache' is not defined");
        const deco = call(lc, [S.None], ['maxsize']);
        try {
          return call(deco, [userFunction]);
        } finally {
          decref(deco);
        }
      });
    }));
  }
  for (const fns of Object.values(CONVERT)) for (const [, fname] of fns) derived.set(fname, makeDerived(fname));
  put('total_ordering', newStandIn('total_ordering', 'total_ordering', (_si, args, kw) => totalOrdering(bindPy(SIG_TOTAL, args, kw).args[0] as PyObject)));
  notFound = call(T.object, []);
  put('_NOT_FOUND', notFound);
  put('RLock', incref(rlockType));
  decref(rlockType);
  cachedPropertyType = makeCachedProperty();
  put('cached_property', cachedPropertyType);
  partialMethodType = makePartialMethod();
  put('partialmethod', partialMethodType);
  put('singledispatchmethod', makeSingledispatchMethod());
  put('singledispatch', newStandIn('singledispatch', 'singledispatch', (_si, args, kw) => newSingledispatch(bindPy(SIG_SD, args, kw).args[0] as PyObject)));
  // the functions _convert holds (module-level functions in CPython)
  for (const [fname, fn] of derived) put(fname, fn);
  void DictData;
});
