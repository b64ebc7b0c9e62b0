// _PyUnicodeWriter (Objects/unicodeobject.c), as far as memory goes: the buffer a writer builds a
// string in is a str object allocated by PyUnicode_New for the first write (over-allocated by a
// quarter when `overallocate` is set, at least `min_length` characters), grown by resize_compact
// (realloc) or replaced by a wider one when a character does not fit its kind, and cut to the
// written length by _PyUnicodeWriter_Finish. The simulator builds the text itself as a JS string;
// this replays the buffer's blocks so the allocator (and tracemalloc's current and peak) see the
// same requests, and gives the finished string its own block (a free of the buffer and a malloc of
// the result, which tracemalloc counts as the realloc CPython does: current and peak alike).
import type { PyObject } from './object';
import { P, allocBuffer, freeBuffer, reallocBuffer, decref } from './core';
import { newStr, strKind, strLen, K_ASCII, K_LATIN1, K_UCS2 } from './str';
import { str as pyStr, repr as pyRepr } from './abstract';

const OVERALLOCATE_FACTOR = 4;

/** The max char value of a str kind (PyUnicode_MAX_CHAR_VALUE). */
export function kindMaxChar(kind: number): number {
  return kind === K_ASCII ? 127 : kind === K_LATIN1 ? 255 : kind === K_UCS2 ? 65535 : 0x10ffff;
}

/** The max char value of a JS string's characters. */
export function maxCharOf(s: string): number {
  let m = 127;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const c2 = s.charCodeAt(i + 1);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) return 0x10ffff;
    }
    if (c < 256) m = Math.max(m, 255);
    else m = Math.max(m, 65535);
  }
  return m;
}

/** PyUnicode_New(size, maxchar)'s request: the compact object and size + 1 characters. */
export function strNewBytes(size: number, maxchar: number): number {
  if (maxchar < 128) return P.strAsciiHeader + size + 1;
  const width = maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
  return P.strCompactHeader + (size + 1) * width;
}

export class UnicodeWriter {
  /** The buffer's block (0: none yet). */
  private addr = 0;
  private bytes = 0;
  /** Characters the buffer holds and its max char value (127, 255, 65535, 0x10ffff). */
  private size = 0;
  private maxchar = 0;
  /** The buffer is a str the writer must not write into (writer->readonly): one written str taken
   * as it is (`readonlyStr`, kept with a reference), or a new str made of the first ASCII string
   * written (its block is `addr`; none for a 1-character string, a cached singleton). */
  private readonly = false;
  private readonlyStr: PyObject | null = null;
  pos = 0;
  overallocate = false;
  minLength = 0;
  minChar = 127;

  /** _PyUnicodeWriter_Prepare(writer, length, maxchar). */
  prepare(length: number, maxchar: number): void {
    if (maxchar <= this.maxchar && length <= this.size - this.pos) return;
    if (length === 0) return;
    this.prepareInternal(length, maxchar);
  }

  private prepareInternal(length: number, maxchar: number): void {
    let newlen = this.pos + length;
    maxchar = Math.max(maxchar, this.minChar);
    if (this.addr === 0 && !this.readonly) {
      if (this.overallocate) newlen += Math.floor(newlen / OVERALLOCATE_FACTOR);
      if (newlen < this.minLength) newlen = this.minLength;
      this.newBuffer(newlen, maxchar);
    } else if (newlen > this.size) {
      if (this.overallocate) newlen += Math.floor(newlen / OVERALLOCATE_FACTOR);
      if (newlen < this.minLength) newlen = this.minLength;
      if (maxchar > this.maxchar || this.readonly) {
        // resize + widen: a new buffer, the old one released after the copy
        const old = this.addr, oldBytes = this.bytes, ro = this.readonlyStr;
        this.newBuffer(newlen, Math.max(maxchar, this.maxchar));
        this.readonly = false;
        if (ro !== null) {
          this.readonlyStr = null;
          decref(ro);
        } else if (old !== 0) freeBuffer(old, oldBytes);
      } else {
        const nb = strNewBytes(newlen, this.maxchar);
        this.addr = reallocBuffer(this.addr, this.bytes, nb);
        this.bytes = nb;
        this.size = newlen;
      }
    } else if (maxchar > this.maxchar) {
      const old = this.addr, oldBytes = this.bytes;
      this.newBuffer(this.size, maxchar);
      freeBuffer(old, oldBytes);
    }
  }

  private newBuffer(size: number, maxchar: number): void {
    const mc = maxchar < 128 ? 127 : maxchar < 256 ? 255 : maxchar < 65536 ? 65535 : 0x10ffff;
    this.bytes = strNewBytes(size, mc);
    this.addr = allocBuffer(this.bytes);
    this.size = size;
    this.maxchar = mc;
  }

  /** _PyUnicodeWriter_WriteStr */
  writeStr(s: PyObject): void {
    const len = strLen(s);
    if (len === 0) return;
    const maxchar = kindMaxChar(strKind(s));
    if (maxchar > this.maxchar || len > this.size - this.pos) {
      if (this.addr === 0 && !this.readonly && !this.overallocate) {
        s.rc++;
        this.readonly = true;
        this.readonlyStr = s;
        this.size = len;
        this.maxchar = maxchar;
        this.pos += len;
        return;
      }
      this.prepareInternal(len, maxchar);
    }
    this.pos += len;
  }

  /** _PyUnicodeWriter_WriteChar */
  writeChar(ch: number): void {
    this.prepare(1, ch);
    this.pos += 1;
  }

