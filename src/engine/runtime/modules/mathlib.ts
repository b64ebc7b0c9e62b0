// The numerical kernels of the math module (Modules/mathmodule.c): plain functions on doubles and
// bigints, with no simulated objects, so scripts/math-libm-check.mjs can test them against real
// CPython on millions of arguments.
//
// Two kinds of results:
// - exactly defined ones (sqrt, floor, fmod, remainder, frexp, ldexp, modf, fsum, hypot/dist with
//   each version's own algorithm, nextafter, ulp, fma, ...): IEEE 754 fixes every bit, so these are
//   computed here for every argument;
// - the C library's transcendental functions (exp, log, sin, pow, ...): glibc's libm and V8's
//   fdlibm-derived Math.* round differently in the last bit for a measurable share of arguments
//   (see docs/math-libm.md), so these are computed only where the result is fixed whatever the
//   library: special values (C99 Annex F), domain errors, overflow far beyond the threshold, and
//   results that are exactly representable (exp(0), log2(2**k), pow(3.0, 4), ...). `null` means
//   "depends on the C library": the caller stops the run.
import { powDecided } from '../crpow';

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

export function bitsOf(x: number): bigint {
  F64[0] = x;
  return U64[0];
}

export function fromBits(b: bigint): number {
  U64[0] = BigInt.asUintN(64, b);
  return F64[0];
}

/** 2**n exactly, for -1074 <= n <= 1023 (built from its bits, not by a library pow). */
export function pow2(n: number): number {
  if (n >= -1022) return fromBits(BigInt(n + 1023) << 52n);
  return fromBits(1n << BigInt(n + 1074));
}

export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export function copysign(x: number, y: number): number {
  const ax = Math.abs(x);
  if (y !== y) return (bitsOf(y) >> 63n) === 1n ? -ax : ax;
  return isNegative(y) ? -ax : ax;
}

/** frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x finite and nonzero). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let ax = Math.abs(x);
  if (ax < 2.2250738585072014e-308) {
    ax *= 18446744073709551616;
    e -= 64;
  }
  const biased = Number((bitsOf(ax) >> 52n) & 0x7ffn);
  e += biased - 1022;
  const m = fromBits((bitsOf(ax) & 0x800fffffffffffffn) | (1022n << 52n));
  return [x < 0 ? -m : m, e];
}

/** ldexp(x, e) correctly rounded (one rounding, as C's ldexp), for any integer e. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const target = ex + e; // the result is m * 2**target, 0.5 <= |m| < 1
  if (target > 1024) return m < 0 ? -Infinity : Infinity;
  if (target >= -1021) return m * pow2(target - 1) * 2; // exact: a normal result
  // subnormal or zero: one rounding, from a value scaled exactly to just above the normal range
  const s = target + 1021;
  if (s < -60) return m < 0 ? -0 : 0;
  return m * pow2(-1021) * pow2(s);
}

/** C's modf: [fractional part, integral part], both with x's sign. */
export function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [copysign(0, x), x];
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [copysign(fp, x), copysign(ip, x)];
}

/** C's fmod (JS % is the exact truncated remainder, as fmod). */
export function fmod(x: number, y: number): number {
  return x % y;
}

/** m_remainder: IEEE 754 remainder, exact. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** C's nextafter. */
export function nextafter(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  return fromBits((x < y) === (x > 0) ? b + 1n : b - 1n);
}

/** math.ulp */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** math.nextafter(x, y, steps=n) (3.12+): n steps along the bit patterns. */
export function nextafterSteps(x: number, y: number, steps: bigint): number {
  if (steps === 0n) return x;
  if (x !== x) return x;
  if (y !== y) return y;
  const ux = bitsOf(x), uy = bitsOf(y);
  if (ux === uy) return x;
  const SIGN = 1n << 63n;
  const ax = ux & ~SIGN, ay = uy & ~SIGN;
  if ((ux ^ uy) & SIGN) {
    if (ax + ay <= steps) return y;
    if (ax < steps) return fromBits((uy & SIGN) | (steps - ax));
    return fromBits(ux - steps);
  }
  if (ax > ay) return ax - ay >= steps ? fromBits(ux - steps) : y;
  return ay - ax >= steps ? fromBits(ux + steps) : y;
}

