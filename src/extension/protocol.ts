// Messages between the extension host and its engine worker. Everything that arrives is
// checked before use; a malformed message is logged and ignored.
import type { SimulateOptions, SimulationResult } from '../engine';

export interface WorkerRequest {
  id: number;
  source: string;
  options: SimulateOptions;
}

export type WorkerResponse = { id: number; ok: true; result: SimulationResult } | { id: number; ok: false; error: string };

export function isRequest(m: unknown): m is WorkerRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return typeof r.id === 'number' && typeof r.source === 'string' && typeof r.options === 'object' && r.options !== null;
}

export function isResponse(m: unknown): m is WorkerResponse {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  if (typeof r.id !== 'number' || typeof r.ok !== 'boolean') return false;
  if (r.ok) {
    const res = r.result as Record<string, unknown> | undefined;
    return typeof res === 'object' && res !== null && typeof res.profile === 'string' && typeof res.stdout === 'string' && typeof res.outcome === 'string';
  }
  return typeof r.error === 'string';
}
