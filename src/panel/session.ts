// Builds what the heap panel is sent about one simulation result (the extension host and
// `heaplens report` both use it). Pure: no `vscode`.
import type { SimulationResult } from '../engine/result';
import { PROFILES } from '../engine/profiles/profile';
import { SMALL_REQUEST_THRESHOLD } from '../engine/memory/allocator';
import type { PanelSession, Geometry } from './protocol';

export function geometryOf(python: SimulationResult['profile']): Geometry {
  const p = PROFILES[python];
  return { arenaSize: p.arenaSize, poolSize: p.poolSize, poolsPerArena: p.usablePoolsPerArena, alignment: p.alignment, smallRequestThreshold: SMALL_REQUEST_THRESHOLD };
}

export interface SessionSource {
  uri: string;
  title: string;
  /** First document line (0-based) of the snippet the result is for. */
  lineOffset: number;
  /** The thresholds the run started with, when a setting or `# heap: threshold=` changed them. */
  thresholds?: [number, number, number];
}

export function panelSession(r: SimulationResult, src: SessionSource): PanelSession | null {
  const trace = r.trace;
  if (trace === undefined) return null;
  const profile = PROFILES[r.profile];
  return {
    uri: src.uri,
    title: src.title,
    python: r.profile,
    pythonLabel: profile.label,
    steps: r.steps,
    outcome: r.outcome,
    error: r.error ? r.error.message : null,
    geometry: geometryOf(r.profile),
    thresholds: src.thresholds ?? [...profile.gcThresholds],
    timeline: trace.timeline,
    lines: trace.lines.map((l) => ({ line: l.line, executions: l.executions, afterStep: l.afterStep, bytesDelta: l.bytesDelta })),
    snapshots: (r.snapshots ?? []).map((s) => ({ label: s.label, step: s.step, line: s.statementLine })),
    findings: (r.findings ?? []).map((f) => ({ code: f.code, severity: f.severity, line: f.line, message: f.message })),
    lineOffset: src.lineOffset,
  };
}
