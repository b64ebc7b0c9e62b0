// CPython's repr() of str, bytes, float and complex values as pure functions of their JS
// values (Objects/unicodeobject.c unicode_repr, bytesobject.c, floatobject.c, complexobject.c),
// shared by the runtime and the compile-time checks that quote constants in their messages.

/** unicode_repr: quotes chosen like CPython, escapes for non-printables. */
export function strRepr(s: string): string {
  const hasSingle = s.includes("'");
  const hasDouble = s.includes('"');
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 127) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Py_UNICODE_ISPRINTABLE, approximated with JavaScript's Unicode general categories (Cc, Cf,
 * Cs, Co, Cn, Zl, Zp, Zs other than space are not printable) until the runtime installs the
 * simulated version's own database (`reprHooks`). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
export const reprHooks = {
  isPrintable: (c: number): boolean => c === 32 || !NON_PRINTABLE.test(String.fromCodePoint(c)),
};
export function isPrintable(c: number): boolean {
  return reprHooks.isPrintable(c);
}

/** float_repr: the shortest repr that round-trips ('r' mode), exponent outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const e = x.toExponential();
  const epos = e.indexOf('e');
  const exp = parseInt(e.slice(epos + 1), 10);
  const digits = e.slice(0, epos).replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  if (exp >= 0) {
    if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return sign + '0.' + '0'.repeat(-exp - 1) + digits;
}

/** complex_repr: `(1+2j)`, `1j`, `(-0-1j)`; parts use float repr without a trailing .0. */
export function complexRepr(re: number, im: number): string {
  const part = (x: number): string => {
    const r = floatRepr(x);
    return r.endsWith('.0') ? r.slice(0, -2) : r;
  };
  if (re === 0 && !Object.is(re, -0)) return part(im) + 'j';
  const imS = part(im);
  const sign = imS.startsWith('-') || imS === 'nan' && false ? '' : '+';
  return '(' + part(re) + (imS.startsWith('-') ? '' : sign) + imS + 'j)';
}

export function bytesRepr(s: string, prefix = 'b'): string {
  const hasSingle = s.includes("'");
  const hasDouble = s.includes('"');
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}
