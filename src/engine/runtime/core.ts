// Run state, reference counting, allocation accounting and the runtime's error classes.
// One simulation runs at a time per thread; `initState` resets everything for a new run.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Profile } from '../profiles/profile';
import {
  PyObject, F_GC, F_TRACKED, F_IMMORTAL, F_STATIC, IMMORTAL_RC, F_GEN_MASK, F_RUNTIME,
} from './object';
import type { Types } from './types';
import { Allocator, HeapExhausted } from '../memory/allocator';
import type { TraceMalloc } from '../memory/tracemalloc';
import { mallocStartFor } from '../profiles/baselines';
import { setSipRounds } from './hash';

// ---------------------------------------------------------------- internal (non-Python) errors

/** The program used something HeapLens does not simulate. Never caught by Python `except`. */
export class NotSimulated extends Error {
  /** A change to the program that gets past the stop (the editor offers it as a quick fix). */
  remedy?: Remedy;
  /** `why`: what makes it impossible to reproduce, when the construct alone does not say. */
  constructor(public construct: string, public line: number = 0, public why = '') {
    super(`${construct} is not simulated${why ? `: ${why}` : ''}`);
  }
}

/** `collect-after-imports`: a `gc.collect()` statement after the module's imports, which puts the
 * collector (and the free lists) in a state HeapLens knows. */
export type Remedy = 'collect-after-imports';

/** A NotSimulated stop that `remedy` gets past. */
export function notSimulatedUnless(remedy: Remedy, construct: string, line: number, why: string): NotSimulated {
  const e = new NotSimulated(construct, line, why);
  e.remedy = remedy;
  return e;
}

/** A budget (steps, wall time, JS stack) ran out. Never caught by Python `except`. */
export class BudgetExceeded extends Error {
  constructor(public what: string, public line: number = 0) {
    super(what);
  }
}

/** A Python exception in flight. `exc` is an owned reference to the exception instance. */
export class PyErr {
  /** The last frame that added itself to the exception's traceback. */
  lastFrame: unknown = null;
  /** generator.throw(): the arguments as given, which _gen_throw hands unnormalized to the
   * throw() method of a non-generator `yield from` delegate. */
  throwArgs: PyObject[] | null = null;
  constructor(public exc: PyObject, reraise = false) {
    if (!reraise) errHooks.onRaise(exc);
  }
}

/** Set by traceback.ts: implicit exception chaining (__context__) at raise time. */
export const errHooks = {
  onRaise: (_exc: PyObject): void => {},
};

// ---------------------------------------------------------------- state

export interface GcGeneration {
  /** List head sentinel: the generation's tracked objects hang off head.gn/gp (circular). */
  head: PyObject;
  count: number;
  threshold: number;
  /** gc.get_stats() */
  collections: number;
  collected: number;
  uncollectable: number;
}

