// The heap panel (runs in the webview). It receives one session per simulation result and the
// heap at the step being looked at, and draws: the arena/pool map, the collector's timeline,
// heap over time, the object graph and the frames; with a time-travel bar (slider, step and
// line buttons, keyboard) whose moves ask the host for the heap at the new step.
import type { HeapView } from '../src/engine/result';
import { parseToPanel, type PanelSession, type PanelState } from '../src/panel/protocol';
import { registerToolkit, button, tabs } from './toolkit';
import { post, loadState, saveState, type SavedState } from './host';
import { el, fitCanvas, themeColor, font, sampleAt, bytesText } from './draw';
import { ArenaMap } from './views/arenaMap';
import { GcTimeline } from './views/gcTimeline';
import { HeapChart } from './views/heapChart';
import { ObjectGraph } from './views/graph';
import { Frames } from './views/frames';

registerToolkit();

const TABS = [
  { id: 'memory', title: 'Arenas' },
  { id: 'gc', title: 'GC' },
  { id: 'heap', title: 'Heap' },
  { id: 'graph', title: 'Objects' },
  { id: 'frames', title: 'Frames' },
];

const saved: SavedState = loadState();
let session: PanelSession | null = null;
let step = 0;
let view: HeapView | null = null;
let viewStep = -1;
let seekTimer: ReturnType<typeof setTimeout> | null = null;
let requested = -1;
const dirty = new Set<string>();
/** Timings the tests read (ms). */
const perf = {
  sessionAt: 0,
  /** Drawing what a session brings (charts, ruler) when it arrives. */
  sessionRender: -1,
  /** From the session's arrival to the first heap drawn (includes waiting for the host). */
  firstRender: -1,
  /** Drawing the first heap of a session, and the latest one. */
  firstHeapRender: -1,
  lastRender: -1,
  renders: 0,
};
(window as unknown as { heaplens: unknown }).heaplens = {
  perf,
  get step() {
    return step;
  },
  get viewStep() {
    return viewStep;
  },
  stats: () => ({ map: arenaMap.stats(), collections: gc.markerCount, graph: graph.stats }),
};

// ---------------------------------------------------------------- layout

const app = document.getElementById('app') as HTMLElement;
const header = el('header');
const title = el('h3', 'HeapLens');
const subtitle = el('p', '', 'muted');
header.append(title, subtitle);
const message = el('p', '', 'message');

const travel = el('section', undefined, 'travel');
travel.setAttribute('aria-label', 'Time travel');
const slider = el('input');
slider.type = 'range';
slider.min = '1';
slider.value = '1';
slider.setAttribute('aria-label', 'Step');
const stepLabel = el('span', '', 'step-label');
stepLabel.setAttribute('aria-live', 'polite');
const ruler = el('canvas', undefined, 'ruler');
ruler.setAttribute('role', 'img');
const buttons = el('div', undefined, 'buttons');
/** A control that needs VS Code (the `heaplens report` page hides it: media/report.css). */
function hostOnly(e: HTMLElement): HTMLElement {
  e.classList.add('host-only');
  return e;
}
buttons.append(
  button('Previous line (Shift+Left)', '⇤', () => moveLine(-1)),
  button('Step back (Left)', '◀', () => seek(step - 1)),
  button('Step forward (Right)', '▶', () => seek(step + 1)),
  button('Next line (Shift+Right)', '⇥', () => moveLine(1)),
  hostOnly(button('Open in editor area', '↗', () => post({ type: 'openInEditor' }))),
);
travel.append(buttons, slider, stepLabel, ruler);
const body = el('div', undefined, 'body');
app.append(header, message, travel, body);

const arenaMap = new ArenaMap({
  onSelectPool: (p) => {
    saved.pool = p;
    saveState(saved);
  },
  onRevealLine: (line) => post({ type: 'reveal', line }),
});
const gc = new GcTimeline((s) => seek(s));
const heap = new HeapChart(
  (s) => seek(s),
  (line) => post({ type: 'reveal', line }),
);
const graph = new ObjectGraph();
const frames = new Frames((line) => post({ type: 'reveal', line }));
const views = tabs(body, TABS, saved.tab, (id) => {
  saved.tab = id;
  saveState(saved);
  renderTab(id);
});
views.memory.append(arenaMap.root);
views.gc.append(gc.root);
views.heap.append(heap.root);
views.graph.append(graph.root);
views.frames.append(frames.root);

