// The generic object protocol (Objects/abstract.c, Objects/object.c): attribute access with
// descriptors, calls, repr/str, hashing, rich comparisons, truth, items, iteration and the
// number-protocol dispatch with reflected operands. Arguments are borrowed and results are new
// references unless a name says otherwise ("Owned" = the callee takes the references).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PyObject } from './object';
import { P, R, T, ST, decref, PyErr, nextSerial, NotSimulated, tmInexact } from './core';
import { unsimulatedAttr } from './unsimulated';
import { collectScheduled } from './gc';
import { TypeInfo, type CompareOp, type Hash, type NumberSlots, isSubtype, typeName, Py_EQ, Py_NE, typeEpoch } from './types';
import { raise, ExcData, lazyArgs, newException } from './exc';
import { unfreeTuple } from './tuple';
import { fromFormat, type FormatArg } from './uwriter';
import { dictGetStr, type DictData } from './dict';
import { newStr, identifier } from './str';
import { pointerHash } from './hash';
import { addressOf } from '../memory/allocator';
import { enterCall, leaveCall, callSiteState, allocInitState, cEnter, cLeave, GETTING_REPR, GETTING_STR, IN_COMPARISON, type BuiltinCallee } from './recursion';

// ---------------------------------------------------------------- singletons (set by init.ts)

export const S = {
  None: undefined as unknown as PyObject,
  True: undefined as unknown as PyObject,
  False: undefined as unknown as PyObject,
  NotImplemented: undefined as unknown as PyObject,
  Ellipsis: undefined as unknown as PyObject,
};

export function newNone(): PyObject {
  S.None.rc++;
  return S.None;
}
export function newBool(b: boolean): PyObject {
  const o = b ? S.True : S.False;
  o.rc++;
  return o;
}
export function notImpl(): PyObject {
  S.NotImplemented.rc++;
  return S.NotImplemented;
}

// ---------------------------------------------------------------- type lookup

/** _PyType_Lookup: the attribute along the MRO (borrowed), or null. */
export function typeLookup(t: PyObject, name: string): PyObject | null {
  const ti = t.v as TypeInfo;
  // the per-type lookup cache (CPython's method cache), valid while no type dict changed
  let cache = ti.lookupCache;
  if (ti.lookupEpoch !== typeEpoch.n || cache === null) {
    cache = ti.lookupCache = new Map();
    ti.lookupEpoch = typeEpoch.n;
  } else {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
  }
  R.typeLookupNames.add(name);
  const mro = ti.mro;
  let found: PyObject | null = null;
  for (let i = 0; i < mro.length; i++) {
    const d = (mro[i].v as TypeInfo).dict;
    const v = (d.v as DictData).find(name);
    if (v >= 0) {
      found = (d.v as DictData).vs[v];
      break;
    }
  }
  // only once the type is complete (its MRO set): lookups during class creation are not cached
  if (mro.length > 0) cache.set(name, found);
  return found;
}

// ---------------------------------------------------------------- attributes

/** PyObject_GenericGetAttr. Returns null when the attribute does not exist. */
export function genericGetAttr(o: PyObject, name: string): PyObject | null {
  const tp = o.t;
  const descr = typeLookup(tp, name);
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrGet !== null && dti.descrSet !== null) return dti.descrGet(descr, o, tp);
  }
  const dict = instanceDictOf(o);
  if (dict !== null) {
    const v = dictGetStr(dict, name);
    if (v !== null) {
      v.rc++;
      return v;
    }
  }
  if (descr !== null) {
    const dti = descr.t.v as TypeInfo;
    if (dti.descrGet !== null) return dti.descrGet(descr, o, tp);
    descr.rc++;
    return descr;
  }
  return null;
}

/** The object's __dict__ if it has one (heap-type instances, functions, modules), else null. */
/** Bound by classes.ts (which imports this module): the dict an instance of a class over a builtin
 * type (a deque or int subclass) keeps beside the object, or null. */
export const instanceDictHooks = { side: (_o: PyObject): PyObject | null => null };

export function instanceDictOf(o: PyObject): PyObject | null {
  if ((o.t.v as TypeInfo).solid !== null && (o.t.v as TypeInfo).heap) {
    const sd = instanceDictHooks.side(o);
    if (sd !== null) return sd;
  }
  const d = o.d;
  if (d instanceof PyObject && d.t === T.dict && ((o.t.v as TypeInfo).hasDict || o.t === T.function || o.t === T.module || o.t === T.staticmethod || o.t === T.classmethod)) return d;
  return null;
}

export function getAttr(o: PyObject, name: string): PyObject {
  const ga = (o.t.v as TypeInfo).getattr;
  let r: PyObject | null;
  try {
    r = ga !== null ? ga(o, name) : genericGetAttr(o, name);
  } catch (e) {
    if (e instanceof PyErr && R.profile.minor >= 10) attributeErrorContext(e.exc, o, name);
    throw e;
  }
  if (r === null) attributeError(o, name);
  return r;
}

/** set_attribute_error_context (3.10+): an AttributeError that leaves PyObject_GetAttr — raised
 * by the lookup or by anything it ran (a property, __getattr__) — gets the object and the name
 * (its `obj` and `name`), unless it has either already. */
export function attributeErrorContext(exc: PyObject, o: PyObject, name: string): void {
  if (!isSubtype(exc.t, T.AttributeError)) return;
  const ed = exc.v as ExcData;
  if (ed.family !== 'attr' || ed.get('name') !== null || ed.get('obj') !== null) return;
  const n = identifier(name);
  try {
    setAttr(exc, 'name', n);
    setAttr(exc, 'obj', o);
  } finally {
    decref(n);
  }
}

