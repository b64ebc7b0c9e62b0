// Formatting: the format-spec mini-language (Python/formatter_unicode.c), `%`-formatting
// (Objects/unicodeobject.c PyUnicode_Format) and str.format (Objects/stringlib/unicode_format.h).
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from '../util/dtoa';
import { PyObject } from './object';
import { P, T, PyErr, NotSimulated, ST, decref, reserve, tmPeakInexact } from './core';
import { cEnter, cLeave, GETTING_STR, WHILE_CALLING } from './recursion';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise, raiseWith } from './exc';
import { S, str as pyStr, repr as pyRepr, getItem, getAttr, lookupSpecial, call, len as pyLen, ascii as pyAscii, index as pyIndex } from './abstract';
import { newStr, guardSurrogateJoin, guardAfter } from './str';
import { intToString, intDecimalStr, type IntVal, toFloatOperand, intToFloat, newInt } from './numbers';
import { decimalValue } from './unicode';

const SSIZE_MAX = (1n << 63n) - 1n;
const INT_MAX = 2147483647;

/** InternalFormatSpec. `type` '' is the C code's '\0' (no type); `thousands` is ',' or '_', '4'
 * for underscores every four digits (bin/oct/hex), '' for none. */
interface Spec {
  fill: string;
  align: string;
  alt: boolean;
  noNeg0: boolean;
  sign: string;
  width: number;
  thousands: string;
  precision: number;
  type: string;
}

