// Formatting: the format-spec mini-language (Python/formatter_unicode.c), `%`-formatting
// (Objects/unicodeobject.c PyUnicode_Format) and str.format (Objects/stringlib/unicode_format.h).
import { toFixedEven, toExponentialEven } from '../util/dtoa';
import { PyObject } from './object';
import { P, T, decref } from './core';
import { cEnter, cLeave, GETTING_STR, WHILE_CALLING } from './recursion';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise, raiseWith } from './exc';
import { S, str as pyStr, repr as pyRepr, getItem, getAttr, lookupSpecial, call, indexJs, len as pyLen, ascii as pyAscii } from './abstract';
import { newStr, newStrFresh } from './str';
import { floatRepr, intToString, type IntVal, toFloatOperand, newInt } from './numbers';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

/** parse_internal_render_format_spec (Python/formatter_unicode.c). `tname` is the formatted
 * object's type name, for the error messages. */
function parseSpec(spec: string, defaultAlign: string, tname: string): Spec {
  const s: Spec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: '' };
  let i = 0;
  const chars = Array.from(spec);
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';
  let fillSpecified = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    s.fill = chars[0];
    s.align = chars[1];
    fillSpecified = true;
    i = 2;
  } else if (isAlign(chars[0])) {
    s.align = chars[0];
    i = 1;
  }
  if (chars[i] === '+' || chars[i] === '-' || chars[i] === ' ') s.sign = chars[i++];
  // 'z' (coerce negative zero) is 3.11+
  if (chars[i] === 'z' && P.minor >= 11) {
    s.z = true;
    i++;
  }
  if (chars[i] === '#') {
    s.alt = true;
    i++;
  }
  // the special case for 0-padding: a '0' fill unless one was given; '=' alignment unless one
  // was given (3.10+: only where the default alignment is '>', i.e. not for strings)
  if (!fillSpecified && chars[i] === '0') {
    s.zero = true;
    s.fill = '0';
    if (!s.align && (P.minor < 10 || defaultAlign === '>')) s.align = '=';
    i++;
  }
  let w = '';
  while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') w += chars[i++];
  if (w) s.width = parseInt(w, 10);
  if (chars[i] === ',') s.grouping = chars[i++];
  if (chars[i] === '_') {
    if (s.grouping) raise(T.ValueError, "Cannot specify both ',' and '_'.");
    s.grouping = chars[i++];
  }
  if (chars[i] === ',' && s.grouping === '_') raise(T.ValueError, "Cannot specify both ',' and '_'.");
  if (chars[i] === '.') {
    i++;
    let p = '';
    while (i < chars.length && chars[i] >= '0' && chars[i] <= '9') p += chars[i++];
    if (p === '') raise(T.ValueError, 'Format specifier missing precision');
    s.precision = parseInt(p, 10);
  }
  if (chars.length - i > 1) raise(T.ValueError, P.minor >= 11 ? `Invalid format specifier '${spec}' for object of type '${tname}'` : 'Invalid format specifier');
  if (i < chars.length) s.type = chars[i];
  if (s.grouping && !'defgEG%F'.includes(s.type)) {
    // underscores group bin/oct/hex by four (PEP 515); anything else refuses a separator
    if (!(s.grouping === '_' && 'boxX'.includes(s.type))) {
      const c = s.type.codePointAt(0) as number;
      raise(T.ValueError, c > 32 && c < 128 ? `Cannot specify '${s.grouping}' with '${s.type}'.` : `Cannot specify '${s.grouping}' with '\\x${c.toString(16)}'.`);
    }
  }
  if (!s.align) s.align = defaultAlign;
  return s;
}

function pad(body: string, s: Spec, signPart = ''): string {
  const len = Array.from(signPart + body).length;
  if (s.width <= len) return signPart + body;
  const n = s.width - len;
  switch (s.align) {
    case '<': return signPart + body + s.fill.repeat(n);
    case '>': return s.fill.repeat(n) + signPart + body;
    case '^': {
      const left = n >> 1;
      return s.fill.repeat(left) + signPart + body + s.fill.repeat(n - left);
    }
    default: return signPart + s.fill.repeat(n) + body; // '='
  }
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = '';
  let cnt = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    out = digits[i] + out;
    if (++cnt % every === 0 && i > 0) out = sep + out;
  }
  return out;
}

function signOf(neg: boolean, sign: string): string {
  if (neg) return '-';
  if (sign === '+') return '+';
  if (sign === ' ') return ' ';
  return '';
}

