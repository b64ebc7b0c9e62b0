// Per-line facts recorded while the program runs: how often each line ran, what it allocated
// and freed (by type), the net heap bytes, and the facts of the objects bound to the names the
// line binds or uses, taken right after the line last ran.
//
// The tracer sits on the interpreter's hottest paths (every line, every allocation), so it
// keeps flat arrays indexed by line number and by type id, resolves each line's names once per
// code object, and overwrites one preallocated snapshot per line. It never runs Python code and
// never allocates simulated objects: a traced run behaves exactly like an untraced one.
import type { Trace, LineFacts, NameRef, HeapSummary, Timeline, HeapView } from '../result';
import { collectionLog } from '../runtime/gc';
import type { PyObject } from '../runtime/object';
import { F_IMMORTAL, F_RUNTIME, F_STATIC } from '../runtime/object';
import { R, ST, reportedRefcount } from '../runtime/core';
import { type TypeInfo, isType } from '../runtime/types';
import { T } from '../runtime/core';
import { setTraceLine, NameCache, cachedLookup, RT } from '../compile/rt';
import { type Frame, type Code, callStack, traceHooks } from '../runtime/func';
import { dictEntries, dictGetStr, type DictData } from '../runtime/dict';
import { objectSize, refcountFacts, refcountStop, observedImmortal, observedRefcount, unknownReason } from '../runtime/modules/core_modules';
import { intSizeof } from '../runtime/numbers';
import type * as ast from '../parse/ast';
import type { Checks } from './checks';
import { GarbageTracker, GarbageWatcher } from '../findings/cycles';
import { StopAtStep, captureHeap, allocSites } from './heapview';
import type { GrowthSeries, InstanceCensus } from '../findings';
import { PyObject as PyObjectClass } from '../runtime/object';
import { trackedObjects } from '../runtime/gc';
import { gcTraceHooks, unreachableObjects } from '../runtime/gc';
import { lruCacheOf } from '../runtime/modules/functools';

/** Where a name on a line is found in a frame of a given code object. */
/** Off only in the test that checks the snapshot size cache against measuring every time. */
let sizeCache = true;
export function setSnapshotSizeCache(on: boolean): void {
  sizeCache = on;
}

const enum Where {
  /** A fast local slot (`l[slot]`). */
  Fast,
  /** A fast slot that holds a cell (a captured variable). */
  Cell,
  /** The frame's namespace dict (module and class bodies), then its globals. */
  Namespace,
  /** The globals dict (a function frame reading a global). */
  Global,
}

/** A module-level name sampled at each iteration of a loop that never mentions it. */
/** A series of a container that is an attribute of a module-level instance (`bus.listeners`). */
type AttrSeries = GrowthSeries & { obj: PyObject; inner: PyObject; owner?: PyObject; attr?: string };

interface GrowthCandidate {
  name: string;
  /** `line:name`, the series' key. */
  key: string;
  nc: NameCache;
  series: (GrowthSeries & { obj: PyObject; inner: PyObject }) | undefined;
  /** a decorated function's name: sampled (as an lru_cache's cache) even where the loop uses it */
  cache?: boolean;
  /** a class's name: its list/dict/set class attributes are sampled even where the loop uses the
   * class (`Model(i)` grows `Model.registry` through `__init__`), except those the loop itself
   * reaches as `Model.attr` (then filling them is the point of the loop) */
  direct?: Set<string>;
  /** a class's name: the line of each attribute its body assigns */
  attrLines?: Map<string, number>;
  /** a name the loop mentions only as an argument of a program class's constructor
   * (`Widget(bus)`, whose `__init__` subscribes to `bus.listeners`): only the containers of the
   * instance it is bound to are sampled, not the object itself */
  attrsOnly?: boolean;
  /** a module-level name's: the line of its last module-level assignment before the loop */
  bindLine?: number;
}

interface NameSlot {
  name: string;
  where: Where;
  slot: number;
  /** Where the name was found last time (dict lookups), as the generated code's name caches. */
  nc: NameCache;
  /** A name looked up in the globals alone (module code, a function's global): the globals
   * table of the last lookup, the key object found there and its entry index (the entry still
   * holds that key: the name's value is the entry's), or with no key the table's keys version
   * when the name was not in it (no key added since: still not there). */
  gd: DictData | null;
  key: PyObject | null;
  ki: number;
  kver: number;
}

/** The snapshot of one line's names, overwritten each time the line finishes. */
interface Snap {
  /** The resolution the snapshot was made for (a line can belong to several code objects). */
  plan: NameSlot[];
  names: string[];
  /** The object each name was bound to at the last snapshot (identity only). */
  obj: (PyObject | null)[];
  set: Uint8Array;
  type: (TypeInfo | null)[];
  rc: Float64Array;
  imm: Uint8Array;
  size: Float64Array;
  /** R.bufferEpoch when each size was measured. */
  epoch: Float64Array;
}

/** Timeline samples kept (then every other one is dropped and the interval doubles). */
const MAX_SAMPLES = 4096;

