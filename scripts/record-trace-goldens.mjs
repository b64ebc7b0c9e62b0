#!/usr/bin/env node
// Records, for every program in test/trace/programs/, what the per-line settrace refcount tracer
// (bench/settrace_refcounts.py) sees on every real interpreter: test/trace/golden/<minor>/<name>.json.
// test/trace/trace.test.ts compares `heaplens trace` with them. No dependencies.
//
//   node scripts/record-trace-goldens.mjs            all programs, every interpreter pyenv has
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'];
const root = process.env.PYENV_ROOT || execFileSync('pyenv', ['root']).toString().trim();
const versions = readdirSync(join(root, 'versions'));
const progDir = 'test/trace/programs';
const programs = readdirSync(progDir).filter((f) => f.endsWith('.py')).sort();
const tmp = join(tmpdir(), `heaplens-trace-${process.pid}.json`);
for (const minor of PROFILES) {
  const v = versions.filter((d) => d.startsWith(minor + '.') && /^\d+\.\d+\.\d+$/.test(d)).sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))[0];
  if (v === undefined) {
    console.error(`no CPython ${minor} found; its goldens are left as they are`);
    continue;
  }
  const py = join(root, 'versions', v, 'bin', 'python');
  mkdirSync(join('test/trace/golden', minor), { recursive: true });
  for (const p of programs) {
    const r = spawnSync(py, ['bench/settrace_refcounts.py', join(progDir, p), '--out', tmp], { encoding: 'utf8', env: { PATH: process.env.PATH, PYTHONHASHSEED: '0' } });
    if (r.status !== 0 && /^SyntaxError: /m.test(r.stderr)) {
      // a program this version refuses (a match statement on 3.8): the simulator must too
      writeFileSync(join('test/trace/golden', minor, p.replace(/\.py$/, '.json')), JSON.stringify({ python: v, syntaxError: true }, null, 1) + '\n');
      continue;
    }
    if (r.status !== 0) throw new Error(`${p} on ${v}: ${r.stderr}`);
    const facts = JSON.parse(readFileSync(tmp, 'utf8'));
    const golden = { python: facts.python, lines: facts.lines };
    writeFileSync(join('test/trace/golden', minor, p.replace(/\.py$/, '.json')), JSON.stringify(golden, null, 1) + '\n');
  }
  console.log(`${minor}: ${programs.length} goldens recorded with ${v}`);
}
if (existsSync(tmp)) rmSync(tmp);
