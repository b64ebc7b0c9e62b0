// The names a simulated module written in C binds (gc's functions, math's, array.array's methods)
// are interned when it is imported, and CPython's module dict — and, for a single-phase module,
// the copy of it the import machinery keeps — hold references to the script's equal string. Its
// count after the import is not reproduced: it stops on 3.8-3.11 and 3.13 (3.12 makes every
// interned string immortal, which HeapLens prints). HeapLens printed one or two references too
// few on 3.8-3.11 and an immortal count on 3.13, where the string stays mortal.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import { describeStops } from './stops';

const name = (s: string): RegExp => new RegExp(`line 3: (sys\\.getrefcount\\('${s}'\\)|the reference count of "${s}", a string CPython's start-up had already interned).* is not simulated`);

const STOPS: [string, RegExp][] = [
  ["import gc\nimport sys\nprint(sys.getrefcount('get_referrers'))\n", name('get_referrers')],
  ["import math\nimport sys\nprint(sys.getrefcount('isqrt'))\n", name('isqrt')],
  ["import array\nimport sys\nprint(sys.getrefcount('frombytes'))\n", name('frombytes')],
  ["import itertools\nimport sys\nprint(sys.getrefcount('zip_longest'))\n", name('zip_longest')],
];

// (3.13 interns itertools' names immortal, as HeapLens does: that count is printed)
describeStops("the names of a module written in C: what stops", STOPS, (src, v) => v === '3.12' || (v === '3.13' && src.includes('zip_longest')));

describe('the names of a module written in C', () => {
  it('3.12: every interned string is immortal, so the count is printed', () => {
    const r = simulate("import gc\nimport sys\nprint(sys.getrefcount('get_referrers'))\n", { python: '3.12' });
    assert.equal(r.stdout, '4294967295\n');
  });
  it('a string no import binds keeps its count', () => {
    for (const v of ['3.8', '3.10', '3.13'] as const) {
      const r = simulate("import gc\nimport sys\nprint(sys.getrefcount('not_a_gc_name'))\n", { python: v });
      assert.equal(r.outcome, 'ok', r.stderr);
    }
  });
});
