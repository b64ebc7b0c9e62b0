// Importable modules. Each simulated stdlib module is built on first import into a module
// object whose dict holds its functions and types; importing anything else stops the run.
import { PyObject, F_GC, F_RUNTIME, F_STATIC, IMMORTAL_RC } from '../object';
import { P, R, T, NotSimulated, decref, incref, ST, gcTrack, tmInexact } from '../core';
import { moduleCounts, gcTrackedBaseline, importEffect, independentModule, unmeasuredImport } from '../../profiles/baselines';
import { trackedCount, moveTrackedSince } from '../gc';
import { newBuiltinType, typeName, type TypeInfo } from '../types';
import { newDict, dictGetStr, dictSetStr, dictDelStr, dictEntries } from '../dict';
import { newStr, importInterned } from '../str';
import { raise } from '../exc';
import { S, specInitializingCheck, getAttrOpt, typeLookup } from '../abstract';
import { uncounted, importCounted, importUncounted } from '../startcounts';
import { noteModuleImport } from '../classes';
import { withFreeListsAside } from '../freelists';
import { UNSIMULATED_ATTRS, unsimulatedAttr, builtinDictNames } from '../unsimulated';

export class ModuleData {
  /** Attributes CPython's module has whose values HeapLens does not (a loader, a spec, a file
   * path, a __dict__ holding them): reading one stops the run. */
  opaque: Set<string> | null = null;
  /** The module's dict lacks names CPython's has (the builtins module: the exceptions and site
   * helpers HeapLens does not define): listing it, or a name it does not find, stops the run. */
  partial = false;
  /** Loaded from a file (an extension module or Python source), so its repr shows a path. */
  fromFile = false;
  /** Objects the import keeps alive for the rest of the run (3.8's m_copy of a module dict). */
  keep: PyObject[] = [];
  /** Names bound to what HeapLens does not simulate (Python functions of a module whose C part it
   * has, such as heapq.nlargest): reading one stops the run, with the reason given here. */
  stops: Map<string, string> | null = null;
  /** The names in the module's dict when its import finished (dir() takes CPython's recorded
   * names in their place, with what the program added or deleted since). */
  initial: Set<string> | null = null;
  constructor(public name: string) {}
}

/** The simulated modules compiled into CPython (sys.builtin_module_names); the others are
 * extension modules or Python source found on the path. */
const BUILT_IN = new Set(['sys', 'gc', 'itertools', 'time']);

export type ModuleFactory = (mod: PyObject) => void;
const factories = new Map<string, ModuleFactory>();
let loaded = new Map<string, PyObject>();

export function registerModule(name: string, f: ModuleFactory): void {
  factories.set(name, f);
}

export function resetModules(): void {
  loaded = new Map();
  importNesting = 0;
}

export function newModule(name: string): PyObject {
  const d = newDict();
  d.f |= F_RUNTIME;
  const md = new ModuleData(name);
  md.fromFile = !BUILT_IN.has(name);
  const m = new PyObject(T.module, md, d, F_GC | F_RUNTIME);
  // module objects are GC-tracked (PyModule_NewObject)
  gcTrack(m);
  const n = newStr(name);
  dictSetStr(d, '__name__', n);
  decref(n);
  return m;
}

/** The builtins module (__main__'s __builtins__): a module object over the builtins namespace
 * the program's name lookups use. Made at start-up, old to the collector (untracked here), its
 * reference count the interpreter's (sys.getrefcount of it stops). */
export function builtinsModule(ns: PyObject): PyObject {
  const md = new ModuleData('builtins');
  md.opaque = new Set(['__dict__', '__doc__', '__loader__', '__spec__', '__package__']);
  md.partial = true;
  const m = new PyObject(T.module, md, ns, F_RUNTIME);
  constRefsUnknownModules.add(m);
  builtinsMod = m;
  return m;
}
let builtinsMod: PyObject | null = null;

