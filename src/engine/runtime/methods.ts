// Builtin methods: method descriptors stored in builtin types' dicts (Objects/descrobject.c),
// and argument checking with CPython's messages.
import type { BuiltinCallee } from './recursion';
import { PyObject, F_RUNTIME } from './object';
import { P, T, NotSimulated, ST, keywordCall, decref } from './core';
import { callHooks } from './abstract';
import { bestMatch } from './suggest';
import { kindOf } from './recursion';
import type { TypeInfo } from './types';
import { raise } from './exc';
import { dictSetStr } from './dict';
import { newBuiltin, type BuiltinImpl } from './func';
import { parserInit, failedPositionalCall } from './kwparsers';

export type MethodFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export class MethodDescr {
  /** How the recursion accounting sees it (recursion.ts), made on the first call. */
  callee: BuiltinCallee | undefined = undefined;
  constructor(public name: string, public fn: MethodFn, public owner: PyObject) {}
}

/** Method descriptors and builtins that stand in for functions CPython defines in Python
 * (Counter's methods, what namedtuple() generates): calling them is simulated, but their other
 * attributes (__code__, __doc__, __module__, __defaults__, ...) are a Python function's in
 * CPython, so reading one stops the run. Keys: their MethodDescr / BuiltinData payloads. */
export const pythonStandIns = new WeakSet<object>();

/** Types whose instances stand in for Python functions of a standard-library module HeapLens runs
 * as TypeScript (functools'): type() of one would be `function` in CPython, so it stops. */
export const pythonStandInTypes = new WeakMap<PyObject, string>();

/** The attribute read on a stand-in for a Python function: only its __name__ (and, where it is
 * the same, __qualname__ / __self__) is answered. */
export function guardStandIn(payload: object, what: string, name: string, allowed: readonly string[]): void {
  if (pythonStandIns.has(payload) && !allowed.includes(name)) {
    throw new NotSimulated(`${what}.${name}`, ST.line, 'CPython defines it as a Python function (Lib/collections/__init__.py), which HeapLens runs as a builtin');
  }
}

/** Add method descriptors to a builtin type's dict. */
export function defMethods(type: PyObject, defs: Record<string, MethodFn>): void {
  const ti = type.v as TypeInfo;
  for (const name of Object.keys(defs)) {
    const d = new PyObject(T.method_descriptor, new MethodDescr(name, defs[name], type), null, 1 | F_RUNTIME);
    dictSetStr(ti.dict, name, d);
    d.rc--;
  }
}

/** Add class methods (e.g. dict.fromkeys) as classmethod_descriptor objects. */
export function defClassMethods(type: PyObject, defs: Record<string, MethodFn>): void {
  const ti = type.v as TypeInfo;
  for (const name of Object.keys(defs)) {
    const d = new PyObject(T.classmethod_descriptor, new MethodDescr(name, defs[name], type), null, 1 | F_RUNTIME);
    dictSetStr(ti.dict, name, d);
    d.rc--;
  }
}

/** Plain attributes of a builtin type (constants, nested types). `v` is borrowed. */
export function defAttr(type: PyObject, name: string, v: PyObject): void {
  dictSetStr((type.v as TypeInfo).dict, name, v);
}

/** A builtin function object for a module or the builtins namespace. */
export function builtinFunction(name: string, fn: BuiltinImpl, module: string | null): PyObject {
  return newBuiltin(name, fn, null, module, true);
}

// ---------------------------------------------------------------- argument checks

/** The builtin being called: from 3.10 the vectorcall argument checks of builtin methods name it
 * by _PyObject_FunctionStr ("list.append() takes exactly one argument (0 given)", "sys.intern()
 * ...", plain "len()" for builtins). Set by the call paths of method descriptors and builtin
 * functions (callBuiltinFn); a check qualifies its message only when it names the builtin being
 * called, so a check made by something else while it runs (a type's constructor) is unaffected. */
const CALLEE = { owner: null as string | null, name: '' };

/** Call a builtin's implementation with CALLEE naming it (`owner`: the type name for a method, the
 * module name for a module function, null for a builtins function). On every builtin call: keep
 * it to two stores; messages format the name only when they are raised. */
/** 3.13's METH_FASTCALL methods whose Argument Clinic parser packs `*args` into a new tuple
 * (PyTuple_New) before calling the implementation (Objects/clinic/setobject.c.h,
 * Modules/clinic/gcmodule.c.h). */
const CLINIC_STAR_ARGS = new Set([
  'set.update', 'set.union', 'set.intersection', 'set.intersection_update', 'set.difference_update', 'set.difference',
  'frozenset.union', 'frozenset.intersection', 'frozenset.difference', 'gc.get_referrers', 'gc.get_referents',
]);

