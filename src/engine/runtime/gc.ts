// The generational cycle collector (Modules/gcmodule.c, 3.13 Python/gc.c): generations as
// intrusive lists (PyGC_Head), automatic collection when generation 0's count passes its
// threshold, and gc_collect_main's pipeline: deduce_unreachable (update_refs, subtract_refs,
// move_unreachable), untrack_tuples/untrack_dicts, handle_weakrefs, finalize_garbage (PEP 442),
// resurrection checks, delete_garbage.
import { PyObject, F_TRACKED, F_FINALIZED, F_GEN_MASK, F_GEN_SHIFT, F_GC, F_UNREACHABLE } from './object';
import { P, R, T, PyErr, NotSimulated, decref, gcUntrack, setGcAllocHook , ST } from './core';
import type { TypeInfo } from './types';
import { tupleMaybeUntrack, tupleTraverse } from './tuple';
import { dictMaybeUntrack } from './dict';
import { weakrefsOf, clearForGc, handleCallback, WeakrefData, anyWeakrefCallbacks, isWeakrefObject } from './weakrefs';
import { runDel, unraisable } from './classes';
import { call, repr } from './abstract';
import { newDict, dictSetStr } from './dict';
import { newInt } from './numbers';
import { newStr } from './str';

import { listAppend, listTraverse } from './list';
import { clearFreeLists as clearAllFreeLists } from './freelists';

// (a bit of its own: 4096 is F_STR_UTF8, and an instance of a str subclass is a GC object)
const F_COLLECTING = 16384;
export const DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32, DEBUG_LEAK = 38;

/** The tracer's view of collections: the cyclic garbage each one frees (or saves), as a list. */
export const gcTraceHooks = {
  garbage: null as ((objs: PyObject[], gen: number, automatic: boolean, saved: boolean) => void) | null,
};

function listOf(head: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) out.push(o);
  return out;
}

/** gc.garbage and gc.callbacks (set by the gc module); the permanent generation (gc.freeze). */
export const gcState = {
  garbage: null as PyObject | null,
  callbacks: null as PyObject | null,
  permanent: null as PyObject | null,
  /** Start-up objects of the real interpreter frozen with the program's (see gcTrackedAdjust). */
  permanentAdjust: 0,
  /** What the program's last gc.collect() returned (null before the first). */
  lastCollected: null as number | null,
  /** Set when that result is not CPython's to know (an import left cyclic garbage that an
   * automatic collection may or may not have reclaimed): why. */
  lastCollectedUnknown: '',
  /** The line of the gc.set_debug() call that set the current flags. */
  debugLine: 0,
};

// ---------------------------------------------------------------- gc.set_debug

/** What the debug flags make CPython write to stderr that the simulator cannot write: the
 * statistics of each collection end with its duration (DEBUG_STATS), and each collectable object
 * is listed by address (DEBUG_COLLECTABLE, also part of DEBUG_LEAK). The run stops when such
 * output would be written. `collectable` is how many unreachable objects the collection frees;
 * null at shutdown, where CPython's collections always free some of its own (modules...). */
function debugOutputUnsimulated(collectable: number | null): void {
  const d = R.gcDebug;
  let what: string | null = null;
  if (d & DEBUG_STATS) what = 'DEBUG_STATS';
  else if (d & DEBUG_COLLECTABLE && (collectable === null || collectable > 0)) what = (d & DEBUG_LEAK) === DEBUG_LEAK ? 'DEBUG_LEAK' : 'DEBUG_COLLECTABLE';
  if (what === null) return;
  const detail = what === 'DEBUG_STATS' ? 'statistics and timings of each collection' : 'a line with the address of every object a collection frees';
  throw new NotSimulated(`the stderr output of gc.set_debug(gc.${what}) (set on line ${gcState.debugLine}: ${detail})`, ST.line);
}

/** _PyGC_DumpShutdownStats: with DEBUG_UNCOLLECTABLE (and not DEBUG_SAVEALL), a gc.garbage that
 * is not empty at shutdown is written to stderr (the ResourceWarning that comes with it is
 * ignored by the default warning filters). */