export interface RunState {
  profile: Profile;
  steps: number;
  maxSteps: number;
  deadline: number;
  out: string[];
  err: string[];
  /** sys.argv: the script as `python` was given it, then its arguments. */
  argv: string[];
  heap: Allocator;
  /** GC state (Modules/gcmodule.c `struct _gc_runtime_state`). */
  gens: GcGeneration[];
  gcEnabled: boolean;
  gcCollecting: boolean;
  /** 3.12+: a collection has been scheduled for the next eval-breaker check. */
  gcPending: boolean;
  longLivedTotal: number;
  /** Added to the survivors of a full collection to get CPython's long_lived_total: the objects
   * real CPython's startup (and the simulated modules' imports) left tracked, minus the ones the
   * simulator has for them (measured: baselines.json gcTracked). */
  gcTrackedAdjust: number;
  /** Objects the simulator tracked before the program ran and that imports created. */
  gcStartupSim: number;
  /** Whether the collector's generation counts are CPython's: not before the program's first
   * explicit full collection (CPython's start-up, its compiler and its site customisation leave
   * counts that depend on the installation and the script), nor after importing a module whose
   * import runs code in CPython, until the next one. */
  gcCountsKnown: boolean;
  /** The import that made them unknown ('' before the first full collection). */
  gcCountsUnknownImport: string;
  /** The first import or Python-level library call since the last explicit full collection
   * (or since start-up) that ran code in CPython, '' if none: since it an automatic collection
   * may have run in CPython at a moment HeapLens does not know. */
  gcUnknownSince: string;
  /** Or the call of a function CPython implements in Python (Counter's and namedtuple's
   * methods) that made them unknown, and why. */
  gcCountsUnknownCall: string;
  gcCountsUnknownWhy: string;
  /** The first call of a function CPython implements in Python that this run made: its frames'
   * temporaries went through CPython's allocator, so sys._debugmallocstats() cannot match from
   * then on ('' if none). */
  mallocUnknownCall: string;
  mallocUnknownWhy: string;
  /** A class the runtime built in place of CPython's Python code (namedtuple's) that the
   * collector freed since the last gc.collect(): what CPython counts there is not known. */
  gcFreedUnsimulated: string;
  /** What atexit runs when the interpreter shuts down (Py_FinalizeEx's _PyAtExit_Call), first
   * registered last: weakref.finalize's exit function. */
  atexit: (() => void)[];
  /** An import since the last full collection that leaves cyclic garbage in CPython (which an
   * automatic collection during the import may or may not have reclaimed): what the next
   * collection returns is unknown. */
  gcImportGarbage: { name: string; garbage: number } | null;
  /** Shared singletons (3.8-3.11) whose count an import changed by an amount that differs from
   * run to run in CPython: sys.getrefcount of them stops, naming the import. */
  refsUnknownAfterImport: Map<PyObject, string>;
  /** 3.10/3.11: the replay of the parser's path failed, so how many references the parser's arena
   * holds on identifiers and small ints is not known (sys.getrefcount of them stops). */
  arenaRefsUnknown: boolean;
  /** Names looked up on a type (_PyType_Lookup): CPython's type attribute cache keeps a reference
   * to the name object of each lookup until another lookup takes its slot (chosen by the name's
   * hash, which is randomised), so the count of such a str is not known afterwards. */
  typeLookupNames: Set<string>;
  /** str objects getattr()/hasattr() passed to a type lookup as they are (not interned). */
  rawLookupNames: WeakSet<PyObject>;
  /** A warning was shown (3.8-3.11: CPython's warnings machinery — warnings, linecache, tokenize —
   * holds references of its own to small ints and 1-char strings from then on). */
  warningShown: boolean;
  /** The first warning shown (its category and line), for the messages of the stops it causes. */
  warningFirst: string;
  /** CPython's parser imported unicodedata, whose import holds references of its own: to
   * normalize (NFKC) a non-ASCII identifier, or for a \N{...} escape in a str literal. */
  unicodedataImported: boolean;
  /** The program defines a function, lambda, class or (3.8-3.11) comprehension: each such code
   * object holds the () singleton once per empty name tuple (co_names, co_varnames, co_freevars,
   * co_cellvars; 3.11: co_names, co_localsplusnames), which HeapLens does not count. */
  nestedCode: boolean;
  longLivedPending: number;
  gcDebug: number;
  /** Python-level recursion depth and limit. */
  depth: number;
  recursionLimit: number;
  /** 3.8's tstate->overflowed: a RecursionError was raised; the checks let calls through (up to
   * the limit + 50) until the depth drops below the low-water mark. */
  overflowed: boolean;
  /** 3.12+: C-level recursion units (recursion.ts). */
  cdepth: number;
  /** Levels that may or may not be entered: Python (up to 3.11 all levels) and C (3.12+). */
  udepth: number;
  ucdepth: number;
  /** Deallocation nesting, for the trashcan (Include/cpython/object.h Py_TRASHCAN). */
  deallocDepth: number;
  trash: PyObject[];
  /** Objects whose absolute refcount starts from a measured interpreter baseline. */
  baselines: Map<PyObject, number>;
  /** Allocation hooks for the trace (null when not tracing). */
  onAlloc: ((o: PyObject, bytes: number) => void) | null;
  onFree: ((o: PyObject, bytes: number) => void) | null;
  /** An object taken back from a free list (same block, no allocation): a new object for the tracer. */
  onReuse: ((o: PyObject) => void) | null;
  /** An object dies into a free list (its block kept for the next one): gone for the tracer. */
  onRecycle: ((o: PyObject) => void) | null;
  /** Heap bytes taken (> 0) or given back (< 0) for buffers that are not objects (list item
   * arrays, dict tables, string storage grown in place, ...). */
  onBytes: ((delta: number) => void) | null;
  /** Bumped by every buffer allocation, free and reallocation. An object's sys.getsizeof changes
   * only with its type or its buffers (immutable objects never), so a size measured when this
   * was N still holds while it is N (the tracer's per-line snapshots rely on it). */
  bufferEpoch: number;
  /** Monotonic counter used for object ids of objects without an address. */
  nextSerial: number;
  /** sys.set_int_max_str_digits(): the longest decimal int str()/int() convert (0: no limit). */
  intMaxStrDigits: number;
  /** 3.13: a warning was shown, which imported Lib/warnings.py. */
  warningsImported: boolean;
  /** tracemalloc's table while it traces (tracemalloc.start() .. stop()), else null. */
  tm: TraceMalloc | null;
  /** Builtins called with keyword arguments so far (their argument parsers are initialised). */
  kwCalled: Set<string>;
  /** 3.8/3.10 C identifiers (_Py_IDENTIFIER) the program's run made (see lazyIdentifier). */
  lazyIds: Set<string>;
  /** 3.11 _PyUnicode_FromId: the next identifier index, and the interpreter's ids array. */
  ids311: { next: number; size: number; addr: number };
}

