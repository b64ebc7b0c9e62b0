#!/usr/bin/env node
// Records what real CPython prints for every program of the oracle corpus
// (test/oracle/programs/*.py) into test/oracle/golden/<minor>/<program>.json, the goldens that
// test/oracle/oracle.test.ts compares the simulator against. See test/oracle/README.md.
//
//   node scripts/record-oracle.mjs                  record every program on every profile found
//   node scripts/record-oracle.mjs name1 name2.py   record only these programs
//   node scripts/record-oracle.mjs --check [names]  re-run and report goldens that no longer match
//   --suite NAME       another suite: test/oracle/NAME/programs and test/oracle/NAME/golden (gc)
//   --python-dir DIR   a pyenv root (DIR/versions/3.12.1/bin/python) or a versions directory
//   --jobs N           parallel interpreter runs (default: number of CPUs, at most 8)
//   --seeds A,B        the two PYTHONHASHSEED values (default: two random ones)
//
// Each program runs as `python FILE` (script mode, as users run it) with cwd = the programs
// directory and a 20 s timeout, twice with different PYTHONHASHSEED values. A program whose
// stdout, exit code or last stderr line differs between the two runs is nondeterministic (set
// order of strings, addresses, timing…) and is refused: nothing is recorded for it and the
// script exits non-zero.
// No dependencies: Node built-ins only.

import { spawnSync } from 'node:child_process';
import { PROFILES, TIMEOUT_SECONDS, findInterpreters, runOnce as runIn } from './lib/pythons.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';


const USAGE = `usage: node scripts/record-oracle.mjs [--suite NAME] [--check] [--python-dir DIR] [--jobs N] [--seeds A,B] [program ...]
  (no program names)   record every program of test/oracle/programs on every profile found
  --suite NAME         the suite in test/oracle/NAME/programs instead (e.g. gc)
  program ...          record only these programs (name or name.py)
  --check              re-run and report goldens that no longer match (exit 1 if any)
  --python-dir DIR     a pyenv root (DIR/versions/3.12.1/bin/python) or a versions directory
  --jobs N             parallel interpreter runs (default: CPUs, at most 8)
  --seeds A,B          the two PYTHONHASHSEED values (default: two random ones)
`;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The corpus: the main one, or a suite under test/oracle/<suite>/ (`--suite gc`). */
let programsDir = join(repoRoot, 'test', 'oracle', 'programs');
let goldenRoot = join(repoRoot, 'test', 'oracle', 'golden');
let mainSuite = true;

// ------------------------------------------------------------------------------------ options