export function formatInt(v: IntVal, spec: string, tname = 'int'): string {
  const s = parseSpec(spec, '>', tname);
  if (s.precision >= 0 && !'eEfFgG%'.includes(s.type)) raise(T.ValueError, 'Precision not allowed in integer format specifier');
  if ('eEfFgGn%'.includes(s.type) && s.type !== '' && s.type !== 'n') return formatFloatSpec(Number(v), s);
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const abs = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b': digits = abs.toString(2); if (s.alt) prefix = '0b'; break;
    case 'o': digits = abs.toString(8); if (s.alt) prefix = '0o'; break;
    case 'x': digits = abs.toString(16); if (s.alt) prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); if (s.alt) prefix = '0X'; break;
    case 'c': return pad(String.fromCodePoint(Number(v)), s);
    case '': case 'd': case 'n': digits = intToString(abs); break;
    case 's': raise(T.ValueError, "Unknown format code 's' for object of type 'int'");
    default: raise(T.ValueError, `Unknown format code '${s.type}' for object of type 'int'`);
  }
  if (s.grouping) {
    if (s.grouping === ',' && s.type !== '' && 'boxX'.includes(s.type)) raise(T.ValueError, "Cannot specify ',' with '" + s.type + "'.");
    digits = group(digits, s.grouping, s.type !== '' && 'boxX'.includes(s.type) ? 4 : 3);
  }
  const sign = signOf(neg, s.sign) + prefix;
  if (s.align === '=' && s.fill === '0' && s.grouping && s.width > 0) {
    // zero padding takes part in grouping
    const raw = digits.replace(/[,_]/g, '');
    const w = s.width - sign.length;
    let d = raw;
    let g = group(d, s.grouping);
    while (g.length < w) {
      d = '0' + d;
      g = group(d, s.grouping);
    }
    return sign + g;
  }
  return pad(digits, s, sign);
}