export function getAttrOpt(o: PyObject, name: string): PyObject | null {
  const ga = (o.t.v as TypeInfo).getattr;
  let r: PyObject | null;
  try {
    r = ga !== null ? ga(o, name) : genericGetAttr(o, name);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError)) {
      decref(e.exc);
      guardUnsimulatedAttr(o, name);
      return null;
    }
    throw e;
  }
  if (r === null) {
    guardUnsimulatedAttr(o, name);
    // _PyObject_LookupAttr of a module (not the generic getattr): module_getattro raises and the
    // lookup clears (up to 3.11; 3.12 passes `suppress` down)
    if (o.t === T.module && P.minor <= 11) decref(moduleAttrMissMessage(o, name, false));
    // and of a class (type_getattro): its PyErr_Format message is made and cleared
    else if (P.minor <= 11 && (o.t === T.type || (isSubtype(o.t, T.type) && typeLookup(o.t, '__getattr__') === null && typeLookup(o.t, '__getattribute__') === typeLookup(T.type, '__getattribute__')))) {
      const n = identifier(name);
      try {
        clearedAttributeError("type object '%.50s' has no attribute '%U'", [(o.v as TypeInfo).name, n], false);
      } finally {
        decref(n);
      }
    }
  }
  return r;
}

/** An AttributeError CPython raises and clears inside a lookup: its message, and on 3.10/3.11
 * when the generic getattr raised it (set_attribute_error_context), the exception made of it. */
export function clearedAttributeError(format: string, args: readonly FormatArg[], normalized: boolean): void {
  const msg = fromFormat(format, args);
  if (!normalized) {
    decref(msg);
    return;
  }
  const e = newException(T.AttributeError, [msg]);
  decref(msg);
  decref(e);
}

/** _PyModuleSpec_IsInitializing(spec) up to 3.11: getattr(spec, '_initializing') on the module's
 * ModuleSpec fails, an AttributeError made and cleared (3.12 looks it up without one). */
export function specInitializingCheck(): void {
  if (P.minor >= 12) return;
  const n = identifier('_initializing');
  try {
    clearedAttributeError("'%.50s' object has no attribute '%U'", ['ModuleSpec', n], P.minor >= 10);
  } finally {
    decref(n);
  }
}

/** module_getattro of a missing name: up to 3.11 the generic getattr's AttributeError (made and
 * cleared), the spec's _initializing check, then the module's own message, returned (a new
 * reference) — with `normalized`, as PyObject_GetAttr (3.10/3.11) leaves it, an exception. */
function moduleAttrMissMessage(o: PyObject, name: string, forRaise: boolean): PyObject {
  const n = identifier(name);
  try {
    if (P.minor <= 11) {
      clearedAttributeError("'%.50s' object has no attribute '%U'", ['module', n], P.minor >= 10);
      // the spec's _initializing: set (False) on every module importlib loaded, missing on sys's
      if ((o.v as { name: string }).name === 'sys') specInitializingCheck();
    }
    const modName = dictGetStr(o.d as PyObject, '__name__');
    if (modName === null || modName.t !== T.str) return fromFormat("module has no attribute '%U'", [n]);
    return fromFormat("module '%U' has no attribute '%U'", [modName, n]);
  } finally {
    decref(n);
    void forRaise;
  }
}

/**
 * PyObject_IsInstance(inst, cls) for a class `cls` whose metaclass is `type`: the type check, then
 * (object_isinstance) the instance's `__class__` attribute, which a __getattribute__ sees being
 * looked up and a property can fake.
 */
export function objectIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.t === cls || isSubtype(inst.t, cls)) return true;
  const icls = getAttrOpt(inst, '__class__');
  if (icls === null) return false;
  try {
    return icls !== inst.t && (icls.t === T.type || isSubtype(icls.t, T.type)) && isSubtype(icls, cls);
  } finally {
    decref(icls);
  }
}

/** A failed lookup of an attribute that CPython's builtin type has (and the simulator lacks)
 * stops the run rather than raise an AttributeError CPython would not. */
export function guardUnsimulatedAttr(o: PyObject, name: string): void {
  const minor = R.profile.minor;
  // the simulator has it (a getset that raised AttributeError, as OSError.characters_written does)
  if (typeLookup(o.t, name) !== null) return;
  // (type's __abstractmethods__ getset, which HeapLens answers without a descriptor in type's
  // dict: its AttributeError for a class without abstract methods is CPython's own)
  if (name === '__abstractmethods__' && (o.t === T.type || isSubtype(o.t, T.type))) return;
  const check = (t: PyObject): void => {
    for (const b of (t.v as TypeInfo).mro) {
      const bi = b.v as TypeInfo;
      // (recorded under the type's __name__: 'ReferenceType' for 'weakref.ReferenceType')
      if (!bi.heap && (unsimulatedAttr(bi.name, name, minor) || unsimulatedAttr(bi.name.slice(bi.name.lastIndexOf('.') + 1), name, minor))) throw new NotSimulated(`${bi.name}.${name}`, ST.line);
    }
  };
  if (o.t === T.type || isSubtype(o.t, T.type)) check(o);
  check(o.t);
  // a simulated module lacking one of the real module's attributes
  if (o.t === T.module) {
    const mod = (o.v as { name: string }).name;
    if (unsimulatedAttr(`module ${mod}`, name, minor)) throw new NotSimulated(`${mod}.${name}`, ST.line);
  }
}

export function attributeError(o: PyObject, name: string): never {
  guardUnsimulatedAttr(o, name);
  let msg: PyObject;
  if (o.t === T.module) msg = moduleAttrMissMessage(o, name, true);
  else {
    const n = identifier(name);
    try {
      // 3.12 widened the type name's precision in these messages from 50 to 100 characters (the
      // format's length sizes PyUnicode_FromFormat's first buffer: tracemalloc's peak)
      const wide = P.minor >= 12;
      if (o.t === T.type || isSubtype(o.t, T.type)) msg = fromFormat(wide ? "type object '%.100s' has no attribute '%U'" : "type object '%.50s' has no attribute '%U'", [(o.v as TypeInfo).name, n]);
      else msg = fromFormat(wide ? "'%.100s' object has no attribute '%U'" : "'%.50s' object has no attribute '%U'", [typeName(o), n]);
    } finally {
      decref(n);
    }
  }
  let e: PyObject;
  try {
    e = newException(T.AttributeError, [msg]);
  } finally {
    decref(msg);
  }
  if (R.profile.minor >= 10) {
    try {
      attributeErrorContext(e, o, name);
    } catch (err) {
      decref(e);
      throw err;
    }
  }
  throw new PyErr(e);
}

