// The math module's limits: what stops the run instead of printing a number CPython might not
// print (the oracle corpus, test/oracle/programs/math_*.py, checks what is simulated against the
// real interpreters; scripts/math-libm-check.mjs measures the C-library functions).
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';

const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileId[];

function run(src: string, python: ProfileId): { stdout: string; stderr: string; exitCode: number } {
  const r = simulate(src, { python, filename: 'm.py' });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

describe('modules: math', () => {
  for (const v of PROFILES) {
    it(`${v}: a C-library function stops where glibc's last bit decides, and runs where the result is exact`, () => {
      const exact = run('import math\nprint(math.log2(1024), math.exp(0), math.pow(2, 10), math.log(1, 10), math.sin(0.0), math.cos(0))\n', v);
      assert.equal(exact.exitCode, 0, exact.stderr);
      assert.equal(exact.stdout, '10.0 1.0 1024.0 0.0 0.0 1.0\n');
      for (const call of ['math.sin(0.5)', 'math.log(8, 2)', 'math.exp(1)', 'math.pow(2, 0.5)', 'math.atan2(1, 2)', 'math.gamma(0.5)']) {
        const r = run(`import math\nprint('before')\nx = ${call}\n`, v);
        assert.equal(r.exitCode, 2, call);
        assert.equal(r.stdout, 'before\n');
        assert.match(r.stderr, /^heaplens: line 3: math\.\w+\(\) for this argument is not simulated: its last bit depends on the C library/, call);
      }
    });

    it(`${v}: the module's path, loader, spec and dict stop the run`, () => {
      for (const expr of ['math.__file__', 'math.__spec__', 'math.__loader__', 'math.__dict__', 'repr(math)']) {
        const r = run(`import math\nx = ${expr}\n`, v);
        assert.equal(r.exitCode, 2, expr);
        assert.match(r.stderr, /^heaplens: line 2: .* is not simulated/, expr);
      }
    });
  }

  it("sys.getrefcount(None) stops after import math where CPython's change to it differs from run to run (3.8, 3.10)", () => {
    for (const v of ['3.8', '3.10'] as const) {
      const r = run('import sys\nprint(sys.getrefcount(None) > 0)\nimport math\nprint(sys.getrefcount(None) > 0)\n', v);
      assert.equal(r.exitCode, 2, v);
      assert.equal(r.stdout, 'True\n');
      assert.match(r.stderr, /^heaplens: line 4: sys\.getrefcount\(None\) after 'import math' is not simulated/);
    }
    for (const v of ['3.11', '3.12', '3.13'] as const) {
      const r = run('import sys\nimport math\nprint(sys.getrefcount(None) > 0)\n', v);
      assert.equal(r.exitCode, 0, `${v}: ${r.stderr}`);
    }
  });
});
