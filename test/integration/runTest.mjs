#!/usr/bin/env node
// The integration suite (test/integration/suite.cjs) inside a real VS Code extension host, with
// HeapLens loaded from this repository in development mode:
//   - VSCODE_EXECUTABLE=/path/to/code: in that desktop VS Code, through @vscode/test-electron;
//   - otherwise in code-server's extension host (the Node extension host VS Code runs for remote
//     workspaces), installed by scripts/e2e/setup.sh (run here if it is missing), with Debian's
//     Chromium as the client that starts it. VS Code's own --extensionDevelopmentPath and
//     --extensionTestsPath reach it through the workbench's development payload (honoured with
//     --enable-smoke-test-driver).
// The suite writes its results to a file; this prints them and a last "N passed, N failed" line.
// If neither host can run, the suite is skipped — which under CI=true counts as a failure.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, CHROMIUM, CHROMIUM_ARGS, codeServerInstalled, startCodeServer, until } from '../e2e/codeserver.mjs';

const SUITE = join(root, 'test', 'integration', 'suite.cjs');
const RESULTS = join(root, 'test-results');
mkdirSync(RESULTS, { recursive: true });

/** The workspace the suite opens: the examples plus a few programs made to trigger findings. */
function makeWorkspace() {
  const ws = mkdtempSync(join(tmpdir(), 'heaplens-it-'));
  cpSync(join(root, 'examples'), ws, { recursive: true, filter: (p) => !p.includes('golden') });
  const files = {
    'unseen.py': ['# heap: python=3.12', 'x = []', '# @expect refcount(x) == 7', ''],
    'problems.py': ['# heap: python=3.12', 'import gc', '', 'class Node:', '    def __init__(self):', '        self.peer = None', '', 'gc.disable()', 'a = Node()', 'b = Node()', 'a.peer = b', 'b.peer = a', 'del a, b', 'x = []', '# @expect refcount(x) == 7', ''],
    'concat.py': ['# heap:', 's = ""', 'for i in range(40):', '    s += str(i)', 'print(len(s))', ''],
    'versions.py': ['# heap:', 'n = None', 'k = []', ''],
    'busy.py': ['# heap:', 't = 0', 'while True:', '    t += 1', ''],
    'guide.md': ['# A guide', '', '```python heap', 'items = []', 'alias = items', '# @expect refcount(items) == 2', '```', '', '```python', 'not_traced = 1', '```', ''],
  };
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(ws, name), lines.join('\n'));
  return ws;
}

function report(results, where) {
  console.log(`HeapLens integration suite (${where})`);
  for (const r of results) {
    console.log(`  ${r.ok ? '✔' : '✘'} ${r.name} (${r.ms} ms)`);
    if (!r.ok) console.log(`      ${r.error.split('\n').slice(0, 6).join('\n      ')}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  writeFileSync(join(RESULTS, 'integration.json'), JSON.stringify({ where, results }, null, 1));
  return failed;
}

async function inDesktopVSCode(exe, ws, out) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: root,
      extensionTestsPath: SUITE,
      extensionTestsEnv: { HEAPLENS_IT_RESULTS: out },
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    if (!existsSync(out)) throw e;
  }
  return 'VS Code desktop, @vscode/test-electron';
}

async function inCodeServer(ws, out) {
  const { chromium } = await import('playwright-core');
  const cs = await startCodeServer(ws, {
    vscodeOptions: ['enable-smoke-test-driver'],
    env: { HEAPLENS_IT_RESULTS: out },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // the workbench's and webviews' console, for diagnosing a failure
    const consoleLog = [];
    page.on('console', (m) => consoleLog.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleLog.push(`pageerror: ${e}`));
    process.on('exit', () => writeFileSync(join(RESULTS, 'integration-console.log'), consoleLog.join('\n')));
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    await page.goto(`http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
    await until(() => existsSync(out), 300000, `the suite's results (code-server log:\n${cs.log().slice(-3000)})`);
    await page.screenshot({ path: join(RESULTS, 'integration-code-server.png') }).catch(() => undefined);
  } finally {
    await browser.close();
    cs.proc.kill();
  }
  return 'code-server extension host';
}

async function main() {
  const ws = makeWorkspace();
  const out = join(mkdtempSync(join(tmpdir(), 'heaplens-it-out-')), 'results.json');
  const exe = process.env.VSCODE_EXECUTABLE;
  if (!exe && !codeServerInstalled()) {
    const setup = spawnSync('bash', [join(root, 'scripts', 'e2e', 'setup.sh')], { stdio: 'inherit' });
    if (setup.status !== 0 || !codeServerInstalled()) {
      console.log('integration suite skipped: no VS Code (VSCODE_EXECUTABLE) and code-server could not be installed');
      const ci = process.env.CI === 'true';
      console.log(ci ? '0 passed, 1 failed' : '0 passed, 0 failed');
      return ci ? 1 : 0;
    }
  }
  const where = exe ? await inDesktopVSCode(exe, ws, out) : await inCodeServer(ws, out);
  const results = JSON.parse(readFileSync(out, 'utf8'));
  const failed = report(results, where);
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.log(`  ✘ the integration suite could not run: ${e && e.stack ? e.stack : e}`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
