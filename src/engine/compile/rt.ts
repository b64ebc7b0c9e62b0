// The operations generated code calls: the bodies of CPython's opcodes (Python/ceval.c,
// Python/bytecodes.c). Conventions: arguments are borrowed unless the name or comment says the
// helper takes them ("owned"/"steal"); results are new references.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { PyObject, F_GC, F_TRACKED } from '../runtime/object';
import { P, R, T, PyErr, NotSimulated, ST, tmTransient, tmPeakInexact, tmLasti as lastiInt, LASTI_WHY, decref, xdecref, dealloc, stepBudgetExceeded, checkDeadline, gcTrack, gcUntrack, allocBuffer, freeBuffer } from '../runtime/core';
import type { TypeInfo } from '../runtime/types';
import { isSubtype, typeName, isType, typeEpoch } from '../runtime/types';
import {
  S, getAttr, getAttrOpt, setAttr, getItem, setItem, delItem, binaryOp, inplaceOp, unaryOp, richCompare, doRichCompare, truthy, contains,
  getIter, iterNext, call, typeLookup, instanceDictOf, genericGetAttr, str as pyStr, repr as pyRepr, newBool, len as pyLen, ascii as pyAscii, callMethod,
  callObjectTuple,
} from '../runtime/abstract';
import type { BinOpName } from '../runtime/abstract';
import { raise, raiseWith, newException, materializeExc, excMatches, ExcData } from '../runtime/exc';
import { markInstallationText, egMatch, prepReraiseStar } from '../runtime/excobject';
import { dictGetStr, dictSetStr, dictDelStr, dictSet, newDict, newDictPresized, dictEntries, dictContains, dictGet, mayBeTracked, DictData } from '../runtime/dict';
import { newTuple, EMPTY_TUPLE } from '../runtime/tuple';
import { newList, listAppendSteal, newListPrealloc } from '../runtime/list';
import { newStr, newStrFresh, emptyStr, internStr, internedOrNew, joinChecked, strKind, kindOf, K_ASCII, unicodeAppend } from '../runtime/str';
import {
  Code, Frame, FuncData, newFunction, newCell, callPython, callPythonSteal, runFrame, bindArgs, newBuiltin,
} from '../runtime/func';
import { newInt, newFloat } from '../runtime/numbers';
import { listExtendImpl, listFromTuple, sequenceTuple } from '../runtime/listmethods';
import { newSet, setAddSteal as setAddStealImpl, setUpdateImpl, newFrozenSetFrom, newSetFromFrozen } from '../runtime/set';
import { newSlice } from '../runtime/slice';
import { formatObject } from '../runtime/format';
import { dictMerge } from '../runtime/dictmethods';
import { buildClassImpl, instanceGetAttr, identifier, superLookup } from '../runtime/classes';
import { callBuiltinFn } from '../runtime/methods';
import { importModule } from '../runtime/modules/registry';
import { collectScheduled } from '../runtime/gc';
import { addTraceback, excStack, pushExcState, popExcState, setHandledExc } from '../runtime/traceback';
import { yieldFromIter, yieldFromImpl } from '../runtime/gen';
import { matchSequence, matchMapping, getLen, matchClass, matchKeys, copyDictWithoutKeys } from '../runtime/patma';
import { Site, type BuiltinCallee, callSiteState, enterCall, pySiteNote, leaveCall, compareCost, forIterCost, cCheck, uEnter, uLeave, IN_COMPARISON } from '../runtime/recursion';
import { frameEntry, callStack as frames } from '../runtime/func';

export { ST };

export function resetST(maxSteps: number): void {
  ST.steps = 0;
  ST.lim = Math.min(maxSteps, 100000);
  ST.line = 0;
  ST.meth = 0;
  ST.gcPending = false;
  ST.discard = null;
  buildClassObj = null;
}

/** Called every 100 000 steps: enforce the step and time budgets. */
function step(): void {
  R.steps = ST.steps;
  if (ST.steps > R.maxSteps) stepBudgetExceeded();
  checkDeadline();
  ST.lim = Math.min(R.maxSteps + 1, ST.steps + 100000);
}

let traceLine: (f: Frame, line: number, counts: boolean) => void = () => {};
export function setTraceLine(fn: (f: Frame, line: number, counts: boolean) => void): void {
  traceLine = fn;
}
/** A statement starts on `line`; `counts` is false for one that continues the line the frame
 * is on (a second statement after `;`, a body on its header's line). */
function tline(f: Frame, line: number, counts = true): void {
  traceLine(f, line, counts);
}

// ---------------------------------------------------------------- names

/** Builtins CPython has that the simulator does not define (the rest of the exception
 * hierarchy, the site module's helpers), with the first minor version that has each: a lookup
 * that reaches the builtins without finding one stops the run instead of raising NameError. */
const UNSIMULATED_BUILTINS: Record<string, number> = {
  UnicodeTranslateError: 8, _IncompleteInputError: 13,
  copyright: 8, credits: 8, license: 8,
};

function nameError(name: string): never {
  const since = UNSIMULATED_BUILTINS[name];
  if (since !== undefined && Object.prototype.hasOwnProperty.call(UNSIMULATED_BUILTINS, name) && P.minor >= since) {
    throw new NotSimulated(`the builtin '${name}'`, ST.line);
  }
  try {
    raise(T.NameError, `name '${name}' is not defined`);
  } catch (e) {
    if (e instanceof PyErr) nameErrorContext(e.exc, name);
    throw e;
  }
}

/** format_exc_check_arg (3.10+): a NameError the interpreter raises keeps the name. */
function nameErrorContext(exc: PyObject, name: string): void {
  if (P.minor < 10 || (exc.v as ExcData).get('name') !== null) return;
  const n = internedOrNew(name);
  try {
    setAttr(exc, 'name', n);
  } finally {
    decref(n);
  }
}

/** A name site's cache (CPython's LOAD_GLOBAL/LOAD_NAME inline caches, in spirit): where the
 * name was found last time, and proofs that it is still absent from the dicts searched before
 * it (their keys version unchanged). A hit is checked against the entry's key, so a stale cache
 * only costs a fresh lookup. */
export class NameCache {
  /** Where a NameError at this site is raised: the frame's location index (3.11+) and line. */
  constructor(readonly li = -1, readonly line = 0) {}
  d: DictData | null = null;
  i = -1;
  a: DictData | null = null;
  av = -1;
  b: DictData | null = null;
  bv = -1;
}

function entry(dd: DictData, i: number, name: string): PyObject | null {
  const k = dd.ks[i];
  if (k !== undefined && k !== null && k.v === name && k.t === T.str) return dd.vs[i];
  return null;
}

/** Look `name` up in `a`, then `b` (if not null), then `c`, through the site cache. Borrowed. */
export function cachedLookup(nc: NameCache, name: string, a: DictData, b: DictData | null, c: DictData | null): PyObject | null {
  const d = nc.d;
  if (d !== null) {
    if (d === a) {
      const v = entry(a, nc.i, name);
      if (v !== null) return v;
    } else if (nc.a === a && nc.av === a.kver) {
      if (d === b) {
        const v = entry(d, nc.i, name);
        if (v !== null) return v;
      } else if (d === c && (b === null || (nc.b === b && nc.bv === b.kver))) {
        const v = entry(d, nc.i, name);
        if (v !== null) return v;
      }
    }
  }
  nc.d = null;
  let i = a.find(name);
  if (i >= 0) {
    nc.d = a;
    nc.i = i;
    return a.vs[i];
  }
  nc.a = a;
  nc.av = a.kver;
  if (b !== null) {
    i = b.find(name);
    if (i >= 0) {
      nc.d = b;
      nc.i = i;
      return b.vs[i];
    }
    nc.b = b;
    nc.bv = b.kver;
  }
  if (c !== null) {
    i = c.find(name);
    if (i >= 0) {
      nc.d = c;
      nc.i = i;
      return c.vs[i];
    }
  }
  return null;
}

/** LOAD_NAME: locals (the namespace), then globals, then builtins. */
function loadName(f: Frame, name: string, nc: NameCache): PyObject {
  const g = f.g;
  const ns = f.ns ?? g;
  const v = ns === g
    ? cachedLookup(nc, name, g.v as DictData, null, RT.builtins.v as DictData)
    : cachedLookup(nc, name, ns.v as DictData, g.v as DictData, RT.builtins.v as DictData);
  if (v === null) nameErrorAt(f, nc, name);
  v.rc++;
  return v;
}

function nameErrorAt(f: Frame, nc: NameCache, name: string): never {
  if (nc.line > 0) {
    f.li = nc.li;
    f.line = nc.line;
  }
  nameError(name);
}

/** STORE_NAME / STORE_GLOBAL: the dict takes a new reference (the caller releases its own). */
function storeIn(d: PyObject, name: string, v: PyObject, nc: NameCache): void {
  const dd = d.v as DictData;
  if (nc.d === dd) {
    const i = nc.i;
    const old = entry(dd, i, name);
    if (old !== null) {
      if (!(d.f & F_TRACKED) && (d.f & F_GC) && mayBeTracked(v)) gcTrack(d);
      v.rc++;
      dd.vs[i] = v;
      decref(old);
      return;
    }
  }
  dictSetStr(d, name, v);
  nc.d = dd;
  nc.i = dd.find(name);
}

