// The plain-data (JSON-serialisable) shapes the engine produces. The CLI, the extension and the
// webview all consume these; the schema is documented in docs/trace-schema.md.

export type ProfileId = '3.8' | '3.10' | '3.11' | '3.12' | '3.13' | 'seed';

/** Where the simulated time module reads the host's time: nanoseconds as bigints. */
export interface Clock {
  /** Wall-clock time since the epoch (CLOCK_REALTIME: time.time). */
  realtimeNs(): bigint;
  /** A monotonic clock (CLOCK_MONOTONIC: perf_counter and monotonic on Linux). */
  monotonicNs(): bigint;
  /** CPU time of the process (process_time) and of the thread (thread_time). */
  cpuNs(): bigint;
}

export interface SimulateOptions {
  /** CPython version profile; default '3.12'. */
  python?: ProfileId;
  /** Shown in tracebacks and syntax errors, like CPython's `File "x.py"`. Default `<string>`. */
  filename?: string;
  /** sys.argv: `python FILE ARGS` gives [FILE as typed, ...ARGS]. Default [filename]. */
  argv?: string[];
  /** Stop after this many executed statements (lines). Default 50 000 000. */
  maxSteps?: number;
  /** Stop after this much wall-clock time. Default 30 000 ms. */
  maxMillis?: number;
  /** Simulated heap cap in bytes: past it an allocation raises MemoryError. Default 1 GiB. */
  maxHeapBytes?: number;
  /** Record per-line facts and the final heap (costs time). Default false. */
  trace?: boolean;
  /** What the simulated program's stdout is: 'pipe' (a pipe or file: block-buffered, CPython
   * keeps printed text until 8 KiB gather) or 'tty' (a terminal: flushed at each newline). It
   * shows in refcounts of printed strings and in gc.get_count(). Default 'pipe'. */
  stdout?: 'pipe' | 'tty';
  /** Generation thresholds the run starts with (`# heap: threshold=…`); default the version's. */
  gcThresholds?: [number, number, number];
  /** Stop at the first line that starts at or after this step and describe the heap then
   * (`heapView`): how a viewer travels in time, the run being deterministic. Implies trace. */
  stopAtStep?: number;
  /** Describe the heap (`heapViews`) at the first line starting at or after each of these
   * steps, without stopping; a step past the end gives the heap as the program left it. For
   * reports that carry time travel with them. Implies trace. */
  captureAtSteps?: number[];
  /** `# @expect` and `# @snapshot` annotations to check (see src/engine/annotations.ts);
   * checking them turns tracing on. */
  /** Where `time.time()`, `perf_counter()`, … read the time (nanoseconds); default the host's
   * clocks. Tests fix it to compare runs. */
  clock?: Clock;
  annotations?: { expectations: import('./annotations').Expectation[]; snapshots: import('./annotations').SnapshotMark[] };
}

/** Why the run ended. */
export type Outcome =
  /** The program finished (exit code 0), or raised SystemExit. */
  | 'ok'
  /** An uncaught Python exception ended the program, as in CPython (exit code 1). */
  | 'exception'
  /** The source does not parse (exit code 1, CPython's SyntaxError). */
  | 'syntax-error'
  /** The program used something HeapLens does not simulate (exit code 2). */
  | 'not-simulated'
  /** A budget (steps, time) ran out (exit code 2). */
  | 'budget';

export interface SimulationError {
  kind: Exclude<Outcome, 'ok'>;
  /** One line, e.g. `line 12: 'async def' is not simulated`. */
  message: string;
  line: number;
  col?: number;
  /** A not-simulated stop that a change to the program gets past ('collect-after-imports'). */
  remedy?: string;
}

export interface SimulationResult {
  profile: ProfileId;
  stdout: string;
  stderr: string;
  exitCode: number;
  outcome: Outcome;
  error?: SimulationError;
  steps: number;
  trace?: Trace;
  /** One per `# @expect` given in options.annotations, in order. */
  expectations?: ExpectationResult[];
  /** Each time the statement above a `# @snapshot` finished (at most 1000). */
  snapshots?: SnapshotResult[];
  /** What HeapLens noticed about the program's memory (trace mode). */
  findings?: Finding[];
  /** The heap at options.stopAtStep (absent if the run ended before that step). */
  heapView?: HeapView;
  /** The heap at each of options.captureAtSteps that the run reached, in step order (a view's
   * `step` is where it was taken: the first line start at or after the step asked for). */
  heapViews?: HeapView[];
}

/** The heap at one step: frames, the program's live objects and references, the arenas. */
export interface HeapView {
  step: number;
  /** The line about to run. */
  line: number;
  /** The call stack, outermost first, with each frame's names. */
  frames: { name: string; line: number; locals: { name: string; id: number }[] }[];
  /** Objects reachable from the frames and globals (types, modules and code are not entered),
   * then the unreachable cyclic garbage; at most 5000. */
  objects: HeapObject[];
  truncated: boolean;
  /** Every object the description's walk reaches, counted without its 5000-object cap. */
  census: HeapCensus;
  arenas: import('./memory/allocator').ArenaView[];
}

/** The objects reachable from the program (and its cyclic garbage) at one step, all of them:
 * sizes are sys.getsizeof's (an object's own block plus the buffers it owns). */
export interface HeapCensus {
  objects: number;
  bytes: number;
  /** By type, largest first (at most 40). */
  byType: { type: string; count: number; bytes: number }[];
  /** By the line that allocated them, largest first (at most 40): what tracemalloc's
   * `statistics('lineno')` groups by. Line 0: objects made before the program's first line
   * ran (constants of the code, interned names, small ints). */
  byLine: { line: number; count: number; bytes: number; types: { type: string; count: number }[] }[];
}