export function setAttr(o: PyObject, name: string, v: PyObject | null): void {
  const sa = (o.t.v as TypeInfo).setattr;
  if (sa === null) {
    const tn = typeName(o);
    if (typeLookup(o.t, name) !== null) raise(T.AttributeError, `'${tn}' object attribute '${name}' is read-only`);
    raise(T.AttributeError, `'${tn}' object has no attribute '${name}'`);
  }
  sa(o, name, v);
}

// ---------------------------------------------------------------- calls

/** PyObject_Vectorcall / PyObject_Call. `posTuple`: the caller already has the positional
 * arguments as a tuple (CALL_FUNCTION_EX); a callable without vectorcall gets it as it is. */
export function call(f: PyObject, args: PyObject[], kwnames: string[] | null = null, posTuple: PyObject | null = null): PyObject {
  const c = (f.t.v as TypeInfo).call;
  if (c === null) {
    callSiteState.site = null;
    raise(T.TypeError, `'${typeName(f)}' object is not callable`);
  }
  if (usesVectorcall(f)) return vectorcallLevels(f, c, args, kwnames);
  return tpCallPacked(f, c, args, kwnames, posTuple, true);
}

/** A vectorcall with its recursion levels (recursion.ts: a builtin's check, the call site's
 * specialisation). */
function vectorcallLevels(f: PyObject, c: NonNullable<TypeInfo['call']>, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  // 3.13's long_vectorcall and unicode_vectorcall hand keywords to tp_new the slow way: an
  // argument tuple and a keyword dict (_PyObject_MakeTpCall, or the same done in place)
  if (nkw > 0 && (f === T.int || f === T.str) && R.profile.minor >= 13) return tpCallPacked(f, c, args, kwnames, null, true);
  const cost = enterCall(f, calleeOf(f), true, args.length - nkw, nkw > 0);
  if (cost === 0) return c(f, args, kwnames);
  try {
    return c(f, args, kwnames);
  } finally {
    leaveCall(cost);
  }
}

/** The callable has a vectorcall entry point (PyVectorcall_Function(f) != NULL): functions,
 * bound methods, builtin functions and method descriptors, and the builtin types that have one
 * (type itself from 3.10). Classes made by class statements and instances with __call__ go
 * through tp_call. */
export function usesVectorcall(f: PyObject): boolean {
  const t = f.t;
  if (t === T.function || (t === T.builtin_function && !(f.v as { varargs: boolean }).varargs) || t === T.method || t === T.method_descriptor || hasVectorcall(f)) return true;
  const iv = (t.v as TypeInfo).instVectorcall;
  return iv !== null && iv(f);
}

/** _PyObject_MakeTpCall: no vectorcall, so the positional arguments are packed into a tuple
 * (`_PyTuple_FromArray`) and, when `makeKwDict`, the keywords into a dict (`_PyStack_AsDict`)
 * that live for the duration of the call. Without `makeKwDict` the keywords already sit in a
 * dict the caller holds (PyObject_VectorcallDict), which tp_call receives as it is. */
function tpCallPacked(f: PyObject, c: NonNullable<TypeInfo['call']>, args: PyObject[], kwnames: string[] | null, posTuple: PyObject | null, makeKwDict: boolean, kwDict: PyObject | null = null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // _PyObject_MakeTpCall's recursion check (3.8: a METH_VARARGS builtin's cfunction_call_varargs
  // checks once more)
  let cost = enterCall(f, calleeOf(f), false, npos, nkw > 0);
  // 3.13's CALL_ALLOC_AND_ENTER_INIT makes the instance and pushes __init__'s frame itself: no
  // argument tuple
  const inlineInit = cost === 4 && allocInitState.sure;
  if (cost === 4 && !allocInitState.sure) tmInexact(`a call of class ${(f.v as TypeInfo).name} whose CALL_ALLOC_AND_ENTER_INIT specialisation may or may not hold (an argument tuple or none)`);
  let tuple: PyObject | null = null;
  let kwd: PyObject | null = null;
  try {
    tuple = posTuple !== null ? (posTuple.rc++, posTuple) : npos === 0 || inlineInit ? null : callHooks.tuple(args.slice(0, npos));
    kwd = nkw === 0 || !makeKwDict ? null : callHooks.kwdict(args.slice(npos), kwnames as string[]);
  } catch (e) {
    leaveCall(cost);
    cost = 0;
    if (tuple !== null) decref(tuple);
    throw e;
  }
  const prevTuple = makeTpCall.tuple, prevArgs = makeTpCall.args, prevKwd = makeTpCall.kwd;
  let thrown: unknown = null;
  try {
    makeTpCall.tuple = tuple;
    makeTpCall.args = args;
    makeTpCall.kwd = kwd ?? (nkw > 0 ? kwDict : null);
    return c(f, args, kwnames);
  } catch (e) {
    thrown = e;
    throw e;
  } finally {
    leaveCall(cost);
    makeTpCall.tuple = prevTuple;
    makeTpCall.args = prevArgs;
    makeTpCall.kwd = prevKwd;
    if (tuple !== null) releaseCallTuple(tuple, thrown);
    if (kwd !== null) decref(kwd);
  }
}

/** Release the argument tuple a call was made with, the call having raised `thrown` (null if it
 * returned). 3.8-3.11: an exception C code raised during the call is instantiated later, when it
 * is normalised; its one-item argument tuple then reuses this call's one-item tuple from the free
 * list rather than being new (the runtime made it first, so this tuple is taken back instead). */
export function releaseCallTuple(tuple: PyObject, thrown: unknown): void {
  const one = (tuple.v as PyObject[]).length === 1;
  decref(tuple);
  if (thrown instanceof PyErr && one && P.minor <= 11 && lazyArgs.has(thrown.exc) && unfreeTuple(tuple)) lazyArgs.delete(thrown.exc);
}

/** PyObject_VectorcallDict (3.8 _PyObject_FastCallDict): `args` (borrowed) are the positional
 * arguments followed by the values of the keywords `kwnames`, which a dict the caller holds
 * keeps (its keys `keys` when the caller has them as objects). A callable with vectorcall gets
 * them through _PyStack_UnpackDict: a PyMem array holding a new reference to every argument
 * (one slot more from 3.10, for PY_VECTORCALL_ARGUMENTS_OFFSET) and a tuple of the keyword
 * names, released after the call; with no keywords it gets the arguments as they are. A
 * callable without vectorcall gets the dict itself (_PyObject_MakeTpCall). */