/** The message of unknown_presentation_type / invalid_thousands_separator_type for a type code. */
function codeText(c: string): string {
  const cp = c.codePointAt(0) as number;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

function unknownPresentationType(type: string, tname: string): never {
  raise(T.ValueError, `Unknown format code '${codeText(type)}' for object of type '${tname}'`);
}

/** get_integer: the decimal digits (any Unicode decimal digit) at `pos`, as [value, next pos,
 * count]; a value beyond Py_ssize_t is an error. */
function getInteger(chars: string[], pos: number): [number, number, number] {
  let acc = 0;
  let big: bigint | null = null;
  let n = 0;
  for (; pos < chars.length; pos++, n++) {
    const d = decimalValue(chars[pos].codePointAt(0) as number);
    if (d < 0) break;
    if (big === null && acc < 1e14) {
      acc = acc * 10 + d;
      continue;
    }
    if (big === null) big = BigInt(acc);
    if (big > (SSIZE_MAX - BigInt(d)) / 10n) raise(T.ValueError, 'Too many decimal digits in format string');
    big = big * 10n + BigInt(d);
  }
  return [big === null ? acc : Number(big), pos, n];
}

/** parse_internal_render_format_spec (Python/formatter_unicode.c). `tname` is the formatted
 * object's type name (the messages name it). */
/** Parsed specs by version, type name and defaults (a spec parses the same every time; the
 * errors are raised afresh, as only successful parses are kept). */
const specCache = new Map<string, Spec>();

function parseSpec(spec: string, tname: string, defaultType: string, defaultAlign: string): Spec {
  const key = `${P.minor}\u0000${tname}\u0000${defaultType}${defaultAlign}\u0000${spec}`;
  const hit = specCache.get(key);
  if (hit !== undefined) return hit;
  const r = parseSpecUncached(spec, tname, defaultType, defaultAlign);
  if (specCache.size > 2000) specCache.clear();
  specCache.set(key, r);
  return r;
}

function parseSpecUncached(spec: string, tname: string, defaultType: string, defaultAlign: string): Spec {
  const s: Spec = { fill: ' ', align: defaultAlign, alt: false, noNeg0: false, sign: '', width: -1, thousands: '', precision: -1, type: defaultType };
  const chars = Array.from(spec);
  const end = chars.length;
  let pos = 0;
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';
  let alignSpecified = false, fillSpecified = false;
  if (end - pos >= 2 && isAlign(chars[pos + 1])) {
    s.align = chars[pos + 1];
    s.fill = chars[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(chars[pos])) {
    s.align = chars[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (chars[pos] === ' ' || chars[pos] === '+' || chars[pos] === '-')) s.sign = chars[pos++];
  // 'z' (coerce negative zero) is 3.11+
  if (P.minor >= 11 && end - pos >= 1 && chars[pos] === 'z') {
    s.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '#') {
    s.alt = true;
    pos++;
  }
  // the special case for 0-padding: '=' alignment unless one was given (3.10+: only where the
  // default alignment is '>', so not for strings)
  if (!fillSpecified && end - pos >= 1 && chars[pos] === '0') {
    s.fill = '0';
    if (!alignSpecified && (P.minor < 10 || defaultAlign === '>')) s.align = '=';
    pos++;
  }
  let n: number;
  [s.width, pos, n] = getInteger(chars, pos);
  if (n === 0) s.width = -1;
  if (end - pos > 0 && chars[pos] === ',') {
    s.thousands = ',';
    pos++;
  }
  if (end - pos > 0 && chars[pos] === '_') {
    if (s.thousands !== '') raise(T.ValueError, "Cannot specify both ',' and '_'.");
    s.thousands = '_';
    pos++;
  }
  // 3.8 refuses a second ',' always; 3.10+ only after an '_'
  if (end - pos > 0 && chars[pos] === ',' && (P.minor < 10 || s.thousands === '_')) raise(T.ValueError, "Cannot specify both ',' and '_'.");
  if (end - pos > 0 && chars[pos] === '.') {
    pos++;
    [s.precision, pos, n] = getInteger(chars, pos);
    if (n === 0) raise(T.ValueError, 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    raise(T.ValueError, P.minor >= 11 ? `Invalid format specifier '${spec}' for object of type '${tname}'` : 'Invalid format specifier');
  }
  if (end - pos === 1) s.type = chars[pos];
  if (s.thousands !== '') {
    if (!['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', ''].includes(s.type)) {
      if (s.thousands === '_' && ['b', 'o', 'x', 'X'].includes(s.type)) s.thousands = '4';
      else raise(T.ValueError, `Cannot specify '${s.thousands}' with '${codeText(s.type)}'.`);
    }
  }
  return s;
}

/** _PyUnicode_InsertThousandsGrouping: `digits` grouped by `every` (0: no grouping) with `sep`,
 * padded with zeros on the left to at least `minWidth` characters. */
function insertGrouping(digits: string, minWidth: number, every: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  const piece = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(zeros) + digits.slice(remaining - chars, remaining) + (useSep ? sep : '') + out;
    remaining -= chars;
  };
  if (every > 0) {
    for (;;) {
      const len = Math.min(every, Math.max(remaining, minWidth, 1));
      piece(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) return out;
      minWidth -= sep.length;
    }
  }
  piece(Math.max(remaining, minWidth, 1));
  return out;
}

/** calc_number_widths + fill_number: a number laid out as
 * <lpadding><sign><prefix><spadding><grouped digits><decimal point><remainder><rpadding>.
 * `digits` are the integer digits, `remainder` what follows the decimal point (or the exponent,
 * or a 'c' character), `locale` the grouping: 'n' (the C locale: none) or the spec's. */
function layoutNumber(s: Spec, signChar: string, prefix: string, digits: string, hasDecimal: boolean, remainder: string, localeN: boolean): string {
  let sign = '';
  if (s.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (s.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const nDecimal = hasDecimal ? 1 : 0;
  const nonDigits = sign.length + prefix.length + nDecimal + Array.from(remainder).length;
  const minWidth = s.fill === '0' && s.align === '=' ? s.width - nonDigits : 0;
  const th = localeN ? '' : s.thousands;
  const every = th === '' ? 0 : th === '4' ? 4 : 3;
  const sep = th === '' ? '' : th === ',' ? ',' : '_';
  const grouped = digits.length === 0 ? '' : insertGrouping(digits, minWidth, every, sep);
  const nPadding = s.width - (nonDigits + grouped.length);
  let l = 0, sp = 0, r = 0;
  if (nPadding > 0) {
    reserve(nPadding * 4);
    if (s.align === '<') r = nPadding;
    else if (s.align === '^') {
      l = nPadding >> 1;
      r = nPadding - l;
    } else if (s.align === '=') sp = nPadding;
    else l = nPadding;
  }
  return s.fill.repeat(l) + sign + prefix + s.fill.repeat(sp) + grouped + (hasDecimal ? '.' : '') + remainder + s.fill.repeat(r);
}

/** parse_number over a PyOS_double_to_string result without its sign: the integer digits, whether
 * a decimal point follows, and the rest. */
function splitNumber(buf: string): [string, boolean, string] {
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
  const hasDecimal = buf[i] === '.';
  return [buf.slice(0, i), hasDecimal, buf.slice(hasDecimal ? i + 1 : i)];
}

/** format_long_internal. */
function formatLongInternal(v: IntVal, s: Spec): string {
  if (s.precision !== -1) raise(T.ValueError, 'Precision not allowed in integer format specifier');
  if (s.noNeg0) raise(T.ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  if (s.type === 'c') {
    if (s.sign !== '') raise(T.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s.alt) raise(T.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    // PyLong_AsLong
    if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) raise(T.OverflowError, 'Python int too large to convert to C long');
    const x = Number(v);
    if (x < 0 || x > 0x10ffff) raise(T.OverflowError, '%c arg not in range(0x110000)');
    return layoutNumber(s, '', '', '', false, String.fromCodePoint(x), false);
  }
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const abs = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b': digits = abs.toString(2); prefix = '0b'; break;
    case 'o': digits = abs.toString(8); prefix = '0o'; break;
    case 'x': digits = abs.toString(16); prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); prefix = '0X'; break;
    default: digits = intToString(abs); break; // 'd', 'n': _PyLong_Format base 10 (the digit limit)
  }
  return layoutNumber(s, neg ? '-' : '', s.alt ? prefix : '', digits, false, '', s.type === 'n');
}

/** format_float_internal: `type` the spec's ('' for none). */
function formatFloatInternal(val: number, s: Spec): string {
  if (s.precision > INT_MAX) raise(T.ValueError, 'precision too big');
  let precision = s.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (s.alt) flags |= DTSF_ALT;
  if (s.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = s.type;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 1000000) reserve(precision);
  let buf = doubleToString(val, type, precision, flags);
  if (pct) buf += '%';
  let signChar = '';
  if (buf[0] === '-') {
    signChar = '-';
    buf = buf.slice(1);
  }
  const [digits, hasDecimal, rest] = splitNumber(buf);
  return layoutNumber(s, signChar, '', digits, hasDecimal, rest, s.type === 'n');
}

/** format_complex_internal. */
function formatComplexInternal(re: number, im: number, s: Spec): string {
  if (s.precision > INT_MAX) raise(T.ValueError, 'precision too big');
  if (s.fill === '0') raise(T.ValueError, 'Zero padding is not allowed in complex format specifier');
  if (s.align === '=') raise(T.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let precision = s.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (s.alt) flags |= DTSF_ALT;
  if (s.noNeg0) flags |= DTSF_NO_NEG_0;
  let type = s.type;
  let skipRe = false, parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const part = (x: number, sign: string): string => {
    let buf = doubleToString(x, type, precision, flags);
    let signChar = '';
    if (buf[0] === '-') {
      signChar = '-';
      buf = buf.slice(1);
    }
    const [digits, hasDecimal, rest] = splitNumber(buf);
    return layoutNumber({ ...s, fill: '\0', align: '<', width: -1, sign }, signChar, '', digits, hasDecimal, rest, s.type === 'n');
  };
  const reText = part(re, s.sign);
  const imText = part(im, skipRe ? s.sign : '+');
  const body = (parens ? '(' : '') + (skipRe ? '' : reText) + imText + 'j' + (parens ? ')' : '');
  return padText(body, s.width, s.align, s.fill);
}

/** calc_padding + fill_padding around a text of `body`. */
function padText(body: string, width: number, align: string, fill: string): string {
  const len = Array.from(body).length;
  if (width <= len) return body;
  const n = width - len;
  reserve(n * 4);
  const l = align === '>' ? n : align === '^' ? n >> 1 : 0;
  return fill.repeat(l) + body + fill.repeat(n - l);
}

/** format_string_internal (after the empty-spec case): the text, or null when the string goes
 * into the writer whole (_PyUnicodeWriter_WriteStr: no padding, no truncation). */
function formatStringInternal(v: string, s: Spec): string | null {
  if (s.sign !== '') raise(T.ValueError, s.sign === ' ' && P.minor >= 10 ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (s.noNeg0) raise(T.ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) raise(T.ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') raise(T.ValueError, "'=' alignment not allowed in string format specifier");
  const chars = Array.from(v);
  let len = chars.length;
  if ((s.width === -1 || s.width <= len) && (s.precision === -1 || s.precision >= len)) return null;
  if (s.precision >= 0 && len >= s.precision) len = s.precision;
  return padText(chars.slice(0, len).join(''), s.width, s.align, s.fill);
}

/** int.__format__ (_PyLong_FormatAdvancedWriter) with a non-empty spec: `tname` the type's
 * name, `toFloat` PyNumber_Float for the float presentation types. */
export function formatInt(v: IntVal, spec: string, tname = 'int', toFloat: () => number = () => intToFloat(v)): string {
  const s = parseSpec(spec, tname, 'd', '>');
  switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLongInternal(v, s);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(toFloat(), s);
    default:
      unknownPresentationType(s.type, tname);
  }
}

/** float.__format__ (_PyFloat_FormatAdvancedWriter) with a non-empty spec. */
export function formatFloat(x: number, spec: string, tname = 'float'): string {
  const s = parseSpec(spec, tname, '', '>');
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(s.type)) unknownPresentationType(s.type, tname);
  return formatFloatInternal(x, s);
}

/** complex.__format__ (_PyComplex_FormatAdvancedWriter) with a non-empty spec. */
export function formatComplex(re: number, im: number, spec: string, tname = 'complex'): string {
  const s = parseSpec(spec, tname, '', '>');
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(s.type)) unknownPresentationType(s.type, tname);
  return formatComplexInternal(re, im, s);
}

/** str.__format__ (_PyUnicode_FormatAdvancedWriter): the formatted text, or null when the
 * result is the string itself (an empty spec, or one that neither pads nor truncates). */
export function formatStrOrSelf(v: string, spec: string, tname = 'str'): string | null {
  if (spec === '') return null;
  const s = parseSpec(spec, tname, 's', '<');
  if (s.type !== 's') unknownPresentationType(s.type, tname);
  return formatStringInternal(v, s);
}

export function formatStr(v: string, spec: string, tname = 'str'): string {
  return formatStrOrSelf(v, spec, tname) ?? v;
}

/** int.__format__, float.__format__ and complex.__format__ called as methods: their formatter
 * itself (no __format__ lookup); an empty spec is str() of the object, except an exact int's
 * digits, which the writer turns into a new string (a 1-char one is the cached singleton). */
export function numberFormatMethod(self: PyObject, specObj: PyObject): PyObject {
  if (specObj.t !== T.str && !isSubtype(specObj.t, T.str)) raise(T.TypeError, `__format__() argument must be str, not ${specObj === S.None ? 'None' : typeName(specObj)}`);
  const spec = specObj.v as string;
  const t = self.t;
  if (t === T.int || t === T.bool || isSubtype(t, T.int)) {
    if (spec === '') return t === T.int ? newStr(intToString(self.v as IntVal)) : pyStr(self);
    return newStr(formatInt(self.v as IntVal, spec, typeName(self), () => intAsFloat(self)));
  }
  if (spec === '') return pyStr(self);
  if (t === T.complex || isSubtype(t, T.complex)) return newStr(formatComplex(self.v as number, self.d as number, spec, typeName(self)));
  return newStr(formatFloat(self.v as number, spec, typeName(self)));
}

/** PyNumber_Float for an int or int subclass: a subclass's own __float__ if it has one. */
function intAsFloat(o: PyObject): number {
  if (o.t !== T.int && o.t !== T.bool) {
    const f = (o.t.v as TypeInfo).nb.float;
    if (f !== undefined) {
      const r = f(o);
      try {
        return r.v as number;
      } finally {
        decref(r);
      }
    }
  }
  return intToFloat(o.v as IntVal);
}

export function formatObject(o: PyObject, spec: string): PyObject {
  const t = o.t;
  if (spec === '' && t === T.str) {
    o.rc++;
    return o;
  }
  // PyObject_Format's fast path for an exact int and no spec is PyObject_Str: a new string
  if (spec === '' && t === T.int) {
    cEnter(GETTING_STR);
    try {
      return intDecimalStr(o.v as IntVal);
    } finally {
      cLeave();
    }
  }
  const fmt = lookupSpecial(o, '__format__');
  if (fmt !== null && !(fmt.t === T.method_descriptor || fmt.t === T.builtin_function)) {
    const sp = newStr(spec);
    try {
      const r = call(fmt, [sp]);
      if (r.t !== T.str) {
        decref(r);
        raise(T.TypeError, `__format__ must return a str, not ${typeName(r)}`);
      }
      return r;
    } finally {
      decref(sp);
      decref(fmt);
    }
  }
  // a builtin __format__, called as a bound builtin method (its recursion check; the bound method
  // lives until the call returns); with an empty spec, all but an exact str's and int's go
  // through format_obj: PyObject_Str
  cEnter(WHILE_CALLING);
  // a format spec: the _PyUnicodeWriter of the builtin __format__ (and its number buffers) is not
  // replayed
  if (spec !== '') tmPeakInexact(`format() of ${typeName(o)} with a format spec`);
  try {
    if (t === T.str || isSubtype(t, T.str)) {
      // an empty spec gives str(o) (the object itself when exact); a spec that neither pads nor
      // truncates writes the object itself whole into the writer, which returns it (even a
      // subclass instance)
      if (spec === '' && t !== T.str) return pyStr(o);
      const text = formatStrOrSelf(o.v as string, spec, typeName(o));
      if (text === null) {
        o.rc++;
        return o;
      }
      return newStr(text);
    }
    if (t === T.int) return newStr(formatInt(o.v as IntVal, spec));
    if (spec === '') return pyStr(o);
    if (t === T.bool || (t.v as TypeInfo).solid === T.int || isSubtype(t, T.int)) return newStr(formatInt(o.v as IntVal, spec, typeName(o), () => intAsFloat(o)));
    if (t === T.float || isSubtype(t, T.float)) return newStr(formatFloat(o.v as number, spec, typeName(o)));
    if (t === T.complex || isSubtype(t, T.complex)) return newStr(formatComplex(o.v as number, o.d as number, spec, typeName(o)));
    return raise(T.TypeError, `unsupported format string passed to ${typeName(o)}.__format__`);
  } finally {
    cLeave();
    if (fmt !== null) decref(fmt);
  }
}

// ---------------------------------------------------------------- % formatting

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

/** A _PyUnicodeWriter as PyUnicode_Format uses it: a string written whole into the still empty
 * writer once it no longer overallocates is kept as it is (readonly), and is the result. */
class Writer {
  text = '';
  /** the last UTF-16 unit written (-1: none) */
  last = -1;
  shared: PyObject | null = null;
  overallocate = true;
  writeStr(o: PyObject): void {
    const s = o.v as string;
    if (s.length === 0) return;
    if (this.shared === null && this.text === '' && !this.overallocate) {
      o.rc++;
      this.shared = o;
      return;
    }
    this.write(s);
  }
  write(s: string): void {
    if (this.shared !== null) {
      this.text = this.shared.v as string;
      this.last = this.text.charCodeAt(this.text.length - 1);
      decref(this.shared);
      this.shared = null;
    }
    if (s.length === 0) return;
    guardAfter(this.last, s);
    this.text += s;
    this.last = s.charCodeAt(s.length - 1);
  }
  finish(): PyObject {
    if (this.shared !== null) {
      const r = this.shared;
      this.shared = null;
      return r;
    }
    return newStr(this.text);
  }
  dispose(): void {
    if (this.shared !== null) decref(this.shared);
    this.shared = null;
  }
}

/** PyNumber_Check */
function numberCheck(o: PyObject): boolean {
  const nb = (o.t.v as TypeInfo).nb;
  return nb.index !== undefined || nb.int !== undefined || nb.float !== undefined || o.t === T.complex || isSubtype(o.t, T.complex);
}

/** PyNumber_Long for a non-int number (PyNumber_Check is true): a TypeError when it has no
 * integer conversion. */
function numberLong(v: PyObject): PyObject {
  const nb = (v.t.v as TypeInfo).nb;
  if (nb.int !== undefined) return nb.int(v);
  if (nb.index !== undefined) return nb.index(v);
  if (lookupSpecial(v, '__trunc__') !== null) throw new NotSimulated("'%d' formatting of an object whose int() is its __trunc__", ST.line);
  raise(T.TypeError, `int() argument must be a string, a bytes-like object or a${P.minor >= 10 ? ' real number' : ' number'}, not '${typeName(v)}'`);
}

/** PyFloat_AsDouble */
function asDouble(v: PyObject): number {
  const f = toFloatOperand(v);
  if (f !== null) return f;
  // 3.8's complex still has an nb_float that refuses
  if (P.minor < 10 && (v.t === T.complex || isSubtype(v.t, T.complex))) raise(T.TypeError, "can't convert complex to float");
  const nb = (v.t.v as TypeInfo).nb;
  const r = nb.float !== undefined ? nb.float(v) : nb.index !== undefined ? null : undefined;
  if (r === undefined) raise(T.TypeError, `must be real number, not ${typeName(v)}`);
  if (r === null) {
    const i = pyIndex(v);
    try {
      return intToFloat(i.v as IntVal);
    } finally {
      decref(i);
    }
  }
  try {
    return r.v as number;
  } finally {
    decref(r);
  }
}

/** _PyUnicode_FormatLong: "-"? ("0x" | "0X" | "0o")? digits, at least `prec` digits. */
function formatLong(v: IntVal, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) raise(T.OverflowError, 'precision too large');
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const abs = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
  let digits = type === 'o' ? abs.toString(8) : type === 'x' || type === 'X' ? abs.toString(16) : intToString(abs);
  if (prec > digits.length) {
    reserve(prec);
    digits = '0'.repeat(prec - digits.length) + digits;
  }
  const prefix = alt && type === 'o' ? '0o' : alt && (type === 'x' || type === 'X') ? '0x' : '';
  const r = (neg ? '-' : '') + prefix + digits;
  return type === 'X' ? r.toUpperCase() : r;
}

/** What PyUnicode_Format and _PyBytes_FormatEx share (CPython keeps two copies of it): the walk
 * over the format (one character, or one byte, per index), the argument cursor (a tuple's items,
 * the one object, or the mapping's value for a `%(key)`) and the parse of a conversion spec. */
class PercentParser {
  pos = 0;
  fmtcnt: number;
  private arglen: number;
  private argidx: number;
  private cur: PyObject;
  private owned = false;
  /** the mapping `%(key)` reads: args when it is a mapping but no tuple and none of `notMappings` */
  readonly dict: PyObject | null;
  // the spec parseSpec read: conversion character, flags, width and precision (-1 if absent)
  ch = '';
  /** the last spec was "%%": no argument taken, no "not all arguments converted" check after it */
  literal = false;
  flags = 0;
  width = -1;
  prec = -1;

  constructor(
    readonly fmt: string | string[],
    args: PyObject,
    notMappings: PyObject[],
    private readonly makeKey: (s: string) => PyObject,
    private readonly precTooBig: string,
  ) {
    this.fmtcnt = fmt.length;
    const isTuple = args.t === T.tuple || isSubtype(args.t, T.tuple);
    this.arglen = isTuple ? (args.v as PyObject[]).length : -1;
    this.argidx = isTuple ? 0 : -2;
    const excluded = notMappings.some((t) => args.t === t || isSubtype(args.t, t));
    this.dict = !isTuple && !excluded && (args.t.v as TypeInfo).getitem !== null ? args : null;
    this.cur = args;
  }

  nextArg(): PyObject {
    if (this.argidx < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.cur : (this.cur.v as PyObject[])[this.argidx - 1];
    }
    raise(T.TypeError, 'not enough arguments for format string');
  }

  /** "not all arguments converted": after a conversion (not "%%") when a mapping is formatted, at the end otherwise. */
  checkConverted(what: string, atEnd: boolean): void {
    if (!atEnd && this.literal) return;
    if ((this.dict !== null) !== atEnd && this.argidx < this.arglen) raise(T.TypeError, `not all arguments converted during ${what} formatting`);
  }

  release(): void {
    if (this.owned) decref(this.cur);
    this.owned = false;
  }

  private next(): boolean {
    if (--this.fmtcnt >= 0) {
      this.ch = this.fmt[this.pos++];
      return true;
    }
    return false;
  }

  private static isDigit(c: string | undefined): boolean {
    return c !== undefined && c >= '0' && c <= '9';
  }

  private starArg(): IntVal {
    const v = this.nextArg();
    if (!(v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int))) raise(T.TypeError, '* wants int');
    return v.v as IntVal;
  }

  /** Just after a '%': false for "%%" (consumed); otherwise reads `(key)`, the flags, the width,
   * the precision and a length modifier, leaving the conversion character in `ch`. */
  parseSpec(): boolean {
    const fmt = this.fmt;
    this.ch = fmt[this.pos];
    this.literal = this.ch === '%';
    if (this.literal) {
      this.pos++;
      this.fmtcnt--;
      return false;
    }
    this.flags = 0;
    this.width = -1;
    this.prec = -1;
    if (this.ch === '(') {
      if (this.dict === null) raise(T.TypeError, 'format requires a mapping');
      this.pos++;
      this.fmtcnt--;
      const keystart = this.pos;
      let pcount = 1;
      while (pcount > 0 && --this.fmtcnt >= 0) {
        const c = fmt[this.pos];
        if (c === ')') pcount--;
        else if (c === '(') pcount++;
        this.pos++;
      }
      if (this.fmtcnt < 0 || pcount > 0) raise(T.ValueError, 'incomplete format key');
      const raw = fmt.slice(keystart, this.pos - 1);
      const key = this.makeKey(typeof raw === 'string' ? raw : raw.join(''));
      let v: PyObject;
      try {
        v = getItem(this.dict, key);
      } finally {
        decref(key);
      }
      this.release();
      this.cur = v;
      this.owned = true;
      this.arglen = -1;
      this.argidx = -2;
    }
    while (this.next()) {
      const c = this.ch;
      if (c === '-') this.flags |= F_LJUST;
      else if (c === '+') this.flags |= F_SIGN;
      else if (c === ' ') this.flags |= F_BLANK;
      else if (c === '#') this.flags |= F_ALT;
      else if (c === '0') this.flags |= F_ZERO;
      else break;
    }
    const isDigit = PercentParser.isDigit;
    if (this.ch === '*') {
      const x = this.starArg();
      if (typeof x === 'bigint' && (x > SSIZE_MAX || x < -SSIZE_MAX - 1n)) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
      this.width = Number(x);
      if (this.width < 0) {
        this.flags |= F_LJUST;
        this.width = -this.width;
      }
      this.next();
    } else if (isDigit(this.ch)) {
      let width = this.ch.charCodeAt(0) - 48;
      while (this.next()) {
        if (!isDigit(this.ch)) break;
        const d = this.ch.charCodeAt(0) - 48;
        if (BigInt(width) > (SSIZE_MAX - BigInt(d)) / 10n) raise(T.ValueError, 'width too big');
        width = width * 10 + d;
      }
      this.width = width;
    }
    if (this.ch === '.') {
      this.prec = 0;
      this.next();
      if ((this.ch as string) === '*') {
        const x = this.starArg();
        if (typeof x === 'bigint' || x > INT_MAX || x < -INT_MAX - 1) raise(T.OverflowError, 'Python int too large to convert to C int');
        this.prec = Math.max(0, x);
        this.next();
      } else if (isDigit(this.ch)) {
        let prec = this.ch.charCodeAt(0) - 48;
        while (this.next()) {
          if (!isDigit(this.ch)) break;
          const d = this.ch.charCodeAt(0) - 48;
          if (prec > Math.floor((INT_MAX - d) / 10)) raise(T.ValueError, this.precTooBig);
          prec = prec * 10 + d;
        }
        this.prec = prec;
      }
    }
    if (this.fmtcnt >= 0 && (this.ch === 'h' || this.ch === 'l' || this.ch === 'L')) this.next();
    if (this.fmtcnt < 0) raise(T.ValueError, 'incomplete format');
    return true;
  }
}

/** The int a %d/%i/%u/%o/%x/%X conversion formats (a new reference): an int as it is, another
 * number through __index__ (%o %x %X) or __int__, any TypeError replaced by the conversion's own. */
function percentIntArg(v: PyObject, type: string): PyObject {
  const hex = type === 'o' || type === 'x' || type === 'X';
  const wrongtype = (): never => raise(T.TypeError, `%${type} format: ${hex ? 'an integer' : P.minor >= 10 ? 'a real number' : 'a number'} is required, not ${typeName(v)}`);
  if (v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int)) {
    v.rc++;
    return v;
  }
  if (!numberCheck(v)) wrongtype();
  try {
    return hex ? pyIndex(v) : numberLong(v);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
      decref(e.exc);
      wrongtype();
    }
    throw e;
  }
}

