// simulate(source, options): parse, compile and run a program as the chosen CPython version
// would run `python file.py`, and report its output, exit status and (optionally) the trace.
import { noteWarningsImported } from './runtime/modules/core_modules';
import type { SimulateOptions, SimulationResult, ProfileId, Outcome, SimulationError } from './result';
import { PROFILES, DEFAULT_PROFILE, isProfileId } from './profiles/profile';
import { parse, PySyntaxError, formatSyntaxError, ParseTooComplexError } from './parse/parser';
import { Compiler } from './compile/codegen';
import { SyntaxErr } from './compile/symtable';
import { initRuntime } from './runtime/init';
import { R, T, PyErr, NotSimulated, BudgetExceeded, decref, incref , ST } from './runtime/core';
import { HeapExhausted } from './memory/allocator';
import { Frame, callStack, traceHooks, allocHeapFrame, finishFrame, type CodeRunner } from './runtime/func';
import { newDict, dictSetStr } from './runtime/dict';
import { newStr, internStr } from './runtime/str';
import { S, getAttr, str as pyStr } from './runtime/abstract';
import { RT, resetST } from './compile/rt';
import { formatUncaught, setSource, setSuggestionSources, addTraceback, TbData } from './runtime/traceback';
import { formatSyntaxWarning } from './runtime/tbformat';
import { ExcData } from './runtime/exc';
import { gcCollect, gcCollectNoFail, gcDumpShutdownStats, moveToGeneration, trackedCount, shutdownIsObservable } from './runtime/gc';
import { syncGcBaseline, builtinsModule, mainLoaderStandIn, checkStderrReport, sysStreamLeftReplaced } from './runtime/modules/registry';
import { rebaseStart } from './runtime/startcounts';
import { setClock } from './runtime/modules/time';
import { isSubtype, typeName } from './runtime/types';
import { Tracer } from './trace/tracer';
import { Checks, bindAnnotations } from './trace/checks';
import { GarbageWatcher, WatchDone } from './findings/cycles';
import { computeFindings, type FindingInput } from './findings';
import { StopAtStep, allocSites } from './trace/heapview';

const DEFAULTS = {
  maxSteps: 50_000_000,
  maxMillis: 30_000,
  maxHeapBytes: 1 << 30,
};

export function simulate(source: string, options: SimulateOptions = {}): SimulationResult {
  // a run that describes the heap also says where each object was allocated
  allocSites.lines = options.stopAtStep !== undefined || options.captureAtSteps !== undefined ? new Map() : null;
  let first: ReturnType<typeof simulateOnce>;
  try {
    first = simulateOnce(source, options, null);
  } finally {
    allocSites.lines = null;
  }
  const { result, findingInput } = first;
  if (findingInput === null || options.stopAtStep !== undefined || options.captureAtSteps !== undefined) return result;
  // Pass 2: where did each shape of cyclic garbage lose its last outside reference? Re-run the
  // (deterministic) program following one group of each shape; it stops once all are placed.
  if (findingInput.shapes.length > 0) {
    const watcher = new GarbageWatcher(findingInput.shapes.map((s) => s.members));
    try {
      simulateOnce(source, { ...options, annotations: undefined, trace: true }, watcher);
    } catch (e) {
      if (!(e instanceof WatchDone)) throw e;
    }
    findingInput.placed = watcher.placed;
  }
  result.findings = computeFindings(findingInput);
  return result;
}

