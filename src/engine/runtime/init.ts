// Bootstrapping a run: every type object, the singletons, the builtins, the modules.
import { bindIndexHooks } from './warnings';
import { initMatchFlags } from './patma';
import { PyObject, F_GC, F_RUNTIME, F_IMMORTAL } from './object';
import { P, R, T, PyErr, initState, makeStatic, decref, incref, xdecref, allocBlock, allocBuffer, freeBuffer, memHooks, NotSimulated, ST, setGcAllocHook, constRefsUnknown } from './core';
import { TypeInfo, computeMro, inheritSlots, typeName, isSubtype, isType, type Visit, markTypeDict, resetTypeIds } from './types';
import type { Profile } from '../profiles/profile';
import { baselinesFor } from '../profiles/baselines';
import { S, genericGetAttr, idOf, newBool, notImpl, call, callHooks, resetCallState, makeTpCall } from './abstract';
import { newDict, dictSetStr, dictDelStr, resetDictFreeList, dictSet } from './dict';
import { newStr, internStr, resetStrState, resetInternedTable } from './str';
import { resetCodecState } from './codecs';
import { newTuple, EMPTY_TUPLE, setTuplePlaceholder, resetTupleState, clearTupleFreeLists, tupleDealloc, tupleTraverse, tupleSizeof, tupleHashOf } from './tuple';
import { resetListState } from './list';
import { initIntType, initBoolType, initFloatType, initComplexType, resetIntState, resetFloatState } from './numbers';
import { initStrType, setStrSubtypeAlloc } from './strmethods';
import { initBytesType, resetBytesState } from './bytes';
import { initByteArrayType, defineByteArrayMethods } from './bytearray';
import { initMemoryViewType, defineMemoryViewMethods } from './memoryview';
import { initListType, initTupleType } from './listmethods';
import { initDictType, bindDictHooks } from './dictmethods';
import { initSetTypes, resetSetState } from './set';
import { initRangeType, initRangeMembers, initLongRangeIterType, initSliceType, resetSliceState } from './slice';
import { initExceptionTypes, raiseMemoryError, tpCallHook, raiseAttrName, raise as raiseExc } from './exc';
import { initExceptionBehaviour } from './excobject';
import {
  FuncData, BuiltinData, funcDealloc, funcTraverse, funcClear, cellDealloc, methodDealloc, builtinDealloc, frameDealloc,
  frameTraverse, callPython, resetFuncState, resetFrameState, resetCfuncState, resetCallStack, newCell, Frame, Code,
} from './func';
import { initTypeAndObject, initDescriptorTypes, initSuperType, resetClassState, builtinMethodHook, setCellFactory, setMappingProxy } from './classes';
import { initIteratorTypes } from './iters';
import { initGeneratorType, genClose } from './gen';
import { initTracebackType, initTracebacks, resetTracebackState, setDirNames, defTracebackAttributes } from './traceback';
import { initWeakrefType, initProxyType, initCallableProxyType, defineProxyMethods, resetWeakrefState, unraisableHook } from './weakrefs';
import { initGc, genFinalizeHook } from './gc';
import { makeBuiltins, dirNames, resetPrintState } from './builtins';
import { resetKwParsers } from './kwparsers';
import { initModuleType, resetModules, builtinsModuleObject, pythonLevelCall } from './modules/registry';
import { resetTracemallocState } from './modules/tracemalloc';
import { setPyErrCtor } from './modules/core_modules';
import './modules/core_modules';
import './modules/stdlib';
import { defineObjectReduce } from './modules/copy';
import { MethodDescr, callBuiltinFn, pythonStandIns, guardStandIn } from './methods';
import { frameFLocals } from './locals';
import { newBuiltin, materialiseFrame, clearFrameLocals, stdlibOpaque, codeNameObjects, codeSizeof } from './func';
import { fromFormat } from './uwriter';
import { unraisable } from './classes';
import { resetReprGuard } from './reprguard';
import { resetStdio, type StdoutMode } from './stdio';
import { RT } from '../compile/rt';
import { addBuiltinDescriptors, builtinFunctionHook, setHeapAttrHooks, formatHook } from './slotwrappers';
import { heapGetAttrHook, heapSetAttrHook } from './classes';
import { numberFormatMethod } from './format';
import { setListSubtypeAlloc } from './listmethods';
import { newListFresh } from './list';
import { setDictSubtypeAlloc } from './dictmethods';
import { newDictFresh } from './dict';