/** Whether the builtin `name` of `kindOwner` is METH_VARARGS (or, with `packed`, one of 3.13's
 * clinic parsers that pack *args): static per implementation and version, so remembered on `fn`
 * (every builtin call asks; the string-keyed lookup cost a twentieth of w1's run). */
const packCache = new WeakMap<object, { minor: number; owner: string; packed: boolean; varargs: boolean }>();
function packsArgs(fn: object, kindOwner: string, name: string, packed: boolean): boolean {
  const c = packCache.get(fn);
  if (c !== undefined && c.minor === P.minor && c.owner === kindOwner && c.packed === packed) return c.varargs;
  const varargs = kindOf(kindOwner, name) === 'varargs' || (packed && P.minor >= 13 && CLINIC_STAR_ARGS.has(`${kindOwner}.${name}`));
  packCache.set(fn, { minor: P.minor, owner: kindOwner, packed, varargs });
  return varargs;
}

export function callBuiltinFn<S>(owner: string | null, name: string, fn: (self: S, args: PyObject[], kw: string[] | null) => PyObject, self: S, args: PyObject[], kw: string[] | null, pack: string | null = null): PyObject {
  const o = CALLEE.owner, n = CALLEE.name;
  CALLEE.owner = owner;
  CALLEE.name = name;
  // a call with keywords uses the builtin's argument parser: its first use may build the
  // parser's keyword tuple (kwparsers.ts)
  if (kw !== null && kw.length > 0) parserInit(owner === null ? `${name}()` : `${owner}.${name}()`);
  // (print's parser: builtins.ts)
  // (METH_FASTCALL|METH_KEYWORDS builtins parse with a cached _PyArg_Parser; METH_VARARGS ones
  // with PyArg_ParseTupleAndKeywords, which keeps nothing)
  // `pack`: the owner (type or module) whose PyMethodDef tells whether the call packs its
  // arguments, when nothing before packed them
  const varargs = (pack !== null || (kw !== null && kw.length > 0 && P.minor <= 11)) && packsArgs(fn, pack ?? owner ?? 'builtins', name, pack !== null);
  if (kw !== null && kw.length > 0 && P.minor <= 11 && !(owner === null && name === 'print') && !varargs) keywordCall(owner === null ? `${name}()` : `${owner}.${name}()`);
  // A METH_VARARGS method gets its positional arguments as a tuple (method_vectorcall_VARARGS,
  // or _PyObject_MakeTpCall for a bound one) and its keywords as a dict (_PyStack_AsDict), made
  // before it runs and released after
  let tuple: PyObject | null = null;
  let kwd: PyObject | null = null;
  if (pack !== null && varargs) {
    const nkw = kw === null ? 0 : kw.length;
    tuple = callHooks.tuple(args.slice(0, args.length - nkw));
    if (nkw > 0) {
      try {
        kwd = callHooks.kwdict(args.slice(args.length - nkw), kw as string[]);
      } catch (e) {
        decref(tuple);
        throw e;
      }
    }
  }
  const prevTuple = varargsCall.tuple;
  const prevKwd = varargsCall.kwd;
  varargsCall.tuple = tuple;
  varargsCall.kwd = kwd;
  try {
    return fn(self, args, kw);
  } catch (e) {
    if (kw === null || kw.length === 0) failedPositionalCall(owner === null ? `${name}()` : `${owner}.${name}()`, e);
    throw e;
  } finally {
    CALLEE.owner = o;
    CALLEE.name = n;
    varargsCall.tuple = prevTuple;
    varargsCall.kwd = prevKwd;
    if (tuple !== null) decref(tuple);
    if (kwd !== null) decref(kwd);
  }
}

/** `name`, qualified as _PyObject_FunctionStr does from 3.`since` when it is the builtin being called. */
export function calleeName(name: string, since = 10): string {
  const owner = CALLEE.owner;
  if (P.minor < since || owner === null || CALLEE.name !== name) return name;
  // an owner given as a qualified name ('=Outer.Inner') is used as it is
  if (owner.startsWith('=')) return `${owner.slice(1)}.${name}`;
  // a dotted owner ('collections.deque', 'os.path') is named by its last part
  return `${owner.slice(owner.lastIndexOf('.') + 1)}.${name}`;
}

/** The argument tuple of the METH_VARARGS builtin running now (gc.get_referrers skips it, as
 * gc_referrers_for skips its own `objs` tuple). */
export const varargsCall: { tuple: PyObject | null; kwd: PyObject | null } = { tuple: null, kwd: null };
// (`kwd`: the keyword dict _PyStack_AsDict made for it, when the call made one)