function simulateOnce(source: string, options: SimulateOptions, watcher: GarbageWatcher | null): { result: SimulationResult; findingInput: FindingInput | null } {
  const profileId: ProfileId = options.python && isProfileId(options.python) ? options.python : DEFAULT_PROFILE;
  const profile = PROFILES[profileId];
  const filename = options.filename ?? '<string>';
  const maxSteps = options.maxSteps ?? DEFAULTS.maxSteps;
  const started = Date.now();
  const timing = typeof process !== 'undefined' && process.env.HEAPLENS_TIMING ? new PhaseTimer() : null;
  initRuntime(profile, {
    maxSteps,
    deadline: started + (options.maxMillis ?? DEFAULTS.maxMillis),
    maxHeapBytes: options.maxHeapBytes ?? DEFAULTS.maxHeapBytes,
    stdout: options.stdout === 'tty' ? 'tty' : 'pipe',
    argv: options.argv ?? [filename],
  });
  resetST(maxSteps);
  setClock(options.clock ?? null);
  setSource(filename, source);
  traceHooks.exit = null;
  if (options.gcThresholds) options.gcThresholds.forEach((t, i) => (R.gens[i].threshold = t));
  const ann = options.annotations && (options.annotations.expectations.length > 0 || options.annotations.snapshots.length > 0) ? options.annotations : null;
  const tracer = options.trace || ann !== null || options.stopAtStep !== undefined || options.captureAtSteps !== undefined ? new Tracer(source) : null;
  if (tracer) {
    tracer.install();
    tracer.watcher = watcher;
    if (options.stopAtStep !== undefined) tracer.stopAt = options.stopAtStep;
    if (options.captureAtSteps !== undefined) tracer.captureAt = [...options.captureAtSteps].sort((a, b) => a - b);
  }
  let heapView: import('./result').HeapView | undefined;
  let module: import('./parse/ast').Module | null = null;
  let checks: Checks | null = null;

  let growth: import('./findings').FindingInput['growth'] | null = null;
  let outcome: Outcome = 'ok';
  let exitCode = 0;
  let error: SimulationError | undefined;
  const result = (): { result: SimulationResult; findingInput: FindingInput | null } => {
    const r = makeResult();
    if (tracer === null || r.trace === undefined) return { result: r, findingInput: null };
    const findingInput: FindingInput = {
      mod: module,
      lines: r.trace.lines,
      shapes: [...tracer.garbage.shapes.values()],
      placed: null,
      gcEnabledAtEnd: R.gcEnabled,
      growth: growth ?? tracer.growthSeries(),
      arenas: R.heap.arenas(),
      arenaSize: R.heap.arenaSize,
      heapPeak: r.trace.timeline.peak.bytes,
      heapEnd: r.trace.finalHeap.bytes,
      census: tracer.census,
      error,
    };
    return { result: r, findingInput };
  };
  const makeResult = (): SimulationResult => ({
    profile: profileId,
    stdout: R.out.join(''),
    stderr: R.err.join(''),
    exitCode,
    outcome,
    ...(error ? { error } : {}),
    steps: ST.steps,
    ...(tracer ? { trace: tracer.finish() } : {}),
    ...(checks ? checks.results() : ann ? notRun(ann) : {}),
    ...(heapView ? { heapView } : {}),
    ...(tracer !== null && tracer.captureAt !== null ? { heapViews: tracer.views } : {}),
  });

  // ---- parse and compile
  let compiled;
  try {
    timing?.mark('init');
    const warn = (msg: string, lineno: number): void => {
      R.err.push(formatSyntaxWarning(filename, lineno, msg));
      if (!R.warningShown) R.warningFirst = `the SyntaxWarning of line ${lineno}`;
      R.warningShown = true;
      noteWarningsImported();
    };
    const mod = parse(source, { version: profile.historical ? '3.8' : profileId, onWarning: warn });
    module = mod;
    R.nestedCode = definesCode(mod);
    timing?.mark('parse');
    if (tracer) tracer.setModule(mod);
    if (tracer && ann !== null) {
      checks = new Checks(bindAnnotations(mod, ann.expectations, ann.snapshots), ann.expectations, ann.snapshots, profileId);
      tracer.checks = checks;
    }
    const compiler = new Compiler({ filename, trace: tracer !== null, onWarning: warn });
    // The measured allocator state the heap starts from (scripts/record-malloc-baseline.py) has
    // that script's code object, its names and constants, __main__'s dict and the module's frame
    // in it: the program's own take those seeded blocks first, like the runtime's start-up.
    R.heap.claimStartup = true;
    compiled = compiler.compileModule(mod);
    timing?.mark('compile');
  } catch (e) {
    if (e instanceof PySyntaxError) {
      R.err.push(formatSyntaxError(e, filename, profile.historical ? '3.8' : profileId));
      outcome = 'syntax-error';
      exitCode = 1;
      error = { kind: 'syntax-error', message: `line ${e.lineno}: ${e.kind}: ${e.msg}`, line: e.lineno, col: e.offset };
      return result();
    }
    if (e instanceof SyntaxErr) {
      const se = new PySyntaxError({ kind: 'SyntaxError', msg: e.msg, lineno: e.lineno, offset: 1, text: source.split(/\r\n|\r|\n/)[e.lineno - 1] ?? '' });
      R.err.push(formatSyntaxError(se, filename, profile.historical ? '3.8' : profileId));
      outcome = 'syntax-error';
      exitCode = 1;
      error = { kind: 'syntax-error', message: `line ${e.lineno}: SyntaxError: ${e.msg}`, line: e.lineno };
      return result();
    }
    if (e instanceof NotSimulated) return notSimulated(e);
    if (e instanceof ParseTooComplexError || (e instanceof RangeError && /call stack/i.test(e.message))) {
      // Nesting deeper than the parser/compiler's JS stack: CPython itself gives up at some depth
      // (RecursionError / MemoryError / "too many nested parentheses"), but not necessarily here.
      outcome = 'budget';
      exitCode = 2;
      error = { kind: 'budget', message: 'line 1: the source is nested deeper than the simulator can follow', line: 1 };
      R.err.push(`heaplens: ${error.message}\n`);
      return result();
    }
    throw e;
  }

  function notSimulated(e: NotSimulated): { result: SimulationResult; findingInput: FindingInput | null } {
    outcome = 'not-simulated';
    exitCode = 2;
    const line = e.line || ST.line;
    error = { kind: 'not-simulated', message: `line ${line}: ${e.message}`, line, ...(e.remedy !== undefined ? { remedy: e.remedy } : {}) };
    R.err.push(`heaplens: ${error.message}\n`);
    return result();
  }

  // ---- the __main__ module's globals, as `python file.py` sets them up
  const globals = newDict();
  const put = (k: string, v: PyObject): void => {
    dictSetStr(globals, k, v);
    decref(v);
  };
  // The module's name: CPython's PyModule_NewObject keeps it in md_name as well as in the dict,
  // and import_add_module makes it sys.modules' key (`sys.getrefcount(__name__)` is 5 with one
  // more name on 3.8-3.11); 3.12 holds one more reference (measured: the same under -S and -I);
  // 3.13 interns it as immortal, so it is the object of the literal '__main__'.
  let mainName: PyObject;
  if (profile.minor >= 13) mainName = internStr('__main__', true);
  else {
    mainName = newStr('__main__');
    mainName.rc += profile.minor === 12 ? 3 : 2;
  }
  put('__name__', mainName);
  put('__doc__', incref(S.None));
  put('__package__', incref(S.None));
  put('__loader__', mainLoaderStandIn());
  put('__spec__', incref(S.None));
  // pylifecycle's add_main_module gives __main__ an empty __annotations__ (3.8-3.13), which
  // SETUP_ANNOTATIONS then finds
  put('__annotations__', newDict());
  // __main__'s __builtins__ is the builtins module (other modules' is its dict)
  put('__builtins__', builtinsModule(RT.builtins));
  put('__file__', newStr(filename));
  put('__cached__', incref(S.None));
  setSuggestionSources(globals, RT.builtins);
  rebaseStart(compiled.arena, compiled.code);
  if (tracer) tracer.mainGlobals = globals;

  // The start-up collections leave __main__'s globals in generation 1 (3.11: 2) when the program
  // starts: a full collection merges generation 1 after generation 0, so the globals are scanned
  // after the program's young objects, and those they hold move behind them (the collector's
  // order, which later decides the order of finalizers, at shutdown too).
  moveToGeneration(globals, profile.minor === 11 ? 2 : 1);
  R.gcStartupSim = trackedCount();
  syncGcBaseline();
  const code = compiled.code;
  const frame = new Frame(code, globals, globals, null);
  // The module's frame holds the globals twice while it runs: on 3.8/3.10 the frame object's
  // f_globals and f_locals, on 3.11+ the frame's f_locals and the temporary function object
  // PyEval_EvalCode wraps the module code in (func_globals).
  if (R.profile.heapFrames) allocHeapFrame(frame, null);
  else globals.rc += 2;
  R.heap.endStartup();
  try {
    // the module's frame: one level, and from 3.12 the C units of PyEval_EvalCode's entry
    R.depth = 1;
    if (profile.minor >= 12) R.cdepth = 2;
    if (profile.minor === 11) code.warm = 1;
    callStack.push(frame);
    let ok = false;
    try {
      const r = (code.run as CodeRunner)(frame);
      decref(r);
      ok = true;
    } catch (e) {
      if (e instanceof PyErr) addTraceback(e, frame);
      throw e;
    } finally {
      if (tracer) tracer.frameExit(frame, ok, false);
      callStack.pop();
      R.depth = 0;
      R.cdepth = 0;
      if (R.profile.heapFrames) finishFrame(frame, ok);
      else {
        decref(globals);
        decref(globals);
      }
    }
  } catch (e) {
    const handled = handleTopLevel(e);
    if (handled !== 'done') return notSimulated(handled);
  }
  const leftReplaced = heapView === undefined && (outcome as Outcome) !== 'budget' ? sysStreamLeftReplaced() : null;
  if (leftReplaced !== null) {
    return notSimulated(new NotSimulated(`the exit of a program that left sys.${leftReplaced} bound to its own object`, ST.line, `CPython's shutdown flushes it through its flush method (a missing one is reported and the exit status becomes 120), then puts sys.__${leftReplaced}__ back`));
  }
  if (profile.minor === 11 && R.recursionLimit <= 4 && heapView === undefined) {
    // 3.11's threading._shutdown runs Python code at exit, deeper than that
    return notSimulated(new NotSimulated(`interpreter shutdown under a recursion limit of ${R.recursionLimit} (3.11's threading._shutdown fails with RecursionError)`, ST.line));
  }

  // the module finished: the parser's arena releases the literals it held
  if (tracer) {
    tracer.captureFinal();
    if (heapView === undefined && tracer.endView !== null) heapView = tracer.endView;
  }
  try {
    for (const o of compiled.arena) decref(o);
    compiled.arena.length = 0;
    timing?.mark('run');
    // Interpreter shutdown frees everything; when nothing it would run is observable (no
    // __del__, no generator to close, no weakref callback...) the result is the same without it.
    if ((outcome === 'ok' || outcome === 'exception') && heapView === undefined && shutdownIsObservable()) {
      // what the program's containers looked like when it ended, not after shutdown freed them
      if (tracer) growth = tracer.growthSeries();
      // the globals dict may be freed (and its memory reused) from here on
      if (tracer) tracer.mainGlobals = null;
      // Py_FinalizeEx: the atexit functions (last registered first), then the collections
      for (let i = R.atexit.length - 1; i >= 0; i--) R.atexit[i]();
      shutdown(globals);
    }
    timing?.mark('shutdown');
    timing?.report();
  } catch (e) {
    const handled = handleTopLevel(e);
    if (handled !== 'done') return notSimulated(handled);
  }
  return result();

  function handleTopLevel(e: unknown): 'done' | NotSimulated {
    if (e instanceof StopAtStep) {
      heapView = e.view;
      return 'done';
    }
    if (e instanceof PyErr) {
      const exc = e.exc;
      if (isSubtype(exc.t, T.SystemExit)) {
        try {
          exitCode = systemExitCode(exc);
        } catch (e2) {
          if (e2 instanceof NotSimulated) return e2;
          throw e2;
        } finally {
          decref(exc);
        }
        return 'done';
      }
      let report: string;
      try {
        checkStderrReport(`the report of an uncaught ${typeName(exc)}`, innermostLine(exc), 'excepthook');
        report = formatUncaught(exc);
      } catch (e2) {
        if (e2 instanceof NotSimulated) {
          decref(exc);
          return e2;
        }
        throw e2;
      }
      R.err.push(report);
      const line = innermostLine(exc);
      decref(exc);
      outcome = 'exception';
      exitCode = 1;
      error = { kind: 'exception', message: R.err[R.err.length - 1].trim().split('\n').pop() ?? '', line };
      return 'done';
    }
    if (e instanceof NotSimulated) return e;
    if (e instanceof BudgetExceeded) {
      outcome = 'budget';
      exitCode = 2;
      error = { kind: 'budget', message: `line ${e.line || ST.line}: ${e.what}`, line: e.line || ST.line };
      R.err.push(`heaplens: ${error.message}\n`);
      return 'done';
    }
    if (e instanceof HeapExhausted) {
      // A MemoryError would have been raised by CPython; the simulated heap cap stops us here.
      outcome = 'budget';
      exitCode = 2;
      error = { kind: 'budget', message: `line ${ST.line}: the simulated heap cap was reached (MemoryError)`, line: ST.line };
      R.err.push(`heaplens: ${error.message}\n`);
      return 'done';
    }
    if (e instanceof RangeError && /invalid (string|array|typed array) length/i.test(e.message)) {
      // a str or container beyond what a JavaScript string or array can hold (V8's limits: about
      // 2**29 characters, 2**27 elements), though under the simulated heap cap
      outcome = 'budget';
      exitCode = 2;
      error = { kind: 'budget', message: `line ${ST.line}: a value grew larger than the simulator can hold (${e.message})`, line: ST.line };
      R.err.push(`heaplens: ${error.message}\n`);
      return 'done';
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      outcome = 'budget';
      exitCode = 2;
      error = { kind: 'budget', message: `line ${ST.line}: the program recursed deeper than the simulator can follow`, line: ST.line };
      R.err.push(`heaplens: ${error.message}\n`);
      return 'done';
    }
    throw e;
  }
}