/** State the generated code reads and writes directly: the current line, the step counter and
 * its next check, the LOAD_METHOD flag and 3.12+'s scheduled-collection flag. */
export const ST = {
  steps: 0,
  lim: 0,
  line: 0,
  /** LOAD_METHOD result: 1 = unbound method (self follows), 0 = plain callable. */
  meth: 0,
  /** 3.12+ LOAD_SUPER_ATTR's method form: the instance an unbound method found is called with. */
  sself: null as PyObject | null,
  gcPending: false,
  /** The callable an expression statement is calling (its result is dropped unseen): set just
   * before the call, for builtins whose result alone HeapLens cannot reproduce. */
  discard: null as PyObject | null,
};

export let P: Profile = undefined as unknown as Profile;
export let R: RunState = undefined as unknown as RunState;
const U = undefined as unknown as PyObject;
/** Every type object of the runtime, by name. Filled by `initTypes` per run. Every name is
 * declared here so the object keeps V8's fast properties: `T.int` sits on the hottest paths,
 * and an object grown to a hundred properties one by one would become a hash table. */
export const T: Types = {
  type: U, object: U, int: U, bool: U, float: U, complex: U, str: U, bytes: U, bytearray: U,
  tuple: U, list: U, dict: U, set: U, frozenset: U, range: U, slice: U, NoneType: U,
  NotImplementedType: U, ellipsis: U, function: U, builtin_function: U, method: U,
  method_descriptor: U, classmethod_descriptor: U, wrapper_descriptor: U, method_wrapper: U, cell: U, code: U,
  frame: U, traceback: U, generator: U, property: U, staticmethod: U, classmethod: U, super: U,
  member_descriptor: U, getset_descriptor: U, module: U, weakref: U, weakproxy: U, weakcallableproxy: U, mappingproxy: U, FrameLocalsProxy: U,
  list_iterator: U, list_reverseiterator: U, tuple_iterator: U, range_iterator: U, longrange_iterator: U, str_iterator: U, str_ascii_iterator: U,
  bytes_iterator: U, bytearray_iterator: U, memoryview: U, managedbuffer: U, memory_iterator: U, dict_keyiterator: U, dict_valueiterator: U, dict_itemiterator: U,
  dict_reversekeyiterator: U, dict_reversevalueiterator: U, dict_reverseitemiterator: U,
  dict_keys: U, dict_values: U, dict_items: U, set_iterator: U, seq_iterator: U,
  callable_iterator: U, enumerate: U, zip: U, map: U, filter: U, reversed: U, BaseException: U,
  SystemExit: U, KeyboardInterrupt: U, GeneratorExit: U, Exception: U, StopIteration: U,
  StopAsyncIteration: U, ArithmeticError: U, FloatingPointError: U, OverflowError: U,
  ZeroDivisionError: U, AssertionError: U, AttributeError: U, BufferError: U, EOFError: U,
  ImportError: U, ModuleNotFoundError: U, LookupError: U, IndexError: U, KeyError: U,
  MemoryError: U, NameError: U, UnboundLocalError: U, OSError: U, FileNotFoundError: U,
  PermissionError: U, ReferenceError: U, RuntimeError: U, NotImplementedError: U,
  RecursionError: U, SyntaxError: U, IndentationError: U, TabError: U, SystemError: U,
  TypeError: U, ValueError: U, UnicodeError: U, UnicodeDecodeError: U, UnicodeEncodeError: U,
  BaseExceptionGroup: U, ExceptionGroup: U,
  Warning: U, DeprecationWarning: U, UserWarning: U, RuntimeWarning: U,
  BlockingIOError: U, ConnectionError: U, BrokenPipeError: U, ConnectionAbortedError: U, ConnectionRefusedError: U,
  ConnectionResetError: U, FileExistsError: U, IsADirectoryError: U, NotADirectoryError: U, InterruptedError: U,
  ProcessLookupError: U, TimeoutError: U, ChildProcessError: U, PythonFinalizationError: U, SyntaxWarning: U,
  FutureWarning: U, PendingDeprecationWarning: U, ImportWarning: U, UnicodeWarning: U, BytesWarning: U,
  ResourceWarning: U, EncodingWarning: U,
};
/** T's names as declared: a run that adds one (a type missing from the literal above) turns T
 * into a hash table and slows every `T.x` (test/engine/typetable.test.ts checks). */
