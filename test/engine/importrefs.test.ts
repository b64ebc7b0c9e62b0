// Importing a module that runs Python code in CPython (collections, weakref, array, itertools,
// math on 3.8/3.10; array on 3.11) changes the shared singletons' counts - None by 172 for
// collections on 3.8 - by amounts measured per version (scripts/record-baselines.mjs imports);
// where the measured runs disagree, sys.getrefcount of the object stops instead of printing the
// program's own changes (HeapLens printed a change of 1).
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

describe('shared singletons after an import', () => {
  for (const [v, mod] of [['3.8', 'collections'], ['3.10', 'weakref'], ['3.11', 'array']] as const) {
    it(`sys.getrefcount(None) after 'import ${mod}' stops on ${v}`, () => {
      const r = simulate(`import sys\na = sys.getrefcount(None)\nimport ${mod}\nprint(sys.getrefcount(None) - a)\n`, { python: v });
      assert.equal(r.outcome, 'not-simulated');
      assert.match(r.stderr, new RegExp(`sys\\.getrefcount\\(None\\) after 'import ${mod}' is not simulated`));
    });
  }
  it('3.12+: None is immortal, the import changes nothing', () => {
    const r = simulate('import sys\na = sys.getrefcount(None)\nimport collections\nprint(sys.getrefcount(None) - a)\n', { python: '3.12' });
    assert.equal(r.stdout, '0\n');
  });
});
