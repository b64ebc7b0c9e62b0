// Starting code-server (VS Code served to a browser; installed by scripts/e2e/setup.sh under
// .e2e-cache/) for the end-to-end suite and the integration suite, and the small waiting helpers
// both use.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
export const E2E = join(root, '.e2e-cache');
export const NODE = join(E2E, 'node24', 'bin', 'node');
export const CS = join(E2E, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function codeServerInstalled() {
  return existsSync(CS) && existsSync(NODE);
}

/** Poll `fn` every 50 ms until it returns something truthy (returned) or `timeout` ms pass. */
export async function until(fn, timeout, what) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last !== undefined ? ` (last: ${JSON.stringify(last)})` : ''}`);
}

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
}

/**
 * Start code-server on a free port with a fresh user-data and extensions folder, opening `ws`.
 * `vsix`: install this package first. `vscodeOptions`: flags passed through to the VS Code
 * server. `env`: extra environment (the extension host inherits it). `settings`: user settings
 * added to the suites' defaults.
 */
export async function startCodeServer(ws, { vsix, vscodeOptions = [], env: extraEnv = {}, settings = {} } = {}) {
  const user = mkdtempSync(join(tmpdir(), 'heaplens-user-'));
  const ext = mkdtempSync(join(tmpdir(), 'heaplens-ext-'));
  mkdirSync(join(user, 'User'), { recursive: true });
  writeFileSync(
    join(user, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'chat.disableAIFeatures': true,
      'editor.codeLens': true,
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      ...settings,
    }),
  );
  const env = { ...process.env, ...extraEnv, PATH: `${join(E2E, 'node24', 'bin')}:${process.env.PATH}` };
  if (vsix !== undefined) {
    const inst = spawnSync(NODE, [CS, '--user-data-dir', user, '--extensions-dir', ext, '--install-extension', vsix], { env, encoding: 'utf8' });
    if (inst.status !== 0) throw new Error(`installing the vsix failed:\n${inst.stdout}\n${inst.stderr}`);
  }
  const port = await freePort();
  const passThrough = vscodeOptions.flatMap((o) => ['--vscode-option', o]);
  const proc = spawn(NODE, [CS, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--user-data-dir', user, '--extensions-dir', ext, ...passThrough, ws], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  await until(async () => {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      return r.ok;
    } catch {
      return false;
    }
  }, 60000, 'code-server to listen');
  return { port, proc, log: () => log, user };
}
