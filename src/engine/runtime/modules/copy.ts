// The copy module, and the parts of the pickle protocol it runs on.
//
// The C part (Objects/typeobject.c): object.__reduce_ex__ (the __reduce__ override check, then
// reduce_newobj), object.__reduce__, and 3.11+'s object.__getstate__: _PyObject_GetNewArguments
// (__getnewargs_ex__, __getnewargs__), the object's state (3.8/3.10 _PyObject_GetState: a
// __getstate__ attribute or the instance dict if not empty; 3.11+ object_getstate: __getstate__
// called unless it is object's own, which runs object_getstate_default with `required`), the slot
// values (_PyType_GetSlotNames: the class's __slotnames__, else copyreg._slotnames), and the list
// and dict item iterators. These are defined on object at start-up (defineObjectReduce).
//
// The Python part is CPython's Lib/copy.py (and the three copyreg functions the C code calls:
// __newobj__, __newobj_ex__, _slotnames). HeapLens runs it as TypeScript that performs the same
// operations on the simulated heap in the same order: the memo dict keyed by id(), the
// _keep_alive list stored in the memo under id(memo), the dispatch tables (real dicts, looked up
// with dict.get), getattr(x, "__deepcopy__", None), the reductor, _reconstruct with its state,
// slot state, list items and dict items. Each Python function runs in a frame of its own
// (copyFrame: the recursion level — Python-to-Python calls are pushed inline on 3.12+, generator
// resumptions and CALL_FUNCTION_EX (3.12) enter the interpreter from C —, 3.11's warm-up of its
// code object, a frame object sized as CPython's on 3.8/3.10, the locals CPython's frame holds),
// and the builtins it calls are called as its bytecode calls them (call sites with their
// adaptive state, so the recursion checks of id(), getattr(), dict.get, ... are CPython's).
// What the Python code's temporaries do to the collector's counts is not reproduced: after a
// call, gc.get_count() stops until the next full collection; a traceback through one of these
// frames stops the run when printed.
import { isUnion } from '../union';
import { PyObject } from '../object';
import { P, R, T, ST, PyErr, NotSimulated, decref, xdecref, incref } from '../core';
import { type TypeInfo, isSubtype, typeName } from '../types';
import { raise } from '../exc';
import { S, call, getAttr, getAttrOpt, setAttr, lookupSpecial, getIter, iterNext, truthy, setItem, getItem, reprJs } from '../abstract';
import { newTuple, EMPTY_TUPLE } from '../tuple';
import { newList, listAppendSteal } from '../list';
import { sequenceList } from '../listmethods';
import { newDict, dictGetStr, dictSetStr, dictSet, DictData } from '../dict';
import { newStr, internStr } from '../str';
import { smallInt } from '../numbers';
import { Frame, type Code, type BuiltinData, frameEntry, runStdlibFrame } from '../func';
import { StandIn, newStandInType, newStandIn, bindOrRelease, stdlibCodeFor, type StandInKind, callMethodAt, clearMethodCaches } from '../standin';
import { defMethods, oneArg, noArgs } from '../methods';
import { typeNew, instanceDunderDict, existingInstanceDict } from '../classes';
import { type PySig } from '../pysig';
import { RT } from '../../compile/rt';
import { Site } from '../recursion';
import { UNSIMULATED_ATTRS } from '../unsimulated';
import { registerModule, importModule, pythonLevelCall, type ModuleData } from './registry';

// ================================================================ per-run state

/** What `import copy` made (null before it): copyreg's functions the C code calls, the module
 * dict (the frames' globals), the stand-in type. */
interface CopyState {
  moduleDict: PyObject;
  standInType: PyObject;
  newobj: PyObject;
  newobjEx: PyObject;
  slotnames: PyObject;
  copyDispatch: PyObject;
  deepcopyDispatch: PyObject;
  dispatchTable: PyObject;
  error: PyObject;
  nil: PyObject;
  /** constants of the Python code (owned for the run) */
  k: Record<string, PyObject>;
  sites: Sites;
  codes: Map<string, Code>;
  /** the stand-ins by name */
  fns: Record<string, PyObject>;
}
let st: CopyState | null = null;

/** The object.__reduce__ method descriptor (objreduce) and object.__getstate__'s payload. */
let objReduceDescr: PyObject | null = null;
let objGetstateMd: object | null = null;

// ================================================================ the C part

/** import_copyreg(): HeapLens has copyreg's functions once copy is imported. */
function copyState(what: string): CopyState {
  if (st === null) throw new NotSimulated(`${what} without 'import copy'`, ST.line, 'it calls copyreg, whose Python code HeapLens runs only as part of the copy module');
  return st;
}

const REDUCE_NAMES = ['__reduce__', '__reduce_ex__', '__getnewargs__', '__getnewargs_ex__', '__getstate__', '__setstate__'];

/** The builtin classes of the object's MRO whose pickling methods CPython defines and HeapLens
 * lacks (set.__reduce__, bytes.__getnewargs__, BaseException.__reduce__, ...): reducing such an
 * object would use object's defaults where CPython uses the class's own, so it stops. */
function checkReducible(obj: PyObject): void {
  const bit = 1 << [8, 10, 11, 12, 13].indexOf(P.minor);
  for (const b of (obj.t.v as TypeInfo).mro) {
    const bi = b.v as TypeInfo;
    if (bi.heap || b === T.object) continue;
    const attrs = UNSIMULATED_ATTRS[bi.name];
    for (const name of REDUCE_NAMES) {
      if (attrs !== undefined && ((attrs[name] ?? 0) & bit) !== 0 && dictGetStr(bi.dict, name) === null) {
        throw new NotSimulated(`reducing (copying or pickling) a '${typeName(obj)}' object`, ST.line, `HeapLens does not have ${bi.name}.${name}, which CPython uses for it`);
      }
    }
    if (attrs === undefined && b !== T.list && b !== T.dict) {
      throw new NotSimulated(`reducing (copying or pickling) a '${typeName(obj)}' object`, ST.line, `HeapLens does not know the pickling methods of '${bi.name}'`);
    }
  }
}

/** _PyType_GetSlotNames: the class's cached __slotnames__, else copyreg._slotnames(cls). */
function typeSlotNames(cls: PyObject): PyObject {
  const cached = dictGetStr((cls.v as TypeInfo).dict, '__slotnames__');
  if (cached !== null) {
    if (cached !== S.None && !isSubtype(cached.t, T.list)) {
      raise(T.TypeError, `${(cls.v as TypeInfo).name}.__slotnames__ should be a list or None, not ${typeName(cached)}`);
    }
    return incref(cached);
  }
  const cs = copyState('copyreg._slotnames()');
  // _PyObject_CallMethodIdObjArgs(copyreg, "_slotnames", cls): a C call of the Python function
  const names = cs.fns._slotnames === undefined ? slotnamesImpl(cls, null) : callFromC(cs.slotnames, [cls]);
  if (names !== S.None && !isSubtype(names.t, T.list)) {
    decref(names);
    raise(T.TypeError, "copyreg._slotnames didn't return a list or None");
  }
  return names;
}

