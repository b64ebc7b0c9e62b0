// 3.12+ run a collection that an allocation scheduled at the next eval-breaker check. A CALL
// checks after a builtin returns, but not after a Python function (pushed inline) nor after the
// specialisations CALL_NO_KW_LEN / _ISINSTANCE / _TYPE_1 / _LIST_APPEND (oracle programs
// lead_gc_after_call, lead_gc_resume_line, lead_gc_error_pending). Where a call site has seen
// several kinds of callables its specialisation is unknown, so a collection pending right after
// such a len() call stops the run instead of guessing when it runs.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

// max and len alternate at one call site; the list literal's allocation crosses the threshold
// just before a len() call once the site has seen both
const MIXED = 'import gc\ngc.collect()\nfns = [max, len] * 600\nkeep = None\nfor fn in fns:\n    x = fn([1, 2])\n    keep = [keep]\nprint(gc.get_count())\n';

describe('eval-breaker check after a call (3.12+)', () => {
  it('stops on 3.12 when a collection is pending after len() at a site of unknown specialisation', () => {
    const r = simulate(MIXED, { python: '3.12' });
    assert.equal(r.outcome, 'not-simulated', r.stdout + r.stderr);
    assert.match(r.stderr, /line 6: a collection scheduled during a call at a site that has called several kinds of callables/);
  });
  for (const v of ['3.8', '3.10', '3.11'] as const) {
    it(`runs on ${v}, which collects at the allocation itself`, () => {
      const r = simulate(MIXED, { python: v });
      assert.equal(r.outcome, 'ok', r.stderr);
    });
  }
  it('does not stop when the pending collection follows max() at the same site', () => {
    const r = simulate(MIXED.replace('[max, len]', '[len, max]'), { python: '3.12' });
    assert.equal(r.outcome, 'ok', r.stderr);
    assert.equal(r.stdout, '(501, 1, 0)\n');
  });
});