function storeName(f: Frame, name: string, v: PyObject, nc: NameCache): void {
  storeIn(f.ns ?? f.g, name, v, nc);
}

function delName(f: Frame, name: string): void {
  if (!dictDelStr(f.ns ?? f.g, name)) nameError(name);
}

/** SETUP_ANNOTATIONS: a fresh __annotations__ dict in the namespace unless one exists. */
function setupAnnotations(f: Frame): void {
  const ns = f.ns ?? f.g;
  if (dictGetStr(ns, '__annotations__') === null) {
    const d = newDict();
    dictSetStr(ns, '__annotations__', d);
    decref(d);
  }
}

/** `name: annotation` in a module or class body: __annotations__[name] = annotation. */
function storeAnnotation(f: Frame, name: string, ann: PyObject): void {
  const ns = f.ns ?? f.g;
  const d = dictGetStr(ns, '__annotations__');
  if (d === null) raise(T.NameError, "__annotations__ not found");
  const k = newStr(name);
  try {
    setItem(d, k, ann);
  } finally {
    decref(k);
  }
}

function loadGlobal(f: Frame, name: string, nc: NameCache): PyObject {
  const v = cachedLookup(nc, name, f.g.v as DictData, null, RT.builtins.v as DictData);
  if (v === null) nameErrorAt(f, nc, name);
  v.rc++;
  return v;
}

function storeGlobal(f: Frame, name: string, v: PyObject, nc: NameCache): void {
  storeIn(f.g, name, v, nc);
}

function delGlobal(f: Frame, name: string): void {
  if (!dictDelStr(f.g, name)) nameError(name);
}

/** LOAD_CLASSDEREF: the class namespace first, then the cell. */
function loadClassDeref(f: Frame, name: string, cell: PyObject): PyObject {
  const v = dictGetStr(f.ns as PyObject, name);
  if (v !== null) {
    v.rc++;
    return v;
  }
  return cellGet(cell, name);
}

function unboundLocal(name: string): never {
  raise(T.UnboundLocalError, P.minor >= 11
    ? `cannot access local variable '${name}' where it is not associated with a value`
    : `local variable '${name}' referenced before assignment`);
}

function cellGet(cell: PyObject, name: string): PyObject {
  const v = cell.v as PyObject | null;
  if (v === null) {
    try {
      raise(T.NameError, P.minor >= 11
        ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
        : `free variable '${name}' referenced before assignment in enclosing scope`);
    } catch (e) {
      if (e instanceof PyErr) nameErrorContext(e.exc, name);
      throw e;
    }
  }
  v.rc++;
  return v;
}

/** STORE_DEREF: the cell takes the reference (owned). */
function cellSet(cell: PyObject, v: PyObject): void {
  const old = cell.v as PyObject | null;
  cell.v = v;
  if (old !== null) decref(old);
}

/** An empty cell of the code's own cellvars (a local a nested function captures, e.g. one
 * that function deleted through `nonlocal`): CPython's format_exc_unbound raises
 * UnboundLocalError for it, the NameError "free variable" message only for a freevar. */
function cellGetOwn(cell: PyObject, name: string): PyObject {
  if (cell.v === null) unboundLocal(name);
  return cellGet(cell, name);
}

function cellDel(cell: PyObject, name: string, own = false): void {
  const old = cell.v as PyObject | null;
  if (old === null) {
    if (own) unboundLocal(name);
    cellGet(cell, name);
  }
  cell.v = null;
  decref(old as PyObject);
}

// ---------------------------------------------------------------- operators (fast paths first)

function isSmallNum(o: PyObject): boolean {
  return o.t === T.int && typeof o.v === 'number';
}

/** A one-digit int (|v| < 2**30): CPython's fast paths for two of them make an exact-size result;
 * longer operands go through numbers.ts, which allocates as x_add/x_sub/x_mul do. */
function isMedium(o: PyObject): boolean {
  return o.t === T.int && typeof o.v === 'number' && o.v > -1073741824 && o.v < 1073741824;
}

function add(a: PyObject, b: PyObject): PyObject {
  if (isMedium(a) && isMedium(b)) {
    return newInt((a.v as number) + (b.v as number));
  } else if (a.t === T.float && b.t === T.float) {
    return newFloat((a.v as number) + (b.v as number));
  }
  return binaryOp(a, b, 'add');
}

function sub(a: PyObject, b: PyObject): PyObject {
  if (isMedium(a) && isMedium(b)) return newInt((a.v as number) - (b.v as number));
  return binaryOp(a, b, 'sub');
}

function mul(a: PyObject, b: PyObject): PyObject {
  if (isMedium(a) && isMedium(b)) {
    const r = (a.v as number) * (b.v as number);
    if (Number.isSafeInteger(r)) return newInt(r === 0 ? 0 : r);
  }
  return binaryOp(a, b, 'mul');
}

/** 3.8/3.10 BINARY_ADD, the left operand owned (consumed): two exact strs go to
 * unicode_concatenate's PyUnicode_Append, which resizes a left string nothing else holds (a
 * temporary: `a + b + c`) in place; anything else is `add`. */
function addSteal(a: PyObject, b: PyObject): PyObject {
  if (a.t === T.str && b.t === T.str) return unicodeAppend(a, b);
  try {
    return add(a, b);
  } finally {
    decref(a);
  }
}

const binop = (name: BinOpName) => (a: PyObject, b: PyObject): PyObject => binaryOp(a, b, name);

function inplace(a: PyObject, b: PyObject, op: BinOpName): PyObject {
  if (op === 'add' && a.t === T.int && b.t === T.int) return add(a, b);
  return inplaceOp(a, b, op);
}

function unary(a: PyObject, op: 'neg' | 'pos' | 'invert'): PyObject {
  return unaryOp(a, op);
}

/** FOR_ITER (3.12+, with the instruction's adaptive state): a generator resumed by FOR_ITER_GEN
 * runs in the same interpreter loop, without the C-level entry. */
function forIter(it: PyObject, site: Site): PyObject | null {
  if (it.t !== T.generator) {
    forIterCost(site, frames[frames.length - 1].code, it);
    return iterNext(it);
  }
  const cost = forIterCost(site, frames[frames.length - 1].code, it);
  if (cost === 1) return iterNext(it);
  if (cost === 2) uEnter(0, 2);
  frameEntry.inline = true;
  try {
    return iterNext(it);
  } finally {
    frameEntry.inline = false;
    if (cost === 2) uLeave(0, 2);
  }
}

/** COMPARE_OP. `site` (3.11+): the instruction's adaptive state; `jump`: a conditional jump
 * follows it (what 3.11 specialises). The specialised forms compare without
 * PyObject_RichCompare's recursion check. */
function compare(a: PyObject, b: PyObject, op: 0 | 1 | 2 | 3 | 4 | 5, site: Site | null = null, jump = false): PyObject {
  if (site !== null) {
    const cost = compareCost(site, frames[frames.length - 1].code, a, b, op, jump);
    if (cost === 0) return compareFast(a, b, op);
    if (cost === 2) {
      uEnter(P.minor <= 11 ? 1 : 0, P.minor <= 11 ? 0 : 1);
      try {
        return compareFast(a, b, op);
      } finally {
        uLeave(P.minor <= 11 ? 1 : 0, P.minor <= 11 ? 0 : 1);
      }
    }
  }
  if (isSmallNum(a) && isSmallNum(b)) {
    cCheck(IN_COMPARISON);
    const x = a.v as number, y = b.v as number;
    const r = op === 0 ? x < y : op === 1 ? x <= y : op === 2 ? x === y : op === 3 ? x !== y : op === 4 ? x > y : x >= y;
    const o = r ? S.True : S.False;
    o.rc++;
    return o;
  }
  return richCompare(a, b, op);
}

/** A comparison without PyObject_RichCompare's check (the specialised COMPARE_OPs). */
function compareFast(a: PyObject, b: PyObject, op: 0 | 1 | 2 | 3 | 4 | 5): PyObject {
  if (isSmallNum(a) && isSmallNum(b)) {
    const x = a.v as number, y = b.v as number;
    const r = op === 0 ? x < y : op === 1 ? x <= y : op === 2 ? x === y : op === 3 ? x !== y : op === 4 ? x > y : x >= y;
    const o = r ? S.True : S.False;
    o.rc++;
    return o;
  }
  return doRichCompare(a, b, op);
}

// ---------------------------------------------------------------- unpacking

/** UNPACK_SEQUENCE: n owned items; consumes nothing (the caller releases the sequence). */
/** The counters of an adaptive instruction (3.11+): its current form `op` (0: the generic or
 * adaptive one) and CPython's counter and back-off. */