/** The state from the instance dict and the slots (the shared tail of 3.8's _PyObject_GetState
 * and 3.11+'s object_getstate_default). `state` is owned. */
function stateWithSlots(obj: PyObject, state: PyObject, required: boolean): PyObject {
  let slotnames: PyObject;
  try {
    slotnames = typeSlotNames(obj.t);
  } catch (e) {
    decref(state);
    throw e;
  }
  try {
    if (required) {
      const ti = obj.t.v as TypeInfo;
      // tp_basicsize against object's plus the dict and weakref pointers and the slots
      let basic = 16;
      if (ti.hasDict && (P.minor < 11 || ti.solid !== null)) basic += 8;
      if (ti.hasWeakref && (P.minor < 12 || ti.solid !== null)) basic += 8;
      const slotsN = slotnames === S.None ? 0 : (slotnames.v as PyObject[]).length;
      basic += 8 * slotsN;
      if (ti.basicsize() > basic) {
        decref(state);
        raise(T.TypeError, `cannot pickle '${ti.name}' object`);
      }
    }
    const names = slotnames === S.None ? [] : (slotnames.v as PyObject[]);
    if (names.length === 0) return state;
    const n = names.length;
    const slots = newDict();
    try {
      for (let i = 0; i < n; i++) {
        const name = incref(names[i]);
        try {
          if (name.t !== T.str) throw new NotSimulated('a __slotnames__ entry that is not a str', ST.line);
          const value = getAttrOpt(obj, name.v as string);
          if (value !== null) {
            try {
              dictSet(slots, name, value);
            } finally {
              decref(value);
            }
          }
        } finally {
          decref(name);
        }
        if ((slotnames.v as PyObject[]).length !== n) raise(T.RuntimeError, '__slotsname__ changed size during iteration');
      }
      if ((slots.v as DictData).used > 0) {
        state.rc++;
        slots.rc++;
        const state2 = newTuple([state, slots]);
        decref(state);
        state = state2;
      }
    } catch (e) {
      decref(slots);
      decref(state);
      throw e;
    }
    decref(slots);
    return state;
  } finally {
    decref(slotnames);
  }
}

/** 3.8/3.10 _PyObject_GetState(obj, required). */
function getState38(obj: PyObject, required: boolean): PyObject {
  const getstate = getAttrOpt(obj, '__getstate__');
  if (getstate !== null) {
    try {
      return call(getstate, []);
    } finally {
      decref(getstate);
    }
  }
  if (required && (obj.t.v as TypeInfo).itemsize > 0) raise(T.TypeError, `cannot pickle '${typeName(obj)}' object`);
  const d = existingInstanceDict(obj);
  const state = d !== null && (d.v as DictData).used > 0 ? incref(d) : incref(S.None);
  return stateWithSlots(obj, state, required);
}

/** 3.11+ object_getstate_default(obj, required). */
function getstateDefault(obj: PyObject, required: boolean): PyObject {
  const ti = obj.t.v as TypeInfo;
  if (required && ti.itemsize > 0) raise(T.TypeError, `cannot pickle ${ti.name} objects`);
  let state: PyObject;
  const d = existingInstanceDict(obj);
  // _PyObject_IsInstanceDictEmpty, else PyObject_GenericGetDict (which materialises a managed dict)
  if (d === null || (d.v as DictData).used === 0) state = incref(S.None);
  else state = instanceDunderDict(obj) as PyObject;
  return stateWithSlots(obj, state, required);
}

/** 3.11+ object_getstate(obj, required): __getstate__ looked up on the object; object's own runs
 * in C with `required`, anything else is called. */
function getState311(obj: PyObject, required: boolean): PyObject {
  const getstate = getAttr(obj, '__getstate__');
  try {
    const bd = getstate.t === T.builtin_function ? (getstate.v as BuiltinData) : null;
    if (bd !== null && bd.self === obj && bd.md !== null && bd.md === objGetstateMd) return getstateDefault(obj, required);
    return call(getstate, []);
  } finally {
    decref(getstate);
  }
}

function isTupleLike(o: PyObject): boolean {
  return o.t === T.tuple || isSubtype(o.t, T.tuple);
}

/** _PyObject_GetNewArguments: [args, kwargs] (owned, or null). */
function newArguments(obj: PyObject): [PyObject | null, PyObject | null] {
  const ex = lookupSpecial(obj, '__getnewargs_ex__');
  if (ex !== null) {
    let r: PyObject;
    try {
      r = call(ex, []);
    } finally {
      decref(ex);
    }
    if (!isTupleLike(r)) {
      const tn = typeName(r);
      decref(r);
      raise(T.TypeError, `__getnewargs_ex__ should return a tuple, not '${tn}'`);
    }
    const items = r.v as PyObject[];
    if (items.length !== 2) {
      const n = items.length;
      decref(r);
      raise(T.ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${n}`);
    }
    const args = incref(items[0]);
    const kwargs = incref(items[1]);
    decref(r);
    if (!isTupleLike(args)) {
      const tn = typeName(args);
      decref(args);
      decref(kwargs);
      raise(T.TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${tn}'`);
    }
    if (kwargs.t !== T.dict && !isSubtype(kwargs.t, T.dict)) {
      const tn = typeName(kwargs);
      decref(args);
      decref(kwargs);
      raise(T.TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${tn}'`);
    }
    return [args, kwargs];
  }
  const na = lookupSpecial(obj, '__getnewargs__');
  if (na !== null) {
    let args: PyObject;
    try {
      args = call(na, []);
    } finally {
      decref(na);
    }
    if (!isTupleLike(args)) {
      const tn = typeName(args);
      decref(args);
      raise(T.TypeError, `__getnewargs__ should return a tuple, not '${tn}'`);
    }
    return [args, null];
  }
  return [null, null];
}

/** reduce_newobj(obj). */
function reduceNewobj(obj: PyObject): PyObject {
  if ((obj.t.v as TypeInfo).new === null) raise(T.TypeError, `cannot pickle '${typeName(obj)}' object`);
  checkReducible(obj);
  const [args, kwargs] = newArguments(obj);
  let cs: CopyState;
  try {
    cs = copyState('object.__reduce_ex__()');
  } catch (e) {
    xdecref(args);
    xdecref(kwargs);
    throw e;
  }
  const hasargs = args !== null;
  let newobj: PyObject;
  let newargs: PyObject;
  if (kwargs === null || (kwargs.v as DictData).used === 0) {
    xdecref(kwargs);
    newobj = incref(cs.newobj);
    const items = args === null ? [] : (args.v as PyObject[]);
    obj.t.rc++;
    newargs = newTuple([obj.t, ...items.map((v) => incref(v))]);
    xdecref(args);
  } else if (args !== null) {
    newobj = incref(cs.newobjEx);
    obj.t.rc++;
    newargs = newTuple([obj.t, args, kwargs]);
  } else {
    decref(kwargs);
    raise(T.SystemError, 'bad argument to internal function');
  }
  const isList = obj.t === T.list || isSubtype(obj.t, T.list);
  const isDict = obj.t === T.dict || isSubtype(obj.t, T.dict);
  const required = !hasargs && !isList && !isDict;
  let state: PyObject;
  try {
    state = P.minor >= 11 ? getState311(obj, required) : getState38(obj, required);
  } catch (e) {
    decref(newobj);
    decref(newargs);
    throw e;
  }
  let listitems: PyObject;
  let dictitems: PyObject;
  try {
    listitems = isList ? getIter(obj) : incref(S.None);
    try {
      if (isDict) {
        const items = callMethodC(obj, 'items', []);
        try {
          dictitems = getIter(items);
        } finally {
          decref(items);
        }
      } else dictitems = incref(S.None);
    } catch (e) {
      decref(listitems);
      throw e;
    }
  } catch (e) {
    decref(newobj);
    decref(newargs);
    decref(state);
    throw e;
  }
  return newTuple([newobj, newargs, state, listitems, dictitems]);
}

/** _PyObject_CallMethodIdObjArgs / PyObject_CallMethod from C. */
function callMethodC(o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args);
  } finally {
    decref(m);
  }
}