/** PyUnicode_Format (Objects/unicodeobject.c): `fmtObj % args`. */
export function percentFormat(fmtObj: PyObject, args: PyObject): PyObject {
  // PyUnicode_Format's writer over-allocates: the peak is not replayed
  tmPeakInexact('%-formatting of a str (PyUnicode_Format\'s buffer)');
  const fmt = Array.from(fmtObj.v as string);
  const p = new PercentParser(fmt, args, [T.str], newStr, 'precision too big');
  const w = new Writer();
  const formatArg = (): void => {
    // unicode_format_arg_parse
    if (!p.parseSpec()) {
      w.write('%');
      return;
    }
    const { ch, flags, prec } = p;
    let width = p.width;
    let sign = false;
    // unicode_format_arg_format
    if (p.fmtcnt === 0) w.overallocate = false;
    const v = p.nextArg();
    let str: PyObject;
    switch (ch) {
      case 's': case 'r': case 'a':
        if (v.t === T.int && width === -1 && prec === -1) {
          w.write(intToString(v.v as IntVal));
          return;
        }
        if (v.t === T.str && ch === 's') {
          v.rc++;
          str = v;
        } else str = ch === 's' ? pyStr(v) : ch === 'r' ? pyRepr(v) : pyAscii(v);
        break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        // mainformatlong
        const iobj = percentIntArg(v, ch);
        try {
          if (v.t === T.int && width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0 && ch !== 'X') {
            w.write(formatLong(v.v as IntVal, (flags & F_ALT) !== 0, -1, ch));
            return;
          }
          str = newStr(formatLong(iobj.v as IntVal, (flags & F_ALT) !== 0, prec, ch));
        } finally {
          decref(iobj);
        }
        sign = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = asDouble(v);
        if (prec > 1000000) reserve(prec);
        const text = doubleToString(x, ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0 ? DTSF_ALT : 0);
        if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) {
          w.write(text);
          return;
        }
        sign = true;
        str = newStr(text);
        break;
      }
      case 'c': {
        let cp: number;
        if (v.t === T.str || isSubtype(v.t, T.str)) {
          const cs = Array.from(v.v as string);
          if (cs.length !== 1) raise(T.TypeError, '%c requires int or char');
          cp = cs[0].codePointAt(0) as number;
        } else {
          let x: IntVal;
          if (v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int)) x = v.v as IntVal;
          else {
            if ((v.t.v as TypeInfo).nb.index === undefined) raise(T.TypeError, '%c requires int or char');
            const i = pyIndex(v);
            x = i.v as IntVal;
            decref(i);
          }
          // 3.8: PyLong_AsLong's overflow becomes the TypeError; 3.10+ report it as out of range
          if (typeof x === 'bigint' && (x > SSIZE_MAX || x < -SSIZE_MAX - 1n)) {
            if (P.minor < 10) raise(T.TypeError, '%c requires int or char');
            raise(T.OverflowError, '%c arg not in range(0x110000)');
          }
          const n = Number(x);
          if (n < 0 || n > 0x10ffff) raise(T.OverflowError, '%c arg not in range(0x110000)');
          cp = n;
        }
        if (width === -1 && prec === -1) {
          w.write(String.fromCodePoint(cp));
          return;
        }
        str = newStr(String.fromCodePoint(cp));
        break;
      }
      default: {
        const c = ch === undefined ? 0 : (ch.codePointAt(0) as number);
        raise(T.ValueError, `unsupported format character '${c >= 31 && c <= 126 ? ch : '?'}' (0x${c.toString(16)}) at index ${p.pos - 1}`);
      }
    }
    // unicode_format_arg_output
    try {
      const fill = sign && (flags & F_ZERO) !== 0 ? '0' : ' ';
      const chars = Array.from(str.v as string);
      let len = chars.length;
      if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) {
        w.writeStr(str);
        return;
      }
      if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) len = prec;
      let pindex = 0;
      let signchar = '';
      if (sign) {
        const c = chars[0];
        if (c === '-' || c === '+') {
          signchar = c;
          len--;
          pindex++;
        } else if ((flags & F_SIGN) !== 0) signchar = '+';
        else if ((flags & F_BLANK) !== 0) signchar = ' ';
        else sign = false;
      }
      if (width < len) width = len;
      reserve(width * 4);
      let out = '';
      if (sign) {
        if (fill !== ' ') out += signchar;
        if (width > len) width--;
      }
      const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
      if (altPrefix) {
        if (fill !== ' ') {
          out += '0' + ch;
          pindex += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
      }
      if (width > len && (flags & F_LJUST) === 0) {
        out += fill.repeat(width - len);
        width = len;
      }
      if (fill === ' ') {
        if (sign) out += signchar;
        if (altPrefix) {
          out += '0' + ch;
          pindex += 2;
        }
      }
      if (len > 0) out += chars.slice(pindex, pindex + len).join('');
      if (width > len) out += ' '.repeat(width - len);
      w.write(out);
    } finally {
      decref(str);
    }
  };
  try {
    while (--p.fmtcnt >= 0) {
      if (fmt[p.pos] !== '%') {
        const start = p.pos++;
        while (p.fmtcnt >= 0 && fmt[p.pos] !== '%') {
          p.pos++;
          p.fmtcnt--;
        }
        if (p.fmtcnt < 0) {
          p.pos--;
          w.overallocate = false;
        }
        if (start === 0 && p.pos === fmt.length) w.writeStr(fmtObj);
        else w.write(fmt.slice(start, p.pos).join(''));
      } else {
        p.pos++;
        formatArg();
        p.checkConverted('string', false);
      }
    }
    p.checkConverted('string', true);
    return w.finish();
  } catch (e) {
    w.dispose();
    throw e;
  } finally {
    p.release();
  }
}

