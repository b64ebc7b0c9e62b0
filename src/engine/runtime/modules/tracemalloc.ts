// The tracemalloc module: Lib/tracemalloc.py re-exports _tracemalloc's C functions (start, stop,
// is_tracing, clear_traces, get_traced_memory, reset_peak, get_traceback_limit, ...), which are
// simulated over the runtime's own allocation table (memory/tracemalloc.ts); take_snapshot,
// the Snapshot's statistics and get_object_traceback over the line recorded with each trace
// (tmsnapshot.ts); Filter, filter_traces and the rest of its Python classes stop the run.
import { PyObject } from '../object';
import { P, R, T, NotSimulated, notSimulatedUnless, decref, ST } from '../core';
import { isSubtype, typeName, type TypeInfo } from '../types';
import { raise } from '../exc';
import { S, newBool, indexJs } from '../abstract';
import { dictSetStr } from '../dict';
import { newInt } from '../numbers';
import { newStr } from '../str';
import { newTuple } from '../tuple';
import { builtinFunction, noArgs, argRange } from '../methods';
import { registerModule, type ModuleData } from './registry';
import { ensureReprList } from '../reprguard';
import { TraceMalloc, setTraceLogContext, setTraceFrameLine } from '../../memory/tracemalloc';
import { takeSnapshot, objectTraceback, formatSize, innermostLine, resetSnapshotState } from './tmsnapshot';

const TM_LOG = typeof process !== 'undefined' && process.env?.HEAPLENS_TM_LOG === '1';