export const DECLARED_TYPE_NAMES: readonly string[] = Object.keys(T);

/** The simulated allocator, holding what the real interpreter has allocated before a script. */
function newHeap(profile: Profile, maxHeapBytes: number): Allocator {
  const heap = new Allocator(profile, maxHeapBytes);
  const start = mallocStartFor(profile);
  if (start !== null) heap.seedStartup(start.classes, start.arenas);
  return heap;
}

export function initState(profile: Profile, maxSteps: number, deadline: number, maxHeapBytes: number): RunState {
  P = profile;
  setSipRounds(profile.minor);
  const mkGen = (threshold: number): GcGeneration => {
    const head = new PyObject(null, null, null, 0);
    head.gn = head;
    head.gp = head;
    return { head, count: 0, threshold, collections: 0, collected: 0, uncollectable: 0 };
  };
  R = {
    profile,
    steps: 0,
    maxSteps,
    deadline,
    out: [],
    err: [],
    argv: [''],
    heap: newHeap(profile, maxHeapBytes),
    gens: [mkGen(profile.gcThresholds[0]), mkGen(profile.gcThresholds[1]), mkGen(profile.gcThresholds[2])],
    gcEnabled: true,
    gcCollecting: false,
    gcPending: false,
    longLivedTotal: 0,
    gcTrackedAdjust: 0,
    gcStartupSim: 0,
    gcCountsKnown: false,
    gcCountsUnknownImport: '',
    gcUnknownSince: '',
    gcCountsUnknownCall: '',
    gcCountsUnknownWhy: '',
    mallocUnknownCall: '',
    mallocUnknownWhy: '',
    gcFreedUnsimulated: '',
    atexit: [],
    gcImportGarbage: null,
    refsUnknownAfterImport: new Map(),
    arenaRefsUnknown: false,
    typeLookupNames: new Set(),
    rawLookupNames: new WeakSet(),
    warningShown: false,
    warningFirst: '',
    unicodedataImported: false,
    nestedCode: false,
    longLivedPending: 0,
    gcDebug: 0,
    depth: 0,
    recursionLimit: profile.recursionLimit,
    overflowed: false,
    cdepth: 0,
    udepth: 0,
    ucdepth: 0,
    deallocDepth: 0,
    trash: [],
    baselines: new Map(),
    onAlloc: null,
    onFree: null,
    onReuse: null,
    onRecycle: null,
    onBytes: null,
    bufferEpoch: 0,
    nextSerial: 1,
    intMaxStrDigits: 4300,
    warningsImported: false,
    tm: null,
    kwCalled: new Set(),
    lazyIds: new Set(),
    ids311: { next: 0, size: 0, addr: 0 },
  };
  return R;
}

// ---------------------------------------------------------------- reference counting

export function incref(o: PyObject): PyObject {
  o.rc++;
  return o;
}

export function decref(o: PyObject): void {
  if (--o.rc === 0) dealloc(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o && --o.rc === 0) dealloc(o);
}

/** Py_XSETREF-style helper: store `v` (owned) into an object slot, releasing the old value after. */
export function setRef<K extends string>(holder: Record<K, PyObject | null>, key: K, v: PyObject | null): void {
  const old = holder[key];
  holder[key] = v;
  if (old && --old.rc === 0) dealloc(old);
}

