// complex_pow (Objects/complexobject.c) as plain arithmetic, for the runtime (numbers.ts) and for
// the stack-depth compiler's constant folding (compile/stackdepth.ts), which must know whether
// CPython's AST optimizer folds `z ** w` (it does unless the power raises).
//
// c_powi (repeated multiplication; exact IEEE arithmetic) serves the integer exponents each
// version sends there: 3.8 any exponent equal to its C long, with |n| > 100 going to _Py_c_pow
// anyway; 3.10+ integers with |n| <= 100. _Py_c_pow uses the C library's hypot, pow, atan2, exp,
// log, cos and sin: its bits are not known here, only (in most cases) that it is finite.
import { glibcHypot } from './hypot';

export type CpowOutcome =
  | { k: 'value'; re: number; im: number }
  /** errno EDOM: ZeroDivisionError "0.0 to a negative or complex power" */
  | { k: 'zerodiv' }
  /** an infinite part (Py_ADJUST_ERANGE2): OverflowError "complex exponentiation" */
  | { k: 'overflow' }
  /** _Py_c_pow with a magnitude well inside the double range: a finite complex of unknown value */
  | { k: 'libm' }
  /** _Py_c_pow where even whether it overflows depends on the C library */
  | { k: 'unknown' };

type C = [number, number];

function cmul(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** c_powu: binary exponentiation by multiplication. */
function cpowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cmul(r, p);
    mask *= 2;
    p = cmul(p, p);
  }
  return r;
}

/** _Py_c_quot (Smith's algorithm), for a non-zero divisor. */
export function cquot(x: C, y: C): C {
  const absr = Math.abs(y[0]), absi = Math.abs(y[1]);
  if (absr >= absi) {
    const ratio = y[1] / y[0];
    const denom = y[0] + y[1] * ratio;
    return [(x[0] + x[1] * ratio) / denom, (x[1] - x[0] * ratio) / denom];
  }
  const ratio = y[0] / y[1];
  const denom = y[0] * ratio + y[1];
  return [(x[0] * ratio + x[1]) / denom, (x[1] * ratio - x[0]) / denom];
}

export function cpowOutcome(a: C, b: C, minor: number): CpowOutcome {
  let r: C;
  const n = b[0];
  const integral = b[1] === 0 && Number.isInteger(n) && (minor < 10 ? Math.abs(n) < 2 ** 63 : Math.abs(n) <= 100);
  if (integral && Math.abs(n) <= 100) {
    if (n > 0) r = cpowu(a, n);
    else {
      const d = cpowu(a, -n);
      if (d[0] === 0 && d[1] === 0) return { k: 'zerodiv' };
      r = cquot([1, 0], d);
    }
  } else if (b[0] === 0 && b[1] === 0) {
    r = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return { k: 'zerodiv' };
    r = [0, 0];
  } else {
    // len = pow(hypot(a), b.real) / exp(atan2(a) * b.imag): finite and not overflowing (nor
    // inf / inf) when its base-2 logarithm stays well inside the double range
    const vabs = glibcHypot(a[0], a[1]);
    const scale = Math.abs(b[0] * Math.log2(vabs)) + Math.abs(Math.PI * b[1] * Math.LOG2E);
    const finite = Number.isFinite(vabs) && vabs > 0 && Number.isFinite(b[0]) && Number.isFinite(b[1]) && scale < 1000;
    return finite ? { k: 'libm' } : { k: 'unknown' };
  }
  const inf = (x: number): boolean => x === Infinity || x === -Infinity;
  if (inf(r[0]) || inf(r[1])) return { k: 'overflow' };
  return { k: 'value', re: r[0], im: r[1] };
}
