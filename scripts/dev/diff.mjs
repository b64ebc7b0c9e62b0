// Dev tool: run Python files on every real interpreter and on the simulator; show differences.
// usage: node scripts/dev/diff.mjs [-v] [--versions 3.11,3.12] file.py [more.py ...]
// Compares stdout, the exit status and the whole of stderr: what the simulator writes there
// (tracebacks, warnings, "Exception ignored in" reports, SystemExit messages) is presented as
// CPython's, so it must be CPython's byte for byte. A run the simulator stops (exit 2, a
// `heaplens:` line) is reported as such. Files run as `python FILE` does: 3.9+ see the absolute
// path (in __file__, co_filename and tracebacks), 3.8 the path as given. Addresses in stderr
// (` at 0x…>`) are not compared: they are simulated, like id(). -v prints both stderrs when they
// differ.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
const require = createRequire(import.meta.url);
const { simulate } = require('../../out/dev/engine.js');
// Deep recursion needs more JS stack than the main thread has: like the CLI, such a run is
// repeated in a worker thread with a large stack.
if (!isMainThread) {
  parentPort.postMessage(simulate(workerData.src, workerData.options));
  process.exit(0);
}
function simulateDeep(src, options) {
  return new Promise((res, rej) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { src, options }, resourceLimits: { stackSizeMb: 512 } });
    w.once('message', res);
    w.once('error', rej);
  });
}
const root = execFileSync('pyenv', ['root']).toString().trim();
const PY = { '3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const args = process.argv.slice(2);
const verbose = args.includes('-v');
let versions = Object.keys(PY);
const vi = args.indexOf('--versions');
if (vi >= 0) versions = args.splice(vi, 2)[1].split(',');
const files = args.filter((a) => a !== '-v');
// a fixed non-zero hash seed: PYTHONHASHSEED=0 turns randomisation off, which changes the
// start-up reference counts of small ints and None on 3.8-3.11 (the goldens use random seeds)
const env = { ...process.env, PYTHONHASHSEED: '12345', PYTHONIOENCODING: 'utf-8' };
for (const k of Object.keys(env)) if (k.startsWith('PYTHON') && k !== 'PYTHONHASHSEED' && k !== 'PYTHONIOENCODING') delete env[k];

function firstDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return { i, sim: x[i], real: y[i] };
}

let bad = 0;
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  for (const v of versions) {
    const real = spawnSync(`${root}/versions/${PY[v]}/bin/python`, [file], { encoding: 'utf8', env });
    let sim;
    try {
      const options = { python: v, filename: v === '3.8' ? file : resolve(file) };
      sim = simulate(src, options);
      if (sim.exitCode === 2 && /recursed deeper than the simulator can follow/.test(sim.stderr)) sim = await simulateDeep(src, options);
    } catch (e) {
      bad++;
      console.log(`${file} [${v}] CRASH ${String(e.stack || e).split('\n').slice(0, 4).join(' | ')}`);
      continue;
    }
    // addresses (`<function f at 0x…>` in "Exception ignored in") are simulated ones, like id()
    const addr = (t) => t.replace(/ at 0x[0-9a-f]+>/g, ' at 0xADDR>');
    const rerr = addr(real.stderr || ''), serr = addr(sim.stderr || '');
    if (real.stdout === sim.stdout && real.status === sim.exitCode && rerr === serr) continue;
    bad++;
    if (sim.exitCode === 2 && /^heaplens: /m.test(serr)) {
      const out = firstDiff(sim.stdout, real.stdout);
      console.log(`${file} [${v}] stopped: ${serr.trim().split('\n').pop()}${out.i < sim.stdout.split('\n').length - 1 ? ` (stdout differs before: line ${out.i + 1}: sim ${JSON.stringify(out.sim)} real ${JSON.stringify(out.real)})` : ''}`);
      continue;
    }
    const what = [];
    if (real.stdout !== sim.stdout) {
      const d = firstDiff(sim.stdout, real.stdout);
      what.push(`stdout line ${d.i + 1}: sim ${JSON.stringify(d.sim)} real ${JSON.stringify(d.real)}`);
    }
    if (real.status !== sim.exitCode) what.push(`exit ${sim.exitCode}/${real.status}`);
    if (rerr !== serr) {
      const d = firstDiff(serr, rerr);
      what.push(`stderr line ${d.i + 1}: sim ${JSON.stringify(d.sim)} real ${JSON.stringify(d.real)}`);
    }
    console.log(`${file} [${v}] ${what.join(' | ')}`);
    if (verbose && rerr !== serr) console.log(`--- sim stderr\n${serr}--- real stderr\n${rerr}---`);
  }
}
console.log(bad === 0 ? 'all match' : `${bad} mismatches`);
