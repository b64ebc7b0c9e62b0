// tracemalloc's snapshots (Lib/tracemalloc.py: take_snapshot, Snapshot.statistics/compare_to,
// Statistic, StatisticDiff, Traceback, Frame, get_object_traceback), over the traces the runtime's
// table records with the line of each (memory/tracemalloc.ts).
//
// CPython's classes are Python code: every object they make (the traces list _get_traces builds,
// one tuple per trace, the Snapshot, the grouping dicts, each Statistic and Traceback) is traced
// under tracemalloc.py's lines, fills the free lists when it dies and moves the collector's
// counts. HeapLens keeps its objects outside the heap, so every call marks the table and the
// counts unknown (pythonLevelCall) until the program calls gc.collect() and
// tracemalloc.clear_traces(); what the snapshot itself shows is exact:
//   - the traces alive when _get_traces copied the table, with the line of the innermost frame at
//     their allocation (or reallocation: tracemalloc_add_trace replaces the traceback);
//   - take_snapshot's own frame object on 3.8/3.10, made before the frame runs and so attributed
//     to the caller's line (the code object keeps it: a later call reuses it);
//   - the list object _get_traces makes before it copies the table (PyList_New(0): 56 bytes, or a
//     list from the free list, whose trace _Py_NewReference moves), under tracemalloc.py's line
//     `traces = _get_traces()`, whose file name is the installation's: such a statistic is
//     counted and sorted, but printing it stops.
import { PyObject, F_RUNTIME } from '../object';
import { P, T, ST, NotSimulated, decref, incref, sizeUnknown, tmPeakInexact } from '../core';
import { newBuiltinType, type TypeInfo } from '../types';
import { raise } from '../exc';
import { S, repr } from '../abstract';
import { newDict } from '../dict';
import { newInt } from '../numbers';
import { newStr } from '../str';
import { newList } from '../list';
import { builtinFunction, parseArgs, oneArg } from '../methods';
import { formatFloat } from '../format';
import { callStack, runStdlibFrame, type Code } from '../func';
import { stdlibCodeFor } from '../standin';
import { preHeaderBytes } from '../classes';
import { pythonLevelCall } from './registry';
import { type TraceMalloc } from '../../memory/tracemalloc';

/** A snapshot's trace line that is tracemalloc.py's own (the list _get_traces makes). */
const TM_PY = -1;

/** The program's file name as tracemalloc reports it (its code's co_filename: __file__). */
let programFile = '';
const codes = new Map<string, Code>();

/** A new run: its own take_snapshot code object (3.8/3.10's zombie frame) and types. */
export function resetSnapshotState(): void {
  codes.clear();
  types = null;
}

function noteProgramFile(): void {
  if (callStack.length > 0) programFile = callStack[0].code.filename;
}

/** The line of the innermost frame, as tracemalloc's traceback_new() reads it, or 0 when it is not
 * the program's own code (the standard library's, compiled text, none at all); TM_PY in
 * take_snapshot's frame. */
export function innermostLine(): number {
  const fr = callStack[callStack.length - 1];
  if (fr !== undefined && fr.code.stdlib === 'tracemalloc') return TM_PY;
  if (fr === undefined || fr.code.foreign || fr.code.stdlib !== '') return 0;
  // before its first instruction a frame's line is its code's first line (PyCode_Addr2Line of
  // f_lasti -1): a comprehension's list is made there
  return fr.line !== 0 ? fr.line : fr.code.firstlineno;
}

function why(what: string): string {
  return `${what} is Python code in CPython (Lib/tracemalloc.py), whose objects are traced under tracemalloc.py's lines and whose frames and temporaries fill the free lists; HeapLens does not reproduce them: call gc.collect() and tracemalloc.clear_traces() after it to measure again`;
}

function pyLevel(what: string): void {
  pythonLevelCall(what, why(what));
}

// ---------------------------------------------------------------- the objects

/** A Frame / a Traceback of one frame: `line` TM_PY for tracemalloc.py's, 0 for a 'filename' key. */
interface Where { line: number }
/** `tied`: it ties with a statistic of the other file (see sortedStats): where it sits is unknown. */
interface Stat { where: Where; size: number; count: number; sizeDiff: number; countDiff: number; tied?: boolean }
/** `list`: the list _get_traces made, which the snapshot keeps. */
interface Snap { traces: [number, number][]; limit: number; list: PyObject }