/** CPython's trashcan (Include/cpython/object.h Py_TRASHCAN_BEGIN/END, Objects/object.c): only
 * the deallocators that use it (list, tuple, dict, set, instances of classes, frames, ...) count
 * toward its nesting. Up to 3.12 one of them that starts at a nesting of 50 or more
 * (_PyTrash_UNWIND_LEVEL) is deposited on a LIFO chain instead of running, and when the outermost
 * trashcan deallocation ends, _PyTrash_thread_destroy_chain runs the chain at a nesting of 1, each
 * deposited object's deallocator counting again from there. 3.13 counts the trashcan in the C
 * recursion budget (c_recursion_remaining): an object is deposited once 50 units or fewer are
 * left, and the chain runs at the end of a trashcan deallocation that leaves more than 100. So a
 * structure nested a few hundred levels deep frees in plain recursive order on 3.13, and in
 * pieces of about 50 levels before it (which decides the order __del__ methods and weakref
 * callbacks run in). Keeps the JS stack bounded too. */
const TRASH_UNWIND_LEVEL = 50;
const TRASH_HEADROOM_313 = 50;
/** Py_C_RECURSION_LIMIT of 3.13: c_recursion_remaining is this less the C units in use. */
const C_LIMIT_313 = 10000;

export function dealloc(o: PyObject): void {
  if (o.f & (F_IMMORTAL | F_STATIC)) {
    // Immortal/static objects never die; a count reaching zero would be a simulator bug.
    o.rc = IMMORTAL_RC;
    return;
  }
  if (!o.t.v.trashcan) {
    o.t.v.dealloc(o);
    return;
  }
  const st = R;
  if (P.minor >= 13) {
    if (C_LIMIT_313 - st.cdepth <= TRASH_HEADROOM_313) {
      if (st.ucdepth > 0) throw new NotSimulated('deallocating a structure nested deeply enough to reach CPython 3.13\'s trashcan (its C recursion budget, which is not known exactly here)', ST.line);
      st.trash.push(o);
      return;
    }
    st.cdepth++;
    try {
      o.t.v.dealloc(o);
    } finally {
      st.cdepth--;
    }
    if (st.trash.length > 0 && C_LIMIT_313 - st.cdepth > 2 * TRASH_HEADROOM_313) {
      st.cdepth++;
      try {
        while (st.trash.length > 0) dealloc(st.trash.pop() as PyObject);
      } finally {
        st.cdepth--;
      }
    }
    return;
  }
  if (st.deallocDepth >= TRASH_UNWIND_LEVEL) {
    st.trash.push(o);
    return;
  }
  st.deallocDepth++;
  try {
    o.t.v.dealloc(o);
  } finally {
    st.deallocDepth--;
  }
  if (st.deallocDepth <= 0 && st.trash.length > 0) {
    st.deallocDepth++;
    try {
      while (st.trash.length > 0) dealloc(st.trash.pop() as PyObject);
    } finally {
      st.deallocDepth--;
    }
  }
}

/**
 * Constants whose sys.getrefcount the simulator cannot know: CPython merges equal co_consts
 * tuples (merge_consts_recursive in makecode), so code objects with the same constants share one
 * tuple and hold each constant once. The simulator does not model the exact co_consts tuples;
 * the compiler marks the constants of code objects that may share one (see Compiler.finish).
 */
export const constRefsUnknown = new WeakMap<PyObject, string>();
/** Objects whose sys.getsizeof HeapLens does not know: what it is and why (3.11+ typing.Any, a
 * class with a metaclass in CPython). */
/** Types whose instances' __instancecheck__/__subclasscheck__ are Python code HeapLens does not
 * run (typing's aliases): isinstance()/issubclass() against one stops, saying what it is. */
export const checksNotSimulated = new WeakMap<PyObject, string>();
/** Types whose instances hold in CPython what HeapLens keeps otherwise (typing's aliases: a
 * __dict__): gc.get_referents() of one stops, with the reason. */
export const referentsUnknown = new WeakMap<PyObject, string>();
export const sizeUnknown = new WeakMap<PyObject, [string, string]>();

/** Why a constant's count is unknown (constRefsUnknown): several code objects may share one
 * merged co_consts tuple. */
export const MERGED_CONSTS = 'the reference count of a constant that several code objects may share through one merged co_consts tuple';

/** The refcount `sys.getrefcount` would report (before adding its own argument reference). */
export function reportedRefcount(o: PyObject): number {
  if (o.f & F_IMMORTAL) return P.immortalRefcnt ?? o.rc;
  if (o.f & F_STATIC) return (R.baselines.get(o) ?? 0) + (o.rc - IMMORTAL_RC);
  return o.rc;
}

export function isImmortal(o: PyObject): boolean {
  return (o.f & F_IMMORTAL) !== 0;
}

