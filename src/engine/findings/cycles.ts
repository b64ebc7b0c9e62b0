// Cyclic garbage: objects that no root reaches but that stay alive through references among
// themselves — the memory only the cycle collector can give back.
//
// Pass 1 (GarbageTracker, during a traced run): every GC-capable allocation gets an index (its
// place in the sequence of GC allocations, the same in every run of the program); each
// collection reports the garbage it frees, and at the end whatever is still unreachable is
// added. The garbage is split into groups (connected by references) and groups are merged by
// shape: the same types allocated on the same lines (a loop makes the same cycle many times).
//
// Pass 2 (GarbageWatcher, a second run of the same program, only when pass 1 found garbage):
// one group of each shape is followed by allocation index, and after every line the run checks
// whether that group has lost its last reference from outside; the line that just ran is where
// the garbage was made. The run stops as soon as every followed group is placed.
import { PyObject } from '../runtime/object';
import { F_GC, F_RUNTIME } from '../runtime/object';
import { type TypeInfo, isType } from '../runtime/types';
import { referentsOf } from '../runtime/gc';
import type { Allocator } from '../memory/allocator';
import { T } from '../runtime/core';
import { dictEntries } from '../runtime/dict';

export interface GarbageShape {
  /** Types and allocation lines of one group, sorted: what identifies the shape. */
  key: string;
  /** One group of this shape: its members' GC allocation indices. */
  members: number[];
  types: string[];
  allocLines: number[];
  /** How many groups of this shape became garbage. */
  groups: number;
  objects: number;
  /** Collections that freed (or, with DEBUG_SAVEALL, saved) groups of this shape. */
  reclaimed: { line: number; generation: number; automatic: boolean; saved: boolean }[];
  /** Groups of this shape still unreachable when the program ended. */
  aliveAtEnd: number;
  /** How many members each (type id, allocation line) part contributes to one group. */
  partMultiplicity: Map<number, number>;
  /** Attribute names through which members refer to other members (`peer`, `parent`…), in
   * the order found: what a weak reference could replace. */
  backRefs: string[];
}

/** Attributes of the group's instances (in their __dict__ or managed values) whose values are
 * members too. */
function attributeEdges(g: PyObject[]): string[] {
  const members = new Set(g);
  const out: string[] = [];
  const scan = (d: PyObject): void => {
    if (d.t !== T.dict && (d.t.v as TypeInfo).solid !== T.dict) return;
    for (const [k, v] of dictEntries(d)) if (k.t === T.str && members.has(v) && !out.includes(k.v as string)) out.push(k.v as string);
  };
  for (const m of g) {
    const ti = m.t.v as TypeInfo;
    if (ti.heap && ti.solid === null && m.d instanceof PyObject) scan(m.d);
    else if (m.t === T.dict) scan(m);
  }
  return out;
}

function typeName(o: PyObject): string {
  // a class the program made (`type('P0', bases, ns)` dropped): its name says more than "type"
  if (isType(o) && (o.v as TypeInfo).heap) return `class ${(o.v as TypeInfo).name}`;
  return (o.t.v as TypeInfo).name;
}

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/** Union-find over objects connected by references (in either direction). Returns the parent
 * array (roots via find). Each object's place is kept in its gc_refs scratch (`gr`, as a
 * collection uses it) while the references are followed, then `gr` is restored. */
function components(objs: PyObject[]): Int32Array {
  const n = objs.length;
  const parent = new Int32Array(n);
  const saved = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    const o = objs[i];
    saved[i] = o.gr;
    o.gr = MARK - i;
  }
  let i = 0;
  const visit = (x: PyObject): void => {
    const j = MARK - x.gr;
    if (j >= 0 && j < n && objs[j] === x) parent[find(parent, i)] = find(parent, j);
  };
  for (i = 0; i < n; i++) {
    const o = objs[i];
    const tr = (o.t.v as TypeInfo).traverse;
    if (tr !== null && (o.f & F_GC) !== 0) tr(o, visit);
  }
  for (let i = 0; i < n; i++) objs[i].gr = saved[i];
  return parent;
}

/** Below every gc_refs value a collection leaves (-1 tentatively unreachable, -2 reachable). */
const MARK = -16;