/** The builtins module object of this run (`len.__self__`), or null before __main__ exists. */
export function builtinsModuleObject(): PyObject | null {
  return builtinsMod;
}
/** __main__'s __loader__ under `python FILE`: a SourceFileLoader (Python code in
 * importlib's frozen _bootstrap_external) HeapLens does not have; its repr (an address) and its
 * attributes stop the run, while `is None` and type(...).__name__ answer as CPython's. */
export function mainLoaderStandIn(): PyObject {
  const t = newBuiltinType('_frozen_importlib_external.SourceFileLoader', T.object, (ti) => {
    ti.dict = newDict();
    ti.dict.f |= F_RUNTIME;
    ti.repr = () => { throw new NotSimulated("the repr of __main__'s __loader__ (a SourceFileLoader object)", ST.line); };
    ti.getattr = (_o, name) => { throw new NotSimulated(`__loader__.${name} (a SourceFileLoader object)`, ST.line); };
  }, '_frozen_importlib_external');
  const o = new PyObject(t, null, null, F_RUNTIME);
  constRefsUnknownModules.add(o);
  return o;
}

/** Modules whose reference count is the interpreter's business. */
export const constRefsUnknownModules = new WeakSet<PyObject>();

/** Whether the program has rebound sys.stdout (sys.stderr) away from the interpreter's stream:
 * CPython then writes its own reports (uncaught exceptions, "Exception ignored", warnings)
 * through that object's write method in pieces of each version's choosing, or nowhere. */
export function sysStreamReplaced(name: 'stdout' | 'stderr'): boolean {
  const sys = loaded.get('sys');
  if (sys === undefined) return false;
  const v = dictGetStr(sys.d as PyObject, name);
  return v === null || v.v === null || typeof v.v !== 'object' || (v.v as { stream?: unknown }).stream !== name;
}

/** At exit, the standard stream the program left bound to an object of its own (not None, not
 * the interpreter's streams), or null: CPython's shutdown flushes it (flush_std_files: its
 * `closed` attribute, then its flush method — a missing one is reported and the exit status
 * becomes 120) before the module cleanup puts sys.__stdout__/__stderr__ back and releases it. */
export function sysStreamLeftReplaced(): 'stdout' | 'stderr' | null {
  const sys = loaded.get('sys');
  if (sys === undefined) return null;
  for (const name of ['stdout', 'stderr'] as const) {
    const v = dictGetStr(sys.d as PyObject, name);
    if (v === null || v === S.None) continue;
    const tag = v.v !== null && typeof v.v === 'object' ? (v.v as { stream?: unknown }).stream : undefined;
    if (tag !== 'stdout' && tag !== 'stderr') return name;
  }
  return null;
}

/** Stops a report CPython would not write as HeapLens does: to a rebound sys.stderr
 * (sysStreamReplaced), or with a hook or limit the program set in sys that CPython consults
 * there (sys.excepthook for an uncaught exception, sys.unraisablehook for an exception ignored
 * in __del__ or a callback, sys.tracebacklimit for the traceback of either). HeapLens's sys
 * has none of these names until the program sets one (reading them stops). */
export function checkStderrReport(what: string, line: number, hook: 'excepthook' | 'unraisablehook' | null = null): void {
  const sys = loaded.get('sys');
  if (sys === undefined) return;
  for (const name of hook === null ? [] : [hook, 'tracebacklimit']) {
    if (dictGetStr(sys.d as PyObject, name) !== null) throw new NotSimulated(`${what} with sys.${name} set by the program`, line, name === 'tracebacklimit' ? 'CPython prints only the innermost frames it allows' : `CPython calls it instead of printing the report, with sys.last_* (3.12+ sys.last_exc) holding the exception`);
  }
  if (sysStreamReplaced('stderr')) throw new NotSimulated(`${what} written to a replaced sys.stderr`, line, "CPython writes its report through the replacement's write method, in pieces and with allocations of each version's own");
}

export function loadedModules(): Map<string, PyObject> {
  return loaded;
}

let importNesting = 0;

