// Correctly rounded fixed and exponential notation of doubles with CPython's rounding
// (Python/dtoa.c, ROUND_BIASED not defined): an exact tie rounds to even. JavaScript's
// toFixed/toExponential round exact ties away from zero (2.5 -> "3", 0.125 -> "0.13").

/** The exact value of a finite double |x| > 0 as digits × 10^-scale (digits without leading zeros). */
function exactDigits(x: number): { digits: string; scale: number } {
  let m = Math.abs(x);
  let e = 0;
  // m * 2^-e is exact at every step (doubling is exact for finite doubles below the maximum)
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  if (e === 0) return { digits: BigInt(m).toString(), scale: 0 };
  return { digits: (BigInt(m) * 5n ** BigInt(e)).toString(), scale: e };
}

/** Keep the first `keep` digits of `d` (keep >= 0), rounding the rest half to even. Returns the
 * kept digits (which may have grown by one digit on a carry). */
function roundHalfEven(d: string, keep: number): string {
  if (d.length <= keep) return d.padEnd(keep, '0');
  const head = keep > 0 ? d.slice(0, keep) : '0';
  const first = d.charCodeAt(keep) - 48;
  let up: boolean;
  if (first > 5) up = true;
  else if (first < 5) up = false;
  else {
    const rest = d.slice(keep + 1);
    up = /[1-9]/.test(rest) || (head.charCodeAt(head.length - 1) - 48) % 2 === 1;
  }
  if (!up) return keep > 0 ? head : '';
  const r = (BigInt(head) + 1n).toString();
  return keep > 0 ? r.padStart(keep, '0') : r;
}