/** "f() takes no keyword arguments". METH_VARARGS builtins (`varargs`) name the type only from
 * 3.11 (cfunction_call), the vectorcall conventions from 3.10. */
export function noKw(name: string, kwnames: string[] | null, varargs = false): void {
  if (kwnames !== null && kwnames.length > 0) raise(T.TypeError, `${calleeName(name, varargs ? 11 : 10)}() takes no keyword arguments`);
}

/** METH_NOARGS */
export function noArgs(name: string, args: PyObject[], kwnames: string[] | null): void {
  noKw(name, kwnames);
  if (args.length !== 0) raise(T.TypeError, `${calleeName(name)}() takes no arguments (${args.length} given)`);
}

/** METH_O */
export function oneArg(name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKw(name, kwnames);
  if (args.length !== 1) raise(T.TypeError, `${calleeName(name)}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_VARARGS with PyArg_ParseTuple (str.find/count/startswith... up to 3.12): "find() takes at
 * least 1 argument (0 given)"; from 3.`clinicFrom` Argument Clinic's _PyArg_CheckPositional. */
export function tupleArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number, clinicFrom = 13): void {
  if (P.minor >= clinicFrom) {
    argRange(name, args, kwnames, min, max);
    return;
  }
  noKw(name, kwnames, true);
  const n = args.length;
  if (n < min || n > max) {
    const k = n < min ? min : max;
    raise(T.TypeError, `${name}() takes ${min === max ? 'exactly' : n < min ? 'at least' : 'at most'} ${k} argument${k === 1 ? '' : 's'} (${n} given)`);
  }
}

/** _PyArg_CheckPositional / PyArg_UnpackTuple */
export function argRange(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKw(name, kwnames);
  const n = args.length;
  if (n < min) {
    if (min === max) raise(T.TypeError, `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    raise(T.TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (min === max) raise(T.TypeError, `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    raise(T.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/** Split vectorcall args into positional values and a keyword map (all borrowed). */
/** Shared by every call without keywords: read-only by convention (only splitArgs fills maps). */
const NO_KEYWORDS: Map<string, PyObject> = new Map();

export function splitArgs(args: PyObject[], kwnames: string[] | null): [PyObject[], Map<string, PyObject>] {
  if (kwnames === null || kwnames.length === 0) return [args, NO_KEYWORDS];
  const npos = args.length - kwnames.length;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
  return [args.slice(0, npos), kw];
}

/** getargs.c's error for a keyword a builtin does not take: up to 3.12 "'k' is an invalid keyword
 * argument for f()"; 3.13 "f() got an unexpected keyword argument 'k'" with a "Did you mean" among
 * the parameters that take keywords (`names`). `legacy` keeps the old message on 3.13 too. */
export function badKeyword(fname: string, k: string, names: string[], legacy = false): never {
  if (P.minor < 13 || legacy) raise(T.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
  const m = bestMatch(k, names);
  raise(T.TypeError, `${fname}() got an unexpected keyword argument '${k}'${m === null ? '' : `. Did you mean '${m}'?`}`);
}

export interface ParseOpts {
  /** how many of the names are positional-only (before `/`) */
  posonly?: number;
  /** keep 3.12's "invalid keyword argument" message on 3.13 */
  legacyKwMessage?: boolean;
}
const NO_OPTS: ParseOpts = {};

/** Argument Clinic-style parsing: positional-or-keyword parameters by name. Returns one slot per
 * name (null where not given). */
export function parseArgs(fname: string, args: PyObject[], kwnames: string[] | null, names: string[], required: number, kwOnlyFrom = names.length, opts: ParseOpts = NO_OPTS): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  const maxPos = kwOnlyFrom < names.length ? kwOnlyFrom : names.length;
  const posonly = opts.posonly ?? 0;
  // _PyArg_UnpackKeywords' checks, in its order
  if (npos + nkw > names.length) {
    raise(T.TypeError, `${fname}() takes at most ${names.length} ${npos === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > maxPos) {
    if (maxPos === 0) raise(T.TypeError, `${fname}() takes no positional arguments`);
    raise(T.TypeError, `${fname}() takes ${Math.min(required, maxPos) < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  const minPosonly = Math.min(posonly, required);
  if (npos < minPosonly) {
    raise(T.TypeError, `${fname}() takes ${minPosonly < maxPos ? 'at least' : 'exactly'} ${minPosonly} positional argument${minPosonly === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let j = 0; j < nkw; j++) {
    const k = (kwnames as string[])[j];
    const i = names.indexOf(k);
    if (i < posonly) badKeyword(fname, k, names.slice(posonly), opts.legacyKwMessage);
    if (out[i] !== null) raise(T.TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = args[npos + j];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) raise(T.TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
