// The `heaplens.*` commands.
import * as vscode from 'vscode';
import { PROFILE_IDS, PROFILES } from '../engine/profiles/profile';
import { parseSnippets, isAnnotated } from '../engine/annotations';
import type { Sessions } from './sessions';
import { documentKind } from './sessions';
import type { EngineClient } from './engineClient';
import type { Settings } from './settings';
import type { LensProvider } from './providers';
import { toDiagnostics } from './providers';
import { diagnostics as diagnosticSpecs } from './present';
import type { HeapPanel } from './panel';

interface Deps {
  sessions: Sessions;
  engine: EngineClient;
  settings: () => Settings;
  log: vscode.LogOutputChannel;
  diagnostics: vscode.DiagnosticCollection;
  lensProvider: LensProvider;
  heapPanel: HeapPanel;
}

export function registerCommands(context: vscode.ExtensionContext, d: Deps): void {
  const reg = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };
  const activePython = (): vscode.TextDocument | null => {
    const ed = vscode.window.activeTextEditor;
    return ed !== undefined && documentKind(ed.document) !== null ? ed.document : null;
  };

  reg('heaplens.traceFile', async () => {
    const doc = activePython();
    if (doc === null) {
      void vscode.window.showInformationMessage(vscode.l10n.t('HeapLens traces Python files and python heap blocks in Markdown.'));
      return;
    }
    await d.sessions.force(doc);
  });

  reg('heaplens.selectPythonVersion', async () => {
    const items = PROFILE_IDS.map((id) => ({ label: id, description: PROFILES[id].label, picked: id === d.settings().python }));
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('HeapLens: simulate which CPython?'), placeHolder: d.settings().python });
    if (pick === undefined) return;
    await vscode.workspace.getConfiguration('heaplens').update('python', pick.label, vscode.ConfigurationTarget.Global);
  });

  reg('heaplens.toggleCodeLens', async () => {
    const c = vscode.workspace.getConfiguration('heaplens');
    const now = d.settings().lensDetail;
    await c.update('codeLens.detail', now === 'off' ? 'compact' : 'off', vscode.ConfigurationTarget.Global);
  });

  const currentResult = (): { doc: vscode.TextDocument; result: unknown } | null => {
    const doc = activePython();
    if (doc === null) return null;
    const st = d.sessions.get(doc.uri);
    if (st === undefined || st.results.length === 0) return null;
    return { doc, result: st.results.length === 1 ? st.results[0].shown : st.results.map((r) => r.shown) };
  };

  reg('heaplens.showPanel', async () => {
    await d.heapPanel.reveal(activePython()?.uri);
  });

  reg('heaplens.openPanelInEditor', () => {
    d.heapPanel.openInEditor();
  });

  // a lens was clicked: the panel at the step right after that line last ran
  reg('heaplens.openAtStep', async (uri: vscode.Uri, step: number) => {
    await d.heapPanel.reveal(uri, step);
  });

  reg('heaplens.exportTrace', async () => {
    const cur = currentResult();
    if (cur === null) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing traced in this editor yet: run "HeapLens: Trace This File".'));
      return;
    }
    const target = await vscode.window.showSaveDialog({ defaultUri: cur.doc.uri.with({ path: cur.doc.uri.path.replace(/\.\w+$/, '') + '.heaplens.json' }), filters: { JSON: ['json'] } });
    if (target === undefined) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(JSON.stringify({ schema: 'heaplens-trace/1', file: cur.doc.uri.fsPath, ...(cur.result as object) }, null, 1)));
    void vscode.window.showInformationMessage(vscode.l10n.t('HeapLens: trace written to {0}', target.fsPath));
  });

  reg('heaplens.checkWorkspace', async () => {
    const files = await vscode.workspace.findFiles('**/*.{py,md}', '**/{node_modules,.git,.venv,venv,__pycache__}/**', 2000);
    let failed = 0;
    let checked = 0;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('HeapLens: checking memory annotations'), cancellable: true }, async (progress, token) => {
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        const doc = await vscode.workspace.openTextDocument(uri);
        const kind = documentKind(doc);
        if (kind === null || !isAnnotated(doc.getText(), kind)) continue;
        progress.report({ message: vscode.workspace.asRelativePath(uri) });
        const diags: vscode.Diagnostic[] = [];
        const lineText = (i: number): string => (i >= 0 && i < doc.lineCount ? doc.lineAt(i).text : '');
        for (const [i, snippet] of parseSnippets(doc.getText(), kind).entries()) {
          for (const py of snippet.settings.pythons ?? [d.settings().python]) {
            const r = await d.engine.run(`check:${uri.toString()}#${i}#${py}`, snippet.source, d.sessions.options(d.settings(), py, snippet, { filename: uri.fsPath }));
            checked += r.expectations?.length ?? 0;
            const specs = diagnosticSpecs(r, lineText).filter((s) => s.code.startsWith('expect-') || s.severity === 'error');
            failed += specs.filter((s) => s.code.startsWith('expect-')).length;
            diags.push(...toDiagnostics(doc, specs, []));
          }
        }
        d.diagnostics.set(uri, diags);
      }
    });
    void vscode.window.showInformationMessage(vscode.l10n.t('HeapLens: {0} expectations checked, {1} failed (see Problems).', checked, failed));
  });
}