/** |x| with `prec` digits after the point (x finite, sign ignored). */
export function toFixedEven(x: number, prec: number): string {
  if (x === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  const { digits, scale } = exactDigits(x);
  // digits × 10^-scale with prec decimals: keep all but (scale - prec) trailing digits
  let kept: string;
  if (scale <= prec) kept = digits + '0'.repeat(prec - scale);
  else {
    const drop = scale - prec;
    const keep = digits.length - drop;
    kept = keep >= 0 ? roundHalfEven(digits, keep) : roundHalfEven('0'.repeat(-keep) + digits, 0);
  }
  if (kept === '') kept = '0';
  kept = kept.padStart(prec + 1, '0');
  const ip = kept.slice(0, kept.length - prec).replace(/^0+(?=\d)/, '');
  return prec > 0 ? ip + '.' + kept.slice(kept.length - prec) : ip;
}

/** |x| as d.ddd (prec digits after the point) and its decimal exponent (x finite, sign ignored). */
export function toExponentialEven(x: number, prec: number): { mantissa: string; exp: number } {
  if (x === 0) return { mantissa: prec > 0 ? '0.' + '0'.repeat(prec) : '0', exp: 0 };
  const { digits, scale } = exactDigits(x);
  let exp = digits.length - 1 - scale;
  let kept = roundHalfEven(digits, prec + 1);
  if (kept.length > prec + 1) {
    kept = kept.slice(0, prec + 1);
    exp++;
  }
  return { mantissa: prec > 0 ? kept[0] + '.' + kept.slice(1) : kept, exp };
}

/** _Py_dg_dtoa (Python/dtoa.c) for a finite double, sign ignored: the digits (no trailing zeros;
 * empty when mode 3 rounds the value away) and the position of the decimal point. Mode 0 is the
 * shortest string that reads back as `x`; mode 2 keeps `ndigits` significant digits (at least
 * one); mode 3 keeps `ndigits` digits after the point. Exact ties round to even. */
export function dgDtoa(x: number, mode: 0 | 2 | 3, ndigits: number): { digits: string; decpt: number } {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', decpt: 1 };
  if (mode === 0) {
    // ECMAScript's shortest round-trip digits, the nearest such when several are as short
    const e = ax.toExponential();
    const ep = e.indexOf('e');
    const digits = e.slice(0, ep).replace('.', '').replace(/0+$/, '');
    return { digits: digits === '' ? '0' : digits, decpt: parseInt(e.slice(ep + 1), 10) + 1 };
  }
  const fast = fastDtoa(ax, mode, ndigits);
  if (fast !== null) return fast;
  const { digits: d, scale } = exactDigits(ax);
  const decpt0 = d.length - scale;
  if (mode === 2) {
    const nd = ndigits <= 0 ? 1 : ndigits;
    let kept = roundHalfEven(d, nd);
    let decpt = decpt0;
    if (kept.length > nd) {
      kept = kept.slice(0, nd);
      decpt++;
    }
    return { digits: kept.replace(/0+$/, ''), decpt };
  }
  // mode 3: the value rounded to a multiple of 10^-ndigits, as the integer N = x * 10^ndigits
  const shift = ndigits - scale;
  let n: bigint;
  if (shift >= 0) n = BigInt(d) * 10n ** BigInt(shift);
  else {
    const div = 10n ** BigInt(-shift);
    const big = BigInt(d);
    n = big / div;
    const r2 = (big % div) * 2n;
    if (r2 > div || (r2 === div && (n & 1n) === 1n)) n += 1n;
  }
  if (n === 0n) return { digits: '', decpt: -ndigits };
  const s = n.toString();
  return { digits: s.replace(/0+$/, ''), decpt: s.length - ndigits };
}

/** Whether rounding the finite positive `x` to `places` digits after the point could meet an
 * exact tie: only if x * 2**(places + 1) is an integer (x has that few binary fraction digits). */
function mayTie(x: number, places: number): boolean {
  if (places < 0) return true;
  let m = x;
  for (let i = 0; i <= places + 1; i++) {
    if (Number.isInteger(m)) return true;
    m *= 2;
  }
  return Number.isInteger(m);
}

/** dgDtoa through JavaScript's toFixed/toExponential, which round exactly but break ties
 * upwards: used where no tie can occur. Null when the exact path is needed. */
function fastDtoa(ax: number, mode: 2 | 3, ndigits: number): { digits: string; decpt: number } | null {
  if (mode === 3) {
    if (ndigits > 100 || ax >= 1e21 || mayTie(ax, ndigits)) return null;
    const t = ax.toFixed(ndigits);
    const dot = t.indexOf('.');
    const ip = dot < 0 ? t : t.slice(0, dot);
    const all = dot < 0 ? t : ip + t.slice(dot + 1);
    let lead = 0;
    while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
    if (lead === all.length) return { digits: '', decpt: -ndigits };
    return { digits: all.slice(lead).replace(/0+$/, ''), decpt: ip.length - lead };
  }
  const nd = ndigits <= 0 ? 1 : ndigits;
  if (nd > 100) return null;
  const t = ax.toExponential(nd - 1);
  const ep = t.indexOf('e');
  const exp = parseInt(t.slice(ep + 1), 10);
  // the rounding position, with a digit of margin for a carry
  if (mayTie(ax, nd - exp)) return null;
  const digits = t.slice(0, ep).replace('.', '').replace(/0+$/, '');
  return { digits: digits === '' ? '0' : digits, decpt: exp + 1 };
}

export const DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8;

/** PyOS_double_to_string (Python/pystrtod.c, format_float_short): `code` is one of e E f F g G r;
 * 'r' is the repr (precision 0). */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  let fc = code.toLowerCase();
  let mode: 0 | 2 | 3;
  if (fc === 'e') {
    mode = 2;
    precision++;
  } else if (fc === 'f') mode = 3;
  else if (fc === 'g') {
    mode = 2;
    if (precision === 0) precision = 1;
  } else {
    fc = 'r';
    mode = 0;
  }
  const addSign = (flags & DTSF_SIGN) !== 0, addDot0 = (flags & DTSF_ADD_DOT_0) !== 0, alt = (flags & DTSF_ALT) !== 0;
  let neg = x < 0 || Object.is(x, -0);
  if (x !== x || !Number.isFinite(x)) {
    // Gay's Infinity and NaN as inf and nan; a NaN's sign is ignored
    if (x !== x) neg = false;
    const word = x !== x ? 'nan' : 'inf';
    return (neg ? '-' : addSign ? '+' : '') + (upper ? word.toUpperCase() : word);
  }
  const { digits, decpt: dp } = dgDtoa(x, mode, precision);
  let decpt = dp;
  if ((flags & DTSF_NO_NEG_0) !== 0 && neg && (digits === '' || digits === '0')) neg = false;
  const len = digits.length;
  let vEnd = len;
  let useExp = false;
  if (fc === 'e') {
    useExp = true;
    vEnd = precision;
  } else if (fc === 'f') vEnd = decpt + precision;
  else if (fc === 'g') {
    if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
    if (alt) vEnd = precision;
  } else if (decpt <= -4 || decpt > 16) useExp = true;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = neg ? '-' : addSign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += '0'.repeat(decpt - len) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - len);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  return out;
}
