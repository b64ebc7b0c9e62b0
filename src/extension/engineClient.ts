// The host side of the engine worker: one worker, one request at a time per caller key. A
// request superseded by a newer one for the same key (the user typed again) is cancelled by
// terminating the worker, since a synchronous simulation cannot be interrupted otherwise.
import { Worker } from 'node:worker_threads';
import type { SimulateOptions, SimulationResult } from '../engine';
import { isResponse, type WorkerRequest } from './protocol';

export class Cancelled extends Error {
  constructor() {
    super('superseded');
  }
}

interface Pending {
  key: string;
  resolve: (r: SimulationResult) => void;
  reject: (e: Error) => void;
}

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The newest request of each key: an older one still waiting in the queue never starts. */
  private readonly latest = new Map<string, number>();
  private tokens = 0;

  constructor(
    private readonly workerPath: string,
    private readonly log: (msg: string) => void,
  ) {}

  private spawn(): Worker {
    // deep recursion in the simulated program needs a big JS stack
    const w = new Worker(this.workerPath, { resourceLimits: { stackSizeMb: 256 } });
    w.on('message', (m: unknown) => this.onMessage(m));
    w.on('error', (e) => {
      this.log(`engine worker failed: ${e.stack ?? e.message}`);
      this.failAll(e);
    });
    w.on('exit', () => {
      if (this.worker === w) this.worker = null;
    });
    w.unref();
    return w;
  }

  private onMessage(m: unknown): void {
    if (!isResponse(m)) {
      this.log(`ignored a malformed message from the engine worker: ${JSON.stringify(m)?.slice(0, 200)}`);
      return;
    }
    const p = this.pending.get(m.id);
    if (p === undefined) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.worker = null;
  }

  /** Simulate; a newer call with the same key cancels this one. Calls run one after another. */
  run(key: string, source: string, options: SimulateOptions): Promise<SimulationResult> {
    // cancel what this key has in flight
    for (const [id, p] of this.pending) {
      if (p.key !== key) continue;
      this.pending.delete(id);
      p.reject(new Cancelled());
      if (this.worker !== null) {
        void this.worker.terminate();
        this.worker = null;
      }
    }
    const token = ++this.tokens;
    this.latest.set(key, token);
    const job = this.queue.then(
      () =>
        new Promise<SimulationResult>((resolve, reject) => {
          if (this.latest.get(key) !== token) {
            reject(new Cancelled());
            return;
          }
          const id = this.nextId++;
          this.pending.set(id, { key, resolve, reject });
          if (this.worker === null) this.worker = this.spawn();
          this.worker.postMessage({ id, source, options } satisfies WorkerRequest);
        }),
    );
    this.queue = job.catch(() => undefined);
    return job;
  }

  dispose(): void {
    this.failAll(new Cancelled());
    if (this.worker !== null) void this.worker.terminate();
    this.worker = null;
  }
}
