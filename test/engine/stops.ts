// The shared shape of the "what stops" suites: each program, on every profile, must end the run as
// not simulated with a message matching its pattern.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

export const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const;

/** One `it` per program and profile (`skip`: the pairs that do not apply). */
export function describeStops(title: string, stops: [string, RegExp][], skip: (src: string, v: string) => boolean = () => false): void {
  describe(title, () => {
    for (const v of PROFILES) {
      for (const [src, msg] of stops) {
        if (skip(src, v)) continue;
        it(`${v}: ${src.trim().split('\n').pop()}`, () => {
          const r = simulate(src, { python: v });
          assert.equal(r.outcome, 'not-simulated', r.stdout + r.stderr);
          assert.match(r.stderr, msg);
        });
      }
    }
  });
}