export function gcDumpShutdownStats(): void {
  const g = gcState.garbage;
  if (g === null || (R.gcDebug & DEBUG_SAVEALL) || !(R.gcDebug & DEBUG_UNCOLLECTABLE) || (g.v as PyObject[]).length === 0) return;
  try {
    const r = repr(g);
    R.err.push(`      ${r.v as string}\n`);
    decref(r);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    unraisable(e, g);
  }
}

// ---------------------------------------------------------------- list primitives

function newHead(): PyObject {
  const h = new PyObject(null, null, null, 0);
  h.gn = h;
  h.gp = h;
  return h;
}

function unlink(o: PyObject): void {
  (o.gp as PyObject).gn = o.gn;
  (o.gn as PyObject).gp = o.gp;
}

function append(head: PyObject, o: PyObject): void {
  const last = head.gp as PyObject;
  last.gn = o;
  o.gp = last;
  o.gn = head;
  head.gp = o;
}

function moveTo(o: PyObject, head: PyObject): void {
  unlink(o);
  append(head, o);
}

/** gc_list_merge(from, to): append `from`'s objects to `to`. */
function merge(from: PyObject, to: PyObject): void {
  if (from.gn === from) return;
  const first = from.gn as PyObject;
  const last = from.gp as PyObject;
  const tail = to.gp as PyObject;
  tail.gn = first;
  first.gp = tail;
  last.gn = to;
  to.gp = last;
  from.gn = from;
  from.gp = from;
}

function size(head: PyObject): number {
  let n = 0;
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) n++;
  return n;
}

/** How many objects the collector tracks (all generations). */
export function trackedCount(): number {
  return size(R.gens[0].head) + size(R.gens[1].head) + size(R.gens[2].head);
}

/** Mark every object of a list as belonging to generation `gen`; returns how many there are. */
function setGen(head: PyObject, gen: number): number {
  let n = 0;
  const bits = gen << F_GEN_SHIFT;
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) {
    o.f = (o.f & ~F_GEN_MASK) | bits;
    n++;
  }
  return n;
}

export function generationOf(o: PyObject): number {
  return (o.f & F_GEN_MASK) >> F_GEN_SHIFT;
}

// ---------------------------------------------------------------- the algorithm


/** deduce_unreachable: objects of `base` only referenced from inside `base` go to `unreachable`. */
function deduceUnreachable(base: PyObject, unreachable: PyObject): void {
  // update_refs
  for (let o = base.gn as PyObject; o !== base; o = o.gn as PyObject) {
    o.gr = o.rc;
    o.f |= F_COLLECTING;
  }
  // subtract_refs
  const dec = (x: PyObject): void => {
    if (x.f & F_COLLECTING) x.gr--;
  };
  for (let o = base.gn as PyObject; o !== base; o = o.gn as PyObject) {
    const tr = (o.t.v as TypeInfo).traverse;
    if (tr !== null) tr(o, dec);
  }
  // move_unreachable
  const UNREACH = -1;
  const reach = (x: PyObject): void => {
    if (!(x.f & F_COLLECTING)) return;
    const xr = x.gr;
    if (xr === UNREACH) {
      // tentatively unreachable before: move it back to the end of `base`
      x.gr = 1;
      moveTo(x, base);
    } else if (xr === 0) {
      x.gr = 1;
    }
  };
  let o = base.gn as PyObject;
  while (o !== base) {
    const r = o.gr;
    if (r > 0 || r === -2) {
      // reachable: everything it references in `base` is reachable too
      const tr = (o.t.v as TypeInfo).traverse;
      if (tr !== null) tr(o, reach);
      o.f &= ~F_COLLECTING;
      // read the successor only now: the traversal may have moved objects back to the end of
      // `base`, right after this one (CPython: gc = prev->_gc_next)
      o = o.gn as PyObject;
    } else {
      const next = o.gn as PyObject;
      o.gr = UNREACH;
      moveTo(o, unreachable);
      o = next;
    }
  }
  // objects moved back to base were already marked; clear their collecting flag
  for (let x = base.gn as PyObject; x !== base; x = x.gn as PyObject) x.f &= ~F_COLLECTING;
}

