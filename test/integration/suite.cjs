// The integration suite: runs inside a real VS Code extension host, with HeapLens loaded from
// this repository in development mode, and talks to it only through VS Code's own API (the
// CodeLens, hover and code-action providers as the editor calls them, the diagnostics
// collection, commands, settings). runTest.mjs starts it in a desktop VS Code
// (@vscode/test-electron, when VSCODE_EXECUTABLE names one) or in code-server's extension host
// (the same Node extension host VS Code runs remotely), and reads the results it writes.
//
// Expected refcounts come from examples/golden (recorded from the real interpreters), not from
// the simulator.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const root = path.join(__dirname, '..', '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(fn, timeout, what) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last !== undefined ? ` (last: ${JSON.stringify(last)})` : ''}`);
}

function wsFile(name) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('the suite needs a workspace folder (runTest.mjs makes one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(wsFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** HeapLens's lenses of a document as [0-based line, title], once `ready(titles)` holds. */
async function lenses(uri, ready, what) {
  return until(async () => {
    const ls = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) || [];
    const out = ls.filter((l) => l.command && l.command.title.startsWith('heap')).map((l) => ({ line: l.range.start.line, title: l.command.title, command: l.command }));
    return ready(out) ? out : null;
  }, 30000, what);
}

function heapDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'HeapLens');
}

function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

async function setting(key, value) {
  await vscode.workspace.getConfiguration('heaplens').update(key, value, vscode.ConfigurationTarget.Global);
}

// ---------------------------------------------------------------- the tests

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('the contributed commands are registered once the extension activates', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  await open('refcounts.py');
  const ext = vscode.extensions.getExtension(`${pkg.publisher}.${pkg.name}`);
  assert.ok(ext, 'the extension is loaded');
  await until(() => ext.isActive, 20000, 'activation on a Python file');
  const have = new Set(await vscode.commands.getCommands(true));
  for (const c of pkg.contributes.commands) assert.ok(have.has(c.command), `${c.command} is not registered`);
});

test('lenses show the refcounts CPython has (examples/refcounts.py against its recorded goldens)', async () => {
  const doc = await open('refcounts.py');
  const golden = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'golden', 'refcounts.py.json'), 'utf8'));
  const versions = Object.values(golden.versions);
  // claims that hold the same value on every version: the lens shows it whichever is selected
  const claims = [];
  for (const [key, c] of Object.entries(versions[0])) {
    const m = /^refcount\((\w+)\) ==/.exec(c.text);
    if (m === null || !versions.every((v) => v[key] && v[key].values[0] === c.values[0])) continue;
    claims.push({ expectLine: Number(key.split(':')[1]), name: m[1], value: c.values[0] });
  }
  assert.ok(claims.length >= 3, 'the golden has refcount claims');
  const ls = await lenses(doc.uri, (l) => l.some((x) => x.title.includes('refs a=4 c=1')), 'the refcount lenses');
  let compared = 0;
  for (const c of claims) {
    // the claim is checked after the statement above the @expect comment (1-based lines); that
    // statement's lens shows the name if the statement mentions it
    const statement = c.expectLine - 2;
    const lens = ls.find((l) => l.line === statement);
    assert.ok(lens, `no lens on line ${statement + 1}: ${JSON.stringify(ls)}`);
    if (!new RegExp(`\\b${c.name}=`).test(lens.title)) continue;
    assert.match(lens.title, new RegExp(`\\b${c.name}=${c.value}\\b`), `line ${statement + 1}`);
    compared++;
  }
  assert.ok(compared >= 3, `only ${compared} lenses compared`);
});

test('an allocating line shows what it made and its block size', async () => {
  const doc = await open('refcounts.py');
  const ls = await lenses(doc.uri, (l) => l.length > 0, 'lenses');
  const made = ls.find((l) => l.line === 5); // a = []
  assert.match(made.title, /\+1 list \(64 B\)/);
});

test('hover on a name: type, refcount, size, block, pool and arena, collector generation, referrers', async () => {
  const doc = await open('refcounts.py');
  await lenses(doc.uri, (l) => l.length > 0, 'lenses');
  const line = doc.lineAt(8).text; // b = a
  const pos = new vscode.Position(8, line.indexOf('a'));
  const text = await until(async () => {
    const hs = (await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos)) || [];
    const all = hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    return all.includes('refcount') && all.includes('pool') ? all : null;
  }, 20000, 'the HeapLens hover');
  assert.match(text, /\*\*a\*\* → `list`/);
  assert.match(text, /refcount: \*\*2\*\*/);
  assert.match(text, /size: \d+ bytes/);
  assert.match(text, /block \(size class \d+\) in pool \d+ of arena \d+/);
  assert.match(text, /collector: generation \d/);
  assert.match(text, /referred to by: .*`b`/);
});

