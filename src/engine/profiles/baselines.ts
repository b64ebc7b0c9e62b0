// Reference counts the shared singletons have when a script starts, measured on the real
// interpreters by scripts/record-baselines.mjs (3.12+ makes them immortal, so no baseline is
// needed there). Absolute counts of these objects depend on everything the interpreter did
// before the program ran; HeapLens starts from these measurements and adds the program's own
// references exactly, so changes (deltas) are exact and absolute values are the measured ones.
import data from './baselines.json';
import type { Profile } from './profile';
import { moduleCountsAt, gcTrackedAt, unmeasuredPartner, type ImportSetTables } from './importsets';

export interface Baselines {
  python: string;
  None: number;
  True: number;
  False: number;
  Ellipsis: number;
  NotImplemented: number;
  emptyTuple: number;
  emptyStr: number;
  emptyBytes: number;
  ints: Record<string, number>;
  chars: Record<string, number>;
  /** 3.11: the interned 1-char strings that are objects of their own (the runtime's static
   * strings, not the Latin-1 singletons), by code point. */
  internedChars?: Record<string, number>;
  /** 3.8: the 1-byte bytes objects, by byte value (the bytes cache's reference included). */
  byteChars?: Record<string, number>;
  /** For each set of simulated modules a script has imported: the references the interpreter
   * holds on each of them (sys.modules, startup modules that imported it, and modules of the set
   * that import it), and the objects the collector tracks after `gc.collect()`
   * (long_lived_total); stored compactly (importsets.ts). */
  importSets: ImportSetTables;
  /** What a script's `import NAME` does for each simulated module: whether start-up had already
   * imported it (the import only looks it up), and how many objects of cyclic garbage the import
   * leaves (measured with the collector disabled during the import). */
  imports: Record<string, ImportEffect>;
  /** The builtins whose first use of their argument parser makes its keyword tuple (start-up
   * has not used it): key ('round()', 'str.split()', 'collections.deque()') -> the keyword names,
   * or '=KEY' for a builtin that shares KEY's parser; and which of those parsers importing each
   * simulated module readies (scripts/record-kwparsers.py). */
  kwParsers: KwParsers;
}

export interface KwParsers {
  parsers: Record<string, string[] | string>;
  readiedBy: Record<string, string[]>;
}

/** What a script's `import NAME` does, measured per version (scripts/record-baselines.mjs). */
export interface ImportEffect {
  preloaded: boolean;
  garbage: number;
  /** Changes to the shared singletons' counts (3.8-3.11; keys as in the singleton baselines:
   * None, True, emptyStr, int5, char101, ...) that were the same in every measured run. */
  singletons?: Record<string, number>;
  /** Singletons whose change differed between runs. */
  unknown?: string[];
  /** References the interpreter holds on the module's functions and float constants besides the
   * module's dict (start-up modules that did `from NAME import ...`). */
  attrRefs?: Record<string, number>;
}

/** pymalloc when a script starts: arenas, unused pools, and [class, pools, blocks in use] per
 * size class, as `sys._debugmallocstats()` reports them. */
export interface MallocStart {
  arenas: number;
  unusedPools: number;
  classes: [number, number, number][];
}

// (the bundle holds each version's table as a JSON string, parsed on first use: scripts/build.mjs)
const RAW = data as unknown as Record<string, Baselines | string>;
const parsed = new Map<string, Baselines>();
const TABLE = new Proxy({} as Record<string, Baselines | undefined>, {
  get(_t, id: string): Baselines | undefined {
    let t = parsed.get(id);
    if (t === undefined) {
      const raw = RAW[id];
      if (raw === undefined) return undefined;
      t = typeof raw === 'string' ? (JSON.parse(raw) as Baselines) : raw;
      parsed.set(id, t);
    }
    return t;
  },
});

export function baselinesFor(p: Profile): Baselines | null {
  if (p.immortalRefcnt !== null) return null;
  return TABLE[p.historical ? '3.8' : p.id] ?? null;
}

/** The interpreter's own references on each module once a script has imported `names`, or
 * null if that set was not measured. */
export function moduleCounts(p: Profile, names: string[]): Record<string, number> | null {
  const t = TABLE[p.historical ? '3.8' : p.id]?.importSets;
  return t === undefined ? null : moduleCountsAt(t, names);
}

/** A module of `names` the import sets never measured together with another of them (types with
 * a module whose CPython import loads types: importsets.ts `only`), as [module, other], or null. */
export function unmeasuredImport(p: Profile, names: string[]): [string, string] | null {
  const t = TABLE[p.historical ? '3.8' : p.id]?.importSets;
  return t === undefined ? null : unmeasuredPartner(t, names);
}

/** Objects real CPython's collector tracks after a full collection at the start of a script
 * that imported `names`, or null if not measured. */
export function gcTrackedBaseline(p: Profile, names: string[]): number | null {
  const t = TABLE[p.historical ? '3.8' : p.id]?.importSets;
  return t === undefined ? null : gcTrackedAt(t, names);
}

/** The argument parsers that make their keyword tuple on first use (null if not measured). */
export function kwParsersFor(p: Profile): KwParsers | null {
  return TABLE[p.historical ? '3.8' : p.id]?.kwParsers ?? null;
}

/** A simulated module whose import is independent of the import sets (scripts/record-baselines.mjs
 * `independent` proves it on every version): the interpreter holds the same references on it
 * whatever else the script imported, it changes no other module's count, and it adds the same
 * number of objects to the collector's tracked ones in every set. So it needs no import-set
 * tables of its own (which would double their size). */
export interface IndependentModule extends ImportEffect {
  /** The interpreter's references on the module. */
  count: number;
  /** Objects it adds to those the collector tracks after a full collection. */
  tracked: number;
  /** The same when another module found on sys.path was imported too (a module start-up did not
   * import: the first one found on the path makes the path finder's FileFinder of the script's
   * directory, which the others then use). */
  trackedAfterPath?: number;
}

export function independentModule(p: Profile, name: string): IndependentModule | null {
  const rec = TABLE[p.historical ? '3.8' : p.id] as unknown as { independent?: Record<string, IndependentModule> } | undefined;
  return rec?.independent?.[name] ?? null;
}

/** What importing a simulated module does on this version (null if not measured). */
export function importEffect(p: Profile, name: string): ImportEffect | null {
  return TABLE[p.historical ? '3.8' : p.id]?.imports?.[name] ?? independentModule(p, name);
}

/** Whether a shared singleton's start-up count (key as in the baselines: int5, char85, ichar83)
 * differed between the runs with different hash seeds that measured it. None's does on 3.8 and
 * 3.11 by a few dozen; it is left out: programs print changes of None's count, which are exact. */
export function seedDependentBaseline(p: Profile, key: string): boolean {
  if (key === 'None') return false;
  const rec = TABLE[p.historical ? '3.8' : p.id] as unknown as { seedDependent?: string[] } | undefined;
  return rec?.seedDependent?.includes(key) ?? false;
}

/** The allocator's measured start state for a real version (none for the historical profile,
 * whose size classes no real release has). */
export function mallocStartFor(p: Profile): MallocStart | null {
  if (p.historical) return null;
  return (TABLE[p.id] as unknown as { malloc?: MallocStart } | undefined)?.malloc ?? null;
}