function clearCollecting(head: PyObject): void {
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) o.f &= ~F_COLLECTING;
}

function untrackTuples(head: PyObject): void {
  let o = head.gn as PyObject;
  while (o !== head) {
    const next = o.gn as PyObject;
    if (o.t === T.tuple) tupleMaybeUntrack(o);
    o = next;
  }
}

function untrackDicts(head: PyObject): void {
  let o = head.gn as PyObject;
  while (o !== head) {
    const next = o.gn as PyObject;
    if (o.t === T.dict) dictMaybeUntrack(o);
    o = next;
  }
}

/** handle_weakrefs: clear weakrefs to unreachable objects; call callbacks of live weakrefs. */
function handleWeakrefs(unreachable: PyObject, old: PyObject): number {
  const toCall: PyObject[] = [];
  for (let o = unreachable.gn as PyObject; o !== unreachable; o = o.gn as PyObject) {
    if (isWeakrefObject(o)) {
      const wd = o.v as WeakrefData;
      if (wd.referent !== null) {
        const cb = clearForGc(o);
        wd.callback = cb;
      }
    }
    const wrs = weakrefsOf(o);
    if (wrs.length === 0) continue;
    for (const wr of wrs.slice()) {
      const wd = wr.v as WeakrefData;
      const cb = wd.callback;
      // clear the reference (the callback stays on the weakref until called)
      wd.callback = null;
      clearForGc(wr);
      wd.callback = cb;
      if (cb === null) continue;
      if (wr.f & F_COLLECTING) continue;
      wr.rc++;
      toCall.push(wr);
    }
  }
  let freed = 0;
  for (const wr of toCall) {
    const wd = wr.v as WeakrefData;
    const cb = wd.callback as PyObject;
    handleCallback(wr, cb);
    const survives = wr.rc > 1;
    decref(wr);
    if (survives) {
      if (wr.f & F_TRACKED) moveTo(wr, old);
    } else freed++;
  }
  return freed;
}

/** finalize_garbage: __del__ (tp_finalize) once per object, in list order. */
function finalizeGarbage(head: PyObject): void {
  const seen = newHead();
  while (head.gn !== head) {
    const o = head.gn as PyObject;
    moveTo(o, seen);
    if (!(o.f & F_FINALIZED) && hasFinalizer(o)) {
      o.f |= F_FINALIZED;
      o.rc++;
      if (o.t === T.generator) genFinalizeHook.run(o);
      else runDel(o);
      decref(o);
    }
  }
  merge(seen, head);
}

/** Would interpreter shutdown (clearing __main__, collecting) run anything the program could
 * see — a __del__, a generator's finally block, a weakref callback, gc.callbacks or gc debug
 * output? If not, a run can end without tearing the heap down object by object. */
export function shutdownIsObservable(): boolean {
  if (R.gcDebug !== 0) return true;
  const cbs = gcState.callbacks;
  if (cbs !== null && (cbs.v as PyObject[]).length > 0) return true;
  if (anyWeakrefCallbacks()) return true;
  for (const g of R.gens) {
    for (let o = g.head.gn as PyObject; o !== g.head; o = o.gn as PyObject) {
      if (!(o.f & F_FINALIZED) && hasFinalizer(o)) return true;
    }
  }
  return false;
}

function hasFinalizer(o: PyObject): boolean {
  const ti = o.t.v as TypeInfo;
  return ti.hasFinalizer || (o.t === T.generator && genFinalizeHook.needs(o));
}

export const genFinalizeHook = {
  needs: (_o: PyObject): boolean => false,
  run: (_o: PyObject): void => {},
};

/** delete_garbage: tp_clear breaks the cycles; survivors move to the old generation. */
function deleteGarbage(head: PyObject, old: PyObject): void {
  while (head.gn !== head) {
    const o = head.gn as PyObject;
    if (R.gcDebug & DEBUG_SAVEALL && gcState.garbage !== null) {
      listAppend(gcState.garbage, o);
    } else {
      const cl = (o.t.v as TypeInfo).clear;
      if (cl !== null) {
        o.rc++;
        try {
          cl(o);
        } catch (e) {
          if (!(e instanceof PyErr)) throw e;
          decref(e.exc);
        }
        decref(o);
      }
    }
    if (head.gn === o) {
      o.f &= ~F_COLLECTING;
      moveTo(o, old);
    }
  }
}