/** Make an object immortal (3.12+) or static-with-baseline (3.8-3.11 shared singletons). */
export function makeStatic(o: PyObject, baseline: number): void {
  if (P.immortalRefcnt !== null) {
    o.f |= F_IMMORTAL;
  } else {
    o.f |= F_STATIC;
    R.baselines.set(o, baseline);
  }
  o.rc = IMMORTAL_RC;
}

// ---------------------------------------------------------------- allocation

/** Account a new object's memory block (request size in bytes, before pymalloc rounding). GC
 * objects get their PyGC_Head (and pre-header) added by the caller's size function. */
export function allocBlock(o: PyObject, bytes: number): void {
  const heap = R.heap;
  const before = heap.inUse;
  try {
    o.a = heap.malloc(bytes);
  } catch (e) {
    if (e instanceof HeapExhausted) memoryError();
    throw e;
  }
  if (R.tm !== null) R.tm.add(o.a, bytes);
  if (R.onAlloc !== null) R.onAlloc(o, heap.inUse - before);
}

/** Run `fn` with tracemalloc's hooks out of the way: what it allocates CPython had allocated before
 * (at start-up, while compiling, or as static objects), so it is no allocation tracemalloc sees. */
export function untraced<X>(fn: () => X): X {
  const tm = R.tm;
  if (tm === null) return fn();
  R.tm = null;
  try {
    return fn();
  } finally {
    R.tm = tm;
  }
}

/** While tracemalloc traces, the numbers are no longer CPython's: an allocation HeapLens does not
 * reproduce exactly (reading them stops the run until clear_traces() or stop()). */
export function tmInexact(why: string): void {
  const tm = R.tm;
  if (tm !== null) tm.taint(why, ST.line);
}

/** While tracemalloc traces, only the peak is no longer CPython's: a transient block HeapLens does
 * not reproduce (until reset_peak()). */
export function tmPeakInexact(why: string): void {
  const tm = R.tm;
  if (tm !== null) tm.taintPeak(why, ST.line);
}

/** 3.11+: the handlers that keep the offset of the instruction that raised (`lasti`: a with
 * statement's exit, the cleanup of except and finally blocks, 3.12+ a generator body's
 * StopIteration handler) push it as an int object, a new block unless it is a cached small int
 * (<= 256). The code generator calls tmLasti only in code objects that may be larger than that. */
export const LASTI_WHY = 'an exception handled in a code object that may exceed 256 code units (the handler pushes the offset of the instruction that raised as an int object, a new block when above 256; HeapLens does not assemble the bytecode)';
export function tmLasti(): void {
  tmPeakInexact(LASTI_WHY);
}

/** While tracemalloc traces, a block HeapLens does not reproduce is alive until the returned
 * function is called: reading the numbers meanwhile stops (the peak stays inexact after). */
export function tmTransient(why: string): () => void {
  const tm = R.tm;
  if (tm === null) return () => {};
  tm.taintPeak(why, ST.line);
  const prev = tm.transient;
  const prevLine = tm.transientLine;
  tm.transient = why;
  tm.transientLine = ST.line;
  return () => {
    tm.transient = prev;
    tm.transientLine = prevLine;
  };
}

const KW_PARSERS_READY: Record<number, string[]> = {
  8: ['list.sort()', 'str.split()', 'str.encode()', 'bytes.decode()', 'sum()', 'bytearray()', 'str()', 'memoryview()'],
  10: ['list.sort()', 'str.split()', 'str.encode()', 'bytes.decode()', 'sum()', 'memoryview()'],
  11: ['list.sort()', 'str.split()', 'str.encode()', 'bytes.decode()', 'sum()', 'memoryview()', 'enumerate()'],
};

/** A builtin (function, method or type) called with keyword arguments: up to 3.11 Argument
 * Clinic's _PyArg_Parser builds its keyword-name tuple on the first such call and keeps it
 * (parser_init) — a call CPython's start-up may already have made. While tracing, a first call
 * in the run makes the numbers unknown. */
export function keywordCall(what: string): void {
  if (P.minor >= 12) return;
  const kc = R.kwCalled;
  if (kc.has(what)) return;
  kc.add(what);
  // measured: builtins whose first keyword call in a script that imported tracemalloc builds
  // nothing (start-up or the import already called them with keywords)
  if ((KW_PARSERS_READY[P.minor] ?? []).includes(what)) return;
  if (R.tm !== null) tmInexact(`the first call of ${what} with keyword arguments (up to 3.11 its argument parser builds and keeps a tuple of the keyword names then, unless CPython's start-up already called it so)`);
}

