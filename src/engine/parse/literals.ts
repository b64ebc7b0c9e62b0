// Literal decoding exactly as CPython does it: numbers (Parser/pegen.c parsenumber) and string
// escapes (Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal, Objects/bytesobject.c
// _PyBytes_DecodeEscape), including the wording and positions of their errors.

import type { ConstValue } from './ast';
import { lookupUnicodeName } from './unicode-names';

export function parseNumber(text: string): ConstValue {
  const t = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const c1 = t.charCodeAt(1);
  if (t.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return { k: 'int', v: BigInt(t) };
  }
  const last = t.charCodeAt(t.length - 1);
  if (last === 106 || last === 74) return { k: 'complex', imag: Number(t.slice(0, -1)) };
  if (/[.eE]/.test(t)) return { k: 'float', v: Number(t) };
  return { k: 'int', v: BigInt(t) };
}

export interface StringPrefix {
  bytes: boolean;
  raw: boolean;
  fmt: boolean;
  u: boolean;
  /** Length of the prefix letters. */
  len: number;
  quoteSize: number;
}

/** Prefix flags and quote size of a STRING token's text. */
export function stringPrefix(text: string): StringPrefix {
  let i = 0;
  const p: StringPrefix = { bytes: false, raw: false, fmt: false, u: false, len: 0, quoteSize: 1 };
  for (;; i++) {
    const c = text[i];
    if (c === 'b' || c === 'B') p.bytes = true;
    else if (c === 'r' || c === 'R') p.raw = true;
    else if (c === 'f' || c === 'F') p.fmt = true;
    else if (c === 'u' || c === 'U') p.u = true;
    else break;
  }
  p.len = i;
  const q = text[i];
  if (text.length - i >= 6 && text[i + 1] === q && text[i + 2] === q) p.quoteSize = 3;
  return p;
}

/** A literal that CPython's codecs reject: `msg` is the complete SyntaxError message. */
export class LiteralError {
  constructor(readonly msg: string) {}
}

