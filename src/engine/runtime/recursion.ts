// The recursion limit as CPython counts toward it (Python/ceval.c _Py_CheckRecursiveCall,
// Include/internal/pycore_ceval.h).
//
// Up to 3.11 one counter holds Python frames and the C-level checks alike: Py_EnterRecursiveCall
// in PyObject_Repr (" while getting the repr of an object"), PyObject_Str (" while getting the
// str of an object"), PyObject_RichCompare (" in comparison"), _PyObject_MakeTpCall and the
// vectorcalls of builtin functions and methods (" while calling a Python object"), and the I/O
// stack's own calls (TextIOWrapper.write calling buffer.write calling raw.write). `print(n)` deep in
// a recursion so needs two or three levels more than the frame it runs in. From 3.12 the Python
// frames have their own counter, and the C-level checks count toward a separate C limit (1500 on
// 3.12.1, 10000 on 3.13), to which each entry of the interpreter from C (a __init__, a __repr__, a
// generator resumed by next()) adds two units.
//
// 3.11+ call some builtins without the check once a call site is specialised (CALL_NO_KW_LEN,
// CALL_BUILTIN_FAST, ...), and compare small ints, floats and strings without PyObject_RichCompare:
// CallSite and CompareSite follow the adaptive instructions' state (specialised at the first
// execution after the code object is quickened on 3.11 — eight calls or loop iterations —, at the
// second execution on 3.12+). Where the state is not known (a call site that has seen callables of
// different kinds, a builtin the tables do not know), the level counts as uncertain: a check that
// passes or fails depending on it stops the run (NotSimulated) instead of guessing.
import type { PyObject } from './object';
import { P, R, ST, T, NotSimulated } from './core';
import type { TypeInfo } from './types';
import { raise } from './exc';
import { CALL_KINDS } from './ccalls';

export const WHILE_CALLING = ' while calling a Python object';
export const GETTING_REPR = ' while getting the repr of an object';
export const GETTING_STR = ' while getting the str of an object';
export const IN_COMPARISON = ' in comparison';

/** The C recursion limit (C_RECURSION_LIMIT of 3.12.1; Py_C_RECURSION_LIMIT of 3.13, whose
 * check lets the count reach one more). */
function cLimit(): number {
  return P.minor === 12 ? 1500 : 10001;
}

function uncertain(what: string): never {
  throw new NotSimulated(`${what} near the recursion limit, where whether CPython raises RecursionError depends on the state of its specialising interpreter`, ST.line);
}

/** 3.8's low-water mark: once the depth drops below it, `overflowed` is over. */
function lowWater(lim: number): number {
  return lim > 200 ? lim - 50 : 3 * (lim >> 2);
}

/** _Py_CheckRecursiveCall past the limit: RecursionError ("maximum recursion depth exceeded" +
 * `where`); 3.8 then lets calls through up to the limit + 50 while it is unwinding. The level is
 * left entered when the check lets it through. */
function overflow(where: string): void {
  if (P.minor <= 8) {
    if (R.overflowed) {
      if (R.depth > R.recursionLimit + 50) throw new NotSimulated('a recursion past the limit while handling a RecursionError (Py_FatalError: Cannot recover from stack overflow)', ST.line);
      return;
    }
    R.overflowed = true;
  }
  R.depth--;
  raise(T.RecursionError, `maximum recursion depth exceeded${where}`);
}

function checkUncertain(): void {
  const lim = R.recursionLimit + (P.minor <= 8 && R.overflowed ? 50 : 0);
  if (R.depth + R.udepth > lim) uncertain('a call');
}

/** A Python frame starts (_Py_EnterRecursivePy; up to 3.10 the check in _PyEval_EvalFrameDefault). */
export function pyEnter(): void {
  if (++R.depth > R.recursionLimit) overflow('');
  if (R.udepth > 0) checkUncertain();
}

/** A Python frame ends, or (up to 3.11) a C-level check is left. */
export function pyLeave(): void {
  R.depth--;
  if (R.overflowed && P.minor <= 8 && R.depth < lowWater(R.recursionLimit)) R.overflowed = false;
}