export function callDict(f: PyObject, args: PyObject[], kwnames: string[] | null, keys: PyObject[] | null = null, kwDict: PyObject | null = null): PyObject {
  const c = (f.t.v as TypeInfo).call;
  if (c === null) raise(T.TypeError, `'${typeName(f)}' object is not callable`);
  if (kwnames !== null && kwnames.length === 0) kwnames = null;
  if (!usesVectorcall(f)) return tpCallPacked(f, c, args, kwnames, null, false, kwDict);
  if (kwnames === null) return vectorcallLevels(f, c, args, null);
  const bytes = 8 * (args.length + (R.profile.minor >= 10 ? 1 : 0));
  const addr = callHooks.malloc(bytes);
  const names = callHooks.kwnames(kwnames, keys);
  for (const a of args) a.rc++;
  // 3.8 calls without PY_VECTORCALL_ARGUMENTS_OFFSET: a bound method copies self and more than
  // four arguments into a PyMem array of its own (method_vectorcall)
  const mbytes = R.profile.minor < 10 && f.t === T.method && args.length > 4 ? 8 * (args.length + 1) : 0;
  const maddr = mbytes > 0 ? callHooks.malloc(mbytes) : 0;
  try {
    return vectorcallLevels(f, c, args, kwnames);
  } finally {
    if (mbytes > 0) callHooks.free(maddr, mbytes);
    // _PyStack_UnpackDict_Free: the arguments, the array, then the names
    for (const a of args) decref(a);
    callHooks.free(addr, bytes);
    decref(names);
  }
}

/** PyObject_Call(callable, args, kwargs) from C code that has the arguments as the tuple and
 * dict of a tp_call in progress: a callable with vectorcall gets them unpacked (as
 * PyObject_VectorcallDict does), one without gets the tuple _PyObject_MakeTpCall made for this
 * very argument array when there is one, and the dict as it is. */
export function callObjectDict(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const c = (f.t.v as TypeInfo).call;
  if (c === null) raise(T.TypeError, `'${typeName(f)}' object is not callable`);
  if (usesVectorcall(f)) return callDict(f, args, kwnames);
  if (kwnames !== null && kwnames.length === 0) kwnames = null;
  const same = makeTpCall.args === args;
  return tpCallPacked(f, c, args, kwnames, same ? makeTpCall.tuple : null, false, same ? makeTpCall.kwd : null);
}

/** PyObject_Call(callable, tuple, dict) from CALL_FUNCTION_EX: the arguments are the items of
 * `posTuple` followed by the dict's values (keys `keys`). A callable with vectorcall gets them
 * as PyObject_VectorcallDict gives them; one without gets the tuple and the dict themselves. */
export function callObjectTuple(f: PyObject, args: PyObject[], kwnames: string[] | null, keys: PyObject[] | null, posTuple: PyObject, kwDict: PyObject | null = null): PyObject {
  const c = (f.t.v as TypeInfo).call;
  if (c === null) raise(T.TypeError, `'${typeName(f)}' object is not callable`);
  if (usesVectorcall(f)) return callDict(f, args, kwnames, keys);
  return tpCallPacked(f, c, args, kwnames, posTuple, false, kwDict);
}

/** _PyObject_Call_Prepend(callable, obj, args, kwargs), as the slots of heap types call a
 * Python __new__/__init__/__call__: `obj` and the arguments on a C stack array (PyMem when more
 * than _PY_FASTCALL_SMALL_STACK = 5 slots), then PyObject_VectorcallDict. */
export function callPrepend(f: PyObject, obj: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw + 1;
  const bytes = n > 5 ? 8 * n : 0;
  const addr = bytes > 0 ? callHooks.malloc(bytes) : 0;
  try {
    return callDict(f, [obj, ...args], kwnames);
  } finally {
    if (bytes > 0) callHooks.free(addr, bytes);
  }
}

/** A builtin function's or method descriptor's owner and name, for the recursion accounting
 * (kept on the object's data). */
function calleeOf(f: PyObject): BuiltinCallee | null {
  if (f.t === T.builtin_function) {
    const bd = f.v as { name: string; module: string | null; qualOwner: string | null; callee?: BuiltinCallee };
    return bd.callee ??= { owner: bd.qualOwner ?? (bd.module ?? 'builtins'), name: bd.name, descrType: null };
  }
  if (f.t === T.method_descriptor) {
    const md = f.v as { owner: PyObject; name: string; callee?: BuiltinCallee };
    return md.callee ??= { owner: (md.owner.v as TypeInfo).name, name: md.name, descrType: md.owner };
  }
  return null;
}

/** The positional-argument tuple _PyObject_MakeTpCall built for the call in progress, and the
 * argument array it was built from: a tp_new that keeps its `args` tuple (itertools.chain) takes
 * this one when it is handed that same array. */
export const makeTpCall = { tuple: null as PyObject | null, args: null as PyObject[] | null, kwd: null as PyObject | null };

/** Builtin types that have their own vectorcall (no args tuple), per minor version. */
const VECTORCALL_TYPES: Record<number, string[]> = {
  10: ['bool', 'dict', 'filter', 'float', 'frozenset', 'list', 'map', 'range', 'reversed', 'set', 'tuple'],
  11: ['bool', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'list', 'map', 'range', 'reversed', 'set', 'super', 'tuple'],
  13: ['bool', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'list', 'map', 'range', 'reversed', 'set', 'super', 'tuple', 'int', 'str'],
};
function hasVectorcall(f: PyObject): boolean {
  return f.t === T.type && (f.v as TypeInfo).vectorcall;
}

/** Mark the builtin types with their own vectorcall on this run's profile (after the types exist). */
export function resetCallState(): void {
  const minor = R.profile.minor;
  const names = minor >= 13 ? VECTORCALL_TYPES[13] : minor >= 11 ? VECTORCALL_TYPES[11] : minor >= 10 ? VECTORCALL_TYPES[10] : [];
  for (const n of names) (T[n].v as TypeInfo).vectorcall = true;
  (T.type.v as TypeInfo).vectorcall = minor >= 10;
}

