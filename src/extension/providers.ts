// CodeLens, hover, diagnostics and quick fixes, all reading the sessions' cached results.
import * as vscode from 'vscode';
import type { Finding, HeapView } from '../engine/result';
import { lenses, hoverMarkdown, diagnostics, type DiagnosticSpec } from './present';
import { fixesFor } from './fixes';
import type { Sessions } from './sessions';
import type { EngineClient } from './engineClient';
import type { Settings } from './settings';

const DOCS = 'https://github.com/heaplens/heaplens/blob/main/docs/findings.md';

export class LensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  /** Per document: the version VS Code last asked lenses for, and the requests still waiting. */
  private readonly asked = new Map<string, number>();
  private readonly waiting = new Map<string, number>();

  constructor(
    private readonly sessions: Sessions,
    private readonly settings: () => Settings,
  ) {
    sessions.onDidChange((uri) => {
      if (!this.willBeAsked(uri)) this.changed.fire();
    });
  }

  /** New results for this document that VS Code will request anyway: a request is waiting for
   * them, or the text changed since VS Code last asked (it asks once its own pause after the
   * edit ends). Announcing them would restart that pause and delay the new lenses by it. */
  private willBeAsked(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const st = this.sessions.get(uri);
    if (doc === undefined || st === undefined || st.stale || st.version !== doc.version) return false;
    if ((this.waiting.get(key) ?? 0) > 0) return true;
    const asked = this.asked.get(key);
    return asked !== undefined && asked < doc.version;
  }

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const key = doc.uri.toString();
    this.asked.set(key, doc.version);
    this.waiting.set(key, (this.waiting.get(key) ?? 0) + 1);
    this.sessions.want(doc);
    let st;
    try {
      st = await this.sessions.fresh(doc, 1500, token);
    } finally {
      this.waiting.set(key, (this.waiting.get(key) ?? 1) - 1);
    }
    if (st === undefined) return [];
    const detail = this.settings().lensDetail;
    const out: vscode.CodeLens[] = [];
    for (const r of st.results) {
      for (const l of lenses(r.shown, detail)) {
        if (l.line >= doc.lineCount) continue;
        const range = new vscode.Range(l.line, 0, l.line, 0);
        out.push(new vscode.CodeLens(range, { title: l.title, tooltip: l.tooltip, command: 'heaplens.openAtStep', arguments: [doc.uri, l.step, l.line + 1] }));
      }
    }
    return out;
  }
}

export class HeapHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly sessions: Sessions,
    private readonly engine: EngineClient,
    private readonly settings: () => Settings,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | null> {
    const st = this.sessions.get(doc.uri);
    if (st === undefined) return null;
    const range = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    if (range === undefined) return null;
    const name = doc.getText(range);
    const line = pos.line + 1;
    for (const r of st.results) {
      const facts = r.shown.trace?.lines.find((l) => l.line === line);
      if (facts === undefined || !facts.refs.some((x) => x.name === name)) continue;
      // the heap right after the line last ran: where the object lives, who refers to it
      let view: HeapView | null = null;
      if (facts.afterStep > 0) {
        try {
          const s = this.settings();
          const opts = this.sessions.options(s, r.shown.profile, r.snippet, { trace: false, annotations: undefined, stopAtStep: facts.afterStep });
          const res = await this.engine.run(`hover:${doc.uri.toString()}`, r.snippet.source, opts);
          view = res.heapView ?? null;
        } catch {
          view = null;
        }
      }
      if (token.isCancellationRequested) return null;
      const md = hoverMarkdown(facts, name, r.shown.profile, view);
      if (md === null) continue;
      return new vscode.Hover(new vscode.MarkdownString(md), range);
    }
    return null;
  }
}

const SEVERITY: Record<DiagnosticSpec['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Diagnostics carry the finding they came from, for the quick fixes. */
const findingOf = new WeakMap<vscode.Diagnostic, Finding>();

export function toDiagnostics(doc: vscode.TextDocument, specs: DiagnosticSpec[], findings: Finding[]): vscode.Diagnostic[] {
  return specs.map((d) => {
    const line = Math.min(d.line, Math.max(0, doc.lineCount - 1));
    const text = doc.lineAt(line).text;
    const range = new vscode.Range(line, Math.min(d.col, text.length), line, d.endCol ?? text.length);
    const diag = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
    diag.source = 'HeapLens';
    diag.code = { value: d.code, target: vscode.Uri.parse(`${DOCS}#${d.code}`) };
    diag.relatedInformation = d.related
      .filter((r) => r.line >= 1 && r.line <= doc.lineCount)
      .map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, new vscode.Position(r.line - 1, 0)), r.message));
    const tags: vscode.DiagnosticTag[] = [];
    if (d.tags.includes('unnecessary')) tags.push(vscode.DiagnosticTag.Unnecessary);
    if (d.tags.includes('deprecated')) tags.push(vscode.DiagnosticTag.Deprecated);
    if (tags.length > 0) diag.tags = tags;
    const f = findings.find((x) => x.code === d.code && x.line - 1 === d.line);
    if (f !== undefined) findingOf.set(diag, f);
    return diag;
  });
}

/** Problems of a document: every snippet, the shown version's findings and failed
 * expectations on any declared version. */
export function documentDiagnostics(doc: vscode.TextDocument, sessions: Sessions): vscode.Diagnostic[] {
  const st = sessions.get(doc.uri);
  if (st === undefined) return [];
  const out: vscode.Diagnostic[] = [];
  const lineText = (i: number): string => (i >= 0 && i < doc.lineCount ? doc.lineAt(i).text : '');
  for (const r of st.results) {
    const specs = diagnostics(r.shown, lineText);
    for (const other of r.all) {
      if (other === r.shown) continue;
      for (const d of diagnostics(other, lineText)) if (d.code.startsWith('expect-')) specs.push(d);
    }
    out.push(...toDiagnostics(doc, specs, r.shown.findings ?? []));
  }
  if (st.syntaxError !== null && st.stale) out.push(...toDiagnostics(doc, diagnostics(st.syntaxError, lineText), []));
  return out;
}

export class FixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const lines = doc.getText().split(/\r?\n/);
    for (const diag of ctx.diagnostics) {
      if (diag.source !== 'HeapLens') continue;
      const f = findingOf.get(diag);
      if (f === undefined) continue;
      for (const fix of fixesFor(lines, f)) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diag];
        a.isPreferred = true;
        const edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(e.line, 0, e.endLine, 0), e.text);
        a.edit = edit;
        out.push(a);
      }
    }
    return out;
  }
}