/** Py_EnterRecursiveCall(where) in C code. Leave it with cLeave. */
export function cEnter(where: string): void {
  if (P.minor <= 11) {
    if (++R.depth > R.recursionLimit) overflow(where);
    if (R.udepth > 0) checkUncertain();
    return;
  }
  if (++R.cdepth > cLimit()) {
    R.cdepth--;
    raise(T.RecursionError, `maximum recursion depth exceeded${where}`);
  }
  if (R.ucdepth > 0 && R.cdepth + R.ucdepth > cLimit()) uncertain('a call');
}

export function cLeave(): void {
  if (P.minor <= 11) pyLeave();
  else R.cdepth--;
}

/** A check that enters and leaves at once (nothing runs inside). */
export function cCheck(where: string): void {
  cEnter(where);
  cLeave();
}

/** 3.12+: _PyEval_EvalFrameDefault entered from C (PY_EVAL_C_STACK_UNITS): two C units. */
export function evalEnter(): void {
  R.cdepth += 2;
  if (R.cdepth > cLimit()) {
    R.cdepth -= 2;
    raise(T.RecursionError, 'maximum recursion depth exceeded');
  }
  if (R.ucdepth > 0 && R.cdepth + R.ucdepth > cLimit()) uncertain('a call');
}

export function evalLeave(): void {
  R.cdepth -= 2;
}

/** Levels that may or may not be entered (`py` Python levels, `c` C units). */
export function uEnter(py: number, c: number): void {
  R.udepth += py;
  R.ucdepth += c;
  if (P.minor <= 11) checkUncertain();
  else {
    if (R.depth + R.udepth > R.recursionLimit) uncertain('a call');
    if (R.cdepth + R.ucdepth > cLimit()) uncertain('a call');
  }
}

export function uLeave(py: number, c: number): void {
  R.udepth -= py;
  R.ucdepth -= c;
}

// ------------------------------------------------------------------ specialised call sites

/** A 3.11+ code object's warm-up (3.11: quickened after eight RESUMEs and JUMP_BACKWARDs). */
export interface Warm {
  warm: number;
}

/** An adaptive instruction's state: the key of the first specialisation (null: not yet), or the
 * site has seen several kinds of operands (poisoned: its state is unknown). */
export class Site {
  n = 0;
  key: unknown = null;
  poisoned = false;
  /** The last call's callable, self type, argument count and cost, once the site is settled. */
  lastF: PyObject | null = null;
  lastSelfT: PyObject | null = null;
  lastN = -1;
  lastCost = 0;
  /** 3.12+: whether the instruction checked the eval breaker after its last call (0: it did —
   * the generic CALL of a callable that is not a Python function, and most specialisations;
   * 1: it did not — a Python function pushed inline, or CALL_NO_KW_LEN / _ISINSTANCE /
   * _LIST_APPEND / _TYPE_1 and 3.13's CALL_ALLOC_AND_ENTER_INIT; 2: unknown, the site's
   * specialisation being unknown). */
  brk = 0;
  lastBrk = 0;
  constructor(readonly discard = false) {}
}

/** The one Spec specOf fills in (no allocation per call). */
const SPEC: Spec = { key: null, s: null };
function spec(key: unknown, s: number | null): Spec {
  SPEC.key = key;
  SPEC.s = s;
  return SPEC;
}

interface Spec {
  /** What the specialisation's guards compare (equal keys: a hit). */
  key: unknown;
  /** The cost when specialised for this key (null: the specialisation fails). */
  s: number | null;
}

/** The cost (0 or 1 levels; 2: either) of this execution of an adaptive instruction whose generic
 * form costs `g` and whose specialisation for these operands is `sp`. */