export class Tracer {
  /** Names each line binds or reads (the statement's own expressions, not nested bodies). */
  private readonly namesByLine: string[][];
  private readonly nlines: number;
  private readonly exec: Float64Array;
  private readonly bytes: Float64Array;
  /** Per line: objects allocated / freed by type id, as pairs [count, bytes] at 2 * tid. */
  private readonly alloc: (Float64Array | undefined)[] = [];
  private readonly freed: (Float64Array | undefined)[] = [];
  private readonly snaps: (Snap | undefined)[] = [];
  /** Step at which each line's last snapshot was taken. */
  private readonly afterStep: (number | undefined)[] = [];
  private readonly plans = new Map<Code, (NameSlot[] | null)[]>();
  private lastCode: Code | null = null;
  private lastPlan: (NameSlot[] | null)[] = [];
  /** Objects alive by type id, and the TypeInfo of every id seen. */
  private readonly liveCount: number[] = [];
  private readonly liveBytes: number[] = [];
  private readonly types: TypeInfo[] = [];
  private final: HeapSummary | null = null;
  mainGlobals: PyObject | null = null;
  /** `# @expect`/`# @snapshot` checking, when the run has annotations. */
  checks: Checks | null = null;
  /** Cyclic garbage seen by collections and left at the end (findings, pass 1). */
  readonly garbage = new GarbageTracker(R.heap);
  /** Pass 2 of the cycle-garbage finding: where watched groups lose their last outside reference. */
  watcher: GarbageWatcher | null = null;
  /** Loop header lines → global names that the loop's own code never mentions (containers
   * growing through those grow indirectly: the cache pattern). */
  private growthCandidates: (GrowthCandidate[] | undefined)[] = [];
  private readonly growth = new Map<string, AttrSeries>();
  // ---- the timeline: samples every `interval` steps, in columns
  private interval = 1;
  private nextSample = 0;
  // fixed-capacity typed columns (MAX_SAMPLES each) and how many samples they hold: a sample is
  // nine stores, not nine growing-array pushes; timeline() copies them out as plain arrays
  private readonly tlStep = new Float64Array(MAX_SAMPLES);
  private readonly tlLine = new Float64Array(MAX_SAMPLES);
  private readonly tlHeap = new Float64Array(MAX_SAMPLES);
  private readonly tlMalloc = new Float64Array(MAX_SAMPLES);
  private readonly tlGen0 = new Float64Array(MAX_SAMPLES);
  private readonly tlGen1 = new Float64Array(MAX_SAMPLES);
  private readonly tlGen2 = new Float64Array(MAX_SAMPLES);
  private readonly tlArenas = new Float64Array(MAX_SAMPLES);
  private readonly tlPools = new Float64Array(MAX_SAMPLES);
  private tlN = 0;
  private peak = { bytes: 0, step: 0, line: 0 };
  /** options.stopAtStep: describe the heap and stop at the first line at or after it. */
  stopAt: number | null = null;

  constructor(source: string) {
    this.nlines = source.split(/\r\n|\r|\n/).length;
    this.namesByLine = Array.from({ length: this.nlines + 2 }, () => []);
    // Lines past the end (never executed) and line 0 (the runtime) share the arrays' last slot.
    this.exec = new Float64Array(this.nlines + 2);
    this.bytes = new Float64Array(this.nlines + 2);
  }

