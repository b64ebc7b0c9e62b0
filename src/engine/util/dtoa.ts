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