function adaptive(site: Site, code: Warm, g: number, sp: Spec): number {
  adaptiveForm = 0;
  if (P.minor === 11) {
    if (code.warm < 8) return g;
  } else if (++site.n === 1) {
    return g; // the warm-up counter (ADAPTIVE_WARMUP_VALUE 1): the first execution is generic
  }
  const s = sp.s ?? g;
  if (site.key === null) {
    site.key = sp.key;
    adaptiveForm = 1;
    return s;
  }
  if (!site.poisoned && site.key === sp.key) {
    adaptiveForm = 1;
    return s;
  }
  // a miss: generic this time, but the site may re-specialise later
  const first = !site.poisoned;
  site.poisoned = true;
  if (first) return g;
  adaptiveForm = 2;
  if (s === 4) return 4;
  return g === s ? g : 2;
}

/** Which form the last adaptive() ran: 0 the generic instruction, 1 the specialisation for the
 * operands' key, 2 unknown. */
let adaptiveForm = 0;

/** 3.12+: the specialised calls that do not check the eval breaker afterwards (Python/bytecodes.c:
 * CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_LIST_APPEND (its deopt for a self that is
 * not exactly a list runs the generic CALL), CALL_NO_KW_TYPE_1; 3.13 also
 * CALL_ALLOC_AND_ENTER_INIT, whose __init__ returns through a shim frame). */
function noBreakAfter(sp: Spec): boolean {
  const k = sp.key;
  return k === 'LEN' || k === 'ISINSTANCE' || k === TYPE1 || (k === 'LIST_APPEND' && sp.s === 0) || k === ALLOC_INIT;
}

const kindCache = new Map<string, string | null>();
let kindMinor = -1;

/** Calling conventions of builtins whose PyMethodDef tables gen-ccalls.py does not read (random's
 * _random.Random), by owner: registered by their module, the same on every version. */
const EXTRA_KINDS = new Map<string, Partial<Record<'fast' | 'fastkw' | 'o' | 'noargs' | 'varargs' | 'other', string>>>();
export function registerCallKinds(owner: string, kinds: Partial<Record<'fast' | 'fastkw' | 'o' | 'noargs' | 'varargs' | 'other', string>>): void {
  EXTRA_KINDS.set(owner, kinds);
  kindCache.clear();
}

export function kindOf(owner: string, name: string): string | null {
  if (kindMinor !== P.minor) {
    kindCache.clear();
    kindMinor = P.minor;
  }
  const ck = owner + ' ' + name;
  const hit = kindCache.get(ck);
  if (hit !== undefined) return hit;
  // a module's type is named by its last part ('_io.TextIOWrapper', 'collections.deque')
  const table = CALL_KINDS[P.minor]?.[owner] ?? CALL_KINDS[P.minor]?.[owner.slice(owner.lastIndexOf('.') + 1)] ?? EXTRA_KINDS.get(owner);
  let kind: string | null = null;
  if (table !== undefined) {
    for (const k of ['fast', 'fastkw', 'o', 'noargs', 'varargs', 'other'] as const) {
      if ((' ' + (table[k] ?? '') + ' ').includes(' ' + name + ' ')) {
        kind = k;
        break;
      }
    }
  }
  kindCache.set(ck, kind);
  return kind;
}

const STR1 = 'STR_1', TUPLE1 = 'TUPLE_1', TYPE1 = 'TYPE_1', BUILTIN_CLASS = 'BUILTIN_CLASS', PYFUNC = 'PYFUNC', BOUND = 'BOUND_METHOD';
const NON_PY = 'NON_PY_GENERAL', FAIL = 'fail', UNKNOWN = {}, ALLOC_INIT = 'ALLOC_AND_ENTER_INIT';

/** A callable's builtin data, as the call dispatch sees it. */
export interface BuiltinCallee {
  owner: string;
  name: string;
  /** A method descriptor's type (the self it expects exactly), else null. */
  descrType: PyObject | null;
  /** Its calling convention (kindOf), for the profile `minor`. */
  kind?: string | null;
  minor?: number;
}

function calleeKind(c: BuiltinCallee): string | null {
  if (c.minor !== P.minor) {
    c.kind = kindOf(c.owner, c.name);
    c.minor = P.minor;
  }
  return c.kind as string | null;
}

/** How the call site's specialisation sees `f` called with `nargs` positional arguments (self
 * included), keywords or not, with or without LOAD_METHOD's self. */
