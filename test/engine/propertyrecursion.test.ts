// A property getter reached by LOAD_ATTR: on 3.12 the generic instruction enters the getter from C
// (two C units against C_RECURSION_LIMIT 1500) while its LOAD_ATTR_PROPERTY specialisation pushes
// the frame inline (none). HeapLens follows each LOAD_ATTR site's adaptive state: a recursion
// through a property reaches the Python limit as in CPython 3.12.1 ("[Previous line repeated 996
// more times]"; HeapLens raised at the C limit, 746), and a site that has seen several types (its
// state unknown) stops near a limit instead of guessing.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/engine';

// the deep runs need the CLI's worker thread with a large stack
const CLI = join(process.cwd(), 'dist', 'cli.js');
function cli(source: string, v: string): { status: number | null; stderr: string } {
  const p = join(mkdtempSync(join(tmpdir(), 'heaplens-prop-')), 'deep.py');
  writeFileSync(p, source);
  const r = spawnSync(process.execPath, [CLI, 'run', p, '--python', v], { encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stderr: r.stderr };
}

const DEEP = 'class P:\n    @property\n    def value(self):\n        return self.value\nP().value\n';
const MIXED = 'class N:\n    def __init__(self, nxt): self.nxt = nxt\n    @property\n    def depth(self):\n        return 1 + self.nxt.depth\n'
  + 'class M(N):\n    pass\nclass End:\n    depth = 0\nn = End()\nfor i in range(1200):\n    n = (N if i % 2 else M)(n)\nprint(n.depth)\n';
const SHALLOW = 'class N:\n    def __init__(self, nxt):\n        self.nxt = nxt\n    @property\n    def depth(self):\n'
  + '        return 1 if self.nxt is None else 1 + self.nxt.depth\nn = None\nfor i in range(300):\n    n = N(n)\nprint(n.depth)\n';

describe('recursion through a property getter', () => {
  it('stops on 3.12 where the limit reached depends on a LOAD_ATTR site seeing several types', () => {
    const r = cli(MIXED, '3.12');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /depends on the state of its specialising interpreter/);
  });
  for (const v of ['3.8', '3.10', '3.11', '3.12', '3.13'] as const) {
    it(`raises RecursionError at the Python limit on ${v}`, () => {
      const r = cli(DEEP, v);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /\[Previous line repeated 99\d more times\]\nRecursionError: maximum recursion depth exceeded/);
    });
  }
  it('runs a shallow property recursion on 3.12', () => {
    const r = simulate(SHALLOW, { python: '3.12' });
    assert.equal(r.stdout, '300\n', r.stderr);
  });
});
