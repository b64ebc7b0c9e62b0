// C's pow(x, y) for the float `**` operator, without depending on the C library's last bit.
//
// CPython's float_pow calls the platform's pow(), which is not correctly rounded: glibc's (the
// oracle here) bounds its error by 0.509-0.54 ulp (see `margin`), and V8's Math.pow differs from
// glibc's in the last bit for about one result in ten (x ** 3). What can be computed exactly is
// the correctly rounded result and how far the true value lies from the midpoint between two
// doubles: when it is farther than pow()'s error beyond half an ulp, pow() must return the
// correctly rounded double, so the result is CPython's. Closer than that (two or three cases in
// a hundred), or for exponents this module cannot evaluate to high precision, the caller stops
// the run instead of guessing.
//
// Exponents handled: integers (|y| < 2**31) and halves (k + 0.5, via an integer square root),
// for finite positive x (results in the normal and subnormal ranges, and overflow).

/** Bits kept in intermediate products: truncation errors stay far below the 0.02-ulp margin. */
const PREC = 192;
/** How far from a midpoint (in ulps) a pow() result can still be rounded the other way. glibc's
 * e_pow.c (2.28+) bounds its error by the exp step's 0.509 ulp plus the log step's relative error
 * 1.3 * 2**-68, scaled by |y * log(x)| and 2**53 — the figures of its FMA variant, which x86-64
 * CPUs since 2013 select (without FMA: 0.511 ulp and 1.5 * 2**-68). Plus a millionth of an ulp for
 * the truncation here. */
function margin(x: number, y: number): number {
  return 0.009 + Math.abs(y * Math.log(x)) * 1.3 * 2 ** -15 + 1e-6;
}

/** A positive value M * 2**E (M a BigInt, truncated to about PREC bits). */
interface Big {
  m: bigint;
  e: number;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

function bitLength(m: bigint): number {
  return m === 0n ? 0 : m.toString(2).length;
}

/** |x| (finite, non-zero) as M * 2**E exactly. */
function fromDouble(x: number): Big {
  F64[0] = Math.abs(x);
  const hi = U32[1], lo = U32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  return { m, e };
}

function trunc(b: Big): Big {
  const n = bitLength(b.m);
  if (n <= PREC) return b;
  const s = n - PREC;
  return { m: b.m >> BigInt(s), e: b.e + s };
}

function mul(a: Big, b: Big): Big {
  return trunc({ m: a.m * b.m, e: a.e + b.e });
}

/** 1 / a, to PREC bits. */
function recip(a: Big): Big {
  const n = bitLength(a.m);
  const shift = PREC + n;
  return trunc({ m: (1n << BigInt(shift)) / a.m, e: -shift - a.e });
}

/** a ** n for an integer n >= 1 (binary exponentiation). */
function powInt(a: Big, n: number): Big {
  let result: Big | null = null;
  let base = a;
  while (n > 0) {
    if (n & 1) result = result === null ? base : mul(result, base);
    n = Math.floor(n / 2);
    if (n > 0) base = mul(base, base);
  }
  return result as Big;
}

/** sqrt(a), to about PREC bits (Newton's method on integers). */
function sqrtBig(a: Big): Big {
  // make the exponent even and the mantissa about 2*PREC bits
  let m = a.m;
  let e = a.e;
  const want = 2 * PREC + 2 - bitLength(m);
  if (want > 0) {
    m <<= BigInt(want);
    e -= want;
  }
  if (e % 2 !== 0) {
    m <<= 1n;
    e -= 1;
  }
  let x = 1n << BigInt(Math.ceil(bitLength(m) / 2));
  for (;;) {
    const y = (x + m / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return trunc({ m: x, e: e / 2 });
}

/** v * 2**k for an integer v < 2**54 whose result is a normal double (or overflows): scaled
 * through [1, 2) so that no intermediate leaves the normal range. */
function scale(v: number, k: number): number {
  const n = Math.floor(Math.log2(v));
  const unit = v * Math.pow(2, -n);
  const top = k + n;
  if (top > 1023) return unit * Math.pow(2, 1023) * Math.pow(2, top - 1023);
  return unit * Math.pow(2, top);
}

/** The correctly rounded double of b when no 0.52-ulp rounding could differ from it (subnormals
 * included); Infinity on overflow; null near a midpoint. */
function roundChecked(b: Big, near: number): number | null {
  const n = bitLength(b.m);
  const top = b.e + n - 1; // floor(log2(value))
  if (top >= 1024) return Infinity;
  // below a quarter of the smallest subnormal: every such pow() returns 0
  if (top < -1077) return 0;
  if (top < -1022) {
    // a subnormal result: glibc's pow (specialcase) rounds its extra-precise value once, onto the
    // 2**-1074 grid, so the same test applies there, with the margin in units of that grid
    // (larger than the value's 53-bit ulp, which the margin is measured in: conservative)
    const sub = -1074 - b.e;
    if (sub <= 0) return Number(b.m) * 2 ** (b.e + 1074) * 2 ** -1074;
    const q = b.m >> BigInt(sub);
    const r = b.m - (q << BigInt(sub));
    const half = 1n << BigInt(sub - 1);
    const diff = r > half ? r - half : half - r;
    const d = Number((diff << 20n) >> BigInt(sub)) / 2 ** 20;
    if (d < near) return null;
    return Number(r > half ? q + 1n : q) * 2 ** -1074;
  }
  const shift = n - 53;
  if (shift <= 0) return scale(Number(b.m), b.e);
  const q = b.m >> BigInt(shift);
  const r = b.m - (q << BigInt(shift));
  const half = 1n << BigInt(shift - 1);
  // distance of the value from the midpoint, in ulps
  const diff = r > half ? r - half : half - r;
  const d = Number((diff << 20n) >> BigInt(shift)) / 2 ** 20;
  if (d < near) return null;
  const rounded = r > half ? q + 1n : q;
  return scale(Number(rounded), b.e + shift);
}

/** pow(x, y) for finite x > 0 and finite y, as any C pow with an error below 0.52 ulp returns
 * it, or null when that cannot be decided here (the caller stops). Infinity means overflow. */
export function powDecided(x: number, y: number): number | null {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  const twice = y * 2;
  if (!Number.isInteger(twice) || Math.abs(y) >= 2 ** 31) return null;
  const k = Math.trunc(y);
  const half = twice % 2 !== 0;
  const base = fromDouble(x);
  let v: Big | null = k !== 0 ? powInt(base, Math.abs(k)) : null;
  if (half) {
    const s = sqrtBig(base);
    // y = k + 0.5 (k >= 0) or k - 0.5 (k <= 0): |y| = |k| + 0.5 either way
    v = v === null ? s : mul(v, s);
  }
  if (v === null) return 1;
  if (y < 0) v = recip(v);
  return roundChecked(v, margin(x, y));
}