/** Python's 'g'-style repr of a double with `prec` significant digits. */
function formatG(x: number, prec: number, alt: boolean, upper: boolean, addDot0 = false): string {
  if (prec === 0) prec = 1;
  const { mantissa, exp } = toExponentialEven(x, prec - 1);
  let out: string;
  // Py_DTSF_ADD_DOT_0 (the no-type format with a precision) switches to the exponent one digit earlier
  if (exp < -4 || exp >= (addDot0 ? prec - 1 : prec)) {
    let m = mantissa;
    if (!alt && m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    out = m + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else {
    out = toFixedEven(x, Math.max(0, prec - 1 - exp));
    if (!alt && out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
    else if (alt && !out.includes('.')) out += '.';
    if (addDot0 && !out.includes('.')) out += '.0';
  }
  return out;
}

function toFixedBig(x: number, prec: number): string {
  return (x < 0 ? '-' : '') + toFixedEven(x, prec);
}

function formatFloatSpec(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  let body: string;
  const prec = s.precision;
  if (!Number.isFinite(ax)) {
    body = ax !== ax ? 'nan' : 'inf';
    if (s.type === 'E' || s.type === 'F' || s.type === 'G') body = body.toUpperCase();
    const nanNeg = x !== x ? false : neg;
    return pad(body, { ...s, fill: s.fill === '0' && s.align === '=' ? ' ' : s.fill }, signOf(nanNeg, s.sign));
  }
  switch (s.type) {
    case 'f':
    case 'F':
      body = toFixedBig(ax, prec < 0 ? 6 : prec);
      if (s.alt && !body.includes('.')) body += '.';
      break;
    case 'e':
    case 'E': {
      const { mantissa: m, exp: n } = toExponentialEven(ax, prec < 0 ? 6 : prec);
      body = (s.alt && !m.includes('.') ? m + '.' : m) + (s.type === 'E' ? 'E' : 'e') + (n < 0 ? '-' : '+') + String(Math.abs(n)).padStart(2, '0');
      break;
    }
    case '%':
      ax *= 100;
      body = toFixedBig(ax, prec < 0 ? 6 : prec) + '%';
      break;
    case 'g':
    case 'G':
      body = formatG(ax, prec < 0 ? 6 : prec, s.alt, s.type === 'G');
      break;
    case 'n':
      body = formatG(ax, prec < 0 ? 6 : prec, s.alt, false);
      break;
    case '':
      // repr without a precision, else 'g' that keeps a digit after the point (Py_DTSF_ADD_DOT_0)
      body = prec < 0 ? floatRepr(ax) : formatG(ax, prec, s.alt, false, true);
      // '#' keeps the point of an exponent form (Py_DTSF_ALT)
      if (prec < 0 && s.alt && /^\d+e/.test(body)) body = body.replace('e', '.e');
      break;
    default:
      raise(T.ValueError, `Unknown format code '${s.type}' for object of type 'float'`);
  }
  if (s.grouping) {
    const dot = body.search(/[.e%]/);
    const intPart = dot < 0 ? body : body.slice(0, dot);
    body = group(intPart, s.grouping) + (dot < 0 ? '' : body.slice(dot));
  }
  const isZero = s.z && /^[0.]+(e[+-]\d+)?%?$/.test(body.replace(/[,_]/g, ''));
  return pad(body, s, signOf(neg && !isZero, s.sign));
}

export function formatFloat(x: number, spec: string): string {
  const s = parseSpec(spec, '>', 'float');
  return formatFloatSpec(x, s);
}

/** format_complex_internal (Python/formatter_unicode.c): both parts formatted as floats (no
 * type: like str(), the real part left out when it is +0.0, else in parentheses), the imaginary
 * one always signed when the real one is there; the padding is applied to the whole. */
export function formatComplex(re: number, im: number, spec: string): string {
  const s = parseSpec(spec, '>', 'complex');
  if (s.fill === '0') raise(T.ValueError, 'Zero padding is not allowed in complex format specifier');
  if (s.align === '=') raise(T.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(s.type)) {
    const c = s.type.codePointAt(0) as number;
    raise(T.ValueError, c > 32 && c < 128 ? `Unknown format code '${s.type}' for object of type 'complex'` : `Unknown format code '\\x${c.toString(16)}' for object of type 'complex'`);
  }
  let type = s.type;
  let skipRe = false;
  let parens = false;
  let precision = s.precision;
  let defaultPrecision = 6;
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
    if (type === 'r') {
      // PyOS_double_to_string(x, 'r', 0, flags): the shortest repr, without a ".0"
      const neg = x < 0 || Object.is(x, -0);
      const ax = Math.abs(x);
      let body = ax !== ax ? 'nan' : ax === Infinity ? 'inf' : floatRepr(ax).replace(/\.0$/, '');
      if (s.alt && Number.isFinite(ax) && !body.includes('.')) body = body.includes('e') ? body.replace('e', '.e') : body + '.';
      if (s.grouping && Number.isFinite(ax)) {
        const dot = body.search(/[.e]/);
        const intPart = dot < 0 ? body : body.slice(0, dot);
        body = group(intPart, s.grouping) + (dot < 0 ? '' : body.slice(dot));
      }
      const isZero = s.z && ax === 0;
      return signOf(neg && ax === ax && !isZero, sign) + body;
    }
    return formatFloatSpec(x, { ...s, type, precision, width: -1, align: '<', fill: ' ', sign });
  };
  const body = (parens ? '(' : '') + (skipRe ? '' : part(re, s.sign)) + part(im, skipRe ? s.sign : '+') + 'j' + (parens ? ')' : '');
  return pad(body, s);
}

export function formatStr(v: string, spec: string): string {
  const s = parseSpec(spec, '<', 'str');
  if (s.type !== '' && s.type !== 's') raise(T.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign) raise(T.ValueError, 'Sign not allowed in string format specifier');
  if (s.z) raise(T.ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (s.alt) raise(T.ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=') raise(T.ValueError, "'=' alignment not allowed in string format specifier");
  let body = v;
  if (s.precision >= 0) body = Array.from(body).slice(0, s.precision).join('');
  return pad(body, s);
}

/** format(obj, spec) / FORMAT_VALUE: calls type(obj).__format__. */
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
      return newStrFresh(intToString(o.v as IntVal));
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
  if (fmt !== null) decref(fmt);
  // a builtin __format__, called as a bound builtin method (its recursion check); with an empty
  // spec, all but an exact str's and int's go through format_obj: PyObject_Str
  cEnter(WHILE_CALLING);
  try {
    if (t === T.str) {
      // format_string_internal writes the string itself when it needs no padding or truncation
      const text = formatStr(o.v as string, spec);
      if (text === o.v) {
        o.rc++;
        return o;
      }
      return newStr(text);
    }
    if (t === T.int) return newStr(formatInt(o.v as IntVal, spec));
    if (spec === '') return pyStr(o);
    if (t === T.bool) return newStr(formatInt(o.v as IntVal, spec));
    if (t === T.float) return newStr(formatFloat(o.v as number, spec));
    if ((t.v as TypeInfo).solid === T.int || isSubtype(t, T.int)) return newStr(formatInt(o.v as IntVal, spec));
    if (isSubtype(t, T.float)) return newStr(formatFloat(o.v as number, spec));
    if (t === T.complex || isSubtype(t, T.complex)) return newStr(formatComplex(o.v as number, o.d as number, spec));
    raise(T.TypeError, `unsupported format string passed to ${typeName(o)}.__format__`);
  } finally {
    cLeave();
  }
}

// ---------------------------------------------------------------- % formatting

export function percentFormat(fmt: string, args: PyObject): PyObject {
  let argList: PyObject[];
  let mapping: PyObject | null = null;
  if (args.t === T.tuple) argList = args.v as PyObject[];
  else {
    argList = [args];
    if ((args.t === T.dict || isSubtype(args.t, T.dict) || ((args.t.v as TypeInfo).getitem !== null && args.t !== T.str && args.t !== T.tuple))) mapping = args;
  }
  let ai = 0;
  let out = '';
  const nextArg = (): PyObject => {
    if (ai >= argList.length) raise(T.TypeError, 'not enough arguments for format string');
    return argList[ai++];
  };
  let usedMapping = false;
  let single: PyObject | null = null;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    i++;
    if (i >= fmt.length) raise(T.ValueError, 'incomplete format');
    let key: string | null = null;
    if (fmt[i] === '(') {
      let depth = 1;
      let j = i + 1;
      for (; j < fmt.length && depth > 0; j++) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
      }
      if (depth > 0) raise(T.ValueError, 'incomplete format key');
      key = fmt.slice(i + 1, j - 1);
      i = j;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i]) && i < fmt.length) flags += fmt[i++];
    let width = '';
    // a '*' width or precision must be an int (PyLong_Check): "* wants int"
    const starArg = (): number => {
      const a = nextArg();
      if (a.t !== T.int && a.t !== T.bool && !isSubtype(a.t, T.int)) raise(T.TypeError, '* wants int');
      return indexJs(a);
    };
    if (fmt[i] === '*') {
      width = String(starArg());
      i++;
    } else while (fmt[i] >= '0' && fmt[i] <= '9') width += fmt[i++];
    let prec = '';
    let hasPrec = false;
    if (fmt[i] === '.') {
      hasPrec = true;
      i++;
      if (fmt[i] === '*') {
        prec = String(starArg());
        i++;
      } else while (fmt[i] >= '0' && fmt[i] <= '9') prec += fmt[i++];
    }
    while ('hlL'.includes(fmt[i]) && i < fmt.length) i++;
    const conv = fmt[i];
    if (conv === undefined) raise(T.ValueError, 'incomplete format');
    if (conv === '%') {
      out += '%';
      continue;
    }
    let v: PyObject;
    let tmp: PyObject | null = null;
    if (key !== null) {
      if (mapping === null) raise(T.TypeError, 'format requires a mapping');
      const k = newStr(key);
      try {
        tmp = getItem(mapping, k);
      } finally {
        decref(k);
      }
      v = tmp;
      usedMapping = true;
    } else v = nextArg();
    try {
      const spec: Spec = {
        fill: flags.includes('0') && !flags.includes('-') && conv !== 's' && conv !== 'r' && conv !== 'a' ? '0' : ' ',
        align: flags.includes('-') ? '<' : flags.includes('0') && 'diouxXeEfFgG'.includes(conv) ? '=' : '>',
        sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '',
        z: false, alt: flags.includes('#'), zero: false,
        width: width ? parseInt(width, 10) : -1, grouping: '',
        precision: hasPrec ? (prec ? parseInt(prec, 10) : 0) : -1, type: '',
      };
      switch (conv) {
        case 's':
        case 'r':
        case 'a': {
          if (v.t === T.int && spec.width === -1 && spec.precision === -1) {
            out += intToString(v.v as IntVal); // _PyLong_FormatWriter straight into the writer
            break;
          }
          const so = conv === 's' ? (v.t === T.str ? (v.rc++, v) : pyStr(v)) : conv === 'r' ? pyRepr(v) : pyAscii(v);
          let s = so.v as string;
          const n = Array.from(s).length;
          if (out === '' && i === fmt.length - 1 && spec.sign === '' && (spec.width < 0 || spec.width <= n) && (spec.precision < 0 || spec.precision >= n)) {
            // the last conversion into a still empty writer that no longer overallocates:
            // _PyUnicodeWriter_WriteStr keeps the string itself, and that is the result
            single = so;
            break;
          }
          decref(so);
          if (spec.precision >= 0) s = Array.from(s).slice(0, spec.precision).join('');
          out += pad(s, { ...spec, fill: ' ' });
          break;
        }
        case 'd':
        case 'i':
        case 'u': {
          const n = numberArg(v, conv);
          const iv = typeof n === 'number' && !Number.isInteger(n) ? Math.trunc(n) : n;
          out += percentInt(iv as IntVal, spec, 'd');
          break;
        }
        case 'x':
        case 'X':
        case 'o': {
          if (!(v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int))) raise(T.TypeError, `%${conv} format: an integer is required, not ${typeName(v)}`);
          out += percentInt(v.v as IntVal, spec, conv);
          break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
          const f = toFloatOperand(v);
          if (f === null) raise(T.TypeError, P_float_err(v));
          spec.type = conv;
          if (spec.precision < 0) spec.precision = 6;
          out += formatFloatSpec(f, spec);
          break;
        }
        case 'c': {
          // formatchar: a 1-character str or an integer (PyNumber_Index), else "%c requires int or char"
          if (v.t === T.str || isSubtype(v.t, T.str)) {
            if ([...(v.v as string)].length !== 1) raise(T.TypeError, '%c requires int or char');
            out += pad(v.v as string, spec);
            break;
          }
          if (v.t !== T.int && v.t !== T.bool && !isSubtype(v.t, T.int) && (v.t.v as TypeInfo).nb.index === undefined) raise(T.TypeError, '%c requires int or char');
          const cp = indexJs(v);
          if (cp < 0 || cp > 0x10ffff) raise(T.OverflowError, '%c arg not in range(0x110000)');
          out += pad(String.fromCodePoint(cp), spec);
          break;
        }
        default:
          raise(T.ValueError, `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${i}`);
      }
    } finally {
      if (tmp !== null) decref(tmp);
    }
  }
  if (ai < argList.length && !usedMapping && mapping === null) {
    if (single !== null) decref(single);
    raise(T.TypeError, 'not all arguments converted during string formatting');
  }
  if (single !== null) return single;
  return newStr(out);
}