/** check_garbage (3.8): any object resurrected by a finalizer? */
function resurrected38(head: PyObject): boolean {
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) {
    o.gr = o.rc;
    o.f |= F_COLLECTING;
  }
  const dec = (x: PyObject): void => {
    if (x.f & F_COLLECTING) x.gr--;
  };
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) {
    const tr = (o.t.v as TypeInfo).traverse;
    if (tr !== null) tr(o, dec);
  }
  let any = false;
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) {
    if (o.gr !== 0) any = true;
    o.f &= ~F_COLLECTING;
  }
  return any;
}

export interface CollectionRecord {
  generation: number;
  collected: number;
  uncollectable: number;
  /** The line running when the collection happened (the one that triggered it). */
  line: number;
  automatic: boolean;
  /** Statements executed before it. */
  step: number;
}
export const collectionLog: CollectionRecord[] = [];

/** invoke_gc_callback: each of gc.callbacks is called with (phase, info), info being
 * {"generation", "collected", "uncollectable"}; an exception is reported as unraisable. */
function invokeCallbacks(phase: string, gen: number, collected: number, uncollectable: number): void {
  const cbs = gcState.callbacks;
  if (cbs === null || (cbs.v as PyObject[]).length === 0) return;
  const info = newDict();
  for (const [k, v] of [['generation', gen], ['collected', collected], ['uncollectable', uncollectable]] as const) {
    const iv = newInt(v);
    dictSetStr(info, k, iv);
    decref(iv);
  }
  // 3.12+ makes the phase string once; before, PyObject_CallFunction's "sO" made one per call.
  const shared = P.minor >= 12 ? newStr(phase) : null;
  for (let i = 0; i < (cbs.v as PyObject[]).length; i++) {
    const cb = (cbs.v as PyObject[])[i];
    cb.rc++;
    const ph = shared ?? newStr(phase);
    try {
      decref(call(cb, [ph, info]));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      unraisable(e, cb);
    } finally {
      if (shared === null) decref(ph);
      decref(cb);
    }
  }
  if (shared !== null) decref(shared);
  decref(info);
}

/** gc_collect_with_callback (3.13: inside gc_collect_main): returns collected + uncollectable. */
export function collectMain(gen: number, automatic = false, callbacks = true): number {
  const gens = R.gens;
  R.gcCollecting = true;
  let m = 0;
  const n = 0;
  try {
    if (callbacks) invokeCallbacks('start', gen, 0, 0);
    if (R.gcDebug & DEBUG_STATS) debugOutputUnsimulated(0);
    if (gen + 1 < 3) gens[gen + 1].count += 1;
    for (let i = 0; i <= gen; i++) gens[i].count = 0;
    for (let i = 0; i < gen; i++) merge(gens[i].head, gens[gen].head);
    setGen(gens[gen].head, gen);
    const young = gens[gen].head;
    const old = gen < 2 ? gens[gen + 1].head : young;
    const unreachable = newHead();
    deduceUnreachable(young, unreachable);
    untrackTuples(young);
    if (young !== old) {
      const survivors = setGen(young, gen + 1);
      if (gen === 1) R.longLivedPending += survivors;
      merge(young, old);
    } else {
      if (P.minor <= 13) untrackDicts(young);
      R.longLivedPending = 0;
      R.longLivedTotal = size(young) + R.gcTrackedAdjust;
    }
    const oldGen = gen < 2 ? gen + 1 : 2;
    m += handleWeakrefs(unreachable, old);
    finalizeGarbage(unreachable);
    if (P.minor <= 8) {
      if (resurrected38(unreachable)) {
        clearCollecting(unreachable);
        setGen(unreachable, oldGen);
        merge(unreachable, old);
      } else {
        m += size(unreachable);
        if (R.gcDebug & DEBUG_COLLECTABLE) debugOutputUnsimulated(m);
        markCollecting(unreachable);
        if (gcTraceHooks.garbage !== null) gcTraceHooks.garbage(listOf(unreachable), gen, automatic, (R.gcDebug & DEBUG_SAVEALL) !== 0);
        deleteGarbage(unreachable, old);
      }
    } else {
      // handle_resurrected_objects: re-run the analysis on the unreachable set
      clearCollecting(unreachable);
      const still = newHead();
      deduceUnreachable(unreachable, still);
      setGen(unreachable, oldGen);
      merge(unreachable, old);
      m += size(still);
      if (R.gcDebug & DEBUG_COLLECTABLE) debugOutputUnsimulated(size(still));
      markCollecting(still);
      setGen(still, oldGen);
      if (gcTraceHooks.garbage !== null) gcTraceHooks.garbage(listOf(still), gen, automatic, (R.gcDebug & DEBUG_SAVEALL) !== 0);
      deleteGarbage(still, old);
    }
    if (gen === 2) clearFreeLists();
    gens[gen].collections++;
    gens[gen].collected += m;
    gens[gen].uncollectable += n;
    if (collectionLog.length < 100000) collectionLog.push({ generation: gen, collected: m, uncollectable: n, line: ST.line, automatic, step: ST.steps });
    if (callbacks) invokeCallbacks('stop', gen, m, n);
  } finally {
    R.gcCollecting = false;
  }
  return n + m;
}