class AdaptiveSite {
  op = 0;
  value: number;
  backoff: number;
  constructor(minor: number) {
    this.value = minor >= 12 ? 1 : 0;
    this.backoff = minor >= 12 ? 1 : 0;
  }
}

/** One execution of an adaptive instruction: `want` is the form it would specialise to now (0:
 * none), `hit` whether the current specialised form's guard passes, `warm` whether 3.11 has
 * quickened the code. Returns the form this execution runs (0: the generic one). 3.12+ warm up
 * for one execution, then specialise; a failed specialisation backs off exponentially; a
 * specialised form that misses runs the generic body, which re-specialises after 53 misses.
 * 3.11 runs the base instruction until the code is quickened (eight calls or loop iterations),
 * then specialises at once; 53 misses send it back to the adaptive form. */
/** The adaptive instruction specialises to `want` (true), or backs off when there is nothing to
 * specialise to (false). */
function specializeSite(site: AdaptiveSite, want: number): boolean {
  if (want !== 0) {
    site.op = want;
    if (P.minor === 11) site.value = 53;
    else {
      site.value = 52;
      site.backoff = 0;
    }
    return true;
  }
  site.op = 0;
  site.backoff = Math.min(site.backoff + 1, 12);
  site.value = (1 << site.backoff) - 1;
  return false;
}

function adaptiveRun(site: AdaptiveSite, warm: boolean, want: number, hit: boolean): number {
  if (P.minor === 11) {
    if (!warm) return 0;
    if (site.op !== 0) {
      if (hit) return site.op;
      // miss: the base instruction; the 53rd miss sends the instruction back to the adaptive form
      if (--site.value === 0) {
        site.op = 0;
        site.backoff = 5;
        site.value = 31;
      }
      return 0;
    }
    if (site.value === 0 && specializeSite(site, want)) return site.op;
    site.value--;
    return 0;
  }
  if (site.op !== 0 && hit) return site.op;
  // the generic body (a deoptimised specialisation runs it too)
  if (site.value === 0 && specializeSite(site, want)) return site.op;
  site.value--;
  return 0;
}

/** UNPACK_SEQUENCE's adaptive state per site (3.11+): the specialised forms copy a tuple's or
 * list's items (UNPACK_SEQUENCE_TWO_TUPLE/_TUPLE/_LIST), the generic one iterates
 * (unpack_iterable: an iterator over the sequence is made and released). op 1: TWO_TUPLE; 2:
 * TUPLE; 3: LIST. */
export class UnpackSite extends AdaptiveSite {}

function unpackGuard(op: number, seq: PyObject, n: number): boolean {
  if (op === 3) return seq.t === T.list && (seq.v as PyObject[]).length === n;
  return seq.t === T.tuple && (seq.v as PyObject[]).length === n && (op === 2 || n === 2);
}

/** Whether this UNPACK_SEQUENCE execution copies a tuple's or list's items (specialised, or the
 * 3.8/3.10 base instruction's fast path) rather than iterating. */
function unpackFast(seq: PyObject, n: number, site: UnpackSite | null, code: Code | null): boolean {
  const exact = (seq.t === T.tuple || seq.t === T.list) && (seq.v as PyObject[]).length === n;
  if (site === null) return exact;
  const want = !exact ? 0 : seq.t === T.list ? 3 : n === 2 ? 1 : 2;
  return adaptiveRun(site, code !== null && code.warm >= 8, want, site.op !== 0 && unpackGuard(site.op, seq, n)) !== 0;
}

/** BINARY_OP `+`/`+=` whose result is stored back into the name it read (3.11+): its adaptive
 * state. op 1: BINARY_OP_INPLACE_ADD_UNICODE (a local str extended in place); 2:
 * BINARY_OP_ADD_UNICODE; 3: ADD_INT; 4: ADD_FLOAT. */
export class BinopSite extends AdaptiveSite {}

/** The specialisation BINARY_OP's `+` takes for these operands (_Py_Specialize_BinaryOp), 0 if
 * none; `inplace`: the next instruction is STORE_FAST to the local holding the left operand. */
function binopKind(a: PyObject, b: PyObject, inplace: boolean): number {
  if (a.t !== b.t) return 0;
  if (a.t === T.str) return inplace ? 1 : 2;
  if (a.t === T.int) return 3;
  if (a.t === T.float) return 4;
  return 0;
}

/** Whether this execution of the site runs BINARY_OP_INPLACE_ADD_UNICODE (3.11+). */
function binopInplace(site: BinopSite, code: Code, a: PyObject, b: PyObject, inplace: boolean): boolean {
  const kind = binopKind(a, b, inplace);
  // a specialised form's guards: INPLACE_ADD_UNICODE needs the local to hold the left str,
  // ADD_UNICODE two exact strs, ADD_INT/ADD_FLOAT two exact ints/floats
  const hit = site.op === 2 ? kind === 1 || kind === 2 : site.op === kind;
  return adaptiveRun(site, code.warm >= 8, kind, site.op !== 0 && hit) === 1;
}

/** 3.12+ LOAD_SUPER_ATTR's adaptive state: the counter starts at the warm-up value 1. */
export class SuperSite {
  counter = 1;
  spec = false;
}

/** 3.12+ LOAD_SUPER_ATTR (`super().name`, `super(a, b).name`): `g` the loaded `super`, `a`/`b` the
 * __class__ cell's class and the first argument (or the two arguments), all owned. The generic
 * instruction calls `g` for a super object and takes its attribute (a bound method); once the
 * site has specialised (the second run, when `g` is the builtin super and `a` a class) the
 * attribute comes from _PySuper_Lookup without one — with `method`, a function found is left
 * unbound (ST.meth = 1, the instance in ST.sself). */
function superAttr(g: PyObject, a: PyObject, b: PyObject, zeroArg: boolean, name: string, method: boolean, site: SuperSite, f: Frame): PyObject {
  void f;
  const canSpec = g === T.super && (a.t === T.type || isSubtype(a.t, T.type));
  let spec = site.spec && canSpec;
  if (!site.spec) {
    if (site.counter > 0) site.counter--;
    else if (canSpec) {
      site.spec = true;
      spec = true;
    } else site.counter = 1;
  }
  ST.meth = 0;
  if (!spec) {
    let sup: PyObject;
    try {
      sup = zeroArg ? call(g, []) : call(g, [a, b]);
    } finally {
      decref(g);
      decref(a);
      decref(b);
    }
    try {
      return getAttr(sup, name);
    } finally {
      decref(sup);
    }
  }
  const bti = b.t.v as TypeInfo;
  const generic = bti.getattr === null || bti.getattr === genericGetAttr || bti.getattr === instanceGetAttr || bti.genericGetattro;
  const found = { unbound: false };
  let r: PyObject;
  try {
    r = superLookup(a, b, name, method && generic, found);
  } catch (e) {
    decref(g);
    decref(a);
    decref(b);
    throw e;
  }
  decref(g);
  decref(a);
  if (found.unbound) {
    ST.meth = 1;
    ST.sself = b;
  } else decref(b);
  return r;
}

/** `name += value` or `name = name + value` (cur: the name's value, owned; v owned). Two exact
 * strs may be appended in place when nothing else holds the string: 3.8/3.10's
 * unicode_concatenate first drops the variable's reference (STORE_FAST/STORE_DEREF: the slot,
 * STORE_NAME: the namespace entry, deleted and added again by the store) when the refcount is 2;
 * 3.11+ do it only for a local once the site is specialised as BINARY_OP_INPLACE_ADD_UNICODE.
 * `kind`: 1 local slot `L[slot]`, 2 cell `L[slot]`, 3 namespace entry `name`, 0 anything else. */
function strIadd(cur: PyObject, v: PyObject, augmented: boolean, kind: number, L: (PyObject | null)[], slot: number, f: Frame, name: string, site: BinopSite | null): PyObject {
  if (cur.t !== T.str || v.t !== T.str) {
    try {
      return augmented ? inplaceOp(cur, v, 'add') : binaryOp(cur, v, 'add');
    } finally {
      decref(cur);
      decref(v);
    }
  }
  let clear = false;
  if (P.minor < 11) clear = cur.rc === 2;
  else clear = site !== null && binopInplace(site, f.code, cur, v, kind === 1 && L[slot] === cur);
  if (clear) {
    if (kind === 1) {
      if (L[slot] === cur) {
        L[slot] = null;
        cur.rc--;
      }
    } else if (kind === 2) {
      const cell = L[slot] as PyObject;
      if (cell.v === cur) {
        cell.v = null;
        cur.rc--;
      }
    } else if (kind === 3) {
      const ns = f.ns ?? f.g;
      if (dictGetStr(ns, name) === cur) dictDelStr(ns, name);
    }
  }
  if (!clear && P.minor >= 11) {
    // PyUnicode_Concat / the generic BINARY_OP: a new string
    try {
      return augmented ? inplaceOp(cur, v, 'add') : binaryOp(cur, v, 'add');
    } finally {
      decref(cur);
      decref(v);
    }
  }
  try {
    return unicodeAppend(cur, v);
  } finally {
    decref(v);
  }
}

