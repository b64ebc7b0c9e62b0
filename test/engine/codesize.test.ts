// sys.getsizeof of a code object: on 3.8/3.10 the struct plus co_cell2arg (oracle code_sizeof
// proves the numbers); from the code's 1024th run there (the opcode cache) and always on 3.11+
// (the bytecode is inline) the size depends on bytecode HeapLens does not assemble, so it stops
// — as does code.__sizeof__() — instead of printing the struct's size (it printed 184 where
// CPython 3.11 prints 192 for `def f(): pass`).
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

const FN = 'import sys\ndef f(x):\n    return len(x)\n';

describe('the size of a code object', () => {
  for (const v of ['3.11', '3.12', '3.13'] as const) {
    for (const expr of ['sys.getsizeof(f.__code__)', 'f.__code__.__sizeof__()']) {
      it(`${expr} stops on ${v}`, () => {
        const r = simulate(`${FN}print(${expr})\n`, { python: v });
        assert.equal(r.outcome, 'not-simulated', r.stdout);
        assert.match(r.stderr, /code object.*is not simulated: a code object's size holds its bytecode/);
      });
    }
  }
  for (const v of ['3.8', '3.10'] as const) {
    it(`on ${v} it is known until the code's 1024th run, then stops (the opcode cache)`, () => {
      const before = simulate(`${FN}for i in range(1023):\n    f('ab')\nprint(sys.getsizeof(f.__code__))\n`, { python: v });
      assert.equal(before.stdout, '176\n');
      const after = simulate(`${FN}for i in range(1024):\n    f('ab')\nprint(sys.getsizeof(f.__code__))\n`, { python: v });
      assert.equal(after.outcome, 'not-simulated', after.stdout);
      assert.match(after.stderr, /after its 1024th run CPython 3\.\d+ gives a code object an opcode cache/);
    });
  }
});