// ---------------------------------------------------------------- exact products and fma

/** A finite double as sign * m * 2**e with m a non-negative bigint. */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const b = bitsOf(x);
  const biased = Number((b >> 52n) & 0x7ffn);
  const frac = b & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075;
  return [x < 0 ? -m : m, e];
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** The double nearest to m * 2**e (ties to even), m a bigint. `zeroSign` is the sign an exact
 * zero takes. */
export function roundScaled(m: bigint, e: number, zeroNegative = false): number {
  if (m === 0n) return zeroNegative ? -0 : 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  const len = bitLength(a);
  // keep 53 significant bits, fewer below the normal range (the least exponent is -1074)
  let shift = len - 53;
  if (e + shift < -1074) shift = -1074 - e;
  if (shift > 0) {
    const sh = BigInt(shift);
    const rest = a & ((1n << sh) - 1n);
    a >>= sh;
    const half = 1n << (sh - 1n);
    if (rest > half || (rest === half && (a & 1n) === 1n)) a += 1n;
    e += shift;
  }
  // a now has at most 54 bits; the scaling by a power of two below is exact unless it overflows
  const r = ldexp(Number(a), e);
  return neg ? -r : r;
}

/** fma(x, y, z): x*y + z with one rounding (C99's fma; math.fma in 3.13). */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return x * y + z;
  if (x === 0 || y === 0) return x * y + z;
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const sum = ((mx * my) << BigInt(ep - e)) + (mz << BigInt(ez - e));
  // an exact zero sum is +0 in round-to-nearest (x*y and z of opposite signs)
  if (sum === 0n) return (x * y) + z;
  return roundScaled(sum, e);
}

/** dl_mul: the product and its exact error, fma(x, y, -x*y). */
export function twoProduct(x: number, y: number): [number, number] {
  const z = x * y;
  return [z, fma(x, y, -z)];
}

// ---------------------------------------------------------------- fsum

/** math.fsum's arithmetic over values already converted to doubles. Returns the sum, or the
 * error CPython raises ('overflow': OverflowError "intermediate overflow in fsum", 'infnan':
 * ValueError "-inf + inf in fsum"). `partialsGrew` is told each time the partials array doubles
 * past its 32 stack slots (CPython mallocs it). */
