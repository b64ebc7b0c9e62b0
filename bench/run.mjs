#!/usr/bin/env node
// HeapLens benchmark harness (`npm run bench`, which builds dist/ first). No dependencies.
//
// For every bench/w*.py it runs, interleaved and repeated (median of N, default 3):
//   sim      node dist/cli.js trace PROGRAM --json -o /dev/null   (engine with per-line facts)
//   CPython  python3 PROGRAM                                     (the real thing, no tracing)
//   settrace python3 bench/settrace_refcounts.py PROGRAM         (real CPython + per-line facts)
// and reports whole-process wall times, their ratios, the simulator's peak RSS and whether the
// simulator printed exactly what CPython printed. See bench/README.md.
//
// Options: --reps N  --only w1,w3  --python PATH  --timeout SECONDS  --cli PATH  --check  --help
// Exit code: 0 (even when a target fails) unless --check is given and a target fails (1);
// 2 for bad usage.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const CLI = path.join('dist', 'cli.js');
const TRACER = path.join('bench', 'settrace_refcounts.py');
const RESULTS = path.join(ROOT, 'test-results', 'bench.json');

const TARGET_GEOMEAN_VS_CPYTHON = 3;
/** CPython versions HeapLens has a profile for (src/engine/profiles/profile.ts). */
const SIM_PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'];
const TARGET_PEAK_RSS_MB = 300;

// ---------------------------------------------------------------- options

function usage(msg) {
  if (msg) process.stderr.write(`bench: ${msg}\n`);
  process.stderr.write(
    'usage: node bench/run.mjs [--reps N] [--only w1,w3] [--python PATH] [--timeout SECONDS] [--cli PATH] [--check]\n' +
      '  --reps N          runs of each command per program (default 3; the median is reported)\n' +
      '  --only w1,w3      only these programs (w1 or w1_append_ints)\n' +
      '  --python PATH     the CPython to compare with (default python3, resolved to sys.executable)\n' +
      '  --timeout SECONDS per run (default 300); a command that times out is not run again\n' +
      '  --cli PATH        the simulator CLI to run with node (default dist/cli.js)\n' +
      '  --check           exit 1 when a target fails (default: exit 0 whatever the numbers)\n' +
      '  --readme          also write the table into README.md (between the bench markers)\n',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { reps: 3, only: null, python: 'python3', timeout: 300, cli: CLI, check: false, readme: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      val = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const next = () => {
      if (val !== null) return val;
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--reps': {
        const n = Number(next());
        if (!Number.isInteger(n) || n < 1) usage('--reps must be a positive integer');
        opts.reps = n;
        break;
      }
      case '--only':
        opts.only = next().split(',').map((s) => s.trim()).filter(Boolean);
        break;
      case '--python':
        opts.python = next();
        break;
      case '--timeout': {
        const n = Number(next());
        if (!(n > 0)) usage('--timeout must be a positive number of seconds');
        opts.timeout = n;
        break;
      }
      case '--cli':
        opts.cli = next();
        break;
      case '--readme':
        opts.readme = true;
        break;
      case '--check':
        opts.check = true;
        break;
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown argument ${argv[i]}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------- helpers

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function geomean(xs) {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

function firstLine(buf) {
  const lines = buf
    .toString('utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  let line = lines[0] ?? '';
  // An uncaught Node exception starts with its source location ("/x/dist/cli.js:12" or
  // "node:internal/...:1210"), then the code and a caret: show the "SomeError: ..." line instead.
  if (/^(node:|file:|\/|[A-Za-z]:\\).*:\d+$/.test(line)) {
    const err = lines.find((l) => /^[\w.]*(Error|Exception)\b.*:/.test(l));
    if (err) line = err;
  }
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

const STREAM_CAP = 16 * 1024 * 1024; // keep at most this much of a child's stdout / stderr

/** Runs one process to completion; wall time is spawn() to its 'exit' event (hrtime). */
function runProcess(cmd, args, { env, timeoutMs }) {
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let exitInfo = null;
    let spawnError = null;
    const t0 = process.hrtime.bigint();
    let t1 = null;
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      if (outLen < STREAM_CAP) out.push(d);
      outLen += d.length;
    });
    child.stderr.on('data', (d) => {
      if (errLen < STREAM_CAP) err.push(d);
      errLen += d.length;
    });
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('exit', (code, signal) => {
      t1 = process.hrtime.bigint();
      exitInfo = { code, signal };
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (t1 === null) t1 = process.hrtime.bigint();
      const info = exitInfo ?? { code, signal };
      resolve({
        seconds: Number(t1 - t0) / 1e9,
        code: info.code,
        signal: info.signal,
        timedOut,
        spawnError,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
      });
    });
  });
}

/** Where two outputs first differ, for the warnings under the table. */
function firstDifference(expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (x) => (x === undefined ? '(no line)' : JSON.stringify(x.length > 80 ? `${x.slice(0, 77)}...` : x));
      return `stdout line ${i + 1}: CPython ${show(e[i])}, sim ${show(a[i])}`;
    }
  }
  return 'stdout differs';
}

