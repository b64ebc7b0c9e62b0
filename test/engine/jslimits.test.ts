// Values bigger than a JavaScript string or array can hold, though under the simulated heap cap:
// the run ends as a budget (exit 2) instead of V8 aborting the process or an internal error.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

describe('JavaScript size limits end the run as a budget', () => {
  for (const [src, what] of [
    ['x = [None] * (2 ** 26 + 1)\n', /line 1: a list of 67,108,865 items is more than the simulator can hold/],
    ['x = [0, 1]\nx *= 2 ** 25 + 1\n', /line 2: a list of 67,108,866 items is more than the simulator can hold/],
    ['s = "ab" * (300 * 10 ** 6)\n', /line 1: a value grew larger than the simulator can hold/],
  ] as [string, RegExp][]) {
    it(src.trim().split('\n').pop() as string, () => {
      const r = simulate(src, { python: '3.12' });
      assert.equal(r.outcome, 'budget', r.stdout + r.stderr);
      assert.match(r.stderr, what);
    });
  }
});