function unpack(seq: PyObject, n: number, site: UnpackSite | null = null, code: Code | null = null): PyObject[] {
  if ((seq.t === T.tuple || seq.t === T.list) && (P.minor < 11 || unpackFast(seq, n, site, code))) {
    const items = seq.v as PyObject[];
    if (items.length === n) {
      const out = items.slice();
      for (let i = 0; i < n; i++) out[i].rc++;
      return out;
    }
    // unpack_iterable's message on every profiled version (3.14 adds ", got N")
    if (items.length > n) raise(T.ValueError, `too many values to unpack (expected ${n})`);
    raise(T.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  const it = getIterForUnpack(seq);
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const x = iterNext(it);
      if (x === null) raise(T.ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
      out.push(x);
    }
    const extra = iterNext(it);
    if (extra !== null) {
      decref(extra);
      raise(T.ValueError, `too many values to unpack (expected ${n})`);
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

function getIterForUnpack(seq: PyObject): PyObject {
  const ti = seq.t.v as TypeInfo;
  if (ti.iter === null && ti.getitem === null) raise(T.TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
  return getIter(seq);
}

/**
 * UNPACK_EX (unpack_iterable with argcntafter): `before` items, a list of the middle, `after`
 * items (all owned). The list is PySequence_List of the iterator (list_extend, sized by the
 * length hint, from 3.10 exactly), whose last `after` items then move out without a resize.
 */
function unpackEx(seq: PyObject, before: number, after: number): PyObject[] {
  const it = getIterForUnpack(seq);
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const x = iterNext(it);
      if (x === null) raise(T.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${i})`);
      out.push(x);
    }
    const lst = newList([]);
    out.push(lst);
    listExtendImpl(lst, it);
    const items = lst.v as PyObject[];
    const ll = items.length;
    if (ll < after) raise(T.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + ll})`);
    out.push(...items.splice(ll - after, after));
  } catch (e) {
    // the values pushed so far, from the last to the first, then the iterator
    for (let i = out.length - 1; i >= 0; i--) decref(out[i]);
    decref(it);
    throw e;
  }
  decref(it);
  return out;
}

// ---------------------------------------------------------------- displays

function buildTuple(items: PyObject[]): PyObject {
  return newTuple(items);
}

/** BUILD_LIST n: PyList_New(n) with the stack items (owned). */
function buildList(items: PyObject[]): PyObject {
  return newList(items);
}

function buildSet(items: PyObject[]): PyObject {
  const s = newSet();
  try {
    for (const x of items) setAddStealImpl(s, x);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

/** BUILD_MAP n: keys and values alternate (owned). */
function buildMap(kv: PyObject[]): PyObject {
  const n = kv.length >> 1;
  const d = newDictPresized(n, kv.every((x, i) => i % 2 === 1 || x.t === T.str));
  try {
    // _PyDict_FromItems: PyDict_SetItem per pair
    for (let i = 0; i < kv.length; i += 2) dictSet(d, kv[i], kv[i + 1]);
  } catch (e) {
    decref(d);
    for (const x of kv) decref(x);
    throw e;
  }
  for (const x of kv) decref(x);
  return d;
}

/** BUILD_CONST_KEY_MAP: values owned, keys from a constant tuple. */
function buildConstKeyMap(keys: PyObject, values: PyObject[]): PyObject {
  const ks = keys.v as PyObject[];
  const d = newDictPresized(ks.length, ks.every((k) => k.t === T.str));
  try {
    for (let i = 0; i < ks.length; i++) dictSet(d, ks[i], values[i]);
  } finally {
    for (const v of values) decref(v);
  }
  return d;
}

/** STORE_SUBSCR's adaptive state (3.11+): op 1 STORE_SUBSCR_LIST_INT, 2 STORE_SUBSCR_DICT. */
export class StoreSubscrSite extends AdaptiveSite {}

/** The form _Py_Specialize_StoreSubscr gives STORE_SUBSCR for these operands (and the guard
 * each specialised form checks): an exact list with an exact non-negative one-digit int index
 * below its length, or an exact dict; 0 if none. */
function storeSubscrKind(o: PyObject, k: PyObject): number {
  if (o.t === T.dict) return 2;
  if (o.t === T.list && k.t === T.int && typeof k.v === 'number' && k.v >= 0 && k.v < 2 ** 30 && k.v < (o.v as PyObject[]).length) return 1;
  return 0;
}

/** STORE_SUBSCR (3.11+ with its site): the generic form is PyObject_SetItem (a dict's
 * PyDict_SetItem takes references to key and value before hashing); STORE_SUBSCR_DICT hands the
 * stack's references to _PyDict_SetItem_Take2, so the key's `__hash__`/`__eq__` see one fewer. */
function storeSubscr(o: PyObject, k: PyObject, v: PyObject, site: StoreSubscrSite, code: Code): void {
  const kind = storeSubscrKind(o, k);
  if (adaptiveRun(site, code.warm >= 8, kind, site.op !== 0 && site.op === kind) === 2) {
    dictSet(o, k, v, undefined, true);
    return;
  }
  setItem(o, k, v);
}

/** BUILD_LIST 0 + LIST_EXTEND <const tuple> (3.9+). */
function listFromConst(tup: PyObject): PyObject {
  return listFromTuple(tup);
}

/** BUILD_SET 0 + SET_UPDATE <const frozenset> (3.9+). */
function setFromConst(fs: PyObject): PyObject {
  return newSetFromFrozen(fs);
}

function listExtend(lst: PyObject, it: PyObject): void {
  if ((it.t.v as TypeInfo).iter === null && (it.t.v as TypeInfo).getitem === null) {
    raise(T.TypeError, P.minor >= 9 ? `Value after * must be an iterable, not ${typeName(it)}` : `'${typeName(it)}' object is not iterable`);
  }
  listExtendImpl(lst, it);
}

function setUpdate(s: PyObject, it: PyObject): void {
  setUpdateImpl(s, it);
}

function setAddSteal(s: PyObject, v: PyObject): void {
  setAddStealImpl(s, v);
}

/** LIST_TO_TUPLE / CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE */
function listToTuple(lst: PyObject): PyObject {
  const items = (lst.v as PyObject[]).slice();
  for (const x of items) x.rc++;
  return newTuple(items);
}

/** DICT_UPDATE ({**x}) */
function dictUpdate(d: PyObject, other: PyObject): void {
  // DICT_UPDATE (3.8: BUILD_MAP_UNPACK) is PyDict_Update: dict_merge, with its one big resize
  if (!(other.t === T.dict || isSubtype(other.t, T.dict)) && typeLookup(other.t, 'keys') === null) {
    raise(T.TypeError, `'${typeName(other)}' object is not a mapping`);
  }
  dictMerge(d, other, true);
}

/** 3.8 BUILD_MAP_UNPACK: a new dict, PyDict_Update'd with each part (borrowed) in order; a part
 * that is no mapping (no keys()) is "not a mapping". */
function buildMapUnpack38(parts: PyObject[]): PyObject {
  const sum = newDict();
  try {
    for (const p of parts) dictUpdate(sum, p);
  } catch (e) {
    decref(sum);
    throw e;
  }
  return sum;
}

function mapAdd(d: PyObject, k: PyObject, v: PyObject): void {
  // 3.11+: _PyDict_SetItem_Take2 with the stack's references
  dictSet(d, k, v, undefined, true);
}

/** DICT_MERGE for f(**x) (_PyDict_MergeEx(d, x, 2)): x's items go into d, a key already there
 * is an error; a mapping that is not a dict is read through keys() and []. Errors say which
 * call they belong to (format_kwargs_error). */
function dictMergeKw(d: PyObject, other: PyObject, fn: PyObject): void {
  if (!(other.t === T.dict || isSubtype(other.t, T.dict)) && typeLookup(other.t, 'keys') === null) {
    raise(T.TypeError, `${funcStr(fn)} argument after ** must be a mapping, not ${typeName(other)}`);
  }
  const put = (k: PyObject, v: PyObject): void => {
    // 3.9+ checks the keys here; 3.8 leaves it to the callee (kwStringsCheck38)
    if (k.t !== T.str && P.minor >= 9) {
      if (fn === buildClassFn()) throw new NotSimulated('a class statement keyword that is not a str', ST.line);
      raise(T.TypeError, 'keywords must be strings');
    }
    if (dictContains(d, k)) raise(T.TypeError, `${funcStr(fn)} got multiple values for keyword argument '${k.v as string}'`);
    dictSet(d, k, v);
  };
  if (other.t === T.dict || (isSubtype(other.t, T.dict) && typeLookup(other.t, '__iter__') === typeLookup(T.dict, '__iter__'))) {
    const entries = [...dictEntries(other)];
    if (P.minor >= 9 && entries.every(([k]) => k.t === T.str && !dictContains(d, k))) {
      // _PyDict_MergeEx(dict, update, 2): dict_merge, which clones the source's table into an
      // empty dict and otherwise sizes the dict for both before inserting
      dictMerge(d, other, true);
      return;
    }
    for (const [k, v] of entries) put(k, v);
    return;
  }
  const keys = callMethod(other, 'keys', []);
  let it: PyObject;
  try {
    it = getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      try {
        const v = getItem(other, k);
        try {
          put(k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** 3.8 BUILD_LIST_UNPACK / BUILD_TUPLE_UNPACK / BUILD_SET_UNPACK ([*a, 1, *b]): a new list (made a
 * tuple) or set extended with each part (owned) in order; the parts are released from the last. */
function buildUnpack38(kind: number, parts: PyObject[]): PyObject {
  const acc = kind === 2 ? newSet() : newList([]);
  try {
    for (const p of parts) {
      if (kind === 2) setUpdate(acc, p);
      else listExtend(acc, p);
    }
  } catch (e) {
    decref(acc);
    for (let i = parts.length - 1; i >= 0; i--) decref(parts[i]);
    throw e;
  }
  let r = acc;
  if (kind === 1) {
    r = listToTuple(acc);
    decref(acc);
  }
  for (let i = parts.length - 1; i >= 0; i--) decref(parts[i]);
  return r;
}

/** 3.8 BUILD_MAP_UNPACK_WITH_CALL: a new dict merging the parts (owned) in order. */
function buildMapUnpackWithCall38(parts: PyObject[], fn: PyObject): PyObject {
  const d = newDict();
  try {
    for (const p of parts) dictMergeKw(d, p, fn);
  } catch (e) {
    decref(d);
    for (let i = parts.length - 1; i >= 0; i--) decref(parts[i]);
    throw e;
  }
  for (let i = parts.length - 1; i >= 0; i--) decref(parts[i]);
  return d;
}

/** LOAD_CONST of a keyword's name (the interned identifier). */
function kwKey(name: string): PyObject {
  return internStr(name, P.interning !== 'mortal');
}

/** LOAD_CONST name; <value>; MAP_ADD (a big run of keywords): value owned by the caller. */
function mapAddKw(d: PyObject, name: string, v: PyObject): void {
  const k = kwKey(name);
  dictSet(d, k, v);
  decref(k);
}

function dictSetKw(d: PyObject, name: string, v: PyObject, fn: PyObject | null): void {
  if (fn !== null && dictGetStr(d, name) !== null) raise(T.TypeError, `${funcStr(fn)} got multiple values for keyword argument '${name}'`);
  dictSetStr(d, name, v);
}

function buildSlice(a: PyObject | null, b: PyObject | null, c: PyObject | null): PyObject {
  return newSlice(a ?? S.None, b ?? S.None, c ?? S.None);
}

/** BUILD_STRING: join the pieces (borrowed). */
function buildString(parts: PyObject[]): PyObject {
  // _PyUnicode_JoinArray with an empty separator: one exact str is the result itself; else a
  // PyUnicode_New of the total length (a new object even for one character)
  if (parts.length === 1 && parts[0].t === T.str) {
    parts[0].rc++;
    return parts[0];
  }
  const s = joinChecked(parts.map((p) => p.v as string));
  if (s.length === 0) return emptyStr();
  // the widest kind of the pieces (each piece's kind is cached; scanning a long result is not)
  let kind = K_ASCII;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if ((p.v as string).length !== 0) kind = Math.max(kind, p.t === T.str ? strKind(p) : kindOf(p.v as string));
  }
  return newStrFresh(s, kind);
}

/** FORMAT_VALUE: conversion 115 's', 114 'r', 97 'a'; spec a str or null. */
function formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject {
  let x = v;
  let conv$: PyObject | null = null;
  if (conv === 115) conv$ = pyStr(v);
  else if (conv === 114) conv$ = pyRepr(v);
  else if (conv === 97) conv$ = pyAscii(v);
  if (conv$ !== null) x = conv$;
  try {
    if (spec === null && x.t === T.str) {
      x.rc++;
      return x;
    }
    return formatObject(x, spec === null ? '' : (spec.v as string));
  } finally {
    if (conv$ !== null) decref(conv$);
  }
}

// ---------------------------------------------------------------- calls

/** LOAD_METHOD: returns the unbound method (ST.meth = 1; `obj` stays on the stack as self) or
 * the attribute (ST.meth = 0; `obj` was released). */
/** A LOAD_METHOD site's cache: the type seen last and what the type lookup found on it. */
export class MethodCache {
  t: PyObject | null = null;
  epoch = -1;
  descr: PyObject | null = null;
}

function loadMethod(obj: PyObject, name: string, mc: MethodCache): PyObject {
  const ti = obj.t.v as TypeInfo;
  const ga = ti.getattr;
  // _PyObject_GetMethod: with the generic tp_getattro (builtin types, and classes without
  // __getattr__/__getattribute__) a function found on the type is used unbound: no bound method.
  if (ga === null || ga === genericGetAttr || ga === instanceGetAttr || ti.genericGetattro) {
    let descr: PyObject | null;
    if (mc.t === obj.t && mc.epoch === typeEpoch.n) descr = mc.descr;
    else {
      descr = typeLookup(obj.t, name);
      mc.t = obj.t;
      mc.epoch = typeEpoch.n;
      mc.descr = descr;
    }
    // (Py_TPFLAGS_METHOD_DESCRIPTOR: functions, method descriptors and slot wrappers; a slot
    // wrapper is then called unbound, with its instance in the argument tuple)
    if (descr !== null && (descr.t === T.function || descr.t === T.method_descriptor || descr.t === T.wrapper_descriptor || (descr.t.v as TypeInfo).methodDescriptor)) {
      const dict = instanceDictOf(obj);
      if (dict === null || dictGetStr(dict, name) === null) {
        descr.rc++;
        ST.meth = 1;
        return descr;
      }
    }
  }
  const r = getAttr(obj, name);
  decref(obj);
  ST.meth = 0;
  return r;
}

function releaseArgs(args: PyObject[]): void {
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i];
    if (--a.rc === 0) dealloc(a);
  }
}

/** The recursion accounting of a bytecode CALL of a Python function (no C level; 3.11+: the
 * site's adaptive state; 3.12+: the frame runs in the same interpreter loop). */
function pyCallSite(fn: PyObject, site: Site | null, kw: boolean): void {
  if (site !== null) {
    // 3.11: PRECALL_PYFUNC / PRECALL_BOUND_METHOD (by kind); 3.12+: CALL_PY_EXACT_ARGS and the
    // like (by function version), not specialised with keywords
    if (P.minor === 11) pySiteNote(site, frames[frames.length - 1].code, fn.t === T.function ? 'PYFUNC' : 'BOUND_METHOD');
    else if (!kw) pySiteNote(site, frames[frames.length - 1].code, fn.t === T.function ? fn : fn.v);
    else pySiteNote(site, frames[frames.length - 1].code, 'fail');
    site.brk = 1;
  }
  frameEntry.inline = P.minor >= 12;
}

/** CALL with a plain callable: fn and args are owned (the call consumes the stack values).
 * `site`: the instruction's adaptive state (3.11+). */
function callv(fn: PyObject, args: PyObject[], kwnames: string[] | null, site: Site | null = null): PyObject {
  const t = fn.t;
  if (t === T.function) {
    pyCallSite(fn, site, kwnames !== null);
    if (P.callMovesArgs) {
      try {
        return callPythonSteal(fn, args, kwnames);
      } finally {
        frameEntry.inline = false;
        if (--fn.rc === 0) dealloc(fn);
      }
    }
    try {
      return callPython(fn, args, kwnames);
    } finally {
      frameEntry.inline = false;
      releaseArgs(args);
      if (--fn.rc === 0) dealloc(fn);
    }
  }
  const steal = P.callMovesArgs ? (t.v as TypeInfo).callSteal : null;
  if (steal !== null) {
    // a stand-in for a Python function (copy's): the frame takes the stack's references
    pyCallSite(fn, site, kwnames !== null);
    try {
      return steal(fn, args, kwnames);
    } finally {
      frameEntry.inline = false;
      if (--fn.rc === 0) dealloc(fn);
    }
  }
  if (t === T.method && P.callMovesArgs && (fn.v as PyObject).t === T.function) {
    // 3.11+: the bound method is unpacked into function + self on the stack.
    pyCallSite(fn, site, kwnames !== null);
    const func = fn.v as PyObject, self = fn.d as PyObject;
    func.rc++;
    self.rc++;
    if (--fn.rc === 0) dealloc(fn);
    args.unshift(self);
    try {
      return callPythonSteal(func, args, kwnames);
    } finally {
      frameEntry.inline = false;
      if (--func.rc === 0) dealloc(func);
    }
  }
  if (site !== null) {
    callSiteState.site = site;
    callSiteState.code = frames[frames.length - 1].code;
    callSiteState.isMeth = false;
    callSiteState.self = null;
    site.brk = 0;
  }
  try {
    return call(fn, args, kwnames);
  } finally {
    releaseArgs(args);
    if (--fn.rc === 0) dealloc(fn);
  }
}

/** CALL after LOAD_METHOD found an unbound method: func, self and args owned. */
function callm(func: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null, site: Site | null = null): PyObject {
  if (func.t === T.method_descriptor) {
    const md = func.v as { fn: (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject; owner: PyObject; name: string };
    let cost = 0;
    try {
      if (site !== null) {
        callSiteState.site = site;
        callSiteState.code = frames[frames.length - 1].code;
        callSiteState.isMeth = true;
        callSiteState.self = self;
      }
      const nkw = kwnames === null ? 0 : kwnames.length;
      // method_vectorcall_*: the recursion check comes after the argument checks
      if (self.t !== md.owner && !isSubtype(self.t, md.owner)) {
        callSiteState.site = null;
        raise(T.TypeError, `descriptor '${md.name}' for '${(md.owner.v as TypeInfo).name}' objects doesn't apply to a '${typeName(self)}' object`);
      }
      const callee = (md as { callee?: BuiltinCallee }).callee ??= { owner: (md.owner.v as TypeInfo).name, name: md.name, descrType: md.owner };
      cost = enterCall(func, callee, true, args.length - nkw + 1, nkw > 0);
      return callBuiltinFn(callee.owner, md.name, md.fn, self, args, kwnames, callee.owner);
    } finally {
      leaveCall(cost);
      releaseArgs(args);
      if (--self.rc === 0) dealloc(self);
      if (--func.rc === 0) dealloc(func);
    }
  }
  args.unshift(self);
  return callv(func, args, kwnames, site);
}

/** CALL_FUNCTION_EX: a keyword mapping that is not exactly a dict is copied into a new one
 * (3.8 passes a lone `**m` as it is). Consumes kw; returns the dict (owned). */
function exKwDict(fn: PyObject, kw: PyObject): PyObject {
  if (kw.t === T.dict) return kw;
  const d = newDict();
  try {
    dictMergeKw(d, kw, fn);
  } catch (e) {
    decref(d);
    throw e;
  } finally {
    decref(kw);
  }
  return d;
}

/** 3.8: a keyword that is not a str is refused by the callee: a Python function names itself
 * (_PyEval_EvalCodeWithName), a builtin's argument parser does not. */
function kwStringsCheck38(fn: PyObject, kw: PyObject): void {
  for (const [k] of dictEntries(kw)) {
    if (k.t === T.str) continue;
    const f = fn.t === T.method ? (fn.v as PyObject) : fn;
    if (f.t === T.function) raise(T.TypeError, `${(f.v as FuncData).code.name}() keywords must be strings`);
    if (f.t === T.builtin_function) raise(T.TypeError, 'keywords must be strings');
    throw new NotSimulated('a keyword that is not a str', ST.line);
  }
}

/** CALL_FUNCTION_EX: fn, the positional list and the keyword dict are owned. */
function callEx(fn: PyObject, callargs: PyObject, kw: PyObject | null): PyObject {
  if (kw !== null) {
    try {
      if (kw.t !== T.dict) {
        const m = kw;
        kw = null;
        kw = exKwDict(fn, m);
      }
      if (P.minor < 9) kwStringsCheck38(fn, kw);
    } catch (e) {
      decref(callargs);
      if (kw !== null) decref(kw);
      decref(fn);
      throw e;
    }
  }
  if (callargs.t !== T.tuple) {
    // CALL_FUNCTION_EX: a lone *x that is not a tuple becomes one (check_args_iterable)
    let tup: PyObject;
    try {
      if ((callargs.t.v as TypeInfo).iter === null && (callargs.t.v as TypeInfo).getitem === null) {
        raise(T.TypeError, `${funcStr(fn)} argument after * must be an iterable, not ${typeName(callargs)}`);
      }
      tup = sequenceTuple(callargs);
    } catch (e) {
      decref(callargs);
      xdecref(kw);
      decref(fn);
      throw e;
    }
    decref(callargs);
    callargs = tup;
  }
  const items = (callargs.v as PyObject[]).slice();
  const kwnames: string[] = [];
  const kwkeys: PyObject[] = [];
  if (kw !== null) {
    for (const [k, v] of dictEntries(kw)) {
      kwnames.push(k.v as string);
      kwkeys.push(k);
      items.push(v);
    }
  }
  let pos: PyObject | null = callargs;
  try {
    if (fn.t === T.function && P.callExMovesArgs) {
      // 3.12+: the args tuple is unpacked into the frame and released; keyword arguments go
      // through _PyStack_UnpackDict, whose kwnames tuple lives while the frame is set up.
      // _PyStack_UnpackDict: a PyMem array (one slot more for PY_VECTORCALL_ARGUMENTS_OFFSET)
      // made before the kwnames tuple, both released once the frame is set up
      const stackBytes = kwkeys.length > 0 ? 8 * (1 + items.length) : 0;
      const stack = stackBytes > 0 ? allocBuffer(stackBytes) : 0;
      const kwt = kwkeys.length > 0 ? newTuple(kwkeys.map((k) => (k.rc++, k))) : null;
      let fr: Frame;
      try {
        fr = bindArgs(fn, items, kwnames.length ? kwnames : null, false);
      } finally {
        if (stack !== 0) freeBuffer(stack, stackBytes);
        if (kwt !== null) decref(kwt);
      }
      decref(pos);
      pos = null;
      if (kw !== null) {
        decref(kw);
        kw = null;
      }
      // an exact function: the frame runs in the same interpreter loop (_PyEvalFramePushAndInit_Ex)
      frameEntry.inline = true;
      return runFrame(fr);
    }
    // PyObject_Call(fn, callargs, kwargs): a callable with vectorcall gets the tuple's items, and
    // the keywords through _PyStack_UnpackDict (PyVectorcall_Call); one without gets this very
    // tuple and dict (tp_call)
    return callObjectTuple(fn, items, kwnames.length ? kwnames : null, kwkeys, pos, kw);
  } finally {
    if (pos !== null) decref(pos);
    if (kw !== null) decref(kw);
    decref(fn);
  }
}

/** 3.8 BUILD_TUPLE_UNPACK_WITH_CALL: the parts (tuples of plain args, and *-args) joined into
 * one tuple; the parts are released. */
function callArgsJoin38(parts: PyObject[], fn: PyObject): PyObject {
  const lst = newList([]);
  try {
    for (const p of parts) {
      if ((p.t.v as TypeInfo).iter === null && (p.t.v as TypeInfo).getitem === null) {
        raise(T.TypeError, `${funcStr(fn)} argument after * must be an iterable, not ${typeName(p)}`);
      }
      listExtendImpl(lst, p);
    }
    return listToTuple(lst);
  } finally {
    decref(lst);
    for (const p of parts) decref(p);
  }
}

/** How an error names a callable: 3.10+ _PyObject_FunctionStr ("__main__.f()", "print()");
 * 3.8 PyEval_GetFuncName + PyEval_GetFuncDesc ("f()", "type object"). */
function funcStr(fn: PyObject): string {
  if (P.minor < 10) {
    const f = fn.t === T.method ? (fn.v as PyObject) : fn;
    if (f.t === T.function) return `${((f.v as FuncData).name.v as string)}()`;
    if (f.t === T.builtin_function) return `${(f.v as { name: string }).name}()`;
    return `${(fn.t.v as TypeInfo).name} object`;
  }
  let qual: string;
  let mod: string | null = null;
  const f = fn.t === T.method ? (fn.v as PyObject) : fn;
  if (f.t === T.function) {
    const fd = f.v as FuncData;
    qual = fd.qualname.v as string;
    mod = fd.module !== null && fd.module.t === T.str ? (fd.module.v as string) : null;
  } else if (f.t === T.builtin_function) {
    qual = (f.v as { name: string }).name;
    mod = 'builtins';
  } else if (isType(f)) {
    const ti = f.v as TypeInfo;
    qual = ti.qualname;
    mod = ti.module;
  } else {
    // no __qualname__ (an instance with __call__): str(x)
    const q = getAttrOpt(f, '__qualname__');
    if (q === null) {
      const s = pyStr(f);
      const v = s.v as string;
      decref(s);
      return v;
    }
    qual = q.t === T.str ? (q.v as string) : '?';
    decref(q);
    const m = getAttrOpt(f, '__module__');
    if (m !== null) {
      mod = m.t === T.str ? (m.v as string) : null;
      decref(m);
    }
  }
  return mod !== null && mod !== 'builtins' ? `${mod}.${qual}()` : `${qual}()`;
}

// ---------------------------------------------------------------- functions and classes

/** MAKE_FUNCTION: defaults/kwdefaults/closure owned. */
function makeFunction(f: Frame, code: Code, defaults: PyObject | null, kwdefaults: PyObject | null, closure: PyObject | null, doc: PyObject | null, annotations: PyObject | null = null): PyObject {
  if (doc !== null) doc.rc++;
  const fn = newFunction(code, f.g, code.qualname, defaults, kwdefaults, closure, doc);
  (fn.v as FuncData).annotations = annotations;
  const modName = dictGetStr(f.g, '__name__');
  if (modName !== null) {
    modName.rc++;
    (fn.v as FuncData).module = modName;
  }
  return fn;
}

/** The start of a class body: __module__ = __name__, __qualname__ = '...'. */
/** A class body's first statements: __module__ = __name__; __qualname__ = <the constant>. */
function classPrologue(f: Frame, qualname: PyObject): void {
  // the names are the class body's co_names: interned by the compiler (and by CPython's start-up)
  const mod = dictGetStr(f.g, '__name__');
  if (mod !== null) dictSetIdent(f.ns as PyObject, '__module__', mod);
  dictSetIdent(f.ns as PyObject, '__qualname__', qualname);
}

function dictSetIdent(d: PyObject, name: string, v: PyObject): void {
  const k = identifier(name);
  dictSet(d, k, v);
  decref(k);
}

/** A class body that made the __class__ cell returns it (and stores __classcell__). */
function classCellResult(f: Frame, cell: PyObject): PyObject {
  dictSetIdent(f.ns as PyObject, '__classcell__', cell);
  cell.rc++;
  return cell;
}

/** LOAD_BUILD_CLASS + CALL: body function, bases and keyword values owned. */
function buildClass(body: PyObject, name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  try {
    return buildClassImpl(body, name, args, kwnames);
  } finally {
    releaseArgs(args);
    decref(body);
  }
}

/** builtins.__build_class__ as an object: the callable CALL_FUNCTION_EX names in its errors. */
let buildClassObj: PyObject | null = null;
function buildClassFn(): PyObject {
  if (buildClassObj === null) {
    buildClassObj = newBuiltin('__build_class__', () => { throw new Error('not called'); }, null, 'builtins', true);
    gcUntrack(buildClassObj);
  }
  return buildClassObj;
}

/** LOAD_BUILD_CLASS ... CALL_FUNCTION_EX: `callargs` is (body, name, *bases), `kw` the keyword
 * dict or null (both owned). PyVectorcall_Call hands __build_class__ the tuple's items, and with
 * keywords goes through _PyStack_UnpackDict: an array holding a reference to every argument and
 * a tuple of the keyword names. */
function buildClassEx(callargs: PyObject, kw: PyObject | null): PyObject {
  try {
    if (kw !== null && kw.t !== T.dict) {
      const k = kw;
      kw = null;
      kw = exKwDict(buildClassFn(), k);
    }
    if (kw !== null) for (const [k] of dictEntries(kw)) if (k.t !== T.str) throw new NotSimulated('a class statement keyword that is not a str', ST.line);
    const items = callargs.v as PyObject[];
    const keys: PyObject[] = [];
    const vals: PyObject[] = [];
    if (kw !== null) {
      for (const [k, v] of dictEntries(kw)) {
        keys.push(k);
        vals.push(v);
      }
    }
    const body = items[0];
    const name = items[1].v as string;
    const args = [...items.slice(2), ...vals];
    if (keys.length === 0) return buildClassImpl(body, name, args, null);
    const all = [...items, ...vals];
    const bytes = 8 * (all.length + (P.minor >= 10 ? 1 : 0));
    const addr = allocBuffer(bytes);
    const kwnames = newTuple(keys.map((k) => (k.rc++, k)));
    for (const a of all) a.rc++;
    try {
      return buildClassImpl(body, name, args, keys.map((k) => k.v as string), keys);
    } finally {
      for (const a of all) decref(a);
      freeBuffer(addr, bytes);
      decref(kwnames);
    }
  } finally {
    decref(callargs);
    if (kw !== null) decref(kw);
  }
}

// ---------------------------------------------------------------- exceptions

/** RAISE_VARARGS: exc and cause owned (cause may be null). */
function doRaise(exc: PyObject, cause: PyObject | null): never {
  let inst: PyObject;
  if (isType(exc)) {
    if (!isSubtype(exc, T.BaseException)) {
      decref(exc);
      xdecref(cause);
      raise(T.TypeError, 'exceptions must derive from BaseException');
    }
    inst = call(exc, [], null);
    decref(exc);
    if (!isSubtype(inst.t, T.BaseException)) {
      const tn = typeName(inst);
      decref(inst);
      xdecref(cause);
      raise(T.TypeError, `calling ${(exc.v as TypeInfo).name} should have returned an instance of BaseException, not ${tn}`);
    }
  } else if (isSubtype(exc.t, T.BaseException)) {
    inst = exc;
  } else {
    decref(exc);
    xdecref(cause);
    raise(T.TypeError, 'exceptions must derive from BaseException');
  }
  // CPython normalises the raised exception with PyObject_IsSubclass(type(value), type) (3.8-3.11
  // when a handler takes it, 3.12+ in _PyErr_SetObject): a metaclass's __subclasscheck__ (ABCMeta's
  // fills its cache) runs then, which HeapLens does not do
  const meta = inst.t.t;
  if (meta !== T.type && typeLookup(meta, '__subclasscheck__') !== typeLookup(T.type, '__subclasscheck__')) {
    decref(inst);
    xdecref(cause);
    throw new NotSimulated(`raising an instance of ${(inst.t.v as TypeInfo).name}, whose metaclass defines __subclasscheck__`, ST.line, "CPython's exception normalisation calls it (PyObject_IsSubclass of the exception's class against itself)");
  }
  if (cause !== null) {
    let c: PyObject | null = cause;
    if (isType(cause)) {
      c = call(cause, [], null);
      decref(cause);
    } else if (cause === S.None) {
      decref(cause);
      c = null;
    } else if (!isSubtype(cause.t, T.BaseException)) {
      decref(cause);
      decref(inst);
      raise(T.TypeError, 'exception causes must derive from BaseException');
    }
    const ed = inst.v as ExcData;
    const old = ed.cause;
    ed.cause = c;
    ed.suppressContext = true;
    xdecref(old);
  }
  throw new PyErr(inst);
}

/** A bare `raise`: re-raise the exception being handled. */
/** A bare `raise`: the exception being handled again. It goes on without a traceback entry for
 * this frame (RAISE_VARARGS 0 unwinds without PyTraceBack_Here); callers add theirs. */
function reraise(f: Frame): never {
  const top = excStack.length > 0 ? excStack[excStack.length - 1] : null;
  if (top === null || top === S.None) raise(T.RuntimeError, 'No active exception to reraise');
  top.rc++;
  const e = new PyErr(top, true);
  e.lastFrame = f;
  throw e;
}

function assertFail(msg: PyObject | null): never {
  if (msg === null) raise(T.AssertionError);
  try {
    raiseWith(T.AssertionError, msg);
  } finally {
    decref(msg);
  }
}

/** The `except T:` test (CHECK_EXC_MATCH). */
function excMatch(exc: PyObject, t: PyObject): boolean {
  const valid = (x: PyObject): void => {
    if (!isType(x) || !isSubtype(x, T.BaseException)) {
      raise(T.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
  };
  if (t.t === T.tuple) {
    // every item of the tuple is checked before any is matched (an exception class each: a
    // nested tuple is refused too)
    const items = t.v as PyObject[];
    for (const x of items) valid(x);
    for (const x of items) if (excMatches(exc, x)) return true;
    return false;
  }
  valid(t);
  return excMatches(exc, t);
}

/** CHECK_EG_MATCH: [rest, match] (see excobject.ts egMatch); a match becomes the exception handled. */
function egMatchRt(exc: PyObject, t: PyObject): [PyObject, PyObject] {
  return egMatch(exc, t, setHandledExc);
}

/** The RERAISE ending an except* statement: the exception goes on without a traceback entry for
 * this frame and without chaining (owns `v`). */
function reraiseStar(v: PyObject, f: Frame): never {
  const e = new PyErr(v, true);
  e.lastFrame = f;
  throw e;
}

/** Release the exception a PyErr owns (it was handled or superseded). */
function dropErr(e: PyErr): void {
  const x = e.exc;
  if (x !== null) {
    e.exc = null as unknown as PyObject;
    decref(x);
  }
}

/** An exception raised in (or passing through) frame `f` reaches one of its handlers: its
 * traceback entry for the frame (PyTraceBack_Here, made where it was raised), and, unless
 * `normalise` is false (a 3.8/3.10 except-handler block popped on the way), the normalisation
 * that makes a PyErr_SetNone exception (3.8-3.11) at this point. */
function tb(e: PyErr, f: Frame, normalise = true): void {
  addTraceback(e, f);
  if (normalise) materializeExc(e.exc);
}

// ---------------------------------------------------------------- with

/** BEFORE_WITH / SETUP_WITH: returns [bound __exit__, __enter__() result]; mgr owned. */
function withEnter(mgr: PyObject): [PyObject, PyObject] {
  try {
    const enter = lookupSpecialBound(mgr, '__enter__');
    if (enter === null) {
      if (P.minor >= 11) raise(T.TypeError, `'${typeName(mgr)}' object does not support the context manager protocol`);
      raise(T.AttributeError, '__enter__');
    }
    const exit = lookupSpecialBound(mgr, '__exit__');
    if (exit === null) {
      decref(enter);
      if (P.minor >= 11) raise(T.TypeError, `'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
      raise(T.AttributeError, '__exit__');
    }
    decref(mgr);
    mgr = null as unknown as PyObject;
    let res: PyObject;
    try {
      res = call(enter, [], null);
    } catch (e) {
      decref(exit);
      throw e;
    } finally {
      decref(enter);
    }
    return [exit, res];
  } finally {
    if (mgr !== null) decref(mgr);
  }
}

function lookupSpecialBound(o: PyObject, name: string): PyObject | null {
  const descr = typeLookup(o.t, name);
  if (descr === null) return null;
  const dti = descr.t.v as TypeInfo;
  if (dti.descrGet !== null) return dti.descrGet(descr, o, o.t);
  descr.rc++;
  return descr;
}

/** __exit__(None, None, None) after a normal exit; exit owned. */
function withExitOk(exit: PyObject): void {
  // 3.12+: a CALL whose bound __exit__ method is unpacked and run inline when it is a Python
  // function, without the eval-breaker check that follows a builtin's
  const inline = exit.t === T.method && (exit.v as PyObject).t === T.function;
  try {
    const r = call(exit, [S.None, S.None, S.None], null);
    decref(r);
  } finally {
    decref(exit);
  }
  if (ST.gcPending && !inline) runPendingGc();
}

/** __exit__(type, value, tb) while an exception unwinds; true if it suppressed it. The
 * exception PyErr keeps its reference unless suppressed. exit owned. `lasti`: the handler's
 * `lasti` int may be a new block (lastiInt), alive while __exit__ runs. */
function withExitExc(exit: PyObject, e: PyErr, lasti = false): boolean {
  const exc = e.exc;
  const end = lasti ? tmTransient(LASTI_WHY) : null;
  pushExcState(exc, true);
  let suppress: boolean;
  let raised = false;
  try {
    const ed = exc.v as ExcData;
    const tb0 = ed.tb;
    const r = call(exit, [exc.t, exc, ed.tb ?? S.None], null);
    suppress = truthy(r);
    decref(r);
    // 3.8/3.10 re-raise the (type, value, traceback) triple the value stack holds: an __exit__
    // that caught and re-raised the exception inside (contextlib's, through the generator) left
    // its own frames in the exception's __traceback__, which the re-raise replaces with the
    // stack's (the exception state pushed above keeps it alive)
    if (!suppress && P.minor <= 10 && ed.tb !== tb0) {
      const cur = ed.tb;
      ed.tb = tb0 === null ? null : (tb0.rc++, tb0);
      xdecref(cur);
    }
  } catch (err) {
    raised = err instanceof PyErr;
    throw err;
  } finally {
    popExcState(true);
    decref(exit);
    if (end !== null) end();
    // __exit__ raised: unwinding pops the body's exception off the value stack (its
    // reference is gone; the new exception's __context__ holds its own)
    if (raised) dropErr(e);
  }
  if (suppress) dropErr(e);
  return suppress;
}

// ---------------------------------------------------------------- imports, gc, generators

function importName(name: string, line: number, fromlist = false): PyObject {
  return importModule(name, line, fromlist);
}

function importFrom(mod: PyObject, name: string): PyObject {
  const r = getAttrOrNull(mod, name);
  if (r === null) importFromError(mod, name);
  return r;
}

/** import_from's failure (Python/ceval.c): PyErr_SetImportError(msg, module.__name__, path) — the
 * message names the module's file (`(unknown location)` for a module built into the
 * interpreter), `name` is the module's name, `path` its file; 3.12+ also sets `name_from`. A
 * file's path depends on the installation: the exception is raised, but reading its message,
 * args or path stops the run. */
function importFromError(mod: PyObject, name: string): never {
  const md = mod.v as { name: string; fromFile: boolean };
  const pkgname = dictGetStr(mod.d as PyObject, '__name__');
  const shown = pkgname !== null && pkgname.t === T.str ? (pkgname.v as string) : '<unknown module name>';
  tmPeakInexact('the message of an ImportError made by import_from');
  const msg = newStr(`cannot import name '${name}' from '${shown}' (${md.fromFile ? `${shown}.py` : 'unknown location'})`);
  let e: PyObject;
  try {
    e = newException(T.ImportError, [msg]);
  } finally {
    decref(msg);
  }
  const d = e.v as ExcData;
  d.set('name', pkgname);
  if (md.fromFile) {
    const path = newStr(`${md.name}.py`);
    d.set('path', path);
    decref(path);
    markInstallationText(e, "it names the module's file, which depends on the installation");
  }
  if (P.minor >= 12) {
    // the co_names entry (interned with the code object)
    const n = internedOrNew(name);
    d.set('name_from', n);
    decref(n);
  }
  throw new PyErr(e);
}

function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function runPendingGc(): void {
  ST.gcPending = false;
  collectScheduled();
}

/** 3.12+: a CALL instruction's eval-breaker check after the call returned, which runs a
 * collection scheduled meanwhile. A Python function called by CALL runs inline in the same
 * interpreter loop and returns without that check (the caller's next check point runs it), as do
 * some specialised calls of builtins (Site.brk). */
function gcAfterCall(site: Site | null): void {
  if (site === null || site.brk === 0) runPendingGc();
  else if (site.brk === 2) throw new NotSimulated('a collection scheduled during a call at a site that has called several kinds of callables (whether CPython runs it right after the call depends on the state of its specialising interpreter)', ST.line);
}

/** CALL_FUNCTION_EX's check: skipped when a Python function ran inline (3.12+). */
function gcAfterCallEx(fn: PyObject): void {
  if (!(fn.t === T.function && P.callExMovesArgs)) runPendingGc();
}

function frozensetFromTuple(t: PyObject): PyObject {
  return newFrozenSetFrom(t);
}

function notSimulated(what: string, line: number): never {
  throw new NotSimulated(what, line);
}

/** LOAD_ATTR: the object is noted so that a property getter it reaches knows a LOAD_ATTR called
 * it (3.12+: LOAD_ATTR_PROPERTY, recursion.ts's frameEntry.maybeInline). */
function loadAttr(o: PyObject, name: string, site: Site | null = null): PyObject {
  if (P.minor < 12 || site === null) return getAttr(o, name);
  const prevObj = frameEntry.loadAttrObj, prevSite = frameEntry.loadAttrSite;
  frameEntry.loadAttrObj = o;
  frameEntry.loadAttrSite = site;
  try {
    return getAttr(o, name);
  } finally {
    // a load that reached no property getter: the site specialises for something else
    if (frameEntry.loadAttrSite === site && frames.length > 0) pySiteNote(site, frames[frames.length - 1].code, `o${o.t.a}`);
    frameEntry.loadAttrObj = prevObj;
    frameEntry.loadAttrSite = prevSite;
  }
}

/** The helper object generated code destructures (names are the JS identifiers it uses). */
export const RT = {
  ST, S, PyErr, dealloc, step, tline, NameCache, MethodCache, callArgsJoin38,
  loadName, storeName, delName, setupAnnotations, storeAnnotation, loadGlobal, storeGlobal, delGlobal, loadClassDeref,
  unboundLocal, cellGet, cellGetOwn, cellSet, cellDel, newCell,
  getAttr: loadAttr, setAttr, getItem, setItem, delItem, storeSubscr, StoreSubscrSite,
  add, addSteal, sub, mul,
  truediv: binop('truediv'), floordiv: binop('floordiv'), mod: binop('mod'), pow: binop('pow'),
  lshift: binop('lshift'), rshift: binop('rshift'), and: binop('and'), or: binop('or'), xor: binop('xor'), matmul: binop('matmul'),
  inplace, unary, truthy, compare, contains, getIter, iterNext, forIter,
  unpack, unpackEx,
  buildTuple, buildList, buildSet, buildMap, buildConstKeyMap, buildSlice, buildString, formatValue,
  listFromConst, setFromConst, listExtend, listAppendSteal, setUpdate, setAddSteal, listToTuple,
  dictUpdate, mapAdd, dictMergeKw, dictSetKw, buildMapUnpack38, buildUnpack38, buildMapUnpackWithCall38, kwKey, mapAddKw,
  loadMethod, callv, callm, callEx, Site, UnpackSite, BinopSite, strIadd, SuperSite, superAttr,
  makeFunction, classPrologue, classCellResult, buildClass, buildClassEx, buildClassFn,
  doRaise, reraise, assertFail, excMatch, dropErr, tb, newList, egMatch: egMatchRt, prepReraiseStar, reraiseStar,
  pushExc: pushExcState, popExc: popExcState,
  withEnter, withExitOk, withExitExc, lastiInt,
  importName, importFrom, runPendingGc, gcAfterCall, gcAfterCallEx,
  yieldFromIter, yieldFrom: yieldFromImpl,
  frozensetFromTuple, notSimulated,
  matchSequence, matchMapping, getLen, matchClass, matchKeys, copyDictWithoutKeys,
  /** The builtins dict (set by init). */
  builtins: undefined as unknown as PyObject,
};

export { newBool, pyLen, newException, dictGet, EMPTY_TUPLE, newListPrealloc };