type Fn = (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject;

function def(mod: PyObject, name: string, fn: Fn): void {
  const f = builtinFunction(name, fn, '_tracemalloc');
  dictSetStr(mod.d as PyObject, name, f);
  decref(f);
}

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

/** HEAPLENS_TM_NOSTOP=1 (scripts/dev/tracemalloc-diff.mjs): report the numbers even when they are
 * not exact, noting why on stderr, so the differential check sees every number. */
const NOSTOP = typeof process !== 'undefined' && process.env?.HEAPLENS_TM_NOSTOP === '1';

/** The traceback limit start() set last (tracemalloc_config.max_nframe; 1 before any start). */
let traceLimit = 1;

export function resetTracemallocState(): void {
  traceLimit = 1;
  resetSnapshotState();
  setTraceFrameLine(innermostLine);
  setTraceLogContext(() => `line ${ST.line} cur ${R.tm?.current} peak ${R.tm?.peak}`);
}

/** Why the numbers tracemalloc would report now are not CPython's, or '' when they are. A
 * snapshot copies the current traces only (_get_traces), so it passes `peak` false: blocks that
 * were allocated and freed again (what `peakInexact` records) are in no trace it can see. */
function whyInexact(tm: TraceMalloc, peak = true): string {
  if (!R.gcCountsKnown) return stateUnknownWhy();
  if (tm.inexact !== '') return `${tm.inexact} (line ${tm.inexactLine})`;
  if (tm.transient !== '') return `the current size includes ${tm.transient} (line ${tm.transientLine}), a block HeapLens does not reproduce, while it is alive`;
  if (peak && tm.peakInexact !== '') return `the peak includes ${tm.peakInexact} (line ${tm.peakInexactLine}), whose transient blocks HeapLens does not reproduce; tracemalloc.reset_peak() before the part to measure starts the peak afresh`;
  return '';
}

function stateUnknownWhy(): string {
  const imp = R.gcCountsUnknownImport;
  const callee = R.gcCountsUnknownCall;
  if (callee !== '') return `since ${callee} the free lists and the collector's counts are not CPython's (${R.gcCountsUnknownWhy}) until the next gc.collect()`;
  if (imp !== '') return `importing ${imp} runs code in CPython that fills the free lists and moves the collector's counts (which decide whether an object costs a new block and when collections free memory) in ways HeapLens does not reproduce; call gc.collect() after the imports and before tracemalloc.start()`;
  return "before the program's first gc.collect() the free lists and the collector's counts (which decide whether an object costs a new block and when collections free memory) are what CPython's start-up and compiler left, which depends on the installation and the script; call gc.collect() before tracemalloc.start()";
}

registerModule('tracemalloc', (m) => {
  const data = m.v as ModuleData;
  data.opaque = new Set(['__loader__', '__spec__', '__file__', '__dict__', '__cached__', '__builtins__']);
  dictSetStr(m.d as PyObject, '__doc__', S.None);
  // 3.8: the import reprs a container, which makes the thread state's dict and its Py_Repr list
  if (P.minor < 10) ensureReprList();
  def(m, 'start', (_s, args, kw) => {
    argRange('start', args, kw, 0, 1);
    let n = 1;
    if (args.length === 1) {
      // Argument Clinic's int converter (_PyLong_AsInt)
      const a = args[0];
      const isInt = a.t === T.int || a.t === T.bool || isSubtype(a.t, T.int);
      if (!isInt && P.minor < 10) {
        if (a.t === T.float || isSubtype(a.t, T.float)) raise(T.TypeError, 'integer argument expected, got float');
        if ((a.t.v as TypeInfo).nb?.index === undefined) raise(T.TypeError, `an integer is required (got type ${typeName(a)})`);
      }
      if (!isInt && (a.t.v as TypeInfo).nb?.index === undefined) raise(T.TypeError, `'${typeName(a)}' object cannot be interpreted as an integer`);
      const v = isInt ? BigInt(a.v as number | bigint) : BigInt(indexJs(a));
      if (v > 2147483647n || v < -2147483648n) raise(T.OverflowError, 'Python int too large to convert to C int');
      n = Number(v);
    }
    // MAX_NFRAME: 3.8 compares with a size_t bound no int reaches (and prints it cut to an int)
    if (P.minor < 10) {
      if (n < 1) raise(T.ValueError, 'the number of frames must be in range [1; 178956969]');
    } else if (n < 1 || n > 65535) raise(T.ValueError, 'the number of frames must be in range [1; 65535]');
    // hook already installed: do nothing (the traceback limit stays as it was)
    if (R.tm !== null) return none();
    traceLimit = n;
    const tm = new TraceMalloc(n);
    R.tm = tm;
    if (!R.gcCountsKnown) tm.taint(stateUnknownWhy(), ST.line, R.gcCountsUnknownCall === '' ? 'collect-after-imports' : undefined);
    return none();
  });
  def(m, 'stop', (_s, args, kw) => {
    noArgs('stop', args, kw);
    R.tm = null;
    return none();
  });
  def(m, 'is_tracing', (_s, args, kw) => {
    noArgs('is_tracing', args, kw);
    return newBool(R.tm !== null);
  });
  def(m, 'clear_traces', (_s, args, kw) => {
    noArgs('clear_traces', args, kw);
    const tm = R.tm;
    if (tm !== null) {
      tm.clear();
      tm.inexact = '';
      tm.peakInexact = '';
      if (!R.gcCountsKnown) tm.taint(stateUnknownWhy(), ST.line, R.gcCountsUnknownCall === '' ? 'collect-after-imports' : undefined);
    }
    return none();
  });
  def(m, 'get_traceback_limit', (_s, args, kw) => {
    noArgs('get_traceback_limit', args, kw);
    return newInt(traceLimit);
  });
  def(m, 'get_traced_memory', (_s, args, kw) => {
    noArgs('get_traced_memory', args, kw);
    const tm = R.tm;
    let cur = 0;
    let peak = 0;
    if (tm !== null) {
      const why = whyInexact(tm);
      if (why !== '' && NOSTOP) {
        process.stderr.write(`TMFLAG ${ST.line} ${why}\n`);
      } else if (why !== '') {
        const remedy = R.gcCountsKnown ? (tm.inexact !== '' ? tm.inexactRemedy : undefined) : R.gcCountsUnknownCall === '' ? 'collect-after-imports' : undefined;
        throw remedy === undefined ? new NotSimulated('tracemalloc.get_traced_memory()', ST.line, why) : notSimulatedUnless(remedy, 'tracemalloc.get_traced_memory()', ST.line, why);
      }
      cur = tm.current;
      peak = tm.peak;
      // (HEAPLENS_TM_LOG: the reading, between the allocations logged before and after it)
      if (TM_LOG) process.stderr.write(`tm READ line ${ST.line} (${cur}, ${peak})\n`);
    }
    // Py_BuildValue("nn", size, peak_size)
    return newTuple([newInt(cur), newInt(peak)]);
  });
  if (P.minor >= 9) {
    def(m, 'reset_peak', (_s, args, kw) => {
      noArgs('reset_peak', args, kw);
      const tm = R.tm;
      if (tm !== null) {
        tm.peak = tm.current;
        tm.peakInexact = '';
      }
      return none();
    });
  }
  const g = m.d as PyObject;
  def(m, 'take_snapshot', (_s, args, kw) => {
    noArgs('take_snapshot', args, kw);
    const tm = R.tm;
    return takeSnapshot(g, tm, traceLimit, () => (tm === null ? '' : whyInexact(tm, false)));
  });
  def(m, 'get_object_traceback', (_s, args, kw) => objectTraceback(args, kw, R.tm));
  def(m, '_format_size', (_s, args, kw) => {
    argRange('_format_size', args, kw, 2, 2);
    const [size, sign] = args;
    if (size.t !== T.int && size.t !== T.float) throw new NotSimulated('tracemalloc._format_size() of something other than an int or a float', ST.line);
    return newStr(formatSize(Number(size.v as number | bigint), sign !== S.False && sign !== S.None && !(sign.t === T.int && sign.v === 0)));
  });
  def(m, 'get_tracemalloc_memory', () => {
    throw new NotSimulated('tracemalloc.get_tracemalloc_memory()', ST.line, "it measures tracemalloc's own hash tables and traceback storage, which HeapLens does not keep as CPython does");
  });
});
