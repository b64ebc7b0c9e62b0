// Runs scripts/record-baselines.py on every installed profiled interpreter and writes
// src/engine/profiles/baselines.json (committed; the engine never needs Python at run time).
// `node scripts/record-baselines.mjs malloc` re-records only the allocator's start state,
// `… bytechars` only 3.8's counts of the 1-byte bytes objects,
// `… imports` only what importing each simulated module does, `… modules` the modules' counts
// per import set, `… gctracked` the collector's tracked objects per import set, `… kwparsers` the
// builtins whose first keyword call builds their argument parser's keyword tuple.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const FILE = 'src/engine/profiles/baselines.json';
/** The simulated modules a program can import. */
const MODULES = ['array', 'bisect', 'collections', 'contextlib', 'copy', 'dataclasses', 'enum', 'functools', 'gc', 'heapq', 'itertools', 'math', 'operator', 'random', 'sys', 'tracemalloc', 'types', 'typing', 'weakref'];
/** Simulated modules whose import makes HeapLens import others, as CPython's does (functools
 * does `from collections import namedtuple`): a set of loaded modules that holds one holds those. */
const IMPORTS = { functools: ['collections', 'itertools'], copy: ['weakref'], random: ['bisect', 'itertools', 'math', 'operator'], dataclasses: ['copy', 'functools'], typing: ['collections', 'functools', 'itertools', 'operator'], enum: ['functools', 'operator', 'sys'], contextlib: ['collections', 'functools', 'itertools'], types: ['sys'] };
/** IMPORTS as a version's modules do them (3.8's random.py does not import operator; enum.py
 * imports functools and operator on 3.11/3.12 only, sys everywhere; contextlib imports collections
 * (deque) and functools (wraps) everywhere). */
function importsFor(minor) {
  const enumOnlySys = { enum: ['sys'] };
  if (minor === '3.8') return { ...IMPORTS, random: IMPORTS.random.filter((m) => m !== 'operator'), ...enumOnlySys };
  return minor === '3.11' || minor === '3.12' ? IMPORTS : { ...IMPORTS, ...enumOnlySys };
}
/** Modules measured only together with the listed others (importsets.ts `only`): the simulated
 * modules whose import loads types in CPython (contextlib, copy, dataclasses, enum, tracemalloc,
 * typing everywhere; functools on 3.10-3.12; weakref on 3.10+) leave it in sys.modules, which
 * HeapLens's imports of them do not do: a program importing types with one of them stops, and no
 * set holds both (that also keeps the sets with types to a few thousand instead of doubling them). */
function onlyFor(minor) {
  const partners = ['array', 'bisect', 'collections', 'gc', 'heapq', 'itertools', 'math', 'operator', 'random', 'sys'];
  if (minor === '3.8' || minor === '3.13') partners.push('functools');
  if (minor === '3.8' || minor === '3.13') partners.push('weakref');
  // (3.13's weakref and typing load types too, but singledispatch imports types and then weakref,
  // and its register() then typing: those pairs are measured, types imported first, and a program
  // importing types after one of them stops: registry.ts TYPES_FIRST)
  if (minor === '3.13') partners.push('typing');
  return { types: partners };
}
/** The import-set codec the engine decodes with (src/engine/profiles/importsets.ts), loaded
 * through esbuild: module counts and tracked objects per import set are stored compactly. */
const codec = await import('data:text/javascript;base64,' + Buffer.from(buildSync({ entryPoints: ['src/engine/profiles/importsets.ts'], bundle: true, format: 'esm', platform: 'node', write: false }).outputFiles[0].text).toString('base64'));
/** The modules measured before functools was simulated: their import effects are recorded with
 * these imported first (`imports` re-records them only when named). */
const FIRST_MODULES = ['array', 'collections', 'gc', 'itertools', 'math', 'sys', 'weakref'];

