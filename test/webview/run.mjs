#!/usr/bin/env node
// The heap panel's webview bundle (dist/webview/panel.js) in headless Chromium (playwright-core
// with Debian's /usr/bin/chromium), fed real simulation results through a stand-in for the VS
// Code webview API: the page's acquireVsCodeApi() hands every message to this script, which
// answers as the extension host does (a session, then the heap at each step asked for, computed
// by the engine). Asserts what is drawn, measures render times, and saves screenshots in the
// light, dark and high-contrast themes under test-results/. Prints "N passed, N failed" last.
//
// Run with `npm run test:webview` (it builds first).
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { sleep, until } from '../e2e/codeserver.mjs';
import { createSuite, RESULTS } from '../e2e/harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const require = createRequire(import.meta.url);
const { simulate, panelSession } = require(join(root, 'out', 'webview-test', 'host.cjs'));
const CHROMIUM = '/usr/bin/chromium';
/** The page has the panel's content security policy (as the host sets it, with file: for the
 * extension's own files): scripts only by nonce, styles and fonts only from files. */
const NONCE = 'dGVzdC1ub25jZS0xMjM0NTY3OA';

const { test, assert, report, run } = createSuite('webview');

// ---------------------------------------------------------------- programs

const PROGRAMS = {
  // floats and strings of several lengths: pools of several size classes
  sizes: ['keep = [float(i) for i in range(3000)]', 'names = ["x" * (i % 60) for i in range(600)]', 'big = [0] * 200', 'done = True', ''].join('\n'),
  // automatic collections (self-cycles pile up in generation 0) and two explicit ones
  collections: ['import gc', 'class N:', '    pass', 'for i in range(3000):', '    a = N()', '    a.me = a', 'gc.collect()', 'gc.collect()', ''].join('\n'),
  // a reachable two-object cycle and one that is cyclic garbage (the collector is off)
  cycles: ['import gc', 'gc.disable()', 'class Node:', '    def __init__(self):', '        self.peer = None', 'a = Node()', 'b = Node()', 'a.peer = b', 'b.peer = a', 'kept = [a]', 'c = Node()', 'd = Node()', 'c.peer = d', 'd.peer = c', 'del a, b, c, d', 'x = 1', ''].join('\n'),
  // a million steps
  long: ["t = 0", "for i in range(1000000):", '    t += i', ''].join('\n'),
};

function sessionFor(name, python = '3.12') {
  const result = simulate(PROGRAMS[name], { python, trace: true });
  assert(result.outcome === 'ok', `${name}: ${result.outcome} ${result.error?.message ?? ''}`);
  return { result, session: panelSession(result, { uri: `file:///${name}.py`, title: `${name}.py`, lineOffset: 0 }) };
}

function heapAt(name, python, step) {
  const r = simulate(PROGRAMS[name], { python, stopAtStep: step });
  return r.heapView ?? null;
}

// ---------------------------------------------------------------- the page

function pageHtml(theme, initialState) {
  const dir = mkdtempSync(join(tmpdir(), 'heaplens-webview-'));
  const file = join(dir, 'panel.html');
  writeFileSync(
    file,
    `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src file: data:; style-src file: 'report-sample'; font-src file:; script-src 'nonce-${NONCE}'">
<link rel="stylesheet" href="${pathToFileURL(join(root, 'test', 'webview', 'themes.css'))}">
<link rel="stylesheet" href="${pathToFileURL(join(root, 'media', 'panel.css'))}">
<script nonce="${NONCE}">
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
  window.__state = ${initialState === undefined ? 'undefined' : JSON.stringify(initialState)};
  window.__posted = [];
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => { window.__posted.push(m); window.heaplensHost(JSON.stringify(m)); },
    getState: () => window.__state,
    setState: (s) => { window.__state = s; },
  });
</script></head>
<body class="${theme}"><main id="app"></main>
<script nonce="${NONCE}" src="${pathToFileURL(join(root, 'dist', 'webview', 'panel.js'))}"></script></body></html>`,
  );
  return pathToFileURL(file).toString();
}