/** Set by init.ts (tuple and dict creation live in modules that import this one). */
export const callHooks = {
  /** a tuple of new references to `items`; the tuple takes the array itself (pass a fresh one) */
  tuple: (_items: PyObject[]): PyObject => { throw new Error('unbound'); },
  kwdict: (_vals: PyObject[], _names: string[]): PyObject => { throw new Error('unbound'); },
  /** the kwnames tuple of _PyStack_UnpackDict (the dict's keys, or the interned names) */
  kwnames: (_names: string[], _keys: PyObject[] | null): PyObject => { throw new Error('unbound'); },
  malloc: (_bytes: number): number => { throw new Error('unbound'); },
  free: (_addr: number, _bytes: number): void => { throw new Error('unbound'); },
};

export function call0(f: PyObject): PyObject {
  return call(f, [], null);
}
export function call1(f: PyObject, a: PyObject): PyObject {
  return call(f, [a], null);
}

/** Call a method by name (LOAD_METHOD + CALL from C code: vectorcall with borrowed args). */
export function callMethod(o: PyObject, name: string, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args, kwnames);
  } finally {
    decref(m);
  }
}

/** classes.ts's tp_getattro of classes without __getattr__/__getattribute__ (the generic one). */
export const heapGenericGetattr = { fn: null as ((o: PyObject, name: string) => PyObject | null) | null };

/** A method called by name from C as 3.9+'s PyObject_VectorcallMethod does: _PyObject_GetMethod
 * finds a function or method descriptor on the type (of a type with the generic getattr, not
 * shadowed by the instance's dict) and calls it unbound — no bound method. 3.8's
 * _PyObject_CallMethodId binds it. */
export function callMethodVector(o: PyObject, name: string, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const ti = o.t.v as TypeInfo;
  const ga = ti.getattr;
  if (R.profile.minor >= 9 && (ga === null || ga === genericGetAttr || ga === heapGenericGetattr.fn || ti.genericGetattro)) {
    const descr = typeLookup(o.t, name);
    if (descr !== null && (descr.t === T.function || descr.t === T.method_descriptor || descr.t === T.wrapper_descriptor)) {
      const d = instanceDictOf(o);
      if (d === null || dictGetStr(d, name) === null) {
        descr.rc++;
        try {
          return call(descr, [o, ...args], kwnames);
        } finally {
          decref(descr);
        }
      }
    }
  }
  return callMethod(o, name, args, kwnames);
}

/** Look up a special method on the type (not the instance), as _PyObject_LookupSpecial does. */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const descr = typeLookup(o.t, name);
  if (descr === null) return null;
  const dti = descr.t.v as TypeInfo;
  if (dti.descrGet !== null) return dti.descrGet(descr, o, o.t);
  descr.rc++;
  return descr;
}

/** Call a special method looked up on the type; null if the type does not define it.
 * Functions and method descriptors are called unbound with `o` prepended, as the slot
 * functions' vectorcall_method does (no bound-method object is created). */
export function callSpecial(o: PyObject, name: string, args: PyObject[], kwnames: string[] | null = null): PyObject | null {
  const descr = typeLookup(o.t, name);
  if (descr === null) return null;
  // (lookup_maybe_method: a Py_TPFLAGS_METHOD_DESCRIPTOR type — function, method descriptor, slot
  // wrapper — is called unbound)
  if (descr.t === T.function || descr.t === T.method_descriptor || descr.t === T.wrapper_descriptor || (descr.t.v as TypeInfo).methodDescriptor) {
    descr.rc++;
    try {
      return call(descr, [o, ...args], kwnames);
    } finally {
      decref(descr);
    }
  }
  const dti = descr.t.v as TypeInfo;
  const m = dti.descrGet !== null ? dti.descrGet(descr, o, o.t) : (descr.rc++, descr);
  try {
    return call(m, args, kwnames);
  } finally {
    decref(m);
  }
}

// ---------------------------------------------------------------- repr / str

/** PyErr_CheckSignals, which PyObject_Str and PyObject_Repr call first: from 3.12 it also runs a
 * collection that an allocation scheduled (gc_scheduled), like the eval breaker does. */
export function checkSignals(): void {
  if (ST.gcPending) {
    ST.gcPending = false;
    collectScheduled();
  }
}

export function repr(o: PyObject): PyObject {
  checkSignals();
  const r = (o.t.v as TypeInfo).repr;
  cEnter(GETTING_REPR);
  let s: PyObject;
  try {
    s = r === null ? newStr(defaultRepr(o)) : r(o);
  } finally {
    cLeave();
  }
  if (s.t !== T.str && !isSubtype(s.t, T.str)) {
    decref(s);
    raise(T.TypeError, `__repr__ returned non-string (type ${typeName(s)})`);
  }
  return s;
}

/** PyObject_ASCII: the repr itself when it is ASCII, else a new string with non-ASCII escaped. */
export function ascii(o: PyObject): PyObject {
  const r = repr(o);
  const s = r.v as string;
  if (!/[^\x00-\x7f]/.test(s)) return r;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  decref(r);
  return newStr(out);
}

export function reprJs(o: PyObject): string {
  const s = repr(o);
  const v = s.v as string;
  decref(s);
  return v;
}

export function str(o: PyObject): PyObject {
  checkSignals();
  if (o.t === T.str) {
    o.rc++;
    return o;
  }
  const ti = o.t.v as TypeInfo;
  const f = ti.str ?? ti.repr;
  cEnter(GETTING_STR);
  let s: PyObject;
  try {
    s = f === null ? newStr(defaultRepr(o)) : f(o);
  } finally {
    cLeave();
  }
  if (s.t !== T.str && !isSubtype(s.t, T.str)) {
    decref(s);
    raise(T.TypeError, `__str__ returned non-string (type ${typeName(s)})`);
  }
  return s;
}

export function strJs(o: PyObject): string {
  if (o.t === T.str) return o.v as string;
  const s = str(o);
  const v = s.v as string;
  decref(s);
  return v;
}

/** object.__repr__: `<__main__.C object at 0x7f...>`. */
export function defaultRepr(o: PyObject): string {
  const ti = o.t.v as TypeInfo;
  const mod = ti.module !== 'builtins' ? ti.module + '.' : '';
  return `<${mod}${ti.qualname} object at 0x${idOf(o).toString(16)}>`;
}

