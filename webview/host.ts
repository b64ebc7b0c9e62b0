// The VS Code webview API as the panel uses it: messages to the host and the state VS Code
// keeps while the view is hidden (instead of retainContextWhenHidden).
import type { ToHost } from '../src/panel/protocol';

export interface SavedState {
  step: number | null;
  tab: string;
  /** The selected pool: arena slot and pool index. */
  pool: [number, number] | null;
}

interface VsCodeApi {
  postMessage(m: unknown): void;
  getState(): unknown;
  setState(s: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export function post(m: ToHost): void {
  api.postMessage(m);
}

export function loadState(): SavedState {
  const s = api.getState() as Partial<SavedState> | undefined;
  return {
    step: typeof s?.step === 'number' ? s.step : null,
    tab: typeof s?.tab === 'string' ? s.tab : 'memory',
    pool: Array.isArray(s?.pool) && s.pool.length === 2 ? (s.pool as [number, number]) : null,
  };
}

export function saveState(s: SavedState): void {
  api.setState(s);
}