export class FsumState {
  p: number[] = [];
  special = 0;
  inf = 0;
  /** The partials array's capacity (32 on the C stack, then doubled on the heap). */
  cap = 32;
  add(xin: number, grow: (newCap: number, oldCap: number) => void): 'overflow' | null {
    let x = xin;
    const p = this.p;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xin)) return 'overflow';
        if (xin === Infinity || xin === -Infinity) this.inf += xin;
        this.special += xin;
        p.length = 0;
      } else {
        if (p.length >= this.cap) {
          grow(this.cap * 2, this.cap);
          this.cap *= 2;
        }
        p.push(x);
      }
    }
    return null;
  }
  result(): number | 'infnan' {
    if (this.special !== 0) {
      if (this.inf !== this.inf) return 'infnan';
      return this.special;
    }
    const p = this.p;
    let n = p.length;
    let hi = 0;
    let lo = 0;
    if (n > 0) {
      hi = p[--n];
      while (n > 0) {
        const x = hi;
        const y = p[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0) break;
      }
      if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
}

// ---------------------------------------------------------------- hypot and dist

/** vector_norm: the Euclidean norm of non-negative finite `vec` with maximum `max`, by each
 * version's algorithm (3.8: scaled sum with one compensation; 3.10/3.11: exact squares by
 * Veltkamp splitting and a differential correction; 3.12+: fma-based lossless squares). */
export function vectorNorm(minor: number, vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  if (minor < 10) {
    let csum = 1.0, frac = 0.0;
    for (let i = 0; i < n; i++) {
      let x = vec[i] / max;
      x = x * x;
      const old = csum;
      csum += x;
      frac += (old - csum) + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac);
  }
  const maxE = frexp(max)[1];
  if (minor < 12) {
    const T27 = 134217729.0;
    let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    if (maxE >= -1023) {
      const scale = ldexp(1.0, -maxE);
      for (let i = 0; i < n; i++) {
        let x = vec[i] * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = 2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
        void t;
      }
      const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
      let x = h;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      x = -hi * hi;
      let old = csum;
      csum += x;
      frac1 += (old - csum) + x;
      x = -2.0 * hi * lo;
      old = csum;
      csum += x;
      frac2 += (old - csum) + x;
      x = -lo * lo;
      old = csum;
      csum += x;
      frac3 += (old - csum) + x;
      x = csum - 1.0 + (frac1 + frac2 + frac3);
      return (h + x / (2.0 * h)) / scale;
    }
    for (let i = 0; i < n; i++) {
      let x = vec[i] / max;
      x = x * x;
      const old = csum;
      csum += x;
      frac1 += (old - csum) + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac1);
  }
  // 3.12+
  const DBL_MIN = 2.2250738585072014e-308;
  if (maxE < -1023) {
    const v2 = vec.map((v) => v / DBL_MIN);
    return DBL_MIN * vectorNorm(minor, v2, max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const [phi, plo] = twoProduct(x, x);
    // dl_fast_sum(csum, phi)
    const s = csum + phi;
    const slo = (csum - s) + phi;
    csum = s;
    frac1 += plo;
    frac2 += slo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [phi, plo] = twoProduct(-h, h);
  const s = csum + phi;
  const slo = (csum - s) + phi;
  csum = s;
  frac1 += plo;
  frac2 += slo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// ---------------------------------------------------------------- sumprod (3.12+)

/** dl_sum: the error-free sum. */
function dlSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  const y = (a - (x - z)) + (b - z);
  return [x, y];
}

/** The triple-length accumulator of math.sumprod's float path (tl_fma / tl_to_d). */
export class TripleLength {
  hi = 0;
  lo = 0;
  tiny = 0;
  fma(x: number, y: number): void {
    const [phi, plo] = twoProduct(x, y);
    const [shi, slo] = dlSum(this.hi, phi);
    const [r1hi, r1lo] = dlSum(this.lo, plo);
    const [r2hi, r2lo] = dlSum(r1hi, slo);
    this.tiny = this.tiny + r1lo + r2lo;
    this.hi = shi;
    this.lo = r2hi;
  }
  toDouble(): number {
    const [lhi, llo] = dlSum(this.lo, this.hi);
    return this.tiny + llo + lhi;
  }
}

// ---------------------------------------------------------------- isclose

export function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

// ---------------------------------------------------------------- integers

export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from above gives floor(sqrt(n)) exactly
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function factorial(n: number): bigint {
  // product tree: fast enough for the factorials a simulated program can print
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 16) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= BigInt(i);
      return r;
    }
    const mid = (lo + hi) >>> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return n < 2 ? 1n : prod(2, n);
}

/** perm(n, k) (comb: divided by k!), n >= k >= 0. */
export function permComb(n: bigint, k: bigint, comb: boolean): bigint {
  if (comb && k > n - k) k = n - k;
  if (k === 0n) return 1n;
  const prod = (lo: bigint, count: bigint): bigint => {
    // lo * (lo - 1) * ... (count factors)
    if (count <= 16n) {
      let r = 1n;
      for (let i = 0n; i < count; i++) r *= lo - i;
      return r;
    }
    const half = count / 2n;
    return prod(lo, half) * prod(lo - half, count - half);
  };
  const p = prod(n, k);
  if (!comb) return p;
  return p / factorial(Number(k));
}

// ---------------------------------------------------------------- the C library's functions

const HALF_PI = Math.PI / 2;
const TINY30 = 9.313225746154785e-10; // 2**-30
const TINY60 = 8.673617379884035e-19; // 2**-60

/** Whether x is an integer-valued double. */
function isIntegral(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x;
}

/** The odd integer and power of two of a nonzero finite double: |x| = m * 2**e, m odd. */
function oddScaled(x: number): [bigint, number] {
  let [m, e] = decompose(Math.abs(x));
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

/** x**n exactly, if representable; 'inf' if it certainly overflows; 'zero' if it certainly
 * rounds to zero; null otherwise (finite nonzero x, integer n). */
function exactIntPow(x: number, n: number): number | 'inf' | 'zero' | null {
  const [m, e] = oddScaled(x);
  const neg = x < 0 && Math.abs(n % 2) === 1;
  // |x| lies in [2**lo, 2**hi): bounds for the magnitude of the result
  const lo = e + bitLength(m) - 1, hi = e + bitLength(m);
  if (n > 0) {
    if (lo >= 0 && lo * n >= 1025) return 'inf';
    if (hi <= 0 && hi * n <= -1080) return 'zero';
  } else {
    if (hi <= 0 && -hi * -n >= 1025) return 'inf';
    if (lo >= 0 && lo * -n >= 1080) return 'zero';
  }
  if (m === 1n) {
    const k = e * n;
    if (k > 1023 || k < -1074) return null;
    const r = pow2(k);
    return neg ? -r : r;
  }
  if (n < 0 || n * bitLength(m) > 2048) return null;
  const mm = m ** BigInt(n);
  if (bitLength(mm) > 53) return null;
  const k = e * n;
  if (k + bitLength(mm) - 1 > 1023 || k < -1074) return null;
  const r = ldexp(Number(mm), k);
  if (!Number.isFinite(r) || r === 0) return null;
  return neg ? -r : r;
}

/** The result of C's pow(x, y) for finite x and y where it is fixed whatever the library: NaN
 * (a negative base and a non-integer exponent), infinity (zero to a negative power, certain
 * overflow), or an exactly representable value; null where the last bit depends on the library. */
export function libmPow(x: number, y: number): number | null {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  const yInt = isIntegral(y);
  const yOdd = yInt && Math.abs(y % 2) === 1;
  if (x === 0) {
    if (y < 0) return yOdd ? copysign(Infinity, x) : Infinity;
    return yOdd ? x : 0;
  }
  if (x < 0 && !yInt) return NaN;
  if (yInt) {
    if (Math.abs(y) > 2 ** 53) {
      // |x|**huge: overflow or underflow decided by |x| against 1 (|x| == 1 is exact)
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      const big = (ax > 1) === (y > 0);
      return big ? (x < 0 && yOdd ? -Infinity : Infinity) : (x < 0 && yOdd ? -0 : 0);
    }
    const r = exactIntPow(x, y);
    if (r === 'inf') return x < 0 && yOdd ? -Infinity : Infinity;
    if (r === 'zero') return x < 0 && yOdd ? -0 : 0;
    if (r !== null) return r;
  }
  // correctly rounded where no pow() within its error bound could round otherwise (crpow.ts)
  const d = powDecided(Math.abs(x), y);
  if (d === null) return null;
  return x < 0 && yOdd ? -d : d;
}

/** C's one-argument functions at the arguments where the result does not depend on the library
 * (finite or not; CPython's wrappers then map NaN/inf results to its errors). null elsewhere. */
export function libm1(name: string, x: number): number | null {
  if (x !== x) return x;
  const ax = Math.abs(x);
  const inf = ax === Infinity;
  switch (name) {
    case 'exp':
      if (x === 0) return 1;
      if (x === Infinity) return x;
      if (x === -Infinity) return 0;
      if (x >= 710) return Infinity;
      if (x <= -746) return 0;
      return null;
    case 'exp2':
      if (x === Infinity) return x;
      if (x === -Infinity) return 0;
      if (isIntegral(x) && x >= -1074 && x <= 1023) return pow2(x);
      if (x >= 1025) return Infinity;
      if (x <= -1080) return 0;
      return null;
    case 'expm1':
      if (x === 0 || x === Infinity) return x;
      if (x === -Infinity) return -1;
      if (x >= 710) return Infinity;
      if (x <= -40) return -1;
      if (ax < TINY60) return x;
      return null;
    case 'log':
    case 'log2':
    case 'log10':
      if (x < 0) return NaN;
      if (x === 0) return -Infinity;
      if (x === Infinity) return x;
      if (x === 1) return 0;
      if (name === 'log2') {
        const [m, e] = oddScaled(x);
        if (m === 1n) return e;
      }
      if (name === 'log10') {
        for (let k = 1; k <= 22; k++) if (x === Number(`1e${k}`)) return k;
      }
      return null;
    case 'log1p':
      if (x === 0 || x === Infinity) return x;
      if (x < -1) return NaN;
      if (x === -1) return -Infinity;
      if (ax < TINY60) return x;
      return null;
    case 'sqrt':
      return Math.sqrt(x);
    case 'cbrt':
      // not even perfect cubes: glibc's cbrt(27.0) is 3.0000000000000004
      if (x === 0 || inf) return x;
      return null;
    case 'sin':
    case 'tan':
      if (x === 0) return x;
      if (inf) return NaN;
      if (ax < TINY30) return x;
      return null;
    case 'cos':
      if (inf) return NaN;
      if (ax < TINY30) return 1;
      return null;
    case 'asin':
      if (ax > 1) return NaN;
      if (x === 0) return x;
      if (ax < TINY30) return x;
      return null;
    case 'acos':
      if (ax > 1) return NaN;
      if (x === 1) return 0;
      return null;
    case 'atan':
      if (x === 0) return x;
      if (inf) return copysign(HALF_PI, x);
      if (ax < TINY30) return x;
      return null;
    case 'sinh':
    case 'tanh':
    case 'asinh':
    case 'atanh':
      if (x === 0) return x;
      if (name === 'atanh') {
        if (ax > 1) return NaN;
        if (ax === 1) return copysign(Infinity, x);
      }
      if (inf) return name === 'tanh' ? copysign(1, x) : x;
      // glibc's tanh returns x*(1+x) only below 2**-55 (measured: not x itself at 2**-50)
      if (ax < (name === 'tanh' ? TINY60 : TINY30)) return x;
      if (name === 'tanh' && ax >= 40) return copysign(1, x);
      if (name === 'sinh' && ax >= 711) return copysign(Infinity, x);
      return null;
    case 'cosh':
      if (inf) return Infinity;
      if (ax < TINY30) return 1;
      if (ax >= 711) return Infinity;
      return null;
    case 'acosh':
      if (x < 1) return NaN;
      if (x === 1) return 0;
      if (x === Infinity) return x;
      return null;
    case 'erf':
      if (x === 0) return x;
      if (inf || ax >= 6) return copysign(1, x);
      return null;
    case 'erfc':
      if (x === 0) return 1;
      if (x === Infinity || x >= 28) return 0;
      if (x === -Infinity || x <= -6) return 2;
      return null;
    default:
      return null;
  }
}

/** m_atan2 at the arguments where the result does not depend on the library, else null. */
export function libmAtan2(y: number, x: number): number | null {
  if (x !== x || y !== y) return NaN;
  const PI = Math.PI;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return copysign(copysign(1, x) === 1 ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    if (copysign(1, x) === 1) return copysign(0, y);
    return copysign(PI, y);
  }
  // finite, y != 0
  if (x === 0) return copysign(HALF_PI, y);
  return null;
}

/** The sign of m_sinpi(x) for finite non-integer x: sin(pi*x) is positive on (0, 1) mod 2. */
function sinpiSign(x: number): number {
  const y = Math.abs(x) % 2;
  const s = y < 1 ? 1 : -1;
  return x < 0 ? -s : s;
}

const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

/** m_tgamma (CPython's own Lanczos implementation) where its result does not depend on the C
 * library: [value, errno] ('EDOM' / 'ERANGE' / null), or null. */
export function tgamma(x: number): [number, 'EDOM' | 'ERANGE' | null] | null {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return [x, null];
    return [NaN, 'EDOM'];
  }
  if (x === 0) return [copysign(Infinity, x), 'EDOM'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'EDOM'];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], null];
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? null : 'ERANGE'];
  }
  if (ax > 200.0) {
    if (x < 0) return [0.0 / sinpiSign(x), null];
    return [Infinity, 'ERANGE'];
  }
  return null;
}

