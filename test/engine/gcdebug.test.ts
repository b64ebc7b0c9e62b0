// gc.set_debug: what each flag makes CPython write, and what the simulator does about it. The
// expected stderr lines are what CPython 3.8–3.13 print (checked by hand against the real
// interpreters; stderr of a successful run is not part of the oracle goldens).
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';

const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileId[];

function run(src: string, python: ProfileId) {
  return simulate(src, { python, filename: 'x.py' });
}

describe('gc.set_debug', () => {
  for (const v of PROFILES) {
    describe(`CPython ${v}`, () => {
      it('DEBUG_STATS stops the run at the first collection: its statistics end with timings', () => {
        const r = run('import gc\ngc.set_debug(gc.DEBUG_STATS)\nprint("a")\ngc.collect()\nprint("b")\n', v);
        assert.equal(r.outcome, 'not-simulated');
        assert.equal(r.stdout, 'a\n');
        assert.equal(r.error?.line, 4);
        assert.match(r.error?.message ?? '', /gc\.DEBUG_STATS\) \(set on line 2/);
      });

      it('DEBUG_STATS set, then cleared before any collection: nothing is written', () => {
        const r = run('import gc\ngc.set_debug(gc.DEBUG_STATS)\ngc.set_debug(0)\nprint(gc.get_debug())\n', v);
        assert.equal(r.outcome, 'ok');
        assert.equal(r.stdout, '0\n');
      });

      it('DEBUG_COLLECTABLE stops the run when a collection frees something (objects are listed by address)', () => {
        const r = run('import gc\nclass A:\n    pass\ngc.set_debug(gc.DEBUG_COLLECTABLE)\nprint(gc.collect())\na = A()\na.me = a\ndel a\nprint(gc.collect())\n', v);
        assert.equal(r.outcome, 'not-simulated');
        assert.equal(r.stdout, '0\n');
        assert.equal(r.error?.line, 9);
        assert.match(r.error?.message ?? '', /gc\.DEBUG_COLLECTABLE\)/);
      });

      it('DEBUG_COLLECTABLE (or DEBUG_LEAK) still set at exit stops the run: shutdown frees the modules', () => {
        for (const flag of ['DEBUG_COLLECTABLE', 'DEBUG_LEAK']) {
          const r = run(`import gc\ngc.set_debug(gc.${flag})\nprint("end")\n`, v);
          assert.equal(r.outcome, 'not-simulated', flag);
          assert.equal(r.stdout, 'end\n');
          assert.match(r.error?.message ?? '', new RegExp(`gc\\.${flag}\\)`));
        }
      });

      it('DEBUG_UNCOLLECTABLE writes a non-empty gc.garbage to stderr at shutdown', () => {
        const r = run('import gc\ngc.set_debug(gc.DEBUG_UNCOLLECTABLE)\ngc.garbage.append([1, "two"])\nprint("x")\n', v);
        assert.equal(r.outcome, 'ok');
        assert.equal(r.stdout, 'x\n');
        assert.equal(r.stderr, "      [[1, 'two']]\n");
        const quiet = run('import gc\ngc.garbage.append([1])\ngc.set_debug(gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)\n', v);
        assert.equal(quiet.stderr, '');
        const none = run('import gc\ngc.garbage.append([1])\n', v);
        assert.equal(none.stderr, '');
      });
    });
  }
});
