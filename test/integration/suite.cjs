// Runs inside VS Code's extension host (see runTest.mjs): the extension activates on a Python
// file, and its CodeLens provider gives the refcounts CPython has.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

async function lensTitles(uri) {
  for (let i = 0; i < 100; i++) {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
    const titles = (lenses || []).map((l) => (l.command ? l.command.title : '')).filter((t) => t.startsWith('heap'));
    if (titles.some((t) => t.includes('refs a=4 c=1'))) return titles;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no HeapLens lenses');
}

exports.run = async function run() {
  const file = path.join(__dirname, '..', '..', 'examples', 'refcounts.py');
  const doc = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(doc);
  const titles = await lensTitles(doc.uri);
  assert.ok(titles.some((t) => t.includes('refs a=2 b=2')), JSON.stringify(titles));
  const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'HeapLens' && d.severity === vscode.DiagnosticSeverity.Error);
  assert.deepEqual(diags, []);
};