const TM_PY_WHY = "its file is the installation's tracemalloc.py (the list _get_traces() makes), whose name HeapLens does not have";

function filenameOf(w: Where, what: string): PyObject {
  if (w.line === TM_PY) throw new NotSimulated(what, ST.line, TM_PY_WHY);
  return newStr(programFile);
}

function frameText(w: Where, what: string): string {
  filenameOf(w, what).rc--;
  return `${programFile}:${w.line}`;
}

function pyRepr(s: string): string {
  const r = repr(newStr(s));
  const t = r.v as string;
  decref(r);
  return t;
}

function frameRepr(w: Where, what: string): string {
  frameText(w, what);
  return `<Frame filename=${pyRepr(programFile)} lineno=${w.line}>`;
}

/** Traceback.__repr__: 3.8 "<Traceback %r>" % (tuple(self),); 3.9+ an f-string that adds
 * total_nframe when it is not None (it is None for the tracebacks statistics and
 * get_object_traceback make). */
function tracebackRepr(w: Where, what: string): string {
  return `<Traceback (${frameRepr(w, what)},)>`;
}

/** _format_size(size, sign) */
export function formatSize(size: number, sign: boolean): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  for (const unit of units) {
    if (Math.abs(size) < 100 && unit !== 'B') return `${formatFloat(size, sign ? '+.1f' : '.1f')} ${unit}`;
    if (Math.abs(size) < 10 * 1024 || unit === 'TiB') return `${formatFloat(size, sign ? '+.0f' : '.0f')} ${unit}`;
    size /= 1024;
  }
  return '';
}

/** A statistic whose place in the sorted list CPython decides by comparing file names. */
function tiedCheck(o: PyObject): Stat {
  const st = o.v as Stat;
  if (st.tied === true) throw new NotSimulated('a tracemalloc statistic', ST.line, `it ties in size and count with a statistic of the other file (tracemalloc.py's or the program's), and which comes first compares the file names: ${TM_PY_WHY}`);
  return st;
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : `${n}`;
}

let types: { snapshot: PyObject; statistic: PyObject; diff: PyObject; traceback: PyObject; frame: PyObject } | null = null;

function newObj(t: PyObject, v: unknown): PyObject {
  t.rc++;
  const o = new PyObject(t, v, null, 1 | F_RUNTIME);
  const name = (t.v as TypeInfo).name;
  sizeUnknown.set(o, [`sys.getsizeof() of a ${name} object`, why(name)]);
  return o;
}

function objType(name: string, slots: number, init: (ti: TypeInfo) => void): PyObject {
  return newBuiltinType(`tracemalloc.${name}`, T.object, (ti) => {
    ti.dict = newDict();
    ti.dict.f |= F_RUNTIME;
    const what = `a tracemalloc.${name} object`;
    // __sizeof__ of a __slots__ instance (the tracer's per-line size); sys.getsizeof stops
    // (sizeUnknown: a Snapshot is an instance with a __dict__)
    ti.sizeof = () => 16 + 8 * slots;
    ti.richcompare = () => { throw new NotSimulated(`comparing ${what}`, ST.line, why(`tracemalloc.${name}`)); };
    ti.hash = () => { throw new NotSimulated(`hash() of ${what}`, ST.line, why(`tracemalloc.${name}`)); };
    // (dying, CPython's object and its tuples go to the free lists)
    ti.dealloc = (o) => {
      const t = o.t;
      pyLevel(`freeing ${what}`);
      if (t === types?.snapshot) decref((o.v as Snap).list);
      decref(t);
    };
    init(ti);
  }, 'tracemalloc');
}

function method(name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject): PyObject {
  return builtinFunction(name, (_s, args, kw) => fn(args, kw), 'tracemalloc');
}

