#!/usr/bin/env node
// End-to-end: the packaged extension (heaplens.vsix) installed into a real VS Code (code-server),
// driven by Playwright in Debian's Chromium. Asserts on the real page: lens texts with the
// refcounts CPython has, Problems entries, a hover, a quick fix, the version switch, the
// edit-to-lens latency, and that the editor stays responsive while a long simulation runs.
// Screenshots go to test-results/. Prints "N passed, N failed" last.
//
// Needs scripts/e2e/setup.sh to have run (npm run test:e2e does both).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { root, CHROMIUM, CHROMIUM_ARGS, codeServerInstalled, sleep, startCodeServer as start, until } from './codeserver.mjs';
import { createSuite, RESULTS } from './harness.mjs';

const VSIX = join(root, 'heaplens.vsix');
let currentPage = null;
const { test, assert, report, run } = createSuite('e2e', {
  onFailure: (n) => currentPage?.screenshot({ path: join(RESULTS, `e2e-failed-${n}.png`) }),
});

// ---------------------------------------------------------------- the workspace

function makeWorkspace() {
  const ws = mkdtempSync(join(tmpdir(), 'heaplens-ws-'));
  cpSync(join(root, 'examples'), ws, { recursive: true, filter: (p) => !p.includes('golden') });
  writeFileSync(
    join(ws, 'problems.py'),
    [
      '# heap: python=3.12',
      'import gc',
      '',
      'class Node:',
      '    def __init__(self):',
      '        self.peer = None',
      '',
      'gc.disable()',
      'a = Node()',
      'b = Node()',
      'a.peer = b',
      'b.peer = a',
      'del a, b',
      'x = []',
      '# @expect refcount(x) == 7',
      '',
    ].join('\n'),
  );
  writeFileSync(join(ws, 'concat.py'), '# heap:\ns = ""\nfor i in range(40):\n    s += str(i)\nprint(len(s))\n');
  writeFileSync(join(ws, 'versions.py'), '# heap:\nn = None\nk = []\n');
  // 200 lines for the latency measurement
  const lines = ['# heap:', 'import sys'];
  for (let i = 0; lines.length < 200; i++) lines.push(`v${i} = [${i}]`, `w${i} = v${i}`);
  writeFileSync(join(ws, 'long200.py'), lines.join('\n') + '\n');
  writeFileSync(join(ws, 'busy.py'), '# heap:\nt = 0\nfor i in range(10000000):\n    t += i\n');
  writeFileSync(join(ws, 'notes.txt'), 'typing here\n');
  writeFileSync(join(ws, 'guide.md'), '# A guide\n\nSome prose.\n\n```python heap\nitems = []\nalias = items\n# @expect refcount(items) == 2\n```\n\n```python\nnot_traced = 1\n```\n');
  mkdirSync(join(ws, 'checks'), { recursive: true });
  writeFileSync(join(ws, 'checks', 'claims.py'), '# heap: python=3.8,3.12\nimport sys\nx = []\n# @expect refcount(x) == 3\n');
  return ws;
}

// ---------------------------------------------------------------- code-server

function startCodeServer(ws) {
  return start(ws, { vsix: VSIX, settings: { 'heaplens.budget.milliseconds': 60000, 'heaplens.budget.steps': 50000000 } });
}

// ---------------------------------------------------------------- page helpers

// the quick input once shown: the widget stays in the page, hidden, after it closes, so
// waiting for it alone would let the keys go to the editor before the new one opens
const QUICK_INPUT = '.quick-input-widget:not([style*="display: none"]) input';

/** Waits until the first row of the shown quick input — the one Enter picks — includes `text`:
 * on a loaded machine the file search or command filter can take longer than a fixed pause, and
 * Enter would pick from an empty list or from the recently opened files shown before it. */
