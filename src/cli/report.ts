// `heaplens report FILE -o report.html`: one self-contained HTML file with the heap panel's
// views (arena map, GC timeline, heap over time, object graph, frames, time travel) and the
// program's source, for sharing or as a CI artefact. It needs no server and no VS Code: the
// panel's own bundle is inlined, with a stand-in for the webview API that answers from heaps
// captured during the simulation (every step of a short run; for a long one the steps that
// matter — after each line last ran, every @snapshot and collection — and evenly spaced ones).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { simulate, parseSnippets } from '../engine';
import type { SimulateOptions, SimulationResult } from '../engine';
import type { HeapView } from '../engine/result';
import { panelSession } from '../panel/session';
import type { PanelSession } from '../panel/protocol';

/** Steps with a heap in the report: every one up to this many, else a selection of about as many. */
const MAX_VIEWS = 400;
/** Keep the file shareable: thin the captured heaps out past this much JSON. */
const MAX_JSON_BYTES = 24 * 1024 * 1024;

export interface ReportInput {
  source: string;
  file: string;
  /** The simulation's options (version, budgets…); trace and captures are added. */
  options: SimulateOptions;
}

export interface Report {
  html: string;
  result: SimulationResult;
  /** How many steps carry a heap, and whether the run was long enough to need a selection. */
  views: number;
  selected: boolean;
  /** Set when the file has several snippets (cells, Markdown blocks): only the first is reported. */
  note: string | null;
}

function plannedSteps(s: PanelSession): { steps: number[]; selected: boolean } {
  const end = s.steps + 1;
  if (end <= MAX_VIEWS) return { steps: Array.from({ length: end }, (_, i) => i + 1), selected: false };
  const want = new Set<number>([1, end]);
  for (const l of s.lines) if (l.afterStep > 0) want.add(l.afterStep);
  for (const sn of s.snapshots) want.add(sn.step);
  for (const c of s.timeline.collections.slice(0, 100)) want.add(c.step);
  const key = [...want].sort((a, b) => a - b).slice(0, MAX_VIEWS - 100);
  const out = new Set(key);
  for (let i = 1; out.size < MAX_VIEWS && i <= 200; i++) out.add(Math.max(1, Math.round((end * i) / 200)));
  return { steps: [...out].sort((a, b) => a - b), selected: true };
}

/** Every other heap, keeping the first and the last, until the JSON fits. */
function thin(views: { step: number; view: HeapView }[]): { step: number; view: HeapView }[] {
  let v = views;
  while (v.length > 2 && JSON.stringify(v).length > MAX_JSON_BYTES) v = v.filter((_, i) => i % 2 === 0 || i === v.length - 1);
  return v;
}

/** `</script>` and friends cannot end the inline JSON or script early. */
function inlineSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The stand-in for VS Code's webview API: answers the panel from the captured heaps. */
const STUB = `(() => {
  const data = JSON.parse(document.getElementById('heaplens-data').textContent);
  const steps = data.views.map((v) => v.step);
  const byStep = new Map(data.views.map((v) => [v.step, v.view]));
  let state;
  const send = (m) => window.dispatchEvent(new MessageEvent('message', { data: m }));
  const lines = document.querySelectorAll('.source li');
  const mark = (line) => {
    for (const li of document.querySelectorAll('.source li.current')) li.classList.remove('current');
    const li = lines[line - 1];
    if (li) { li.classList.add('current'); li.scrollIntoView({ block: 'nearest' }); }
  };
  const nearest = (s) => {
    let best = steps[0];
    for (const x of steps) if (Math.abs(x - s) < Math.abs(best - s) || (Math.abs(x - s) === Math.abs(best - s) && x < best)) best = x;
    return best;
  };
  window.acquireVsCodeApi = () => ({
    postMessage(m) {
      setTimeout(() => {
        if (m.type === 'ready') send({ type: 'state', state: { kind: 'session', session: data.session } });
        else if (m.type === 'seek') {
          if (byStep.has(m.step)) {
            const view = byStep.get(m.step);
            send({ type: 'heap', step: m.step, view });
            if (view) mark(view.line);
          } else send({ type: 'goto', step: nearest(m.step) });
        } else if (m.type === 'reveal') mark(m.line);
      }, 0);
    },
    getState: () => state,
    setState: (s) => { state = s; },
  });
})();`;

export function buildReport(input: ReportInput): Report {
  const snippets = parseSnippets(input.source, input.file.endsWith('.md') ? 'md' : 'py');
  const snippet = snippets[0];
  const note = snippets.length > 1 ? `${snippets.length} snippets in ${basename(input.file)}: the report shows the first (lines ${snippet.startLine}–${snippet.endLine})` : null;
  const source = snippet?.source ?? input.source;
  const annotations = snippet ? { expectations: snippet.expectations, snapshots: snippet.snapshots } : undefined;
  const result = simulate(source, { ...input.options, trace: true, annotations });
  const session = panelSession(result, { uri: input.file, title: basename(input.file), lineOffset: 0, thresholds: snippet?.settings.threshold ?? undefined });
  if (session === null) throw new Error(`no trace: ${result.error?.message ?? result.outcome}`);
  const plan = plannedSteps(session);
  const captured = simulate(source, { ...input.options, trace: false, captureAtSteps: plan.steps }).heapViews ?? [];
  // key each heap by the step the panel asks for: the captured step, and the end as steps + 1
  const views = captured.map((view, i) => ({ step: i === captured.length - 1 && plan.steps[plan.steps.length - 1] === session.steps + 1 ? session.steps + 1 : view.step, view }));
  const unique = [...new Map(views.map((v) => [v.step, v])).values()].sort((a, b) => a.step - b.step);
  const kept = thin(unique);
  const dir = __dirname;
  const css = readFileSync(join(dir, 'webview', 'panel.css'), 'utf8') + '\n' + readFileSync(join(dir, 'webview', 'report.css'), 'utf8');
  const script = readFileSync(join(dir, 'webview', 'panel.js'), 'utf8');
  const data = inlineSafe(JSON.stringify({ session, views: kept }));
  const listing = input.source.split(/\r\n|\r|\n/).map((l) => `<li>${escapeHtml(l) || ' '}</li>`).join('');
  const coverage = plan.selected
    ? `Heaps at ${kept.length} of ${session.steps.toLocaleString('en-US')} steps (after each line last ran, every snapshot and collection, and evenly spaced ones); the slider moves to the nearest.`
    : `A heap at every step (${session.steps.toLocaleString('en-US')}).`;
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="heaplens report">
<title>HeapLens: ${escapeHtml(basename(input.file))} on ${escapeHtml(session.pythonLabel)}</title>
<style>${css}</style>
</head>
<body>
<p class="report-note">HeapLens report — ${escapeHtml(basename(input.file))}, simulated on ${escapeHtml(session.pythonLabel)}. ${escapeHtml(coverage)}${note ? ` ${escapeHtml(note)}.` : ''}</p>
<div class="report">
<section class="source" aria-label="Source"><ol>${listing}</ol></section>
<main id="app"></main>
</div>
<script type="application/json" id="heaplens-data">${data}</script>
<script>${STUB}</script>
<script>${inlineSafe(script)}</script>
</body>
</html>
`;
  return { html, result, views: kept.length, selected: plan.selected, note };
}