  /** Attribute every name in the module to the first line of the statement it belongs to. */
  setModule(mod: ast.Module): void {
    const sets = new Map<number, Set<string>>();
    const add = (line: number, name: string): void => {
      let s = sets.get(line);
      if (s === undefined) sets.set(line, (s = new Set()));
      s.add(name);
    };
    const visitExpr = (n: unknown, line: number): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) visitExpr(x, line);
        return;
      }
      const node = n as { type?: string; [k: string]: unknown };
      if (node.type === 'Name') add(line, (node as unknown as ast.Name).id);
      // the names a pattern captures
      if ((node.type === 'MatchAs' || node.type === 'MatchStar') && typeof node.name === 'string') add(line, node.name);
      if (node.type === 'MatchMapping' && typeof node.rest === 'string') add(line, node.rest);
      for (const k in node) {
        if (k === 'type') continue;
        const v = node[k];
        if (v !== null && typeof v === 'object') visitExpr(v, line);
      }
    };
    const visitStmts = (stmts: ast.Stmt[]): void => {
      for (const s of stmts) {
        const line = s.lineno;
        const node = s as unknown as { [k: string]: unknown };
        if (s.type === 'FunctionDef' || s.type === 'AsyncFunctionDef' || s.type === 'ClassDef') add(line, s.name);
        if (s.type === 'Import' || s.type === 'ImportFrom') {
          for (const a of s.names) if (a.name !== '*') add(line, a.asname ?? a.name.split('.')[0]);
        }
        for (const k in node) {
          const v = node[k];
          if (k === 'type' || v === null || typeof v !== 'object') continue;
          if (k === 'body' || k === 'orelse' || k === 'finalbody') {
            if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && isStmt(v[0])) {
              visitStmts(v as ast.Stmt[]);
              continue;
            }
          }
          if (k === 'handlers') {
            for (const h of v as ast.ExceptHandler[]) {
              if (h.name !== null) add(h.lineno, h.name);
              visitExpr(h.htype, h.lineno);
              visitStmts(h.body);
            }
            continue;
          }
          if (k === 'cases') {
            for (const c of v as ast.MatchCase[]) {
              visitExpr(c.pattern, c.pattern.lineno);
              visitExpr(c.guard, c.pattern.lineno);
              visitStmts(c.body);
            }
            continue;
          }
          visitExpr(v, line);
        }
      }
    };
    visitStmts(mod.body);
    for (const [line, s] of sets) if (line < this.namesByLine.length) this.namesByLine[line] = [...s].sort();
    this.findGrowthCandidates(mod);
  }

  /** For each loop: the module-level names its code does not mention (see growthCandidates). */
  private findGrowthCandidates(mod: ast.Module): void {
    const moduleNames = new Set<string>();
    const assignLines = new Map<string, number[]>();
    const assigned = (name: string, line: number): void => {
      moduleNames.add(name);
      const ls = assignLines.get(name);
      if (ls === undefined) assignLines.set(name, [line]);
      else ls.push(line);
    };
    // decorated functions: an lru_cache(maxsize=None) wrapper grows through the calls that use it
    const decorated = new Set<string>();
    const classes = new Map<string, Map<string, number>>();
    for (const s of mod.body) {
      if (s.type === 'ClassDef') {
        const attrLines = new Map<string, number>();
        for (const b of s.body) {
          if (b.type === 'Assign') for (const t of b.targets) if (t.type === 'Name') attrLines.set(t.id, b.lineno);
          if (b.type === 'AnnAssign' && b.target.type === 'Name') attrLines.set(b.target.id, b.lineno);
        }
        classes.set(s.name, attrLines);
      }
      if (s.type === 'Assign') for (const t of s.targets) if (t.type === 'Name') assigned(t.id, s.lineno);
      if (s.type === 'AnnAssign' && s.target.type === 'Name') assigned(s.target.id, s.lineno);
      if (s.type === 'FunctionDef' && s.decorator_list.length > 0) decorated.add(s.name);
    }
    // where a module-level name was last bound before a loop (`bus = Bus()` for `bus.listeners`)
    const bindLineOf = (name: string, loop: number): { bindLine?: number } => {
      const before = (assignLines.get(name) ?? []).filter((l) => l < loop);
      return before.length > 0 ? { bindLine: before[before.length - 1] } : {};
    };
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) visit(x);
        return;
      }
      const node = n as { type?: string; lineno?: number; body?: unknown; [k: string]: unknown };
      if ((node.type === 'For' || node.type === 'While') && typeof node.lineno === 'number') {
        const loopLine = node.lineno;
        const used = new Set<string>();
        const ctorArgs = new Set<string>();
        namesOutsideCtorArgs(node, classes, used, ctorArgs);
        const cands = [...moduleNames].filter((x) => !used.has(x) && !ctorArgs.has(x));
        const ctorOnly = [...moduleNames].filter((x) => !used.has(x) && ctorArgs.has(x));
        const caches = [...decorated].filter((x) => !moduleNames.has(x));
        const classCands = [...classes.keys()].filter((x) => !moduleNames.has(x) && !decorated.has(x));
        // growth through a call: the loop must call something
        const hasCall = containsCall(node);
        if (cands.length + ctorOnly.length + caches.length + classCands.length > 0 && hasCall) {
          this.growthCandidates[node.lineno] = [
            ...cands.map((name) => ({ name: internalize(name), key: `${node.lineno}:${name}`, nc: new NameCache(), series: undefined, ...bindLineOf(name, loopLine) })),
            ...ctorOnly.map((name) => ({ name: internalize(name), key: `${node.lineno}:${name}`, nc: new NameCache(), series: undefined, attrsOnly: true, ...bindLineOf(name, loopLine) })),
            ...caches.map((name) => ({ name: internalize(name), key: `${node.lineno}:${name}`, nc: new NameCache(), series: undefined, cache: true })),
            ...classCands.map((name) => ({ name: internalize(name), key: `${node.lineno}:${name}`, nc: new NameCache(), series: undefined, direct: attributesOf(node, name), attrLines: classes.get(name) })),
          ];
        }
      }
      for (const k in node) if (node[k] !== null && typeof node[k] === 'object') visit(node[k]);
    };
    visit(mod.body);
  }

  /** A loop header line starts an iteration: sample the sizes of its candidate containers. */
  private sampleGrowth(f: Frame, line: number, cands: GrowthCandidate[]): void {
    const g = f.g.v as DictData;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      const o = cachedLookup(c.nc, c.name, g, null, null);
      if (o === null) continue;
      // an lru_cache wrapper: its cache dict
      if (c.direct !== undefined) {
        // a class of the program's: the containers among its class attributes
        if (isType(o) && (o.v as TypeInfo).heap) this.sampleAttrs(line, c, o, (o.v as TypeInfo).dict, c.direct);
        continue;
      }
      const cache = lruCacheOf(o);
      if (c.cache === true && cache === null) continue;
      const inner = cache ?? o;
      const t = inner.t;
      const ti = t.v as TypeInfo;
      if (cache === null && ti.heap && inner.d instanceof PyObjectClass && inner.d.t === T.dict) {
        // an instance of the program's (an event bus, a registry object): its containers grow
        // through the calls too (`bus.listeners`)
        this.sampleAttrs(line, c, inner, inner.d);
        continue;
      }
      if (c.attrsOnly === true) continue;
      if (ti.len === null || !(t === T.dict || t === T.list || t === T.set || ti.solid === T.dict || ti.solid === T.list || ti.solid === T.set)) continue;
      const len = ti.len(inner);
      const s = c.series;
      if (s === undefined || s.obj !== o) {
        c.series = { loopLine: line, name: c.name, type: cache !== null ? 'lru_cache' : ti.name, first: len, last: len, samples: 1, increases: 0, lead: 0, alive: false, finalLen: 0, finalBytes: 0, obj: o, inner, ...(c.bindLine !== undefined ? { bindLine: c.bindLine } : {}) };
        this.growth.set(c.key, c.series);
        continue;
      }
      if (len > s.last) s.increases++;
      else if (s.increases === 0) s.lead++;
      s.last = len;
      s.samples++;
    }
  }

  /** The list, dict and set attributes of a module-level instance or class, each a series of its
   * own (but not those in `skip`). */
  private sampleAttrs(line: number, c: GrowthCandidate, owner: PyObject, d: PyObject, skip?: Set<string>): void {
    const dd = d.v as DictData;
    for (let i = 0; i < dd.ks.length; i++) {
      const k = dd.ks[i];
      const v = dd.vs[i];
      if (k === null || v === null || k.t !== T.str || (skip !== undefined && skip.has(k.v as string))) continue;
      const vt = v.t;
      const vti = vt.v as TypeInfo;
      // exact types only: a subclass's len() may be Python code, which the tracer never runs
      if (vti.len === null || !(vt === T.dict || vt === T.list || vt === T.set)) continue;
      const attr = k.v as string;
      const key = `${c.key}.${attr}`;
      const len = vti.len(v);
      const s = this.growth.get(key);
      if (s === undefined || s.obj !== v || s.owner !== owner) {
        const bindLine = c.attrLines?.get(attr) ?? c.bindLine;
        this.growth.set(key, { loopLine: line, name: `${c.name}.${attr}`, type: vti.name, first: len, last: len, samples: 1, increases: 0, lead: 0, alive: false, finalLen: 0, finalBytes: 0, obj: v, inner: v, owner, attr, ...(bindLine !== undefined ? { bindLine } : {}) });
        continue;
      }
      if (len > s.last) s.increases++;
      else if (s.increases === 0) s.lead++;
      s.last = len;
      s.samples++;
    }
  }

  /** Instances alive now, per heap class that gives them a dict (for `many-instances`). */
  instanceCensus(): InstanceCensus[] {
    const by = new Map<PyObject, InstanceCensus>();
    for (const o of trackedObjects(null)) {
      const ti = o.t.v as TypeInfo;
      if (!ti.heap || !ti.hasDict || ti.solid !== null || ti.slotNames.length > 0) continue;
      let c = by.get(o.t);
      if (c === undefined) {
        const attributes: string[] = [];
        if (o.d instanceof PyObjectClass) for (const [k] of dictEntries(o.d)) if (k.t === T.str) attributes.push(k.v as string);
        by.set(o.t, (c = { className: ti.name, count: 0, attributes, objectBytes: objectSize(o), withDict: 0 }));
      }
      c.count++;
      // a 3.11+ instance keeps its values without a dict object until something asks for
      // `__dict__` (a runtime-only stand-in dict here)
      if (o.d instanceof PyObjectClass && !((o.d.f & F_RUNTIME) !== 0 && o.d.t === T.dict)) c.withDict++;
    }
    return [...by.values()];
  }

  /** The growth series, with what each container looks like at the end. */
  growthSeries(): GrowthSeries[] {
    const out: GrowthSeries[] = [];
    const g = this.mainGlobals;
    for (const s of this.growth.values()) {
      let alive: boolean;
      if (s.owner !== undefined && s.attr !== undefined) {
        // still the global's instance, still holding this container under that attribute
        const base = s.name.slice(0, s.name.length - s.attr.length - 1);
        const now = g === null ? null : cachedLookup(new NameCache(), internalize(base), g.v as DictData, null, null);
        const d = now !== s.owner ? null : isType(now) ? (now.v as TypeInfo).dict : now.d;
        alive = d instanceof PyObjectClass && d.t === T.dict && dictGetStr(d, s.attr) === s.obj && s.obj.rc > 0;
      } else {
        const now = g === null ? null : cachedLookup(new NameCache(), s.name, g.v as DictData, null, null);
        alive = now === s.obj && s.obj.rc > 0 && (s.inner === s.obj || lruCacheOf(s.obj) === s.inner);
      }
      const ti = s.inner.t.v as TypeInfo;
      out.push({ loopLine: s.loopLine, name: s.name, type: s.type, first: s.first, last: s.last, samples: s.samples, increases: s.increases, lead: s.lead, alive, finalLen: alive && ti.len !== null ? ti.len(s.inner) : 0, finalBytes: alive ? objectSize(s.inner) : 0, ...(s.bindLine !== undefined ? { bindLine: s.bindLine } : {}) });
    }
    return out;
  }

  install(): void {
    setTraceLine((f, line, counts) => this.onLine(f, line, counts));
    R.onAlloc = (o, bytes) => this.onAlloc(o, bytes);
    // the collections of interpreter shutdown free what the program's end left (its classes,
    // whose type objects are cyclic by nature, instances still bound to globals): garbage the
    // program never made, which a finding would place on whatever line ran last (a __del__)
    gcTraceHooks.garbage = (objs, gen, automatic, saved) => {
      if (!this.programEnded) this.garbage.onGarbage(objs, ST.line, gen, automatic, saved);
    };
    R.onFree = (o, bytes) => this.onFree(o, bytes);
    R.onReuse = (o) => {
      this.onRecycled(o, true);
      this.garbage.onAlloc(o, ST.line);
      if (this.watcher !== null) this.watcher.onAlloc(o);
      if (allocSites.lines !== null && ST.line > 0) allocSites.lines.set(o, ST.line);
    };
    R.onRecycle = (o) => this.onRecycled(o, false);
    traceHooks.exit = (f, ok, suspended) => this.frameExit(f, ok, suspended);
    R.onBytes = (delta) => {
      this.bytes[this.index(ST.line)] += delta;
      if (delta > 0) this.notePeak();
    };
  }

  private index(line: number): number {
    return line > 0 && line <= this.nlines ? line : this.nlines + 1;
  }

  /** A frame returns, yields or unwinds: its current line has finished. */
  frameExit(f: Frame, ok: boolean, suspended: boolean): void {
    const prev = f.tl;
    // the line finished with its frame: the heap "after it" is past the current step
    if (prev !== 0) this.snapshot(f, prev, 1);
    f.tl = 0;
    if (this.checks !== null) this.checks.onExit(f, ok, suspended);
  }

  /** The frame of the last line event (a different frame with a line already run: it resumed after a call). */
  private lastFrame: Frame | null = null;

  private onLine(f: Frame, line: number, counts: boolean): void {
    const prev = f.tl;
    if (prev !== 0) this.snapshot(f, prev);
    f.tl = line;
    if (counts) this.exec[this.index(line)]++;
    if (this.checks !== null) this.checks.onLine(f, line);
    if (this.watcher !== null) this.watcher.onLine(line, f !== this.lastFrame ? prev : 0);
    this.lastFrame = f;
    const cands = this.growthCandidates[line];
    if (cands !== undefined) this.sampleGrowth(f, line, cands);
    if (ST.steps >= this.nextSample) this.sample(line);
    if (this.stopAt !== null && ST.steps >= this.stopAt) throw new StopAtStep(captureHeap(line));
    if (this.captureAt !== null && this.captureNext < this.captureAt.length && ST.steps >= this.captureAt[this.captureNext]) {
      this.views.push(captureHeap(line));
      while (this.captureNext < this.captureAt.length && this.captureAt[this.captureNext] <= ST.steps) this.captureNext++;
    }
  }

  /** options.captureAtSteps, ascending, and the views taken so far. */
  captureAt: number[] | null = null;
  private captureNext = 0;
  readonly views: HeapView[] = [];



  /** One timeline sample; when the columns are full, keep every other sample and sample half as often. */
  private sample(line: number): void {
    let n = this.tlN;
    if (n >= MAX_SAMPLES) {
      for (const col of [this.tlStep, this.tlLine, this.tlHeap, this.tlMalloc, this.tlGen0, this.tlGen1, this.tlGen2, this.tlArenas, this.tlPools]) {
        let w = 0;
        for (let r = 0; r < n; r += 2) col[w++] = col[r];
      }
      n = (n + 1) >> 1;
      this.interval *= 2;
    }
    const h = R.heap;
    const g = R.gens;
    this.tlStep[n] = ST.steps;
    this.tlLine[n] = line;
    this.tlHeap[n] = h.inUse;
    this.tlMalloc[n] = h.mallocBytes;
    this.tlGen0[n] = g[0].count;
    this.tlGen1[n] = g[1].count;
    this.tlGen2[n] = g[2].count;
    this.tlArenas[n] = h.arenasCurrent;
    this.tlPools[n] = h.poolsInUse;
    this.tlN = n + 1;
    this.nextSample = ST.steps + this.interval;
  }

  private notePeak(): void {
    const b = R.heap.inUse;
    if (b > this.peak.bytes) {
      this.peak.bytes = b;
      this.peak.step = ST.steps;
      this.peak.line = ST.line;
    }
  }

  private column(col: Float64Array): number[] {
    const n = this.tlN;
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = col[i];
    return out;
  }

  timeline(): Timeline {
    return {
      interval: this.interval,
      step: this.column(this.tlStep),
      line: this.column(this.tlLine),
      heapBytes: this.column(this.tlHeap),
      mallocBytes: this.column(this.tlMalloc),
      gen0: this.column(this.tlGen0),
      gen1: this.column(this.tlGen1),
      gen2: this.column(this.tlGen2),
      arenas: this.column(this.tlArenas),
      pools: this.column(this.tlPools),
      collections: collectionLog.map((c) => ({ step: c.step, line: c.line, generation: c.generation, collected: c.collected, uncollectable: c.uncollectable, automatic: c.automatic })),
      peak: { ...this.peak },
      steps: ST.steps,
    };
  }

  private onAlloc(o: PyObject, bytes: number): void {
    const ti = o.t.v as TypeInfo;
    const tid = ti.tid;
    const line = this.index(ST.line);
    let a = this.alloc[line];
    if (a === undefined || a.length <= 2 * tid) this.alloc[line] = a = grown(a, tid);
    a[2 * tid]++;
    a[2 * tid + 1] += bytes;
    this.bytes[line] += bytes;
    if (this.types[tid] === undefined) {
      this.types[tid] = ti;
      this.liveCount[tid] = 0;
      this.liveBytes[tid] = 0;
    }
    this.liveCount[tid]++;
    this.liveBytes[tid] += bytes;
    this.garbage.onAlloc(o, ST.line);
    if (this.watcher !== null) this.watcher.onAlloc(o);
    if (allocSites.lines !== null && ST.line > 0) allocSites.lines.set(o, ST.line);
    if (R.heap.inUse > this.peak.bytes) this.notePeak();
  }

  private onFree(o: PyObject, bytes: number): void {
    const ti = o.t.v as TypeInfo;
    const tid = ti.tid;
    const line = this.index(ST.line);
    let a = this.freed[line];
    if (a === undefined || a.length <= 2 * tid) this.freed[line] = a = grown(a, tid);
    a[2 * tid]++;
    a[2 * tid + 1] += bytes;
    this.bytes[line] -= bytes;
    // Objects made before tracing started (the runtime's own) are not in the live counts.
    if (this.types[tid] !== undefined && this.liveCount[tid] > 0) {
      this.liveCount[tid]--;
      this.liveBytes[tid] -= bytes;
    }
  }

  /** An object made in a block a free list kept (`made`), or dead into a free list: an object
   * allocated or deallocated on the line, with no bytes (the block stays in use throughout). */
  private onRecycled(o: PyObject, made: boolean): void {
    const ti = o.t.v as TypeInfo;
    const tid = ti.tid;
    const line = this.index(ST.line);
    const rec = made ? this.alloc : this.freed;
    let a = rec[line];
    if (a === undefined || a.length <= 2 * tid) rec[line] = a = grown(a, tid);
    a[2 * tid]++;
    if (this.types[tid] === undefined) {
      this.types[tid] = ti;
      this.liveCount[tid] = 0;
      this.liveBytes[tid] = 0;
    }
    const bytes = R.heap.blockBytes(o.a);
    if (made) {
      this.liveCount[tid]++;
      this.liveBytes[tid] += bytes;
    } else if (this.liveCount[tid] > 0) {
      this.liveCount[tid]--;
      this.liveBytes[tid] -= bytes;
    }
  }

  // ---------------------------------------------------------------- name snapshots

  private planFor(code: Code): (NameSlot[] | null)[] {
    if (code === this.lastCode) return this.lastPlan;
    let plan = this.plans.get(code);
    if (plan === undefined) {
      plan = [];
      this.plans.set(code, plan);
    }
    this.lastCode = code;
    this.lastPlan = plan;
    return plan;
  }

  private resolve(code: Code, line: number): NameSlot[] | null {
    const names = this.namesByLine[line];
    if (names === undefined || names.length === 0) return null;
    const optimized = !code.isModule && !code.isClassBody;
    const nvar = code.varnames.length;
    const out: NameSlot[] = [];
    for (const raw of names) {
      // the generated code's names are string literals (internalised by V8): the same string
      // object compares by identity, a slice of the source would be compared character by character
      const name = internalize(raw);
      if (!optimized) {
        out.push(nameSlot(name, Where.Namespace, -1));
        continue;
      }
      let i = code.varnames.indexOf(name);
      if (i >= 0) {
        out.push(nameSlot(name, code.argCells.includes(i) ? Where.Cell : Where.Fast, i));
        continue;
      }
      i = code.cellvars.indexOf(name);
      if (i >= 0) {
        out.push(nameSlot(name, Where.Cell, nvar + i));
        continue;
      }
      i = code.freevars.indexOf(name);
      if (i >= 0) {
        out.push(nameSlot(name, Where.Cell, nvar + code.cellvars.length + i));
        continue;
      }
      out.push(nameSlot(name, Where.Global, -1));
    }
    return out.length > 0 ? out : null;
  }

  private snapshot(f: Frame, line: number, past = 0): void {
    const plan = this.planFor(f.code);
    let slots = plan[line];
    if (slots === undefined) slots = plan[line] = this.resolve(f.code, line);
    if (slots === null) return;
    let snap = this.snaps[line];
    if (snap === undefined || snap.plan !== slots) {
      const n = slots.length;
      snap = {
        plan: slots,
        names: slots.map((s) => s.name),
        obj: new Array<PyObject | null>(n).fill(null),
        set: new Uint8Array(n),
        type: new Array<TypeInfo | null>(n).fill(null),
        rc: new Float64Array(n),
        imm: new Uint8Array(n),
        size: new Float64Array(n),
        epoch: new Float64Array(n).fill(-1),
      };
      this.snaps[line] = snap;
    }
    this.afterStep[line] = ST.steps + past;
    for (let i = 0; i < slots.length; i++) {
      const o = lookup(f, slots[i]);
      if (o === null) {
        snap.set[i] = 0;
        continue;
      }
      snap.set[i] = 1;
      const fl = o.f;
      snap.rc[i] = (fl & (F_IMMORTAL | F_STATIC)) === 0 ? o.rc : reportedRefcount(o);
      const t = o.t;
      const ti = t.v as TypeInfo;
      // The same object as last time, of the same type, measured while no buffer anywhere was
      // allocated, freed or resized (or immutable): its size cannot have changed.
      const epoch = R.bufferEpoch;
      if (snap.type[i] === ti && sizeCache) {
        if (snap.obj[i] === o && (snap.epoch[i] === epoch || fixedSize(t))) continue;
        // an instance of a plain class (no builtin base): its size is its class's
        if (ti.heap && ti.solid === null) {
          snap.obj[i] = o;
          snap.imm[i] = (fl & F_IMMORTAL) !== 0 ? 1 : 0;
          continue;
        }
      }
      snap.obj[i] = o;
      snap.type[i] = ti;
      snap.imm[i] = (fl & F_IMMORTAL) !== 0 ? 1 : 0;
      snap.epoch[i] = epoch;
      // sys.getsizeof adds the GC header and pre-header only to GC and heap types
      snap.size[i] = t === T.int ? intSizeof(o) : ti.gc || ti.heap ? objectSize(o) : ti.sizeof(o);
    }
  }

  // ---------------------------------------------------------------- results

  /** The program's module code finished: record the heap as it stands (before shutdown). */
  /** With stopAtStep past the end of the run: the heap as the program left it. */
  endView: HeapView | null = null;

  /** The instance census when the program's code finished (before shutdown frees things). */
  census: InstanceCensus[] = [];

  /** The program's code finished (what runs after it is interpreter shutdown). */
  private programEnded = false;

  captureFinal(): void {
    this.programEnded = true;
    if (this.stopAt !== null && this.endView === null) this.endView = captureHeap(ST.line, this.mainGlobals);
    if (this.captureAt !== null && this.captureNext < this.captureAt.length) {
      // steps past the end: the heap as the program left it
      this.views.push(captureHeap(ST.line, this.mainGlobals));
      this.captureNext = this.captureAt.length;
    }
    this.census = this.instanceCensus();
    // the module may have come back from a call since the last line event (made inside the
    // callee): ST.line, restored on return, is the module's line that finished last
    if (this.watcher !== null) this.watcher.atEnd(ST.line);
    this.garbage.atEnd(unreachableObjects());
    for (let f = callStack.length - 1; f >= 0; f--) {
      const fr = callStack[f];
      if (fr.tl !== 0) this.snapshot(fr, fr.tl);
      fr.tl = 0;
    }
    const byType: HeapSummary['byType'] = [];
    let objects = 0;
    for (let tid = 0; tid < this.types.length; tid++) {
      const ti = this.types[tid];
      if (ti === undefined || this.liveCount[tid] <= 0) continue;
      byType.push({ type: ti.name, count: this.liveCount[tid], bytes: this.liveBytes[tid] });
      objects += this.liveCount[tid];
    }
    byType.sort((a, b) => b.bytes - a.bytes || (a.type < b.type ? -1 : 1));
    this.final = { objects, bytes: R.heap.inUse, byType, globals: this.globalsNow() };
  }

  finish(): Trace {
    if (this.final === null) this.captureFinal();
    const lines: LineFacts[] = [];
    for (let line = 1; line <= this.nlines; line++) {
      const n = this.exec[line];
      if (n === 0) continue;
      const snap = this.snaps[line];
      const refs: NameRef[] = [];
      if (snap !== undefined) {
        for (let i = 0; i < snap.names.length; i++) {
          if (snap.set[i] === 0) continue;
          // whether CPython's count is known is decided at the end (the reasons only accumulate:
          // a warning shown, an import, a type lookup of the name): an object freed since had a
          // count of the program's own
          const o = snap.obj[i] as PyObject;
          const stop = o.rc > 0 ? refcountStop(o) : null;
          const imm = snap.imm[i] === 1 || (o.rc > 0 && observedImmortal(o));
          refs.push({
            name: snap.names[i],
            type: (snap.type[i] as TypeInfo).name,
            refcount: imm ? observedRefcount(o) : snap.rc[i],
            immortal: imm,
            ...(stop !== null ? { refcountUnknown: unknownReason(stop) } : {}),
            size: snap.size[i],
          });
        }
      }
      lines.push({
        line,
        executions: n,
        allocated: this.byName(this.alloc[line], 0),
        allocatedBytes: this.byName(this.alloc[line], 1),
        freed: this.byName(this.freed[line], 0),
        freedBytes: this.byName(this.freed[line], 1),
        bytesDelta: this.bytes[line],
        refs,
        afterStep: this.afterStep[line] ?? 0,
      });
    }
    return { lines, finalHeap: this.final as HeapSummary, timeline: this.timeline() };
  }

  /** Counts (`which` 0) or bytes (1) by type name, for the types with a count. */
  private byName(pairs: Float64Array | undefined, which: 0 | 1): Record<string, number> {
    const out: Record<string, number> = {};
    if (pairs === undefined) return out;
    for (let tid = 0; 2 * tid < pairs.length; tid++) {
      if (pairs[2 * tid] > 0) {
        const name = this.types[tid]?.name ?? '?';
        out[name] = (out[name] ?? 0) + pairs[2 * tid + which];
      }
    }
    return out;
  }

  private globalsNow(): NameRef[] {
    const g = this.mainGlobals;
    if (g === null) return [];
    const out: NameRef[] = [];
    for (const [k, v] of dictEntries(g)) {
      if (k.t !== T.str) continue;
      const name = k.v as string;
      if (name.startsWith('__') && name.endsWith('__')) continue;
      out.push({
        name,
        type: (v.t.v as TypeInfo).name,
        ...refcountFacts(v),
        size: objectSize(v),
      });
    }
    return out;
  }
}