/** A C identifier (_Py_IDENTIFIER, 3.8/3.10) used for the first time in the run, one CPython's
 * start-up had not used: _PyUnicode_FromId decodes the C string into a new str and interns it,
 * which finds the start-up's interned equal string and drops the new one (a transient block). */
export function lazyIdentifier(name: string, site = ''): void {
  if (P.minor > 10) return;
  // (`site` tells apart identifiers of the same text that are different C statics)
  const key = site === '' ? name : `${site}:${name}`;
  const ids = R.lazyIds;
  if (ids.has(key)) return;
  ids.add(key);
  const bytes = P.strAsciiHeader + name.length + 1;
  freeBuffer(allocBuffer(bytes), bytes);
}

/** A _Py_IDENTIFIER of a C module that still uses them after 3.10 (math's __floor__, __ceil__,
 * __trunc__): on 3.8/3.10 as lazyIdentifier; on 3.11 _PyUnicode_FromId also gives the identifier
 * the next process-wide index and stores the interned str in the interpreter's ids array,
 * (re)allocated to max(2 * index, 16) entries when the index does not fit (the array stays);
 * 3.12+ use static strings. */
export function moduleIdentifier(name: string, site: string): void {
  if (P.minor <= 10) {
    lazyIdentifier(name, site);
    return;
  }
  if (P.minor > 11) return;
  const key = `${site}:${name}`;
  const ids = R.lazyIds;
  if (ids.has(key)) return;
  ids.add(key);
  const bytes = P.strAsciiHeader + name.length + 1;
  freeBuffer(allocBuffer(bytes), bytes);
  const a = R.ids311;
  const index = a.next++;
  if (index >= a.size) {
    const size = Math.max(index * 2, 16);
    a.addr = a.addr === 0 ? allocBuffer(size * 8) : reallocBuffer(a.addr, a.size * 8, size * 8);
    a.size = size;
  }
}

/** Fail like a malloc that returned NULL (PyErr_NoMemory) if `bytes` more would pass the cap. */
export function reserve(bytes: number): void {
  if (R.heap.inUse + bytes > R.heap.cap) memoryError();
}

/** The most items a list's JavaScript array may hold: V8 aborts the whole process (no catchable
 * error) when an array's backing store would grow past about 134 million elements, and `push`
 * grows it by half again; a bigger list stops the run as a budget. */
export const MAX_JS_ITEMS = 2 ** 26;
export function itemsLimit(n: number): void {
  if (n > MAX_JS_ITEMS) throw new BudgetExceeded(`a list of ${n.toLocaleString('en-US')} items is more than the simulator can hold (${MAX_JS_ITEMS.toLocaleString('en-US')})`, ST.line);
}

/** PyErr_NoMemory: a MemoryError (set by exc.ts, which can build the exception object). */
export const memHooks = {
  raise: (): never => { throw new Error('MemoryError before the runtime was ready'); },
};
function memoryError(): never {
  return memHooks.raise();
}

/** An object comes back from a free list: the tracer sees a new object in the old block. Its
 * _Py_NewReference gives tracemalloc's trace of the block, if it has one, the traceback of now
 * (_PyTraceMalloc_NewReference). */
export function noteReuse(o: PyObject): void {
  if (R.onReuse !== null) R.onReuse(o);
  if (R.tm !== null) R.tm.retrace(o.a);
}

/** An object goes into a free list instead of back to the allocator: a deallocated object for the
 * tracer, whose block stays in use. */
export function noteRecycle(o: PyObject): void {
  if (R.onRecycle !== null) R.onRecycle(o);
}

export function freeBlock(o: PyObject, bytes: number): void {
  // an object the runtime made without memory (the builtin methods and descriptors it puts in the
  // classes it builds, as namedtuple's) dies with its class: nothing to give back
  if (o.a === 0 && o.f & F_RUNTIME) return;
  const heap = R.heap;
  const before = heap.inUse;
  heap.free(o.a, bytes);
  if (R.tm !== null) R.tm.remove(o.a);
  if (R.onFree !== null) R.onFree(o, before - heap.inUse);
  o.a = 0;
}

