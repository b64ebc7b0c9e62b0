// The messages between the extension host and the heap panel (a webview), in one module both
// sides import. Only compact data crosses: the run's summary and timeline once per result, and
// the heap at the one step being looked at — never a heap per step.
//
// Every message is validated on arrival (`parseToHost` on the host, `parseToPanel` in the
// webview); anything malformed is dropped and logged, never acted on.
import type { HeapView, Timeline, ProfileId } from '../engine/result';

/** pymalloc's geometry for the version simulated (see docs/profiles.md). */
export interface Geometry {
  arenaSize: number;
  poolSize: number;
  /** Pools a fresh arena holds (64, or 63 when pools are larger than mmap's alignment). */
  poolsPerArena: number;
  /** Size-class spacing in bytes (16 on 64-bit 3.8+, 8 in the historical profile). */
  alignment: number;
  /** Requests above this go to malloc (512). */
  smallRequestThreshold: number;
}

/** One traced line, for the lenses' "open at this line" and the editor-cursor → step link. */
export interface PanelLine {
  line: number;
  executions: number;
  /** The step right after the line last ran. */
  afterStep: number;
  bytesDelta: number;
}

/** What the panel knows about one simulation result. */
export interface PanelSession {
  /** The document (a URI string) and a short name for it. */
  uri: string;
  title: string;
  python: ProfileId;
  pythonLabel: string;
  /** Statements executed by the whole run (the slider's range). */
  steps: number;
  outcome: string;
  error: string | null;
  geometry: Geometry;
  /** The collector's thresholds the run started with. */
  thresholds: [number, number, number];
  timeline: Timeline;
  lines: PanelLine[];
  /** `# @snapshot` labels, each time its statement finished. */
  snapshots: { label: string; step: number; line: number }[];
  findings: { code: string; severity: string; line: number; message: string }[];
  /** For a Markdown block or a `# %% heap` cell: its first line in the document (0-based), to
   * map the snippet's lines to the editor's. */
  lineOffset: number;
}

/** The panel's state as the host sends it. */
export type PanelState =
  | { kind: 'empty'; message: string }
  | { kind: 'loading'; title: string }
  | { kind: 'session'; session: PanelSession };

export type ToPanel =
  | { type: 'state'; state: PanelState }
  /** The heap at `step` (what the run looked like when the line `view.line` was about to run). */
  | { type: 'heap'; step: number; view: HeapView | null; error?: string }
  /** The host asks the panel to go to a step (a lens was clicked, the cursor moved). */
  | { type: 'goto'; step: number };

export type ToHost =
  | { type: 'ready' }
  | { type: 'seek'; step: number }
  /** Reveal a (snippet) line in the editor. */
  | { type: 'reveal'; line: number }
  | { type: 'openInEditor' };

// ---------------------------------------------------------------- validation

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e12;

/** A message from the webview, or null if it is not one the host understands. */
export function parseToHost(m: unknown): ToHost | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'ready':
    case 'openInEditor':
      return { type: m.type };
    case 'seek':
      return isStep(m.step) ? { type: 'seek', step: m.step } : null;
    case 'reveal':
      return isStep(m.line) && m.line >= 1 ? { type: 'reveal', line: m.line } : null;
    default:
      return null;
  }
}

function isNumArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}

function validTimeline(t: unknown): boolean {
  if (!isObj(t)) return false;
  const cols = ['step', 'line', 'heapBytes', 'mallocBytes', 'gen0', 'gen1', 'gen2', 'arenas', 'pools'];
  if (!cols.every((c) => isNumArray(t[c]))) return false;
  const n = (t.step as number[]).length;
  return cols.every((c) => (t[c] as number[]).length === n) && Array.isArray(t.collections) && isObj(t.peak);
}

function validSession(s: unknown): boolean {
  if (!isObj(s)) return false;
  return typeof s.uri === 'string' && typeof s.title === 'string' && typeof s.python === 'string' && isStep(s.steps)
    && isObj(s.geometry) && isNumArray(s.thresholds) && validTimeline(s.timeline)
    && Array.isArray(s.lines) && Array.isArray(s.snapshots) && Array.isArray(s.findings) && typeof s.lineOffset === 'number';
}

function validView(v: unknown): boolean {
  if (v === null) return true;
  if (!isObj(v)) return false;
  return isStep(v.step) && typeof v.line === 'number' && Array.isArray(v.frames) && Array.isArray(v.objects) && Array.isArray(v.arenas);
}

/** A message from the host, or null if it is malformed. */
export function parseToPanel(m: unknown): ToPanel | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'state': {
      const st = m.state;
      if (!isObj(st)) return null;
      if (st.kind === 'empty' && typeof st.message === 'string') return { type: 'state', state: { kind: 'empty', message: st.message } };
      if (st.kind === 'loading' && typeof st.title === 'string') return { type: 'state', state: { kind: 'loading', title: st.title } };
      if (st.kind === 'session' && validSession(st.session)) return m as ToPanel;
      return null;
    }
    case 'heap':
      return isStep(m.step) && validView(m.view) ? (m as ToPanel) : null;
    case 'goto':
      return isStep(m.step) ? { type: 'goto', step: m.step } : null;
    default:
      return null;
  }
}