/** id(o): the object's simulated address. */
export function idOf(o: PyObject): number {
  // Objects made by the runtime before the program ran have no block in the simulated heap:
  // give them a stable address in a separate range the first time their id is asked for.
  if (o.a === 0) o.a = (1 << 29) + nextSerial() * 2;
  return addressOf(o.a);
}

// ---------------------------------------------------------------- hashing

export function hash(o: PyObject): Hash {
  const h = (o.t.v as TypeInfo).hash;
  if (h === null) raise(T.TypeError, `unhashable type: '${typeName(o)}'`);
  return h(o);
}

export function identityHash(o: PyObject): Hash {
  return pointerHash(idOf(o));
}

// ---------------------------------------------------------------- comparison

const OP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED: CompareOp[] = [4, 5, 2, 3, 0, 1];
export const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** PyObject_RichCompare (do_richcompare): returns a new reference. */
export function richCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  cEnter(IN_COMPARISON);
  try {
    return doRichCompare(v, w, op);
  } finally {
    cLeave();
  }
}

/** do_richcompare without PyObject_RichCompare's recursion check (the specialised COMPARE_OPs). */
export function doRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  const vt = v.t.v as TypeInfo;
  const wt = w.t.v as TypeInfo;
  let checkedReverse = false;
  if (v.t !== w.t && isSubtype(w.t, v.t) && wt.richcompare !== null) {
    checkedReverse = true;
    const r = wt.richcompare(w, v, SWAPPED[op]);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  if (vt.richcompare !== null) {
    const r = vt.richcompare(v, w, op);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  if (!checkedReverse && wt.richcompare !== null) {
    const r = wt.richcompare(w, v, SWAPPED[op]);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  if (op === Py_EQ) return newBool(v === w);
  if (op === Py_NE) return newBool(v !== w);
  raise(T.TypeError, `'${OP_SYMBOL[op]}' not supported between instances of '${typeName(v)}' and '${typeName(w)}'`);
}

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function richCompareBool(v: PyObject, w: PyObject, op: CompareOp): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  return consumeBool(richCompare(v, w, op));
}

/** A comparison's result (owned) as a JS boolean: PyObject_IsTrue, then released. */
export function consumeBool(r: PyObject): boolean {
  if (r === S.True) { r.rc--; return true; }
  if (r === S.False) { r.rc--; return false; }
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

export function eq(a: PyObject, b: PyObject): boolean {
  return richCompareBool(a, b, Py_EQ);
}

/** A hash table's probe comparing a stored key with the one looked up: lookdict's and
 * set_lookkey's/set_add_entry's `Py_INCREF(startkey); PyObject_RichCompareBool(startkey, key,
 * Py_EQ); Py_DECREF(startkey)` on every version — the key's `__eq__` sees the table's key with
 * one reference more, and the key outlives a comparison that removes it from the table. */
export function storedKeyEq(startkey: PyObject, key: PyObject): boolean {
  startkey.rc++;
  try {
    return richCompareBool(startkey, key, Py_EQ);
  } finally {
    decref(startkey);
  }
}

// ---------------------------------------------------------------- truth, length

export function truthy(o: PyObject): boolean {
  if (o === S.True) return true;
  if (o === S.False || o === S.None) return false;
  const ti = o.t.v as TypeInfo;
  if (ti.bool !== null) return ti.bool(o);
  if (ti.len !== null) return ti.len(o) > 0;
  return true;
}

export function len(o: PyObject): number {
  const l = (o.t.v as TypeInfo).len;
  if (l === null) raise(T.TypeError, `object of type '${typeName(o)}' has no len()`);
  return l(o);
}

// ---------------------------------------------------------------- items

/** Late-bound Py_GenericAlias (genericalias.ts imports this module). */
export const genericAliasHooks = { make: (_origin: PyObject, _args: PyObject): PyObject => { throw new Error('genericalias.ts not loaded'); } };

export function getItem(o: PyObject, k: PyObject): PyObject {
  const g = (o.t.v as TypeInfo).getitem;
  if (g === null) {
    if (o.t === T.type || isSubtype(o.t, T.type)) {
      // type[int] (3.9+) is a types.GenericAlias; a class's __class_getitem__ is an attribute
      if (o === T.type && R.profile.minor >= 9) return genericAliasHooks.make(o, k);
      const cg = getAttrOpt(o, '__class_getitem__');
      if (cg !== null && (cg !== S.None || R.profile.minor < 11)) {
        try {
          return call(cg, [k]);
        } finally {
          decref(cg);
        }
      }
      if (cg !== null) decref(cg);
      if (R.profile.minor >= 11) raise(T.TypeError, `type '${(o.v as TypeInfo).name}' is not subscriptable`);
    }
    raise(T.TypeError, `'${typeName(o)}' object is not subscriptable`);
  }
  return g(o, k);
}

export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  const s = (o.t.v as TypeInfo).setitem;
  if (s === null) raise(T.TypeError, `'${typeName(o)}' object does not support item assignment`);
  s(o, k, v);
}

export function delItem(o: PyObject, k: PyObject): void {
  const s = (o.t.v as TypeInfo).setitem;
  if (s === null) {
    // PyObject_DelItem: an index key on a type with a sequence part goes to PySequence_DelItem
    // ("doesn't"); anything else is PyObject_DelItem's own error ("does not"). Heap types always
    // have tp_as_sequence; the builtin types with one are those with a length, item or `in` slot.
    const ti = o.t.v as TypeInfo;
    const seq = ti.heap || ti.len !== null || ti.getitem !== null || ti.contains !== null;
    const index = k.t === T.int || k.t === T.bool || isSubtype(k.t, T.int) || (k.t.v as TypeInfo).nb.index !== undefined;
    raise(T.TypeError, `'${typeName(o)}' object ${seq && index ? "doesn't" : 'does not'} support item deletion`);
  }
  s(o, k, null);
}

/** _PySequence_IterSearch's iterator: PyObject_GetIter, its TypeError replaced. */
export function searchIter(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
      decref(e.exc);
      raise(T.TypeError, `argument of type '${typeName(seq)}' is not iterable`);
    }
    throw e;
  }
}