/** PyObject_Realloc of an object's own block (a str resized in place): `o.a` may move. */
export function reallocBlock(o: PyObject, oldBytes: number, newBytes: number): void {
  const heap = R.heap;
  const before = heap.inUse;
  let fresh: number;
  try {
    fresh = heap.realloc(o.a, oldBytes, newBytes);
  } catch (e) {
    if (e instanceof HeapExhausted) memoryError();
    throw e;
  }
  if (R.tm !== null) R.tm.realloc(o.a, fresh, newBytes);
  o.a = fresh;
  R.bufferEpoch++;
  if (R.onBytes !== null) R.onBytes(heap.inUse - before);
}

/** Extra buffers (list item arrays, dict key tables, ...): returns the address. */
export function allocBuffer(bytes: number): number {
  const heap = R.heap;
  const before = heap.inUse;
  let addr: number;
  try {
    addr = heap.malloc(bytes);
  } catch (e) {
    if (e instanceof HeapExhausted) memoryError();
    throw e;
  }
  if (R.tm !== null) R.tm.add(addr, bytes);
  R.bufferEpoch++;
  if (R.onBytes !== null) R.onBytes(heap.inUse - before);
  return addr;
}
export function freeBuffer(addr: number, bytes: number): void {
  const heap = R.heap;
  const before = heap.inUse;
  heap.free(addr, bytes);
  if (R.tm !== null) R.tm.remove(addr);
  R.bufferEpoch++;
  if (R.onBytes !== null) R.onBytes(heap.inUse - before);
}
export function reallocBuffer(addr: number, oldBytes: number, newBytes: number): number {
  const heap = R.heap;
  const before = heap.inUse;
  let fresh: number;
  try {
    fresh = heap.realloc(addr, oldBytes, newBytes);
  } catch (e) {
    if (e instanceof HeapExhausted) memoryError();
    throw e;
  }
  if (R.tm !== null) R.tm.realloc(addr, fresh, newBytes);
  R.bufferEpoch++;
  if (R.onBytes !== null) R.onBytes(heap.inUse - before);
  return fresh;
}

// ---------------------------------------------------------------- GC linkage (used by every GC type)

/** _PyObject_GC_TRACK: link into generation 0. */
export function gcTrack(o: PyObject): void {
  if (o.f & F_TRACKED) return;
  const head = R.gens[0].head;
  const last = head.gp as PyObject;
  last.gn = o;
  o.gp = last;
  o.gn = head;
  head.gp = o;
  o.f = (o.f & ~F_GEN_MASK) | F_TRACKED;
}

/** _PyObject_GC_UNTRACK */
export function gcUntrack(o: PyObject): void {
  if (!(o.f & F_TRACKED)) return;
  const p = o.gp as PyObject;
  const n = o.gn as PyObject;
  p.gn = n;
  n.gp = p;
  o.gn = null;
  o.gp = null;
  // (and gc.ts's collecting mark, 16384, as _PyObject_GC_UNTRACK resets _gc_prev's flags: an
  // object freed by a collection's delete phase and taken again from a free list — a 3.8/3.10
  // frame running again — must not look part of the next collection)
  o.f &= ~(F_TRACKED | F_GEN_MASK | 16384);
}

/** Called after a GC-capable object was allocated (not taken from a free list):
 * generations[0].count++ and, past threshold0, an automatic collection (3.8-3.11: right here,
 * inside the allocation, before the new object is tracked; 3.12+: scheduled for the next
 * eval-breaker check). Modules/gcmodule.c `_PyObject_GC_Alloc` / `_PyObject_GC_Link`. */
export let gcAllocHook: () => void = () => {};
export function setGcAllocHook(fn: () => void): void {
  gcAllocHook = fn;
}

/** PyObject_GC_Del: generations[0].count-- (when > 0). */
export function gcCountFree(): void {
  const g0 = R.gens[0];
  if (g0.count > 0) g0.count--;
}

/** Mark an object as created by the runtime before the program (not counted as program heap). */
export function runtimeObject(o: PyObject): PyObject {
  o.f |= F_RUNTIME;
  return o;
}

export function isGcObject(o: PyObject): boolean {
  return (o.f & F_GC) !== 0;
}

// ---------------------------------------------------------------- budgets

export function stepBudgetExceeded(): never {
  throw new BudgetExceeded(`the step budget (${R.maxSteps.toLocaleString('en-US')} steps) ran out`, ST.line);
}

export function checkDeadline(): void {
  if (Date.now() > R.deadline) {
    throw new BudgetExceeded('the time budget ran out', ST.line);
  }
}

export function nextSerial(): number {
  return R.nextSerial++;
}

export type { PyObject };
export { F_GC, F_TRACKED };
export type AnyFn = (...args: any[]) => any;