/** _common_reduce(self, proto). */
function commonReduce(self: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(self);
  throw new NotSimulated(`reducing an object with pickle protocol ${proto}`, ST.line, "it calls copyreg._reduce_ex, which HeapLens does not have");
}

/** The `int` converter of __reduce_ex__'s protocol. */
function protocolArg(a: PyObject): number {
  if (a.t !== T.int && a.t !== T.bool) {
    if (a.t === T.float) raise(T.TypeError, P.minor >= 10 ? "'float' object cannot be interpreted as an integer" : 'integer argument expected, got float');
    throw new NotSimulated(`object.__reduce_ex__() with a protocol of type '${typeName(a)}'`, ST.line);
  }
  const v = a.v as number | bigint;
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) throw new NotSimulated('object.__reduce_ex__() with a protocol beyond a C int', ST.line);
  return v;
}

/** object.__reduce_ex__(protocol). */
function objectReduceEx(self: PyObject, protoObj: PyObject): PyObject {
  const protocol = protocolArg(protoObj);
  const reduce = getAttrOpt(self, '__reduce__');
  if (reduce !== null) {
    let override: boolean;
    try {
      const clsreduce = getAttr(self.t, '__reduce__');
      override = clsreduce !== objReduceDescr;
      decref(clsreduce);
    } catch (e) {
      decref(reduce);
      throw e;
    }
    if (override) {
      try {
        return call(reduce, []);
      } finally {
        decref(reduce);
      }
    }
    decref(reduce);
  }
  return commonReduce(self, protocol);
}

/** Defined on object at start-up: __reduce_ex__, __reduce__ and (3.11+) __getstate__. */
export function defineObjectReduce(): void {
  const defs: Record<string, (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject> = {
    __reduce_ex__: (self, args, kw) => objectReduceEx(self, oneArg('__reduce_ex__', args, kw)),
    __reduce__: (self, args, kw) => (noArgs('__reduce__', args, kw), commonReduce(self, 0)),
  };
  if (P.minor >= 11) defs.__getstate__ = (self, args, kw) => (noArgs('__getstate__', args, kw), getstateDefault(self, false));
  defMethods(T.object, defs);
  // set_reduce (set and frozenset): (type(so), (list(so),), state) — the state is the instance's
  // __dict__ attribute or None (3.8/3.10), _PyObject_GetState (3.11+)
  const setReduce = (self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    noArgs('__reduce__', args, kw);
    const keys = sequenceList(self);
    let targs: PyObject;
    let state: PyObject;
    try {
      keys.rc++;
      targs = newTuple([keys]);
      try {
        if (P.minor >= 11) state = getState311(self, false);
        else state = getAttrOpt(self, '__dict__') ?? incref(S.None);
      } catch (e) {
        decref(targs);
        throw e;
      }
    } finally {
      decref(keys);
    }
    self.t.rc++;
    return newTuple([self.t, targs, state]);
  };
  // range_reduce: (range, (start, stop, step))
  defMethods(T.range, {
    __reduce__: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      const parts = ['start', 'stop', 'step'].map((n) => getAttr(self, n));
      self.t.rc++;
      return newTuple([self.t, newTuple(parts)]);
    },
  });
  defMethods(T.set, { __reduce__: setReduce });
  defMethods(T.frozenset, { __reduce__: setReduce });
  const od = (T.object.v as TypeInfo).dict;
  objReduceDescr = dictGetStr(od, '__reduce__');
  objGetstateMd = P.minor >= 11 ? ((dictGetStr(od, '__getstate__') as PyObject).v as object) : null;
  st = null;
}

// ================================================================ frames

/** co_stacksize and co_nlocals (+ cells) of Lib/copy.py's and Lib/copyreg.py's code objects,
 * measured on each version (f.__code__); a version not listed has its predecessor's. */
const FRAMES: Record<string, Record<number, [number, number]>> = {
  copy: { 8: [4, 5], 11: [5, 5] },
  deepcopy: { 8: [4, 9], 11: [5, 9] },
  _deepcopy_atomic: { 8: [1, 2] },
  _copy_immutable: { 8: [1, 1] },
  _deepcopy_list: { 8: [5, 6], 11: [7, 6] },
  _deepcopy_tuple: { 8: [8, 8], 11: [4, 8], 12: [7, 7] },
  '_deepcopy_tuple.<locals>.<listcomp>': { 8: [5, 4], 11: [6, 4] },
  _deepcopy_dict: { 8: [6, 6], 11: [7, 6] },
  _deepcopy_method: { 8: [5, 2], 11: [7, 2] },
  _keep_alive: { 8: [8, 2], 11: [6, 2] },
  _reconstruct: { 8: [5, 16], 11: [6, 16] },
  '_reconstruct.<locals>.<genexpr>': { 8: [4, 4], 11: [5, 4] },
  replace: { 13: [4, 4] },
  __newobj__: { 8: [3, 2], 11: [4, 2] },
  __newobj_ex__: { 8: [3, 3], 10: [4, 3], 11: [5, 3] },
  _slotnames: { 8: [7, 6] },
};

function codeFor(cs: CopyState, module: string, qualname: string): Code {
  return stdlibCodeFor(cs.codes, module, qualname, FRAMES[qualname]);
}

/** A frame of copy.py's (or copyreg.py's) code: `locals` (borrowed) become its first locals; the
 * references in `moved` (the caller's stack's, on 3.11+) are passed to it. Whether it is pushed
 * inline (3.12+: no C units) is frameEntry.inline, as for a Python function. */
function copyFrame(code: Code, locals: PyObject[], moved: PyObject[] | null, body: (fr: Frame) => PyObject): PyObject {
  const cs = st as CopyState;
  pythonLevelCall(`${code.stdlib}.${code.qualname}()`, `${code.stdlib}.${code.qualname} is Python code in CPython (Lib/${code.stdlib}.py), whose temporary objects HeapLens does not reproduce`);
  return runStdlibFrame(code, cs.moduleDict, locals, body, moved, true);
}

/** STORE_FAST */
function setLocal(fr: Frame, i: number, v: PyObject): void {
  const old = fr.l[i];
  fr.l[i] = incref(v);
  if (old !== null) decref(old);
}

