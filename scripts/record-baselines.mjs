// Runs scripts/record-baselines.py on every installed profiled interpreter and writes
// src/engine/profiles/baselines.json (committed; the engine never needs Python at run time).
// `node scripts/record-baselines.mjs malloc` re-records only the allocator's start state,
// `… imports` only what importing each simulated module does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const FILE = 'src/engine/profiles/baselines.json';

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
function importEffects(py) {
  const effects = {};
  for (const name of ['array', 'collections', 'gc', 'itertools', 'sys', 'weakref']) {
    const r = spawnSync(py, ['scripts/record-gc-baselines.py', 'import', name], { encoding: 'utf8', env: cleanEnv() });
    if (r.status !== 0) throw new Error(r.stderr);
    const [preloaded, garbage] = r.stdout.trim().split(' ').map(Number);
    effects[name] = { preloaded: preloaded === 1, garbage };
  }
  return effects;
}

/** Re-record one part of every version's record and update the committed file in place. */
function updatePart(key, measure, describe) {
  const data = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
    const py = pythonFor(minor);
    if (py === null) continue;
    (data[minor] ??= {})[key] = measure(py);
    console.log(`${minor}: ${describe(data[minor][key])}`);
  }
  writeFileSync(FILE, JSON.stringify(data) + '\n');
  process.exit(0);
}

if (process.argv[2] === 'imports') updatePart('imports', importEffects, (v) => JSON.stringify(v));
if (process.argv[2] === 'malloc') updatePart('malloc', mallocStart, (v) => `${v.arenas} arenas, ${v.unusedPools} unused pools at start`);

const out = {};
// The singletons' start-up counts (3.8-3.11; 3.12+ makes them immortal). Each interpreter runs the
// script with several random hash seeds (never 0: PYTHONHASHSEED=0 disables randomisation, which
// changes some start-up counts). A count that differs between seeds cannot be reproduced by a
// simulator: it is recorded as the median of the runs and named in `seedDependent`.
const SEED_RUNS = 5;
for (const minor of ['3.8', '3.10', '3.11']) {
  const py = pythonFor(minor);
  if (py === null) { console.error(`no ${minor} interpreter found`); continue; }
  const runs = [];
  for (let i = 0; i < SEED_RUNS; i++) {
    const seed = String(1 + Math.floor(Math.random() * 4294967294));
    const r = spawnSync(py, ['scripts/record-baselines.py'], { encoding: 'utf8', env: { ...cleanEnv(), PYTHONHASHSEED: seed } });
    if (r.status !== 0) throw new Error(r.stderr || r.stdout);
    runs.push(new Map(r.stdout.trim().split('\n').map((line) => line.split(' '))));
  }
  const rec = { ints: {}, chars: {}, seedDependent: [] };
  for (const [k, v] of runs[0]) {
    if (k === 'python') { rec.python = v; continue; }
    const vals = runs.map((m) => Number(m.get(k))).sort((a, b) => a - b);
    const n = vals[Math.floor(vals.length / 2)];
    if (vals[0] !== vals[vals.length - 1]) {
      rec.seedDependent.push(k);
      console.log(`${minor}: ${k} depends on the hash seed (${vals.join(', ')})`);
    }
    if (k.startsWith('int')) rec.ints[k.slice(3)] = n;
    else if (k.startsWith('char')) rec.chars[k.slice(4)] = n;
    else rec[k] = n;
  }
  out[minor] = rec;
  console.log(`${minor}: recorded with ${out[minor].python}`);
}
// Module objects are mortal on every version: measure them on all five, for every set of
// simulated modules a program may have imported (importing one can add references to another).
const MODULES = ['array', 'collections', 'gc', 'itertools', 'sys', 'weakref'];
for (const minor of ['3.8', '3.10', '3.11', '3.12', '3.13']) {
  const dirs = readdirSync(join(root, 'versions')).filter((d) => d.startsWith(minor + '.')).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]));
  if (dirs.length === 0) continue;
  const py = join(root, 'versions', dirs[0], 'bin', 'python');
  const rec = (out[minor] ??= { python: dirs[0] });
  rec.modules = {};
  for (let mask = 1; mask < 1 << MODULES.length; mask++) {
    const set = MODULES.filter((_, i) => mask & (1 << i));
    const r = spawnSync(py, ['scripts/record-module-baselines.py', ...set], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const counts = {};
    for (const line of r.stdout.trim().split('\n')) {
      const [k, v] = line.split(' ');
      counts[k] = Number(v);
    }
    rec.modules[set.join(',')] = counts;
  }
  // The cycle collector's hidden start state: how many objects it tracks after a full
  // collection (per import set), which becomes long_lived_total.
  const gcRun = (...args) => {
    const r = spawnSync(py, ['scripts/record-gc-baselines.py', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  rec.gcTracked = {};
  for (let mask = 0; mask < 1 << MODULES.length; mask++) {
    const set = MODULES.filter((_, i) => mask & (1 << i));
    rec.gcTracked[set.join(',')] = Number(gcRun('tracked', ...set));
  }
  console.log(`${minor}: ${rec.gcTracked['']} objects tracked after a full collection`);
  console.log(`${minor}: module counts for ${Object.keys(rec.modules).length} import sets`);
  rec.malloc = mallocStart(py);
  rec.imports = importEffects(py);
}
writeFileSync(FILE, JSON.stringify(out) + '\n');