/** Every set of simulated modules a program's imports can leave loaded. */
function importSets(minor) {
  const imports = importsFor(minor);
  const only = onlyFor(minor);
  const sets = [];
  for (let mask = 0; mask < 1 << MODULES.length; mask++) {
    const set = MODULES.filter((_, i) => mask & (1 << i));
    // (typing's import loads enum on 3.8-3.12, which HeapLens's does not: a program importing both
    // stops, and no set holds both; importsets.ts UNMEASURED_PAIRS)
    if (set.includes('enum') && set.includes('typing')) continue;
    if (Object.entries(only).some(([m, ok]) => set.includes(m) && set.some((x) => x !== m && !ok.includes(x)))) continue;
    if (set.every((m) => (imports[m] ?? []).every((d) => set.includes(d)))) sets.push(set);
  }
  return sets;
}
/** `modules`/`gctracked`/`imports` re-record only the sets with these modules (or, for imports,
 * these modules) when given after the part's name, merging into the committed file. */
const ONLY = process.argv.slice(3);
/** Modules whose effect on the shared singletons' counts is left unmeasured (their counts stop
 * after the import on 3.8-3.11): tracemalloc's Python code holds 3.11's interned 1-char
 * identifiers, which the import measurement does not cover. */
const NO_IMPORT_REFS = ['tracemalloc'];

/** The environment without PYTHON* variables (a PYTHONHASHSEED or PYTHONPATH of the shell would
 * change what is measured). */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
}

/** The newest installed interpreter of a minor version, or null. */
function pythonFor(minor) {
  const dirs = readdirSync(join(root, 'versions')).filter((d) => d.startsWith(minor + '.')).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]));
  if (dirs.length === 0) return null;
  const py = join(root, 'versions', dirs[0], 'bin', 'python');
  return existsSync(py) ? py : null;
}

/** pymalloc at the start of a script (what `sys._debugmallocstats()` reports as its first
 * statement): arenas, unused pools, and pools and blocks in use per size class. The simulator
 * starts from this heap so a program's pools and arenas land where CPython's would. */