export function contains(container: PyObject, item: PyObject): boolean {
  const c = (container.t.v as TypeInfo).contains;
  if (c !== null) return c(container, item);
  const it = searchIter(container);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      // _PySequence_IterSearch: 3.8 compares the value with the item, 3.10+ the item with the value
      let found: boolean;
      try {
        found = P.minor < 10 ? eq(item, x) : eq(x, item);
      } finally {
        decref(x);
      }
      if (found) return true;
    }
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- iteration

export function getIter(o: PyObject): PyObject {
  const ti = o.t.v as TypeInfo;
  if (ti.iter !== null) {
    const it = ti.iter(o);
    if ((it.t.v as TypeInfo).next === null) {
      const tn = typeName(it);
      decref(it);
      raise(T.TypeError, `iter() returned non-iterator of type '${tn}'`);
    }
    return it;
  }
  if (ti.getitem !== null && o.t !== T.dict) return newSeqIter(o);
  raise(T.TypeError, `'${typeName(o)}' object is not iterable`);
}

/** tp_iternext: a new reference or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const n = (it.t.v as TypeInfo).next;
  if (n === null) raise(T.TypeError, `'${typeName(it)}' object is not an iterator`);
  return n(it);
}

/** for item in o: f(item) — each item borrowed for the call; `f` returning true stops early.
 * The iterator and each item are released as the C loops (PyIter_Next ... Py_DECREF) do. */
export function forEachItem(o: PyObject, f: (item: PyObject) => boolean | void): void {
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return;
      let stop: boolean | void;
      try {
        stop = f(x);
      } finally {
        decref(x);
      }
      if (stop === true) return;
    }
  } finally {
    decref(it);
  }
}

/** Set by iters.ts (the old-style sequence iterator over __getitem__). */
export const hooks = {
  newSeqIter: (_o: PyObject): PyObject => { throw new Error('unbound'); },
};
function newSeqIter(o: PyObject): PyObject {
  return hooks.newSeqIter(o);
}

// ---------------------------------------------------------------- numbers

export type BinOpName = keyof Omit<NumberSlots, 'neg' | 'pos' | 'abs' | 'invert' | 'index' | 'int' | 'float' | 'iadd' | 'imul' | 'ior' | 'iand' | 'ixor' | 'isub' | 'itruediv' | 'ifloordiv' | 'imod' | 'ipow' | 'ilshift' | 'irshift' | 'imatmul' | 'inplaceAny'>;

export const BINOP_SYMBOL: Record<string, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', divmod: 'divmod()', pow: '** or pow()',
  lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^', matmul: '@',
};

/** binary_op1: try the left operand's slot, the right's (first if it is a subclass), return
 * NotImplemented (owned) if neither handles it. */
