// Values measured once per set of simulated modules a script can have imported (the interpreter's
// references on each module, the objects the collector tracks): 19 modules give 7,800 to 11,100 sets per
// version, several MB as plain tables. They are stored as their Möbius inversion over the lattice
// of those sets: f(S) = Σ g(T) over the stored T ⊆ S. Interactions between modules are rare, so
// g is sparse (a few hundred terms per version instead of thousands of rows) and the value of
// every measured set is reproduced exactly. scripts/record-baselines.mjs encodes with this module;
// the engine decodes one set at a time.

/** Raw measurements: per import set (module names sorted, comma-joined; '' for none). */
export interface ImportSetsRaw {
  /** The interpreter's references on each module of the set. */
  modules: Record<string, Record<string, number>>;
  /** Objects the collector tracks after a full collection. */
  gcTracked: Record<string, number>;
}

/** The compact form, as stored in baselines.json. Masks are bit sets over `order`. */
export interface ImportSetTables {
  order: string[];
  /** Modules whose import imports others (a measured set holding one holds those). */
  requires: Record<string, string[]>;
  /** Modules measured only together with the listed others (types: the modules whose import in
   * CPython loads it are not among them); absent in tables recorded before it existed. */
  only?: Record<string, string[]>;
  /** [mask, term] pairs of the collector's tracked objects. */
  gcTracked: [number, number][];
  /** Per module, [mask, term] pairs of its count (zero for sets without the module). */
  counts: Record<string, [number, number][]>;
}

function maskOf(order: string[], names: string[]): number | null {
  let m = 0;
  for (const n of names) {
    const i = order.indexOf(n);
    if (i < 0) return null;
    m |= 1 << i;
  }
  return m;
}

function popcount(x: number): number {
  let c = 0;
  for (; x !== 0; x &= x - 1) c++;
  return c;
}

/** g with f(S) = Σ g(T), T ⊆ S, T measured: subsets first, each term what its set adds. */
function invert(f: Map<number, number>): [number, number][] {
  const sets = [...f.keys()].sort((a, b) => popcount(a) - popcount(b) || a - b);
  const g: [number, number][] = [];
  for (const s of sets) {
    let v = f.get(s) as number;
    for (const [t, gt] of g) if ((t & s) === t) v -= gt;
    if (v !== 0) g.push([s, v]);
  }
  return g;
}

function sum(g: [number, number][], s: number): number {
  let v = 0;
  for (const [t, gt] of g) if ((t & s) === t) v += gt;
  return v;
}

/** Pairs of modules never measured together: CPython's `import typing` loads enum (through re)
 * on 3.8-3.12, which HeapLens's typing import does not do, so a program importing both stops
 * (runtime/modules/registry.ts) and no set holds both. */
export const UNMEASURED_PAIRS: [string, string][] = [['enum', 'typing']];

/** Whether a set holds every module its modules import (only such sets were measured). */
function closed(t: ImportSetTables, names: string[]): boolean {
  if (UNMEASURED_PAIRS.some(([a, b]) => names.includes(a) && names.includes(b))) return false;
  if (unmeasuredPartner(t, names) !== null) return false;
  for (const n of names) for (const d of t.requires[n] ?? []) if (!names.includes(d)) return false;
  return true;
}

/** A module of `names` never measured with another of them (t.only), as [module, other], or null. */
export function unmeasuredPartner(t: ImportSetTables, names: string[]): [string, string] | null {
  for (const [m, ok] of Object.entries(t.only ?? {})) {
    if (!names.includes(m)) continue;
    // (modules outside the tables, independent of them, do not count: time, __future__)
    const other = names.find((x) => x !== m && !ok.includes(x) && t.order.includes(x));
    if (other !== undefined) return [m, other];
  }
  return null;
}

/** The compact form of the measurements; throws if it does not reproduce every one of them. */
export function encodeImportSets(raw: ImportSetsRaw, order: string[], requires: Record<string, string[]>, only: Record<string, string[]> = {}): ImportSetTables {
  const split = (k: string): string[] => (k === '' ? [] : k.split(','));
  const gc = new Map<number, number>();
  for (const [k, v] of Object.entries(raw.gcTracked)) gc.set(maskOf(order, split(k)) ?? -1, v);
  if (gc.has(-1)) throw new Error('importsets: a measured set names a module outside the order');
  const counts: Record<string, [number, number][]> = {};
  for (const m of order) {
    const f = new Map<number, number>([[0, 0]]);
    for (const [k, rec] of Object.entries(raw.modules)) f.set(maskOf(order, split(k)) as number, rec[m] ?? 0);
    counts[m] = invert(f);
  }
  const t: ImportSetTables = { order, requires, only, gcTracked: invert(gc), counts };
  for (const [k, v] of Object.entries(raw.gcTracked)) {
    if (gcTrackedAt(t, split(k)) !== v) throw new Error(`importsets: gcTracked of {${k}} not reproduced`);
  }
  for (const [k, rec] of Object.entries(raw.modules)) {
    const names = split(k);
    if (Object.keys(rec).sort().join(',') !== [...names].sort().join(',')) throw new Error(`importsets: the counts of {${k}} are not one per module of the set`);
    if (JSON.stringify(moduleCountsAt(t, names)) !== JSON.stringify(Object.fromEntries(names.map((n) => [n, rec[n]])))) throw new Error(`importsets: module counts of {${k}} not reproduced`);
  }
  return t;
}

/** Every measured value again (every closed set of `order`), as the recorder merges re-recorded sets. */
export function decodeImportSets(t: ImportSetTables): ImportSetsRaw {
  const raw: ImportSetsRaw = { modules: {}, gcTracked: {} };
  for (let mask = 0; mask < 1 << t.order.length; mask++) {
    const names = t.order.filter((_, i) => (mask & (1 << i)) !== 0).sort();
    if (!closed(t, names)) continue;
    const k = names.join(',');
    raw.gcTracked[k] = gcTrackedAt(t, names) as number;
    if (names.length > 0) raw.modules[k] = moduleCountsAt(t, names) as Record<string, number>;
  }
  return raw;
}

/** The interpreter's references on each module once a script has imported `names` (null if the
 * set was not measured). */
export function moduleCountsAt(t: ImportSetTables, names: string[]): Record<string, number> | null {
  const s = maskOf(t.order, names);
  if (s === null || !closed(t, names)) return null;
  const out: Record<string, number> = {};
  for (const n of [...names].sort()) out[n] = sum(t.counts[n] ?? [], s);
  return out;
}

/** Objects the collector tracks after a full collection in a script that imported `names`. */
export function gcTrackedAt(t: ImportSetTables, names: string[]): number | null {
  const s = maskOf(t.order, names);
  if (s === null || !closed(t, names)) return null;
  return sum(t.gcTracked, s);
}
