// One session per open document: which snippets it has, when to simulate them (debounced on
// edit, a superseded run cancelled), and the last results — one per snippet, for the version
// shown — which every provider reads. A document with a syntax error keeps its last good
// results (the error itself is reported).
import * as vscode from 'vscode';
import type { ProfileId, SimulationResult, SimulateOptions } from '../engine';
import { parseSnippets, isAnnotated, appliesTo, type Snippet } from '../engine/annotations';
import { Cancelled, type EngineClient } from './engineClient';
import type { Settings } from './settings';

export interface SnippetResult {
  snippet: Snippet;
  /** The version shown (the selected one, or the snippet's first declared one). */
  shown: SimulationResult;
  /** Every declared version (for failed expectations on any of them). */
  all: SimulationResult[];
}

export interface DocumentState {
  version: number;
  results: SnippetResult[];
  /** The newest text did not parse: results are from an older version of the document. */
  stale: boolean;
  syntaxError: SimulationResult | null;
}

export function documentKind(doc: vscode.TextDocument): 'py' | 'md' | null {
  if (doc.languageId === 'python') return 'py';
  if (doc.languageId === 'markdown') return 'md';
  return null;
}

export class Sessions implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents traced on command (`HeapLens: Trace This File`) though not annotated. */
  private readonly forced = new Set<string>();
  /** Documents with a simulation in flight. */
  private readonly running = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly engine: EngineClient,
    private readonly settings: () => Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get(uri: vscode.Uri): DocumentState | undefined {
    return this.states.get(uri.toString());
  }

  /** The results for this version of the document, waiting (up to `ms`) while a simulation of
   * it is scheduled or running, so a provider asked right after an edit answers with fresh
   * results instead of stale ones followed by a second refresh. */
  async fresh(doc: vscode.TextDocument, ms: number, token?: vscode.CancellationToken): Promise<DocumentState | undefined> {
    const key = doc.uri.toString();
    const ready = (): boolean => {
      const st = this.states.get(key);
      return st === undefined ? !this.timers.has(key) && !this.running.has(key) : st.version >= doc.version || !(this.timers.has(key) || this.running.has(key));
    };
    if (!ready()) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          sub.dispose();
          cancel?.dispose();
          resolve();
        };
        const timer = setTimeout(done, ms);
        const sub = this.changed.event((uri) => {
          if (uri.toString() === key && ready()) done();
        });
        const cancel = token?.onCancellationRequested(done);
      });
    }
    return this.states.get(key);
  }

  /** Should this document be traced (annotations, a command, or the autoTrace setting)? */
  traced(doc: vscode.TextDocument): boolean {
    const kind = documentKind(doc);
    if (kind === null) return false;
    const s = this.settings();
    if (s.autoTrace === 'off' && !this.forced.has(doc.uri.toString())) return false;
    if (this.forced.has(doc.uri.toString()) || (kind === 'py' && s.autoTrace === 'always')) return true;
    return isAnnotated(doc.getText(), kind);
  }

  force(doc: vscode.TextDocument): Promise<void> {
    this.forced.add(doc.uri.toString());
    return this.simulate(doc);
  }

  /** Is the document shown in an editor? VS Code also opens documents no one looks at (the
   * workspace check, search, source control, other extensions): those are simulated only once
   * an editor shows them, so they never queue long runs ahead of the file being edited. */
  private shown(doc: vscode.TextDocument): boolean {
    const key = doc.uri.toString();
    return vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key);
  }

  /** The document changed (or opened): simulate again after a short pause. A document not yet
   * simulated waits until an editor shows it ({@link showEditors}). */
  schedule(doc: vscode.TextDocument, delay = this.settings().debounceMs, evenIfHidden = false): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
    if (!this.traced(doc)) {
      if (this.states.delete(key)) this.changed.fire(doc.uri);
      return;
    }
    if (!evenIfHidden && !this.states.has(key) && !this.running.has(key) && !this.forced.has(key) && !this.shown(doc)) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.simulate(doc);
      }, delay),
    );
  }

  close(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
    this.forced.delete(key);
    if (this.states.delete(key)) this.changed.fire(doc.uri);
  }

  /** Re-simulate every traced open document (a setting changed). */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (documentKind(doc) !== null) this.schedule(doc, 0);
  }

  /** Editors came into view: simulate the documents they show that have no results yet. */
  showEditors(editors: readonly vscode.TextEditor[]): void {
    for (const ed of editors) this.want(ed.document);
  }

  /** Someone needs this document's results (an editor shows it, VS Code asks for its lenses):
   * simulate it now unless it has results or a run is already on its way. */
  want(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (documentKind(doc) === null || this.states.has(key) || this.timers.has(key) || this.running.has(key)) return;
    this.schedule(doc, 0, true);
  }

  options(s: Settings, python: ProfileId, snippet: Snippet, extra: Partial<SimulateOptions> = {}): SimulateOptions {
    return {
      python,
      filename: '',
      trace: true,
      maxSteps: s.budgetSteps,
      maxMillis: s.budgetMillis,
      maxHeapBytes: s.budgetHeapMB * 1024 * 1024,
      stdout: snippet.settings.stdout ?? s.stdout,
      gcThresholds: snippet.settings.threshold ?? s.gcThresholds ?? undefined,
      annotations: { expectations: snippet.expectations.filter((e) => appliesTo(e, python)), snapshots: snippet.snapshots },
      ...extra,
    };
  }

  /** The version a snippet is shown on: the selected one if the snippet allows it. */
  shownVersion(snippet: Snippet): ProfileId {
    const selected = this.settings().python;
    const declared = snippet.settings.pythons;
    return declared === null || declared.includes(selected) ? selected : declared[0];
  }

  async simulate(doc: vscode.TextDocument): Promise<void> {
    const kind = documentKind(doc);
    if (kind === null) return;
    const key = doc.uri.toString();
    const version = doc.version;
    const text = doc.getText();
    const s = this.settings();
    const snippets = parseSnippets(text, kind);
    const started = Date.now();
    this.running.add(key);
    try {
      const results: SnippetResult[] = [];
      let syntaxError: SimulationResult | null = null;
      for (const [i, snippet] of snippets.entries()) {
        const shownPy = this.shownVersion(snippet);
        const versions = snippet.settings.pythons ?? [shownPy];
        const all: SimulationResult[] = [];
        let shown: SimulationResult | null = null;
        for (const py of [shownPy, ...versions.filter((v) => v !== shownPy)]) {
          const opts = this.options(s, py, snippet, { filename: doc.uri.fsPath || doc.uri.path });
          const r = await this.engine.run(`${key}#${i}#${py}`, snippet.source, opts);
          if (py === shownPy) shown = r;
          if (versions.includes(py)) all.push(r);
          if (r.outcome === 'syntax-error') break;
        }
        const sh = shown as SimulationResult;
        if (sh.outcome === 'syntax-error') syntaxError = sh;
        results.push({ snippet, shown: sh, all });
      }
      const prev = this.states.get(key);
      if (syntaxError !== null && prev !== undefined) {
        // keep the last good lenses while the text does not parse; report the error
        this.states.set(key, { ...prev, stale: true, syntaxError });
      } else {
        this.states.set(key, { version, results, stale: false, syntaxError });
      }
      this.log.debug(`simulated ${doc.uri.fsPath} v${version} in ${Date.now() - started} ms`);
      this.changed.fire(doc.uri);
    } catch (e) {
      if (e instanceof Cancelled) return;
      this.log.error(`simulation of ${doc.uri.fsPath} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (doc.version === version) this.running.delete(key);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.changed.dispose();
  }
}