export class GarbageTracker {
  /** GC allocation index + 1 of the live object in each pymalloc block (0: none), per pool;
   * malloc'd GC objects (rare: big ones) in a map by address. */
  private readonly perPool: (Int32Array | undefined)[] = [];
  private readonly big = new Map<number, number>();
  private count = 0;
  /** Line of every GC allocation, by index. */
  private readonly lines: number[] = [];
  readonly shapes = new Map<string, GarbageShape>();
  /** Which shape a (type id, allocation line) part belongs to, when only one has it. */
  private readonly shapeOfPart = new Map<number, GarbageShape>();
  private readonly ambiguous = new Set<number>();

  constructor(private readonly heap: Allocator) {}

  onAlloc(o: PyObject, line: number): void {
    if ((o.f & F_GC) === 0) return;
    const idx = this.count++;
    this.lines.push(line);
    const slot = this.heap.blockSlot(o.a);
    if (slot < 0) {
      this.big.set(o.a, idx);
      return;
    }
    const pid = slot >> 10;
    let arr = this.perPool[pid];
    if (arr === undefined) arr = this.perPool[pid] = new Int32Array(1024);
    arr[slot & 1023] = idx + 1;
  }

  /** The GC allocation index of a live object, or -1 if it was not allocated while tracing. */
  private indexOf(o: PyObject): number {
    const slot = this.heap.blockSlot(o.a);
    if (slot < 0) return this.big.get(o.a) ?? -1;
    const arr = this.perPool[slot >> 10];
    return arr === undefined ? -1 : arr[slot & 1023] - 1;
  }

  private record(objs: PyObject[], how: { line: number; generation: number; automatic: boolean; saved: boolean } | null): void {
    const mine: PyObject[] = [];
    // per member of `mine`: its GC allocation index and its (type id, allocation line) part
    const mineIdx = new Int32Array(objs.length);
    const mineParts = new Float64Array(objs.length);
    const partCount = new Map<number, number>();
    for (const o of objs) {
      if ((o.f & F_RUNTIME) !== 0 || o.a === 0) continue;
      const i = this.indexOf(o);
      if (i < 0) continue;
      const part = (o.t.v as TypeInfo).tid * 1048576 + this.lines[i];
      mineIdx[mine.length] = i;
      mineParts[mine.length] = part;
      mine.push(o);
      partCount.set(part, (partCount.get(part) ?? 0) + 1);
    }
    if (mine.length === 0) return;
    const parent = components(mine);
    if (this.fastPath(partCount, mineParts, mine.length, parent, how)) return;
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < mine.length; i++) {
      const r = find(parent, i);
      let g = byRoot.get(r);
      if (g === undefined) byRoot.set(r, (g = []));
      g.push(i);
    }
    for (const gi of byRoot.values()) {
      const g = gi.map((k) => mine[k]);
      const idx = gi.map((k) => mineIdx[k]);
      // the shape: (type id, allocation line) of each member, sorted
      const parts = gi.map((k) => mineParts[k]);
      parts.sort((a, b) => a - b);
      const key = parts.join(',');
      let s = this.shapes.get(key);
      if (s === undefined) {
        s = {
          key,
          members: idx,
          types: g.map(typeName),
          allocLines: idx.map((i) => this.lines[i]),
          groups: 0,
          objects: 0,
          reclaimed: [],
          aliveAtEnd: 0,
          partMultiplicity: new Map(),
          backRefs: attributeEdges(g),
        };
        for (const p of parts) s.partMultiplicity.set(p, (s.partMultiplicity.get(p) ?? 0) + 1);
        // a part seen in two shapes makes the fast path ambiguous: drop it from the index
        for (const p of s.partMultiplicity.keys()) {
          const other = this.shapeOfPart.get(p);
          if (other === undefined) this.shapeOfPart.set(p, s);
          else if (other !== s) this.ambiguous.add(p);
        }
        for (const p of this.ambiguous) this.shapeOfPart.delete(p);
        this.shapes.set(key, s);
      }
      s.groups++;
      s.objects += g.length;
      if (how === null) s.aliveAtEnd++;
      else if (s.reclaimed.length < 20) s.reclaimed.push(how);
    }
  }

  /** A loop makes the same cycle again and again: when every object of this garbage belongs to
   * one known shape, in whole groups (each member part the same number of times), count them
   * without building the groups again. */
  private fastPath(partCount: Map<number, number>, mineParts: Float64Array, total: number, parent: Int32Array, how: { line: number; generation: number; automatic: boolean; saved: boolean } | null): boolean {
    let shape: GarbageShape | undefined;
    let n = -1;
    for (const [part, c] of partCount) {
      const s = this.shapeOfPart.get(part);
      if (s === undefined || (shape !== undefined && s !== shape)) return false;
      shape = s;
      const per = s.partMultiplicity.get(part) as number;
      if (c % per !== 0) return false;
      const groups = c / per;
      if (n >= 0 && groups !== n) return false;
      n = groups;
    }
    if (shape === undefined || partCount.size !== shape.partMultiplicity.size) return false;
    // the same parts in the same proportions are not yet the same groups: a ring of ten N is not
    // ten N that each refer to themselves; every connected group must be one of the shape. With
    // n groups of the shape's size and no part over its multiplicity in any group, every group
    // holds exactly the shape's parts.
    const mult = shape.partMultiplicity;
    const size = shape.members.length;
    const k = mult.size;
    const partNo = new Map<number, number>();
    const limit: number[] = [];
    for (const [p, m] of mult) {
      partNo.set(p, limit.length);
      limit.push(m);
    }
    const sizes = new Int32Array(total);
    const seen = new Int32Array(total * k);
    let comps = 0;
    for (let i = 0; i < total; i++) {
      const r = find(parent, i);
      if (sizes[r]++ === 0) comps++;
      if (sizes[r] > size) return false;
      const pn = partNo.get(mineParts[i]) as number;
      if (++seen[r * k + pn] > limit[pn]) return false;
    }
    if (comps !== n) return false;
    shape.groups += n;
    shape.objects += total;
    if (how === null) shape.aliveAtEnd += n;
    else if (shape.reclaimed.length < 20) shape.reclaimed.push(how);
    return true;
  }

  /** A collection frees (or saves) these objects. */
  onGarbage(objs: PyObject[], line: number, generation: number, automatic: boolean, saved: boolean): void {
    this.record(objs, { line, generation, automatic, saved });
  }

  /** The program ended: these objects are unreachable but alive. */
  atEnd(objs: PyObject[]): void {
    this.record(objs, null);
  }
}