/** Per version, the modules whose CPython import loads types but whose import sets with types
 * were measured (types imported first: scripts/record-baselines.mjs onlyFor). */
const TYPES_FIRST: Record<number, string[]> = { 13: ['weakref', 'typing'] };

export function importModule(name: string, line: number, fromlist = false): PyObject {
  const hit = loaded.get(name);
  if (hit !== undefined) {
    importLoaded(hit, name, fromlist);
    return incref(hit);
  }
  // CPython's `import typing` loads enum (through re) on 3.8-3.12 and HeapLens's does not: what
  // importing the other one then does is not measured (profiles/importsets.ts UNMEASURED_PAIRS)
  const other = name === 'enum' ? 'typing' : name === 'typing' ? 'enum' : null;
  if (other !== null && loaded.has(other)) throw new NotSimulated(`importing both 'enum' and 'typing' in one program (CPython's typing imports enum itself)`, line);
  // CPython's imports of contextlib, copy, dataclasses, enum, tracemalloc and typing (functools on
  // 3.10-3.12, weakref on 3.10+) load types, which HeapLens's do not: types with one of them was
  // not measured (profiles/importsets.ts `only`)
  const pair = factories.has(name) ? unmeasuredImport(P, [...loaded.keys(), name]) : null;
  if (pair !== null) throw new NotSimulated(`importing both '${pair[0]}' and '${pair[1]}' in one program (CPython's ${pair[1]} imports ${pair[0]} itself)`, line);
  // (3.13's weakref and typing import types too, yet each pair is measured with types imported
  // first, as functools.singledispatch and its register() do: types after one of them would be
  // an import that finds it in sys.modules in CPython)
  const before = name === 'types' ? (TYPES_FIRST[P.minor] ?? []).find((m) => loaded.has(m)) : undefined;
  if (before !== undefined) throw new NotSimulated(`importing 'types' after '${before}' (CPython's ${before} imports types itself)`, line);
  const f = factories.get(name);
  // Anything else would run code HeapLens does not have (the standard library's Python and C
  // modules, installed packages, the user's own files): the run stops rather than guess.
  if (f === undefined) throw new NotSimulated(`importing '${name}'`, line, UNSIMULATED_IMPORT_WHY[name]);

  const tracked = trackedCount();
  // What building the module allocates is not what CPython's import does (sys exists before any
  // script runs; the others run their own code): it is not shown as the import line's work.
  const { onAlloc, onFree, onBytes, tm } = R;
  R.onAlloc = R.onFree = null;
  R.onBytes = null;
  // nor as allocations tracemalloc sees (a module start-up imported costs nothing; any other
  // import runs code whose allocations HeapLens does not reproduce: see below)
  R.tm = null;
  // A module CPython's start-up already imported costs the program's import nothing: its objects
  // are old (generation 2) and the collector's counts do not move. Any other import runs code in
  // CPython whose allocations HeapLens does not reproduce: the counts are unknown until the next
  // full collection.
  const pre = preloaded(name);
  const count0 = R.gens[0].count;
  const enabled = R.gcEnabled;
  const mark = R.gens[0].head.gp as PyObject;
  const garbageBefore = R.gcImportGarbage;
  if (pre) R.gcEnabled = false;
  // sys and the modules start-up imported were built before the measured allocator state the
  // heap starts from: their blocks are among its seeded ones, not on top of them
  const claim = (name === 'sys' || pre) && !R.heap.claimStartup;
  if (claim) R.heap.claimStartup = true;
  let m: PyObject;
  try {
    m = newModule(name);
    loaded.set(name, m);
    importInterned(name);
    const effect = importEffect(P, name);
    // sys and the modules start-up already imported: their references are in the measured
    // start-up counts of the shared singletons
    // a module imported while another one is being built (functools imports collections) is part
    // of that import, whose measured effect includes it
    importNesting++;
    try {
      if (importNesting > 1) f(m);
      // (a module start-up imported: CPython's free lists are not touched by this import)
      else if (name === 'sys' || pre) withFreeListsAside(() => uncounted(() => f(m)));
      else if (effect?.singletons !== undefined && P.immortalRefcnt === null) importCounted(() => f(m), effect.singletons, effect.unknown ?? [], name);
      else {
        f(m);
        // (a built-in module's import loads no code: gc, itertools)
        if (name !== 'gc' && name !== 'itertools') importUncounted(name);
      }
    } finally {
      importNesting--;
    }
    (m.v as ModuleData).initial = new Set([...dictEntries(m.d as PyObject)].filter(([k]) => k.t === T.str).map(([k]) => k.v as string));
    // references start-up modules hold on the module's functions and constants
    // (measured besides the module's dict; 3.8's m_copy, which the simulator has, is among them)
    for (const [attr, n] of Object.entries(effect?.attrRefs ?? {})) {
      const v = dictGetStr(m.d as PyObject, attr);
      if (v !== null) v.rc += Math.max(0, n - (v.rc - 1));
    }
  } finally {
    if (claim) R.heap.endStartup();
    R.onAlloc = onAlloc;
    R.onFree = onFree;
    R.onBytes = onBytes;
    R.tm = tm;
    R.gcEnabled = enabled;
  }
  if (pre) {
    moveTrackedSince(mark, 2);
    R.gens[0].count = count0;
    importLoaded(m, name, fromlist);
  } else {
    noteModuleImport(name);
    if (tm !== null) tm.taint(`importing ${name} runs code in CPython whose allocations HeapLens does not reproduce`, ST.line);
    // (a built-in module's import allocates a few objects in CPython; one found on sys.path
    // runs the path finder and the module's own code, hundreds)
    if (R.gcUnknownSince === '' && searchesPath(name)) R.gcUnknownSince = `'import ${name}'`;
    if (R.gcCountsKnown) {
      R.gcCountsKnown = false;
      R.gcCountsUnknownImport = name;
      R.gcCountsUnknownCall = '';
    }
    const garbage = importEffect(P, name)?.garbage ?? 0;
    // (a module this one imported, as functools imports collections, is part of its garbage)
    if (garbage > 0 && garbageBefore === null) R.gcImportGarbage = { name, garbage };
  }
  R.gcStartupSim += trackedCount() - tracked;
  syncGcBaseline();
  // sys.modules and whatever else imported the module before the program ran hold references
  // we do not model one by one: start from the measured count, as for the shared singletons.
  const counts = moduleCountsLoaded();
  if (counts !== null) {
    m.f |= F_STATIC;
    m.rc = IMMORTAL_RC;
    for (const [n, c] of Object.entries(counts)) {
      const mod = loaded.get(n) as PyObject;
      // a module imported while another was being built (random's math, functools' collections)
      // finished before the set of loaded modules was one that was measured: its count becomes
      // the measured one now (its creation reference is the measured sys.modules one)
      if (mod !== m && (mod.f & F_STATIC) === 0) {
        mod.f |= F_STATIC;
        mod.rc = IMMORTAL_RC + mod.rc - 1;
      }
      R.baselines.set(mod, c);
    }
  }
  m.rc++;
  return m;
}