const BUILTIN_TYPES: [string, string | null, string?][] = [
  ['int', 'object'], ['bool', 'int'], ['float', 'object'], ['complex', 'object'], ['str', 'object'], ['bytes', 'object'],
  ['bytearray', 'object'], ['tuple', 'object'], ['list', 'object'], ['dict', 'object'], ['set', 'object'],
  ['frozenset', 'object'], ['range', 'object'], ['slice', 'object'], ['NoneType', 'object'],
  ['NotImplementedType', 'object'], ['ellipsis', 'object'], ['function', 'object'],
  ['builtin_function', 'object', 'builtin_function_or_method'], ['method', 'object'], ['method_descriptor', 'object'],
  ['classmethod_descriptor', 'object'], ['wrapper_descriptor', 'object'], ['method_wrapper', 'object', 'method-wrapper'], ['cell', 'object'], ['code', 'object'],
  ['frame', 'object'], ['traceback', 'object'], ['generator', 'object'], ['property', 'object'],
  ['staticmethod', 'object'], ['classmethod', 'object'], ['super', 'object'], ['member_descriptor', 'object'],
  ['getset_descriptor', 'object'], ['module', 'object'], ['weakref', 'object', 'weakref.ReferenceType'],
  ['weakproxy', 'object', 'weakref.ProxyType'], ['weakcallableproxy', 'object', 'weakref.CallableProxyType'], ['mappingproxy', 'object'], ['FrameLocalsProxy', 'object'],
  ['list_iterator', 'object'], ['list_reverseiterator', 'object'], ['tuple_iterator', 'object'],
  ['range_iterator', 'object'], ['longrange_iterator', 'object'], ['str_iterator', 'object', P_STR_ITER()], ['str_ascii_iterator', 'object'], ['bytes_iterator', 'object'], ['bytearray_iterator', 'object'],
  ['dict_keyiterator', 'object'], ['dict_valueiterator', 'object'], ['dict_itemiterator', 'object'],
  ['dict_reversekeyiterator', 'object'], ['dict_reversevalueiterator', 'object'], ['dict_reverseitemiterator', 'object'],
  ['dict_keys', 'object'], ['dict_values', 'object'], ['dict_items', 'object'], ['set_iterator', 'object'],
  ['seq_iterator', 'object', 'iterator'], ['callable_iterator', 'object'], ['enumerate', 'object'], ['zip', 'object'],
  ['map', 'object'], ['filter', 'object'], ['reversed', 'object'],
  ['memoryview', 'object'], ['managedbuffer', 'object'], ['memory_iterator', 'object'],
];

/** 3.11 added a str iterator type for compact ASCII strings (unicodeobject.c unicode_iter). */
function builtinTypeExists(name: string, minor: number): boolean {
  if (name === 'FrameLocalsProxy') return minor >= 13;
  return name !== 'str_ascii_iterator' || minor >= 11;
}

function P_STR_ITER(): string {
  return 'str_iterator';
}

function mkType(name: string, display: string, base: PyObject | null): PyObject {
  const ti = new TypeInfo(display, display.includes('.') ? display.slice(0, display.lastIndexOf('.')) : 'builtins', display.includes('.') ? display.slice(display.lastIndexOf('.') + 1) : display);
  ti.name = display;
  const t = new PyObject(T.type, ti, null, F_GC | F_RUNTIME);
  if (base) {
    ti.base = base;
    ti.bases = [base];
  }
  void name;
  return t;
}

export interface RuntimeOptions {
  maxSteps: number;
  deadline: number;
  maxHeapBytes: number;
  stdout: StdoutMode;
  /** sys.argv (default ['']: what `python -c`/an embedded run without a script has). */
  argv?: string[];
}