function specOf(f: PyObject, callee: BuiltinCallee | null, nargs: number, kw: boolean, isMeth: boolean, self: PyObject | null, discard: boolean): Spec {
  const t = f.t;
  if (callee !== null) {
    const kind = calleeKind(callee);
    if (kind === null) return spec(UNKNOWN, null);
    if (callee.descrType === null) {
      // specialize_c_call
      if (kind === 'o') {
        if (kw || nargs !== 1) return spec(FAIL, null);
        if (callee.owner === 'builtins' && callee.name === 'len') return spec('LEN', 0);
        return spec('BUILTIN_O', 1);
      }
      if (kind === 'fast') {
        if (kw) return spec(FAIL, null);
        if (nargs === 2 && callee.owner === 'builtins' && callee.name === 'isinstance') return spec('ISINSTANCE', 0);
        return spec('BUILTIN_FAST', 0);
      }
      if (kind === 'fastkw') return spec('BUILTIN_FAST_KW', 0);
      return spec(FAIL, null);
    }
    // specialize_method_descriptor; the specialised forms deopt when self is not exactly of the
    // descriptor's type
    if (kw) return spec(FAIL, null);
    const exact = self !== null && self.t === callee.descrType;
    if (kind === 'noargs') return nargs === 1 ? spec('MD_NOARGS', 1) : spec(FAIL, null);
    if (kind === 'o') {
      if (nargs !== 2) return spec(FAIL, null);
      if (callee.owner === 'list' && callee.name === 'append' && discard && nargs - (isMeth ? 1 : 0) === 1) {
        return spec('LIST_APPEND', self !== null && (self.t === T.list || isListSubtype(self)) ? 0 : 1);
      }
      return spec('MD_O', 1);
    }
    if (kind === 'fast') return spec(exact ? 'MD_FAST' : 'MD_FAST!', exact ? 0 : 1);
    if (kind === 'fastkw') return spec(exact ? 'MD_FAST_KW' : 'MD_FAST_KW!', exact ? 0 : 1);
    return spec(FAIL, null);
  }
  if (t === T.function) {
    if (P.minor === 11) return spec(PYFUNC, 0);
    return spec(f, 0);
  }
  if (t === T.method) {
    if (P.minor === 11) return spec(BOUND, 0);
    const fn = f.v as PyObject;
    return fn.t === T.function ? spec(fn, 0) : spec(FAIL, null);
  }
  if (t === T.type || isTypeObject(f)) {
    const ti = f.v as TypeInfo;
    if (!ti.heap) {
      if (nargs === 1 && !kw && !isMeth) {
        if (f === T.str) return spec(STR1, 0);
        if (f === T.type) return spec(TYPE1, 0);
        if (f === T.tuple) return spec(TUPLE1, 0);
      }
      if (ti.vectorcall || f === T.type) return spec(BUILTIN_CLASS, 0);
      if (P.minor >= 13 && f !== T.object) return spec(FAIL, null);
      return spec(FAIL, null);
    }
    if (P.minor >= 13) {
      // CALL_ALLOC_AND_ENTER_INIT: a Python class with object's __new__ and a Python __init__
      // taking exactly these arguments; it deopts when the thread's data stack chunk has no room
      // for the frames (not simulated), so its cost is uncertain
      if (!kw && recursionHooks.allocInit(f, nargs)) return spec(ALLOC_INIT, 4);
      return spec(NON_PY, null);
    }
    return spec(FAIL, null);
  }
  if (P.minor >= 13) return spec(NON_PY, null);
  return spec(FAIL, null);
}

/** Set by the runtime (list.ts would import this module otherwise). */
export const recursionHooks = {
  isListSubtype: (_o: PyObject): boolean => false,
  isType: (_o: PyObject): boolean => false,
  /** A class CALL_ALLOC_AND_ENTER_INIT specialises for (3.13). */
  allocInit: (_t: PyObject, _nargs: number): boolean => false,
};

