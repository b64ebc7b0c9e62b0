// The `heaplens.*` settings, read once per use and validated (a bad value falls back to the
// default rather than breaking a simulation).
import * as vscode from 'vscode';
import type { ProfileId } from '../engine';
import { isProfileId } from '../engine/profiles/profile';
import type { LensDetail } from './present';

export interface Settings {
  python: ProfileId;
  autoTrace: 'annotated' | 'always' | 'off';
  lensDetail: LensDetail;
  budgetSteps: number;
  budgetMillis: number;
  budgetHeapMB: number;
  gcThresholds: [number, number, number] | null;
  stdout: 'tty' | 'pipe';
  debounceMs: number;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('heaplens');
  const py = c.get<string>('python', '3.12');
  const auto = c.get<string>('autoTrace', 'annotated');
  const detail = c.get<string>('codeLens.detail', 'compact');
  const num = (k: string, d: number, min: number): number => {
    const v = c.get<number>(k, d);
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : d;
  };
  const th = c.get<unknown>('gc.thresholds', null);
  const thresholds = Array.isArray(th) && th.length === 3 && th.every((x) => Number.isInteger(x) && x >= 0) ? (th as [number, number, number]) : null;
  return {
    python: isProfileId(py) ? py : '3.12',
    autoTrace: auto === 'always' || auto === 'off' ? auto : 'annotated',
    lensDetail: detail === 'off' || detail === 'full' ? detail : 'compact',
    budgetSteps: num('budget.steps', 10_000_000, 1000),
    budgetMillis: num('budget.milliseconds', 10_000, 100),
    budgetHeapMB: num('budget.heapMB', 1024, 16),
    gcThresholds: thresholds,
    stdout: c.get<string>('stdout', 'pipe') === 'tty' ? 'tty' : 'pipe',
    debounceMs: num('debounceMs', 100, 0),
  };
}