function mallocStart(py) {
  const r = spawnSync(py, ['scripts/record-malloc-baseline.py'], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
  if (r.status !== 0) throw new Error(r.stderr);
  const classes = [];
  let arenas = -1;
  let unusedPools = -1;
  for (const line of r.stderr.split('\n')) {
    const row = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (row) classes.push([Number(row[1]), Number(row[3]), Number(row[4])]);
    const a = /^# arenas allocated current\s*=\s*([\d,]+)/.exec(line);
    if (a) arenas = Number(a[1].replace(/,/g, ''));
    const u = /^(\d+) unused pools \*/.exec(line);
    if (u) unusedPools = Number(u[1]);
  }
  if (arenas < 0 || unusedPools < 0 || classes.length === 0) throw new Error(`no malloc report from ${py}:\n${r.stderr}`);
  return { arenas, unusedPools, classes };
}

/** What importing each simulated module does in a script: whether start-up had already imported
 * it (the import only looks it up) and how much cyclic garbage its import leaves. */
function importEffects(py, old) {
  const effects = { ...(old ?? {}) };
  for (const name of MODULES) {
    if (ONLY.length > 0 && !ONLY.includes(name)) continue;
    const r = spawnSync(py, ['scripts/record-gc-baselines.py', 'import', name], { encoding: 'utf8', env: cleanEnv() });
    if (r.status !== 0) throw new Error(r.stderr);
    const [preloaded, garbage] = r.stdout.trim().split(' ').map(Number);
    effects[name] = { preloaded: preloaded === 1, garbage };
    // (sys is part of start-up)
    if (name !== 'sys') {
      const refs = importRefs(py, name);
      Object.assign(effects[name], NO_IMPORT_REFS.includes(name) ? { attrRefs: refs.attrRefs } : refs);
    }
  }
  return effects;
}

/** What `import NAME` does to the shared singletons' counts (scripts/record-import-refs.py), over
 * runs with three hash seeds, the collector as it is / collected first / disabled, and each other
 * simulated module imported first: `singletons` has the changes that were the same in every run,
 * `unknown` the objects whose change varied (their counts are unknown after the import);
 * `attrRefs` the references the interpreter holds on the module's functions and float constants
 * besides the module's dict (startup modules that did `from NAME import ...`), when not zero. */
function importRefs(py, name) {
  const runs = [];
  let attrs = null;
  for (const first of [[], ...FIRST_MODULES.filter((m) => m !== name).map((m) => [m])]) {
    // (gc itself only plainly: the other modes import it before the measurement)
    for (const mode of name === 'gc' ? ['plain'] : ['plain', 'collect', 'disable']) {
      for (let i = 0; i < 3; i++) {
        const seed = String(1 + Math.floor(Math.random() * 4294967294));
        const r = spawnSync(py, ['scripts/record-import-refs.py', mode, name, ...first], { encoding: 'utf8', env: { ...cleanEnv(), PYTHONHASHSEED: seed } });
        if (r.status !== 0) throw new Error(r.stderr);
        const run = new Map();
        const at = {};
        for (const line of r.stdout.trim().split('\n')) {
          const parts = line.split(' ');
          if (parts[0] === 'attr') at[parts[1]] = Number(parts[2]);
          else run.set(parts[0], Number(parts[1]));
        }
        runs.push(run);
        if (first.length === 0 && mode === 'plain' && i === 0) attrs = at;
      }
    }
  }
  const keys = new Set(runs.flatMap((m) => [...m.keys()]));
  const singletons = {};
  const unknown = [];
  for (const k of [...keys].sort()) {
    const vals = new Set(runs.map((m) => m.get(k) ?? 0));
    if (vals.size === 1) singletons[k] = [...vals][0];
    else unknown.push(k);
  }
  // functions and floats only: str values are shared interned strings, None is a singleton;
  // immortal objects (3.12+'s static types, such as types.GenericAlias) have no count to change
  const attrRefs = {};
  const probe = spawnSync(py, ['-c', `import ${name}, sys\nfor k, v in vars(${name}).items():\n    if sys.getrefcount(v) < 1 << 29 and type(v).__name__ in ${name === 'functools' || name === 'copy' ? "('builtin_function_or_method', 'float', 'function', 'type')" : name === 'random' ? "('builtin_function_or_method', 'float', 'type', 'Random')" : "('builtin_function_or_method', 'float')"}: print(k)`], { encoding: 'utf8', env: cleanEnv() });
  for (const k of probe.stdout.trim().split('\n')) if (attrs[k]) attrRefs[k] = attrs[k];
  return { singletons, unknown, attrRefs };
}

/** The interpreter's own references on each simulated module, for every set of them a script
 * may import (importing one can add references to another). */
function moduleCountsFor(py, old, minor) {
  const modules = { ...(old ?? {}) };
  for (const set of importSets(minor)) {
    if (set.length === 0 || (ONLY.length > 0 && !ONLY.some((m) => set.includes(m)))) continue;
    const r = spawnSync(py, ['scripts/record-module-baselines.py', ...set], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const counts = {};
    for (const line of r.stdout.trim().split('\n')) {
      const [k, v] = line.split(' ');
      counts[k] = Number(v);
    }
    modules[set.join(',')] = counts;
  }
  return modules;
}

/** The cycle collector's hidden start state: how many objects it tracks after a full collection
 * (per import set), which becomes long_lived_total. */
function gcTrackedFor(py, old, minor) {
  const tracked = { ...(old ?? {}) };
  for (const set of importSets(minor)) {
    if (ONLY.length > 0 && !ONLY.some((m) => set.includes(m))) continue;
    // (the environment as given, as these were first recorded: dropping PYTHONUNBUFFERED and
    // PYTHONDONTWRITEBYTECODE leaves two more objects tracked on every version)
    const r = spawnSync(py, ['scripts/record-gc-baselines.py', 'tracked', ...set], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    tracked[set.join(',')] = Number(r.stdout.trim());
  }
  return tracked;
}

/** The builtins whose first keyword call builds their argument parser's keyword tuple (start-up
 * has not called them with keywords), the builtins sharing one parser, and which of those parsers
 * importing each simulated module readies (scripts/record-kwparsers.py). */
function kwParsersFor(py) {
  const r = spawnSync(py, ['scripts/record-kwparsers.py', 'record'], { encoding: 'utf8', env: cleanEnv(), maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const SEED_RUNS = 24;
/** The singletons' counts at script start, measured with several random hash seeds (the
 * environment as given, minus PYTHON* variables: a UTF-8 locale such as LANG=C.UTF-8 is what the
 * committed counts of 0 and 1 were recorded with, see docs/profiles.md). */
function singletonRuns(py, minor) {
  const runs = [];
  for (let i = 0; i < SEED_RUNS; i++) {
    const seed = String(1 + Math.floor(Math.random() * 4294967294));
    const r = spawnSync(py, ['scripts/record-baselines.py'], { encoding: 'utf8', env: { ...cleanEnv(), PYTHONHASHSEED: seed } });
    if (r.status !== 0) throw new Error(r.stderr || r.stdout);
    runs.push(new Map(r.stdout.trim().split('\n').map((line) => line.split(' '))));
  }
  const rec = { ints: {}, chars: {}, internedChars: {}, byteChars: {}, seedDependent: [] };
  for (const [k, v] of runs[0]) {
    if (k === 'python') { rec.python = v; continue; }
    const vals = runs.map((m) => Number(m.get(k))).sort((a, b) => a - b);
    const n = vals[Math.floor(vals.length / 2)];
    if (vals[0] !== vals[vals.length - 1]) {
      rec.seedDependent.push(k);
      console.log(`${minor}: ${k} depends on the hash seed (${vals.join(', ')})`);
    }
    if (k.startsWith('int')) rec.ints[k.slice(3)] = n;
    else if (k.startsWith('ichar')) rec.internedChars[k.slice(5)] = n;
    else if (k.startsWith('bchar')) rec.byteChars[k.slice(5)] = n;
    else if (k.startsWith('char')) rec.chars[k.slice(4)] = n;
    else rec[k] = n;
  }
  return rec;
}
/** Re-record one part of every version's record and update the committed file in place. */
function updatePart(key, measure, describe) {
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
    const py = pythonFor(minor);
    if (py === null) continue;
    (data[minor] ??= {})[key] = measure(py, ONLY.length > 0 ? data[minor][key] : undefined);
    console.log(`${minor}: ${describe(data[minor][key])}`);
  }
  writeFileSync(FILE, JSON.stringify(data) + '\n');
  process.exit(0);
}

/** Re-record the module counts or the tracked objects per import set (key 'modules' or
 * 'gcTracked' of the raw measurements) and store both compactly again. */
function updateImportSets(key, measure, describe) {
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
    const py = pythonFor(minor);
    if (py === null) continue;
    const rec = (data[minor] ??= {});
    const raw = rec.importSets ? codec.decodeImportSets(rec.importSets) : { modules: {}, gcTracked: {} };
    raw[key] = measure(py, ONLY.length > 0 ? raw[key] : undefined, minor);
    rec.importSets = codec.encodeImportSets(raw, MODULES, importsFor(minor), onlyFor(minor));
    console.log(`${minor}: ${describe(raw[key])}`);
  }
  writeFileSync(FILE, JSON.stringify(data) + '\n');
  process.exit(0);
}

/** Simulated modules kept out of the import-set tables (src/engine/profiles/baselines.ts,
 * independentModule): the interpreter's references on each, and the objects it adds to the
 * collector's tracked ones, are measured in the empty set, in every smallest closed set holding one
 * tabled module, and in the set of all of them; the recorder refuses a module for which any of those
 * differ, or whose import changes another module's count — then it must join the tables. */
const INDEPENDENT = ['time', '__future__'];

function independentFor(py, old, minor) {
  const out = { ...(old ?? {}) };
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  const raw = codec.decodeImportSets(data[minor].importSets);
  const imports = importsFor(minor);
  const closure = (m) => {
    const set = new Set([m]);
    for (let grew = true; grew;) {
      grew = false;
      for (const x of [...set]) for (const d of imports[x] ?? []) if (!set.has(d)) { set.add(d); grew = true; }
    }
    return [...set].sort();
  };
  // each module alone (with what its import loads) and the largest sets a program can load: not
  // all modules at once, since types is measured only with its partners and enum never with typing
  const all = [...MODULES].sort();
  const largest = [all.filter((m) => m !== 'types' && m !== 'typing'), all.filter((m) => m !== 'types' && m !== 'enum'), ['types', ...onlyFor(minor).types].sort()];
  const sets = [[], ...MODULES.map(closure), ...largest].filter((set) => raw.modules[set.join(',')] !== undefined);
  // A module start-up did not import, found on sys.path, makes the path finder's FileFinder of
  // the script's directory (sys.path[0]) on the first such import: those objects count once, so a
  // path-found module tracks fewer objects when another path-found module came first (measured
  // as `trackedAfterPath`). Built-in modules and those start-up imported do not search the path.
  const builtins = new Set(spawnSync(py, ['-c', 'import sys; print(*sys.builtin_module_names)'], { encoding: 'utf8' }).stdout.trim().split(/\s+/));
  const searchesPath = (m) => !builtins.has(m) && data[minor].imports?.[m]?.preloaded !== true;
  for (const name of INDEPENDENT) {
    if (ONLY.length > 0 && !ONLY.includes(name)) continue;
    const e = spawnSync(py, ['scripts/record-gc-baselines.py', 'import', name], { encoding: 'utf8', env: cleanEnv() });
    if (e.status !== 0) throw new Error(e.stderr);
    const [preloaded, garbage] = e.stdout.trim().split(' ').map(Number);
    let count = null;
    const tracked = {};
    for (const set of sets) {
      const k = set.join(',');
      const r = spawnSync(py, ['scripts/record-module-baselines.py', ...set, name], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const counts = Object.fromEntries(r.stdout.trim().split('\n').map((line) => line.split(' ')).map(([m, v]) => [m, Number(v)]));
      for (const m of set) {
        if (counts[m] !== raw.modules[k][m]) throw new Error(`${minor}: importing ${name} after {${k}} changes the count of ${m} (${raw.modules[k][m]} -> ${counts[m]}): it cannot be independent`);
      }
      if (count !== null && counts[name] !== count) throw new Error(`${minor}: the count of ${name} is ${counts[name]} after {${k}}, ${count} after {}: it cannot be independent`);
      count = counts[name];
      const g = spawnSync(py, ['scripts/record-gc-baselines.py', 'tracked', ...set, name], { encoding: 'utf8' });
      if (g.status !== 0) throw new Error(g.stderr);
      const added = Number(g.stdout.trim()) - raw.gcTracked[k];
      const which = preloaded !== 1 && set.some(searchesPath) ? 'trackedAfterPath' : 'tracked';
      if (tracked[which] !== undefined && added !== tracked[which]) throw new Error(`${minor}: importing ${name} after {${k}} tracks ${added} more objects, ${tracked[which]} after other sets: it cannot be independent`);
      tracked[which] = added;
    }
    out[name] = { preloaded: preloaded === 1, garbage, count, ...tracked };
    // (a module start-up did not import runs its code: what that does to the shared singletons)
    if (preloaded !== 1) {
      const { singletons, unknown } = importRefs(py, name);
      Object.assign(out[name], { singletons, unknown });
    }
  }
  return out;
}

if (process.argv[2] === 'independent') {
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
    const py = pythonFor(minor);
    if (py === null) continue;
    data[minor].independent = independentFor(py, data[minor].independent, minor);
    console.log(`${minor}: ${JSON.stringify(data[minor].independent)}`);
  }
  writeFileSync(FILE, JSON.stringify(data) + '\n');
  process.exit(0);
}
if (process.argv[2] === 'imports') updatePart('imports', importEffects, (v) => JSON.stringify(v));
if (process.argv[2] === 'modules') updateImportSets('modules', moduleCountsFor, (v) => `module counts for ${Object.keys(v).length} import sets`);
if (process.argv[2] === 'gctracked') updateImportSets('gcTracked', gcTrackedFor, (v) => `${v['']} objects tracked after a full collection`);
if (process.argv[2] === 'kwparsers') updatePart('kwParsers', kwParsersFor, (v) => `${Object.keys(v.parsers).length} builtins build a keyword tuple on their first keyword call`);
if (process.argv[2] === 'malloc') updatePart('malloc', mallocStart, (v) => `${v.arenas} arenas, ${v.unusedPools} unused pools at start`);
if (process.argv[2] === 'bytechars') {
  // only the counts of the 1-byte bytes objects (the rest of each record stays as it is), on 3.8:
  // 3.10/3.11's parser (pegen) keeps every token's bytes in the arena while the module runs, so
  // there the 1-char tokens of the program's own source count too (sys.getrefcount stops)
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const minor of ['3.8']) {
    const py = pythonFor(minor);
    if (py === null) continue;
    const rec = singletonRuns(py, minor);
    data[minor].byteChars = rec.byteChars;
    const dep = rec.seedDependent.filter((k) => k.startsWith('bchar'));
    data[minor].seedDependent = [...data[minor].seedDependent.filter((k) => !k.startsWith('bchar')), ...dep];
    console.log(`${minor}: 1-byte bytes counts recorded (${dep.length} depend on the hash seed)`);
  }
  writeFileSync(FILE, JSON.stringify(data) + '\n');
  process.exit(0);
}
if (process.argv[2] === 'interned') {
  // only the counts of 3.11's interned 1-char strings (the rest of each record stays as it is)
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const minor of ['3.8', '3.10', '3.11']) {
    const py = pythonFor(minor);
    if (py === null) continue;
    data[minor].internedChars = singletonRuns(py, minor).internedChars;
    console.log(`${minor}: ${Object.keys(data[minor].internedChars).length} interned 1-char strings of their own`);
  }
  writeFileSync(FILE, JSON.stringify(data) + '\n');
  process.exit(0);
}

const out = {};
// The singletons' start-up counts (3.8-3.11; 3.12+ makes them immortal). Each interpreter runs the
// script with several random hash seeds (never 0: PYTHONHASHSEED=0 disables randomisation, which
// changes some start-up counts). A count that differs between seeds cannot be reproduced by a
// simulator: it is recorded as the median of the runs and named in `seedDependent`.
for (const minor of ['3.8', '3.10', '3.11']) {
  const py = pythonFor(minor);
  if (py === null) { console.error(`no ${minor} interpreter found`); continue; }
  out[minor] = singletonRuns(py, minor);
  console.log(`${minor}: recorded with ${out[minor].python}`);
}
// Module objects are mortal on every version: measure them on all five, for every set of
// simulated modules a program may have imported (importing one can add references to another).
for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
  const dirs = readdirSync(join(root, 'versions')).filter((d) => d.startsWith(minor + '.')).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]));
  if (dirs.length === 0) continue;
  const py = join(root, 'versions', dirs[0], 'bin', 'python');
  const rec = (out[minor] ??= { python: dirs[0] });
  const raw = { modules: moduleCountsFor(py, undefined, minor), gcTracked: gcTrackedFor(py, undefined, minor) };
  rec.importSets = codec.encodeImportSets(raw, MODULES, importsFor(minor), onlyFor(minor));
  console.log(`${minor}: ${raw.gcTracked['']} objects tracked after a full collection`);
  console.log(`${minor}: module counts for ${Object.keys(raw.modules).length} import sets (${rec.importSets.gcTracked.length} + ${Object.values(rec.importSets.counts).reduce((n, g) => n + g.length, 0)} stored terms)`);
  rec.malloc = mallocStart(py);
  rec.imports = importEffects(py);
  rec.kwParsers = kwParsersFor(py);
}
writeFileSync(FILE, JSON.stringify(out) + '\n');
