// The engine off the extension host's thread: a worker_threads worker that simulates what the
// host asks for. A simulation is synchronous and can take seconds; the host stays responsive,
// and cancels a superseded run by terminating this worker (a fresh one starts for the next).
import { parentPort } from 'node:worker_threads';
import { simulate } from '../engine';
import type { SimulateOptions } from '../engine';
import { isRequest, type WorkerResponse } from './protocol';

const port = parentPort;
if (port !== null) {
  port.on('message', (m: unknown) => {
    if (!isRequest(m)) {
      port.postMessage({ id: -1, ok: false, error: 'malformed request' } satisfies WorkerResponse);
      return;
    }
    try {
      const result = simulate(m.source, m.options as SimulateOptions);
      port.postMessage({ id: m.id, ok: true, result } satisfies WorkerResponse);
    } catch (e) {
      port.postMessage({ id: m.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerResponse);
    }
  });
}
