// The C library's hypot(), which CPython's abs(complex) calls (_Py_c_abs).
//
// hypot is not correctly rounded in glibc: since 2.35 (sysdeps/ieee754/dbl-64/e_hypot.c) it is
// Borges' "improved algorithm for hypot(a, b)" — sqrt(ax*ax + ay*ay) plus one correction step —
// with scaling for huge and tiny operands, about 0.8 ulp at worst. x86-64 builds compile the
// variant without fused multiply-add (there is no FMA ifunc for hypot), and every step is an IEEE
// double operation, so doing the same operations in the same order gives the same bits. Measured
// against CPython's abs(complex) on this machine's glibc 2.36: identical on 700,000 random operand
// pairs, where a correctly rounded hypot differs on 0.09% and V8's Math.hypot on 10%
// (docs/math-libm.md).

const SCALE = 2 ** -600;
const LARGE_VAL = 2 ** 511;
const TINY_VAL = 2 ** -459;
const EPS = 2 ** -54;

/** The kernel for ax >= ay >= 0 whose squares neither overflow nor underflow. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** glibc 2.35+'s hypot(x, y) for finite x and y (Infinity when the result overflows). */
export function glibcHypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    return kernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