/** Whether the next frame is pushed by a bytecode CALL (3.12+: no C-level entry). */
/** `inline`: the next Python frame is pushed by the interpreter loop itself (3.12+: no C units).
 * `maybeInline`: 3.12+ the next frame is a property getter a LOAD_ATTR calls, which the
 * instruction's LOAD_ATTR_PROPERTY specialisation pushes inline once the site is specialised and
 * the generic instruction enters from C: its two C units are uncertain. */
export const frameEntry = { inline: false, maybeInline: false, loadAttrObj: null as PyObject | null, loadAttrSite: null as Site | null };
function isListSubtype(o: PyObject): boolean {
  return recursionHooks.isListSubtype(o);
}
function isTypeObject(o: PyObject): boolean {
  return recursionHooks.isType(o);
}

/** The generic cost of calling `f` (a builtin function or method: its vectorcall's check; a
 * callable without vectorcall: _PyObject_MakeTpCall's). 3.8 calls a METH_VARARGS builtin function
 * (no vectorcall) through _PyObject_MakeTpCall and then cfunction_call_varargs: two checks, the
 * second nested in the first. */
function genericCost(callee: BuiltinCallee | null, hasVectorcall: boolean): number {
  if (callee !== null) {
    if (P.minor <= 8 && callee.descrType === null && (!hasVectorcall || calleeKind(callee) === 'varargs')) return 3;
    return 1;
  }
  return hasVectorcall ? 0 : 1;
}

/** Whether the last enterCall's cost 4 (3.13's CALL_ALLOC_AND_ENTER_INIT) is certain: a settled
 * site, not one whose specialisation may have missed. */
export const allocInitState = { sure: false };

/** The call site the next call() comes from (set by the bytecode's CALL, consumed at once). */
export const callSiteState = { site: null as Site | null, code: null as Warm | null, self: null as PyObject | null, isMeth: false };

/** Enter the levels of calling `f`; returns what to leave (0: nothing, 1: a level, 2: an
 * uncertain level, 3: two levels, 4: 3.13's CALL_ALLOC_AND_ENTER_INIT). */
export function enterCall(f: PyObject, callee: BuiltinCallee | null, hasVectorcall: boolean, nargs: number, kw: boolean): number {
  const site = callSiteState.site;
  let cost = genericCost(callee, hasVectorcall);
  allocInitState.sure = false;
  if (site !== null) {
    callSiteState.site = null;
    const selfT = callSiteState.self === null ? null : callSiteState.self.t;
    if (f === site.lastF && selfT === site.lastSelfT && nargs === site.lastN && !kw && !site.poisoned) {
      // the same call as last time at a settled site: the same specialisation
      cost = site.lastCost;
      site.brk = site.lastBrk;
    } else if (!(P.minor >= 13 && kw)) {
      // 3.13 calls with keywords are CALL_KW, which has no specialisations
      const sp = specOf(f, callee, nargs, kw, callSiteState.isMeth, callSiteState.self, site.discard);
      if (sp.key === UNKNOWN) {
        // (whatever the site is specialised for, it is not this callable: the generic CALL)
        site.poisoned = true;
        cost = cost === 0 ? 0 : 2;
        site.brk = 0;
      } else {
        cost = adaptive(site, callSiteState.code as Warm, cost, sp);
        site.brk = noBreakAfter(sp) ? adaptiveForm : 0;
        if (site.key !== null && !site.poisoned && site.key === sp.key && !kw) {
          site.lastF = f;
          site.lastSelfT = selfT;
          site.lastN = nargs;
          site.lastCost = cost;
          site.lastBrk = site.brk;
        }
      }
    } else {
      site.brk = 0;
    }
  }
  if (cost === 4) allocInitState.sure = site !== null && !site.poisoned;
  if (cost === 1) cEnter(WHILE_CALLING);
  else if (cost === 4) {
    // CALL_ALLOC_AND_ENTER_INIT, or its deopt: a shim frame and __init__ run inline, or
    // _PyObject_MakeTpCall and __init__ entered from C
    uEnter(1, 3);
    frameEntry.inline = true;
  } else if (cost === 3) {
    cEnter(WHILE_CALLING);
    try {
      cEnter(WHILE_CALLING);
    } catch (e) {
      cLeave();
      throw e;
    }
  } else if (cost === 2) {
    if (P.minor <= 11) uEnter(1, 0);
    else uEnter(0, 1);
  }
  return cost;
}