/** The one-character escapes of str and bytes literals (a backslash-newline continues the line). */
const SIMPLE_ESCAPES: Record<number, string> = {
  10: '', 92: '\\', 39: "'", 34: '"', 98: '\b', 102: '\f', 116: '\t', 110: '\n', 114: '\r', 118: '\v', 97: '\x07',
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function unicodeError(start: number, end: number, reason: string): LiteralError {
  const where = end === start + 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/**
 * Decode the body of a non-raw str literal. Positions in error messages index the buffer CPython
 * actually hands to the codec: every non-ASCII character there is spelled `\U%08x` (10 bytes), and a
 * backslash right before one (or at the end) as `\u005c` (decode_unicode_with_escapes).
 */
/** The first invalid escape the last decodeStr/decodeBytes met (CPython's first_invalid_escape,
 * for 3.12+'s SyntaxWarning): what follows the backslash ("d", or three octal digits above
 * 0o377), or null. */
export const invalidEscape: { first: string | null } = { first: null };

/** Whether the last decodeStr put a low surrogate right after a high one (two code points in
 * Python; a JavaScript string would read them as one astral character). */
export const formedPair: { found: boolean } = { found: false };

/** Whether `b` appended to `a` joins a high surrogate to a low one. */
export function joinsSurrogates(a: string, b: string): boolean {
  const x = a.charCodeAt(a.length - 1), y = b.charCodeAt(0);
  return x >= 0xd800 && x <= 0xdbff && y >= 0xdc00 && y <= 0xdfff;
}

export function decodeStr(body: string): string | LiteralError {
  invalidEscape.first = null;
  formedPair.found = false;
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let pos = 0; // position in CPython's transformed buffer
  const n = body.length;
  let i = 0;
  const widthAt = (k: number): number => {
    const c = body.charCodeAt(k);
    return c < 128 ? 1 : 10;
  };
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        out += body[i]! + body[i + 1]!;
        i += 2;
        pos += 10;
        continue;
      }
      out += body[i]!;
      pos += widthAt(i);
      i++;
      continue;
    }
    const start = pos;
    const next = i + 1 < n ? body.charCodeAt(i + 1) : -1;
    if (next === -1 || next >= 128) {
      // "\\u005c": the backslash stays a backslash
      out += '\\';
      pos += 6;
      i++;
      continue;
    }
    i += 2;
    pos += 2;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    switch (next) {
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = next - 48;
        const from = i - 1;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
          pos++;
        }
        if (v > 0o377 && invalidEscape.first === null) invalidEscape.first = body.slice(from, from + 3);
        out += String.fromCodePoint(v);
        break;
      }
      case 120: case 117: case 85: {
        let count = next === 120 ? 2 : next === 117 ? 4 : 8;
        const reason = next === 120 ? 'truncated \\xXX escape' : next === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let v = 0;
        for (; count > 0; count--) {
          const d = i < n ? body.charCodeAt(i) : -1;
          if (d < 0 || !isHex(d)) return unicodeError(start, pos, reason);
          v = v * 16 + parseInt(body[i]!, 16);
          i++;
          pos++;
        }
        if (v > 0x10ffff) return unicodeError(start, pos, 'illegal Unicode character');
        if (v >= 0xdc00 && v <= 0xdfff && joinsSurrogates(out, String.fromCharCode(v))) formedPair.found = true;
        out += String.fromCodePoint(v);
        break;
      }
      case 78: {
        const malformed = 'malformed \\N character escape';
        if (i >= n || body[i] !== '{') return unicodeError(start, pos, malformed);
        const close = body.indexOf('}', i + 1);
        if (close < 0) {
          for (let k = i; k < n; k++) pos += widthAt(k);
          return unicodeError(start, pos, malformed);
        }
        const name = body.slice(i + 1, close);
        for (let k = i; k < close; k++) pos += widthAt(k);
        if (name.length === 0) return unicodeError(start, pos, malformed);
        pos++;
        i = close + 1;
        const cp = /^[\x20-\x7e]+$/.test(name) ? lookupUnicodeName(name) : -1;
        if (cp < 0) return unicodeError(start, pos, 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        break;
      }
      default:
        // Unknown escapes stay as they are (CPython only warns).
        if (invalidEscape.first === null) invalidEscape.first = String.fromCharCode(next);
        out += '\\' + String.fromCharCode(next);
    }
  }
  return out;
}

/** A bytes literal's body (raw or not): each char code of the result is one byte. */
export function decodeBytes(body: string, raw: boolean, v38: boolean): string | LiteralError {
  invalidEscape.first = null;
  for (let k = 0; k < body.length; k++) {
    if (body.charCodeAt(k) >= 128) {
      return new LiteralError(v38 ? 'bytes can only contain ASCII literal characters.' : 'bytes can only contain ASCII literal characters');
    }
  }
  if (raw || body.indexOf('\\') < 0) return body;
  let out = '';
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) { out += body[i]!; i++; continue; }
    const start = i;
    i++;
    if (i >= n) return new LiteralError('(value error) Trailing \\ in string');
    const e = body.charCodeAt(i);
    i++;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    switch (e) {
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        const from = i - 1;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
        }
        if (v > 0o377 && invalidEscape.first === null) invalidEscape.first = body.slice(from, from + 3);
        out += String.fromCharCode(v & 0xff);
        break;
      }
      case 120: {
        if (i + 1 < n && isHex(body.charCodeAt(i)) && isHex(body.charCodeAt(i + 1))) {
          out += String.fromCharCode(parseInt(body.slice(i, i + 2), 16));
          i += 2;
          break;
        }
        return new LiteralError(`(value error) invalid \\x escape at position ${start}`);
      }
      default:
        if (invalidEscape.first === null) invalidEscape.first = String.fromCharCode(e);
        out += '\\' + String.fromCharCode(e);
    }
  }
  return out;
}