/** Open the panel on a program; the Node side answers the webview's messages like the host. */
async function openPanel(browser, name, { theme = 'vscode-dark', python = '3.12', width = 420, height = 900, state } = {}) {
  const { result, session } = sessionFor(name, python);
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const host = { seeks: [], views: new Map(), messages: [] };
  const send = (m) => page.evaluate((msg) => window.dispatchEvent(new MessageEvent('message', { data: msg })), m);
  await page.exposeFunction('heaplensHost', async (json) => {
    const m = JSON.parse(json);
    host.messages.push(m.type);
    if (m.type === 'ready') await send({ type: 'state', state: { kind: 'session', session } });
    if (m.type === 'seek') {
      host.seeks.push(m.step);
      const view = heapAt(name, python, m.step);
      host.views.set(m.step, view);
      await send({ type: 'heap', step: m.step, view });
    }
  });
  await page.goto(pageHtml(theme, state));
  await until(() => page.evaluate(() => window.heaplens && window.heaplens.viewStep > 0), 20000, 'the first heap to render');
  return { page, result, session, host, send, errors };
}

async function stats(page) {
  return page.evaluate(() => window.heaplens.stats());
}

async function tab(page, id) {
  await page.click(`#tab-${id}`);
  await sleep(150);
}

function rgb(css) {
  const m = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (m === null) throw new Error(`not a hex colour: ${css}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// ---------------------------------------------------------------- the suite

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (scripts/e2e/setup.sh installs Debian's chromium)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  console.log('HeapLens heap panel (webview bundle in headless Chromium)');
  try {
    await test('the arena map draws every pool of the heap, coloured by size class from the theme', async () => {
      const { page, session, host, errors } = await openPanel(browser, 'sizes', { theme: 'vscode-light' });
      const view = host.views.get(session.steps + 1);
      assert(view, 'the panel asked for the end of the run first');
      const pools = view.arenas.flatMap((a) => a.pools.filter((p) => p.sizeClass >= 0).map((p) => ({ ...p, slot: a.slot })));
      const s = await stats(page);
      assert(s.map.arenas === view.arenas.length, `arenas ${s.map.arenas} vs ${view.arenas.length}`);
      assert(s.map.pools === pools.length && pools.length > 3, `pools ${s.map.pools} vs ${pools.length}`);
      const classes = [...new Set(pools.map((p) => p.sizeClass))];
      assert(classes.length >= 3, `size classes ${classes}`);
      const palette = ['#1a85ff', '#d18616', '#388a34', '#652d90', '#bf8803', '#e51400']; // Light+ charts.* (themes.css)
      for (const c of classes) assert(s.map.colors[c] === palette[c % palette.length], `class ${c}: ${s.map.colors[c]}`);
      // the pixels: the bottom of a well-filled pool's cell has its class's colour
      const best = pools.filter((p) => p.used / p.capacity > 0.5)[0];
      assert(best, 'a pool more than half full');
      const row = view.arenas.findIndex((a) => a.slot === best.slot);
      const px = await page.evaluate(
        ({ row, index }) => {
          const c = document.querySelector('.arena-map canvas');
          const dpr = window.devicePixelRatio || 1;
          const cellW = Math.max(3, Math.floor((c.parentElement.clientWidth - 64 - 4) / 64));
          const rowH = 12;
          const x = 64 + index * cellW + cellW / 2;
          const y = row * rowH + rowH - 3;
          return [...c.getContext('2d').getImageData(Math.floor(x * dpr), Math.floor(y * dpr), 1, 1).data];
        },
        { row, index: best.index },
      );
      const want = rgb(palette[best.sizeClass % palette.length]);
      assert(want.every((v, i) => Math.abs(v - px[i]) <= 8), `pixel ${px} vs ${want}`);
      // hover describes the pool; clicking lists its objects with their lines
      await page.screenshot({ path: join(RESULTS, 'panel-light.png') });
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('the GC timeline marks every collection of the run', async () => {
      const { page, session, errors } = await openPanel(browser, 'collections');
      const cols = session.timeline.collections;
      assert(cols.length >= 3 && cols.some((c) => c.automatic), `collections: ${JSON.stringify(cols.slice(0, 3))}`);
      await tab(page, 'gc');
      const s = await stats(page);
      assert(s.collections === cols.length, `${s.collections} markers for ${cols.length} collections`);
      const listed = await page.evaluate(() => document.querySelectorAll('.gc-timeline ol.collections li').length);
      assert(listed === cols.length, `${listed} listed`);
      const inked = await page.evaluate(() => {
        const c = document.querySelector('.gc-timeline canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
      });
      assert(inked > 500, `the chart is drawn (${inked} pixels)`);
      await page.screenshot({ path: join(RESULTS, 'panel-gc-dark.png') });
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('the object graph: names, objects, references, the cycles highlighted and cyclic garbage dimmed', async () => {
      const { page, host, session, errors } = await openPanel(browser, 'cycles', { theme: 'vscode-high-contrast', width: 700 });
      await tab(page, 'graph');
      const view = host.views.get(session.steps + 1);
      const ids = new Set(view.objects.map((o) => o.id));
      const edges = view.objects.reduce((n, o) => n + o.referents.filter((r) => ids.has(r)).length, 0);
      const s = await stats(page);
      assert(s.graph.nodes === view.objects.length, `nodes ${s.graph.nodes} vs ${view.objects.length}`);
      assert(s.graph.edges === edges, `edges ${s.graph.edges} vs ${edges}`);
      const garbage = view.objects.filter((o) => o.unreachable);
      assert(garbage.length === 2 && s.graph.garbage === 2, `garbage ${garbage.length} / ${s.graph.garbage}`);
      assert(s.graph.cyclic === 4, `objects in cycles: ${s.graph.cyclic}`);
      await page.screenshot({ path: join(RESULTS, 'panel-graph-hc.png') });
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('the heap tab counts every object at the step by type and by allocation line, and a line reveals it', async () => {
      const { page, host, session, errors } = await openPanel(browser, 'sizes');
      await tab(page, 'heap');
      const view = host.views.get(session.steps + 1);
      const c = view.census;
      assert(c.objects > 3500 && c.byLine[0].line === 1, `census ${c.objects} objects, top line ${c.byLine[0].line}`);
      const rows = await page.$$eval('table.by-line tr', (trs) => trs.slice(1).map((tr) => [...tr.children].map((td) => td.textContent)));
      assert(rows.length === c.byLine.length, `${rows.length} rows for ${c.byLine.length} lines`);
      assert(rows[0][0] === 'line 1' && rows[0][1] === c.byLine[0].count.toLocaleString('en-US') && /float ×3,000/.test(rows[0][3]), JSON.stringify(rows[0]));
      const types = await page.$$eval('table.by-type tr', (trs) => trs.slice(1).map((tr) => [tr.children[0].textContent, tr.children[1].textContent]));
      const floats = c.byType.find((t) => t.type === 'float');
      assert(types.some(([t, n]) => t === 'float' && n === floats.count.toLocaleString('en-US')), JSON.stringify(types));
      await page.click('table.by-line tr:nth-child(2) a');
      await until(() => page.evaluate(() => window.__posted.some((m) => m.type === 'reveal' && m.line === 1)), 5000, 'a reveal of line 1');
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('time travel: keys and the slider move the step, and the heap at the new step arrives', async () => {
      const { page, host, session, errors } = await openPanel(browser, 'cycles');
      const end = session.steps + 1;
      await page.focus('body');
      await page.keyboard.press('ArrowLeft');
      await until(() => page.evaluate(() => window.heaplens.viewStep), 5000, 'a step').then(() => undefined);
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) === end - 1, 5000, 'the heap one step back');
      assert(host.seeks.includes(end - 1), `seeks ${host.seeks}`);
      await page.keyboard.press('Home');
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) === 1, 5000, 'the heap at step 1');
      // the slider itself
      await page.$eval('.travel input[type=range]', (el, v) => {
        el.value = String(v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, 6);
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) === 6, 5000, 'the heap at step 6');
      const label = await page.$eval('.step-label', (e) => e.textContent);
      assert(/step 6 of/.test(label), label);
      // line forward/back (the timeline sampled every step of this short run)
      await page.keyboard.press('Shift+ArrowRight');
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) > 6, 5000, 'the next line');
      // in VS Code the panel can move to the editor area (the report page hides this button)
      const shown = await page.$eval('.host-only', (e) => getComputedStyle(e).display);
      assert(shown !== 'none', `the 'Open in editor area' button is hidden in the panel (${shown})`);
      await page.click('.host-only');
      await until(() => host.messages.includes('openInEditor'), 5000, 'the openInEditor message');
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('hidden and shown again, the panel comes back where it was (VS Code keeps its state)', async () => {
      const first = await openPanel(browser, 'cycles');
      await first.page.evaluate(() => document.getElementById('tab-graph').click());
      await first.page.$eval('.travel input[type=range]', (el) => {
        el.value = '5';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await until(async () => (await first.page.evaluate(() => window.heaplens.viewStep)) === 5, 5000, 'step 5');
      const saved = await first.page.evaluate(() => window.__state);
      await first.page.close();
      assert(saved && saved.step === 5 && saved.tab === 'graph', JSON.stringify(saved));
      // a new webview (what VS Code creates when the view is shown again) with that state
      const again = await openPanel(browser, 'cycles', { state: saved });
      await until(async () => (await again.page.evaluate(() => window.heaplens.viewStep)) === 5, 5000, 'step 5 again');
      const active = await again.page.evaluate(() => document.querySelector('vscode-panels').activeid);
      assert(active === 'tab-graph', active);
      assert(again.host.seeks[0] === 5, `asked first for ${again.host.seeks[0]}`);
      await again.page.close();
    });

    await test('a malformed message is ignored, and the panel keeps working', async () => {
      const { page, send, errors } = await openPanel(browser, 'cycles');
      const before = await page.evaluate(() => window.heaplens.viewStep);
      await send({ type: 'heap', step: 'nope', view: 42 });
      await send({ type: 'state', state: { kind: 'session', session: { uri: 1 } } });
      await send('garbage');
      await sleep(100);
      assert((await page.evaluate(() => window.heaplens.viewStep)) === before, 'state unchanged');
      await page.keyboard.press('Home');
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) === 1, 5000, 'still answering');
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('performance: a 10^6-step run renders first within 300 ms and slider moves within 50 ms', async () => {
      const { page, session, errors } = await openPanel(browser, 'long');
      assert(session.steps >= 1_000_000, `${session.steps} steps`);
      const perf0 = await page.evaluate(() => ({ ...window.heaplens.perf }));
      const first = perf0.firstRender;
      // the panel's own first render: the session's charts, then the first heap's views
      const own = perf0.sessionRender + perf0.firstHeapRender;
      // slider moves: render time of each arriving heap (the replay is the host's)
      const moves = [];
      for (const f of [0.25, 0.5, 0.75]) {
        const target = Math.round(session.steps * f);
        const before = await page.evaluate(() => window.heaplens.perf.renders);
        await page.$eval('.travel input[type=range]', (el, v) => {
          el.value = String(v);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, target);
        await until(async () => (await page.evaluate(() => window.heaplens.perf.renders)) > before, 20000, 'the move');
        moves.push(await page.evaluate(() => window.heaplens.perf.lastRender));
      }
      // the first render includes waiting for the engine's replay of the whole run here; the
      // panel's own part is the session's charts plus the heap's views
      report.push(`10^6-step run: the panel's first render ${own.toFixed(1)} ms (session ${perf0.sessionRender.toFixed(1)} ms + first heap ${perf0.firstHeapRender.toFixed(1)} ms; ${first.toFixed(0)} ms in all counting the engine's replay of the run to its end), slider-move renders ${moves.map((m) => m.toFixed(1)).join(', ')} ms`);
      assert(moves.every((m) => m <= 50), `slider renders ${moves}`);
      assert(own <= 300, `render ${own}`);
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('the arena map stays interactive with 2,000 arenas', async () => {
      const { page, send, host, session, errors } = await openPanel(browser, 'sizes', { theme: 'vscode-dark' });
      const base = host.views.get(session.steps + 1);
      // the same arenas repeated: a rendering load, not a claim about CPython
      const arenas = [];
      for (let i = 0; i < 2000; i++) {
        const a = base.arenas[i % base.arenas.length];
        arenas.push({ ...a, slot: i });
      }
      const step = session.steps + 1;
      await send({ type: 'heap', step, view: { ...base, arenas } });
      await until(async () => (await stats(page)).map.arenas === 2000, 5000, '2000 arenas');
      const draws = [];
      for (const top of [0, 5000, 10000, 15000]) {
        draws.push(
          await page.evaluate((t) => {
            const sc = document.querySelector('.map-scroller');
            sc.scrollTop = t;
            const m = document.querySelector('.arena-map canvas');
            void m;
            const t0 = performance.now();
            sc.dispatchEvent(new Event('scroll'));
            return performance.now() - t0;
          }, top),
        );
      }
      report.push(`2,000 arenas: a scroll redraw takes ${draws.map((d) => d.toFixed(1)).join(', ')} ms`);
      assert(draws.every((d) => d < 50), `redraws ${draws}`);
      await page.screenshot({ path: join(RESULTS, 'panel-2000-arenas-dark.png') });
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('heaplens report: one self-contained page with the same views and time travel', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'heaplens-report-'));
      const prog = join(dir, 'cycles.py');
      writeFileSync(prog, PROGRAMS.cycles);
      const out = join(dir, 'cycles.html');
      const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', prog, '-o', out, '--python', '3.12'], { encoding: 'utf8' });
      assert(r.status === 0, `exit ${r.status}: ${r.stderr}`);
      assert(/report written to .*heaps at \d+ steps, every step/.test(r.stderr), r.stderr);
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors = [];
      const requests = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (q) => requests.push(q.url()));
      await page.goto(pathToFileURL(out).toString());
      await until(() => page.evaluate(() => window.heaplens && window.heaplens.viewStep > 0), 10000, 'the report to render');
      assert(requests.every((u) => u.startsWith('file:') || u.startsWith('data:')), `the page fetched ${requests.filter((u) => !u.startsWith('file:'))}`);
      assert(requests.length === 1, `self-contained: ${requests.length} requests`);
      const { session } = sessionFor('cycles');
      const s = await stats(page);
      const view = heapAt('cycles', '3.12', session.steps + 1);
      assert(s.map.pools === view.arenas.flatMap((a) => a.pools).filter((p) => p.sizeClass >= 0).length, `pools ${s.map.pools}`);
      const hostOnly = await page.evaluate(() => [...document.querySelectorAll('.host-only')].map((e) => [e.getAttribute('aria-label'), getComputedStyle(e).display]));
      assert(hostOnly.length === 1 && hostOnly[0][0] === 'Open in editor area' && hostOnly[0][1] === 'none', `the report shows a control only VS Code can carry out: ${JSON.stringify(hostOnly)}`);
      await page.focus('body');
      await page.keyboard.press('Home');
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) === 1, 5000, 'step 1');
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await until(async () => (await page.evaluate(() => window.heaplens.viewStep)) === 6, 5000, 'step 6');
      const at6 = heapAt('cycles', '3.12', 6);
      const current = await page.evaluate(() => [...document.querySelectorAll('.source li')].findIndex((li) => li.classList.contains('current')) + 1);
      assert(current === at6.line, `source highlight on line ${current}, the heap is at line ${at6.line}`);
      await page.screenshot({ path: join(RESULTS, 'report.png') });
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('every view fits a narrow sidebar (no horizontal overflow at 260 px)', async () => {
      const { page, errors } = await openPanel(browser, 'sizes', { width: 260, height: 900 });
      for (const t of ['memory', 'gc', 'heap', 'graph', 'frames']) {
        await page.evaluate((id) => document.getElementById(`tab-${id}`).click(), t);
        await sleep(150);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert(over <= 0, `the ${t} view is ${over} px wider than the sidebar`);
      }
      await page.evaluate(() => document.getElementById('tab-memory').click());
      await sleep(100);
      await page.screenshot({ path: join(RESULTS, 'panel-narrow.png') });
      assert(errors.length === 0, errors.join('\n'));
      await page.close();
    });

    await test('every view in light, dark and high contrast (screenshots)', async () => {
      for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
        const { page, errors } = await openPanel(browser, 'cycles', { theme, width: 560, height: 1100 });
        const short = theme.replace('vscode-', '');
        for (const t of ['memory', 'gc', 'heap', 'graph', 'frames']) {
          await tab(page, t);
          await page.screenshot({ path: join(RESULTS, `panel-${short}-${t}.png`) });
        }
        // The one blocked element allowed: the UI toolkit (FAST) probes :focus-visible support
        // with an empty <style> element at start-up; blocked, it falls back to :focus. Anything
        // with content (a style or script of ours) must never need an exception to the policy.
        const violations = await page.evaluate(() => window.__violations);
        const real = violations.filter((v) => !(v.directive === 'style-src-elem' && v.blocked === 'inline' && v.sample === ''));
        assert(real.length === 0, `content security policy violations: ${JSON.stringify(real)}`);
        assert(violations.length <= 1, `more than the toolkit's probe was blocked: ${JSON.stringify(violations)}`);
        assert(errors.length === 0, errors.join('\n'));
        await page.close();
      }
    });
  } finally {
    await browser.close();
  }
}

run(main);