  /** _PyUnicodeWriter_WriteASCIIString (a non-overallocating writer's first write becomes a new
   * str object of its own, readonly). */
  writeAscii(len: number): void {
    if (len === 0) return;
    if (this.addr === 0 && !this.readonly && !this.overallocate) {
      // _PyUnicode_FromASCII: a 1-character string is the cached singleton
      if (len > 1) this.newBuffer(len, 127);
      else {
        this.size = 1;
        this.maxchar = 127;
      }
      this.readonly = true;
      this.pos += len;
      return;
    }
    this.prepare(len, 127);
    this.pos += len;
  }

  /** _PyUnicodeWriter_WriteLatin1String / a run of characters of known max char. */
  writeChars(len: number, maxchar: number): void {
    this.prepare(len, maxchar);
    this.pos += len;
  }

  /** _PyUnicodeWriter_Finish: the written text as a str (new reference). The simulator's text is
   * `text`; the buffer is released and the result made in a block of its own. */
  finish(text: string): PyObject {
    const ro = this.readonlyStr;
    if (ro !== null) {
      // the one str written, returned as it is
      this.readonlyStr = null;
      this.readonly = false;
      return ro;
    }
    this.readonly = false;
    if (this.addr !== 0) {
      freeBuffer(this.addr, this.bytes);
      this.addr = 0;
    }
    return newStr(text);
  }

  /** _PyUnicodeWriter_Dealloc (an error: the buffer is dropped). */
  dealloc(): void {
    if (this.readonlyStr !== null) {
      decref(this.readonlyStr);
      this.readonlyStr = null;
    }
    this.readonly = false;
    if (this.addr !== 0) {
      freeBuffer(this.addr, this.bytes);
      this.addr = 0;
    }
  }
}

/** An argument of fromFormat: a JS string for %s (a C string), a str object for %U, any object
 * for %S/%R, a number for %d/%i/%u/%x/%c. */
export type FormatArg = string | number | PyObject;


/** PyUnicode_FromFormat(format, ...): the writer starts with min_length = strlen(format) + 100
 * and over-allocation, which the last piece of the format turns off; %s arguments are decoded
 * to a temporary str first, %S/%R are the object's str()/repr(), numbers are printed into the
 * writer directly. Returns a new str. */
export function fromFormat(format: string, args: readonly FormatArg[]): PyObject {
  const w = new UnicodeWriter();
  w.minLength = format.length + 100;
  w.overallocate = true;
  let out = '';
  let ai = 0;
  let done = false;
  try {
    let i = 0;
    while (i < format.length) {
      if (format[i] !== '%') {
        let j = i;
        while (j < format.length && format[j] !== '%') j++;
        if (j === format.length) w.overallocate = false;
        w.writeAscii(j - i);
        out += format.slice(i, j);
        i = j;
        continue;
      }
      // a conversion: %%, or %[-0][width][.precision][l|ll|z]conv
      i++;
      if (format[i] === '%') {
        w.writeChar(37);
        out += '%';
        i++;
        continue;
      }
      let zero = false;
      while (format[i] === '-' || format[i] === '0') zero ||= format[i++] === '0';
      let width = 0;
      while (format[i] >= '0' && format[i] <= '9') width = width * 10 + Number(format[i++]);
      let precision = -1;
      if (format[i] === '.') {
        i++;
        precision = 0;
        while (format[i] >= '0' && format[i] <= '9') precision = precision * 10 + Number(format[i++]);
      }
      while (format[i] === 'l' || format[i] === 'z') i++;
      const conv = format[i];
      if (i + 1 === format.length) w.overallocate = false;
      i++;
      const arg = args[ai++];
      switch (conv) {
        case 'd': case 'i': case 'u': case 'x': case 'p': {
          // (%p: sprintf's "%p", an address as 0x and lower-case hex digits)
          let t = conv === 'x' ? (arg as number).toString(16) : conv === 'p' ? `0x${(arg as number).toString(16)}` : String(arg);
          // (a width pads the number: with zeros after a 0 flag, "%02x")
          if (t.length < width) t = (zero ? '0' : ' ').repeat(width - t.length) + t;
          w.writeChars(t.length, 127);
          out += t;
          break;
        }
        case 'c': {
          const cp = arg as number;
          w.writeChar(cp);
          out += String.fromCodePoint(cp);
          break;
        }
        case 's': {
          // PyUnicode_DecodeUTF8Stateful of the C string (up to `precision` bytes): a temporary
          // str (a 1-character ASCII string is the cached singleton)
          let t = arg as string;
          if (precision >= 0) t = truncateUtf8(t, precision);
          const tmp = newStr(t);
          try {
            w.writeStr(tmp);
          } finally {
            decref(tmp);
          }
          out += t;
          break;
        }
        case 'U': case 'S': case 'R': case 'A': {
          const o = arg as PyObject;
          const s = conv === 'U' ? o : conv === 'S' ? pyStr(o) : pyRepr(o);
          try {
            let t = s.v as string;
            const cps = Array.from(t);
            if (precision >= 0 && precision < cps.length) {
              // the first `precision` characters, written as a substring
              t = cps.slice(0, precision).join('');
              w.writeChars(precision, maxCharOf(t));
            } else {
              w.writeStr(s);
            }
            out += t;
          } finally {
            if (conv !== 'U') decref(s);
          }
          break;
        }
        default:
          throw new Error(`fromFormat: unsupported conversion %${conv}`);
      }
    }
    done = true;
  } finally {
    if (!done) w.dealloc();
  }
  return w.finish(out);
}

/** The longest prefix of `s` whose UTF-8 encoding fits in `n` bytes ("%.200s" cuts bytes; the
 * decoder's "replace" would turn a cut character into U+FFFD, which HeapLens's messages, made of
 * identifiers, do not meet). */
function truncateUtf8(s: string, n: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + b > n) break;
    bytes += b;
    out += ch;
  }
  return out;
}
