#!/usr/bin/env node
// Records what real CPython's `sys._debugmallocstats()` reports for every program of the
// allocator oracle (test/oracle/alloc/*.py) into test/oracle/alloc/golden/<minor>.json, the
// goldens test/oracle/alloc.test.ts compares the simulator's reports against.
//
//   node scripts/record-alloc.mjs            record every program on every profile found
//   node scripts/record-alloc.mjs name ...   record only these programs
//   --python-dir DIR                         a pyenv root or a versions directory
//
// Each program runs as `python FILE` twice (two PYTHONHASHSEED values). Of each report only
// the pymalloc part is kept: the size-class table rows and the arena counts, verbatim. The
// test compares *differences* between consecutive reports (the interpreter's start-up state
// is not simulated, and it varies a little with the hash seed). A program whose stdout changes
// between the two runs, or whose report differences change by more than the test's tolerance
// (1 pool per size class, 1 arena), is refused.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findInterpreters, runOnce } from './lib/pythons.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(repoRoot, 'test', 'oracle', 'alloc');
const goldenDir = join(dir, 'golden');

function fail(msg) {
  process.stderr.write(`record-alloc: ${msg}\n`);
  process.exit(2);
}

/** The lines of each report that the comparison needs (table rows and arena counts). */
function reports(stderr) {
  const out = [];
  for (const chunk of stderr.split(/^Small block threshold = /m).slice(1)) {
    const keep = chunk.split('\n').filter((l) => /^\s*\d+\s+\d+\s+\d+\s+\d+\s+\d+\s*$/.test(l) || /^# arenas /.test(l));
    out.push(keep.map((l) => l.replace(/\s+$/, '')));
  }
  return out;
}

/** Per-class pool counts and current arenas of a kept report, for the determinism check. */
function deltas(reps) {
  const parsed = reps.map((lines) => {
    const pools = {};
    let arenas = 0;
    for (const l of lines) {
      const m = /^\s*(\d+)\s+\d+\s+(\d+)/.exec(l);
      if (m && !l.startsWith('#')) pools[m[1]] = Number(m[2]);
      const a = /^# arenas allocated current\s*=\s*([\d,]+)/.exec(l);
      if (a) arenas = Number(a[1].replace(/,/g, ''));
    }
    return { pools, arenas };
  });
  const out = [];
  for (let i = 1; i < parsed.length; i++) {
    const d = { arenas: parsed[i].arenas - parsed[i - 1].arenas, pools: {} };
    for (const k of new Set([...Object.keys(parsed[i].pools), ...Object.keys(parsed[i - 1].pools)])) {
      const v = (parsed[i].pools[k] ?? 0) - (parsed[i - 1].pools[k] ?? 0);
      if (v !== 0) d.pools[k] = v;
    }
    out.push(d);
  }
  return out;
}

/** Largest difference between two runs' deltas (pools of any class, or arenas). */
function spread(a, b) {
  let worst = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? { arenas: 0, pools: {} };
    const y = b[i] ?? { arenas: 0, pools: {} };
    worst = Math.max(worst, Math.abs(x.arenas - y.arenas));
    for (const k of new Set([...Object.keys(x.pools), ...Object.keys(y.pools)])) worst = Math.max(worst, Math.abs((x.pools[k] ?? 0) - (y.pools[k] ?? 0)));
  }
  return worst;
}

async function main() {
  const args = process.argv.slice(2);
  let pythonDir = null;
  const names = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--python-dir') pythonDir = resolve(args[++i] ?? fail('--python-dir needs a value'));
    else if (args[i].startsWith('-')) fail(`unknown option ${args[i]}`);
    else names.push(basename(args[i], '.py'));
  }
  const all = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => basename(f, '.py')).sort();
  const programs = names.length > 0 ? names : all;
  for (const n of programs) if (!all.includes(n)) fail(`no program ${n}.py in ${dir}`);
  const interps = findInterpreters(pythonDir);
  if (interps.size === 0) fail('no CPython interpreters found (pyenv)');
  mkdirSync(goldenDir, { recursive: true });
  let problems = 0;
  for (const [minor, interp] of [...interps].sort()) {
    const file = join(goldenDir, `${minor}.json`);
    const golden = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { python: interp.version, programs: {} };
    golden.python = interp.version;
    for (const name of programs) {
      const runs = [];
      for (const seed of [1, 2]) runs.push(await runOnce(interp.python, join(dir, `${name}.py`), seed, dir));
      const bad = runs.find((r) => r.exitCode !== 0);
      if (bad) {
        process.stderr.write(`${minor} ${name}: exit ${bad.exitCode}\n${bad.stderr.slice(-400)}\n`);
        problems++;
        continue;
      }
      const [a, b] = runs.map((r) => reports(r.stderr));
      // The start-up state varies a little with the hash seed; the test allows ±1 for that.
      if (runs[0].stdout !== runs[1].stdout || spread(deltas(a), deltas(b)) > 1) {
        process.stderr.write(`${minor} ${name}: not deterministic, not recorded: ${JSON.stringify(deltas(a))} vs ${JSON.stringify(deltas(b))}\n`);
        problems++;
        continue;
      }
      golden.programs[name] = { stdout: runs[0].stdout, reports: a };
      process.stderr.write(`${minor} ${name}: ${a.length} reports ${JSON.stringify(deltas(a))}\n`);
    }
    const sorted = Object.fromEntries(Object.entries(golden.programs).sort(([x], [y]) => (x < y ? -1 : 1)));
    writeFileSync(file, JSON.stringify({ python: golden.python, programs: sorted }, null, 1) + '\n');
  }
  process.exit(problems > 0 ? 1 : 0);
}

main();