/** PyImport_ImportModuleLevelObject for a module already in sys.modules: up to 3.11 the spec's
 * `_initializing` check (for sys an AttributeError made and cleared), and with a fromlist the lookup of
 * the module's `__path__` (a package's runs importlib's _handle_fromlist, Python code). */
function importLoaded(m: PyObject, name: string, fromlist: boolean): void {
  // modules importlib loaded (at start-up or later) have `_initializing = False` on their spec;
  // sys's spec, made by start-up itself, has none
  if (name === 'sys') specInitializingCheck();
  if (!fromlist) return;
  if (PACKAGES.has(name)) {
    if (R.tm !== null) R.tm.taint(`'from ${name} import ...' runs importlib's _handle_fromlist (Python code) in CPython`, ST.line);
    return;
  }
  const p = getAttrOpt(m, '__path__');
  if (p !== null) decref(p);
}

/** The simulated modules that are packages in CPython (they have a __path__). */
const PACKAGES = new Set(['collections']);

/** A call of a function that CPython implements in Python (Lib/collections/__init__.py's Counter
 * methods, namedtuple() and the methods it generates) and HeapLens as a builtin: CPython's
 * frames (3.8/3.10 keep one per code object), bound methods, argument tuples and dicts, and the
 * modules some import on first use (heapq) move the collector's counts in ways HeapLens does not
 * reproduce, so they are unknown until the next full collection. */
