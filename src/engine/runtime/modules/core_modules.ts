// The sys, gc and weakref modules.
import { PyObject, F_TRACKED, F_GC, F_RUNTIME } from '../object';
import { P, R, T, NotSimulated, notSimulatedUnless, decref, incref, reportedRefcount, ST, constRefsUnknown, referentsUnknown, MERGED_CONSTS, gcUntrack, allocBlock, freeBlock, gcCountFree, gcAllocHook, tmInexact } from '../core';
import type { TypeInfo } from '../types';
import { isSubtype, typeName, isType } from '../types';
import { raise } from '../exc';
import { S, call, lookupSpecial, indexJs, newBool, getIter, iterNext, index as pyIndex, repr as pyRepr } from '../abstract';
import { dictSetStr, dictGetStr, dictDelStr, dictEntriesHashed, mayBeTracked, type DictData } from '../dict';
import { strRepr } from '../../util/repr';
import { newStr, internStr, internInPlace, startInternedRefsUnknown, isInterned, globalStrings, importChangedCount } from '../str';
import { F_IMMORTAL, F_STATIC } from '../object';
import { seedDependentBaseline } from '../../profiles/baselines';
import { newInt, newIntSsize, newFloat } from '../numbers';
import { newTuple, tupleAllocSize, EMPTY_TUPLE } from '../tuple';
import { emptyBytes, isByteChar } from '../bytes';
import { newList, listAppendSteal } from '../list';
import { newDict } from '../dict';
import { builtinFunction, oneArg, noArgs, argRange, parseArgs, defMethods, varargsCall } from '../methods';
import { defGetters } from '../slotwrappers';
import { newModuleType, addSlotDunders, setTypeBaseline } from './array';
import { registerModule, constRefsUnknownModules, gcCountsUnknown } from './registry';
import { gcCollect, gcFreeze, gcUnfreeze, gcFreezeCount, gcState, trackedObjects, referentsOf, traverseOrder, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK } from '../gc';
import { newWeakref, newProxy, weakrefCount, weakrefsOf } from '../weakrefs';
import { installWeakValueDictionary, wvdFreedByCollection, pruneFreedWeakFns, isWvdIterator } from './weakdict';
import { installWeakMethod, installFinalize } from './weakmethod';
import { excStack } from '../traceback';
import { ExcData, groupPreHeader } from '../exc';
import { callStack, materialiseFrame, stopIfSizeUnknown, type BuiltinData } from '../func';
import { preHeaderBytes, builtinMethodOf, releaseBuiltinMethod, defReadonlyMembers, MemberData } from '../classes';
import { formatMallocStats } from '../../memory/mallocstats';
import { stdoutWrite, stderrWrite, streamFlush } from '../stdio';
import { freeListStats } from '../freelists';
import { partialLists } from '../iters';

/** Iterating gc.get_objects()'s list on 3.11 (see get_objects). */
function getObjectsIterated(): void {
  const what = 'iterating gc.get_objects()';
  const why = "on 3.11 CPython's list also holds the objects its start-up left (enum classes among them, whose attribute lookups, isinstance()'s included, allocate), which HeapLens does not have";
  gcCountsUnknown(what, why);
}