/** m_lgamma where its result does not depend on the C library, or null. */
export function lgamma(x: number): [number, 'EDOM' | null] | null {
  if (!Number.isFinite(x)) {
    if (x !== x) return [x, null];
    return [Infinity, null];
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0) return [Infinity, 'EDOM'];
    return [0.0, null];
  }
  return null;
}

// ---------------------------------------------------------------- CPython's wrappers

/** What a math function gives for double arguments: the result, CPython's error, or null when it
 * depends on the C library. */
export type Outcome = number | 'ValueError' | 'OverflowError' | null;

/** One-argument functions wrapped by math_1 (can overflow?), math_1a, or math_1 through loghelper. */
export const FUNC1_OVERFLOW: Record<string, boolean> = {
  acos: false, acosh: false, asin: false, asinh: false, atan: false, atanh: false, cbrt: false, cos: false,
  cosh: true, exp: true, exp2: true, expm1: true, log1p: false, sin: false, sinh: true, sqrt: false, tan: false,
  tanh: false, log: false, log2: false, log10: false, fabs: false,
};

function errnoOutcome(r: number, errno: 'EDOM' | 'ERANGE' | null): Outcome {
  if (errno === 'EDOM') return 'ValueError';
  if (errno === 'ERANGE' && Math.abs(r) >= 1.5) return 'OverflowError';
  return r;
}