export function binaryOp1(a: PyObject, b: PyObject, op: BinOpName): PyObject {
  const sa = (a.t.v as TypeInfo).nb[op];
  let sb = a.t !== b.t ? (b.t.v as TypeInfo).nb[op] : undefined;
  if (sb === sa) sb = undefined;
  if (sa !== undefined) {
    if (sb !== undefined && isSubtype(b.t, a.t)) {
      const r = sb(a, b);
      if (r !== S.NotImplemented) return r;
      decref(r);
      sb = undefined;
    }
    const r = sa(a, b);
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  if (sb !== undefined) return sb(a, b);
  return notImpl();
}

type SeqSlot = 'sqConcat' | 'sqRepeat' | 'sqInplaceConcat' | 'sqInplaceRepeat';
const SEQ_SLOT_NAMES: Record<SeqSlot, string[]> = { sqConcat: ['__add__'], sqRepeat: ['__mul__', '__rmul__'], sqInplaceConcat: ['__iadd__'], sqInplaceRepeat: ['__imul__'] };

/** A type's sequence slot as CPython has it. A class inherits its base's C slot, but
 * update_one_slot leaves it NULL once the class (or a class between) defines one of the slot's
 * dunders itself: the slotdefs of sq_concat/sq_repeat have no generic function, so only a
 * builtin's own slot wrapper found first in the MRO keeps the C function. */
export function seqSlot(t: PyObject, slot: SeqSlot): ((a: PyObject, b: PyObject) => PyObject) | undefined {
  const ti = t.v as TypeInfo;
  const f = ti[slot];
  if (f === undefined || !ti.heap) return f;
  for (const name of SEQ_SLOT_NAMES[slot]) {
    for (const m of ti.mro) {
      const mi = m.v as TypeInfo;
      const i = (mi.dict.v as DictData).find(name);
      if (i < 0) continue;
      if (((mi.dict.v as DictData).vs[i] as PyObject).t !== T.wrapper_descriptor || mi[slot] !== f) return undefined;
      break;
    }
  }
  return f;
}

export function binaryOp(a: PyObject, b: PyObject, op: BinOpName): PyObject {
  const r = binaryOp1(a, b, op);
  if (r !== S.NotImplemented) return r;
  decref(r);
  if (op === 'add') {
    const c = seqSlot(a.t, 'sqConcat');
    if (c !== undefined) return c(a, b);
  } else if (op === 'mul') {
    const ra = seqSlot(a.t, 'sqRepeat');
    if (ra !== undefined) return ra(a, b);
    const rb = seqSlot(b.t, 'sqRepeat');
    if (rb !== undefined) return rb(b, a);
  }
  return binopTypeError(a, b, op);
}

export function binopTypeError(a: PyObject, b: PyObject, op: string): never {
  raise(T.TypeError, `unsupported operand type(s) for ${BINOP_SYMBOL[op] ?? op}: '${typeName(a)}' and '${typeName(b)}'`);
}

const INPLACE: Record<string, keyof NumberSlots> = {
  add: 'iadd', mul: 'imul', or: 'ior', and: 'iand', xor: 'ixor', sub: 'isub', truediv: 'itruediv', floordiv: 'ifloordiv',
  mod: 'imod', pow: 'ipow', lshift: 'ilshift', rshift: 'irshift', matmul: 'imatmul',
};

/** PyNumber_InPlace*: the in-place slot of the left operand first, then the binary operation. */
/** binary_iop1: the left operand's in-place slot, then binary_op1 (NotImplemented, owned, when
 * neither handles it). */
export function binaryIop1(a: PyObject, b: PyObject, op: BinOpName): PyObject {
  const islot = INPLACE[op];
  if (islot !== undefined) {
    const f = (a.t.v as TypeInfo).nb[islot] as ((a: PyObject, b: PyObject) => PyObject) | undefined;
    if (f !== undefined) {
      const r = f(a, b);
      if (r !== S.NotImplemented) return r;
      decref(r);
    }
  }
  return binaryOp1(a, b, op);
}

export function inplaceOp(a: PyObject, b: PyObject, op: BinOpName): PyObject {
  const any = (a.t.v as TypeInfo).nb.inplaceAny;
  if (any !== undefined) return any(a, b, op);
  const r = binaryIop1(a, b, op);
  if (r !== S.NotImplemented) return r;
  decref(r);
  if (op === 'add') {
    const ic = seqSlot(a.t, 'sqInplaceConcat');
    if (ic !== undefined) return ic(a, b);
    const c = seqSlot(a.t, 'sqConcat');
    if (c !== undefined) return c(a, b);
  } else if (op === 'mul') {
    const ir = seqSlot(a.t, 'sqInplaceRepeat');
    if (ir !== undefined) return ir(a, b);
    const ra = seqSlot(a.t, 'sqRepeat');
    if (ra !== undefined) return ra(a, b);
    const rb = seqSlot(b.t, 'sqRepeat');
    if (rb !== undefined) return rb(b, a);
  }
  const sym = BINOP_SYMBOL[op] ?? op;
  raise(T.TypeError, `unsupported operand type(s) for ${sym === '** or pow()' ? '**=' : sym + '='}: '${typeName(a)}' and '${typeName(b)}'`);
}

export function unaryOp(a: PyObject, op: 'neg' | 'pos' | 'abs' | 'invert'): PyObject {
  const f = (a.t.v as TypeInfo).nb[op];
  if (f === undefined) {
    const sym = op === 'neg' ? 'unary -' : op === 'pos' ? 'unary +' : op === 'invert' ? 'unary ~' : 'abs()';
    raise(T.TypeError, `bad operand type for ${sym}: '${typeName(a)}'`);
  }
  return f(a);
}

/** PyNumber_Index: an int (new reference). */
export function index(o: PyObject): PyObject {
  if (o.t === T.int || o.t === T.bool) {
    o.rc++;
    return o;
  }
  if (isSubtype(o.t, T.int)) {
    // PyLong_Check: an int subclass's own __index__ is never called; 3.8 returns the object
    // itself, 3.10+'s PyNumber_Index a copy as an exact int (_PyLong_Copy)
    if (P.minor < 10) {
      o.rc++;
      return o;
    }
    return indexHooks.copy(o);
  }
  const f = (o.t.v as TypeInfo).nb.index;
  if (f === undefined) raise(T.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (r.t === T.int) return r;
  // PyNumber_Index: __index__ must give an int (a subclass: DeprecationWarning, then a copy)
  const tn = typeName(r);
  if (!(r.t === T.bool || isSubtype(r.t, T.int))) {
    decref(r);
    raise(T.TypeError, `__index__ returned non-int (type ${tn})`);
  }
  try {
    indexHooks.warn(`__index__ returned non-int (type ${tn}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    return indexHooks.copy(r);
  } finally {
    decref(r);
  }
}

/** Bound by warnings.ts / numbers.ts, which import this module. */
export const indexHooks = {
  warn: (_msg: string): void => { throw new Error('unbound'); },
  copy: (_o: PyObject): PyObject => { throw new Error('unbound'); },
};

/** An index as a JS number (Py_ssize_t), raising like CPython for non-integers. */
export function indexJs(o: PyObject, what?: string): number {
  if (o.t === T.int || o.t === T.bool) {
    const v = o.v as number | bigint;
    if (typeof v === 'number') return v;
    raise(T.IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  const f = (o.t.v as TypeInfo).nb.index;
  if (f === undefined) {
    raise(T.TypeError, what ?? `'${typeName(o)}' object cannot be interpreted as an integer`);
  }
  const r = index(o);
  const v = r.v as number | bigint;
  decref(r);
  if (typeof v === 'number') return v;
  raise(T.IndexError, `cannot fit 'int' into an index-sized integer`);
}

const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MIN = -(1n << 63n);

function ssizeRange(v: number | bigint): number | bigint {
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < SSIZE_MIN)) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  return v;
}

/** PyLong_AsSsize_t: an int or int subclass (no __index__), as a JS number, or a bigint when it
 * is beyond 2**53 but within Py_ssize_t. */
export function longAsSsize(o: PyObject): number | bigint {
  if (!(o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int))) raise(T.TypeError, 'an integer is required');
  return ssizeRange(o.v as number | bigint);
}

/** The 'n' (Py_ssize_t) argument converter of PyArg_Parse and Argument Clinic: 3.8 refuses a
 * float first; then PyNumber_Index and PyLong_AsSsize_t. */
export function ssizeArg(o: PyObject): number | bigint {
  if (P.minor < 10 && (o.t === T.float || isSubtype(o.t, T.float))) raise(T.TypeError, 'integer argument expected, got float');
  const i = index(o);
  const v = i.v as number | bigint;
  decref(i);
  return ssizeRange(v);
}

/** _Py_convert_optional_to_ssize_t (Argument Clinic's Py_ssize_t(accept={int, NoneType})): null
 * for None; else PyNumber_AsSsize_t(o, OverflowError). */
export function optionalSsizeArg(o: PyObject): number | bigint | null {
  if (o === S.None) return null;
  if ((o.t.v as TypeInfo).nb.index === undefined && o.t !== T.int && o.t !== T.bool) {
    raise(T.TypeError, `argument should be integer or None, not '${typeName(o)}'`);
  }
  const i = index(o);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < SSIZE_MIN)) raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  return v;
}

/** _PyEval_SliceIndexNotNone: an index (clamped to Py_ssize_t, here to +-2**53) for the start
 * and stop arguments of index() methods. */
export function sliceIndexNotNone(o: PyObject): number {
  if (!(o.t === T.int || o.t === T.bool) && (o.t.v as TypeInfo).nb.index === undefined) {
    raise(T.TypeError, 'slice indices must be integers or have an __index__ method');
  }
  const i = index(o);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

export function isTrue(o: PyObject): boolean {
  return truthy(o);
}