function P_float_err(v: PyObject): string {
  return `must be real number, not ${typeName(v)}`;
}

function numberArg(v: PyObject, conv: string): IntVal | number {
  if (v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int)) return v.v as IntVal;
  if (v.t === T.float || isSubtype(v.t, T.float)) return v.v as number;
  // mainformatlong's wrongtype: 3.8 says "a number", 3.10+ "a real number"
  raise(T.TypeError, `%${conv} format: a ${P.minor >= 10 ? 'real ' : ''}number is required, not ${typeName(v)}`);
}

function percentInt(v: IntVal, spec: Spec, conv: string): string {
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const abs = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
  let digits = conv === 'x' ? abs.toString(16) : conv === 'X' ? abs.toString(16).toUpperCase() : conv === 'o' ? abs.toString(8) : abs.toString();
  if (spec.precision > 0 && digits.length < spec.precision) digits = digits.padStart(spec.precision, '0');
  let prefix = '';
  if (spec.alt) prefix = conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' ? '0o' : '';
  return pad(digits, { ...spec, type: '' }, signOf(neg, spec.sign) + prefix);
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
      const m = /^([^.[]*)(.*)$/.exec(name) as RegExpExecArray;
      let first = m[1];
      const rest = m[2];
      let obj: PyObject;
      let owned = false;
      if (!(kw instanceof Map) && (first === '' || /^\d+$/.test(first))) raise(T.ValueError, 'Format string contains positional fields');
      if (first === '') {
        if (st.manual) raise(T.ValueError, 'cannot switch from manual field specification to automatic field numbering');
        const n = st.auto++;
        first = String(n);
        if (n >= args.length) raise(T.IndexError, P_replacementIndex(n, args.length));
        obj = args[n];
      } else if (/^\d+$/.test(first)) {
        if (st.auto > 0) raise(T.ValueError, 'cannot switch from automatic field numbering to manual field specification');
        st.manual = true;
        const n = parseInt(first, 10);
        if (n >= args.length) raise(T.IndexError, P_replacementIndex(n, args.length));
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
            const key = /^\d+$/.test(part) ? newInt(BigInt(part)) : newStr(part);
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
        if (conved !== cur) {
          decref(cur);
          cur = conved;
        }
        const expanded = spec.includes('{') ? strFormat(spec, args, kw, undefined, st, recursion - 1) : spec;
        const r = formatObject(cur, expanded);
        // int, float, complex and a str with a spec are formatted into the writer's buffer
        const direct = cur.t === T.int || cur.t === T.float || cur.t === T.complex || (cur.t === T.str && r !== cur);
        if (holder !== undefined && !direct && out === '' && j === fmt.length - 1 && (r.v as string).length > 0) holder.single = r;
        else {
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

function P_replacementIndex(n: number, len: number): string {
  return `Replacement index ${n} out of range for positional args tuple`;
  void len;
}


export { S, pyLen };