/** 3.11: a JUMP_BACKWARD warms the code object up. */
function loopTick(fr: Frame): void {
  if (P.minor === 11 && fr.code.warm < 8) fr.code.warm++;
}

/** `for key, value in iterable:` — the pairs unpacked into the frame's locals `ki` and `vi`, then
 * `body(key, value)` (both borrowed from the locals); an item that is not a pair stops (`what`).
 * The iterable is borrowed, or released once iterated over when `owned`. */
function forEachPair(fr: Frame, iterable: PyObject, owned: boolean, ki: number, vi: number, what: string, body: (key: PyObject, value: PyObject) => void): void {
  let it: PyObject;
  try {
    it = getIter(iterable);
  } finally {
    if (owned) decref(iterable);
  }
  try {
    for (;;) {
      const pair = iterNext(it);
      if (pair === null) break;
      if (pair.t !== T.tuple || (pair.v as PyObject[]).length !== 2) {
        decref(pair);
        throw new NotSimulated(what, ST.line);
      }
      const [key, value] = pair.v as PyObject[];
      setLocal(fr, ki, key);
      setLocal(fr, vi, value);
      decref(pair);
      body(key, value);
      loopTick(fr);
    }
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- bytecode-level calls

/** The call sites of the Python code (their adaptive state on 3.11+). */
class Sites {
  [k: string]: Site;
  constructor() {
    return new Proxy(this, {
      get: (t, k: string) => (t[k] ??= new Site(k.endsWith('_')) as never),
    });
  }
}

function builtin(name: string): PyObject {
  const b = dictGetStr(RT.builtins, name);
  if (b === null) throw new NotSimulated(`copy without the builtin '${name}'`, ST.line);
  return b;
}

/** CALL of `f` with `args` (borrowed; pushed as the bytecode pushes them). */
function callAt(site: Site, f: PyObject, args: PyObject[]): PyObject {
  f.rc++;
  for (const a of args) a.rc++;
  return RT.callv(f, args.slice(), null, site);
}

/** A builtin function called from the Python code (LOAD_GLOBAL + CALL). */
function callBuiltin(site: Site, name: string, args: PyObject[]): PyObject {
  return callAt(site, builtin(name), args);
}


/** The truth of a value the code tests (`if copier:`). */
function test(o: PyObject): boolean {
  return o === S.True ? true : o === S.False || o === S.None ? false : truthy(o);
}

function isKeyError(e: unknown): e is PyErr {
  return e instanceof PyErr && isSubtype(e.exc.t, T.KeyError);
}

// ---------------------------------------------------------------- the stand-in functions

/** A function of Lib/copy.py or copyreg.py run as TypeScript: a stand-in (standin.ts) whose
 * body binds the call (defaults filled in) and runs `run(args, moved)`: args borrowed, `moved` the
 * caller's stack references passed to the frame (3.11+), or null. */
type Run = (args: PyObject[], moved: PyObject[] | null) => PyObject;
const KIND: StandInKind = { module: 'copy', steal: true };

function runBound(si: StandIn, args: PyObject[], kw: string[] | null, moved: PyObject[] | null, run: Run): PyObject {
  return run(bindOrRelease(si, args, kw, moved), moved);
}

/** A call the Python code makes of one of its own functions (CALL of a Python function: inline on
 * 3.12+, the arguments' stack references passed to the frame on 3.11+, kept by the caller's stack
 * until the call returns before). `args` borrowed. */
function pyCall(f: PyObject, args: PyObject[], inline = true): PyObject {
  const si = f.v as StandIn;
  for (const a of args) a.rc++;
  frameEntry.inline = inline && P.minor >= 12;
  if (P.callMovesArgs) {
    try {
      return si.body(si, args, null, args);
    } catch (e) {
      frameEntry.inline = false;
      throw e;
    }
  }
  try {
    return si.body(si, args, null, null);
  } finally {
    frameEntry.inline = false;
    for (const a of args) decref(a);
  }
}

/** A call of a copy/copyreg function from C (PyObject_Call / a C caller: the frame takes new
 * references; 3.12+ enters the interpreter from C, 3.13's CALL_FUNCTION_EX pushes it inline). */
function callFromC(f: PyObject, args: PyObject[], inline = false): PyObject {
  const si = f.v as StandIn;
  frameEntry.inline = inline;
  try {
    return si.body(si, args, null, null);
  } finally {
    frameEntry.inline = false;
  }
}

/** `f(*args)` (CALL_FUNCTION_EX with a tuple `argsTuple`, borrowed): a Python function of ours is
 * pushed inline on 3.13 and entered from C before; anything else is PyObject_Call'ed. */
function callEx(cs: CopyState, f: PyObject, argsTuple: PyObject): PyObject {
  const items = argsTuple.v as PyObject[];
  if (f.t === cs.standInType) return callFromC(f, items, P.minor >= 13);
  return call(f, items, null, argsTuple);
}

function isStandIn(cs: CopyState, f: PyObject): boolean {
  return f.t === cs.standInType;
}

/** A call of a dispatch table's copier or a found hook: our own functions as Python calls. */
function callCopier(cs: CopyState, site: Site, f: PyObject, args: PyObject[]): PyObject {
  if (isStandIn(cs, f)) return pyCall(f, args);
  return callAt(site, f, args);
}

// ================================================================ Lib/copy.py

/** The values copy.py's code uses as constants, made once per import (they live as long as the
 * code objects do). */
function makeConstants(): Record<string, PyObject> {
  const k: Record<string, PyObject> = {};
  for (const s of ['__copy__', '__deepcopy__', '__reduce_ex__', '__reduce__', '__setstate__', '__slotnames__', '__slots__', '__dict__', '__weakref__', '__new__']) k[s] = internStr(s, true);
  return k;
}

function copyImpl(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const x = args[0];
  return copyFrame(codeFor(cs, 'copy', 'copy'), args, moved, (fr) => {
    // locals: x cls copier reductor rv
    const cls = callBuiltin(s.c_type, 'type', [x]);
    setLocal(fr, 1, cls);
    decref(cls);
    let copier = callMethodAt(s.c_get, cs.copyDispatch, 'get', [cls]);
    setLocal(fr, 2, copier);
    decref(copier);
    if (test(copier)) return callCopier(cs, s.c_copier, copier, [x]);
    const sub = callBuiltin(s.c_issubclass, 'issubclass', [cls, T.type]);
    const isType = test(sub);
    decref(sub);
    if (isType) return pyCall(cs.fns._copy_immutable, [x]);
    copier = callBuiltin(s.c_getattr, 'getattr', [cls, cs.k.__copy__, S.None]);
    setLocal(fr, 2, copier);
    decref(copier);
    if (copier !== S.None) return callCopier(cs, s.c_hook, copier, [x]);
    const rv = reduceStep(cs, fr, x, cls, 3, 'c', 'shallow');
    setLocal(fr, 4, rv);
    decref(rv);
    const isStr = callBuiltin(s.c_isinstance, 'isinstance', [rv, T.str]);
    const str = test(isStr);
    decref(isStr);
    if (str) return incref(x);
    return reconstructCall(cs, x, S.None, rv);
  });
}

/** The dispatch_table lookup and the reductor: `rv` (owned). `fr`'s local `ri` is reductor. */
function reduceStep(cs: CopyState, fr: Frame, x: PyObject, cls: PyObject, ri: number, p: string, kind: string): PyObject {
  // (3.10+ copyreg registers pickle_union for types.UnionType)
  if (isUnion(x)) throw new NotSimulated(`copying a types.UnionType (${kind} copy)`, ST.line, "CPython's copyreg reduces a union to functools.reduce(operator.or_, its __args__), which HeapLens does not replay");
  const s = cs.sites;
  let reductor = callMethodAt(s[p + '_dtget'], cs.dispatchTable, 'get', [cls]);
  setLocal(fr, ri, reductor);
  decref(reductor);
  if (p === 'c' ? reductor !== S.None : test(reductor)) return callAt(s[p + '_dtcall'], reductor, [x]);
  reductor = callBuiltin(s[p + '_getattr2'], 'getattr', [x, cs.k.__reduce_ex__, S.None]);
  setLocal(fr, ri, reductor);
  decref(reductor);
  if (reductor !== S.None) return callAt(s[p + '_rex'], reductor, [smallInt(4)]);
  reductor = callBuiltin(s[p + '_getattr3'], 'getattr', [x, cs.k.__reduce__, S.None]);
  setLocal(fr, ri, reductor);
  decref(reductor);
  if (test(reductor)) return callAt(s[p + '_r'], reductor, []);
  // raise Error("un(shallow)copyable object of type %s" % cls)
  const msg = newStr(`un(${kind})copyable object of type ${reprJs(cls)}`);
  let exc: PyObject;
  try {
    exc = call(cs.error, [msg]);
  } finally {
    decref(msg);
  }
  throw new PyErr(exc);
}

/** `_reconstruct(x, memo, *rv)`: CALL_FUNCTION_EX with the arguments gathered in a tuple (3.9+:
 * a list extended by rv, then made a tuple). */
function reconstructCall(cs: CopyState, x: PyObject, memo: PyObject, rv: PyObject): PyObject {
  let items: PyObject[];
  if (rv.t === T.tuple || rv.t === T.list) items = (rv.v as PyObject[]).slice();
  else throw new NotSimulated(`copying with a reduce value of type '${typeName(rv)}'`, ST.line, 'HeapLens unpacks only a tuple or list returned by __reduce_ex__/__reduce__');
  if (P.minor <= 8 && items.length > 5) throw new NotSimulated('a reduce value of more than five items on 3.8 (its sixth is taken as _reconstruct\'s deepcopy)', ST.line);
  let tuple: PyObject;
  if (P.minor >= 9) {
    x.rc++;
    memo.rc++;
    const l = newList([x, memo]);
    for (const it of items) {
      it.rc++;
      (l.v as PyObject[]).push(it);
    }
    tuple = newTuple((l.v as PyObject[]).map((v) => incref(v)));
    decref(l);
  } else tuple = newTuple([x, memo, ...items].map((v) => incref(v)));
  try {
    return callEx(cs, cs.fns._reconstruct, tuple);
  } finally {
    decref(tuple);
  }
}

function deepcopyImpl(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const x = args[0];
  return copyFrame(codeFor(cs, 'copy', 'deepcopy'), args, moved, (fr) => {
    // locals: x memo _nil d y cls copier reductor rv
    const nil = fr.l[2] as PyObject;
    const memoIsNone = fr.l[1] === S.None;
    let d: PyObject;
    if (P.minor >= 13) {
      d = callBuiltin(s.d_id, 'id', [x]);
      setLocal(fr, 3, d);
      decref(d);
    }
    if (memoIsNone) {
      const m = newDict();
      setLocal(fr, 1, m);
      decref(m);
    }
    const memo = fr.l[1] as PyObject;
    if (P.minor <= 12) {
      d = callBuiltin(s.d_id, 'id', [x]);
      setLocal(fr, 3, d);
      decref(d);
    }
    d = fr.l[3] as PyObject;
    if (P.minor <= 12 || !memoIsNone) {
      const y0 = callMethodAt(s.d_memoget, memo, 'get', [d, nil]);
      setLocal(fr, 4, y0);
      decref(y0);
      if (y0 !== nil) return incref(y0);
    }
    const cls = callBuiltin(s.d_type, 'type', [x]);
    setLocal(fr, 5, cls);
    decref(cls);
    let copier = callMethodAt(s.d_get, cs.deepcopyDispatch, 'get', [cls]);
    setLocal(fr, 6, copier);
    decref(copier);
    let y: PyObject;
    if (copier !== S.None) y = callCopier(cs, s.d_copier, copier, [x, memo]);
    else {
      const sub = callBuiltin(s.d_issubclass, 'issubclass', [cls, T.type]);
      const isType = test(sub);
      decref(sub);
      if (isType) y = pyCall(cs.fns._deepcopy_atomic, [x, memo]);
      else {
        copier = callBuiltin(s.d_getattr, 'getattr', [x, cs.k.__deepcopy__, S.None]);
        setLocal(fr, 6, copier);
        decref(copier);
        if (copier !== S.None) y = callCopier(cs, s.d_hook, copier, [memo]);
        else {
          const rv = reduceStep(cs, fr, x, cls, 7, 'd', 'deep');
          setLocal(fr, 8, rv);
          decref(rv);
          const isStr = callBuiltin(s.d_isinstance, 'isinstance', [rv, T.str]);
          const str = test(isStr);
          decref(isStr);
          y = str ? incref(x) : reconstructCall(cs, x, memo, rv);
        }
      }
    }
    setLocal(fr, 4, y);
    decref(y);
    if (y !== x) {
      setItem(memo, d, y);
      decref(pyCall(cs.fns._keep_alive, [x, memo]));
    }
    return incref(y);
  });
}

function deepcopyAtomic(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  return copyFrame(codeFor(cs, 'copy', '_deepcopy_atomic'), args, moved, () => incref(args[0]));
}

function copyImmutable(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  return copyFrame(codeFor(cs, 'copy', '_copy_immutable'), args, moved, () => incref(args[0]));
}

function deepcopyList(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const [x, memo] = args;
  return copyFrame(codeFor(cs, 'copy', '_deepcopy_list'), args, moved, (fr) => {
    // locals: x memo deepcopy y append a
    const deepcopy = fr.l[2] as PyObject;
    const y = newList([]);
    setLocal(fr, 3, y);
    decref(y);
    const id = callBuiltin(s.l_id, 'id', [x]);
    try {
      setItem(memo, id, y);
    } finally {
      decref(id);
    }
    const append = getAttr(y, 'append');
    setLocal(fr, 4, append);
    decref(append);
    const it = getIter(x);
    try {
      for (;;) {
        const a = iterNext(it);
        if (a === null) break;
        setLocal(fr, 5, a);
        decref(a);
        const c = isStandIn(cs, deepcopy) ? pyCall(deepcopy, [a, memo]) : callAt(s.l_deep, deepcopy, [a, memo]);
        // append(c): the call consumes the stack's reference to c
        try {
          decref(callAt(s.l_append_, append, [c]));
        } finally {
          decref(c);
        }
        loopTick(fr);
      }
    } finally {
      decref(it);
    }
    return incref(y);
  });
}

function deepcopyTuple(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const [x, memo] = args;
  return copyFrame(codeFor(cs, 'copy', '_deepcopy_tuple'), args, moved, (fr) => {
    // locals: x memo deepcopy y k j (3.12+: x memo deepcopy a y k j)
    const deepcopy = fr.l[2] as PyObject;
    const yi = P.minor >= 12 ? 4 : 3;
    // y = [deepcopy(a, memo) for a in x]
    const it = getIter(x);
    let y: PyObject;
    const fill = (lf: Frame, ai: number): PyObject => {
      const lst = newList([]);
      try {
        for (;;) {
          const a = iterNext(it);
          if (a === null) break;
          setLocal(lf, ai, a);
          decref(a);
          const c = isStandIn(cs, deepcopy) ? pyCall(deepcopy, [a, memo]) : callAt(s.t_deep, deepcopy, [a, memo]);
          // LIST_APPEND (no call; the list grows as list.append grows it)
          listAppendSteal(lst, c);
          loopTick(lf);
        }
      } catch (e) {
        decref(lst);
        throw e;
      }
      return lst;
    };
    try {
      if (P.minor >= 12) y = fill(fr, 3);
      else {
        // the <listcomp> function, called with the iterator as `.0`
        frameEntry.inline = P.minor >= 12;
        it.rc++;
        const moved2 = P.callMovesArgs ? [it] : null;
        try {
          y = copyFrame(codeFor(cs, 'copy', '_deepcopy_tuple.<locals>.<listcomp>'), [it], moved2, (lf) => fill(lf, 1));
        } finally {
          if (moved2 === null) decref(it);
        }
      }
    } finally {
      decref(it);
    }
    setLocal(fr, yi, y);
    decref(y);
    // try: return memo[id(x)] except KeyError: pass
    const id = callBuiltin(s.t_id, 'id', [x]);
    try {
      return getItem(memo, id);
    } catch (e) {
      if (!isKeyError(e)) throw e;
      decref(e.exc);
    } finally {
      decref(id);
    }
    // for k, j in zip(x, y): if k is not j: y = tuple(y); break / else: y = x
    const z = callBuiltin(s.t_zip, 'zip', [x, y]);
    let differ = false;
    try {
      for (;;) {
        const pair = iterNext(z);
        if (pair === null) break;
        const [k, j] = pair.v as PyObject[];
        setLocal(fr, yi + 1, k);
        setLocal(fr, yi + 2, j);
        decref(pair);
        if (k !== j) {
          differ = true;
          break;
        }
        loopTick(fr);
      }
    } finally {
      decref(z);
    }
    if (differ) {
      const t = callBuiltin(s.t_tuple, 'tuple', [y]);
      setLocal(fr, yi, t);
      decref(t);
    } else setLocal(fr, yi, x);
    return incref(fr.l[yi] as PyObject);
  });
}

function deepcopyDict(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const [x, memo] = args;
  return copyFrame(codeFor(cs, 'copy', '_deepcopy_dict'), args, moved, (fr) => {
    // locals: x memo deepcopy y key value
    const deepcopy = fr.l[2] as PyObject;
    const y = newDict();
    setLocal(fr, 3, y);
    decref(y);
    const id = callBuiltin(s.m_id, 'id', [x]);
    try {
      setItem(memo, id, y);
    } finally {
      decref(id);
    }
    const items = callMethodAt(s.m_items, x, 'items', []);
    forEachPair(fr, items, true, 4, 5, 'deepcopy of a dict whose items() yields something else than pairs', (key, value) => {
      // y[deepcopy(key, memo)] = deepcopy(value, memo): the value first
      const dc = (a: PyObject, site: Site): PyObject => (isStandIn(cs, deepcopy) ? pyCall(deepcopy, [a, memo]) : callAt(site, deepcopy, [a, memo]));
      const v = dc(value, s.m_deepv);
      try {
        const k = dc(key, s.m_deepk);
        try {
          setItem(y, k, v);
        } finally {
          decref(k);
        }
      } finally {
        decref(v);
      }
    });
    return incref(y);
  });
}

function deepcopyMethod(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const [x, memo] = args;
  return copyFrame(codeFor(cs, 'copy', '_deepcopy_method'), args, moved, () => {
    // return type(x)(x.__func__, deepcopy(x.__self__, memo))
    const t = callBuiltin(s.x_type, 'type', [x]);
    try {
      const func = getAttr(x, '__func__');
      try {
        const self = getAttr(x, '__self__');
        let c: PyObject;
        try {
          c = pyCall(cs.fns.deepcopy, [self, memo]);
        } finally {
          decref(self);
        }
        try {
          return callAt(s.x_call, t, [func, c]);
        } finally {
          decref(c);
        }
      } finally {
        decref(func);
      }
    } finally {
      decref(t);
    }
  });
}

function keepAlive(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const [x, memo] = args;
  return copyFrame(codeFor(cs, 'copy', '_keep_alive'), args, moved, () => {
    // try: memo[id(memo)].append(x) except KeyError: memo[id(memo)] = [x]
    let lst: PyObject | null = null;
    const id = callBuiltin(s.k_id, 'id', [memo]);
    try {
      lst = getItem(memo, id);
    } catch (e) {
      if (!isKeyError(e)) throw e;
      decref(e.exc);
    } finally {
      decref(id);
    }
    if (lst !== null) {
      try {
        decref(callMethodAt(s.k_append_, lst, 'append', [x]));
      } finally {
        decref(lst);
      }
    } else {
      x.rc++;
      const l = newList([x]);
      try {
        const id2 = callBuiltin(s.k_id2, 'id', [memo]);
        try {
          setItem(memo, id2, l);
        } finally {
          decref(id2);
        }
      } finally {
        decref(l);
      }
    }
    return incref(S.None);
  });
}

function reconstruct(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const [x, memo, func] = args;
  return copyFrame(codeFor(cs, 'copy', '_reconstruct'), args, moved, (fr) => {
    // locals: x memo func args state listiter dictiter deepcopy deep y slotstate key value item
    const deepcopy = fr.l[7] as PyObject;
    const dc = (a: PyObject, site: Site): PyObject => (isStandIn(cs, deepcopy) ? pyCall(deepcopy, [a, memo]) : callAt(site, deepcopy, [a, memo]));
    const deep = memo !== S.None;
    setLocal(fr, 8, deep ? S.True : S.False);
    let y: PyObject;
    const fargs = fr.l[3] as PyObject;
    if (deep && test(fargs)) {
      // args = (deepcopy(arg, memo) for arg in args); y = func(*args): the generator is run by
      // PySequence_Tuple (each resumption enters the interpreter from C)
      const it = getIter(fargs);
      const out: PyObject[] = [];
      const gcode = codeFor(cs, 'copy', '_reconstruct.<locals>.<genexpr>');
      let tuple: PyObject;
      try {
        for (;;) {
          let done = false;
          frameEntry.inline = false;
          const r = copyFrame(gcode, [it], null, (gf) => {
            const a = iterNext(it);
            if (a === null) {
              done = true;
              return incref(S.None);
            }
            setLocal(gf, 1, a);
            decref(a);
            return dc(a, s.r_gdeep);
          });
          if (done) {
            decref(r);
            break;
          }
          out.push(r);
        }
        tuple = newTuple(out.splice(0));
      } finally {
        for (const o of out) decref(o);
        decref(it);
      }
      setLocal(fr, 3, tuple);
      try {
        y = callEx(cs, func, tuple);
      } finally {
        decref(tuple);
      }
    } else {
      if (fargs.t !== T.tuple) throw new NotSimulated(`copying with reduce arguments of type '${typeName(fargs)}'`, ST.line, 'HeapLens models the arguments as the tuple object.__reduce_ex__ makes');
      y = callEx(cs, func, fargs);
    }
    setLocal(fr, 9, y);
    decref(y);
    if (deep) {
      const id = callBuiltin(s.r_id, 'id', [x]);
      try {
        setItem(memo, id, y);
      } finally {
        decref(id);
      }
    }
    let state = fr.l[4] as PyObject;
    if (state !== S.None) {
      if (deep) {
        const st2 = dc(state, s.r_deepstate);
        setLocal(fr, 4, st2);
        decref(st2);
        state = st2;
      }
      const has = callBuiltin(s.r_hasattr, 'hasattr', [y, cs.k.__setstate__]);
      const hasSet = test(has);
      decref(has);
      if (hasSet) decref(callMethodAt(s.r_setstate_, y, '__setstate__', [state]));
      else {
        let slotstate: PyObject = S.None;
        const ist = callBuiltin(s.r_isinstance, 'isinstance', [state, T.tuple]);
        const isTup = test(ist);
        decref(ist);
        let two = false;
        if (isTup) {
          const n = callBuiltin(s.r_len, 'len', [state]);
          try {
            const c = RT.compare(n, smallInt(2), 2, s.r_cmp, true);
            two = test(c);
            decref(c);
          } finally {
            decref(n);
          }
        }
        if (two) {
          // state, slotstate = state
          if (state.t !== T.tuple) throw new NotSimulated(`unpacking a state of type '${typeName(state)}'`, ST.line);
          const [a, b] = state.v as PyObject[];
          a.rc++;
          b.rc++;
          setLocal(fr, 4, a);
          setLocal(fr, 10, b);
          decref(a);
          decref(b);
          state = a;
          slotstate = b;
        } else setLocal(fr, 10, S.None);
        if (state !== S.None) {
          const dict = getAttr(y, '__dict__');
          try {
            decref(callMethodAt(s.r_update_, dict, 'update', [state]));
          } finally {
            decref(dict);
          }
        }
        if (slotstate !== S.None) {
          const items = callMethodAt(s.r_sitems, slotstate, 'items', []);
          forEachPair(fr, items, true, 11, 12, 'a slot state whose items() yields something else than pairs', (key, value) => {
            decref(callBuiltin(s.r_setattr_, 'setattr', [y, key, value]));
          });
        }
      }
    }
    const listiter = fr.l[5] as PyObject;
    if (listiter !== S.None) {
      const it = getIter(listiter);
      try {
        for (;;) {
          const item = iterNext(it);
          if (item === null) break;
          setLocal(fr, 13, item);
          decref(item);
          let v = item;
          if (deep) {
            v = dc(item, s.r_deepitem);
            setLocal(fr, 13, v);
            decref(v);
          }
          decref(callMethodAt(s.r_append_, y, 'append', [v]));
          loopTick(fr);
        }
      } finally {
        decref(it);
      }
    }
    const dictiter = fr.l[6] as PyObject;
    if (dictiter !== S.None) {
      forEachPair(fr, dictiter, false, 11, 12, 'dict items that are not pairs', (key, value) => {
        if (deep) {
          key = dc(key, s.r_deepkey);
          setLocal(fr, 11, key);
          decref(key);
          value = dc(value, s.r_deepval);
          setLocal(fr, 12, value);
          decref(value);
        }
        setItem(y, key, value);
      });
    }
    return incref(y);
  });
}

// ---------------------------------------------------------------- copyreg

function newobjImpl(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  const cls = args[0];
  const rest = args.slice(1);
  // the frame's locals are cls and the tuple of the other arguments
  const restTuple = newTuple(rest.map((a) => incref(a)));
  try {
    return copyFrame(codeFor(cs, 'copyreg', '__newobj__'), [cls, restTuple], moved, () => {
      // cls.__new__(cls, *args)
      const nw = getAttr(cls, '__new__');
      try {
        const all = newTuple([cls, ...rest].map((a) => incref(a)));
        try {
          if (nw.t === cs.standInType) return callFromC(nw, all.v as PyObject[], P.minor >= 13);
          return call(nw, all.v as PyObject[], null, all);
        } finally {
          decref(all);
        }
      } finally {
        decref(nw);
        void s;
      }
    });
  } finally {
    decref(restTuple);
  }
}

function newobjExImpl(args: PyObject[], moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const [cls, a, kw] = args;
  return copyFrame(codeFor(cs, 'copyreg', '__newobj_ex__'), args, moved, () => {
    throw new NotSimulated('copyreg.__newobj_ex__ (an object whose __getnewargs_ex__ gives keyword arguments)', ST.line);
    void cls;
    void a;
    void kw;
  });
}

/** copyreg._slotnames(cls); `moved` as for the other frames (null from C). */
function slotnamesImpl(cls: PyObject, moved: PyObject[] | null): PyObject {
  const cs = st as CopyState;
  const s = cs.sites;
  return copyFrame(codeFor(cs, 'copyreg', '_slotnames'), [cls], moved, (fr) => {
    // locals: cls names c slots name stripped
    const cdict = getAttr(cls, '__dict__');
    let names: PyObject;
    try {
      names = callMethodAt(s.s_get, cdict, 'get', [cs.k.__slotnames__]);
    } finally {
      decref(cdict);
    }
    setLocal(fr, 1, names);
    decref(names);
    if (names !== S.None) return incref(names);
    names = newList([]);
    setLocal(fr, 1, names);
    decref(names);
    const has = callBuiltin(s.s_hasattr, 'hasattr', [cls, cs.k.__slots__]);
    const hasSlots = test(has);
    decref(has);
    if (hasSlots) {
      const mro = getAttr(cls, '__mro__');
      try {
        for (const c of (mro.v as PyObject[]).slice()) {
          setLocal(fr, 2, c);
          const cd = getAttr(c, '__dict__');
          let slots: PyObject | null = null;
          try {
            if (dictGetStr((c.v as TypeInfo).dict, '__slots__') !== null) slots = getItem(cd, cs.k.__slots__);
          } finally {
            decref(cd);
          }
          if (slots !== null) {
            setLocal(fr, 3, slots);
            decref(slots);
            if (slots.t === T.str) {
              slots.rc++;
              const t = newTuple([slots]);
              setLocal(fr, 3, t);
              decref(t);
              slots = t;
            }
            const it = getIter(slots);
            try {
              for (;;) {
                const name = iterNext(it);
                if (name === null) break;
                setLocal(fr, 4, name);
                decref(name);
                if (name.t !== T.str) throw new NotSimulated('a __slots__ entry that is not a str', ST.line);
                const n = name.v as string;
                if (n === '__dict__' || n === '__weakref__') continue;
                if (n.startsWith('__') && !n.endsWith('__')) {
                  const stripped = (c.v as TypeInfo).name.replace(/^_+/, '');
                  const sobj = newStr(stripped);
                  setLocal(fr, 5, sobj);
                  decref(sobj);
                  const m = stripped !== '' ? newStr(`_${stripped}${n}`) : incref(name);
                  try {
                    decref(callMethodAt(s.s_append_, names, 'append', [m]));
                  } finally {
                    decref(m);
                  }
                } else decref(callMethodAt(s.s_append2_, names, 'append', [name]));
                loopTick(fr);
              }
            } finally {
              decref(it);
            }
          }
          loopTick(fr);
        }
      } finally {
        decref(mro);
      }
    }
    // try: cls.__slotnames__ = names except: pass
    try {
      setAttr(cls, '__slotnames__', names);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
    }
    return incref(names);
  });
}

// ================================================================ the module

const SIG = (name: string, params: string[], ndefaults: number, varargs = false, qualname = name): PySig => ({ name, qualname, params, posonly: 0, ndefaults, varargs });

registerModule('copy', (mod) => {
  const d = mod.d as PyObject;
  (mod.v as ModuleData).partial = true;
  clearMethodCaches();
  // import types, weakref; from copyreg import dispatch_table
  decref(importModule('weakref', ST.line));
  const standInType = newStandInType(KIND);
  const cs: CopyState = {
    moduleDict: d,
    standInType,
    newobj: undefined as unknown as PyObject,
    newobjEx: undefined as unknown as PyObject,
    slotnames: undefined as unknown as PyObject,
    copyDispatch: newDict(),
    deepcopyDispatch: newDict(),
    dispatchTable: newDict(),
    error: undefined as unknown as PyObject,
    nil: newList([]),
    k: makeConstants(),
    sites: new Sites(),
    codes: new Map(),
    fns: {},
  };
  st = cs;
  const mk = (module: string, name: string, sig: PySig, defaults: PyObject[], run: Run): PyObject => {
    const f = newStandIn(standInType, new StandIn(KIND, module, name, sig.qualname, (si, args, kw, moved) => runBound(si, args, kw, moved, run), defaults, sig));
    cs.fns[name] = f;
    return f;
  };
  // copyreg's functions (the module itself is not importable here)
  cs.newobj = mk('copyreg', '__newobj__', SIG('__newobj__', ['cls'], 0, true), [], newobjImpl);
  cs.newobjEx = mk('copyreg', '__newobj_ex__', SIG('__newobj_ex__', ['cls', 'args', 'kwargs'], 0), [], newobjExImpl);
  cs.slotnames = mk('copyreg', '_slotnames', SIG('_slotnames', ['cls'], 0), [], (a, m) => slotnamesImpl(a[0], m));
  // class Error(Exception): pass; error = Error
  const ns = newDict();
  try {
    const put = (k: string, v: PyObject): void => {
      dictSetStr(ns, k, v);
      decref(v);
    };
    put('__module__', newStr('copy'));
    put('__qualname__', newStr('Error'));
    cs.error = typeNew(T.type, 'Error', [T.Exception], ns);
  } finally {
    decref(ns);
  }
  const put = (k: string, v: PyObject): void => {
    dictSetStr(d, k, v);
    decref(v);
  };
  put('Error', cs.error);
  dictSetStr(d, 'error', cs.error);
  put('__all__', newList(['Error', 'copy', 'deepcopy', ...(P.minor >= 13 ? ['replace'] : [])].map((n) => newStr(n))));
  const copyFn = mk('copy', 'copy', SIG('copy', ['x'], 0), [], copyImpl);
  put('copy', copyFn);
  cs.nil.rc++;
  const deepcopyFn = mk('copy', 'deepcopy', SIG('deepcopy', ['x', 'memo', '_nil'], 2), [incref(S.None), cs.nil], deepcopyImpl);
  put('deepcopy', deepcopyFn);
  const atomic = mk('copy', '_deepcopy_atomic', SIG('_deepcopy_atomic', ['x', 'memo'], 0), [], deepcopyAtomic);
  const immutable = mk('copy', '_copy_immutable', SIG('_copy_immutable', ['x'], 0), [], copyImmutable);
  const withDeep = (name: string, run: Run): PyObject => mk('copy', name, SIG(name, ['x', 'memo', 'deepcopy'], 1), [incref(deepcopyFn)], run);
  const dList = withDeep('_deepcopy_list', deepcopyList);
  const dTuple = withDeep('_deepcopy_tuple', deepcopyTuple);
  const dDict = withDeep('_deepcopy_dict', deepcopyDict);
  const dMethod = mk('copy', '_deepcopy_method', SIG('_deepcopy_method', ['x', 'memo'], 0), [], deepcopyMethod);
  mk('copy', '_keep_alive', SIG('_keep_alive', ['x', 'memo'], 0), [], keepAlive);
  const recParams = ['x', 'memo', 'func', 'args', 'state', 'listiter', 'dictiter', 'deepcopy'];
  mk('copy', '_reconstruct', SIG('_reconstruct', recParams, 4), [incref(S.None), incref(S.None), incref(S.None), incref(deepcopyFn)], reconstruct);
  if (P.minor >= 13) {
    put('replace', mk('copy', 'replace', { name: 'replace', qualname: 'replace', params: ['obj'], posonly: 1, ndefaults: 0, varkw: true }, [], () => {
      throw new NotSimulated('copy.replace()', ST.line);
    }));
  }
  // the dispatch tables
  const set = (dict: PyObject, t: PyObject, v: PyObject): void => dictSet(dict, t, v);
  const cd = cs.copyDispatch;
  for (const t of [T.NoneType, T.int, T.float, T.bool, T.complex, T.str, T.tuple, T.bytes, T.frozenset, T.type, T.range, T.slice, T.property, T.builtin_function, T.ellipsis, T.NotImplementedType, T.function, T.weakref, T.code]) set(cd, t, immutable);
  for (const t of [T.list, T.dict, T.set, T.bytearray]) set(cd, t, dictGetStr((t.v as TypeInfo).dict, 'copy') as PyObject);
  const dd = cs.deepcopyDispatch;
  for (const t of [T.NoneType, T.ellipsis, T.NotImplementedType, T.int, T.float, T.bool, T.complex, T.bytes, T.str, T.code, T.type, ...(P.minor >= 10 ? [T.range] : []), T.builtin_function, T.function, T.weakref, T.property]) set(dd, t, atomic);
  set(dd, T.list, dList);
  set(dd, T.tuple, dTuple);
  set(dd, T.dict, dDict);
  set(dd, T.method, dMethod);
  // the references the module's own objects hold that HeapLens's module does not: none exposed
  void EMPTY_TUPLE;
  void R;
});