function markCollecting(head: PyObject): void {
  for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) o.f |= F_COLLECTING;
}

function clearFreeLists(): void {
  clearAllFreeLists();
}

/** gc.collect(generation) */
export function gcCollect(gen: number): number {
  if (R.gcCollecting) return 0;
  const n = collectMain(gen);
  if (gen === 2) {
    R.gcCountsKnown = true;
    R.gcUnknownSince = '';
  }
  return n;
}

/** Objects tracked after `mark` (generation 0's last object when a build started) move to
 * generation `gen`: objects CPython's start-up made before the program ran. */
export function moveTrackedSince(mark: PyObject, gen: number): void {
  const head = R.gens[0].head;
  if (mark !== head && (mark.f & (F_TRACKED | F_GEN_MASK)) !== F_TRACKED) return;
  const moved: PyObject[] = [];
  for (let o = mark.gn as PyObject; o !== head; o = o.gn as PyObject) moved.push(o);
  for (const o of moved) moveToGeneration(o, gen);
}

/** Put a tracked object at the end of generation `gen`'s list (for objects the real interpreter
 * made at start-up, which previous collections left in an older generation). */
export function moveToGeneration(o: PyObject, gen: number): void {
  if (!(o.f & F_TRACKED)) return;
  moveTo(o, R.gens[gen].head);
  o.f = (o.f & ~F_GEN_MASK) | (gen << F_GEN_SHIFT);
}

/** _PyGC_CollectNoFail (interpreter shutdown): a full collection without gc.callbacks. */
export function gcCollectNoFail(): number {
  if (R.gcCollecting) return 0;
  debugOutputUnsimulated(null);
  return collectMain(2, false, false);
}

/** collect_generations: the oldest generation over its threshold (gen 2 needs the 25% rule). */
function collectGenerations(): void {
  const gens = R.gens;
  for (let i = 2; i >= 0; i--) {
    if (gens[i].count > gens[i].threshold) {
      if (i === 2 && R.longLivedPending < R.longLivedTotal / 4) continue;
      collectMain(i, true);
      break;
    }
  }
}

/** generations[0].count++ on every GC-object allocation; trigger past threshold0. */
function onGcAlloc(): void {
  const g0 = R.gens[0];
  g0.count++;
  if (g0.count > g0.threshold && g0.threshold !== 0 && R.gcEnabled && !R.gcCollecting) {
    if (P.gcDeferred) ST.gcPending = true;
    else collectGenerations();
  }
}

/** 3.12+: the eval-breaker check runs a scheduled collection (_Py_RunGC). */
export function collectScheduled(): void {
  if (!R.gcEnabled) return;
  R.gcCollecting = true;
  try {
    R.gcCollecting = false;
    collectGenerations();
  } finally {
    R.gcCollecting = false;
  }
}

