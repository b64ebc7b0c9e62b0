// What CPython's tracemalloc counts (Modules/_tracemalloc.c; Python/tracemalloc.c from 3.12):
// while tracing, the hooks on the raw, mem and obj allocator domains record every block
// allocated, by address, with its *requested* size (before pymalloc's rounding); `current` is the
// sum over the blocks still recorded, `peak` its maximum since start/clear_traces/reset_peak.
//   - malloc/calloc: add a trace (replacing one at the same address).
//   - realloc: when the block moved, remove the old address's trace; then add a trace of the new
//     size at the new address — so a block allocated before start() and resized after counts in
//     full from then on.
//   - free: remove the trace if there is one (a block allocated before start() changes nothing).
// Blocks the allocator hands out again from an object's free list are not allocations: an object
// taken from a free list costs nothing, and one put back keeps its trace.
//
// The simulator keeps the same table, keyed by the simulated allocator's addresses, fed from the
// runtime's allocation functions (core.ts) with the request sizes CPython's allocation sites
// pass. Where the simulator does not reproduce an allocation site exactly, or cannot know state
// the numbers depend on, it marks the trace inexact; reading the numbers then stops the run.

/** HEAPLENS_TM_LOG=1: every traced allocation and free on stderr (a development aid). */
const LOG = typeof process !== 'undefined' && process.env?.HEAPLENS_TM_LOG === '1';
let logHook: (() => string) | null = null;
export function setTraceLogContext(fn: () => string): void {
  logHook = fn;
}
function log(what: string, addr: number): void {
  process.stderr.write(`tm ${what} @${addr} ${logHook !== null ? logHook() : ''} ${new Error().stack?.split('\n').slice(3, 6).map((l) => l.trim().replace(/^at /, '').replace(/ \(.*\)$/, '')).join(' < ')}\n`);
}

/** The line tracemalloc's traceback (of one frame, the default limit) gives a block allocated
 * now: traceback_new() reads the innermost Python frame's filename and line number
 * (PyFrame_GetLineNumber; 3.12+ skips incomplete frames). Set by the tracemalloc module; 0 when
 * the innermost frame is not the program's own (a frame of the standard library's code, or none:
 * `<unknown>`), which a snapshot cannot attribute. */
let frameLine: () => number = () => 0;
export function setTraceFrameLine(fn: () => number): void {
  frameLine = fn;
}

export class TraceMalloc {
  /** address (allocator units) -> requested bytes of every traced live block */
  private readonly traces = new Map<number, number>();
  /** address -> the line of the traceback recorded with it (0: not the program's own) */
  private readonly lines = new Map<number, number>();
  current = 0;
  peak = 0;
  /** Next key for a traced allocation the simulator has no address for (negative). */
  private phantom = -1;
  /** Why the numbers are not CPython's ('' while they are), and the line that made them so. */
  inexact = '';
  inexactLine = 0;
  /** Why only the peak is not CPython's (a transient block HeapLens does not reproduce): cleared
   * by reset_peak(), which makes the peak the current size again. */
  peakInexact = '';
  peakInexactLine = 0;
  /** Why the current size includes, for now, a block HeapLens does not reproduce ('' when none is
   * alive): set while it lives (a with statement's `lasti` int while __exit__ runs). */
  transient = '';
  transientLine = 0;

  constructor(public nframe: number) {}

  add(addr: number, bytes: number): void {
    if (LOG) log(`+${bytes}`, addr);
    const old = this.traces.get(addr);
    if (old !== undefined) this.current -= old;
    this.traces.set(addr, bytes);
    // tracemalloc_add_trace replaces the traceback too (a realloc in place is attributed anew)
    this.lines.set(addr, frameLine());
    this.current += bytes;
    if (this.current > this.peak) this.peak = this.current;
  }

  remove(addr: number): void {
    const old = this.traces.get(addr);
    if (old === undefined) return;
    this.traces.delete(addr);
    this.lines.delete(addr);
    this.current -= old;
    if (LOG) log(`-${old}`, addr);
  }

  realloc(oldAddr: number, newAddr: number, bytes: number): void {
    if (oldAddr !== 0 && oldAddr !== newAddr) this.remove(oldAddr);
    this.add(newAddr, bytes);
  }

  /** A block the simulator has no address for (it is never freed: a cache entry). */
  addPhantom(bytes: number): void {
    this.add(this.phantom--, bytes);
  }

  /** tracemalloc_clear_traces */
  clear(): void {
    this.traces.clear();
    this.lines.clear();
    this.current = 0;
    this.peak = 0;
  }

  /** _PyTraceMalloc_NewReference: an object made again in a traced block (from a free list)
   * takes the traceback of now. */
  retrace(addr: number): void {
    if (this.lines.has(addr)) this.lines.set(addr, frameLine());
  }

  /** The trace at `addr` (if any) has a line HeapLens cannot know: a snapshot's statistics stop. */
  unattribute(addr: number): void {
    if (this.lines.has(addr)) this.lines.set(addr, 0);
  }

  /** The line recorded with the trace at `addr`, or undefined when it is not traced. */
  lineOf(addr: number): number | undefined {
    return this.lines.get(addr);
  }

  /** Every trace as [requested bytes, line] (_get_traces; line 0: not the program's own). */
  traceList(): [number, number][] {
    const out: [number, number][] = [];
    for (const [addr, bytes] of this.traces) out.push([bytes, this.lines.get(addr) as number]);
    return out;
  }

  /** Mark the peak as not CPython's until the next reset_peak() (the first reason is kept). */
  taintPeak(why: string, line: number): void {
    if (this.peakInexact === '') {
      this.peakInexact = why;
      this.peakInexactLine = line;
    }
  }

  /** Mark the numbers as not CPython's from now on (the first reason is kept; `remedy`: a change
   * to the program that avoids it, see NotSimulated). */
  taint(why: string, line: number, remedy?: 'collect-after-imports'): void {
    if (this.inexact === '') {
      this.inexact = why;
      this.inexactLine = line;
      this.inexactRemedy = remedy;
    }
  }
  inexactRemedy: 'collect-after-imports' | undefined = undefined;
}
