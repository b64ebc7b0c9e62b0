// The heap at one step of the run, for the panel's object graph, arena map and frames: the
// program's live objects reachable from the frames and the module's globals (and the cyclic
// garbage no one reaches any more), each with its refcount, size, block and generation, and
// the references between them; the call stack with each frame's locals; every arena's pools.
//
// The simulation is deterministic, so a viewer gets the heap at step S by running the program
// again with `stopAtStep: S` (the engine stops at the first line that starts at or after it).
import type { HeapView, HeapObject, HeapCensus } from '../result';
import type { PyObject } from '../runtime/object';
import { F_GC, F_RUNTIME, F_TRACKED } from '../runtime/object';
import { R, ST, T } from '../runtime/core';
import type { TypeInfo } from '../runtime/types';
import { callStack, type Frame } from '../runtime/func';
import { dictEntries } from '../runtime/dict';
import { addressOf } from '../memory/allocator';
import { objectSize, refcountFacts } from '../runtime/modules/core_modules';
import { generationOf, referentsOf, unreachableObjects } from '../runtime/gc';

/** Where each object was allocated (its line), kept only by runs that describe the heap
 * (`stopAtStep`): the panel lists it for the objects of a pool. */
export const allocSites: { lines: Map<PyObject, number> | null } = { lines: null };

/** At most this many objects are described (the closest to the roots first). */
const MAX_OBJECTS = 5000;

export class StopAtStep extends Error {
  constructor(readonly view: HeapView) {
    super('stopped at the requested step');
  }
}

function typeName(o: PyObject): string {
  return (o.t.v as TypeInfo).name;
}

/** Objects a user does not think of as "their" heap: types, functions, modules, code. */
function opaque(o: PyObject): boolean {
  const t = o.t;
  return t === T.type || (t.v as TypeInfo).solid === T.type || t === T.module || t === T.code || t === T.builtin_function || t === T.method_descriptor || t === T.wrapper_descriptor;
}