type Fn = (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject;

/** `module` is the function's __module__ when it differs from the module's name (weakref's functions
 * are _weakref's; 3.10+ error messages name it). */
function def(mod: PyObject, name: string, fn: Fn, module: string = (mod.v as { name: string }).name): void {
  const f = builtinFunction(name, fn, module);
  dictSetStr(mod.d as PyObject, name, f);
  decref(f);
}

function setInt(mod: PyObject, name: string, v: number): void {
  const o = newInt(v);
  dictSetStr(mod.d as PyObject, name, o);
  decref(o);
}

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

/** sys.getsizeof: __sizeof__() + the GC head + the pre-header of managed dict/weakref types. */
export function getsizeof(o: PyObject): number {
  const ti = o.t.v as TypeInfo;
  if (P.minor >= 11 && o === T.ExceptionGroup) throw new NotSimulated('the size of the type object ExceptionGroup (a heap type in CPython)', ST.line);
  // a module's own types are static or heap types depending on the version and module
  if (isType(o) && !(o.v as TypeInfo).heap && (o.v as TypeInfo).module !== 'builtins') {
    throw new NotSimulated(`the size of the type object '${(o.v as TypeInfo).name}'`, ST.line);
  }
  stopIfSizeUnknown(o, false);
  if (isWvdIterator(o)) throw new NotSimulated('the size of a WeakValueDictionary iterator (a generator in CPython)', ST.line);
  const custom = ti.heap ? lookupSpecial(o, '__sizeof__') : null;
  if (custom !== null && custom.t === T.method) {
    const r = call(custom, []);
    decref(custom);
    if (r.t !== T.int) {
      decref(r);
      raise(T.TypeError, 'an integer is required');
    }
    const size = r.v as number;
    decref(r);
    if (size < 0) raise(T.ValueError, '__sizeof__() should return >= 0');
    return size + gcOverhead(o);
  }
  if (custom !== null) {
    decref(custom);
    return objectSize(o);
  }
  // _PyObject_LookupSpecial(o, '__sizeof__'): the builtin method bound to o, then called
  // (its result an int made by PyLong_FromSsize_t, released once read)
  const m = builtinMethodOf('__sizeof__', o);
  let r: PyObject;
  try {
    r = newIntSsize(ti.sizeof(o));
  } finally {
    releaseBuiltinMethod(m);
  }
  decref(r);
  return objectSize(o);
}

/** sys.getsizeof as the object's own type computes it, without calling Python code (a class's
 * own `__sizeof__` is not consulted): what the tracer shows. */
export function objectSize(o: PyObject): number {
  return (o.t.v as TypeInfo).sizeof(o) + gcOverhead(o);
}

/** What sys.getsizeof adds to __sizeof__: the PyGC_Head and, for heap types with a managed
 * dict or weakref list, the pre-header. */
function gcOverhead(o: PyObject): number {
  const ti = o.t.v as TypeInfo;
  let size = 0;
  // a type object's type is `type` or a metaclass (a heap type deriving from it)
  // (a static type has no GC head, but 3.11/3.12 add the pre-header of its type, `type`)
  const maybeType = o.t === T.type || (ti.heap && ti.solid === T.type);
  if (ti.gc && !(maybeType && isType(o) && !(o.v as TypeInfo).heap && P.minor !== 11 && P.minor !== 12)) size += 16;
  if (ti.heap) size += preHeaderBytes(o.t);
  else size += groupPreHeader(o.t);
  return size;
}

/** The type of the sys.stdout / sys.stderr stand-ins (per run). */
let stdStreamType: PyObject | null = null;

/** sys.stdout / sys.stderr: stand-ins of type _io.TextIOWrapper whose write() goes to the
 * run's output; print() recognises them by their `stream` tag. */
function stream(name: string, type: PyObject): PyObject {
  return new PyObject(type, { stream: name }, null, F_RUNTIME);
}

function textIOWrapperType(): PyObject {
  // CPython's MRO: TextIOWrapper, _TextIOBase, _IOBase, object. The bases stand in by name, so a
  // lookup of what they define in CPython (writelines, __enter__, readlines, ...) stops instead
  // of raising an AttributeError CPython would not (abstract.ts guardUnsimulatedAttr)
  const ioBase = newModuleType('_io._IOBase', '_io', () => {});
  const textBase = newModuleType('_io._TextIOBase', '_io', () => {}, ioBase);
  const t = newModuleType('_io.TextIOWrapper', '_io', (ti) => {
    // repr shows the stream's name, mode and encoding, which depends on the locale and
    // PYTHONIOENCODING: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
    ti.repr = () => {
      throw new NotSimulated('repr() of sys.stdout/sys.stderr', ST.line, "it shows the stream's encoding, which depends on the locale and PYTHONIOENCODING");
    };
    // object.__sizeof__: the type's basicsize (textio in Modules/_io/textio.c, 192 bytes, 200 from
    // 3.12), with its GC header for sys.getsizeof (no managed dict: 208 and 216 bytes, measured)
    ti.gc = true;
    ti.sizeof = () => (P.minor >= 12 ? 200 : 192);
  }, textBase);
  stdStreamType = t;
  // _IOBase's context manager and iterator protocols (__exit__ closes the stream; iterating
  // stdout raises io.UnsupportedOperation), which the stand-in does not reproduce
  const ioProtocol = (name: string) => (): PyObject => {
    throw new NotSimulated(`${name} of sys.stdout/sys.stderr`, ST.line, "_IOBase's method, which HeapLens's stand-in stream does not reproduce");
  };
  (t.v as TypeInfo).iter = ioProtocol('iter()');
  defMethods(t, { __enter__: ioProtocol('__enter__'), __exit__: ioProtocol('__exit__') });
  // (the instance's __dict__ holds mode='w', set by create_stdio)
  defGetters(t, {
    mode: () => {
      throw new NotSimulated('sys.stdout.mode/sys.stderr.mode', ST.line, "an attribute of the stream's own __dict__ in CPython, which HeapLens's stand-in does not have");
    },
  });
  referentsUnknown.set(t, 'sys.stdout and sys.stderr refer to the objects of their io stack (the buffered writer, the encoder, the encoding and errors strings, ...), which HeapLens does not have');
  const out = (self: PyObject): string[] => ((self.v as { stream: string }).stream === 'stderr' ? R.err : R.out);
  defMethods(t, {
    write: (self, args, kw) => {
      const s = oneArg('write', args, kw);
      if (s.t !== T.str && !isSubtype(s.t, T.str)) raise(T.TypeError, `write() argument must be str, not ${typeName(s)}`);
      if (out(self) === R.out) stdoutWrite(s);
      else stderrWrite(s);
      return newInt([...(s.v as string)].length);
    },
    flush: (self, args, kw) => {
      noArgs('flush', args, kw);
      streamFlush(out(self) === R.err);
      return incref(S.None);
    },
  });
  return t;
}

/** A short name for a shared singleton in a message. */
function reprForMessage(o: PyObject): string {
  if (o === S.None) return 'None';
  if (o === S.True) return 'True';
  if (o === S.False) return 'False';
  if (o.t === T.int) return String(o.v);
  if (o.t === T.str) return strRepr(o.v as string);
  return typeName(o);
}

/**
 * Why the count sys.getrefcount would report for `o` is not known (null: it is). The shared
 * singletons of 3.8-3.11 (small ints, 1-char strings) and the interned strings have counts that
 * include references only CPython's own machinery holds: the type attribute cache keeps the name
 * of every type lookup until another lookup, chosen by the randomised string hash, takes its
 * slot; the warnings machinery a shown warning ran keeps its own; some start-up counts differ
 * from run to run (measured: seedDependent).
 */
/** One of the runtime's builtin types (a static type in CPython; T is made per run). */
function isCoreType(o: PyObject): boolean {
  if (!isType(o) || (o.v as TypeInfo).heap) return false;
  return Object.values(T as unknown as Record<string, unknown>).includes(o);
}

const IDENTIFIER_LIKE = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

function refcountUnknown(o: PyObject): string | null {
  const isStr = o.t === T.str;
  // 3.13: an import of a module written in C (gc, math, array, ...) binds its names to the equal
  // interned string, mortal, and its dict (and the import machinery's copy of a single-phase
  // module's dict) hold references HeapLens does not count
  if (isStr && P.minor === 13 && isInterned(o)) {
    const by13 = importChangedCount(o.v as string);
    if (by13 !== null) return `CPython's import of ${by13} binds names equal to this interned string and keeps references to it (the module's dict and the import machinery's copy of it), a count HeapLens does not reproduce`;
  }
  if (o.f & F_IMMORTAL) return null;
  const shared = (o.f & F_STATIC) !== 0 || (isStr && isInterned(o));
  if (!shared && !(isStr && R.rawLookupNames.has(o))) return null;
  if (isStr && R.typeLookupNames.has(o.v as string)) {
    return `CPython's type attribute cache (_PyType_Lookup, Objects/typeobject.c) keeps a reference to the name of each attribute lookup on a type until a later lookup takes its slot, which depends on the string's randomised hash: after ${reprForMessage(o)} was looked up as an attribute its count is not known`;
  }
  // 3.13 imports Lib/warnings.py (with linecache and tokenize) for the first warning shown; the
  // names tuples of those modules' code objects are interned immortal (Objects/codeobject.c,
  // intern_strings), so an identifier-like string interned before may have become immortal
  if (isStr && P.minor === 13 && R.warningsImported && isInterned(o) && IDENTIFIER_LIKE.test(o.v as string)) {
    return `${warningShownText()}: CPython 3.13 imported its warnings machinery (warnings, linecache, tokenize), whose code objects intern their names as immortal strings, and an identifier-like string may be one of them`;
  }
  if (P.immortalRefcnt !== null) return null;
  const by = isStr && isInterned(o) ? importChangedCount(o.v as string) : null;
  if (by !== null) return `CPython's import of ${by} keeps references to an equal interned string (the names and constants of its code objects, the names of its functions and of its types' methods in its dict and in the import machinery's copy of it), a count HeapLens does not reproduce`;
  if (R.arenaRefsUnknown) return "how many references CPython's parser keeps to the program's identifiers and small ints could not be worked out for this program";
  if (R.unicodedataImported) return "CPython's parser imported unicodedata for the program (to normalize a non-ASCII identifier or decode a \\N{...} escape), which holds references of its own";
  if (R.warningShown) return `${warningShownText()}: CPython's warnings machinery (warnings, linecache, tokenize) holds references of its own to small ints and 1-char strings`;
  const key = seedKey(o);
  if (key !== null && seedDependentBaseline(P, key)) return `its count at start-up differs from run to run in CPython ${P.id} (measured with several hash seeds)`;
  return null;
}

const DEV_ALL_REFCOUNTS = typeof process !== 'undefined' && process.env.HEAPLENS_DEV_ALL_REFCOUNTS === '1';

/** "a warning was shown (the SyntaxWarning of line 13)": which one, so a learner can find it
 * (a compile-time warning is shown before the first line runs, far from the count it affects). */
function warningShownText(): string {
  return R.warningFirst ? `a warning was shown (${R.warningFirst})` : 'a warning was shown';
}

/** The key of a shared singleton in the measured baselines (int5, char102, ichar102), or null. */
function seedKey(o: PyObject): string | null {
  if ((o.f & F_STATIC) === 0) return null;
  if (o.t === T.int) return `int${o.v as number}`;
  if (o.t === T.str && (o.v as string).length === 1) {
    const c = (o.v as string).charCodeAt(0);
    return globalStrings().includes(o) ? `ichar${c}` : `char${c}`;
  }
  return null;
}

/** A stop sys.getrefcount(o) makes: CPython's count for `o` is not known now (the reason is in
 * its message), or null. The per-line facts and heap views mark such counts unknown. */
export function refcountStop(o: PyObject): NotSimulated | null {
  if (P.minor >= 11 && o === T.ExceptionGroup) {
    return new NotSimulated('sys.getrefcount(ExceptionGroup)', ST.line, "CPython's ExceptionGroup is a heap type, referred to by each of its instances and by start-up's objects");
  }
  const si = startInternedRefsUnknown(o);
  const constWhy = constRefsUnknown.get(o);
  const why = constWhy ?? (constRefsUnknownModules.has(o) ? 'modules' : si ?? refcountUnknown(o));
  // (scripts/dev/startcounts.mjs compares the counts themselves: one the run would stop at is
  // reported 10**12 higher)
  if (o === EMPTY_TUPLE() && (o.f & F_IMMORTAL) === 0 && R.nestedCode && why === null) {
    return new NotSimulated('sys.getrefcount(())', ST.line, "the program's functions, lambdas, classes and comprehensions are code objects that each hold the () singleton for their empty name tuples (co_names, co_varnames, co_freevars, co_cellvars), which HeapLens does not count");
  }
  if (o === emptyBytes() && (P.minor === 10 || P.minor === 11) && why === null) {
    return new NotSimulated("sys.getrefcount(b'')", ST.line, "CPython 3.10/3.11's code objects (the program's and start-up's) hold the b'' singleton for their empty line and exception tables, which HeapLens does not count");
  }
  if ((P.minor === 10 || P.minor === 11) && why === null && isByteChar(o)) {
    return new NotSimulated(`sys.getrefcount() of a 1-byte bytes object`, ST.line, `CPython ${P.id}'s parser keeps the bytes of each of the program's tokens while the module runs, and a 1-byte one is this shared object: its count includes the program's 1-char tokens (operators, punctuation, 1-letter names), which HeapLens does not reproduce`);
  }
  const imp = R.refsUnknownAfterImport.get(o);
  if (DEV_ALL_REFCOUNTS) return why !== null || imp !== undefined ? DEV_UNKNOWN : null;
  // CPython's builtin types (int, list, type(None), …) are static objects: immortal from 3.12;
  // before, their counts are the references of everything start-up made (each int's type, …)
  if (why === null && isCoreType(o) && (o.f & (F_STATIC | F_IMMORTAL)) === 0 && !R.baselines.has(o)) {
    if (P.immortalRefcnt !== null) return null;
    return new NotSimulated(`sys.getrefcount(${(o.v as TypeInfo).name})`, ST.line, `a builtin type's count in CPython ${P.id} is the references of every object and class start-up made that uses it`);
  }
  if (why === MERGED_CONSTS) return new NotSimulated(MERGED_CONSTS, ST.line);
  if (why === 'modules') return new NotSimulated(`the reference count of ${o.t === T.module ? `the ${(o.v as { name: string }).name} module` : "__main__'s __loader__"}`, ST.line, "the interpreter's own references to it depend on its start-up");
  if (si !== null && why === si) return new NotSimulated(si, ST.line);
  if (why !== null) return new NotSimulated(`sys.getrefcount(${reprForMessage(o)})`, ST.line, why);
  if (imp !== undefined) {
    if (imp.startsWith('?')) {
      return new NotSimulated(`sys.getrefcount(${reprForMessage(o)}) after 'import ${imp.slice(1)}'`, ST.line, `CPython ${P.id}'s import of ${imp.slice(1)} runs code that changes the counts of shared objects like this one by amounts HeapLens has not measured`);
    }
    return new NotSimulated(`sys.getrefcount(${reprForMessage(o)}) after 'import ${imp}'`, ST.line, `CPython ${P.id}'s import of ${imp} changes this object's count by an amount that differs from run to run (the import machinery frees objects of the interpreter's start-up)`);
  }
  return null;
}

/** HEAPLENS_DEV_ALL_REFCOUNTS: the count is reported 10**12 higher instead of stopping. */
const DEV_UNKNOWN = new NotSimulated('(dev) an unknown count');

/** ob_refcnt as sys.getrefcount reports it (with the caller's references): CPython's builtin types
 * are static objects, immortal from 3.12 (HeapLens makes its type objects per run). */
export function observedRefcount(o: PyObject): number {
  if (P.immortalRefcnt !== null && (o.f & (F_STATIC | F_IMMORTAL)) === 0 && isCoreType(o) && !R.baselines.has(o)) return P.immortalRefcnt;
  return reportedRefcount(o);
}

/** observedRefcount's object is immortal (3.12+). */
export function observedImmortal(o: PyObject): boolean {
  return (o.f & F_IMMORTAL) !== 0 || (P.immortalRefcnt !== null && isCoreType(o));
}

/** The refcount facts of an object as the views show them: CPython's count, whether it is
 * immortal, and why the count is not known when sys.getrefcount would stop. */
export function refcountFacts(o: PyObject): { refcount: number; immortal: boolean; refcountUnknown?: string } {
  const stop = refcountStop(o);
  const facts = { refcount: observedRefcount(o), immortal: observedImmortal(o) };
  return stop === null ? facts : { ...facts, refcountUnknown: unknownReason(stop) };
}

/** A stop's reason, for a view that marks the count unknown. */
export function unknownReason(stop: NotSimulated): string {
  return stop.why !== '' ? stop.why : stop.message;
}

registerModule('sys', (m) => {
  def(m, 'getrefcount', (_s, args, kw) => {
    const o = oneArg('getrefcount', args, kw);
    const stop = refcountStop(o);
    if (stop === DEV_UNKNOWN) return newInt(reportedRefcount(o) + 1e12);
    if (stop !== null) throw stop;
    return newIntSsize(observedRefcount(o));
  });
  // METH_VARARGS | METH_KEYWORDS: called through an argument tuple
  def(m, 'getsizeof', (_s, args, kw) => {
    parseArgs('getsizeof', args, kw, ['object', 'default'], 1);
    return newIntSsize(getsizeof(args[0]));
  });
  ((dictGetStr(m.d as PyObject, 'getsizeof') as PyObject).v as BuiltinData).varargs = true;
  def(m, 'getrecursionlimit', (_s, args, kw) => (noArgs('getrecursionlimit', args, kw), newInt(R.recursionLimit)));
  def(m, 'setrecursionlimit', (_s, args, kw) => {
    const n = indexJs(oneArg('setrecursionlimit', args, kw));
    if (n < 1) raise(T.ValueError, 'recursion limit must be greater or equal than 1');
    // the current depth (up to 3.11 with this call's own level) must be below the new limit
    // (3.8: below its low-water mark)
    const mark = P.minor <= 8 ? (n > 200 ? n - 50 : 3 * (n >> 2)) : n;
    if (R.depth >= mark) {
      raise(T.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${R.depth}: the limit is too low`);
    }
    R.recursionLimit = n;
    return none();
  });
  def(m, 'intern', (_s, args, kw) => {
    const s = oneArg('intern', args, kw);
    if (s.t !== T.str) raise(T.TypeError, `intern() argument must be str, not ${typeName(s)}`);
    s.rc++;
    return internInPlace(s, P.interning === 'all-immortal');
  });
  def(m, 'exc_info', (_s, args, kw) => {
    noArgs('exc_info', args, kw);
    const e = excStack.length > 0 ? excStack[excStack.length - 1] : null;
    if (e === null) return newTuple([none(), none(), none()]);
    return newTuple([incref(e.t), incref(e), incref((e.v as ExcData).tb ?? S.None)]);
  });
  // sys.exception() is new in 3.11 (an AttributeError before)
  if (P.minor >= 11)
    def(m, 'exception', (_s, args, kw) => {
      noArgs('exception', args, kw);
      const e = excStack.length > 0 ? excStack[excStack.length - 1] : null;
      return e === null ? none() : incref(e);
    });
  def(m, 'getdefaultencoding', () => newStr('utf-8'));
  def(m, 'is_finalizing', () => newBool(false));
  def(m, '_getframe', (_s, args, kw) => {
    // sys._getframe(depth=0): the frame object of the calling Python frame, made on demand on
    // 3.11+ (_PyFrame_GetFrameObject); 3.8/3.10 frames are objects already.
    const [d] = parseArgs('_getframe', args, kw, ['depth'], 0);
    let depth = d === null ? 0 : indexJs(d);
    let i = callStack.length - 1;
    while (depth > 0 && i >= 0) {
      i--;
      depth--;
    }
    if (i < 0) raise(T.ValueError, 'call stack is not deep enough');
    return incref(materialiseFrame(callStack[i]));
  });
  def(m, 'exit', (_s, args) => {
    const e = call(T.SystemExit, args);
    throw new (require_PyErr())(e);
  });
  // The count includes blocks held by CPython's start-up (installation-dependent), the free lists
  // the script's own compilation filled, and the io buffers `print` fills: neither its value nor
  // the difference between two calls can be reproduced exactly.
  def(m, 'getallocatedblocks', () => {
    throw new NotSimulated('sys.getallocatedblocks()', ST.line, "its count includes blocks held by CPython's start-up, by the free lists compiling the script filled and by print's output buffers, which depend on the installation and the script; sys._debugmallocstats() shows the allocator's pools and blocks");
  });
  def(m, '_debugmallocstats', (_s, args, kw) => {
    noArgs('_debugmallocstats', args, kw);
    if (R.mallocUnknownCall !== '') throw new NotSimulated(`sys._debugmallocstats() after ${R.mallocUnknownCall}`, ST.line, R.mallocUnknownWhy);
    R.err.push(formatMallocStats(R.heap.stats(), P.arenaMap, freeListStats()));
    return incref(S.None);
  });
  def(m, 'get_int_max_str_digits', (_s, args, kw) => (noArgs('get_int_max_str_digits', args, kw), newInt(R.intMaxStrDigits)));
  // sys_set_int_max_str_digits (the 3.8.14+/3.10.7+ backport and 3.11+): a C int, 0 or >= 640
  def(m, 'set_int_max_str_digits', (_s, args, kw) => {
    const [o] = parseArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
    const n = cIntArg(o as PyObject);
    if (n !== 0 && n < 640) raise(T.ValueError, 'maxdigits must be 0 or larger than 640');
    R.intMaxStrDigits = n;
    return none();
  });
  const d = m.d as PyObject;
  // (each held once more by the copy of the sys dict 3.8-3.11 keep: sysValueHolders)
  const sysValues: [string, PyObject][] = [
    ['maxsize', newInt(9223372036854775807n)],
    ['maxunicode', newInt(1114111)],
    ['byteorder', newStr('little')],
    ['float_info', makeFloatInfo()],
    ['int_info', makeIntInfo()],
    ['hash_info', makeHashInfo()],
  ];
  for (const [k, v] of sysValues) {
    dictSetStr(d, k, v);
    v.rc += sysValueHolders(k) - 1;
    decref(v);
  }
  const pl = newStr('linux');
  dictSetStr(d, 'platform', pl);
  decref(pl);
  const tio = textIOWrapperType();
  const out = stream('stdout', tio);
  const err = stream('stderr', tio);
  dictSetStr(d, 'stdout', out);
  dictSetStr(d, 'stderr', err);
  dictSetStr(d, '__stdout__', out);
  dictSetStr(d, '__stderr__', err);
  const argv = newList(R.argv.map((a) => newStr(a)));
  dictSetStr(d, 'argv', argv);
  decref(argv);
  const ver = makeVersionInfo();
  dictSetStr(d, 'version_info', ver);
  decref(ver);
  // (sys.version and sys.hexversion are left out: the build's date and compiler are in the one,
  // and reading either stops as not simulated)
});

/** The release each profile was measured on: its sys.version_info.micro. */
const MICRO: Record<number, number> = { 8: 18, 10: 13, 11: 7, 12: 1, 13: 0 };

/** What else holds sys.version_info at a script's first line (the sys dict included):
 * sys.implementation.version, and on 3.8-3.11 the copy of the sys dict _PyImport_FixupBuiltin
 * keeps (plus, on 3.11, one more), measured. 3.13 adds warnings._deprecated's default argument
 * once a warning imported `warnings` (noteWarningsImported). */
const VERSION_INFO_HOLDERS: Record<number, number> = { 8: 3, 10: 3, 11: 4, 12: 2, 13: 2 };

let versionInfo: PyObject | null = null;

/** A warning loaded Lib/warnings.py (3.13 imports it for the first warning shown). */
export function noteWarningsImported(): void {
  if (P.minor !== 13 || R.warningsImported) return;
  R.warningsImported = true;
  if (versionInfo !== null) versionInfo.rc++;
}

/** One of sys's struct sequences (Objects/structseq.c): its type's qualified name, field names,
 * their member docs, the type's __doc__, whether the type can be called (version_info's tp_new is
 * removed; float_info's, int_info's and hash_info's are structseq_new), and the type's count
 * before 3.12 (sys.getrefcount(type(x)) - 1 at a script's first line, measured; immortal after). */
interface StructSeqSpec {
  name: string;
  fields: string[];
  docs: string[];
  typeDoc: string;
  callable: boolean;
  typeRefs: number;
}

/**
 * A struct sequence instance: a tuple subtype that cannot be subclassed, with READONLY members
 * naming the items, n_fields, n_sequence_fields and n_unnamed_fields, __match_args__ (3.10+) and
 * structseq_repr. Untracked by the collector (PyStructSequence_New does not track), the size of a
 * tuple of its fields. Its type is a static type: immortal from 3.12. `holders` is what else holds
 * the instance at a script's first line (the sys dict included).
 */
function makeStructSeq(spec: StructSeqSpec, values: PyObject[], holders: number): PyObject {
  const fields = spec.fields;
  const vt = newModuleType(spec.name, 'sys', (ti) => {
    // calling float_info/int_info/hash_info's type runs structseq_new (its argument checks and
    // copying are not simulated); version_info's cannot be instantiated
    ti.new = spec.callable
      ? () => {
        throw new NotSimulated(`calling type(${spec.name}) (structseq_new)`, ST.line);
      }
      : null;
    ti.basetype = false;
    // structseq_dealloc: the items first to last, then PyObject_GC_Del (no tuple free list)
    ti.dealloc = (o) => {
      const items = o.v as PyObject[];
      o.v = null;
      for (const x of items) decref(x);
      freeBlock(o, 0);
      gcCountFree();
    };
    ti.repr = (o) => {
      const items = o.v as PyObject[];
      const parts: string[] = [];
      for (let i = 0; i < fields.length; i++) {
        const r = pyRepr(items[i]);
        parts.push(`${fields[i]}=${r.v as string}`);
        decref(r);
      }
      return newStr(`${spec.name}(${parts.join(', ')})`);
    };
  }, T.tuple);
  const vti = vt.v as TypeInfo;
  const members: Record<string, (o: PyObject) => PyObject> = {};
  fields.forEach((f, i) => {
    members[f] = (o) => incref((o.v as PyObject[])[i]);
  });
  defReadonlyMembers(vt, members);
  fields.forEach((f, i) => {
    ((dictGetStr(vti.dict, f) as PyObject).v as MemberData).doc = spec.docs[i];
  });
  const tdoc = newStr(spec.typeDoc);
  dictSetStr(vti.dict, '__doc__', tdoc);
  decref(tdoc);
  // structseq_reduce: (type, (the items as a tuple, {the unnamed fields}))
  defMethods(vt, {
    __reduce__: (self, args, kw) => {
      noArgs('__reduce__', args, kw);
      const items = newTuple((self.v as PyObject[]).map((x) => incref(x)));
      return newTuple([incref(vt), newTuple([items, newDict()])]);
    },
  });
  // 3.13 structseq_replace: keyword arguments only, taken from a copy of the keywords dict
  if (P.minor >= 13) {
    defMethods(vt, {
      __replace__: (self, args, kw) => {
        const nkw = kw === null ? 0 : kw.length;
        if (args.length - nkw > 0) raise(T.TypeError, '__replace__() takes no positional arguments');
        const src = self.v as PyObject[];
        const r = new PyObject(vt, null, null, F_GC);
        allocBlock(r, tupleAllocSize(fields.length));
        gcAllocHook();
        let copy: PyObject | null = null;
        try {
          if (kw !== null) {
            copy = newDict();
            for (let i = 0; i < nkw; i++) dictSetStr(copy, kw[i], args[args.length - nkw + i]);
          }
          const items = fields.map((f, i) => {
            const v = copy === null ? null : dictGetStr(copy, f);
            if (v !== null) {
              v.rc++;
              dictDelStr(copy as PyObject, f);
              return v;
            }
            return incref(src[i]);
          });
          r.v = items;
          const left = copy === null ? [] : dictEntriesHashed(copy).map(([k]) => k.v as string);
          if (left.length > 0) {
            decref(r);
            raise(T.TypeError, `Got unexpected field name(s): [${left.map((k) => strRepr(k)).join(', ')}]`);
          }
          return r;
        } finally {
          if (copy !== null) decref(copy);
        }
      },
    });
  }
  for (const [k, n] of [['n_sequence_fields', fields.length], ['n_fields', fields.length], ['n_unnamed_fields', 0]] as const) {
    const v = newInt(n);
    dictSetStr(vti.dict, k, v);
    decref(v);
  }
  if (P.minor >= 10) {
    const ma = newTuple(fields.map((f) => internStr(f, P.interning === 'all-immortal')));
    dictSetStr(vti.dict, '__match_args__', ma);
    decref(ma);
  }
  addSlotDunders(vt);
  setTypeBaseline(vt, P.minor >= 12 ? 'immortal' : spec.typeRefs);
  const o = newTuple(values);
  o.t = vt;
  gcUntrack(o);
  o.f |= F_RUNTIME;
  o.rc += holders - 1;
  return o;
}

/** sys.version_info: its `micro` that of the release each profile was measured on. */
function makeVersionInfo(): PyObject {
  const o = makeStructSeq({
    name: 'sys.version_info',
    fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'],
    docs: ['Major release number', 'Minor release number', 'Patch release number', "'alpha', 'beta', 'candidate', or 'final'", 'Serial release number'],
    typeDoc: 'sys.version_info\n\nVersion information as a named tuple.',
    callable: false,
    typeRefs: 9,
  }, [newInt(3), newInt(P.minor), newInt(MICRO[P.minor] ?? 0), newStr('final'), newInt(0)], (VERSION_INFO_HOLDERS[P.minor] ?? 1) + (R.warningsImported ? 1 : 0));
  versionInfo = o;
  return o;
}

/** What holds sys.float_info, int_info, hash_info, maxsize, maxunicode and byteorder at a
 * script's first line: the sys dict, and on 3.8-3.11 the copy of it _PyImport_FixupBuiltin keeps
 * (measured: getrefcount 3 on 3.8-3.11, 2 on 3.12+). 3.11's sys.maxsize is held by 7 more. */
function sysValueHolders(name: string): number {
  if (P.minor >= 12) return 1;
  return name === 'maxsize' && P.minor === 11 ? 9 : 2;
}

/** sys.float_info (floatobject.c's PyFloat_GetInfo): IEEE 754 binary64's float.h constants. */
function makeFloatInfo(): PyObject {
  return makeStructSeq({
    name: 'sys.float_info',
    fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
    docs: [
      'DBL_MAX -- maximum representable finite float',
      'DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable',
      'DBL_MAX_10_EXP -- maximum int e such that 10**e is representable',
      'DBL_MIN -- Minimum positive normalized float',
      'DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float',
      'DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float',
      'DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float',
      'DBL_MANT_DIG -- mantissa digits',
      'DBL_EPSILON -- Difference between 1 and the next representable float',
      'FLT_RADIX -- radix of exponent',
      'FLT_ROUNDS -- rounding mode used for arithmetic operations',
    ],
    typeDoc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
    callable: true,
    typeRefs: 16,
  }, [newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307), newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1)], 1);
}

/** sys.int_info (longobject.c's PyLong_GetInfo): 30-bit digits, the int_max_str_digits limits. */
function makeIntInfo(): PyObject {
  return makeStructSeq({
    name: 'sys.int_info',
    fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
    docs: ['size of a digit in bits', 'size in bytes of the C type used to represent a digit', 'maximum string conversion digits limitation', 'minimum positive value for int_max_str_digits'],
    typeDoc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
    callable: true,
    typeRefs: 9,
  }, [newInt(30), newInt(4), newInt(4300), newInt(640)], 1);
}

/** sys.hash_info (sysmodule.c's get_hash_info): 64-bit Py_hash_t, siphash24 until 3.10 and
 * siphash13 from 3.11. */
function makeHashInfo(): PyObject {
  return makeStructSeq({
    name: 'sys.hash_info',
    fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
    docs: [
      'width of the type used for hashing, in bits',
      'prime number giving the modulus on which the hash function is based',
      'value to be used for hash of a positive infinity',
      'value to be used for hash of a nan',
      'multiplier used for the imaginary part of a complex number',
      'name of the algorithm for hashing of str, bytes and memoryviews',
      'internal output size of hash algorithm',
      'seed size of hash algorithm',
      'small string optimization cutoff',
    ],
    typeDoc: 'hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.',
    callable: true,
    typeRefs: 14,
  }, [newInt(64), newInt(2305843009213693951n), newInt(314159), newInt(0), newInt(1000003), newStr(P.minor >= 11 ? 'siphash13' : 'siphash24'), newInt(64), newInt(128), newInt(0)], 1);
}


/** The 'i' converter (_PyLong_AsInt): 3.8 refuses a float first and names a non-integer's type
 * its own way; then the value must fit a C int. */
function cIntArg(o: PyObject): number {
  if (P.minor < 10 && (o.t === T.float || isSubtype(o.t, T.float))) raise(T.TypeError, 'integer argument expected, got float');
  if (P.minor < 10 && !(o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int)) && (o.t.v as TypeInfo).nb.index === undefined) {
    // (3.8 still takes __int__, with a DeprecationWarning)
    if ((o.t.v as TypeInfo).nb.int !== undefined) throw new NotSimulated(`an argument with __int__ but no __index__ for a C int on ${P.id}`, ST.line);
    raise(T.TypeError, `an integer is required (got type ${typeName(o)})`);
  }
  const i = pyIndex(o);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) raise(T.OverflowError, 'Python int too large to convert to C int');
  return v;
}

function require_PyErr(): new (e: PyObject) => unknown {
  // late import to keep this module's dependencies simple
  return PyErrCtor;
}
let PyErrCtor: new (e: PyObject) => unknown;
export function setPyErrCtor(c: new (e: PyObject) => unknown): void {
  PyErrCtor = c;
}

// ---------------------------------------------------------------- gc

/** Whether a collection could untrack this tracked object: a tuple whose items are all untracked
 * or such tuples (untrack_tuples, every collection), a dict holding no possibly-tracked key or
 * value (untrack_dicts, full collections up to 3.13). */
function collectionMayUntrack(o: PyObject, depth = 0): boolean {
  if (depth > 50) return true;
  if (o.t === T.tuple) {
    for (const x of o.v as PyObject[]) {
      if (!(x.f & F_GC) || !(x.f & F_TRACKED)) continue;
      if (x.t === T.tuple && collectionMayUntrack(x, depth + 1)) continue;
      if (x.t === T.type && !(x.v as { heap: boolean }).heap) continue;
      return false;
    }
    return true;
  }
  if (o.t === T.dict && P.minor <= 13) {
    const dd = o.v as DictData;
    for (let i = 0; i < dd.ks.length; i++) {
      const k = dd.ks[i];
      if (k === null) continue;
      const v = dd.vs[i] as PyObject;
      if (stays(k, depth) || stays(v, depth)) return false;
    }
    return true;
  }
  return false;
}
function stays(x: PyObject, depth: number): boolean {
  return mayBeTracked(x) && !(x.t === T.tuple && collectionMayUntrack(x, depth + 1));
}

registerModule('gc', (m) => {
  def(m, 'enable', (_s, args, kw) => {
    noArgs('enable', args, kw);
    R.gcEnabled = true;
    return none();
  });
  def(m, 'disable', (_s, args, kw) => {
    noArgs('disable', args, kw);
    R.gcEnabled = false;
    return none();
  });
  def(m, 'isenabled', (_s, args, kw) => (noArgs('isenabled', args, kw), newBool(R.gcEnabled)));
  def(m, 'collect', (_s, args, kw) => {
    const dropped = ST.discard === collect;
    ST.discard = null;
    const [g] = parseArgs('collect', args, kw, ['generation'], 0);
    const gen = g === null ? 2 : indexJs(g);
    if (gen < 0 || gen > 2) raise(T.ValueError, 'invalid generation');
    const pending = R.gcImportGarbage;
    const unknown = pending === null ? '' : `what gc.collect() returns after 'import ${pending.name}' and before a full collection`;
    const why = pending === null ? '' : `importing ${pending.name} leaves ${pending.garbage} objects of cyclic garbage in CPython ${P.id}, part of which an automatic collection may already have reclaimed, depending on the interpreter's start-up; a plain \`gc.collect()\` statement after the imports starts from a known state`;
    if (pending !== null && !dropped) throw notSimulatedUnless('collect-after-imports', unknown, ST.line, why);
    R.gcFreedUnsimulated = '';
    pruneFreedWeakFns();
    const n = gcCollect(gen);
    if (gen === 2) R.gcImportGarbage = null;
    gcState.lastCollected = n;
    gcState.lastCollectedUnknown = pending === null ? '' : `${unknown} is not simulated: ${why}`;
    const freedWeak = wvdFreedByCollection();
    if (freedWeak !== '') {
      const what = `what gc.collect() returns when it frees a ${freedWeak}`;
      const whyW = `CPython's ${freedWeak} holds Python functions (with their defaults or closure cells) as its callbacks, which HeapLens replaces with stand-ins, so the objects freed with them are not counted alike`;
      gcState.lastCollectedUnknown = `${what} is not simulated: ${whyW}`;
      if (!dropped) throw new NotSimulated(what, ST.line, whyW);
    }
    const freed = R.gcFreedUnsimulated;
    if (freed !== '') {
      R.gcFreedUnsimulated = '';
      const what = `what gc.collect() returns when it frees the namedtuple class '${freed}'`;
      const whyNt = 'CPython builds that class from Python functions, code objects, closures and cells (Lib/collections/__init__.py), which HeapLens replaces with builtins, so the objects freed with it are not counted alike';
      gcState.lastCollectedUnknown = `${what} is not simulated: ${whyNt}`;
      if (!dropped) throw new NotSimulated(what, ST.line, whyNt);
    }
    return newInt(n);
  });
  const collect = dictGetStr(m.d as PyObject, 'collect');
  def(m, 'get_count', (_s, args, kw) => {
    noArgs('get_count', args, kw);
    if (!R.gcCountsKnown) {
      const imp = R.gcCountsUnknownImport;
      const callee = R.gcCountsUnknownCall;
      if (callee !== '') {
        throw new NotSimulated(
          `gc.get_count() after ${callee} and before the next gc.collect()`,
          ST.line,
          R.gcCountsUnknownWhy,
        );
      }
      throw notSimulatedUnless(
        'collect-after-imports',
        imp === '' ? "gc.get_count() before the program's first gc.collect()" : `gc.get_count() after 'import ${imp}' and before the next gc.collect()`,
        ST.line,
        imp === ''
          ? "CPython's counts then include what its start-up, site customisation and compiler allocated, which depends on the installation, the environment and the script; a `gc.collect()` statement after the imports starts from a known state"
          : `importing ${imp} runs code in CPython whose allocations HeapLens does not reproduce; a \`gc.collect()\` statement after the imports starts from a known state`,
      );
    }
    const [a, b, c] = R.gens.map((g) => g.count);
    return newTuple([newInt(a), newInt(b), newInt(c)]);
  });
  def(m, 'get_threshold', (_s, args, kw) => {
    noArgs('get_threshold', args, kw);
    return newTuple(R.gens.map((g) => newInt(g.threshold)));
  });
  def(m, 'set_threshold', (_s, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'set_threshold() takes no keyword arguments');
    if (args.length < 1 || args.length > 3) raise(T.TypeError, `set_threshold() takes at most 3 arguments (${args.length} given)`);
    // (METH_VARARGS: the call packed its arguments into a tuple, methods.ts callBuiltinFn)
    for (let i = 0; i < args.length; i++) R.gens[i].threshold = indexJs(args[i]);
    return none();
  });
  def(m, 'is_tracked', (_s, args, kw) => {
    const o = oneArg('is_tracked', args, kw);
    if (P.minor >= 11 && o === T.ExceptionGroup) throw new NotSimulated('gc.is_tracked(ExceptionGroup) (a heap type in CPython)', ST.line);
    // (CPython's standard streams are tracked TextIOWrapper objects, made at start-up)
    if (stdStreamType !== null && o.t === stdStreamType) return newBool(true);
    if ((o.f & F_TRACKED) !== 0 && !R.gcCountsKnown && collectionMayUntrack(o)) {
      // After an import or a call of Python-level library code the collector's counts are
      // unknown, so an automatic collection (which untracks such tuples and, in a full one,
      // such dicts) may or may not have run in CPython since.
      const cause = R.gcUnknownSince;
      if (cause !== '') {
        throw notSimulatedUnless(
          'collect-after-imports',
          `gc.is_tracked() of a ${typeName(o)} that a collection would untrack, after ${cause} and before the next gc.collect()`,
          ST.line,
          `${cause} allocates objects in CPython that HeapLens does not reproduce, so whether an automatic collection has untracked the ${typeName(o)} since is not known; a \`gc.collect()\` statement after the imports starts from a known state`,
        );
      }
    }
    return newBool((o.f & F_TRACKED) !== 0);
  });
  // gc.is_finalized() is new in 3.9
  if (P.minor >= 9) def(m, 'is_finalized', (_s, args, kw) => newBool((oneArg('is_finalized', args, kw).f & 32) !== 0));
  def(m, 'get_objects', (_s, args, kw) => {
    const [g] = parseArgs('get_objects', args, kw, ['generation'], 0);
    const gen = g === null || g === S.None ? null : indexJs(g);
    const objs = trackedObjects(gen);
    const l = newList([]);
    // 3.11's start-up (site, which imports enum through re) leaves enum classes among the
    // tracked objects: a lookup on one (the `__class__` that isinstance() reads) goes through
    // EnumType's __getattr__ hook and allocates, in objects HeapLens does not have; so iterating
    // the list makes the collector's counts unknown (its length alone does not)
    if (P.minor === 11 && (gen === null || gen === 2)) {
      partialLists.iter = getObjectsIterated;
      partialLists.set.add(l);
    }
    for (const o of objs) {
      o.rc++;
      listAppendSteal(l, o);
    }
    return l;
  });
  def(m, 'get_referents', (_s, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, `${P.minor >= 13 ? 'gc.' : ''}get_referents() takes no keyword arguments`);
    const l = newList([]);
    for (const a of args) {
      const why = referentsUnknown.get(a.t);
      if (why !== undefined) throw new NotSimulated(`gc.get_referents() of a ${typeName(a)} object`, ST.line, why);
      // 3.10+ func_traverse visits func_builtins, the builtins module's dict, which HeapLens
      // does not have as an object; 3.8/3.10 frame_traverse visits f_builtins the same way
      if (P.minor <= 10 && a.t === T.frame) throw new NotSimulated('gc.get_referents() of a frame', ST.line, "up to 3.10 a frame refers to the builtins module's dict (f_builtins), which HeapLens does not have as an object");
      if (P.minor >= 10 && a.t === T.function) throw new NotSimulated('gc.get_referents() of a function', ST.line, "from 3.10 a function refers to the builtins module's dict (func_builtins), which HeapLens does not have as an object");
    }
    for (const a of args) for (const x of traverseOrder(a)) {
      x.rc++;
      listAppendSteal(l, x);
    }
    return l;
  });
  def(m, 'get_referrers', (_s, args, kw) => {
    if (kw && kw.length) raise(T.TypeError, 'get_referrers() takes no keyword arguments');
    const l = newList([]);
    const own = varargsCall.tuple;
    for (const o of trackedObjects(null)) {
      if (o === l || o === own) continue;
      const refs = referentsOf(o);
      if (args.some((a) => refs.includes(a))) {
        o.rc++;
        listAppendSteal(l, o);
      }
    }
    return l;
  });
  def(m, 'get_stats', (_s, args, kw) => {
    noArgs('get_stats', args, kw);
    tmInexact('gc.get_stats() (Py_BuildValue\'s dicts and ints)');
    const l = newList([]);
    for (const g of R.gens) {
      const d = newDict();
      for (const [k, v] of [['collections', g.collections], ['collected', g.collected], ['uncollectable', g.uncollectable]] as [string, number][]) {
        const iv = newInt(v);
        dictSetStr(d, k, iv);
        decref(iv);
      }
      listAppendSteal(l, d);
    }
    return l;
  });
  def(m, 'set_debug', (_s, args, kw) => {
    R.gcDebug = indexJs(oneArg('set_debug', args, kw));
    gcState.debugLine = ST.line;
    return none();
  });
  def(m, 'get_debug', () => newInt(R.gcDebug));
  def(m, 'freeze', (_s, args, kw) => (noArgs('freeze', args, kw), gcFreeze(), none()));
  def(m, 'unfreeze', (_s, args, kw) => (noArgs('unfreeze', args, kw), gcUnfreeze(), none()));
  def(m, 'get_freeze_count', (_s, args, kw) => (noArgs('get_freeze_count', args, kw), newInt(gcFreezeCount())));
  const garbage = newList([]);
  gcState.garbage = garbage;
  dictSetStr(m.d as PyObject, 'garbage', garbage);
  decref(garbage);
  const callbacks = newList([]);
  gcState.callbacks = callbacks;
  dictSetStr(m.d as PyObject, 'callbacks', callbacks);
  decref(callbacks);
  setInt(m, 'DEBUG_STATS', DEBUG_STATS);
  setInt(m, 'DEBUG_COLLECTABLE', DEBUG_COLLECTABLE);
  setInt(m, 'DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE);
  setInt(m, 'DEBUG_SAVEALL', DEBUG_SAVEALL);
  setInt(m, 'DEBUG_LEAK', DEBUG_LEAK);
});

// ---------------------------------------------------------------- weakref

/** The weak references to a class start-up made (a builtin type, abc.ABC, …) include ones HeapLens
 * does not have: its bases' tp_subclasses entries and the caches of the standard library's ABCs. */
function startupClassCheck(o: PyObject, fn: string): PyObject {
  if (isType(o) && (!(o.v as TypeInfo).heap || constRefsUnknown.has(o))) {
    throw new NotSimulated(`weakref.${fn}() of the class '${(o.v as TypeInfo).name}'`, ST.line, "the weak references to a class start-up made (its bases' tp_subclasses, the standard library's ABC caches) are not all simulated");
  }
  return o;
}

registerModule('weakref', (m) => {
  const md = m.d as PyObject;
  dictSetStr(md, 'ref', T.weakref);
  dictSetStr(md, 'ReferenceType', T.weakref);
  dictSetStr(md, 'ProxyType', T.weakproxy);
  dictSetStr(md, 'CallableProxyType', T.weakcallableproxy);
  // Lib/weakref.py: ProxyTypes = (ProxyType, CallableProxyType)
  const pt = newTuple([incref(T.weakproxy), incref(T.weakcallableproxy)]);
  dictSetStr(md, 'ProxyTypes', pt);
  decref(pt);
  def(m, 'getweakrefcount', (_s, args, kw) => newInt(weakrefCount(startupClassCheck(oneArg('getweakrefcount', args, kw), 'getweakrefcount'))), '_weakref');
  def(m, 'getweakrefs', (_s, args, kw) => {
    const l = newList([]);
    for (const r of weakrefsOf(startupClassCheck(oneArg('getweakrefs', args, kw), 'getweakrefs'))) {
      r.rc++;
      listAppendSteal(l, r);
    }
    return l;
  }, '_weakref');
  // _weakref.proxy(object, callback=None, /): METH_VARARGS up to 3.10, Argument Clinic's
  // METH_FASTCALL from 3.11 (the same messages)
  def(m, 'proxy', (_s, args, kw) => {
    argRange('proxy', args, kw, 1, 2);
    return newProxy(args[0], args[1] ?? null);
  }, '_weakref');
  if (P.minor < 11) ((dictGetStr(md, 'proxy') as PyObject).v as BuiltinData).varargs = true;
  installWeakValueDictionary(md);
  installWeakMethod(md);
  installFinalize(md);
  void newWeakref;
});

export { getIter, iterNext, internStr, isSubtype, F_GC };