export function initRuntime(profile: Profile, opts: RuntimeOptions): void {
  initState(profile, opts.maxSteps, opts.deadline, opts.maxHeapBytes);
  if (opts.argv !== undefined && opts.argv.length > 0) R.argv = [...opts.argv];
  // what the runtime builds now (types, their dicts, builtins, singletons) CPython had built
  // before the start-up measurement the heap is seeded from: it takes seeded blocks
  R.heap.claimStartup = true;
  // A new run must not reuse the previous run's free lists: building the types below allocates
  // dicts, tuples… and would take them from there (a run would depend on the one before it).
  // … and the collector counts the runtime's own allocations only once initGc() below installs
  // its hook (as in the first run of a process; a previous run's hook must not count them)
  setGcAllocHook(() => {});
  resetDictFreeList();
  resetListState();
  resetFloatState();
  resetFuncState();
  resetFrameState();
  resetCfuncState();
  resetClassState();
  clearTupleFreeLists();
  resetTypeIds();
  resetInternedTable();
  for (const k of Object.keys(T)) (T as Record<string, unknown>)[k] = undefined; // not delete: T must keep its fast properties
  // type and object first
  const typeT = new PyObject(null, new TypeInfo('type'), null, F_GC | F_RUNTIME);
  typeT.t = typeT;
  T.type = typeT;
  const objT = new PyObject(typeT, new TypeInfo('object'), null, F_GC | F_RUNTIME);
  T.object = objT;
  (typeT.v as TypeInfo).base = objT;
  (typeT.v as TypeInfo).bases = [objT];
  for (const [name, base, display] of BUILTIN_TYPES) {
    if (!builtinTypeExists(name, profile.minor)) continue;
    // 3.8's weak reference types are tp_name 'weakref' and 'weakproxy' (3.9 named them
    // weakref.ReferenceType and weakref.ProxyType)
    const shown = profile.minor < 9 && (name === 'weakref' || name === 'weakproxy' || name === 'weakcallableproxy') ? name : display ?? name;
    T[name] = mkType(name, shown, T[base as string]);
  }
  // object and type get their slots first; every other builtin type inherits from them once.
  (objT.v as TypeInfo).mro = [objT];
  (typeT.v as TypeInfo).mro = [typeT, objT];
  initTypeAndObject();
  initExceptionTypes();
  // dicts for every type (the dict type object exists now)
  const all = Object.keys(T).map((k) => T[k]).filter((t) => t !== undefined);
  for (const t of all) {
    const ti = t.v as TypeInfo;
    ti.dict = markTypeDict(newDict());
    ti.dict.f |= F_RUNTIME;
  }
  for (const t of all) (t.v as TypeInfo).mro = computeMro(t);
  for (const [name, base] of BUILTIN_TYPES) {
    if (base === 'object' && builtinTypeExists(name, profile.minor)) inheritSlots(T[name].v as TypeInfo, objT.v as TypeInfo);
  }

  bindDictHooks();
  bindIndexHooks();
  resetDictFreeList();
  resetListState();
  resetFloatState();
  resetSliceState();
  resetFuncState();
  resetPrintState();
  resetKwParsers();
  resetFrameState();
  resetCfuncState();
  resetCallStack();
  resetClassState();
  resetTracebackState();
  resetWeakrefState();
  resetModules();
  resetTracemallocState();
  resetReprGuard();
  resetStdio(opts.stdout);

  const init = (t: PyObject, f: (ti: TypeInfo) => void): void => f(t.v as TypeInfo);
  init(T.int, initIntType);
  inheritSlots(T.bool.v as TypeInfo, T.int.v as TypeInfo);
  init(T.bool, initBoolType);
  init(T.float, initFloatType);
  init(T.complex, initComplexType);
  init(T.str, initStrType);
  init(T.bytes, initBytesType);
  init(T.bytearray, initByteArrayType);
  init(T.memoryview, initMemoryViewType);
  init(T.tuple, (ti) => {
    ti.gc = true;
    ti.trashcan = true;
    ti.basicsize = () => 24;
    ti.itemsize = 8;
    ti.dealloc = tupleDealloc;
    ti.traverse = tupleTraverse;
    ti.sizeof = tupleSizeof;
    ti.hash = (o) => tupleHashOf(o.v as PyObject[], (x) => {
      const h = (x.t.v as TypeInfo).hash;
      if (h === null) throw unhashable(x);
      return h(x);
    });
    initTupleType(ti);
  });
  init(T.list, initListType);
  init(T.dict, initDictType);
  initSetTypes();
  init(T.range, initRangeType);
  init(T.slice, initSliceType);
  init(T.NoneType, (ti) => {
    ti.repr = () => newStr('None');
    ti.bool = () => false;
    ti.basetype = false;
    ti.new = () => incref(S.None);
    // 3.12's none_hash: a constant (before, object's pointer hash)
    if (P.minor >= 12) ti.hash = () => 0xfca86420;
  });
  init(T.NotImplementedType, (ti) => {
    ti.repr = () => newStr('NotImplemented');
    ti.basetype = false;
  });
  init(T.ellipsis, (ti) => {
    ti.repr = () => newStr('Ellipsis');
    ti.basetype = false;
  });
  init(T.function, initFunctionType);
  init(T.builtin_function, initBuiltinFunctionType);
  init(T.method, (ti) => {
    ti.gc = true;
    ti.basicsize = () => 48;
    ti.dealloc = methodDealloc;
    ti.traverse = (o, visit) => {
      if (o.v) visit(o.v as PyObject);
      if (o.d) visit(o.d as PyObject);
    };
  });
  init(T.cell, (ti) => {
    ti.gc = true;
    ti.basicsize = () => 24;
    ti.dealloc = cellDealloc;
    ti.traverse = (o, visit) => {
      if (o.v) visit(o.v as PyObject);
    };
    ti.clear = (o) => {
      const v = o.v as PyObject | null;
      o.v = null;
      xdecref(v);
    };
    ti.getattr = (o, name) => {
      if (name === 'cell_contents') {
        if (o.v === null) raise2(T.ValueError, 'Cell is empty');
        return incref(o.v as PyObject);
      }
      return genericGetAttr(o, name);
    };
    ti.repr = (o) => newStr(o.v === null ? `<cell at 0x${idOf(o).toString(16)}: empty>` : `<cell at 0x${idOf(o).toString(16)}: ${typeName(o.v as PyObject)} object at 0x${idOf(o.v as PyObject).toString(16)}>`);
  });
  /** Names sorted as CPython's dictbytype sorts them (by code point). */
  const cmpNames = (a: string, b: string): number => {
    const x = [...a].map((ch) => ch.codePointAt(0) as number), y = [...b].map((ch) => ch.codePointAt(0) as number);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  };
  /** co_varnames / co_cellvars / co_freevars: a tuple of the interned names. 3.8/3.10 keep the
   * tuple in the code object, 3.11 makes a new one per access, 3.12+ caches it on first access:
   * the simulator makes a new one (3.11's behaviour), so elsewhere the tuple's count, its names'
   * counts, and the memory and collector counts after the access are not claimed. */
  const codeNameTuple = (c: Code, attr: string): PyObject => {
    let names: string[];
    const argCells = c.argCells.map((i) => c.varnames[i]);
    if (attr === 'co_names') names = c.coNames as string[];
    else if (attr === 'co_varnames') {
      if (c.varnamesOrderUnknown !== '') throw new NotSimulated(`code.co_varnames of a function with ${c.varnamesOrderUnknown}`, ST.line, 'CPython orders the names as its compiler first emits each one');
      names = c.varnames;
    }
    else if (attr === 'co_freevars') names = c.freevars.slice().sort(cmpNames);
    else if (P.minor >= 11) names = [...argCells, ...c.cellvars.filter((n) => !argCells.includes(n)).sort(cmpNames)];
    else names = [...argCells, ...c.cellvars.filter((n) => !argCells.includes(n))].sort(cmpNames);
    if (names.length === 0) {
      EMPTY_TUPLE().rc++;
      return EMPTY_TUPLE();
    }
    const kept = P.minor < 11 || attr === 'co_names';
    const why = `code.${attr} is a tuple CPython ${P.id} ${kept ? 'keeps in the code object' : 'caches in the code object on first access'}, HeapLens makes a new one`;
    if (P.minor !== 11 || kept) pythonLevelCall(`code.${attr}`, why);
    const items = names.map((n) => internStr(n, P.interning !== 'mortal'));
    const t = newTuple(items);
    if (P.minor !== 11 || kept) {
      constRefsUnknown.set(t, why);
      for (const o of items) if ((o.f & F_IMMORTAL) === 0 && !constRefsUnknown.has(o)) constRefsUnknown.set(o, why);
    }
    return t;
  };
  init(T.code, (ti) => {
    ti.basicsize = () => P.codeBasicsize;
    ti.sizeof = (o) => codeSizeof(o.v as Code) ?? P.codeBasicsize;
    ti.dealloc = () => {};
    ti.getattr = (o, name) => {
      const c = o.v as Code;
      switch (name) {
        case 'co_name': {
          const [n, q] = codeNameObjects(c);
          decref(q);
          return n;
        }
        case 'co_filename':
          if (c.stdlib !== '') stdlibOpaque(c, `code.co_filename of ${c.stdlib}.${c.qualname || c.name}`);
          return newStr(c.filename);
        case 'co_firstlineno':
          if (c.stdlib !== '') stdlibOpaque(c, `code.co_firstlineno of ${c.stdlib}.${c.qualname || c.name}`);
          return newIntLazy(c.firstlineno);
        case 'co_argcount': return newIntLazy(c.argcount);
        case 'co_posonlyargcount': return newIntLazy(c.posonlyargcount);
        case 'co_kwonlyargcount': return newIntLazy(c.kwonlyargcount);
        case 'co_nlocals': return newIntLazy(c.varnames.length);
        case 'co_stacksize': return newIntLazy(c.stacksize);
        case 'co_flags': {
          // CO_NOFREE (3.8/3.10) without cells or free variables
          let fl = c.flags;
          if (P.minor < 11 && c.cellvars.length === 0 && c.freevars.length === 0 && c.argCells.length === 0) fl |= 0x40;
          return newIntLazy(fl);
        }
        case 'co_qualname':
          if (P.minor >= 11) {
            const [n, q] = codeNameObjects(c);
            decref(n);
            return q;
          }
          break;
        case 'co_varnames': case 'co_cellvars': case 'co_freevars': return codeNameTuple(c, name);
        case 'co_names': {
          if (c.stdlib !== '') stdlibOpaque(c, `code.co_names of ${c.stdlib}.${c.qualname || c.name}`);
          // 3.8-3.11: the tuple the code object holds, made at compile time
          if (c.coNamesTuple !== undefined) return incref(c.coNamesTuple ?? EMPTY_TUPLE());
          if (c.coNames === null || P.minor <= 11) throw new NotSimulated(`code.co_names of '${c.qualname || c.name}'`, ST.line);
          // 3.12+: the names are immortal; the tuple the code object keeps is made anew here
          return codeNameTuple(c, name);
        }
        case 'co_consts': {
          if (c.stdlib !== '') stdlibOpaque(c, `code.co_consts of ${c.stdlib}.${c.qualname || c.name}`);
          if (c.coConsts === null || c.coConsts.some((x) => x.rc <= 0)) throw new NotSimulated(`code.co_consts of '${c.qualname || c.name}'`, ST.line, "HeapLens reproduces CPython's constant table only for code that defines no function, class, lambda or (before 3.12) comprehension and whose constants the optimizer does not fold");
          const why = `code.co_consts is a tuple CPython ${P.id} keeps in the code object, HeapLens makes a new one`;
          pythonLevelCall('code.co_consts', why);
          const items = c.coConsts.map((x) => incref(x));
          if (items.length === 0) return incref(EMPTY_TUPLE());
          const t = newTuple(items);
          constRefsUnknown.set(t, why);
          for (const x of items) if ((x.f & F_IMMORTAL) === 0 && !constRefsUnknown.has(x)) constRefsUnknown.set(x, why);
          return t;
        }
        case 'co_code':
        case 'co_lnotab': case 'co_linetable': case 'co_exceptiontable': case 'co_positions': case 'co_lines': case 'replace':
          throw new NotSimulated(`code.${name}`, ST.line);
      }
      return genericGetAttr(o, name);
    };
    ti.repr = (o) => {
      const c = o.v as Code;
      return newStr(`<code object ${c.name} at 0x${idOf(o).toString(16)}, file "${c.filename}", line ${c.firstlineno}>`);
    };
  });
  init(T.frame, (ti) => {
    ti.gc = true;
    ti.basicsize = () => P.frameBasicsize;
    // 3.8/3.10 frame_sizeof: sizeof(PyFrameObject) + (extras - 1) slots — the struct already
    // holds f_localsplus[1], which the allocation (basicsize + extras slots) counts twice.
    ti.sizeof = (o) => (o.d as number) - 16 - (P.heapFrames ? 8 : 0);
    ti.dealloc = frameDealloc;
    ti.trashcan = true; // frame_dealloc's Py_TRASHCAN_BEGIN
    ti.traverse = frameTraverse;
    // frame_tp_clear: a frame object that owns its finished frame drops the frame's locals
    ti.clear = (o) => {
      const fr = o.v as Frame | null;
      if (fr !== null && fr.escaped) clearFrameLocals(fr);
    };
    ti.getattr = (o, name) => {
      const fr = o.v as Frame | null;
      if (fr === null) return null;
      // a frame of standard-library code HeapLens runs as TypeScript: only its f_back is CPython's
      if (fr.code.stdlib !== '' && name !== 'f_back' && name.startsWith('f_')) stdlibOpaque(fr.code, `frame.${name} of a frame of ${fr.code.stdlib}.${fr.code.qualname}()`);
      switch (name) {
        // a generator's frame that has not run yet reports co_firstlineno (3.8 PyFrame_New's
        // f_lineno, 3.10's f_lasti < 0, 3.11+ RETURN_GENERATOR's line)
        case 'f_lineno': return newIntLazy(fr.line === 0 && fr.gen !== null ? fr.code.firstlineno : fr.line);
        // PyFrame_GetBack: the caller's frame object (made on demand on 3.11+)
        case 'f_back':
          if (fr.escaped) return incref(fr.heldBack ?? S.None);
          return fr.back !== null ? incref(materialiseFrame(fr.back)) : incref(S.None);
        case 'f_code': return incref(fr.code.obj as PyObject);
        case 'f_globals': return incref(fr.g);
        case 'f_locals': return frameFLocals(fr);
        case 'f_lasti': case 'f_trace': case 'f_builtins': case 'f_trace_lines': case 'f_trace_opcodes': case 'clear':
          throw new NotSimulated(`frame.${name}`, ST.line);
      }
      return genericGetAttr(o, name);
    };
  });
  init(T.traceback, initTracebackType);
  init(T.generator, initGeneratorType);
  initDescriptorTypes();
  initRangeMembers();
  initLongRangeIterType();
  initSuperType();
  init(T.module, initModuleType);
  init(T.weakref, initWeakrefType);
  init(T.weakproxy, initProxyType);
  init(T.weakcallableproxy, initCallableProxyType);
  defineProxyMethods();
  initIteratorTypes();
  initExceptionBehaviour();
  initMatchFlags();
  defTracebackAttributes();
  tpCallHook.current = () => makeTpCall;
  // singletons
  const bl = baselinesFor(profile);
  S.None = singleton(T.NoneType, null, bl?.None ?? 0);
  setTuplePlaceholder(S.None);
  S.True = singleton(T.bool, 1, bl?.True ?? 0);
  S.False = singleton(T.bool, 0, bl?.False ?? 0);
  S.NotImplemented = singleton(T.NotImplementedType, null, bl?.NotImplemented ?? 0);
  S.Ellipsis = singleton(T.ellipsis, null, bl?.Ellipsis ?? 0);
  resetStrState(bl);
  resetCodecState();
  resetTupleState(bl?.emptyTuple ?? 0);
  resetBytesState(bl?.emptyBytes ?? 0);
  defineByteArrayMethods();
  defineMemoryViewMethods();
  resetSetState();
  resetIntState((v) => bl?.ints[String(v)] ?? 0);
  // hooks between modules
  // a bound builtin method's __qualname__ (meth_get__qualname__) is its self's type's (or the
  // type's, for a class method) qualified name, which _PyObject_FunctionStr uses in messages
  builtinMethodHook.bind = (md: MethodDescr, obj: PyObject) => {
    const ti = (isType(obj) ? obj : obj.t).v as TypeInfo;
    const b = newBuiltin(md.name, (self, args, kw) => md.fn(self as PyObject, args, kw), obj, null, false, ti.heap ? `=${ti.qualname}` : ti.name);
    (b.v as BuiltinData).md = md;
    // bound from a stand-in for a Python function: a stand-in for the bound method too
    if (pythonStandIns.has(md)) pythonStandIns.add(b.v as object);
    (b.v as BuiltinData).kindOwner = (md.owner.v as TypeInfo).name;
    return b;
  };
  setCellFactory(() => newCell(null));
  setMappingProxy((d) => incref(d));
  setDirNames(dirNames);
  setPyErrCtor(PyErr as unknown as new (e: PyObject) => unknown);
  unraisableHook.report = (e, where) => unraisable(e, where);
  genFinalizeHook.needs = (g) => {
    const gd = g.v as { started: boolean; finished: boolean } | null;
    return gd !== null && gd.started && !gd.finished;
  };
  genFinalizeHook.run = (g) => {
    try {
      genClose(g);
    } catch (e) {
      if (e instanceof PyErr) unraisable(e, g);
      else throw e;
    }
  };
  setStrSubtypeAlloc((type, s) => {
    const o = new PyObject(type, s, 0, 0);
    allocBlock(o, (type.v as TypeInfo).basicsize() + s.length + 1);
    type.rc++;
    return o;
  });
  setListSubtypeAlloc((type) => {
    const o = newListFresh(type);
    type.rc++;
    return o;
  });
  setDictSubtypeAlloc((type) => {
    const o = newDictFresh(type);
    type.rc++;
    return o;
  });
  // every caller passes a fresh array (a slice of its arguments): the tuple keeps it
  callHooks.tuple = (items) => {
    for (let i = 0; i < items.length; i++) items[i].rc++;
    return newTuple(items);
  };
  callHooks.kwdict = (vals, names) => {
    const d = newDict();
    for (let i = 0; i < names.length; i++) dictSetStr(d, names[i], vals[i]);
    return d;
  };
  callHooks.kwnames = (names, keys) => newTuple(keys !== null ? keys.map((k) => incref(k)) : names.map((n) => internStr(n, P.interning !== 'mortal')));
  callHooks.malloc = allocBuffer;
  callHooks.free = freeBuffer;
  resetCallState();
  memHooks.raise = raiseMemoryError;
  initTracebacks();
  initGc();
  builtinFunctionHook.make = (name, fn, varargs) => {
    const b = newBuiltin(name, fn, null, null, true);
    if (varargs) (b.v as BuiltinData).varargs = true;
    return b;
  };
  setHeapAttrHooks(heapGetAttrHook, heapSetAttrHook);
  formatHook.method = numberFormatMethod;
  addBuiltinDescriptors();
  initGenericAlias();
  defineObjectReduce();
  RT.builtins = makeBuiltins();
  R.heap.endStartup();
}