function getTypes(): NonNullable<typeof types> {
  if (types !== null) return types;
  const frame = objType('Frame', 1, (ti) => {
    ti.getattr = (o, name) => {
      const w = o.v as Where;
      if (name === 'filename') return filenameOf(w, 'Frame.filename');
      if (name === 'lineno') {
        // tracemalloc.py's line is the release's: `traces = _get_traces()` in take_snapshot
        // (only its file name is the installation's)
        if (w.line === TM_PY) return newInt(P.minor === 8 ? 532 : 558);
        filenameOf(w, 'Frame.lineno').rc--;
        return newInt(w.line);
      }
      throw new NotSimulated(`tracemalloc.Frame.${name}`, ST.line, why('tracemalloc.Frame'));
    };
    ti.str = (o) => newStr(frameText(o.v as Where, 'str() of a tracemalloc.Frame'));
    ti.repr = (o) => newStr(frameRepr(o.v as Where, 'repr() of a tracemalloc.Frame'));
  });
  const traceback = objType('Traceback', P.minor >= 9 ? 2 : 1, (ti) => {
    ti.len = () => 1;
    ti.getitem = (o, key) => {
      pyLevel('tracemalloc.Traceback.__getitem__');
      if (key.t !== T.int || (key.v !== 0 && key.v !== -1)) throw new NotSimulated('a tracemalloc.Traceback index other than 0 or -1', ST.line, why('tracemalloc.Traceback'));
      return newObj(frame, o.v);
    };
    ti.getattr = (o, name) => {
      if (name === 'total_nframe') {
        // (3.9 added it; 3.8's Traceback, a Python class, has only _frames: the generic getattr's
        // AttributeError, which hasattr()/getattr(o, n, default) never make in CPython — a
        // transient block only the tracemalloc peak can see)
        if (P.minor >= 9) return incref(S.None);
        tmPeakInexact('the AttributeError of a 3.8 tracemalloc.Traceback attribute');
        raise(T.AttributeError, `'Traceback' object has no attribute '${name}'`);
      }
      throw new NotSimulated(`tracemalloc.Traceback.${name}`, ST.line, why('tracemalloc.Traceback'));
    };
    ti.str = (o) => newStr(frameText(o.v as Where, 'str() of a tracemalloc.Traceback'));
    ti.repr = (o) => newStr(tracebackRepr(o.v as Where, 'repr() of a tracemalloc.Traceback'));
  });
  const statAttr = (o: PyObject, name: string): PyObject | null => {
    const st = tiedCheck(o);
    const diff = o.t === (types as NonNullable<typeof types>).diff;
    if (name === 'traceback') return newObj(traceback, st.where);
    if (name === 'size') return newInt(st.size);
    if (name === 'count') return newInt(st.count);
    if (diff && name === 'size_diff') return newInt(st.sizeDiff);
    if (diff && name === 'count_diff') return newInt(st.countDiff);
    throw new NotSimulated(`tracemalloc.${diff ? 'StatisticDiff' : 'Statistic'}.${name}`, ST.line, why('tracemalloc.Statistic'));
  };
  /** Statistic.__str__ / StatisticDiff.__str__ */
  const statStr = (o: PyObject): PyObject => {
    const st = tiedCheck(o);
    const diff = o.t === (types as NonNullable<typeof types>).diff;
    pyLevel(`str() of a tracemalloc.${diff ? 'StatisticDiff' : 'Statistic'}`);
    let text = diff
      ? `${frameText(st.where, 'str() of a tracemalloc.StatisticDiff')}: size=${formatSize(st.size, false)} (${formatSize(st.sizeDiff, true)}), count=${st.count} (${signed(st.countDiff)})`
      : `${frameText(st.where, 'str() of a tracemalloc.Statistic')}: size=${formatSize(st.size, false)}, count=${st.count}`;
    if (st.count !== 0) text += `, average=${formatSize(st.size / st.count, false)}`;
    return newStr(text);
  };
  const statistic = objType('Statistic', 3, (ti) => {
    ti.getattr = statAttr;
    ti.str = statStr;
    ti.repr = (o) => {
      const st = tiedCheck(o);
      pyLevel('repr() of a tracemalloc.Statistic');
      return newStr(`<Statistic traceback=${tracebackRepr(st.where, 'repr() of a tracemalloc.Statistic')} size=${st.size} count=${st.count}>`);
    };
  });
  const diff = objType('StatisticDiff', 5, (ti) => {
    ti.getattr = statAttr;
    ti.str = statStr;
    ti.repr = (o) => {
      const st = tiedCheck(o);
      pyLevel('repr() of a tracemalloc.StatisticDiff');
      return newStr(`<StatisticDiff traceback=${tracebackRepr(st.where, 'repr() of a tracemalloc.StatisticDiff')} size=${st.size} (${signed(st.sizeDiff)}) count=${st.count} (${signed(st.countDiff)})>`);
    };
  });
  const snapshot = objType('Snapshot', 2, (ti) => {
    ti.getattr = (o, name) => {
      const sn = o.v as Snap;
      if (name === 'traceback_limit') return newInt(sn.limit);
      if (name === 'statistics') {
        return method('statistics', (args, kw) => {
          const [keyType, cumulative] = parseArgs('statistics', args, kw, ['key_type', 'cumulative'], 1);
          pyLevel('Snapshot.statistics()');
          const stats = sortedStats(groupBy(sn, keyType as PyObject, cumulative).values(), false);
          return newList(stats.map((st) => newObj(statistic, st)));
        });
      }
      if (name === 'compare_to') {
        return method('compare_to', (args, kw) => {
          const [old, keyType, cumulative] = parseArgs('compare_to', args, kw, ['old_snapshot', 'key_type', 'cumulative'], 2);
          pyLevel('Snapshot.compare_to()');
          const newGroup = groupBy(sn, keyType as PyObject, cumulative);
          if ((old as PyObject).t !== snapshot) throw new NotSimulated('Snapshot.compare_to() with something other than a snapshot', ST.line, why('Snapshot.compare_to()'));
          const oldGroup = groupBy((old as PyObject).v as Snap, keyType as PyObject, cumulative);
          return newList(sortedStats(compareGrouped(oldGroup, newGroup), true).map((st) => newObj(diff, st)));
        });
      }
      throw new NotSimulated(`tracemalloc.Snapshot.${name}`, ST.line, why('tracemalloc.Snapshot'));
    };
  });
  types = { snapshot, statistic, diff, traceback, frame };
  return types;
}