/** Thrown to end a pass-2 run once every followed group is placed. */
export class WatchDone extends Error {
  constructor() {
    super('every watched group is placed');
  }
}

export class GarbageWatcher {
  private count = 0;
  private readonly wanted = new Map<number, [number, number]>();
  private readonly objs: (PyObject | null)[][];
  private readonly missing: number[];
  private readonly active = new Set<number>();
  /** For each followed group: the line after which it had no reference from outside. */
  readonly placed: (number | null)[];
  private left: number;
  private lastLine = 0;

  constructor(groups: number[][]) {
    groups.forEach((g, gi) => g.forEach((idx, k) => this.wanted.set(idx, [gi, k])));
    this.objs = groups.map((g) => g.map(() => null));
    this.missing = groups.map((g) => g.length);
    this.placed = groups.map(() => null);
    this.left = groups.length;
  }

  onAlloc(o: PyObject): void {
    if ((o.f & F_GC) === 0) return;
    const w = this.wanted.get(this.count++);
    if (w === undefined) return;
    const [g, k] = w;
    this.objs[g][k] = o;
    if (--this.missing[g] === 0) this.active.add(g);
  }

  /** A line starts: `lastLine` has just finished — or, when `resumed` is not 0, the frame that
   * starts it came back from a call made on line `resumed`, whose end (the called frame's
   * teardown, the caller using or dropping the result) ran last. */
  onLine(line: number, resumed = 0): void {
    if (this.active.size > 0) this.check(resumed !== 0 ? resumed : this.lastLine);
    this.lastLine = line;
  }

  /** The program's code finished; `resumed` as in onLine (the frame running at the end came
   * back from a call made on that line after the last line event). */
  atEnd(resumed = 0): void {
    if (this.active.size > 0) this.check(resumed !== 0 ? resumed : this.lastLine);
  }

  private check(line: number): void {
    for (const g of [...this.active]) {
      const members = this.objs[g] as PyObject[];
      if (members.some((m) => m.rc === 0)) {
        // freed by reference counting after all: not garbage in this run
        this.active.delete(g);
        this.done(g, null);
        continue;
      }
      const internal = new Map<PyObject, number>();
      for (const m of members) internal.set(m, 0);
      for (const m of members) {
        for (const x of referentsOf(m)) {
          const c = internal.get(x);
          if (c !== undefined) internal.set(x, c + 1);
        }
      }
      if (members.every((m) => m.rc === internal.get(m))) {
        this.active.delete(g);
        this.done(g, line);
      }
    }
  }

  private done(g: number, line: number | null): void {
    if (this.placed[g] === null) this.placed[g] = line;
    if (--this.left === 0) throw new WatchDone();
  }
}
