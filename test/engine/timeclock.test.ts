// The time module's clocks read an injectable Clock (real timings cannot be compared with
// CPython's): with a fixed one, the values, sleep's simulated advance and the conversions to
// seconds are checked here; the oracle programs time_* check types, sizes, refcounts and errors.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';

const clock = {
  realtimeNs: () => 1_700_000_000_123_456_789n,
  monotonicNs: () => 5_000_000_000n,
  cpuNs: () => 250_000_000n,
};

describe('time module clocks', () => {
  for (const python of ['3.8', '3.12', '3.13'] as ProfileId[]) {
    it(`reads the injected clock and advances a simulated one on sleep (${python})`, () => {
      const src = [
        'import time',
        'print(time.time_ns(), time.perf_counter_ns(), time.monotonic(), time.process_time())',
        'time.sleep(2.5)',
        'print(time.monotonic(), time.perf_counter_ns(), time.time_ns(), time.process_time_ns())',
        'time.sleep(10**9)',
        'print(time.monotonic())',
        '',
      ].join('\n');
      const r = simulate(src, { python, clock });
      assert.equal(r.stdout, '1700000000123456789 5000000000 5.0 0.25\n7.5 7500000000 1700000002623456789 250000000\n1000000007.5\n');
    });
  }
  it('uses the host clock by default (monotonic, not fixed)', () => {
    const r = simulate('import time\na = time.perf_counter_ns()\nb = time.perf_counter_ns()\nprint(a <= b, time.time() > 1.6e9)\n', { python: '3.12' });
    assert.equal(r.stdout, 'True True\n');
  });
});