// ---------------------------------------------------------------- grouping and sorting

/** Snapshot._group_by: one Statistic per key (with one frame per traceback, the 'traceback' key
 * is the 'lineno' key; cumulative mode adds each frame's, the same with one frame). */
function groupBy(sn: Snap, keyType: PyObject, cumulative: PyObject | null): Map<number, Stat> {
  const k = keyType.t === T.str ? (keyType.v as string) : null;
  if (k !== 'traceback' && k !== 'filename' && k !== 'lineno') {
    const r = repr(keyType);
    const s = r.v as string;
    decref(r);
    raise(T.ValueError, `unknown key_type: ${s}`);
  }
  if (cumulative !== null && cumulative !== S.False && cumulative !== S.None && !(cumulative.t === T.int && cumulative.v === 0)) {
    if (cumulative !== S.True) throw new NotSimulated('Snapshot statistics with a cumulative argument other than a bool', ST.line, why('Snapshot.statistics()'));
    if (k === 'traceback') raise(T.ValueError, "cumulative mode cannot by used with key type 'traceback'");
  }
  // HeapLens records each trace's innermost frame only: the 'lineno' and 'filename' keys use no
  // more (_group_by takes trace_traceback[:1]), but under start(n > 1) the 'traceback' key groups
  // by the whole call chain (make() called from two places is two statistics)
  if (k === 'traceback' && sn.limit > 1) throw new NotSimulated("snapshot statistics by 'traceback' after tracemalloc.start() with more than one frame", ST.line, 'HeapLens records the innermost frame of each trace only, and the key groups the traces by all of their frames (an allocation reached through different calls is a statistic per call chain)');
  const stats = new Map<number, Stat>();
  for (const [size, line] of sn.traces) {
    if (line === 0) {
      throw new NotSimulated('statistics of a tracemalloc snapshot', ST.line, "a trace in it was allocated while the innermost frame was not the program's own code (code of the standard library, or no frame), whose file and line HeapLens does not have");
    }
    const key = line === TM_PY ? TM_PY : k === 'filename' ? 0 : line;
    const st = stats.get(key);
    if (st === undefined) stats.set(key, { where: { line: key }, size, count: 1, sizeDiff: 0, countDiff: 0 });
    else {
      st.size += size;
      st.count++;
    }
  }
  return stats;
}

