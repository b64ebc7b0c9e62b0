// The heap panel's host side: a WebviewView in HeapLens's activity-bar container, and the same
// panel opened in the editor area (a WebviewPanel, restored after a reload by its serializer).
// It follows the active traced document, sends the webview one compact session per result and
// the heap at the step the webview asks for (re-running the deterministic simulation up to that
// step in the engine worker), highlights that step's line in the editor, and moves to a line's
// last execution when the editor's cursor goes there.
import * as vscode from 'vscode';
import type { HeapView } from '../engine/result';
import { parseToHost, type ToPanel, type PanelState } from '../panel/protocol';
import { panelSession } from '../panel/session';
import { Cancelled, type EngineClient } from './engineClient';
import { documentKind, type Sessions, type SnippetResult } from './sessions';
import type { Settings } from './settings';

export const VIEW_ID = 'heaplens.heapView';
export const PANEL_TYPE = 'heaplens.heapPanel';
/** How long new results must stop coming before the panel redraws (ms). */
const SETTLE_MS = 250;

interface Target {
  /** Each webview's moves supersede only its own (the sidebar's and an editor tab's are apart). */
  id: number;
  webview: vscode.Webview;
  ready: boolean;
  queue: ToPanel[];
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}

export class HeapPanel implements vscode.WebviewViewProvider, vscode.WebviewPanelSerializer, vscode.Disposable {
  private readonly targets = new Set<Target>();
  private readonly subs: vscode.Disposable[] = [];
  private doc: vscode.Uri | null = null;
  private readonly highlight: vscode.TextEditorDecorationType;
  /** The snippet (Markdown block, `# %% heap` cell) the panel shows, by its first line. */
  private snippetStart = -1;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private nextTarget = 1;
  /** A step asked for (a lens clicked) before any webview was ready to go there. */
  private pendingGoto: number | null = null;
  /** The last heap sent, for the extension's test API. */
  lastHeap: { step: number; view: HeapView | null } | null = null;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly sessions: Sessions,
    private readonly engine: EngineClient,
    private readonly settings: () => Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.highlight = vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    });
    this.subs.push(
      this.highlight,
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (ed !== undefined && documentKind(ed.document) !== null && ed.document.uri.toString() !== this.doc?.toString()) this.follow(ed.document.uri);
      }),
      sessions.onDidChange((uri) => {
        if (this.doc === null || uri.toString() !== this.doc.toString()) return;
        // while the user types, results come in quick succession: redraw (and replay to the
        // panel's step) once they settle, leaving the CPU to the lenses meanwhile
        if (this.settle !== null) clearTimeout(this.settle);
        this.settle = setTimeout(() => {
          this.settle = null;
          this.sendSession();
        }, SETTLE_MS);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onCursor(e)),
    );
    const ed = vscode.window.activeTextEditor;
    if (ed !== undefined && documentKind(ed.document) !== null) this.doc = ed.document.uri;
  }

  dispose(): void {
    if (this.settle !== null) clearTimeout(this.settle);
    for (const s of this.subs) s.dispose();
  }

  // ---------------------------------------------------------------- webviews

  resolveWebviewView(view: vscode.WebviewView): void {
    this.attach(view.webview, (d) => view.onDidDispose(d));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    this.attach(panel.webview, (d) => panel.onDidDispose(d));
  }

  /** The panel in the editor area ("Open in Editor Area"). */
  openInEditor(): void {
    const panel = vscode.window.createWebviewPanel(PANEL_TYPE, vscode.l10n.t('HeapLens: Heap'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'heaplens.svg');
    this.attach(panel.webview, (d) => panel.onDidDispose(d));
  }

  /** Show the sidebar view (and go to `step` of the document `uri` when given). */
  async reveal(uri?: vscode.Uri, step?: number): Promise<void> {
    if (uri !== undefined && uri.toString() !== this.doc?.toString()) this.follow(uri);
    // the view may resolve only after the focus command returns: keep the step until a webview is ready
    if (step !== undefined && step > 0) this.pendingGoto = step;
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    if (this.pendingGoto !== null && [...this.targets].some((t) => t.ready)) {
      this.broadcast({ type: 'goto', step: this.pendingGoto });
      this.pendingGoto = null;
    }
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private attach(webview: vscode.Webview, onDispose: (d: () => void) => vscode.Disposable): void {
    webview.options = this.options();
    webview.html = this.html(webview);
    const target: Target = { id: this.nextTarget++, webview, ready: false, queue: [] };
    this.targets.add(target);
    const sub = webview.onDidReceiveMessage((m: unknown) => this.onMessage(target, m));
    onDispose(() => {
      this.targets.delete(target);
      sub.dispose();
    });
  }

  private html(webview: vscode.Webview): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel.css'));
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${n}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>HeapLens</title>
</head>
<body>
<main id="app"></main>
<script nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private post(t: Target, m: ToPanel): void {
    if (!t.ready) {
      // only the newest state and heap matter once the webview is ready
      t.queue = t.queue.filter((q) => q.type !== m.type);
      t.queue.push(m);
      return;
    }
    void t.webview.postMessage(m);
  }

  private broadcast(m: ToPanel): void {
    for (const t of this.targets) this.post(t, m);
  }

  private onMessage(t: Target, raw: unknown): void {
    const m = parseToHost(raw);
    if (m === null) {
      this.log.warn(`heap panel: ignored a malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (m.type) {
      case 'ready':
        t.ready = true;
        this.post(t, { type: 'state', state: this.state() });
        for (const q of t.queue.splice(0)) void t.webview.postMessage(q);
        if (this.pendingGoto !== null) {
          this.post(t, { type: 'goto', step: this.pendingGoto });
          this.pendingGoto = null;
        }
        return;
      case 'seek':
        void this.seek(t, m.step);
        return;
      case 'reveal':
        void this.revealLine(m.line);
        return;
      case 'openInEditor':
        this.openInEditor();
        return;
    }
  }

  // ---------------------------------------------------------------- the followed document

  private follow(uri: vscode.Uri): void {
    this.doc = uri;
    this.sendSession();
  }

  /** The result the panel shows: the snippet under the cursor (Markdown blocks, `# %% heap` cells), else the first. */
  private current(): SnippetResult | null {
    if (this.doc === null) return null;
    const st = this.sessions.get(this.doc);
    if (st === undefined || st.results.length === 0) return null;
    const ed = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.doc?.toString());
    const line = ed === undefined ? 0 : ed.selection.active.line + 1;
    return st.results.find((r) => line >= r.snippet.startLine && line <= r.snippet.endLine) ?? st.results[0];
  }

  private state(): PanelState {
    if (this.doc === null) return { kind: 'empty', message: vscode.l10n.t('Open a Python file HeapLens traces (or a Markdown file with python heap blocks).') };
    const r = this.current();
    const title = vscode.workspace.asRelativePath(this.doc);
    if (r === null) {
      const untraced = this.sessions.get(this.doc) === undefined;
      return untraced
        ? { kind: 'empty', message: vscode.l10n.t('{0} is not traced. Run "HeapLens: Trace This File", or annotate it with # heap:.', title) }
        : { kind: 'loading', title };
    }
    const s = panelSession(r.shown, { uri: this.doc.toString(), title, lineOffset: 0, thresholds: r.snippet.settings.threshold ?? this.settings().gcThresholds ?? undefined });
    if (s === null) return { kind: 'empty', message: vscode.l10n.t('No trace for {0}: {1}', title, r.shown.error?.message ?? r.shown.outcome) };
    return { kind: 'session', session: s };
  }

  private sendSession(): void {
    this.snippetStart = this.current()?.snippet.startLine ?? -1;
    this.broadcast({ type: 'state', state: this.state() });
  }

  private async seek(t: Target, step: number): Promise<void> {
    const r = this.current();
    const uri = this.doc;
    if (r === null || uri === null) return;
    const opts = this.sessions.options(this.settings(), r.shown.profile, r.snippet, { trace: false, annotations: undefined, stopAtStep: step });
    let view: HeapView | null = null;
    let error: string | undefined;
    try {
      const res = await this.engine.run(`panel${t.id}:${uri.toString()}`, r.snippet.source, opts);
      view = res.heapView ?? null;
      if (view === null && res.error) error = res.error.message;
    } catch (e) {
      if (e instanceof Cancelled) return; // a newer move replaced this one
      error = String(e);
      this.log.error(`heap panel: ${error}`);
    }
    this.lastHeap = { step, view };
    this.post(t, { type: 'heap', step, view, ...(error !== undefined ? { error } : {}) });
    this.highlightLine(uri, view?.line ?? null);
  }

  private highlightLine(uri: vscode.Uri, line: number | null): void {
    for (const ed of vscode.window.visibleTextEditors) {
      if (ed.document.uri.toString() !== uri.toString()) continue;
      if (line === null || line < 1 || line > ed.document.lineCount) {
        ed.setDecorations(this.highlight, []);
        continue;
      }
      const range = new vscode.Range(line - 1, 0, line - 1, 0);
      ed.setDecorations(this.highlight, [range]);
      ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  private async revealLine(line: number): Promise<void> {
    if (this.doc === null) return;
    const doc = await vscode.workspace.openTextDocument(this.doc);
    const at = new vscode.Position(Math.max(0, Math.min(doc.lineCount - 1, line - 1)), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preserveFocus: false, viewColumn: vscode.ViewColumn.One });
  }

  /** The cursor moved onto a traced line: the panel goes to that line's last execution. */
  private onCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    if (this.doc === null || e.textEditor.document.uri.toString() !== this.doc.toString()) return;
    if (e.kind !== vscode.TextEditorSelectionChangeKind.Mouse && e.kind !== vscode.TextEditorSelectionChangeKind.Keyboard) return;
    if (this.targets.size === 0) return;
    const r = this.current();
    // another Markdown block or cell: the panel shows that snippet's run
    if (r !== null && r.snippet.startLine !== this.snippetStart) this.sendSession();
    const line = e.selections[0].active.line + 1;
    const facts = r?.shown.trace?.lines.find((l) => l.line === line);
    if (facts === undefined || facts.afterStep <= 0) return;
    this.broadcast({ type: 'goto', step: facts.afterStep });
  }
}
