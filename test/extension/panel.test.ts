// The heap panel's protocol and session builder (no VS Code, no browser): what crosses between
// the host and the webview, and that anything malformed is refused.
import * as assert from 'node:assert/strict';
import { simulate, parseSnippets } from '../../src/engine';
import { parseToHost, parseToPanel } from '../../src/panel/protocol';
import { panelSession, geometryOf } from '../../src/panel/session';

describe('heap panel protocol', () => {
  it('accepts the webview\'s messages and refuses malformed ones', () => {
    assert.deepEqual(parseToHost({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseToHost({ type: 'seek', step: 12 }), { type: 'seek', step: 12 });
    assert.deepEqual(parseToHost({ type: 'reveal', line: 3, extra: 'dropped' }), { type: 'reveal', line: 3 });
    for (const bad of [null, 42, 'ready', [], {}, { type: 'seek' }, { type: 'seek', step: -1 }, { type: 'seek', step: 1.5 }, { type: 'seek', step: '3' }, { type: 'reveal', line: 0 }, { type: 'run', code: 'x' }]) {
      assert.equal(parseToHost(bad), null, JSON.stringify(bad));
    }
  });

  it('the webview refuses malformed host messages', () => {
    assert.equal(parseToPanel({ type: 'heap', step: 'x', view: null }), null);
    assert.equal(parseToPanel({ type: 'heap', step: 3, view: { step: 3 } }), null);
    assert.equal(parseToPanel({ type: 'state', state: { kind: 'session', session: { uri: 'x' } } }), null);
    assert.equal(parseToPanel({ type: 'goto', step: -4 }), null);
    assert.deepEqual(parseToPanel({ type: 'state', state: { kind: 'empty', message: 'm' } }), { type: 'state', state: { kind: 'empty', message: 'm' } });
    assert.deepEqual(parseToPanel({ type: 'heap', step: 3, view: null }), { type: 'heap', step: 3, view: null });
  });

  it('a session carries the run compactly, and passes its own validation', () => {
    const [snippet] = parseSnippets('# heap:\nimport gc\na = [1]\nb = [a]\n# @snapshot made\ngc.collect()\n', 'py');
    const r = simulate(snippet.source, { python: '3.12', trace: true, annotations: { expectations: snippet.expectations, snapshots: snippet.snapshots } });
    const s = panelSession(r, { uri: 'file:///x.py', title: 'x.py', lineOffset: 0 });
    assert.ok(s !== null);
    assert.equal(s.steps, r.steps);
    assert.deepEqual(s.geometry, { arenaSize: 1 << 20, poolSize: 16 << 10, poolsPerArena: 63, alignment: 16, smallRequestThreshold: 512 });
    assert.deepEqual(s.thresholds, [700, 10, 10]);
    assert.deepEqual(s.snapshots.map((x) => x.label), ['made']);
    assert.equal(s.timeline.collections.length, 1);
    assert.ok(s.lines.every((l) => l.afterStep > 0));
    // no heap in the session: only the summary, the lines and the timeline
    assert.ok(!('heapView' in s) && JSON.stringify(s).length < 20000);
    assert.ok(parseToPanel({ type: 'state', state: { kind: 'session', session: s } }) !== null);
  });

  it('the geometry is the version\'s', () => {
    assert.deepEqual([geometryOf('3.8').arenaSize, geometryOf('3.8').poolSize, geometryOf('3.8').poolsPerArena], [256 << 10, 4 << 10, 64]);
    assert.deepEqual([geometryOf('seed').alignment, geometryOf('3.13').poolsPerArena], [8, 63]);
  });

  it('a heap view is plain data: functions and classes are named by strings (it crosses to the worker and the webview)', () => {
    const src = 'def show(x):\n    return x\nclass K:\n    pass\nk = K()\n';
    const view = simulate(src, { python: '3.12', stopAtStep: 1000 }).heapView;
    assert.ok(view !== undefined);
    const byValue = new Map(view.objects.map((o) => [o.value, o.type]));
    assert.equal(byValue.get('show'), 'function');
    assert.equal(byValue.get('K'), 'type');
    assert.deepEqual(structuredClone(view), view);
    assert.ok(view.objects.every((o) => o.value === undefined || typeof o.value === 'string'));
  });

  it('heaps at several steps in one run equal the heaps of runs stopped there', () => {
    const src = 'a = []\nfor i in range(5):\n    a.append(str(i) * 40)\nb = {"k": a}\n';
    const steps = [2, 5, 7, 1000]; // the run has 8 steps: the last is past its end
    const many = simulate(src, { python: '3.11', captureAtSteps: steps }).heapViews ?? [];
    assert.equal(many.length, steps.length);
    steps.forEach((step, i) => {
      const one = simulate(src, { python: '3.11', stopAtStep: step }).heapView;
      assert.deepEqual(many[i], one, `step ${step}`);
    });
  });
});