function newIntLazy(n: number): PyObject {
  return RT_newInt(n);
}
import { newInt as RT_newInt } from './numbers';
import { initGenericAlias } from './genericalias';

function raise2(t: PyObject, msg: string): never {
  const e = call(t, [newStrTemp(msg)]);
  throw new PyErr(e);
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

function unhashable(x: PyObject): PyErr {
  const e = call(T.TypeError, [newStrTemp(`unhashable type: '${typeName(x)}'`)]);
  return new PyErr(e);
}

function singleton(t: PyObject, v: unknown, baseline: number): PyObject {
  const o = new PyObject(t, v, null, F_RUNTIME);
  makeStatic(o, baseline);
  return o;
}


function initFunctionType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => P.functionSize - 16;
  ti.dealloc = funcDealloc;
  ti.traverse = funcTraverse;
  ti.clear = funcClear;
  ti.call = (f, args, kw) => callPython(f, args, kw);
  ti.repr = (f) => newStr(`<function ${(f.v as FuncData).qualname.v as string} at 0x${idOf(f).toString(16)}>`);
  ti.getattr = (f, name) => {
    const fd = f.v as FuncData;
    switch (name) {
      case '__name__': return incref(fd.name);
      case '__qualname__': return incref(fd.qualname);
      case '__defaults__': return incref(fd.defaults ?? S.None);
      case '__kwdefaults__': return incref(fd.kwdefaults ?? S.None);
      case '__closure__': return incref(fd.closure ?? S.None);
      case '__doc__':
        if (fd.code.docOpaque && fd.doc === S.None) stdlibOpaque(fd.code, `the __doc__ of ${fd.code.stdlib}.${fd.code.qualname}`);
        return incref(fd.doc);
      case '__module__': return incref(fd.module ?? S.None);
      case '__globals__': return incref(fd.globals);
      case '__code__': return incref(fd.code.obj as PyObject);
      case '__dict__': {
        if (f.d === null) f.d = newDict();
        return incref(f.d as PyObject);
      }
      case '__annotations__':
        return funcAnnotations(fd);
      case '__type_params__':
        // 3.12's func_get_type_params: none set gives the empty tuple
        if (P.minor >= 12) return fd.typeParams !== null ? incref(fd.typeParams) : newTuple([]);
        break;
    }
    return genericGetAttr(f, name);
  };
  // func_getsetlist and func_memberlist (funcobject.c): each settable attribute checks its type,
  // the read-only members refuse both setting and deleting, the rest goes to the function's dict
  ti.setattr = (f, name, v) => {
    const fd = f.v as FuncData;
    const setOpt = (k: 'defaults' | 'kwdefaults', t: PyObject, what: string): void => {
      if (v !== null && v !== S.None && v.t !== t) raise2(T.TypeError, `${name} must be set to a ${what} object`);
      const old = fd[k];
      fd[k] = v === null || v === S.None ? null : incref(v);
      xdecref(old);
    };
    switch (name) {
      case '__defaults__': return setOpt('defaults', T.tuple, 'tuple');
      case '__kwdefaults__': return setOpt('kwdefaults', T.dict, 'dict');
      case '__name__':
      case '__qualname__': {
        if (v === null || !isSubtype(v.t, T.str)) raise2(T.TypeError, `${name} must be set to a string object`);
        const key = name === '__name__' ? 'name' : 'qualname';
        const old = fd[key];
        fd[key] = incref(v);
        decref(old);
        return;
      }
      case '__doc__': {
        // a plain member: any object; deleting it leaves None
        const old = fd.doc;
        fd.doc = incref(v ?? S.None);
        decref(old);
        return;
      }
      case '__module__': {
        const old = fd.module;
        fd.module = v === null ? null : incref(v);
        xdecref(old);
        return;
      }
      case '__closure__':
      case '__globals__':
      case '__builtins__':
        if (name !== '__builtins__' || P.minor >= 10) raise2(T.AttributeError, 'readonly attribute');
        break;
      case '__code__':
        if (v === null || v.t !== T.code) raise2(T.TypeError, '__code__ must be set to a code object');
        throw new NotSimulated("assigning a function's __code__");
      case '__annotations__': {
        // func_set_annotations: a dict, or None / deletion (no annotations: a new empty dict on
        // the next read)
        if (v !== null && v !== S.None && !isSubtype(v.t, T.dict)) raise2(T.TypeError, '__annotations__ must be set to a dict object');
        const old = fd.annotations;
        fd.annotations = v === null || v === S.None ? null : incref(v);
        xdecref(old);
        return;
      }
      case '__type_params__': {
        if (P.minor < 12) break;
        // func_set_type_params: a tuple (not deleted)
        if (v === null || !isSubtype(v.t, T.tuple)) raise2(T.TypeError, '__type_params__ must be set to a tuple');
        const old = fd.typeParams;
        fd.typeParams = incref(v);
        xdecref(old);
        return;
      }
      case '__dict__': {
        if (v === null) raise2(T.TypeError, 'cannot delete __dict__');
        if (!isSubtype(v.t, T.dict)) raise2(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
        const old = f.d;
        f.d = incref(v);
        xdecref(old);
        return;
      }
    }
    if (f.d === null) f.d = newDict();
    if (v === null) {
      if (!dictDelStr(f.d as PyObject, name)) {
        if (P.minor >= 11) raiseExc(T.AttributeError, `'function' object has no attribute '${name}'`);
        raiseAttrName(name);
      }
      return;
    }
    dictSetStr(f.d as PyObject, name, v);
  };
}

/** func_get_annotations: an empty dict made on the first read when the def had none; 3.10+ turn
 * the tuple of names and values MAKE_FUNCTION stored into a dict then. A new reference. */
export function funcAnnotations(fd: FuncData): PyObject {
  if (fd.annotations === null) fd.annotations = newDict();
  else if (fd.annotations.t === T.tuple) {
    const tup = fd.annotations;
    const d = newDict();
    const items = tup.v as PyObject[];
    try {
      for (let i = 0; i + 1 < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
    } catch (e) {
      decref(d);
      throw e;
    }
    fd.annotations = d;
    decref(tup);
  }
  return incref(fd.annotations);
}

function initBuiltinFunctionType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => 56;
  ti.dealloc = builtinDealloc;
  ti.trashcan = true; // meth_dealloc's Py_TRASHCAN_BEGIN
  ti.traverse = (o, visit) => {
    const bd = o.v as BuiltinData | null;
    if (bd && bd.self) visit(bd.self);
  };
  ti.call = (f, args, kw) => {
    const bd = f.v as BuiltinData;
    // (a METH_VARARGS builtin flagged `varargs` got its tuple from _PyObject_MakeTpCall; the
    // builtins namespace's own make theirs)
    const owner = bd.qualOwner ?? (bd.module === 'builtins' ? null : bd.module);
    return callBuiltinFn(owner, bd.name, bd.fn, bd.self, args, kw, bd.varargs ? null : bd.kindOwner ?? owner);
  };
  ti.repr = (f) => {
    const bd = f.v as BuiltinData;
    if (pythonStandIns.has(bd)) throw new NotSimulated(`the repr of ${bd.name}, a function the standard library defines in Python`, ST.line);
    // meth_repr: PyUnicode_FromFormat
    if (bd.self === null || bd.module !== null && bd.self === null) return fromFormat('<built-in function %s>', [bd.name]);
    return fromFormat('<built-in method %s of %s object at %p>', [bd.name, typeName(bd.self), idOf(bd.self)]);
  };
  ti.getattr = (f, name) => {
    const bd = f.v as BuiltinData;
    if (pythonStandIns.has(bd)) {
      const self = bd.self;
      const owner = self === null ? '' : `${isType(self) ? (self.v as TypeInfo).qualname : typeName(self)}.`;
      guardStandIn(bd, `${owner}${bd.name}`, name, ['__name__', '__self__']);
    }
    if (name === '__name__') return newStr(bd.name);
    if (name === '__self__') {
      if (bd.self !== null) return incref(bd.self);
      // a C module's function holds its module (m_self): builtins' is the builtins module; the
      // other modules' functions belong to C modules HeapLens does not keep apart (heapq's are
      // _heapq's, operator's _operator's)
      if (bd.module === 'builtins') {
        const b = builtinsModuleObject();
        if (b !== null) return incref(b);
      }
      if (bd.module !== null) throw new NotSimulated(`${bd.module}.${bd.name}.__self__`, ST.line, "HeapLens does not keep the C module object a module's builtin function refers to");
      return incref(S.None);
    }
    return genericGetAttr(f, name);
  };
  ti.richcompare = (a, b, op) => {
    if (b.t !== T.builtin_function || (op !== 2 && op !== 3)) return notImpl();
    const x = a.v as BuiltinData, y = b.v as BuiltinData;
    const e = x.fn === y.fn && x.self === y.self;
    return newBool(op === 2 ? e : !e);
  };
}

export type { Visit };