function isStmt(n: object): boolean {
  const t = (n as { type?: unknown }).type;
  return typeof t === 'string' && /^[A-Z]/.test(t) && 'lineno' in n && !EXPR_TYPES.has(t);
}

const EXPR_TYPES = new Set(['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp',
  'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue',
  'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice']);

/** Objects whose size never changes (immutable built-in types; not str, which PyUnicode_Append
 * resizes in place when nothing else references it). */
function fixedSize(t: PyObject): boolean {
  return t === T.int || t === T.float || t === T.tuple || t === T.bool || t === T.NoneType || t === T.bytes || t === T.frozenset || t === T.complex;
}

function lookup(f: Frame, s: NameSlot): PyObject | null {
  switch (s.where) {
    case Where.Fast:
      return f.l[s.slot];
    case Where.Cell: {
      const c = f.l[s.slot];
      return c === null ? null : ((c.v as PyObject | null) ?? null);
    }
    case Where.Namespace: {
      // a class body: its namespace, then the globals (a builtin is not one of the line's names;
      // builtins take part in the lookup so that the site cache also remembers a miss in the
      // namespace and globals)
      const ns = f.ns;
      if (ns === null || ns === f.g) return globalLookup(s, f.g.v as DictData);
      const b = RT.builtins.v as DictData;
      const o = cachedLookup(s.nc, s.name, ns.v as DictData, f.g.v as DictData, b);
      return s.nc.d === b ? null : o;
    }
    default:
      return globalLookup(s, f.g.v as DictData);
  }
}