export interface HeapObject {
  /** The simulated address (what id() returns). */
  id: number;
  type: string;
  refcount: number;
  immortal: boolean;
  /** As NameRef.refcountUnknown. */
  refcountUnknown?: string;
  size: number;
  /** A short value for ints, floats, strings, None, functions and classes. */
  value?: string;
  /** GC generation (0–2, 3 frozen) or -1 when not tracked. */
  generation: number;
  /** Where its memory is: a pymalloc block (arena slot, pool index, size class) or malloc. */
  block?: { arena: number; pool: number; sizeClass: number; blockSize: number } | { malloc: true; bytes: number };
  /** Ids of the described objects it refers to. */
  referents: number[];
  /** Unreachable from any root: cyclic garbage waiting for the collector. */
  unreachable?: boolean;
  /** The line that allocated it (absent for objects made before the program's first line). */
  line?: number;
}

export type FindingCode = 'cycle-garbage' | 'uncollectable' | 'unbounded-growth' | 'arena-retained' | 'quadratic-concat' | 'many-instances' | 'not-simulated';

/** A memory problem (or lesson) found in a run; docs/findings.md explains each code. */
export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'information';
  message: string;
  /** The primary location (1-based). */
  line: number;
  col?: number;
  /** Other places that matter (cycle members' allocation sites, the loop that grows…). */
  related: { line: number; message: string }[];
  /** Facts a quick fix or a view can use (names, counts, sizes). */
  data?: Record<string, string | number | boolean | string[] | number[]>;
}

export interface ExpectationResult {
  /** The annotation's line and column (1-based). */
  line: number;
  col: number;
  /** Its text after `@expect`. */
  text: string;
  /** The statement it checks (the one above it), null if there is none. */
  statementLine: number | null;
  /** `pass`; `fail` (the first failing check); `not-reached` (the statement never finished);
   * `error` (it could not be evaluated: an unbound name, no statement above…). */
  status: 'pass' | 'fail' | 'not-reached' | 'error';
  message: string;
  /** How many times it was checked (once per completion of its statement). */
  checks: number;
  /** The value found (refcount, size, collected count, unreachable objects, cycle found). */
  actual?: number | boolean;
}

export interface SnapshotResult {
  label: string;
  line: number;
  statementLine: number;
  /** The step (statements executed so far) when the statement finished. */
  step: number;
}

// ---------------------------------------------------------------- trace

export interface Trace {
  /** Per source line (only lines that executed). */
  lines: LineFacts[];
  /** The heap when the program ended (before interpreter shutdown). */
  finalHeap: HeapSummary;
  /** The run over time: sampled heap and collector state, and every collection. */
  timeline: Timeline;
}

/** Samples taken at line starts every `interval` steps (the interval doubles whenever 4096
 * samples have gathered, so any run keeps at most that many), in columns. */
export interface Timeline {
  interval: number;
  step: number[];
  line: number[];
  /** Program heap bytes in use (pymalloc blocks by block size, malloc'd blocks by request). */
  heapBytes: number[];
  /** The part of heapBytes in blocks above 512 bytes (malloc). */
  mallocBytes: number[];
  /** Objects counted in each generation (gc.get_count()). */
  gen0: number[];
  gen1: number[];
  gen2: number[];
  arenas: number[];
  pools: number[];
  /** Every collection (at most 100 000), in order. */
  collections: { step: number; line: number; generation: number; collected: number; uncollectable: number; automatic: boolean }[];
  /** The highest heapBytes of the run, and where it was reached. */
  peak: { bytes: number; step: number; line: number };
  /** Steps the whole run took. */
  steps: number;
}

export interface LineFacts {
  line: number;
  /** How many times a statement starting on this line ran. */
  executions: number;
  /** Objects allocated while this line ran, by type name, over all executions. */
  allocated: Record<string, number>;
  /** Bytes those objects' own allocations took (the pymalloc block, i.e. the request rounded up
   * to its size class, or the malloc'd size above 512 B), by type name. Separate buffers (a
   * list's item array, a dict's key table) are in `bytesDelta` only. */
  allocatedBytes: Record<string, number>;
  /** Objects freed while this line ran, by type name. */
  freed: Record<string, number>;
  /** Bytes of the freed objects' own blocks, by type name. */
  freedBytes: Record<string, number>;
  /** Net change of simulated heap bytes over all executions of the line. */
  bytesDelta: number;
  /** Names the line binds or reads, with the refcount (ob_refcnt) of their object right after the line last ran. */
  refs: NameRef[];
  /** The step at which the line last finished (its facts were taken): `stopAtStep` with it
   * shows the heap right then. 0 if the line's names were never snapshotted. */
  afterStep: number;
}

export interface NameRef {
  name: string;
  type: string;
  /** ob_refcnt as CPython stores it (sys.getrefcount(name) - 1). */
  refcount: number;
  immortal: boolean;
  /** Set when CPython's count is not known (sys.getrefcount would stop): why. `refcount` is then
   * HeapLens's own count, not to be shown as CPython's. */
  refcountUnknown?: string;
  size: number;
}

export interface HeapSummary {
  objects: number;
  bytes: number;
  byType: { type: string; count: number; bytes: number }[];
  /** Module globals at the end with their object's facts. */
  globals: NameRef[];
}

/** How a view shows a count: the number, `immortal` (3.12+; `immortalWord`), or `?` when CPython's
 * count is not known (refcountUnknown says why). */
export function refcountLabel(r: { refcount: number; immortal: boolean; refcountUnknown?: string }, immortalWord = 'immortal'): string {
  if (r.immortal) return immortalWord;
  return r.refcountUnknown !== undefined ? '?' : String(r.refcount);
}