/** math.NAME(x) for a float x (math_1 / math_1a, and CPython's own gamma/lgamma). */
export function outcome1(name: string, x: number): Outcome {
  if (name === 'gamma' || name === 'lgamma') {
    const r = name === 'gamma' ? tgamma(x) : lgamma(x);
    return r === null ? null : errnoOutcome(r[0], r[1]);
  }
  const r = name === 'fabs' ? Math.abs(x) : libm1(name, x);
  if (r === null) return null;
  if (name === 'erf' || name === 'erfc') return r;
  if (r !== r && x === x) return 'ValueError';
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) return FUNC1_OVERFLOW[name] ? 'OverflowError' : 'ValueError';
  return r;
}

/** math_2 around a two-argument function. */
export function outcome2(f: (x: number, y: number) => number | null, x: number, y: number): Outcome {
  const r = f(x, y);
  if (r === null) return null;
  if (r !== r) {
    if (x === x && y === y) return 'ValueError';
  } else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    return 'OverflowError';
  }
  return r;
}

export function outcomeAtan2(y: number, x: number): Outcome {
  return outcome2(libmAtan2, y, x);
}

/** math_pow_impl (`minor`: 3.8-3.10 make 0**-inf a domain error). */
export function outcomePow(minor: number, x: number, y: number): Outcome {
  let r: number;
  let errno: 'EDOM' | 'ERANGE' | null = null;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      const ax = Math.abs(x);
      if (ax === 1) r = 1;
      else if (y > 0 && ax > 1) r = y;
      else if (y < 0 && ax < 1) {
        r = -y;
        if (minor < 11 && x === 0) errno = 'EDOM';
      } else r = 0;
    }
  } else {
    const v = libmPow(x, y);
    if (v === null) return null;
    r = v;
    if (r !== r) errno = 'EDOM';
    else if (r === Infinity || r === -Infinity) errno = x === 0 ? 'EDOM' : 'ERANGE';
  }
  return errnoOutcome(r, errno);
}