// ---------------------------------------------------------------- state

function lastStep(): number {
  return session === null ? 1 : session.steps + 1;
}

function setState(st: PanelState): void {
  if (st.kind !== 'session') {
    session = null;
    view = null;
    travel.hidden = true;
    body.hidden = true;
    message.textContent = st.kind === 'empty' ? st.message : `Simulating ${st.title}…`;
    return;
  }
  const s = st.session;
  const same = session !== null && session.uri === s.uri;
  session = s;
  perf.sessionAt = performance.now();
  perf.firstRender = -1;
  travel.hidden = false;
  body.hidden = false;
  title.textContent = s.title;
  subtitle.textContent = `${s.pythonLabel} · ${s.steps.toLocaleString('en-US')} steps · ${s.outcome}${s.error ? `: ${s.error}` : ''}`;
  message.textContent = '';
  slider.max = String(lastStep());
  const keep = saved.step !== null && saved.step <= lastStep() ? saved.step : lastStep();
  step = same ? Math.min(step, lastStep()) : keep;
  view = null;
  viewStep = -1;
  requested = -1;
  for (const t of TABS) dirty.add(t.id);
  gc.show(s, step);
  heap.show(s, step);
  drawRuler();
  perf.sessionRender = performance.now() - perf.sessionAt;
  seek(step, true);
}

function seek(to: number, now = false): void {
  if (session === null) return;
  step = Math.max(1, Math.min(lastStep(), Math.round(to)));
  slider.value = String(step);
  saved.step = step;
  saveState(saved);
  updateLabel();
  gc.chart.moveCursor(step);
  heap.chart.moveCursor(step);
  drawRuler();
  if (seekTimer !== null) clearTimeout(seekTimer);
  const send = (): void => {
    seekTimer = null;
    if (requested === step) return;
    requested = step;
    post({ type: 'seek', step });
  };
  if (now) send();
  else seekTimer = setTimeout(send, 40);
}

function updateLabel(): void {
  if (session === null) return;
  const at = step > session.steps ? 'end of the program' : `step ${step.toLocaleString('en-US')} of ${session.steps.toLocaleString('en-US')}`;
  const t = session.timeline;
  const i = sampleAt(t.step, step);
  const bytes = i >= 0 ? ` · heap ${bytesText(t.heapBytes[i])}` : '';
  const line = view !== null && viewStep === step ? ` · line ${view.line + session.lineOffset}` : '';
  stepLabel.textContent = `${at}${line}${bytes}`;
}

/** The previous/next step where another line starts (exact where the timeline sampled every step). */
function moveLine(dir: -1 | 1): void {
  if (session === null) return;
  const t = session.timeline;
  const i = sampleAt(t.step, step);
  const cur = i >= 0 ? t.line[i] : -1;
  if (dir > 0) {
    for (let k = Math.max(0, i + 1); k < t.step.length; k++) if (t.step[k] > step && t.line[k] !== cur) return seek(t.step[k]);
    return seek(lastStep());
  }
  let k = i;
  while (k >= 0 && t.line[k] === cur) k--;
  if (k < 0) return seek(1);
  // the start of that earlier line's run of samples
  const line = t.line[k];
  while (k > 0 && t.line[k - 1] === line) k--;
  seek(t.step[k]);
}