/** null when the run succeeded, else the text for its table cell. */
function failureText(r, timeoutS) {
  if (r.spawnError) return `error (spawn: ${r.spawnError.code ?? r.spawnError.message})`;
  if (r.timedOut) return `timeout (>${timeoutS} s)`;
  if (r.signal) return `error (signal ${r.signal}: ${firstLine(r.stderr)})`;
  if (r.code !== 0) return `error (exit ${r.code}: ${firstLine(r.stderr)})`;
  return null;
}

function pythonInfo(python) {
  const r = spawnSync(
    python,
    ['-c', 'import sys, platform; print(sys.executable); print(platform.python_version()); print(platform.python_implementation())'],
    { encoding: 'utf8' },
  );
  if (r.error || r.status !== 0) {
    return { requested: python, executable: python, version: null, implementation: null, error: r.error?.message ?? firstLine(Buffer.from(r.stderr ?? '')) };
  }
  const [executable, version, implementation] = r.stdout.trim().split(/\r?\n/);
  return { requested: python, executable: executable || python, version, implementation };
}

// Peak RSS of the simulator: this file is preloaded into the simulator's own Node process with
// `node --require`, so dist/cli.js stays the main module and sees the same process.argv. On exit
// it writes process.resourceUsage().maxRSS (getrusage(RUSAGE_SELF).ru_maxrss, in KiB: the peak
// resident set of that very process) to the file named by HEAPLENS_BENCH_RSS_FILE.
const RSS_PRELOAD = `'use strict';
const file = process.env.HEAPLENS_BENCH_RSS_FILE;
delete process.env.HEAPLENS_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try { require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS)); } catch (e) {}
  });
}
`;
const RSS_METHOD =
  'node --require <preload> CLI ...: the preload writes process.resourceUsage().maxRSS ' +
  '(getrusage RUSAGE_SELF ru_maxrss) of the simulator process itself when it exits';