async function quickRow(page, text) {
  await until(
    () => page.evaluate((t) => {
      const rows = [...document.querySelectorAll('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row')];
      const first = rows.find((r) => r.getAttribute('data-index') === '0');
      return first !== undefined && first.textContent.includes(t);
    }, text),
    15000,
    `a first quick-input row with ${text}`,
  );
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector(QUICK_INPUT, { timeout: 10000 });
  await page.keyboard.type(name, { delay: 10 });
  await quickRow(page, name);
  await page.keyboard.press('Enter');
  await until(() => page.evaluate((n) => [...document.querySelectorAll('.tab.active .label-name, .tab.active .monaco-icon-label')].some((e) => e.textContent.includes(n)), name), 15000, `tab ${name}`);
}

async function lensTexts(page) {
  return page.evaluate(() => [...document.querySelectorAll('.codelens-decoration')].map((e) => e.textContent.trim()).filter(Boolean));
}

async function command(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector(QUICK_INPUT, { timeout: 10000 });
  await page.keyboard.type(title, { delay: 5 });
  await quickRow(page, title.split(':').pop().trim());
  await page.keyboard.press('Enter');
}

async function gotoLine(page, line, col = 1) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector(QUICK_INPUT, { timeout: 10000 });
  await page.keyboard.type(`${line}:${col}`);
  await page.keyboard.press('Enter');
  await sleep(200);
}

async function problems(page) {
  return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-tl-contents')].map((e) => e.textContent.trim()));
}

async function shot(page, name) {
  await page.screenshot({ path: join(RESULTS, `e2e-${name}.png`) });
}

// ---------------------------------------------------------------- the suite

