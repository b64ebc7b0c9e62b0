// locals() and frame.f_locals: what HeapLens simulates is checked against CPython by the oracle
// programs lead_locals_*; these are the cases it stops on, each naming the construct and line.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

function stops(src: string, v: '3.8' | '3.10' | '3.11' | '3.12' | '3.13', msg: RegExp): void {
  const r = simulate(src, { python: v });
  assert.equal(r.outcome, 'not-simulated', r.stdout + r.stderr);
  assert.match(r.stderr, msg);
}

describe('locals() and frame.f_locals', () => {
  it('stops in a generator frame', () => {
    stops('def g():\n    yield sorted(locals())\nprint(list(g()))\n', '3.11', /line 2: locals\(\) in a generator or coroutine is not simulated/);
  });
  it('stops inside a comprehension inlined at module level (3.12+)', () => {
    for (const v of ['3.12', '3.13'] as const) stops('x = [len(locals()) for i in range(2)]\n', v, /line 1: locals\(\) inside a comprehension at module or class level is not simulated/);
  });
  it('runs a module-level comprehension on 3.11 (its own function frame)', () => {
    const r = simulate('print([sorted(locals()) for i in range(2)])\n', { python: '3.11' });
    assert.equal(r.stdout, "[['.0', 'i'], ['.0', 'i']]\n");
  });
  it('stops in a function with an inlined comprehension (3.12+)', () => {
    stops('def f():\n    return [1 for q in range(2)], locals()\nf()\n', '3.12', /line 2: locals\(\) in a function with an inlined comprehension \(3.12\+\) is not simulated/);
  });
  it("stops in a class body whose methods use super() (its __class__ cell)", () => {
    stops('class A:\n    def f(self):\n        return super()\n    ns = locals()\n', '3.10', /line 4: locals\(\) in the body of a class whose methods use super\(\) or __class__ is not simulated/);
  });
  it("stops on a function frame's f_locals on 3.13 (a FrameLocalsProxy)", () => {
    stops('import sys\ndef f():\n    return sys._getframe().f_locals\nf()\n', '3.13', /line 3: frame.f_locals of a function frame on 3.13 \(a FrameLocalsProxy, PEP 667\) is not simulated/);
  });
  it('takes no arguments', () => {
    const r = simulate('locals(1)\n', { python: '3.12' });
    assert.match(r.stderr, /TypeError: locals\(\) takes no arguments \(1 given\)/);
  });
});

// A 3.8/3.10 frame freed by a collection's delete phase and reused from the free list kept the
// collector's "collecting" mark: the next collection run while a traceback referred to it (its
// frame running again) took it for part of the young generation and failed inside
// move_unreachable ("Cannot set properties of null").
describe('the collecting mark of objects a collection freed', () => {
  it('is cleared when they are untracked (small thresholds, tracebacks, frames reused)', () => {
    const src = [
      'import gc', 'gc.collect()', 'log = []',
      'def cb(phase, info):', "    if phase == 'stop': log.append(info['collected'])",
      'def handler(i):', '    try:', '        {}[i]', '    except KeyError as e:', '        val = locals()', '    return 1',
      'gc.callbacks.append(cb)',
      'for thr in range(5, 12):', '    gc.collect()', '    gc.set_threshold(thr)', '    for k in range(12):', '        handler(k)', '    gc.set_threshold(700)',
      "print('ok')", '',
    ].join('\n');
    for (const v of ['3.8', '3.10'] as const) {
      const r = simulate(src, { python: v });
      assert.equal(r.outcome, 'ok', r.stderr);
      assert.equal(r.stdout, 'ok\n');
    }
  });
});