export function pythonLevelCall(what: string, why = `${what} is Python code in CPython (Lib/collections/__init__.py), whose frames and temporary objects HeapLens does not reproduce`): void {
  if (R.tm !== null) R.tm.taint(why, ST.line);
  if (R.mallocUnknownCall === '') {
    R.mallocUnknownCall = what;
    R.mallocUnknownWhy = why;
  }
  gcCountsUnknown(what, why);
}

/** The collector's counts are unknown from here until the next full collection: `what` (a call
 * HeapLens answers without CPython's Python frames or objects) allocated what it cannot see. */
export function gcCountsUnknown(what: string, why: string): void {
  if (R.gcUnknownSince === '') R.gcUnknownSince = what;
  if (R.gcCountsKnown) {
    R.gcCountsKnown = false;
    R.gcCountsUnknownImport = '';
    R.gcCountsUnknownCall = what;
    R.gcCountsUnknownWhy = why;
  }
}

/** Whether the module is in sys.modules when a script starts (`python FILE`, measured on each
 * version: sys always; on 3.11 also weakref, collections and itertools). */
function preloaded(name: string): boolean {
  return name === 'sys' || STARTUP_UNCOUNTED.has(name) || importEffect(P, name)?.preloaded === true || independentModule(P, name)?.preloaded === true;
}

/** Whether CPython's import of the module searched sys.path (neither built in nor imported by
 * start-up): the first such import makes the path finder's FileFinder for the script's directory. */
function searchesPath(name: string): boolean {
  return !BUILT_IN.has(name) && !preloaded(name);
}

/** Why some often-imported modules stop (measured with each interpreter's sys.modules). */
const UNSIMULATED_IMPORT_WHY: Record<string, string> = {
  string: "CPython's string.py loads re (its compiler, parser and constants), enum, functools, collections and types (3.11's start-up has them already), and compiles string.Template's pattern at import, whose objects and counts HeapLens does not reproduce",
  warnings: "CPython loads Lib/warnings.py (start-up has only the C _warnings; 3.11's has warnings already), whose filters, registries, onceregistry and Python-level showwarning HeapLens does not reproduce",
  // memory tools the articles and tutorials use: they measure the real process, which HeapLens
  // does not run — its per-line facts (CodeLens, hovers, `heaplens trace`) show what they would
  memory_profiler: measuringTool("memory_profiler's @profile and memory_usage() read the process's resident memory"),
  psutil: measuringTool("psutil reads the process's resident memory and other operating-system figures"),
  resource: measuringTool("resource.getrusage() reports the process's peak resident memory from the operating system"),
  objgraph: measuringTool('objgraph walks every object of the real process (start-up and installed packages included)'),
  pympler: measuringTool("pympler's asizeof, tracker and muppy walk every object of the real process"),
  guppy: measuringTool("guppy's heap() walks every object of the real process"),
  memray: measuringTool("memray hooks the real process's allocator"),
  os: "CPython's start-up has imported os, but its functions and data (process ids, files, the environment, os.path) come from the operating system and the installation, which HeapLens does not have",
};

/** Why a memory-measuring tool's import stops, and where HeapLens shows the same thing. */
function measuringTool(what: string): string {
  return `${what}: what it reports depends on the machine and the installation. HeapLens shows each line's allocations, sizes and reference counts itself (the CodeLens and hovers, the heap panel, \`heaplens trace\`): remove the import and its decorators or calls`;
}