function drawRuler(): void {
  if (session === null) return;
  const width = travel.clientWidth || 300;
  const ctx = fitCanvas(ruler, width, 22);
  const s = session;
  const x = (st: number): number => 8 + ((width - 16) * (st - 1)) / Math.max(1, lastStep() - 1);
  ctx.font = font(10);
  ctx.textBaseline = 'top';
  const fg = themeColor('foreground');
  ctx.strokeStyle = themeColor('charts-purple', 'foreground');
  ctx.globalAlpha = 0.6;
  for (const c of s.timeline.collections) {
    ctx.beginPath();
    ctx.moveTo(x(c.step) + 0.5, 0);
    ctx.lineTo(x(c.step) + 0.5, 5);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = themeColor('charts-green', 'foreground');
  ctx.fillStyle = fg;
  for (const sn of s.snapshots) {
    ctx.beginPath();
    ctx.moveTo(x(sn.step) + 0.5, 0);
    ctx.lineTo(x(sn.step) + 0.5, 10);
    ctx.stroke();
    ctx.fillText(sn.label, Math.min(x(sn.step) + 2, width - ctx.measureText(sn.label).width), 10);
  }
  ctx.strokeStyle = themeColor('focusBorder', 'foreground');
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x(step), 0);
  ctx.lineTo(x(step), 22);
  ctx.stroke();
  ruler.setAttribute('aria-label', `${s.snapshots.length} snapshot${s.snapshots.length === 1 ? '' : 's'}${s.snapshots.length ? ': ' + s.snapshots.map((x2) => `${x2.label} at step ${x2.step}`).join(', ') : ''}; ${s.timeline.collections.length} collections`);
}

ruler.addEventListener('click', (e) => {
  if (session === null) return;
  const r = ruler.getBoundingClientRect();
  const st = 1 + ((e.clientX - r.left - 8) / Math.max(1, r.width - 16)) * (lastStep() - 1);
  // snap to a snapshot tick near the pointer
  const near = session.snapshots.find((sn) => Math.abs(sn.step - st) <= (lastStep() / Math.max(1, r.width)) * 6);
  seek(near ? near.step : st);
});

// ---------------------------------------------------------------- rendering

function renderTab(id: string): void {
  if (session === null || !dirty.has(id)) return;
  dirty.delete(id);
  switch (id) {
    case 'memory':
      arenaMap.show(view, session.geometry, saved.pool);
      break;
    case 'gc':
      gc.chart.draw();
      break;
    case 'heap':
      heap.showTypes(view);
      heap.chart.draw();
      break;
    case 'graph':
      graph.show(view);
      break;
    case 'frames':
      frames.show(view);
      break;
  }
}

function onHeap(at: number, v: HeapView | null, error: string | undefined): void {
  if (session === null || at !== step) return; // superseded by a newer move
  const t0 = performance.now();
  view = v;
  viewStep = at;
  message.textContent = error ?? (v === null ? 'The run ended before this step.' : '');
  for (const t of TABS) if (t.id !== 'gc') dirty.add(t.id);
  renderTab(saved.tab);
  updateLabel();
  perf.lastRender = performance.now() - t0;
  perf.renders++;
  if (perf.firstRender < 0) {
    perf.firstRender = performance.now() - perf.sessionAt;
    perf.firstHeapRender = perf.lastRender;
  }
}

// ---------------------------------------------------------------- input

slider.addEventListener('input', () => seek(Number(slider.value)));
document.addEventListener('keydown', (e) => {
  if (session === null || e.target instanceof HTMLInputElement || e.defaultPrevented) return;
  const k = e.key;
  if (k === 'ArrowLeft' || k === 'ArrowRight') {
    const dir = k === 'ArrowLeft' ? -1 : 1;
    if (e.shiftKey) moveLine(dir);
    else seek(step + dir);
  } else if (k === 'Home') seek(1);
  else if (k === 'End') seek(lastStep());
  else if (k === 'PageUp' || k === 'PageDown') seek(step + (k === 'PageUp' ? -1 : 1) * Math.max(1, Math.round(lastStep() / 10)));
  else return;
  e.preventDefault();
});
new ResizeObserver(() => drawRuler()).observe(travel);

window.addEventListener('message', (e: MessageEvent) => {
  const m = parseToPanel(e.data);
  if (m === null) {
    console.warn('heaplens panel: ignored a malformed message', e.data);
    return;
  }
  if (m.type === 'state') setState(m.state);
  else if (m.type === 'heap') onHeap(m.step, m.view, m.error);
  else if (m.type === 'goto') seek(m.step, true);
});

setState({ kind: 'empty', message: 'Open a Python file HeapLens traces (or a Markdown file with python heap blocks).' });
post({ type: 'ready' });
