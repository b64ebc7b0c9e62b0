// sys.getrefcount(()) on 3.8-3.11: every function, lambda, class body and comprehension is a code
// object holding the () singleton once per empty name tuple (co_names, co_varnames, co_freevars,
// co_cellvars; 3.11 co_names and co_localsplusnames). HeapLens does not count those, so with such
// code the count stops (it printed 1227 where CPython 3.8.18 printed 1231 for a program with one
// `def f(): return (1, 2)`); without nested code the measured start-up count holds.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

describe('sys.getrefcount(()) and code objects', () => {
  for (const v of ['3.8', '3.10', '3.11'] as const) {
    it(`stops on ${v} when the program defines a function`, () => {
      const r = simulate('import sys\nprint(sys.getrefcount(()))\ndef f():\n    return (1, 2)\n', { python: v });
      assert.equal(r.outcome, 'not-simulated');
      assert.match(r.stderr, /line 2: sys.getrefcount\(\(\)\) is not simulated: the program's functions, lambdas, classes and comprehensions/);
    });
  }
  it('keeps the measured count without nested code (3.8.18: 1227)', () => {
    assert.equal(simulate('import sys\nprint(sys.getrefcount(()))\n', { python: '3.8' }).stdout, '1227\n');
  });
  it('is immortal from 3.12, functions or not', () => {
    assert.equal(simulate('import sys\nprint(sys.getrefcount(()))\nf = lambda: 0\n', { python: '3.12' }).stdout, '4294967295\n');
  });
});

// sys.getrefcount(b'') on 3.10/3.11: code objects hold the b'' singleton for empty line and
// exception tables, start-up's included, so the measured baseline is not the count a program sees
// (HeapLens printed 47 where CPython 3.10.13 printed 15 for the two-line program below)
describe("sys.getrefcount(b'') and code objects", () => {
  for (const v of ['3.10', '3.11'] as const) {
    it(`stops on ${v}`, () => {
      const r = simulate("import sys\nprint(sys.getrefcount(b''))\n", { python: v });
      assert.equal(r.outcome, 'not-simulated');
      assert.match(r.stderr, /line 2: sys.getrefcount\(b''\) is not simulated: CPython 3.10\/3.11's code objects/);
    });
  }
});