/** Modules CPython's start-up imports on every version whose import HeapLens simulates without
 * measuring the interpreter's references to them (they differ between import sets: io's on 3.8):
 * binding one changes no counted object, and sys.getrefcount of the module stops. */
const STARTUP_UNCOUNTED = new Set(['io', 'abc']);

/** The loaded modules that are in the import-set tables (the independent ones and those of
 * STARTUP_UNCOUNTED are not: see baselines.ts, independentModule). */
function tabledModules(): string[] {
  return [...loaded.keys()].filter((n) => independentModule(P, n) === null && !STARTUP_UNCOUNTED.has(n));
}

/** The interpreter's references on each loaded module: the import-set tables' for theirs, the
 * measured constant for an independent module (the recorder proved it the same in every set). */
function moduleCountsLoaded(): Record<string, number> | null {
  const names = tabledModules();
  const counts = names.length === 0 ? {} : moduleCounts(P, names);
  if (counts === null) return null;
  for (const n of loaded.keys()) {
    const ind = independentModule(P, n);
    if (ind !== null) counts[n] = ind.count;
  }
  return counts;
}

/** Recompute the long_lived_total adjustment for the modules imported so far. */
export function syncGcBaseline(): void {
  let real = gcTrackedBaseline(P, tabledModules());
  // (an independent module adds the same tracked objects to every set: measured and proved so)
  for (const n of loaded.keys()) {
    const ind = independentModule(P, n);
    if (ind === null || real === null) continue;
    const afterPath = ind.trackedAfterPath !== undefined && [...loaded.keys()].some((m) => m !== n && searchesPath(m));
    real += afterPath ? (ind.trackedAfterPath as number) : ind.tracked;
  }
  R.gcTrackedAdjust = real === null ? 0 : real - R.gcStartupSim;
}


/** The names CPython's module dict has on this version (recorded) that the simulated module's
 * lacks — leaving out those the program deleted. */
function moduleDictLacks(m: PyObject): string[] {
  const md = m.v as ModuleData;
  if (md.initial === null) return [];
  const rec = builtinDictNames(`module ${md.name}`, P.minor);
  if (rec === undefined) return [];
  const d = m.d as PyObject;
  return rec.filter((n) => !md.initial?.has(n) && dictGetStr(d, n) === null);
}