function readRssKB(file) {
  try {
    const n = Number(fs.readFileSync(file, 'utf8').trim());
    fs.rmSync(file, { force: true });
    return Number.isFinite(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- table

function fmtS(x) {
  return x === null ? '—' : x.toFixed(3);
}
function fmtRatio(x) {
  return x === null ? '—' : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
}
function fmtMB(kb) {
  return kb === null ? '—' : (kb / 1024).toFixed(1);
}

function printTable(headers, rows, alignRight) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const pad = (s, i) => {
    const n = widths[i] - [...s].length;
    return alignRight[i] ? ' '.repeat(n) + s : s + ' '.repeat(n);
  };
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w, i) => (alignRight[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));

  let programs = fs
    .readdirSync(BENCH)
    .filter((f) => /^w.*\.py$/.test(f))
    .sort();
  if (opts.only) {
    const picked = [];
    for (const want of opts.only) {
      const w = want.replace(/\.py$/, '');
      const hits = programs.filter((p) => p === `${w}.py` || p.replace(/\.py$/, '') === w || p.split('_')[0] === w);
      if (hits.length === 0) usage(`--only: no bench program matches "${want}" (have: ${programs.join(', ')})`);
      for (const h of hits) if (!picked.includes(h)) picked.push(h);
    }
    programs = programs.filter((p) => picked.includes(p));
  }
  if (programs.length === 0) usage('no bench/w*.py programs found');

  const py = pythonInfo(opts.python);
  const cpus = os.cpus();
  const machine = {
    date: new Date().toISOString(),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    cpus: cpus.length,
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    python: py,
  };

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heaplens-bench-'));
  const preload = path.join(tmp, 'rss-preload.cjs');
  fs.writeFileSync(preload, RSS_PRELOAD);
  const timeoutMs = opts.timeout * 1000;

  console.log('HeapLens benchmark');
  console.log(`  date     ${machine.date}`);
  console.log(`  machine  ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemMB} MB, ${machine.platform}, load ${machine.loadavg.join(' ')}`);
  console.log(`  node     ${process.version} (${process.execPath})`);
  console.log(
    py.version
      ? `  python   ${py.implementation} ${py.version} (${py.requested}${py.executable !== py.requested ? ` → ${py.executable}` : ''})`
      : `  python   ${py.requested}: cannot run it (${py.error})`,
  );
  // Simulate the CPython version we compare with (when HeapLens has a profile for it).
  const minor = py.version ? py.version.split('.').slice(0, 2).join('.') : null;
  const profileArgs = minor !== null && SIM_PROFILES.includes(minor) ? ['--python', minor] : [];
  machine.simProfile = profileArgs.length > 0 ? minor : 'default';
  console.log(`  profile  the simulator runs with ${profileArgs.length > 0 ? `--python ${minor}` : 'its default profile'}`);
  console.log(`  runs     ${opts.reps} of each command per program, interleaved; medians of whole-process wall time`);
  console.log(`  peak RSS ${RSS_METHOD.replace('CLI', opts.cli)}`);
  console.log('');

  const tools = {
    sim: (prog, rssFile) => ({
      cmd: process.execPath,
      args: ['--require', preload, opts.cli, 'trace', prog, '--json', '-o', os.devNull, ...profileArgs],
      env: { ...process.env, HEAPLENS_BENCH_RSS_FILE: rssFile },
    }),
    cpython: (prog) => ({ cmd: py.executable, args: [prog], env: process.env }),
    settrace: (prog) => ({ cmd: py.executable, args: [TRACER, prog], env: process.env }),
  };
  const toolNames = Object.keys(tools);

  // Warm the file cache and the interpreters once (not measured).
  for (const t of [
    { cmd: process.execPath, args: ['--require', preload, '-e', '0'], env: process.env },
    { cmd: py.executable, args: ['-c', 'import ast, json, tokenize'], env: process.env },
  ]) {
    await runProcess(t.cmd, t.args, { env: t.env, timeoutMs: 30000 });
  }

  const results = [];
  for (const file of programs) {
    const prog = path.join('bench', file);
    const name = file.replace(/\.py$/, '');
    const rec = { program: name, file: prog };
    for (const t of toolNames) rec[t] = { runs: [], seconds: null, error: null };
    rec.sim.peakRssKB = null;
    rec.sim.outputMatch = null;
    rec.settrace.outputMatch = null;
    let reference = null; // CPython's stdout

    for (let rep = 0; rep < opts.reps; rep++) {
      // Rotate the order every repetition so no command always runs first (or after another).
      const order = toolNames.map((_, i) => toolNames[(i + rep) % toolNames.length]);
      const progress = [];
      for (const t of order) {
        const r = rec[t];
        if (r.runs.some((x) => x.timedOut)) {
          progress.push(`${t} skipped`);
          continue; // one timeout is enough
        }
        const rssFile = path.join(tmp, `rss-${name}-${rep}.txt`);
        const spec = tools[t](prog, rssFile);
        const res = await runProcess(spec.cmd, spec.args, { env: spec.env, timeoutMs });
        const fail = failureText(res, opts.timeout);
        const run = { seconds: res.seconds, exitCode: res.code, signal: res.signal, timedOut: res.timedOut, error: fail };
        if (t === 'sim') run.peakRssKB = readRssKB(rssFile);
        if (t === 'cpython' && !fail && reference === null) reference = res.stdout;
        if (t === 'cpython' && !fail && reference !== null && !res.stdout.equals(reference))
          rec.cpythonUnstable = true; // CPython printed different things on different runs
        run.stdout = res.stdout;
        r.runs.push(run);
        if (fail && r.error === null) r.error = fail;
        progress.push(`${t} ${fail ? fail : `${res.seconds.toFixed(3)} s`}`);
      }
      process.stderr.write(`[bench] ${name} rep ${rep + 1}/${opts.reps}: ${progress.join(', ')}\n`);
    }

    for (const t of toolNames) {
      const r = rec[t];
      const ok = r.runs.filter((x) => !x.error);
      // A command that failed in any repetition is reported as failed.
      r.seconds = r.error === null && ok.length ? median(ok.map((x) => x.seconds)) : null;
      if (t !== 'cpython') {
        r.outputMatch =
          reference === null || ok.length === 0 ? false : r.runs.every((x) => !x.error && x.stdout.equals(reference));
      }
      if (t === 'sim') {
        const wrong = r.runs.find((x) => !x.error && reference !== null && !x.stdout.equals(reference));
        if (wrong) r.mismatch = firstDifference(reference.toString('utf8'), wrong.stdout.toString('utf8'));
        // Peak over the successful runs (a failed run's RSS says nothing about the simulator).
        const rss = r.runs.filter((x) => !x.error).map((x) => x.peakRssKB).filter((x) => x !== null);
        r.peakRssKB = r.error === null && rss.length ? Math.max(...rss) : null;
      }
      for (const x of r.runs) {
        x.stdoutBytes = x.stdout.length;
        delete x.stdout;
      }
    }
    rec.cpython.stdout = reference === null ? null : reference.toString('utf8');
    const ratio = (a, b) => (a !== null && b !== null && b > 0 ? a / b : null);
    rec.simOverCpython = ratio(rec.sim.seconds, rec.cpython.seconds);
    rec.simOverSettrace = ratio(rec.sim.seconds, rec.settrace.seconds);
    results.push(rec);
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  // ------------------------------------------------------------ report
  console.log('');
  const headers = ['program', 'sim s', 'CPython s', 'sim/CPython', 'settrace s', 'sim/settrace', 'sim peak RSS MB', 'output match'];
  const rows = results.map((r) => [
    r.program,
    r.sim.error ?? fmtS(r.sim.seconds),
    r.cpython.error ?? fmtS(r.cpython.seconds),
    fmtRatio(r.simOverCpython),
    r.settrace.error ?? fmtS(r.settrace.seconds),
    fmtRatio(r.simOverSettrace),
    fmtMB(r.sim.peakRssKB),
    r.sim.outputMatch ? '✓' : '✗',
  ]);
  printTable(headers, rows, [false, true, true, true, true, true, true, false]);
  console.log('');

  const n = results.length;
  const usable = (r) => r.sim.seconds !== null && r.sim.outputMatch;
  const vsCpy = results.filter((r) => usable(r) && r.simOverCpython !== null).map((r) => r.simOverCpython);
  const vsSet = results.filter((r) => usable(r) && r.simOverSettrace !== null).map((r) => r.simOverSettrace);
  const gCpy = geomean(vsCpy);
  const gSet = geomean(vsSet);
  const over = (k) => (k === n ? '' : ` (over ${k} of ${n} programs: the others failed or printed the wrong output)`);
  console.log(`geomean sim/CPython:  ${gCpy === null ? '— (no program has both numbers)' : fmtRatio(gCpy) + over(vsCpy.length)}`);
  console.log(`geomean sim/settrace: ${gSet === null ? '— (no program has both numbers)' : fmtRatio(gSet) + over(vsSet.length)}`);
  console.log('');

  const names = (rs) => rs.map((r) => r.program).join(', ');
  const targets = [];
  {
    const bad = results.filter((r) => !r.sim.outputMatch);
    targets.push({
      target: 'sim stdout equals CPython stdout on every program',
      pass: bad.length === 0,
      detail: bad.length ? `not on: ${names(bad)}` : '',
    });
  }
  {
    const pass = gCpy !== null && vsCpy.length === n && gCpy <= TARGET_GEOMEAN_VS_CPYTHON;
    targets.push({
      target: `geomean sim/CPython ≤ ${TARGET_GEOMEAN_VS_CPYTHON}`,
      pass,
      detail: gCpy === null ? 'no data' : `${fmtRatio(gCpy)}${vsCpy.length < n ? `, only ${vsCpy.length} of ${n} programs usable` : ''}`,
    });
  }
  {
    const bad = results.filter((r) => !(usable(r) && r.simOverSettrace !== null && r.simOverSettrace < 1));
    targets.push({
      target: 'sim faster than settrace on every program',
      pass: bad.length === 0,
      detail: bad.length ? `not on: ${names(bad)}` : `slowest ${fmtRatio(Math.max(...vsSet))}`,
    });
  }
  {
    const bad = results.filter((r) => !(r.sim.peakRssKB !== null && r.sim.peakRssKB / 1024 <= TARGET_PEAK_RSS_MB));
    const measured = results.map((r) => r.sim.peakRssKB).filter((x) => x !== null);
    targets.push({
      target: `sim peak RSS ≤ ${TARGET_PEAK_RSS_MB} MB on every program`,
      pass: bad.length === 0,
      detail: bad.length ? `not on: ${names(bad)}${bad.some((r) => r.sim.peakRssKB === null) ? ' (no measurement when the simulator fails)' : ''}` : `max ${fmtMB(Math.max(...measured))} MB`,
    });
  }
  console.log('targets:');
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.target}${t.detail ? `  (${t.detail})` : ''}`);

  const notes = [];
  for (const r of results) {
    if (r.sim.mismatch) notes.push(`${r.program}: sim output is wrong: ${r.sim.mismatch}`);
    if (r.cpythonUnstable) notes.push(`${r.program}: CPython's own output differs between runs`);
    if (r.settrace.error === null && r.settrace.outputMatch === false)
      notes.push(`${r.program}: settrace tracer's stdout differs from CPython's`);
    if (r.cpython.error !== null) notes.push(`${r.program}: CPython itself failed: ${r.cpython.error}`);
  }
  if (notes.length) {
    console.log('');
    console.log('warnings:');
    for (const w of notes) console.log(`  ${w}`);
  }

  const allPass = targets.every((t) => t.pass);
  const report = {
    machine,
    reps: opts.reps,
    timeoutSeconds: opts.timeout,
    commands: {
      sim: `node --require <rss-preload> ${opts.cli} trace PROGRAM --json -o ${os.devNull}`,
      cpython: `${py.executable} PROGRAM`,
      settrace: `${py.executable} ${TRACER} PROGRAM`,
    },
    timing: 'whole-process wall time, spawn to exit (process.hrtime), median of reps',
    rssMethod: RSS_METHOD,
    programs: results,
    geomean: { simOverCpython: gCpy, simOverSettrace: gSet },
    targets,
    allTargetsPass: allPass,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  if (opts.readme) writeReadme(machine, py, opts.reps, headers, rows, gCpy, gSet, targets);
  console.log('');
  console.log(`results: ${path.relative(process.cwd(), RESULTS) || RESULTS}`);

  process.exitCode = opts.check && !allPass ? 1 : 0;
}

/** Put the figures into README.md between `<!-- bench:start -->` and `<!-- bench:end -->`. */
function writeReadme(machine, py, reps, headers, rows, gCpy, gSet, targets) {
  const file = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) {
    process.stderr.write('bench: README.md has no bench markers; not updated\n');
    return;
  }
  const md = [
    `Measured ${machine.date.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel} (load ${machine.loadavg.join(' ')}), Node ${machine.node}, CPython ${py.version}; the simulator ran \`--python ${machine.simProfile}\`; whole-process wall time, median of ${reps} runs.`,
    '',
    `| ${headers.join(' | ')} |`,
    `|${headers.map((_, i) => (i === 0 || i === headers.length - 1 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `Geometric mean: simulator/CPython **${gCpy === null ? '—' : fmtRatio(gCpy)}**, simulator/settrace **${gSet === null ? '—' : fmtRatio(gSet)}**.`,
    '',
    ...targets.map((t) => `- ${t.pass ? '✅' : '❌'} ${t.target}${t.detail ? ` (${t.detail})` : ''}`),
  ].join('\n');
  const out = text.slice(0, start) + '<!-- bench:start -->\n' + md + '\n' + text.slice(end);
  fs.writeFileSync(file, out);
  console.log('README.md: figures updated');
}

main().catch((e) => {
  process.stderr.write(`bench: ${e?.stack ?? e}\n`);
  process.exit(2);
});