export function initGc(): void {
  setGcAllocHook(onGcAlloc);
  gcTraceHooks.garbage = null;
  collectionLog.length = 0;
  gcState.garbage = null;
  gcState.callbacks = null;
  gcState.permanent = newHead();
  gcState.permanentAdjust = P.gcFrozenAtStartup;
  gcState.lastCollected = null;
  gcState.lastCollectedUnknown = '';
  gcState.debugLine = 0;
}

/** What a full collection would find unreachable right now, without collecting: the same
 * analysis as deduce_unreachable (refcounts minus references from tracked objects; reachable
 * from whatever keeps a positive count) over every generation, leaving everything in place.
 * Uses gc_refs (`gr`) and the F_UNREACHABLE bit as scratch, as a collection does. */
export function unreachableObjects(): PyObject[] {
  if (R.gcCollecting) return [];
  const objs = trackedObjects(null);
  for (const o of objs) {
    o.gr = o.rc;
    o.f |= F_UNREACHABLE;
  }
  const dec = (x: PyObject): void => {
    if (x.f & F_UNREACHABLE) x.gr--;
  };
  for (const o of objs) {
    const tr = (o.t.v as TypeInfo).traverse;
    if (tr !== null) tr(o, dec);
  }
  // F_UNREACHABLE still set: not (yet) known reachable
  const stack: PyObject[] = [];
  for (const o of objs) {
    if (o.gr > 0) {
      o.f &= ~F_UNREACHABLE;
      stack.push(o);
    }
  }
  const mark = (x: PyObject): void => {
    if (x.f & F_UNREACHABLE) {
      x.f &= ~F_UNREACHABLE;
      stack.push(x);
    }
  };
  while (stack.length > 0) {
    const o = stack.pop() as PyObject;
    const tr = (o.t.v as TypeInfo).traverse;
    if (tr !== null) tr(o, mark);
  }
  const out: PyObject[] = [];
  for (const o of objs) {
    if (o.f & F_UNREACHABLE) {
      o.f &= ~F_UNREACHABLE;
      out.push(o);
    }
    o.gr = 0;
  }
  return out;
}

/** gc.freeze(): every generation into the permanent one, which collections never look at. */
export function gcFreeze(): void {
  const perm = gcState.permanent as PyObject;
  for (const g of R.gens) {
    merge(g.head, perm);
    g.count = 0;
  }
  setGen(perm, 3);
  gcState.permanentAdjust += R.gcTrackedAdjust;
  R.gcTrackedAdjust = 0;
}

/** gc.unfreeze(): the permanent generation back into the oldest. */
export function gcUnfreeze(): void {
  const perm = gcState.permanent as PyObject;
  setGen(perm, 2);
  merge(perm, R.gens[2].head);
  R.gcTrackedAdjust += gcState.permanentAdjust;
  gcState.permanentAdjust = 0;
}

/** gc.get_freeze_count(): the real interpreter's frozen start-up objects included. */
export function gcFreezeCount(): number {
  return size(gcState.permanent as PyObject) + gcState.permanentAdjust;
}

/** gc.get_objects(): tracked objects (generation order). */
export function trackedObjects(gen: number | null): PyObject[] {
  const out: PyObject[] = [];
  const gens = gen === null ? [0, 1, 2] : [gen];
  for (const g of gens) {
    const head = R.gens[g].head;
    for (let o = head.gn as PyObject; o !== head; o = o.gn as PyObject) out.push(o);
  }
  return out;
}

/** Referents of an object in tp_traverse's order: gc.get_referents. */
export function traverseOrder(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const tr = (o.t.v as TypeInfo).traverse;
  if (tr !== null && (o.f & F_GC)) tr(o, (x) => out.push(x));
  return out;
}

/** Referents of an object for the heap views: tp_traverse's, except that a list's or tuple's
 * items come first to last (CPython traverses them backwards). */
export function referentsOf(o: PyObject): PyObject[] {
  const out = traverseOrder(o);
  const tr = (o.t.v as TypeInfo).traverse;
  if (tr === listTraverse || tr === tupleTraverse) out.reverse();
  return out;
}

export { gcUntrack };