test('Problems: cyclic garbage and a failed expectation, with codes, docs links and related locations', async () => {
  const doc = await open('problems.py');
  const ds = await until(() => {
    const d = heapDiagnostics(doc.uri);
    return d.some((x) => codeOf(x) === 'cycle-garbage') && d.some((x) => codeOf(x) === 'expect-failed') ? d : null;
  }, 30000, 'the cycle and expectation diagnostics');
  const lines = doc.getText().split('\n');
  const cycle = ds.find((x) => codeOf(x) === 'cycle-garbage');
  assert.equal(cycle.range.start.line, lines.indexOf('del a, b'), 'reported where the last outside references go');
  assert.ok(cycle.relatedInformation.length >= 2, 'the members\' allocation sites are related');
  assert.ok(typeof cycle.code === 'object' && /findings\.md#cycle-garbage/.test(String(cycle.code.target)), 'the code links to the docs');
  const failed = ds.find((x) => codeOf(x) === 'expect-failed');
  assert.equal(failed.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(failed.range.start.line, lines.findIndex((l) => l.startsWith('# @expect refcount(x)')));
  assert.match(failed.message, /refcount\(x\) == 7/);
});

test('quick fix: a str += loop becomes a list and "".join(), and the finding goes away', async () => {
  const doc = await open('concat.py');
  const diag = await until(() => heapDiagnostics(doc.uri).find((d) => codeOf(d) === 'quadratic-concat'), 30000, 'the quadratic-concat finding');
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  const fix = (actions || []).find((a) => /join/.test(a.title));
  assert.ok(fix && fix.edit, `a join fix is offered: ${JSON.stringify((actions || []).map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(doc.getText(), /"".join\(/);
  await until(() => !heapDiagnostics(doc.uri).some((d) => codeOf(d) === 'quadratic-concat'), 30000, 'the finding to clear after the fix');
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('switching the CPython version re-simulates: None is immortal from 3.12', async () => {
  const doc = await open('versions.py');
  try {
    await setting('python', '3.11');
    const old = await lenses(doc.uri, (l) => l.some((x) => /refs n=\d+/.test(x.title)), 'a 3.11 refcount for None');
    assert.ok(!old.some((x) => x.title.includes('n=immortal')));
    await setting('python', '3.12');
    await lenses(doc.uri, (l) => l.some((x) => x.title.includes('refs n=immortal')), '3.12: None immortal');
  } finally {
    await setting('python', undefined);
  }
});

test('Markdown: only python heap fences are traced', async () => {
  const doc = await open('guide.md');
  const ls = await lenses(doc.uri, (l) => l.some((x) => x.title.includes('items=')), 'lenses in the fence');
  const fence = doc.getText().split('\n').findIndex((t) => t.startsWith('```python heap'));
  const plain = doc.getText().split('\n').findIndex((t) => t.startsWith('not_traced'));
  assert.ok(ls.every((l) => l.line > fence), 'lenses inside the heap fence');
  assert.ok(!ls.some((l) => l.line === plain), 'no lens in a plain python fence');
});

test('a lens opens the heap panel at the step right after its line ran', async () => {
  const doc = await open('refcounts.py');
  const ls = await lenses(doc.uri, (l) => l.some((x) => x.title.includes('refs a=4 c=1')), 'lenses');
  const lens = ls.find((l) => l.title.includes('refs a=4 c=1'));
  assert.equal(lens.command.command, 'heaplens.openAtStep');
  const step = lens.command.arguments[1];
  assert.ok(step > 0);
  await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments || []));
  const api = vscode.extensions.getExtension('heaplens.heaplens').exports;
  // the panel's webview loads, says it is ready, and asks the host for the heap at that step
  const shown = await until(() => {
    const h = api.lastPanelHeap();
    return h !== null && h.step === step && h.view !== null ? h : null;
  }, 30000, 'the panel to show the heap at the lens\'s step');
  const a = shown.view.frames[0].locals.find((l) => l.name === 'a');
  assert.equal(shown.view.objects.find((o) => o.id === a.id).refcount, 4);
  assert.ok(shown.view.line > lens.line + 1, 'stopped where a later statement starts');
});

test('the panel opens in the editor area too, and VS Code can restore it', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.ok(pkg.activationEvents.includes('onWebviewPanel:heaplens.heapPanel'), 'the serializer activates the extension');
  await open('refcounts.py');
  const api = vscode.extensions.getExtension('heaplens.heaplens').exports;
  const before = api.lastPanelHeap();
  await vscode.commands.executeCommand('heaplens.openPanelInEditor');
  const tab = await until(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('heaplens.heapPanel')), 20000, 'the panel\'s editor tab');
  assert.equal(tab.label, 'HeapLens: Heap');
  // the new webview asks for its own heap
  await until(() => api.lastPanelHeap() !== before && api.lastPanelHeap()?.view, 30000, 'the editor-area panel to load a heap');
  await vscode.window.tabGroups.close(tab);
});

test('a document opened without an editor (workspace check, search) is simulated once an editor shows it', async () => {
  const doc = await vscode.workspace.openTextDocument(wsFile('unseen.py'));
  await sleep(1500);
  assert.deepEqual(heapDiagnostics(doc.uri), [], 'nothing simulated while no editor shows it');
  await vscode.window.showTextDocument(doc);
  await until(() => heapDiagnostics(doc.uri).some((x) => codeOf(x) === 'expect-failed'), 30000, 'its results once shown');
});

test('a runaway program stops at the step budget with a diagnostic, and the host stays usable', async () => {
  try {
    await setting('budget.steps', 200000);
    const doc = await open('busy.py');
    const d = await until(() => heapDiagnostics(doc.uri).find((x) => codeOf(x) === 'budget'), 30000, 'the budget diagnostic');
    assert.match(d.message, /step/);
    // the extension host answered all along; it still does
    const t0 = Date.now();
    await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(Date.now() - t0 < 2000);
  } finally {
    await setting('budget.steps', undefined);
  }
});

// ---------------------------------------------------------------- the runner

exports.run = async function run() {
  const results = [];
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      results.push({ name: t.name, ok: true, ms: Date.now() - t0 });
    } catch (e) {
      results.push({ name: t.name, ok: false, ms: Date.now() - t0, error: String(e && e.stack ? e.stack : e) });
    }
  }
  const out = process.env.HEAPLENS_IT_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 1));
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) throw new Error(`${failed.length} integration test(s) failed:\n${failed.map((f) => `${f.name}\n${f.error}`).join('\n')}`);
};
