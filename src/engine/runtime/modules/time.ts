// The time module (Modules/timemodule.c): a built-in module CPython's start-up has already imported
// on every version, so `import time` only binds it. The clocks return fresh float or int objects,
// as CPython's do; their values come from the host's clocks (an injectable Clock, so tests can fix
// them), which no oracle can compare — the types, sizes, refcounts and errors are CPython's.
// time.sleep does not sleep: it advances a simulated offset added to the wall and monotonic clocks,
// so `t1 <= t2` holds across it and a program sleeping for hours ends at once.
import { PyObject, F_RUNTIME } from '../object';
import { P, T, NotSimulated, decref, ST } from '../core';
import { raise } from '../exc';
import { S, index as pyIndex } from '../abstract';
import { dictSetStr } from '../dict';
import { newStr } from '../str';
import { newFloat, newInt } from '../numbers';
import { builtinFunction, noArgs, oneArg } from '../methods';
import { isSubtype, type TypeInfo } from '../types';
import { registerModule, type ModuleData } from './registry';
import type { Clock } from '../../result';

export type { Clock };

/** Node's process object where there is one (the engine also runs without it). */
const proc = (globalThis as { process?: { hrtime?: { bigint?: () => bigint }; cpuUsage?: () => { user: number; system: number } } }).process;


const hostClock: Clock = {
  realtimeNs() {
    const ms = Date.now();
    // (sub-millisecond digits from the monotonic clock keep time_ns() moving within a millisecond)
    const frac = typeof performance !== 'undefined' ? Math.floor((performance.now() % 1) * 1e6) : 0;
    return BigInt(ms) * 1_000_000n + BigInt(frac);
  },
  monotonicNs() {
    if (typeof proc?.hrtime?.bigint === 'function') return proc.hrtime.bigint();
    return BigInt(Math.floor((typeof performance !== 'undefined' ? performance.now() : Date.now()) * 1e6));
  },
  cpuNs() {
    if (typeof proc?.cpuUsage === 'function') {
      const u = proc.cpuUsage();
      return BigInt(u.user + u.system) * 1000n;
    }
    return hostClock.monotonicNs();
  },
};

let clock: Clock = hostClock;
/** Nanoseconds time.sleep() has "slept" in this run (added to the wall and monotonic clocks). */
let slept = 0n;

/** The clock of the next run (null: the host's); called by simulate() with its options'. */
export function setClock(c: Clock | null): void {
  clock = c ?? hostClock;
  slept = 0n;
}

/** _PyTime_AsSecondsDouble: a whole number of seconds divides exactly, anything else as a double. */
function seconds(ns: bigint): number {
  if (ns % 1_000_000_000n === 0n) return Number(ns / 1_000_000_000n);
  return Number(ns) / 1e9;
}

const PYTIME_MAX = (1n << 63n) - 1n;

/** The sleep length in nanoseconds, converted as _PyTime_FromSecondsObject(_PyTime_ROUND_TIMEOUT) does. */
function sleepLength(o: PyObject): bigint {
  const tooLarge = P.minor >= 13 ? 'timestamp too large to convert to C PyTime_t' : 'timestamp too large to convert to C _PyTime_t';
  if (o.t === T.float || isSubtype(o.t, T.float)) {
    const d = o.v as number;
    if (d !== d) raise(T.ValueError, 'Invalid value NaN (not a number)');
    // ROUND_TIMEOUT rounds away from zero... for a timeout: towards +infinity
    const ns = Math.ceil(d * 1e9);
    if (!(ns >= -9223372036854775808 && ns < 9223372036854775808)) {
      raise(T.OverflowError, P.minor >= 11 ? 'timestamp out of range for platform time_t' : tooLarge);
    }
    return BigInt(ns);
  }
  let v: bigint;
  if (o.t === T.int || o.t === T.bool) v = BigInt(o.v as number | bigint);
  else {
    const ti = o.t.v as TypeInfo;
    // PyLong_AsLongLong: 3.8 converts through __int__ (nb_int), 3.10+ through __index__
    if (P.minor < 10) {
      if (ti.nb.int === undefined) raise(T.TypeError, `an integer is required (got type ${ti.name})`);
      throw new NotSimulated('time.sleep() of an object with __int__', ST.line, "3.8 converts it with a DeprecationWarning HeapLens does not reproduce");
    }
    const r = pyIndex(o);
    v = BigInt(r.v as number | bigint);
    decref(r);
  }
  const ns = v * 1_000_000_000n;
  if (v > PYTIME_MAX || v < -PYTIME_MAX - 1n || ns > PYTIME_MAX || ns < -PYTIME_MAX - 1n) raise(T.OverflowError, tooLarge);
  return ns;
}

type Impl = (self: PyObject | null, args: PyObject[], kw: string[] | null) => PyObject;

function functions(): [string, Impl][] {
  const wall = (): bigint => clock.realtimeNs() + slept;
  const mono = (): bigint => clock.monotonicNs() + slept;
  const cpu = (): bigint => clock.cpuNs();
  const f = (name: string, read: () => bigint): [string, Impl] => [name, (_s, args, kw) => {
    noArgs(name, args, kw);
    return newFloat(seconds(read()));
  }];
  const ns = (name: string, read: () => bigint): [string, Impl] => [name, (_s, args, kw) => {
    noArgs(name, args, kw);
    return newInt(read());
  }];
  return [
    f('time', wall), ns('time_ns', wall),
    f('perf_counter', mono), ns('perf_counter_ns', mono),
    f('monotonic', mono), ns('monotonic_ns', mono),
    f('process_time', cpu), ns('process_time_ns', cpu),
    f('thread_time', cpu), ns('thread_time_ns', cpu),
    ['sleep', (_s, args, kw) => {
      const ns = sleepLength(oneArg('sleep', args, kw));
      if (ns < 0n) raise(T.ValueError, 'sleep length must be non-negative');
      slept += ns;
      S.None.rc++;
      return S.None;
    }],
  ];
}

/** The functions and constants of CPython's time module HeapLens does not have: reading one stops. */
const STOPS: [string, string][] = [
  ...['gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'strftime', 'strptime', 'struct_time'].map((n): [string, string] => [n, 'HeapLens does not simulate struct_time and the calendar functions (their results depend on the time zone and the C library)']),
  ...['timezone', 'altzone', 'daylight', 'tzname', 'tzset'].map((n): [string, string] => [n, "they depend on the process's time zone"]),
  ...['get_clock_info', 'clock_gettime', 'clock_gettime_ns', 'clock_settime', 'clock_settime_ns', 'clock_getres', 'pthread_getcpuclockid'].map((n): [string, string] => [n, 'HeapLens simulates only the clock functions time(), perf_counter(), monotonic(), process_time(), thread_time() (and their _ns forms) and sleep()']),
];

registerModule('time', (mod) => {
  const d = mod.d as PyObject;
  const data = mod.v as ModuleData;
  // the module's dict holds the CLOCK_* constants, struct_time, ... HeapLens does not have
  data.opaque = new Set(['__loader__', '__spec__', '__dict__', '__doc__']);
  data.partial = true;
  data.stops = new Map(STOPS);
  const pkg = newStr('');
  pkg.f |= F_RUNTIME;
  dictSetStr(d, '__package__', pkg);
  decref(pkg);
  for (const [name, fn] of functions()) {
    const o = builtinFunction(name, fn, 'time');
    // 3.8's single-phase init keeps a copy of the module's dict (m_copy) holding each function
    if (P.minor < 10) o.rc++;
    dictSetStr(d, name, o);
    decref(o);
  }
});
