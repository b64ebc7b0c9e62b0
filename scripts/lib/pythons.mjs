// Finding the real CPython interpreters (pyenv) and running a program on one, for the scripts
// that record goldens from them. Node built-ins only.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The CPython version profiles HeapLens simulates (src/engine/result.ts `ProfileId`, minus 'seed'). */
export const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'];
export const TIMEOUT_SECONDS = 20;
const TIMEOUT_MS = TIMEOUT_SECONDS * 1000;

/** Candidate pyenv roots, in order of preference. */
export function pyenvRoots(override) {
  if (override) return [override];
  const roots = [];
  if (process.env.PYENV_ROOT) roots.push(process.env.PYENV_ROOT);
  try {
    const out = execFileSync('pyenv', ['root'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out) roots.push(out);
  } catch {
    // pyenv is not on PATH: fall back to the default location.
  }
  roots.push(join(homedir(), '.pyenv'));
  return [...new Set(roots.map((r) => resolve(r)))];
}

/** minor ('3.12') → { version: '3.12.1', python: '/…/bin/python' }: the newest patch release of each profile. */
export function findInterpreters(override) {
  const found = new Map();
  for (const root of pyenvRoots(override)) {
    const versionsDir = existsSync(join(root, 'versions')) ? join(root, 'versions') : root;
    if (!existsSync(versionsDir) || !statSync(versionsDir).isDirectory()) continue;
    for (const entry of readdirSync(versionsDir)) {
      // Plain x.y.z only: skips free-threaded ("3.13.0t"), debug and pre-release builds.
      const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(entry);
      if (!m) continue;
      const minor = `${m[1]}.${m[2]}`;
      if (!PROFILES.includes(minor)) continue;
      const python = ['python', `python${minor}`, 'python3'].map((n) => join(versionsDir, entry, 'bin', n)).find((p) => existsSync(p));
      if (!python) continue;
      const patch = Number(m[3]);
      const prev = found.get(minor);
      // The first root that has a minor wins; within a root, the newest patch.
      if (!prev || (prev.root === root && patch > prev.patch)) found.set(minor, { version: entry, python, patch, root });
    }
  }
  return found;
}

export function childEnv(seed) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // PYTHONPATH, PYTHONSTARTUP, PYTHONWARNINGS, PYTHONMALLOC… would change what CPython prints.
    if (!k.startsWith('PYTHON') && v !== undefined) env[k] = v;
  }
  env.PYTHONHASHSEED = String(seed);
  env.PYTHONIOENCODING = 'utf-8';
  return env;
}

/** Runs `python FILE` once in `cwd`: { stdout, stderr, exitCode (null if killed), timedOut }. */
export function runOnce(python, file, seed, cwd) {
  return new Promise((resolveRun) => {
    const child = spawn(python, [file], { cwd, env: childEnv(seed), stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveRun({ stdout: '', stderr: String(e), exitCode: null, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: code, timedOut });
    });
  });
}