/** A name's value in the globals alone, or null (a builtin is not one of the line's names). */
function globalLookup(s: NameSlot, gd: DictData): PyObject | null {
  if (s.gd === gd) {
    const k = s.key;
    if (k !== null) {
      if (gd.ks[s.ki] === k) return gd.vs[s.ki];
    } else if (gd.kver === s.kver) return null;
  }
  s.gd = gd;
  const i = gd.find(s.name);
  if (i >= 0) {
    s.key = gd.ks[i];
    s.ki = i;
    return gd.vs[i];
  }
  s.key = null;
  s.kver = gd.kver;
  return null;
}

function nameSlot(name: string, where: Where, slot: number): NameSlot {
  return { name, where, slot, nc: new NameCache(), gd: null, key: null, ki: -1, kver: -1 };
}

/** Does this AST subtree contain a call? */
/** The attributes `n` reaches directly on the name `base` (`base.attr`). */
function attributesOf(n: unknown, base: string, out = new Set<string>()): Set<string> {
  if (n === null || typeof n !== 'object') return out;
  if (Array.isArray(n)) {
    for (const x of n) attributesOf(x, base, out);
    return out;
  }
  const node = n as { type?: string; value?: { type?: string; id?: string }; attr?: string; [k: string]: unknown };
  if (node.type === 'Attribute' && node.value?.type === 'Name' && node.value.id === base && typeof node.attr === 'string') out.add(node.attr);
  for (const k in node) if (node[k] !== null && typeof node[k] === 'object') attributesOf(node[k], base, out);
  return out;
}