export function leaveCall(cost: number): void {
  if (cost === 1) cLeave();
  else if (cost === 4) {
    uLeave(1, 3);
    frameEntry.inline = false;
  }
  else if (cost === 3) {
    cLeave();
    cLeave();
  } else if (cost === 2) {
    if (P.minor <= 11) uLeave(1, 0);
    else uLeave(0, 1);
  }
}

/** COMPARE_OP at a site: 3.11 specialises only a comparison that a conditional jump follows
 * (`jump`), for two exact ints of one digit, two floats, or two strs compared with == or !=;
 * 3.12+ the same without the jump. Returns the cost as enterCall does; the caller then runs
 * PyObject_RichCompare's check itself if the cost is 1. */
export function compareCost(site: Site, code: Warm, a: PyObject, b: PyObject, op: number, jump: boolean): number {
  if (P.minor === 11 && !jump) return 1; // COMPARE_OP for good
  let key: unknown = FAIL;
  let s: number | null = null;
  if (a.t === b.t) {
    if (a.t === T.float) {
      key = 'FLOAT';
      s = 0;
    } else if (a.t === T.int) {
      if (compact(a) && compact(b)) {
        key = 'INT';
        s = 0;
      }
    } else if (a.t === T.str && (op === 2 || op === 3)) {
      key = 'STR';
      s = 0;
    }
  }
  // the guards: INT needs both operands compact again
  return adaptive(site, code, 1, spec(key, s));
}

function compact(o: PyObject): boolean {
  const v = o.v;
  if (typeof v === 'number') return v > -(2 ** 30) && v < 2 ** 30;
  return typeof v === 'bigint' && v > -(2n ** 30n) && v < 2n ** 30n;
}

/** FOR_ITER at a site (3.12+): FOR_ITER_GEN resumes a generator in the same interpreter loop;
 * the generic form calls its tp_iternext, which enters the interpreter from C. Returns 0
 * (inline), 1 (from C) or 2 (either), for a generator; the state is kept for any iterator. */
export function forIterCost(site: Site, code: Warm, it: PyObject): number {
  const t = it.t;
  const key = t === T.generator ? 'GEN' : t === T.list_iterator ? 'LIST' : t === T.tuple_iterator ? 'TUPLE' : t === T.range_iterator ? 'RANGE' : FAIL;
  return adaptive(site, code, 1, spec(key, key === FAIL ? null : 0));
}

/** A LOAD_ATTR (3.12+) that reaches a property's getter: its LOAD_ATTR_PROPERTY specialisation
 * (for `key`: the object's type and the getter; `ok`: the specialiser accepts it) pushes the
 * getter's frame inline, the generic instruction calls it from C. Returns 0 (inline), 1 (from C)
 * or 2 (either). Other loads at the site only move its state (pySiteNote). */
export function loadAttrPropertyCost(site: Site, code: Warm, key: unknown, ok: boolean): number {
  return adaptive(site, code, 1, spec(ok ? key : FAIL, ok ? 0 : null));
}

/** A bytecode CALL of a Python function or bound method (no C level: only the site's state). */
export function pySiteNote(site: Site, code: Warm, key: unknown): void {
  if (P.minor === 11) {
    if (code.warm < 8) return;
  } else if (++site.n === 1) return;
  if (site.key === null) site.key = key;
  else if (site.key !== key) site.poisoned = true;
}

/** The levels of a call the runtime makes of a builtin method bound to its object (a
 * METH_VARARGS one costs two checks on 3.8); leave them with leaveCall. */
export function enterBuiltin(owner: string, name: string): number {
  const cost = genericCost({ owner, name, descrType: null }, true);
  cEnter(WHILE_CALLING);
  if (cost === 3) {
    try {
      cEnter(WHILE_CALLING);
    } catch (e) {
      cLeave();
      throw e;
    }
  }
  return cost;
}
