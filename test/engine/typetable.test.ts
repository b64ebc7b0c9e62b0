// The runtime's type table T keeps V8's fast properties only if every type a run makes is declared
// in its object literal (src/engine/runtime/core.ts): a type added by assignment turns it into a
// hash table and every `T.int` on the hot paths becomes a dictionary lookup (w3 ran ~20% slower
// when ExceptionGroup was added that way). After a run of every version, T has no other names.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import { T, DECLARED_TYPE_NAMES } from '../../src/engine/runtime/core';

describe('the type table T', () => {
  for (const v of ['3.8', '3.10', '3.11', '3.12', '3.13'] as const) {
    it(`${v}: a run adds no type name that the literal does not declare`, () => {
      simulate('import collections, weakref, array, itertools\nx = [1]\n', { python: v });
      const extra = Object.keys(T).filter((k) => !DECLARED_TYPE_NAMES.includes(k));
      assert.deepEqual(extra, []);
    });
  }
});