async function main() {
  if (!codeServerInstalled()) throw new Error('code-server is not installed: run scripts/e2e/setup.sh');
  if (!existsSync(VSIX)) throw new Error('heaplens.vsix is missing: run npm run package');
  const ws = makeWorkspace();
  const cs = await startCodeServer(ws);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  currentPage = page;
  try {
    await page.goto(`http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await sleep(2000);
    console.log('HeapLens end-to-end (code-server + Chromium)');

    await test('lenses show the refcounts CPython has (examples/refcounts.py, 3.12)', async () => {
      await openFile(page, 'refcounts.py');
      const texts = await until(async () => {
        const t = await lensTexts(page);
        return t.some((x) => x.includes('refs a=4 c=1')) ? t : null;
      }, 30000, 'the lenses');
      // the same counts the example's @expect lines claim and examples/golden recorded from CPython
      assert(texts.some((t) => t.startsWith('heap · refs a=1')), `no 'refs a=1' lens in ${JSON.stringify(texts)}`);
      assert(texts.some((t) => t.includes('refs a=2 b=2')), `no 'refs a=2 b=2' lens in ${JSON.stringify(texts)}`);
      assert(texts.some((t) => t.includes('✓ @expect refcount(a) == 4 [3.12]')), 'no passing @expect lens');
      await shot(page, 'lenses');
    });

    await test('Problems lists the cycle and the failed expectation with code, line and message', async () => {
      await openFile(page, 'problems.py');
      await page.keyboard.press('Control+Shift+M');
      const entries = await until(async () => {
        const p = await problems(page);
        return p.some((x) => x.includes('expect-failed')) && p.some((x) => x.includes('cycle-garbage')) ? p : null;
      }, 30000, 'the problems');
      const exp = entries.find((x) => x.includes('expect-failed'));
      assert(exp.includes('@expect refcount(x) == 7: refcount(x) is 1 on CPython 3.12, expected == 7'), exp);
      assert(/\[Ln 15, Col 1\]/.test(exp), `expectation not at line 15: ${exp}`);
      const cyc = entries.find((x) => x.includes('cycle-garbage'));
      assert(cyc.includes('collector is disabled') && /\[Ln 13,/.test(cyc), cyc);
      await shot(page, 'problems');
      await page.keyboard.press('Control+Shift+M');
    });

    await test('a lens opens the heap panel: the arena map and GC timeline, and the editor follows the slider', async () => {
      await openFile(page, 'refcounts.py');
      await until(async () => (await lensTexts(page)).some((x) => x.includes('refs a=4 c=1')), 30000, 'the lenses');
      await page.click('.codelens-decoration a:has-text("refs a=4 c=1")');
      // the panel is a webview (nested iframes): find the frame that holds it
      const panel = await until(async () => {
        for (const f of page.frames()) {
          const ok = await f.evaluate(() => !!document.querySelector('.arena-map') && (window.heaplens?.viewStep ?? -1) > 0).catch(() => false);
          if (ok) return f;
        }
        return null;
      }, 30000, 'the heap panel with a heap');
      const summary = await panel.$eval('.arena-map .summary', (e) => e.textContent);
      assert(/\d+ arenas?; pools: \d+ partly used/.test(summary), summary);
      const stats = await panel.evaluate(() => window.heaplens.stats());
      assert(stats.map.pools > 0 && stats.map.arenas > 0, JSON.stringify(stats));
      const lineOfC = readFileSync(join(root, 'examples', 'refcounts.py'), 'utf8').split('\n').findIndex((l) => l.startsWith('c = [a, a]')) + 1;
      // the step the lens asked for: right after `c = [a, a]`; the editor highlights the next line to run
      const highlighted = () =>
        page.evaluate(() => {
          const ed = document.querySelector('.editor-instance');
          const tops = new Map([...ed.querySelectorAll('.margin-view-overlays > div')].map((d) => [d.style.top, d.querySelector('.line-numbers')?.textContent.trim()]));
          const rows = [...ed.querySelectorAll('.view-overlays > div')].filter((d) => [...d.children].some((c) => /\bced-/.test(c.className) && getComputedStyle(c).backgroundColor !== 'rgba(0, 0, 0, 0)'));
          return rows.map((r) => Number(tops.get(r.style.top))).filter((n) => n > 0);
        });
      const first = await until(async () => {
        const h = await highlighted();
        return h.length === 1 && h[0] > lineOfC ? h[0] : null;
      }, 15000, 'the editor to highlight the line after `c = [a, a]`');
      await shot(page, 'panel');
      // the GC timeline
      await panel.click('#tab-gc');
      await until(() => panel.evaluate(() => document.querySelector('.gc-timeline canvas')?.width > 0), 5000, 'the GC timeline');
      await shot(page, 'panel-gc');
      // step back twice with the slider's keys: the panel's step and the editor's highlight follow
      const before = await panel.evaluate(() => window.heaplens.viewStep);
      await panel.focus('.travel input[type=range]');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await until(async () => (await panel.evaluate(() => window.heaplens.viewStep)) === before - 2, 15000, 'the panel two steps back');
      const back = await until(async () => {
        const h = await highlighted();
        return h.length === 1 && h[0] < first ? h[0] : null;
      }, 15000, 'the highlight to move up');
      report.push(`heap panel: lens → step ${before} (line ${first} highlighted); two steps back → line ${back}`);
      await panel.click('#tab-memory');
      await shot(page, 'panel-back');
      // the editor's cursor on a traced line moves the panel to that line's last execution
      const lineOfB = readFileSync(join(root, 'examples', 'refcounts.py'), 'utf8').split('\n').findIndex((l) => l.startsWith('b = a')) + 1;
      const box = await page.evaluate((n) => {
        const ed = document.querySelector('.editor-instance');
        const num = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
        const lines = ed.querySelector('.view-lines').getBoundingClientRect();
        const r = num.getBoundingClientRect();
        return { x: lines.left + 40, y: r.top + r.height / 2 };
      }, lineOfB);
      await page.mouse.click(box.x, box.y);
      const atB = await until(async () => {
        const h = await highlighted();
        return h.length === 1 && h[0] > lineOfB && h[0] < lineOfC ? h[0] : null;
      }, 15000, 'the panel to go to the last run of `b = a`');
      report.push(`heap panel: cursor on line ${lineOfB} → the heap right after it (line ${atB} highlighted)`);
      // every view of the panel, in the real VS Code
      for (const t of ['heap', 'graph', 'frames']) {
        await panel.click(`#tab-${t}`);
        await sleep(300);
        await shot(page, `panel-${t}`);
      }
      const graph = await panel.evaluate(() => window.heaplens.stats().graph);
      assert(graph.nodes > 0, JSON.stringify(graph));
      await panel.click('#tab-memory');
    });

    await test('a hover shows the object: refcount, size, block and generation', async () => {
      await openFile(page, 'refcounts.py');
      const lineOfC = readFileSync(join(root, 'examples', 'refcounts.py'), 'utf8').split('\n').findIndex((l) => l.startsWith('c = [a, a]')) + 1;
      await gotoLine(page, lineOfC, 1); // c = [a, a]
      await command(page, 'Show or Focus Hover');
      const text = await until(() => page.evaluate(() => [...document.querySelectorAll('.monaco-hover-content')].map((e) => e.textContent).join('\n')), 15000, 'a hover');
      const t = await until(async () => {
        const s = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover-content')].map((e) => e.textContent).join('\n'));
        return s.includes('size class') ? s : null;
      }, 15000, 'the heap details in the hover').catch(() => text);
      assert(/c → list/.test(t) && t.includes('refcount: 1'), t);
      assert(t.includes('size class') && t.includes('generation'), t);
      await shot(page, 'hover');
      await page.keyboard.press('Escape');
    });

    await test('a quick fix rewrites s += … with join, and its finding goes away', async () => {
      await openFile(page, 'concat.py');
      await page.keyboard.press('Control+Shift+M');
      await until(async () => (await problems(page)).some((x) => x.includes('quadratic-concat')), 30000, 'the quadratic-concat finding');
      await page.keyboard.press('Control+Shift+M');
      await gotoLine(page, 4, 5);
      await page.keyboard.press('Control+.');
      await page.waitForSelector('.action-widget', { timeout: 10000 });
      const labels = await page.evaluate(() => [...document.querySelectorAll('.action-widget .action-label, .action-widget .title')].map((e) => e.textContent));
      assert(labels.some((l) => l.includes('join')), JSON.stringify(labels));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+S');
      await page.keyboard.press('Control+Shift+M');
      await until(async () => {
        const p = await problems(page);
        return !p.some((x) => x.includes('quadratic-concat'));
      }, 30000, 'the finding to go');
      const src = await page.evaluate(() => [...document.querySelectorAll('.view-lines')].map((v) => v.innerText).join('\n'));
      assert(src.includes('s_parts.append(str(i))') && src.includes('"".join(s_parts)'), src);
      await shot(page, 'quickfix');
      await page.keyboard.press('Control+Shift+M');
    });

    await test('switching the version in the status bar changes a lens (None immortal from 3.12)', async () => {
      await openFile(page, 'versions.py');
      await until(async () => (await lensTexts(page)).some((t) => t.includes('n=immortal')), 30000, 'n=immortal on 3.12');
      await page.click('.statusbar-item:has-text("CPython 3.12")');
      await page.waitForSelector(QUICK_INPUT, { timeout: 10000 });
      await page.keyboard.type('3.11');
      await sleep(300);
      await page.keyboard.press('Enter');
      const t = await until(async () => {
        const l = await lensTexts(page);
        return l.find((x) => /refs n=\d+/.test(x)) ?? null;
      }, 30000, 'a refcount for None on 3.11');
      assert(!t.includes('immortal'), t);
      await until(() => page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.includes('CPython 3.11'))), 5000, 'the status bar');
      await shot(page, 'version-switch');
      await page.click('.statusbar-item:has-text("CPython 3.11")');
      await page.waitForSelector(QUICK_INPUT, { timeout: 10000 });
      await page.keyboard.type('3.12');
      await sleep(300);
      await page.keyboard.press('Enter');
    });

    await test('python heap blocks in Markdown get lenses; other blocks do not', async () => {
      await openFile(page, 'guide.md');
      const texts = await until(async () => {
        const t = await lensTexts(page);
        return t.some((x) => x.includes('refs alias=2 items=2')) ? t : null;
      }, 30000, 'lenses in the Markdown block');
      assert(texts.some((x) => x.includes('✓ @expect refcount(items) == 2')), JSON.stringify(texts));
      assert(!texts.some((x) => x.includes('not_traced')), JSON.stringify(texts));
      await shot(page, 'markdown');
    });

    await test('Run Memory Checks in Workspace reports a failed claim on each version in Problems', async () => {
      await command(page, 'HeapLens: Run Memory Checks in Workspace');
      await page.keyboard.press('Control+Shift+M');
      const entries = await until(async () => {
        const p = await problems(page);
        return p.filter((x) => x.includes('refcount(x) == 3')).length >= 2 ? p : null;
      }, 60000, 'the workspace check results');
      const claims = entries.filter((x) => x.includes('refcount(x) == 3'));
      assert(claims.some((x) => x.includes('on CPython 3.8')) && claims.some((x) => x.includes('on CPython 3.12')), JSON.stringify(claims));
      await shot(page, 'workspace-check');
      await page.keyboard.press('Control+Shift+M');
    });

    await test('a syntax error keeps the last good lenses and is reported', async () => {
      await openFile(page, 'versions.py');
      await until(async () => (await lensTexts(page)).some((t) => t.includes('refs k=1')), 30000, 'the lenses');
      await page.click('.editor-instance .view-lines');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('if x\n');
      await page.keyboard.press('Control+Shift+M');
      await until(async () => (await problems(page)).some((x) => x.includes('syntax-error') && x.includes("expected ':'")), 30000, 'the syntax error in Problems');
      const texts = await lensTexts(page);
      assert(texts.some((t) => t.includes('refs k=1')), `the last good lenses are gone: ${JSON.stringify(texts)}`);
      await shot(page, 'syntax-error');
      await page.keyboard.press('Control+Shift+M');
      await page.click('.editor-instance .view-lines');
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+Z');
    });

    let latency = null;
    await test('typing in a 200-line file updates the lenses within 500 ms', async () => {
      await openFile(page, 'long200.py');
      await until(async () => (await lensTexts(page)).some((t) => t.includes('refs v0=2 w0=2')), 30000, 'the lenses');
      // three edits, each undone: the median latency counts (one sample on a shared machine
      // can catch a collection or another process's burst)
      const samples = [];
      for (let k = 0; k < 3; k++) {
        await gotoLine(page, 4, 1);
        await page.keyboard.press('End');
        const before = (await lensTexts(page)).join('|');
        await page.keyboard.type(`\nu${k} = w0`);
        // from the last keystroke (the debounce starts over at each one)
        const t0 = Date.now();
        await until(async () => {
          const t = await lensTexts(page);
          return t.some((x) => x.includes(`refs u${k}=3 w0=3`)) && t.join('|') !== before;
        }, 5000, 'the new lens');
        samples.push(Date.now() - t0);
        await page.keyboard.press('Control+Z');
        await page.keyboard.press('Control+Z');
        await until(async () => (await lensTexts(page)).some((t) => t.includes('refs v0=2 w0=2')) && !(await lensTexts(page)).some((t) => t.includes(`u${k}=`)), 30000, 'the lenses after the undo');
      }
      latency = [...samples].sort((a, b) => a - b)[1];
      report.push(`edit-to-lens latency (200-line file, last keystroke to new lens, default debounce 100 ms): median ${latency} ms of ${samples.join(', ')}`);
      assert(latency <= 500, `median ${latency} ms (${samples.join(', ')})`);
    });

    await test('the editor stays responsive while a 10^7-step program simulates', async () => {
      await openFile(page, 'busy.py');
      await sleep(300);
      await openFile(page, 'notes.txt');
      await page.click('.editor-instance .view-lines');
      await page.keyboard.press('Control+End');
      const gaps = [];
      for (let i = 0; i < 10; i++) {
        const t0 = Date.now();
        const ch = String.fromCharCode(97 + i);
        await page.keyboard.type(ch);
        await until(() => page.evaluate((c) => [...document.querySelectorAll('.view-lines')].some((v) => v.innerText.includes('abcdefghij'.slice(0, c))), i + 1), 2000, 'the typed text');
        gaps.push(Date.now() - t0);
        await sleep(100);
      }
      report.push(`typing while busy.py (10^7 steps) simulates: worst keystroke-to-screen ${Math.max(...gaps)} ms`);
      assert(Math.max(...gaps) < 1000, JSON.stringify(gaps));
      await shot(page, 'responsive');
    });
  } finally {
    await browser.close();
    cs.proc.kill();
  }
}

run(main);