function short(o: PyObject): string | undefined {
  const t = o.t;
  if (t === T.int || t === T.float || t === T.bool) return String(o.v);
  if (t === T.str) {
    const s = o.v as string;
    return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
  }
  if (t === T.NoneType) return 'None';
  // a function's name is a str object (func_name), a type's a string (tp_name)
  if (t === T.function) {
    const name = (o.v as { name?: PyObject } | null)?.name?.v;
    return typeof name === 'string' ? name : undefined;
  }
  if (t === T.type) {
    const name = (o.v as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** The runtime's own objects are not the program's heap (but the ints and strs it shares are). */
function described(o: PyObject): boolean {
  return (o.f & F_RUNTIME) === 0 || o.t === T.str || o.t === T.int;
}

const CENSUS_ROWS = 40;

/** Every object reachable from the roots by the walk captureHeap describes (not entering types,
 * modules and code), and the cyclic garbage, counted by type and by allocation line. */
function takeCensus(roots: PyObject[], garbage: Set<PyObject>): HeapCensus {
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const visit = (x: PyObject): void => {
    if (seen.has(x) || !described(x)) return;
    seen.add(x);
    stack.push(x);
  };
  for (const r of roots) visit(r);
  for (const g of garbage) visit(g);
  const byType = new Map<string, { count: number; bytes: number }>();
  const byLine = new Map<number, { count: number; bytes: number; types: Map<string, number> }>();
  const lines = allocSites.lines;
  let bytes = 0;
  while (stack.length > 0) {
    const o = stack.pop() as PyObject;
    const ti = o.t.v as TypeInfo;
    const size = objectSize(o);
    bytes += size;
    let t = byType.get(ti.name);
    if (t === undefined) byType.set(ti.name, (t = { count: 0, bytes: 0 }));
    t.count++;
    t.bytes += size;
    const line = lines?.get(o) ?? 0;
    let l = byLine.get(line);
    if (l === undefined) byLine.set(line, (l = { count: 0, bytes: 0, types: new Map() }));
    l.count++;
    l.bytes += size;
    l.types.set(ti.name, (l.types.get(ti.name) ?? 0) + 1);
    if ((o.f & F_GC) !== 0 && !opaque(o) && ti.traverse !== null) ti.traverse(o, visit);
  }
  const largest = <T extends { bytes: number }>(a: T, b: T): number => b.bytes - a.bytes;
  return {
    objects: seen.size,
    bytes,
    byType: [...byType].map(([type, e]) => ({ type, count: e.count, bytes: e.bytes })).sort((a, b) => largest(a, b) || (a.type < b.type ? -1 : 1)).slice(0, CENSUS_ROWS),
    byLine: [...byLine]
      .map(([line, e]) => ({ line, count: e.count, bytes: e.bytes, types: [...e.types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1)).slice(0, 3) }))
      .sort((a, b) => largest(a, b) || a.line - b.line)
      .slice(0, CENSUS_ROWS),
  };
}

/** The heap now; `moduleGlobals` stands for the module's frame once it has finished. */
export function captureHeap(line: number, moduleGlobals: PyObject | null = null): HeapView {
  const ids = new Map<PyObject, number>();
  const order: PyObject[] = [];
  const add = (o: PyObject): void => {
    if (ids.has(o) || order.length >= MAX_OBJECTS) return;
    if (!described(o)) return;
    ids.set(o, addressOf(o.a));
    order.push(o);
  };
  const frames: HeapView['frames'] = [];
  const roots: PyObject[] = [];
  const bind = (name: string, o: PyObject | null, into: { name: string; id: number }[]): void => {
    if (o === null) return;
    roots.push(o);
    add(o);
    if (ids.has(o)) into.push({ name, id: ids.get(o) as number });
  };
  // roots: module globals, then each frame's locals (innermost last)
  if (callStack.length === 0 && moduleGlobals !== null) {
    const locals: { name: string; id: number }[] = [];
    for (const [k, v] of dictEntries(moduleGlobals)) {
      const n = k.v as string;
      if (k.t === T.str && !(n.startsWith('__') && n.endsWith('__'))) bind(n, v, locals);
    }
    frames.push({ name: '<module>', line, locals });
  }
  for (let i = 0; i < callStack.length; i++) {
    const f: Frame = callStack[i];
    const locals: { name: string; id: number }[] = [];
    if (f.code.isModule) {
      for (const [k, v] of dictEntries(f.g)) {
        const n = k.v as string;
        if (k.t === T.str && !(n.startsWith('__') && n.endsWith('__'))) bind(n, v, locals);
      }
    } else {
      const c = f.code;
      c.varnames.forEach((n, j) => bind(n, c.argCells.includes(j) ? ((f.l[j]?.v as PyObject | null) ?? null) : f.l[j], locals));
      [...c.cellvars, ...c.freevars].forEach((n, j) => {
        const cell = f.l[c.varnames.length + j];
        bind(n, cell === null ? null : ((cell.v as PyObject | null) ?? null), locals);
      });
    }
    frames.push({ name: f.code.isModule ? '<module>' : f.code.qualname || f.code.name, line: f.line, locals });
  }
  // reachable objects, breadth first, not descending into types, modules and code
  for (let k = 0; k < order.length && order.length < MAX_OBJECTS; k++) {
    const o = order[k];
    if (opaque(o) || (o.f & F_GC) === 0) continue;
    for (const x of referentsOf(o)) add(x);
  }
  const garbage = new Set<PyObject>();
  for (const g of unreachableObjects()) {
    if ((g.f & F_RUNTIME) !== 0) continue;
    garbage.add(g);
    add(g);
  }
  const census = takeCensus(roots, garbage);
  const objects: HeapObject[] = order.map((o) => {
    const gcObj = (o.f & F_GC) !== 0;
    const refs = gcObj && !opaque(o) ? referentsOf(o).filter((x) => ids.has(x)).map((x) => ids.get(x) as number) : [];
    const slot = R.heap.describe(o.a);
    return {
      id: ids.get(o) as number,
      type: typeName(o),
      ...refcountFacts(o),
      size: objectSize(o),
      ...(short(o) !== undefined ? { value: short(o) } : {}),
      generation: (o.f & F_TRACKED) !== 0 ? generationOf(o) : -1,
      ...(slot !== null ? { block: slot } : {}),
      referents: refs,
      ...(garbage.has(o) ? { unreachable: true } : {}),
      ...(allocSites.lines?.get(o) ? { line: allocSites.lines.get(o) } : {}),
    };
  });
  return { step: ST.steps, line, frames, objects, truncated: order.length >= MAX_OBJECTS, census, arenas: R.heap.arenas() };
}
