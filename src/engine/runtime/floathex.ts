// float.fromhex (Objects/floatobject.c float_fromhex): a hexadecimal string to the nearest double.
//
// CPython parses `[ws] [sign] (inf|infinity|nan | [0x] hexdigits [. hexdigits] [p [sign] digits]) [ws]`
// (ASCII whitespace only, no underscores) and rounds the exact value half-to-even to a double,
// subnormals included; a value that rounds to 2**1024 or beyond is an OverflowError, one below
// half the smallest subnormal is 0.0. Every bit is fixed by that definition, so the value is
// computed exactly here with BigInt arithmetic.
import { T } from './core';
import { raise } from './exc';

/** Py_ISSPACE: the ASCII whitespace characters. */
function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c';
}

function hexValue(c: string | undefined): number {
  if (c === undefined) return -1;
  const k = c.charCodeAt(0);
  if (k >= 48 && k <= 57) return k - 48;
  if (k >= 97 && k <= 102) return k - 87;
  if (k >= 65 && k <= 70) return k - 55;
  return -1;
}

/** m * 2**e for an integer m < 2**53 whose product is exactly a double (normal or subnormal). */
export function ldexpExact(m: number, e: number): number {
  if (m === 0) return 0;
  // keep the intermediate in the normal range: first scale to about 2**0, then the rest
  if (e < -1000) return m * 2 ** (e + 1000) * 2 ** -1000;
  if (e > 900) return m * 2 ** (e - 900) * 2 ** 900;
  return m * 2 ** e;
}

const parseError = (): never => raise(T.ValueError, 'invalid hexadecimal floating-point string');
const overflowError = (): never => raise(T.OverflowError, 'hexadecimal value too large to represent as a float');

/** _Py_parse_inf_or_nan: [sign] inf|infinity|nan, case-insensitive; null when none is there. */
function parseInfOrNan(s: string, i: number): [number, number] | null {
  let j = i;
  let neg = false;
  if (s[j] === '-') {
    neg = true;
    j++;
  } else if (s[j] === '+') j++;
  const rest = s.slice(j, j + 8).toLowerCase();
  if (rest.startsWith('inf')) {
    j += rest.startsWith('infinity') ? 8 : 3;
    return [neg ? -Infinity : Infinity, j];
  }
  if (rest.startsWith('nan')) return [NaN, j + 3];
  return null;
}

/** The double float.fromhex(s) returns (raising CPython's ValueError/OverflowError). */
export function floatFromHex(s: string): number {
  let i = 0;
  const n = s.length;
  while (i < n && isSpace(s[i])) i++;
  let x: number;
  let negate = false;
  const special = parseInfOrNan(s, i);
  if (special !== null) {
    [x, i] = special;
  } else {
    if (s[i] === '-') {
      negate = true;
      i++;
    } else if (s[i] === '+') i++;
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
    // coefficient: <integer> [. <fraction>]
    let digits = '';
    while (hexValue(s[i]) >= 0) digits += s[i++];
    let fdigits = 0;
    if (s[i] === '.') {
      i++;
      while (hexValue(s[i]) >= 0) {
        digits += s[i++];
        fdigits++;
      }
    }
    if (digits.length === 0) parseError();
    // [p <exponent>] (strtol: a value beyond a C long is clamped to it)
    let exp = 0n;
    if (s[i] === 'p' || s[i] === 'P') {
      i++;
      const start = i;
      if (s[i] === '-' || s[i] === '+') i++;
      if (!(s[i] >= '0' && s[i] <= '9')) parseError();
      while (s[i] >= '0' && s[i] <= '9') i++;
      exp = BigInt(s.slice(start, i));
      const LONG_MAX = (1n << 63n) - 1n;
      if (exp > LONG_MAX) exp = LONG_MAX;
      if (exp < -LONG_MAX - 1n) exp = -LONG_MAX - 1n;
    }
    const coeff = BigInt(`0x${digits}`);
    x = 0;
    if (coeff !== 0n && exp >= -(1n << 62n)) {
      if (exp > (1n << 62n) - 1n) overflowError();
      // value = coeff * 2**e2
      const e2 = Number(exp) - 4 * fdigits;
      const bits = coeff.toString(2).length;
      // top = 1 + the exponent of the most significant bit
      const top = e2 + bits;
      if (top > 1024) overflowError();
      if (top >= -1074) {
        // lsb: the exponent of the last bit a double keeps (subnormals: 2**-1074)
        const lsb = Math.max(top, -1021) - 53;
        if (e2 >= lsb) x = ldexpExact(Number(coeff), e2);
        else {
          const shift = BigInt(lsb - e2);
          let q = coeff >> shift;
          const rem = coeff - (q << shift);
          const half = 1n << (shift - 1n);
          if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
          if (lsb + q.toString(2).length > 1024) overflowError();
          x = ldexpExact(Number(q), lsb);
        }
      }
    }
  }
  while (i < n && isSpace(s[i])) i++;
  if (i !== n) parseError();
  return negate ? -x : x;
}
