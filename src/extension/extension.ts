// HeapLens in VS Code. activate() only wires things together: every registration goes into
// context.subscriptions. The engine runs in a worker thread (engineClient.ts); the sessions
// keep one result per document; providers and commands read them.
import * as vscode from 'vscode';
import { EngineClient } from './engineClient';
import { Sessions, documentKind } from './sessions';
import { readSettings, type Settings } from './settings';
import { LensProvider, HeapHoverProvider, FixProvider, documentDiagnostics } from './providers';
import { registerCommands } from './commands';
import { bytes } from './present';
import { HeapPanel, VIEW_ID, PANEL_TYPE } from './panel';

const SELECTOR: vscode.DocumentSelector = [
  { language: 'python', scheme: 'file' },
  { language: 'python', scheme: 'untitled' },
  { language: 'python', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/** What activate() returns: read by the integration suite only. */
export interface HeapLensApi {
  /** The step and heap the panel was last sent. */
  lastPanelHeap(): { step: number; view: import('../engine/result').HeapView | null } | null;
}

export function activate(context: vscode.ExtensionContext): HeapLensApi {
  const log = vscode.window.createOutputChannel('HeapLens', { log: true });
  context.subscriptions.push(log);
  let settings: Settings = readSettings();
  const current = (): Settings => settings;

  const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath;
  const engine = new EngineClient(workerPath, (m) => log.warn(m));
  // heaps at a step (the panel's time travel, hovers) replay the program in a worker of their
  // own, so they never hold up the re-simulation that updates the lenses as the user types
  const viewEngine = new EngineClient(workerPath, (m) => log.warn(m));
  context.subscriptions.push({ dispose: () => engine.dispose() }, { dispose: () => viewEngine.dispose() });
  const sessions = new Sessions(engine, current, log);
  context.subscriptions.push(sessions);

  const lensProvider = new LensProvider(sessions, current);
  context.subscriptions.push(vscode.languages.registerCodeLensProvider(SELECTOR, lensProvider));
  context.subscriptions.push(vscode.languages.registerHoverProvider(SELECTOR, new HeapHoverProvider(sessions, viewEngine, current)));
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider(SELECTOR, new FixProvider(), { providedCodeActionKinds: FixProvider.kinds }));

  const diagnostics = vscode.languages.createDiagnosticCollection('heaplens');
  context.subscriptions.push(diagnostics);

  const status = vscode.window.createStatusBarItem('heaplens.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'HeapLens';
  status.command = 'heaplens.selectPythonVersion';
  context.subscriptions.push(status);
  const updateStatus = (): void => {
    const ed = vscode.window.activeTextEditor;
    const st = ed === undefined ? undefined : sessions.get(ed.document.uri);
    const heap = st?.results[0]?.shown.trace?.finalHeap.bytes;
    status.text = `$(database) CPython ${settings.python}${heap !== undefined ? ` · ${bytes(heap)}` : ''}`;
    status.tooltip = vscode.l10n.t('HeapLens: the simulated CPython version (click to change){0}', heap !== undefined ? vscode.l10n.t('; the program heap when it ended: {0}', bytes(heap)) : '');
    if (ed !== undefined && documentKind(ed.document) !== null) status.show();
    else status.hide();
  };

  context.subscriptions.push(
    sessions.onDidChange((uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc === undefined) diagnostics.delete(uri);
      else diagnostics.set(uri, documentDiagnostics(doc, sessions));
      updateStatus();
    }),
    vscode.workspace.onDidOpenTextDocument((d) => sessions.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) sessions.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      sessions.close(d);
      diagnostics.delete(d.uri);
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.window.onDidChangeVisibleTextEditors((eds) => sessions.showEditors(eds)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('heaplens')) return;
      settings = readSettings();
      if (e.affectsConfiguration('heaplens.codeLens')) lensProvider.refresh();
      else sessions.refreshAll();
      updateStatus();
    }),
  );

  const heapPanel = new HeapPanel(context.extensionUri, sessions, viewEngine, current, log);
  context.subscriptions.push(
    heapPanel,
    vscode.window.registerWebviewViewProvider(VIEW_ID, heapPanel),
    vscode.window.registerWebviewPanelSerializer(PANEL_TYPE, heapPanel),
  );

  registerCommands(context, { sessions, engine, settings: current, log, diagnostics, lensProvider, heapPanel });
  sessions.showEditors(vscode.window.visibleTextEditors);
  updateStatus();
  log.info('HeapLens activated');
  return { lastPanelHeap: () => heapPanel.lastHeap };
}

export function deactivate(): void {
  // everything is in context.subscriptions
}
