// The tracer's per-line snapshots reuse a name's size while the object, its type and every heap
// buffer are unchanged (R.bufferEpoch), and take a plain instance's size from its class. This
// checks the shortcut against measuring every size at every line, on every program of the
// oracle corpora and every profile: the per-line facts must be identical.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';
import { setSnapshotSizeCache } from '../../src/engine/trace/tracer';

// paths from process.cwd(), the repository root when mocha runs
const CORPORA = [join(process.cwd(), 'test', 'oracle', 'programs'), join(process.cwd(), 'test', 'oracle', 'gc', 'programs'), join(process.cwd(), 'examples')];

function programs(): { name: string; source: string }[] {
  const out: { name: string; source: string }[] = [];
  for (const dir of CORPORA) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.py')) out.push({ name: f, source: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

describe('tracer: cached snapshot sizes equal sizes measured at every line', function () {
  this.timeout(300000);
  const all = programs();
  it('the corpora are there', () => assert.ok(all.length > 200, `only ${all.length} programs`));
  for (const py of ['3.8', '3.10', '3.11', '3.12', '3.13'] as ProfileId[]) {
    it(`${py}: every program's per-line names (refcount, type, size) are the same either way`, () => {
      const diffs: string[] = [];
      for (const p of all) {
        const opts = { python: py, trace: true, filename: p.name, maxSteps: 2_000_000 };
        let cached, measured;
        try {
          setSnapshotSizeCache(true);
          cached = simulate(p.source, opts).trace?.lines;
          setSnapshotSizeCache(false);
          measured = simulate(p.source, opts).trace?.lines;
        } finally {
          setSnapshotSizeCache(true);
        }
        try {
          assert.deepEqual(cached, measured);
        } catch {
          diffs.push(p.name);
        }
      }
      assert.deepEqual(diffs, [], `per-line facts differ with the size cache on ${py}`);
    });
  }
});