// ---------------------------------------------------------------- str.format

/** str.format (a Map of keywords) and str.format_map (a mapping object, read with __getitem__),
 * both do_string_format. Returns the text; with `holder`, a result that is one string object
 * written whole into the still empty writer as its last piece (_PyUnicodeWriter_WriteStr's
 * readonly case: an exact str field with an empty spec, or what __format__ returned) is handed
 * back there instead. */
export function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject> | PyObject, holder?: { single: PyObject | null }, st = { auto: 0, manual: false }, recursion = 2): string {
  // the automatic numbering goes on into the fields nested in a format spec (one AutoNumber for
  // the whole call); a spec's fields may nest once more (recursion_depth 2)
  if (recursion <= 0) raise(T.ValueError, 'Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const c = fmt[i];
    if (c === '{') {
      // MarkupIterator_next: '{{' is a literal brace; a lone one at the end an error
      if (i + 1 >= n) raise(T.ValueError, "Single '{' encountered in format string");
      if (fmt[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      // parse_field: the field name runs to '}', ':' or '!' (a '[' skips to its ']')
      let p = i + 1;
      let ch = '';
      while (p < n) {
        ch = fmt[p++];
        if (ch === '{') raise(T.ValueError, "unexpected '{' in field name");
        if (ch === '[') {
          while (p < n && fmt[p] !== ']') p++;
          continue;
        }
        if (ch === '}' || ch === ':' || ch === '!') break;
      }
      const name = fmt.slice(i + 1, p - 1);
      let conv = '';
      let spec = '';
      let j = p - 1;
      if (ch === '!' || ch === ':') {
        let done = false;
        if (ch === '!') {
          if (p >= n) raise(T.ValueError, 'end of string while looking for conversion specifier');
          conv = String.fromCodePoint(fmt.codePointAt(p) as number);
          p += conv.length;
          if (p < n) {
            const c2 = fmt[p++];
            if (c2 === '}') {
              done = true;
              j = p - 1;
            } else if (c2 !== ':') raise(T.ValueError, "expected ':' after conversion specifier");
          }
        }
        if (!done) {
          const specStart = p;
          let count = 1;
          while (p < n) {
            const c3 = fmt[p++];
            if (c3 === '{') count++;
            else if (c3 === '}' && --count === 0) break;
          }
          if (count !== 0) raise(T.ValueError, "unmatched '{' in format spec");
          spec = fmt.slice(specStart, p - 1);
          j = p - 1;
        }
      } else if (ch !== '}') raise(T.ValueError, "expected '}' before end of string");
      i = j;
      // the first part: index, keyword or empty (auto numbering)
      const m = /^([^.[]*)([\s\S]*)$/.exec(name) as RegExpExecArray;
      let first = m[1];
      const rest = m[2];
      let obj: PyObject;
      let owned = false;
      // get_integer: all decimal digits (any script's), else a keyword
      const firstIdx = fieldInteger(first);
      if (!(kw instanceof Map) && (first === '' || firstIdx >= 0)) raise(T.ValueError, 'Format string contains positional fields');
      if (first === '') {
        if (st.manual) raise(T.ValueError, 'cannot switch from manual field specification to automatic field numbering');
        const n = st.auto++;
        first = String(n);
        if (n >= args.length) raise(T.IndexError, P_replacementIndex(n, args.length));
        obj = args[n];
      } else if (firstIdx >= 0) {
        if (st.auto > 0) raise(T.ValueError, 'cannot switch from automatic field numbering to manual field specification');
        st.manual = true;
        const n = firstIdx;
        if (n >= args.length) raise(T.IndexError, P_replacementIndex(fieldIndexText(first), args.length));
        obj = args[n];
      } else if (kw instanceof Map) {
        const v = kw.get(first);
        if (v === undefined) {
          const k = newStr(first);
          raiseWith(T.KeyError, k);
        }
        obj = v;
      } else {
        const k = newStr(first);
        try {
          obj = getItem(kw, k);
        } finally {
          decref(k);
        }
        owned = true;
      }
      if (!owned) obj.rc++;
      let cur = obj;
      try {
        // FieldNameIterator_next: '.attr' or '[key]' (an integer key when all digits), one at a time
        let k = 0;
        while (k < rest.length) {
          const ch = rest[k++];
          const start = k;
          let isAttr: boolean;
          if (ch === '.') {
            isAttr = true;
            while (k < rest.length && rest[k] !== '.' && rest[k] !== '[') k++;
          } else if (ch === '[') {
            isAttr = false;
            while (k < rest.length && rest[k] !== ']') k++;
            if (k >= rest.length) raise(T.ValueError, "Missing ']' in format string");
          } else raise(T.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
          const part = rest.slice(start, k);
          if (!isAttr) k++;
          if (part === '') raise(T.ValueError, 'Empty attribute in format string');
          let next: PyObject;
          if (isAttr) next = getAttr(cur, part);
          else {
            const idx = fieldInteger(part);
            const key = idx >= 0 ? newInt(idx) : newStr(part);
            try {
              next = getItem(cur, key);
            } finally {
              decref(key);
            }
          }
          decref(cur);
          cur = next;
        }
        let conved = cur;
        if (conv === 'r') conved = pyRepr(cur);
        else if (conv === 's') conved = pyStr(cur);
        else if (conv === 'a') conved = pyAscii(cur);
        else if (conv !== '') {
          const cc = conv.codePointAt(0) as number;
          raise(T.ValueError, cc > 32 && cc < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${cc.toString(16)}`);
        }
        if (conv !== '') {
          // a new reference, possibly to cur itself (str() of an exact str)
          decref(cur);
          cur = conved;
        }
        const expanded = spec.includes('{') ? strFormat(spec, args, kw, undefined, st, recursion - 1) : spec;
        const r = formatObject(cur, expanded);
        // int, float, complex and a str with a spec are formatted into the writer's buffer
        const direct = cur.t === T.int || cur.t === T.float || cur.t === T.complex || (cur.t === T.str && r !== cur);
        if (holder !== undefined && !direct && out === '' && j === fmt.length - 1 && (r.v as string).length > 0) holder.single = r;
        else {
          guardSurrogateJoin(out, r.v as string);
          out += r.v as string;
          decref(r);
        }
      } finally {
        decref(cur);
      }
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i++;
        continue;
      }
      raise(T.ValueError, "Single '}' encountered in format string");
    } else out += c;
  }
  return out;
}

/** get_integer (unicode_format.h): the value of a field name or key made only of decimal digits,
 * else -1. */
function fieldInteger(s: string): number {
  if (s === '') return -1;
  const chars = Array.from(s);
  for (const c of chars) if (decimalValue(c.codePointAt(0) as number) < 0) return -1;
  return getInteger(chars, 0)[0];
}

/** The decimal text of a field index (exact beyond 2**53). */
function fieldIndexText(s: string): string {
  let v = 0n;
  for (const c of s) v = v * 10n + BigInt(decimalValue(c.codePointAt(0) as number));
  return v.toString();
}

function P_replacementIndex(n: number | string, len: number): string {
  return `Replacement index ${n} out of range for positional args tuple`;
  void len;
}


export { S, pyLen };

// ---------------------------------------------------------------- bytes % args

/** The bytes a %s / %b conversion copies (bytesobject.c format_obj): a bytes or bytearray's own
 * data, then what __bytes__ returns (a bytes, released after the copy), then any buffer exporter. */
function bytesFormatObj(v: PyObject): string {
  if (v.t === T.bytes || isSubtype(v.t, T.bytes)) return v.v as string;
  const ti = v.t.v as TypeInfo;
  if ((v.t === T.bytearray || isSubtype(v.t, T.bytearray)) && ti.buffer !== null) return ti.buffer(v, false) as string;
  const func = lookupSpecial(v, '__bytes__');
  if (func !== null) {
    let r: PyObject;
    try {
      r = call(func, []);
    } finally {
      decref(func);
    }
    try {
      if (!(r.t === T.bytes || isSubtype(r.t, T.bytes))) raise(T.TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.v as string;
    } finally {
      decref(r);
    }
  }
  if (ti.buffer !== null) {
    const s = ti.buffer(v, true);
    if (s !== null) return s;
  }
  raise(T.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

/** _PyBytes_FormatEx (Objects/bytesobject.c): the bytes of `fmt % args` (fmt a bytes or a
 * bytearray's data, one JS char a byte). The caller builds the result object; `heap` tells it
 * whether the _PyBytesWriter left its 512-byte stack buffer, `allocs` the capacities its buffer
 * object was created with and then resized to. */
export function bytesPercentFormat(fmt: string, args: PyObject, useByteArray = false): { text: string; heap: boolean; allocs: number[] } {
  // the writer over-allocates its heap buffer: the peak is not replayed
  tmPeakInexact('%-formatting of a bytes (_PyBytesWriter\'s buffer)');
  let out = '';
  // the _PyBytesWriter: its reservation (min_size), its capacity, and each capacity it took on the
  // heap (the first one converts from the 512-byte stack buffer); a bytearray writer never
  // over-allocates, a bytes one does (by a quarter) except for the initial size and the last write
  let minSize = 0;
  let allocated = 512;
  let overallocate = false;
  const allocs: number[] = [];
  const prepare = (size: number): void => {
    if (size <= 0) return;
    const nm = minSize + size;
    if (nm > allocated) {
      allocated = overallocate ? nm + Math.floor(nm / 4) : nm;
      allocs.push(allocated);
    }
    minSize = nm;
  };
  prepare(fmt.length);
  if (!useByteArray) overallocate = true;
  const p = new PercentParser(fmt, args, [T.str, T.bytes, T.bytearray], (k) => (bytesHookNew as (s: string) => PyObject)(k), 'prec too big');
  const isInt = (v: PyObject): boolean => v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int);
  const formatArg = (): void => {
    if (!p.parseSpec()) {
      out += '%';
      return;
    }
    const { ch, flags, prec } = p;
    let width = p.width;
    let fill = ' ';
    const v = p.nextArg();
    if (p.fmtcnt === 0) overallocate = false;
    let pbuf: string;
    let sign = false;
    switch (ch) {
      case 'r': case 'a': {
        const t = pyAscii(v);
        pbuf = t.v as string;
        decref(t);
        if (prec >= 0 && pbuf.length > prec) pbuf = pbuf.slice(0, prec);
        break;
      }
      case 's': case 'b':
        pbuf = bytesFormatObj(v);
        if (prec >= 0 && pbuf.length > prec) pbuf = pbuf.slice(0, prec);
        break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        if (v.t === T.int && width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0 && ch !== 'X') {
          const text = formatLong(v.v as IntVal, (flags & F_ALT) !== 0, -1, ch);
          minSize -= 2;
          prepare(text.length);
          out += text;
          return;
        }
        const type = ch === 'i' ? 'd' : ch;
        const iobj = percentIntArg(v, type);
        try {
          pbuf = formatLong(iobj.v as IntVal, (flags & F_ALT) !== 0, prec, type);
        } finally {
          decref(iobj);
        }
        sign = true;
        if ((flags & F_ZERO) !== 0) fill = '0';
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        let x: number;
        try {
          x = asDouble(v);
        } catch (e) {
          if (!(e instanceof PyErr)) throw e;
          decref(e.exc);
          raise(T.TypeError, `float argument required, not ${typeName(v)}`);
        }
        if (prec > 1000000) reserve(prec);
        const text = doubleToString(x, ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0 ? DTSF_ALT : 0);
        if (width === -1 && prec === -1 && (flags & (F_SIGN | F_BLANK)) === 0) {
          minSize -= 2;
          prepare(text.length);
          out += text;
          return;
        }
        pbuf = text;
        sign = true;
        if ((flags & F_ZERO) !== 0) fill = '0';
        break;
      }
      case 'c': {
        let b: number;
        const bt = v.t === T.bytes || isSubtype(v.t, T.bytes);
        const ba = v.t === T.bytearray || isSubtype(v.t, T.bytearray);
        if ((bt || ba) && (bt ? (v.v as string).length : pyLenJs(v)) === 1) b = bytesFormatObj(v).charCodeAt(0);
        else {
          let x: IntVal;
          if (isInt(v)) x = v.v as IntVal;
          else {
            if ((v.t.v as TypeInfo).nb.index === undefined) raise(T.TypeError, '%c requires an integer in range(256) or a single byte');
            const i = pyIndex(v);
            x = i.v as IntVal;
            decref(i);
          }
          if (typeof x === 'bigint' ? x < 0n || x > 255n : x < 0 || x > 255) raise(T.OverflowError, '%c arg not in range(256)');
          b = Number(x);
        }
        if (width === -1) {
          out += String.fromCharCode(b);
          return;
        }
        pbuf = String.fromCharCode(b);
        break;
      }
      default: {
        const c = ch === undefined ? 0 : ch.charCodeAt(0);
        // the byte is a (signed) char handed to PyErr_Format's %c: one over 0x7f is negative, so
        // the message cannot be made — 3.8/3.10 leave a ValueError without arguments, 3.11+ the
        // OverflowError of PyUnicode_FromFormat
        if (c > 0x7f) {
          if (P.minor >= 11) raise(T.OverflowError, 'character argument not in range(0x110000)');
          raise(T.ValueError);
        }
        raise(T.ValueError, `unsupported format character '${String.fromCharCode(c)}' (0x${c.toString(16)}) at index ${p.pos - 1}`);
      }
    }
    // output phase
    let len = pbuf.length;
    let pi = 0;
    let signchar = '';
    if (sign) {
      const c = pbuf[0];
      if (c === '-' || c === '+') {
        signchar = c;
        pi++;
        len--;
      } else if ((flags & F_SIGN) !== 0) signchar = '+';
      else if ((flags & F_BLANK) !== 0) signchar = ' ';
      else sign = false;
    }
    if (width < len) width = len;
    reserve(width);
    // "2: size preallocated for %s"
    prepare((sign && len === width ? width + 1 : width) - 2);
    let s = '';
    if (sign) {
      if (fill !== ' ') s += signchar;
      if (width > len) width--;
    }
    const altPrefix = (flags & F_ALT) !== 0 && (ch === 'o' || ch === 'x' || ch === 'X');
    if (altPrefix) {
      if (fill !== ' ') {
        s += pbuf.slice(pi, pi + 2);
        pi += 2;
      }
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && (flags & F_LJUST) === 0) {
      s += fill.repeat(width - len);
      width = len;
    }
    if (fill === ' ') {
      if (sign) s += signchar;
      if (altPrefix) {
        s += pbuf.slice(pi, pi + 2);
        pi += 2;
      }
    }
    s += pbuf.slice(pi, pi + len);
    if (width > len) s += ' '.repeat(width - len);
    out += s;
  };
  try {
    while (--p.fmtcnt >= 0) {
      if (fmt[p.pos] !== '%') {
        const i = fmt.indexOf('%', p.pos);
        const end = i < 0 ? fmt.length : i;
        out += fmt.slice(p.pos, end);
        p.fmtcnt -= end - p.pos - 1;
        p.pos = end;
        continue;
      }
      p.pos++;
      formatArg();
      p.checkConverted('bytes', false);
    }
    p.checkConverted('bytes', true);
    return { text: out, heap: allocs.length > 0, allocs };
  } finally {
    p.release();
  }
}

let bytesHookNew: ((s: string) => PyObject) | null = null;
let pyLenJs: (o: PyObject) => number = () => 0;
/** bytes.ts hands in its constructor (a format key is looked up as a bytes) */
export function setBytesFormatHooks(newBytesFn: (s: string) => PyObject, lenFn: (o: PyObject) => number): void {
  bytesHookNew = newBytesFn;
  pyLenJs = lenFn;
}