/** The names a loop mentions (`used`), except where a name is only an argument of a call of one
 * of the program's classes (`Widget(bus)`): those go to `ctorArgs`. */
function namesOutsideCtorArgs(n: unknown, classes: Map<string, unknown>, used: Set<string>, ctorArgs: Set<string>): void {
  if (n === null || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) namesOutsideCtorArgs(x, classes, used, ctorArgs);
    return;
  }
  const node = n as { type?: string; id?: string; func?: { type?: string; id?: string }; args?: unknown[]; keywords?: { value: unknown }[]; [k: string]: unknown };
  if (node.type === 'Name' && typeof node.id === 'string') used.add(node.id);
  if (node.type === 'Call' && node.func?.type === 'Name' && typeof node.func.id === 'string' && classes.has(node.func.id)) {
    used.add(node.func.id);
    const args = [...(node.args ?? []), ...(node.keywords ?? []).map((k) => k.value)];
    for (const a of args) {
      const an = a as { type?: string; id?: string };
      if (an !== null && typeof an === 'object' && an.type === 'Name' && typeof an.id === 'string') ctorArgs.add(an.id);
      else namesOutsideCtorArgs(a, classes, used, ctorArgs);
    }
    return;
  }
  for (const k in node) if (node[k] !== null && typeof node[k] === 'object') namesOutsideCtorArgs(node[k], classes, used, ctorArgs);
}

function containsCall(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(containsCall);
  const node = n as { type?: string; [k: string]: unknown };
  if (node.type === 'Call') return true;
  for (const k in node) if (node[k] !== null && typeof node[k] === 'object' && containsCall(node[k])) return true;
  return false;
}


/** The V8-internalised copy of a string (property keys are internalised). */
function internalize(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

/** A line's [count, bytes] pairs, with room for type id `tid` (and some more). */
function grown(a: Float64Array | undefined, tid: number): Float64Array {
  const out = new Float64Array(Math.max(64, 2 * tid + 32));
  if (a !== undefined) out.set(a);
  return out;
}
