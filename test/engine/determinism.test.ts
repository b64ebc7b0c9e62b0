// A simulation depends only on its program and options — not on what the same process simulated
// before (the extension's worker runs one program after another; time travel re-runs a program
// and must find the very same heap). Free lists, caches and hooks of a previous run must not leak.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';

const PROGRAM = [
  'import gc',
  'gc.collect()',
  'class P:',
  '    def __init__(self):',
  '        self.x = [1.5, (1, 2)]',
  'print(gc.get_count())',
  'ps = [P() for i in range(30)]',
  'print(gc.get_count(), gc.collect())',
  '',
].join('\n');

// runs that leave dicts, tuples, floats, bound methods, frames… on the free lists
const OTHERS = [
  'class K:\n    pass\n',
  't = (1, 2)\nu = [(i, i) for i in range(100)]\n',
  'f = [float(i) for i in range(200)]\n',
  'class A:\n    def m(self): pass\nb = [A().m for i in range(50)]\n',
  'import collections\nd = collections.deque(range(100))\n',
  'class N: pass\nfor i in range(1000):\n    n = N(); n.s = n\n',
  'def g():\n    yield 1\nx = list(g())\n',
];

describe('determinism across runs in one process', function () {
  this.timeout(60000);
  for (const py of ['3.8', '3.10', '3.11', '3.12', '3.13'] as ProfileId[]) {
    it(`${py}: the same program gives the same output, trace and heap whatever ran before`, () => {
      const first = simulate(PROGRAM, { python: py, trace: true });
      const at = simulate(PROGRAM, { python: py, stopAtStep: 6 }).heapView;
      for (const o of OTHERS) simulate(o, { python: py, trace: true });
      const again = simulate(PROGRAM, { python: py, trace: true });
      assert.equal(again.stdout, first.stdout);
      assert.deepEqual(again.trace, first.trace);
      assert.deepEqual(simulate(PROGRAM, { python: py, stopAtStep: 6 }).heapView, at);
    });
  }

  it('the CLI, a fresh process, prints what a long-lived process prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heaplens-det-'));
    const file = join(dir, 'p.py');
    writeFileSync(file, PROGRAM);
    for (const py of ['3.8', '3.12'] as ProfileId[]) {
      const r = spawnSync(process.execPath, [join(process.cwd(), 'dist', 'cli.js'), 'trace', file, '--json', '-o', join(dir, 'out.json'), '--python', py], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const fresh = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
      const here = simulate(PROGRAM, { python: py, trace: true, filename: file, stdout: 'pipe' });
      assert.equal(fresh.stdout, here.stdout, py);
      assert.deepEqual(fresh.trace.timeline, here.trace?.timeline, py);
    }
  });
});