function parseArgs(argv) {
  const opts = { check: false, pythonDir: null, jobs: Math.max(1, Math.min(8, cpus().length)), seeds: null, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--check') opts.check = true;
    else if (a === '--suite' || a.startsWith('--suite=')) {
      const suite = value();
      if (!/^[a-z]+$/.test(suite)) fail(`bad suite name ${suite}`);
      programsDir = join(repoRoot, 'test', 'oracle', suite, 'programs');
      goldenRoot = join(repoRoot, 'test', 'oracle', suite, 'golden');
      mainSuite = false;
    }
    else if (a === '--python-dir' || a.startsWith('--python-dir=')) opts.pythonDir = resolve(value());
    else if (a === '--jobs' || a.startsWith('--jobs=')) opts.jobs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (a === '--seeds' || a.startsWith('--seeds=')) {
      const seeds = value().split(',').map((s) => Number.parseInt(s, 10));
      if (seeds.length !== 2 || seeds.some((s) => !(s >= 0 && s <= 4294967295)) || seeds[0] === seeds[1]) {
        fail('--seeds needs two different integers in 0..4294967295, e.g. --seeds 1,2');
      }
      opts.seeds = seeds;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a} (try --help)`);
    else opts.names.push(a.replace(/\.py$/, '').replace(/^.*[\\/]/, ''));
  }
  if (!opts.seeds) {
    const randomSeed = () => 1 + Math.floor(Math.random() * 4294967294);
    const first = randomSeed();
    let second = randomSeed();
    while (second === first) second = randomSeed();
    opts.seeds = [first, second];
  }
  return opts;
}

function fail(message) {
  process.stderr.write(`record-oracle: ${message}\n`);
  process.exit(2);
}

/** The whole of stderr as the goldens keep it: the programs folder (part of every 3.9+
 * traceback's file name) as `<dir>`, and object addresses (`<function f at 0x…>` in "Exception
 * ignored in" reports) as 0xADDR — the simulator's are its own, like id(). */
function normalizeStderr(text) {
  return normalizeDir(text).replace(/ at 0x[0-9a-f]+>/g, ' at 0xADDR>');
}

/** The programs folder as `<dir>`: in stderr, and in stdout, where a program prints its own file
 * name (tracemalloc's statistics and tracebacks, 3.9+). */
function normalizeDir(text) {
  return text.split(programsDir + '/').join('<dir>/');
}

function lastNonEmptyLine(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

/** Runs a program twice (two hash seeds). Returns { golden } or { problem }. */
async function record(interp, program, seeds) {
  const file = `${program}.py`;
  // hashseed0_*: programs whose output depends on str/bytes hashes (sets of strings, hash('a'));
  // the simulator hashes as CPython does with PYTHONHASHSEED=0, so they are recorded with it
  // (run twice all the same, to catch any other source of nondeterminism)
  if (program.split('/').pop().startsWith('hashseed0_')) seeds = [0, 0];
  const runs = [];
  for (const seed of seeds) runs.push(await runIn(interp.python, file, seed, programsDir));
  for (const r of runs) {
    if (r.timedOut) return { problem: `timed out after ${TIMEOUT_SECONDS} s` };
    if (r.exitCode === null) return { problem: `did not exit normally: ${lastNonEmptyLine(r.stderr) || 'killed by a signal'}` };
  }
  const [a, b] = runs.map((r) => ({ python: interp.version, stdout: normalizeDir(r.stdout), exitCode: r.exitCode, stderrTail: lastNonEmptyLine(r.stderr), stderr: normalizeStderr(r.stderr) }));
  const differs = [];
  if (a.stdout !== b.stdout) differs.push(`stdout (${firstDifference(a.stdout, b.stdout)})`);
  if (a.exitCode !== b.exitCode) differs.push(`exit code (${a.exitCode} vs ${b.exitCode})`);
  if (a.stderrTail !== b.stderrTail) differs.push(`stderr tail (${JSON.stringify(a.stderrTail)} vs ${JSON.stringify(b.stderrTail)})`);
  else if (a.stderr !== b.stderr) differs.push(`stderr (${firstDifference(a.stderr, b.stderr)})`);
  if (differs.length) {
    return { problem: `NONDETERMINISTIC with PYTHONHASHSEED=${seeds[0]} vs ${seeds[1]}: ${differs.join('; ')}` };
  }
  return { golden: a };
}

function firstDifference(expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `line ${i + 1}: ${JSON.stringify(e[i] ?? '<missing>')} vs ${JSON.stringify(a[i] ?? '<missing>')}`;
  }
  return 'identical';
}

async function runPool(tasks, jobs) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
}

// -------------------------------------------------------------------------------------- main

function goldenPath(minor, program) {
  return join(goldenRoot, minor, `${program}.json`);
}

function serialize(golden) {
  // the whole of stderr only when there is any (tracebacks, warnings, "Exception ignored")
  const g = { python: golden.python, stdout: golden.stdout, exitCode: golden.exitCode, stderrTail: golden.stderrTail };
  if (golden.stderr) g.stderr = golden.stderr;
  return JSON.stringify(g, null, 2) + '\n';
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(programsDir)) fail(`no programs directory at ${programsDir}`);
  const allPrograms = readdirSync(programsDir).filter((f) => f.endsWith('.py')).map((f) => basename(f, '.py')).sort();
  const unknown = opts.names.filter((n) => !allPrograms.includes(n));
  if (unknown.length) fail(`no such program(s) in ${programsDir}: ${unknown.join(', ')}`);
  const programs = opts.names.length ? [...new Set(opts.names)].sort() : allPrograms;

  const interpreters = findInterpreters(opts.pythonDir);
  for (const minor of PROFILES) {
    const i = interpreters.get(minor);
    process.stdout.write(i ? `found   ${minor}: CPython ${i.version} (${i.python})\n` : `MISSING ${minor}: no CPython ${minor}.x found; its goldens are ${opts.check ? 'not checked' : 'left as they are'}\n`);
  }
  if (interpreters.size === 0) fail(`no profiled interpreter found (looked in ${pyenvRoots(opts.pythonDir).join(', ')}); use --python-dir`);
  const versions = PROFILES.filter((m) => interpreters.has(m));
  process.stdout.write(`${opts.check ? 'checking' : 'recording'} ${programs.length} program(s) × ${versions.length} version(s), PYTHONHASHSEED=${opts.seeds.join(' and ')}\n`);

  const problems = []; // lines that make the run fail
  const notes = [];
  const refusedPrograms = new Set();
  let written = 0;
  let unchanged = 0;
  let matched = 0;

  // One task per (program, version); results are written only after every version of a
  // program ran cleanly, so a program refused on one version gets nothing recorded.
  const results = new Map(programs.map((p) => [p, new Map()]));
  const tasks = [];
  for (const program of programs) {
    for (const minor of versions) {
      tasks.push(async () => {
        results.get(program).set(minor, await record(interpreters.get(minor), program, opts.seeds));
      });
    }
  }
  await runPool(tasks, opts.jobs);

  for (const program of programs) {
    const byVersion = results.get(program);
    const refused = versions.filter((m) => byVersion.get(m).problem);
    for (const minor of refused) {
      problems.push(`${program} [${minor}]: ${byVersion.get(minor).problem}${opts.check ? '' : ' — nothing recorded for this program'}`);
    }
    if (refused.length) {
      refusedPrograms.add(program);
      continue;
    }
    for (const minor of versions) {
      const golden = byVersion.get(minor).golden;
      const path = goldenPath(minor, program);
      const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (opts.check) {
        if (old === null) {
          problems.push(`${program} [${minor}]: no golden (run: npm run oracle:record -- ${program})`);
          continue;
        }
        const g = JSON.parse(old);
        const diffs = [];
        if (g.stdout !== golden.stdout) diffs.push(`stdout differs at ${firstDifference(g.stdout, golden.stdout)} (golden vs now)`);
        if (g.exitCode !== golden.exitCode) diffs.push(`exit code ${g.exitCode} recorded, ${golden.exitCode} now`);
        if (g.stderrTail !== golden.stderrTail) diffs.push(`stderr tail ${JSON.stringify(g.stderrTail)} recorded, ${JSON.stringify(golden.stderrTail)} now`);
        else if (g.stderr !== undefined && g.stderr !== golden.stderr) diffs.push(`stderr differs at ${firstDifference(g.stderr, golden.stderr)} (golden vs now)`);
        if (diffs.length) problems.push(`${program} [${minor}]: golden is stale: ${diffs.join('; ')}`);
        else matched++;
        if (g.python !== golden.python) notes.push(`${program} [${minor}]: recorded with ${g.python}, checked with ${golden.python}`);
        continue;
      }
      const text = serialize(golden);
      if (old === text) unchanged++;
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        written++;
      }
    }
  }

  // Goldens whose program was deleted or renamed.
  const existing = new Set(allPrograms);
  if (existsSync(goldenRoot)) {
    for (const minor of readdirSync(goldenRoot).sort()) {
      const dir = join(goldenRoot, minor);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort()) {
        if (!f.endsWith('.json') || existing.has(basename(f, '.json'))) continue;
        if (opts.check) problems.push(`${minor}/${f}: golden of a program that no longer exists`);
        else {
          rmSync(join(dir, f));
          process.stdout.write(`deleted ${minor}/${f} (no program ${basename(f, '.json')}.py)\n`);
        }
      }
    }
  }

  for (const n of notes.sort()) process.stdout.write(`note: ${n}\n`);
  for (const p of problems.sort()) process.stderr.write(`ERROR ${p}\n`);
  if (opts.check) {
    process.stdout.write(`${matched} golden(s) match, ${problems.length} problem(s)\n`);
  } else {
    process.stdout.write(`${written} golden(s) written, ${unchanged} unchanged, ${refusedPrograms.size} program(s) refused\n`);
    // The co_stacksize suite (test/stackdepth) checks every corpus program as well: keep its
    // goldens in step (a few seconds).
    if (mainSuite) {
      const sd = spawnSync('python3', [join(repoRoot, 'scripts', 'record-stackdepth.py')], { stdio: 'inherit' });
      if (sd.status !== 0) problems.push('scripts/record-stackdepth.py failed');
    }
  }
  process.exit(problems.length ? 1 : 0);
}

await main();
