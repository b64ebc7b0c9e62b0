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
      for (const call of ['math.sin(0.5)', 'math.log(8, 2)', 'math.exp(1)', 'math.pow(2, 0.3)', 'math.pow(1.07, 3)', 'math.atan2(1, 2)', 'math.gamma(0.5)']) {
        const r = run(`import math\nprint('before')\nx = ${call}\n`, v);
        assert.equal(r.exitCode, 2, call);
        assert.equal(r.stdout, 'before\n');
        assert.match(r.stderr, /^heaplens: line 3: math\.\w+\(\) for this argument is not simulated: its last bit depends on the C library/, call);
      }
    });

    it(`${v}: pow() and ** with integer and half-integer exponents give the correctly rounded float where no pow() within glibc's error bound could round otherwise, and stop where one could`, () => {
      // 1.1 ** 3 and ** 10 lie 0.0105-0.5 ulp from a midpoint: decided; 1.07 ** 3 and 9.1 ** 4 lie within glibc's 0.009 ulp
      const ok = run('import math\nprint(math.pow(2, 0.5), 1.1 ** 3, 1.1 ** 10, 2 ** 0.5, 0.3 ** -2, (-1.1) ** 3, 10 ** -2, math.pow(1.1, 3))\n', v);
      assert.equal(ok.exitCode, 0, ok.stderr);
      assert.equal(ok.stdout, '1.4142135623730951 1.3310000000000004 2.5937424601000023 1.4142135623730951 11.111111111111112 -1.3310000000000004 0.01 1.3310000000000004\n');
      for (const [base, exp] of [['1.07', '3'], ['9.1', '4'], ['1.2', '1.5'], ['2.0', '0.3'], ['8', '(1/3)']]) {
        // (a constant expression such as 1.07 ** 3 is folded, and stops, while compiling)
        const r = run(`b = ${base}\nprint('before')\nx = b ** ${exp}\n`, v);
        assert.equal(r.exitCode, 2, base);
        assert.equal(r.stdout, 'before\n');
        assert.match(r.stderr, /^heaplens: line 3: .* \*\* .* is not simulated: .*C's pow\(\) .*depends on the C library/, base);
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
