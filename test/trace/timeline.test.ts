// The trace's timeline: sampled heap and collector state over the run, every collection with
// the line that triggered it, the peak — and a bounded size however long the run.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

describe('trace timeline', () => {
  it('follows the heap up and down, with the peak and its line', () => {
    const r = simulate('keep = [float(i) for i in range(20000)]\nkeep = None\nx = 1\n', { python: '3.12', trace: true });
    const t = r.trace!.timeline;
    assert.ok(t.step.length >= 2);
    for (const col of [t.line, t.heapBytes, t.mallocBytes, t.gen0, t.gen1, t.gen2, t.arenas, t.pools]) assert.equal(col.length, t.step.length);
    assert.equal(t.peak.line, 1);
    assert.ok(t.peak.bytes > 20000 * 32, `peak ${t.peak.bytes}`);
    const last = t.heapBytes[t.heapBytes.length - 1];
    assert.ok(last < t.peak.bytes / 10, 'the floats are gone at the end');
    assert.ok(Math.max(...t.arenas) >= 1 && Math.max(...t.pools) >= 40);
    assert.equal(t.steps, r.steps);
  });

  it('lists every collection with its generation, result, trigger line and whether it was automatic', () => {
    const src = 'import gc\nclass N:\n    pass\ngc.collect()\ngc.set_threshold(10, 10, 10)\nfor i in range(30):\n    n = N()\n    n.me = n\ngc.set_threshold(700, 10, 10)\nprint(gc.collect(1))\n';
    const r = simulate(src, { python: '3.11', trace: true });
    const cs = r.trace!.timeline.collections;
    const auto = cs.filter((c) => c.automatic);
    assert.ok(auto.length >= 2, JSON.stringify(cs));
    assert.ok(auto.every((c) => c.line === 7 && c.generation === 0), JSON.stringify(auto));
    const explicit = cs.filter((c) => !c.automatic);
    assert.deepEqual(explicit.map((c) => [c.line, c.generation]), [[4, 2], [10, 1]]);
    assert.equal(String(explicit[1].collected), r.stdout.trim());
    assert.ok(cs.every((c, i) => i === 0 || c.step >= cs[i - 1].step));
  });

  it('stays small on a long run: at most 4096 samples, the interval doubling', () => {
    const r = simulate('t = 0\nfor i in range(300000):\n    t += i\n', { python: '3.12', trace: true });
    const t = r.trace!.timeline;
    assert.ok(r.steps > 290000);
    assert.ok(t.step.length <= 4096 && t.step.length > 1000, `${t.step.length} samples`);
    assert.ok(t.interval >= 128, `interval ${t.interval}`);
    assert.ok(t.step.every((s, i) => i === 0 || s > t.step[i - 1]));
    assert.ok(JSON.stringify(t).length < 400_000);
  });
});