/** The line the exception was raised on: the last entry of its traceback (what CPython's
 * traceback prints last), or the current line if it has none. */
function innermostLine(exc: PyObject): number {
  let tb = exc.v instanceof ExcData ? exc.v.tb : null;
  let line = ST.line;
  while (tb !== null) {
    const d = tb.v as TbData;
    line = d.line;
    tb = d.next;
  }
  return line;
}

/** HEAPLENS_TIMING=1: where a simulation's time goes, on stderr (for performance work). */
class PhaseTimer {
  private last = performance.now();
  private readonly phases: string[] = [];
  mark(name: string): void {
    const now = performance.now();
    this.phases.push(`${name} ${(now - this.last).toFixed(1)}`);
    this.last = now;
  }
  report(): void {
    process.stderr.write(`heaplens timing (ms): ${this.phases.join(', ')}\n`);
  }
}

/** handle_system_exit (Python/pythonrun.c): the exception's `code` attribute; None exits 0, an
 * int is the status (PyLong_AsLong; the OS keeps its low byte), anything else is printed (its
 * str()) on stderr and the status is 1. */
function systemExitCode(exc: PyObject): number {
  let code: PyObject;
  try {
    code = getAttr(exc, 'code');
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    code = incref(exc);
  }
  try {
    if (code === S.None) return 0;
    if (code.t === T.int || code.t === T.bool || isSubtype(code.t, T.int)) {
      const v = BigInt(code.v as number | bigint);
      // PyLong_AsLong overflows to -1 (3.12+ then report the OverflowError it left set, in a way
      // that depends on the interpreter's shutdown)
      if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
        if (R.profile.minor >= 12) throw new NotSimulated('SystemExit with a code too large for a C long');
        return 255;
      }
      return Number(BigInt.asUintN(8, v));
    }
    let text: string;
    checkStderrReport("a SystemExit's message", ST.line);
    try {
      const s = pyStr(code);
      text = s.v as string;
      decref(s);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
      throw new NotSimulated('SystemExit whose code cannot be printed');
    }
    R.err.push(text + '\n');
    return 1;
  } finally {
    decref(code);
  }
}