export function initModuleType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => 56;
  // module_init's objects (the dict with __name__, __doc__, __package__, __loader__, __spec__)
  // are not made: a module object made by the program stops
  ti.new = () => {
    throw new NotSimulated('creating a module object (types.ModuleType(...) or a subclass of it)', ST.line);
  };
  ti.getattr = (m, name) => {
    const md = m.v as ModuleData;
    if (md.opaque !== null && md.opaque.has(name)) {
      throw new NotSimulated(`${md.name}.${name}`, ST.line, `HeapLens does not have the module's ${name === '__dict__' ? 'loader, spec and file path its dict holds' : name === '__file__' ? 'file path, which depends on the installation' : name.slice(2, -2)}`);
    }
    // a name whose object is not simulated stops, if CPython's module has it on this version
    const known = UNSIMULATED_ATTRS[`module ${md.name}`] !== undefined;
    if (md.stops !== null) {
      const why = md.stops.get(name);
      if (why !== undefined && (!known || unsimulatedAttr(`module ${md.name}`, name, P.minor))) throw new NotSimulated(`${md.name}.${name}`, ST.line, why);
    }
    const d = m.d as PyObject;
    // module_getattro is PyObject_GenericGetAttr first: a data descriptor of the type (object's
    // __class__) comes before the module's dict, a method of the type after it. The names the
    // module type defines itself (its __dir__, __init__, __getattribute__, ...) HeapLens's module
    // type does not have: object's would answer in their place, so they stop.
    const own = name !== '__dict__' && name !== '__repr__' && name !== '__new__' && unsimulatedAttr('module', name, P.minor);
    const descr = own ? null : typeLookup(m.t, name);
    const dget = descr !== null ? (descr.t.v as TypeInfo).descrGet : null;
    if (descr !== null && dget !== null && (descr.t.v as TypeInfo).descrSet !== null) return dget(descr, m, m.t);
    const v = dictGetStr(d, name);
    if (v !== null) return incref(v);
    if (name === '__dict__') {
      const lacks = moduleDictLacks(m);
      if (lacks.length > 0) throw new NotSimulated(`${md.name}.__dict__`, ST.line, `HeapLens's ${md.name} module lacks ${lacks.slice(0, 4).join(', ')}${lacks.length > 4 ? ', …' : ''} of CPython's`);
      return incref(d);
    }
    if (own) throw new NotSimulated(`module.${name}`, ST.line);
    if (descr !== null) return dget !== null ? dget(descr, m, m.t) : incref(descr);
    // (only packages have a __path__: `from M import x` after `import M` looks it up)
    if (name === '__path__' && !PACKAGES.has(md.name)) return null;
    // a module simulated in part: a name CPython's module has too stops; one it lacks (recorded
    // per version) is missing here as there
    if (md.partial && (!known || unsimulatedAttr(`module ${md.name}`, name, P.minor))) {
      throw new NotSimulated(`${md.name}.${name}`, ST.line, `HeapLens's ${md.name} module does not have every name CPython's has`);
    }
    return null;
  };
  ti.setattr = (m, name, v) => {
    const d = m.d as PyObject;
    if (v === null) {
      delDictAttr(m, d, name);
      return;
    }
    dictSetStr(d, name, v);
  };
  ti.repr = (m) => {
    const md = m.v as ModuleData;
    if (md.fromFile) throw new NotSimulated(`the repr of module '${md.name}'`, ST.line, "it shows the module's file path, which depends on the installation");
    // module_repr calls importlib._bootstrap._module_repr, Python code (frames, its caches)
    tmInexact(`the repr of module '${md.name}' (CPython makes it with importlib's Python code)`);
    return newStr(`<module '${md.name}' (built-in)>`);
  };
  ti.traverse = (m, visit) => visit(m.d as PyObject);
  ti.dealloc = () => {};
}

export { R };

/** The first entries of a module CPython loads from Python source (Lib/NAME.py), in its order:
 * __name__ (made by newModule), __doc__, __package__, __loader__, __spec__, __file__, __cached__,
 * __builtins__. HeapLens has the values of none but __name__ and __package__: None holds their
 * places (so the dict has CPython's keys and size) and reading one stops the run. */
export function sourceModuleHeader(mod: PyObject): void {
  const d = mod.d as PyObject;
  const md = mod.v as ModuleData;
  md.opaque = new Set(['__doc__', '__loader__', '__spec__', '__file__', '__cached__', '__builtins__', '__dict__']);
  dictSetStr(d, '__doc__', S.None);
  const pkg = newStr('');
  dictSetStr(d, '__package__', pkg);
  decref(pkg);
  for (const k of ['__loader__', '__spec__', '__file__', '__cached__', '__builtins__']) dictSetStr(d, k, S.None);
}

/** A module's `import sys` at its top (enum.py, types.py): sys bound as a global. The measured
 * module counts include that reference, so it is not added to sys's count again. */
export function bindImportedSys(d: PyObject): void {
  const sys = importModule('sys', ST.line);
  dictSetStr(d, 'sys', sys);
  decref(sys);
  sys.rc--;
}

/** PyObject_GenericSetAttr's deletion of an attribute held in the object's dict `d`: the dict's
 * KeyError becomes AttributeError(name) (3.8/3.10), or says which object (3.11+). */
export function delDictAttr(o: PyObject, d: PyObject, name: string): void {
  if (!dictDelStr(d, name)) raise(T.AttributeError, P.minor >= 11 ? `'${typeName(o)}' object has no attribute '${name}'` : name);
}