/** _compare_grouped_stats: the new groups in their order, then the old ones that are gone. */
function compareGrouped(oldGroup: Map<number, Stat>, newGroup: Map<number, Stat>): Stat[] {
  const out: Stat[] = [];
  for (const [key, st] of newGroup) {
    const prev = oldGroup.get(key);
    oldGroup.delete(key);
    out.push({ where: st.where, size: st.size, count: st.count, sizeDiff: prev === undefined ? st.size : st.size - prev.size, countDiff: prev === undefined ? st.count : st.count - prev.count });
  }
  for (const st of oldGroup.values()) out.push({ where: st.where, size: 0, count: 0, sizeDiff: -st.size, countDiff: -st.count });
  return out;
}

/** list.sort(reverse=True, key=Statistic._sort_key): (size, count, traceback), or for a diff
 * (abs(size_diff), size, abs(count_diff), count, traceback); tracebacks of the program's file
 * compare by line. One of tracemalloc.py's against one of the program's compares file names
 * (the installation's path against the program's): when that decides their order, both are
 * marked, and reading either stops (the others, before or after both, are where CPython has them). */
function sortedStats(stats: Iterable<Stat>, diff: boolean): Stat[] {
  const keys = (s: Stat): number[] => (diff ? [Math.abs(s.sizeDiff), s.size, Math.abs(s.countDiff), s.count] : [s.size, s.count]);
  const list = [...stats];
  list.sort((a, b) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    if ((a.where.line === TM_PY) !== (b.where.line === TM_PY)) {
      a.tied = b.tied = true;
      return a.where.line === TM_PY ? -1 : 1;
    }
    return b.where.line - a.where.line;
  });
  return list;
}

// ---------------------------------------------------------------- take_snapshot, get_object_traceback

/** take_snapshot(): runs in a frame of tracemalloc.take_snapshot, whose 3.8/3.10 frame object is
 * made in the caller (the sizes given make it the 424 / 416 bytes those versions' tracemalloc
 * records for it). `inexact`: why the table is not CPython's, or ''. */
export function takeSnapshot(g: PyObject, tm: TraceMalloc | null, limit: number, inexact: () => string): PyObject {
  noteProgramFile();
  const code = stdlibCodeFor(codes, 'tracemalloc', 'take_snapshot', { 8: [5, 2] });
  return runStdlibFrame(code, g, [], () => {
    if (tm === null) raise(T.RuntimeError, 'the tracemalloc module must be tracing memory allocations to take a snapshot');
    const w = inexact();
    if (w !== '') throw new NotSimulated('tracemalloc.take_snapshot()', ST.line, w);
    // _get_traces: the list first (PyList_New(0): a new block, or one from the free list, whose
    // trace _Py_NewReference moves to tracemalloc.py's line), then the copy of the table
    const list = newList([]);
    const traces = tm.traceList();
    pyLevel('tracemalloc.take_snapshot()');
    return newObj(getTypes().snapshot, { traces, limit, list } as Snap);
  });
}

/** get_object_traceback(obj): the traceback of the block the object starts (its GC header and
 * pre-header included), or None when the block is not traced. */
export function objectTraceback(args: PyObject[], kw: string[] | null, tm: TraceMalloc | null): PyObject {
  const o = oneArg('get_object_traceback', args, kw);
  noteProgramFile();
  pyLevel('tracemalloc.get_object_traceback()');
  // 3.11 looks the block up at the object minus its GC header (_PyTraceMalloc_GetTraceback), which
  // misses the start of a block with the managed dict's pre-header: no trace (3.12+ subtract
  // _PyType_PreHeaderSize)
  const missed = P.minor === 11 && preHeaderBytes(o.t) > 0;
  const line = tm === null || missed || (o.f & F_RUNTIME) !== 0 ? undefined : tm.lineOf(o.a);
  if (line === undefined) return incref(S.None);
  if (line === 0) throw new NotSimulated('tracemalloc.get_object_traceback()', ST.line, "the object was allocated while the innermost frame was not the program's own code, whose file and line HeapLens does not have");
  if (tm !== null && tm.nframe > 1) throw new NotSimulated('tracemalloc.get_object_traceback() after tracemalloc.start() with more than one frame', ST.line, 'HeapLens records the innermost frame of each trace only, and the traceback holds every frame up to the limit');
  return newObj(getTypes().traceback, { line } as Where);
}