/** Interpreter shutdown (Py_FinalizeEx, then PyImport_Cleanup / finalize_modules). A first full
 * collection if the collector is enabled (_PyGC_CollectIfEnabled); then every module is dropped
 * from sys.modules (finalize_remove_modules): __main__'s module object dies, releasing its
 * globals dict. A dict nothing else holds is freed there and then (dict_dealloc: values in
 * insertion order); one that functions and classes refer back to (the usual case) is a cycle
 * that the next collection (_PyGC_CollectNoFail, run even with gc disabled) finds unreachable as
 * a whole, so the program's finalizers run in the collector's list order, not in name order.
 * (_PyModule_ClearDict, which clears `_names` first, only reaches modules still alive after that
 * collection, which __main__ is not.) */
function shutdown(globals: PyObject): void {
  if (R.gcEnabled) gcCollect(2);
  decref(globals);
  gcCollectNoFail();
  gcDumpShutdownStats();
}

type PyObject = import('./runtime/object').PyObject;

/** The run ended before the program started (a syntax error, say): no expectation was checked. */
function notRun(ann: NonNullable<SimulateOptions['annotations']>): Pick<SimulationResult, 'expectations' | 'snapshots'> {
  return {
    expectations: ann.expectations.map((e) => ({ line: e.line, col: e.col, text: e.text, statementLine: null, checks: 0, status: 'not-reached' as const, message: 'never checked: the program did not run' })),
    snapshots: [],
  };
}

const CODE_NODES = new Set(['FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/** Whether the module's code has nested code objects (functions, lambdas, classes, comprehensions). */
function definesCode(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(definesCode);
  if (typeof node !== 'object' || node === null) return false;
  const n = node as Record<string, unknown>;
  if (typeof n.type === 'string' && CODE_NODES.has(n.type)) return true;
  for (const k in n) {
    const v = n[k];
    if (typeof v === 'object' && v !== null && definesCode(v)) return true;
  }
  return false;
}
