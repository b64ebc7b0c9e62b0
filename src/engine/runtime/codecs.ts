// The codecs str.encode, bytes.decode, str(b, ...), bytes(s, ...) and bytearray(s, ...) use
// (Objects/unicodeobject.c, Python/codecs.c): the fast paths PyUnicode_AsEncodedString and
// PyUnicode_Decode take for UTF-8, ASCII and Latin-1, with the error handlers those codecs
// handle inline (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape,
// surrogatepass) and the registered handlers they call for the rest; any other name goes to the
// codec registry, whose unknown names raise LookupError and whose codecs are not simulated.
import { PyObject } from './object';
import { P, T, PyErr, NotSimulated, ST, decref, incref, allocBuffer, freeBuffer } from './core';
import { raise } from './exc';
import { call } from './abstract';
import { newStr, internStr, raiseHooks } from './str';
import { raiseUnicodeError } from './excobject';
import { newInt } from './numbers';
import { newTuple } from './tuple';
import { newBytes, newBytesFresh } from './bytes';
import type { ExcData } from './exc';
import { pythonLevelCall } from './modules/registry';
import { CODEC_NAMES, CODEC_NAMES_ONLY } from './codecnames';

export type FastCodec = 'utf-8' | 'ascii' | 'latin-1';

/** The bytes of a str's UTF-8 encoding (surrogates encoded as such), as a binary JS string. */
function utf8Bytes(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

/** _Py_normalize_encoding over the name's UTF-8 bytes: ASCII letters and digits (lower-cased)
 * and '.', runs of anything else as one '_' between them; null when it needs more than `max`
 * characters (the fast paths' 11-byte buffer). */
function normalizeC(name: string, max: number): string | null {
  let out = '';
  let punct = false;
  for (const b of utf8Bytes(name)) {
    if (/^[A-Za-z0-9.]$/.test(b)) {
      if (punct && out.length > 0) {
        if (out.length >= max) return null;
        out += '_';
      }
      punct = false;
      if (out.length >= max) return null;
      out += b.toLowerCase();
    } else punct = true;
  }
  return out;
}

/** The fast path a (normalized) name takes, if any. */
function fastPath(name: string): FastCodec | 'utf-16' | 'utf-32' | null {
  const n = normalizeC(name, 10);
  if (n === null) return null;
  if (n.startsWith('utf')) {
    const rest = n.slice(n[3] === '_' ? 4 : 3);
    return rest === '8' ? 'utf-8' : rest === '16' ? 'utf-16' : rest === '32' ? 'utf-32' : null;
  }
  if (n === 'ascii' || n === 'us_ascii') return 'ascii';
  if (n === 'latin1' || n === 'latin_1' || n === 'iso_8859_1' || n === 'iso8859_1') return 'latin-1';
  return null;
}

/** The normalized names of unknown encodings encodings._cache holds (one reference each). */
let heldNames = new Map<string, PyObject>();

/** A run starts with the search function's cache empty. */
export function resetCodecState(): void {
  heldNames = new Map();
}

let codecNames: Set<string> | null = null;
let codecNamesMinor = -1;

/** Whether encodings.search_function finds a codec for the registry's normalized name. */
function registryKnows(norm: string): boolean {
  if (codecNames === null || codecNamesMinor !== P.minor) {
    codecNames = new Set(CODEC_NAMES.split(' ').filter((n) => CODEC_NAMES_ONLY[n] === undefined || CODEC_NAMES_ONLY[n].includes(P.minor)));
    codecNamesMinor = P.minor;
  }
  return codecNames.has(norm) || codecNames.has(norm.replace(/\./g, '_'));
}

/** An encoding name no fast path takes: _PyCodec_Lookup. A codec the registry finds is not
 * simulated; an unknown name is a LookupError, after encodings.search_function (Python code)
 * ran. */
function registryLookup(encoding: string): never {
  // normalizestring: 3.9+ _Py_normalize_encoding, 3.8 lower-case with ' ' as '-'; then the
  // search function's normalize_encoding (non-alphanumerics but '.' as one '_'; 3.9+ drops
  // non-ASCII alphanumerics)
  const cNorm = P.minor >= 9 ? (normalizeC(encoding, Infinity) as string) : encoding.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/ /g, '-');
  let norm = '';
  let punct = false;
  for (const c of cNorm) {
    if (/^[\p{L}\p{N}.]$/u.test(c)) {
      if (punct && norm.length > 0) norm += '_';
      if (P.minor < 9 || c.charCodeAt(0) < 128) norm += c;
      punct = false;
    } else punct = true;
  }
  if (registryKnows(norm)) {
    throw new NotSimulated(`the '${encoding}' codec`, ST.line, 'HeapLens simulates the UTF-8, ASCII and Latin-1 codecs under the names CPython gives a fast path (utf-8, utf8, ascii, latin-1, iso-8859-1, ...); other names go through the codec registry, which runs the encodings package\'s Python code');
  }
  // _PyCodec_Lookup interns the normalized name and passes it to the search function, whose
  // cache (encodings._cache) keeps it as the key of the miss (3.12 makes it immortal too)
  if (!heldNames.has(cNorm)) heldNames.set(cNorm, internStr(cNorm, P.minor === 12));
  pythonLevelCall('a codec registry lookup', `the codec registry calls encodings.search_function (Python code in CPython) for the unknown encoding '${encoding}', whose frames and temporary objects HeapLens does not reproduce`);
  raise(T.LookupError, `unknown encoding: ${encoding}`);
}

/** The codec for an encoding name (null: the default, UTF-8). */
export function resolveCodec(encoding: string | null): FastCodec {
  if (encoding === null) return 'utf-8';
  const f = fastPath(encoding);
  if (f === 'utf-16' || f === 'utf-32') throw new NotSimulated(`the ${f} codec`, ST.line, 'HeapLens encodes with it (str.encode, bytes(s, ...)); decoding makes a str through a writer whose buffers it does not reproduce');
  if (f !== null) return f;
  registryLookup(encoding);
}

/** The "s" converter of encoding and errors arguments (already known to be str): no NUL; a
 * non-ASCII name is not simulated (the conversion caches its UTF-8 form in the str object,
 * which changes its size). */
export function codecNameArg(o: PyObject | null): string | null {
  if (o === null) return null;
  const s = o.v as string;
  if (/[^\x00-\x7f]/.test(s)) throw new NotSimulated('a non-ASCII encoding or error handler name', ST.line, "converting it to a C string caches its UTF-8 form in the str object, which changes sys.getsizeof() of it");
  if (s.includes('\0')) raise(T.ValueError, 'embedded null character');
  return s;
}

// ---------------------------------------------------------------- error handlers

type Handler = 'strict' | 'ignore' | 'replace' | 'backslashreplace' | 'xmlcharrefreplace' | 'surrogateescape' | 'surrogatepass' | 'other';

/** _Py_GetErrorHandler: the handlers the codecs know by name. */
function fastHandler(errors: string | null): Handler {
  if (errors === null || errors === 'strict') return 'strict';
  switch (errors) {
    case 'ignore': case 'replace': case 'backslashreplace': case 'xmlcharrefreplace': case 'surrogateescape': case 'surrogatepass':
      return errors;
    default:
      return 'other';
  }
}

/** PyCodec_LookupError: the registered handler of that name. */
function lookupHandler(errors: string | null): string {
  const name = errors ?? 'strict';
  if (['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'surrogateescape', 'surrogatepass'].includes(name)) return name;
  if (name === 'namereplace') throw new NotSimulated("the 'namereplace' error handler", ST.line, 'it writes the characters\' names from the Unicode database, which HeapLens does not have');
  raise(T.LookupError, `unknown error handler name '${name}'`);
}

/** The exception object a codec makes for the handlers it calls (make_encode_exception /
 * make_decode_exception): created once per call, its start, end and reason updated after. */
class CodecError {
  exc: PyObject | null = null;
  constructor(private kind: 'encode' | 'decode', private codec: string, private object: () => PyObject) {}
  make(start: number, end: number, reason: string): PyObject {
    if (this.exc === null) {
      const parts = [newStr(this.codec), this.object(), newInt(start), newInt(end), newStr(reason)];
      try {
        this.exc = call(this.kind === 'encode' ? T.UnicodeEncodeError : T.UnicodeDecodeError, parts);
      } finally {
        for (const p of parts) decref(p);
      }
    } else {
      // PyUnicode{En,De}codeError_SetStart/SetEnd/SetReason: the fields, not args
      const d = this.exc.v as ExcData;
      d.start = start;
      d.end = end;
      const r = newStr(reason);
      d.set('reason', r);
      decref(r);
    }
    return this.exc;
  }
  /** The handler callHandler called raises the exception object it was given. */
  raiseMade(): never {
    throw new PyErr(incref(this.exc as PyObject));
  }
  /** The handler raises the exception object (PyErr_SetObject). */
  raise(start: number, end: number, reason: string): never {
    const e = this.make(start, end, reason);
    throw new PyErr(incref(e));
  }
  /** A registered handler returned (replacement, position): its result tuple, made and dropped. */
  result(rep: PyObject, pos: number): void {
    decref(newTuple([rep, newInt(pos)]));
  }
  dispose(): void {
    if (this.exc !== null) decref(this.exc);
    this.exc = null;
  }
}

/** The handler a codec calls for what it does not handle inline (PyCodec_LookupError first). */
function callHandler(errors: string | null, err: CodecError, start: number, end: number, reason: string): string {
  const name = lookupHandler(errors);
  // PyCodec_LookupError: the registry is looked up with a str made from the name (and dropped)
  const tmp = P.strAsciiHeader + name.length + 1;
  freeBuffer(allocBuffer(tmp), tmp);
  err.make(start, end, reason);
  return name;
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

/** backslashreplace for unencodable characters. */
function backslashChars(cps: number[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = cps[i];
    out += c < 0x100 ? `\\x${hex(c, 2)}` : c < 0x10000 ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
  }
  return out;
}

function xmlChars(cps: number[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += `&#${cps[i]};`;
  return out;
}

// ---------------------------------------------------------------- encoding

/** Encode the str `obj` (its value `s`) with a fast-path codec: the bytes as a binary string, and
 * the size the bytes writer allocated first (above 512 bytes the result is the writer's own
 * bytes object, not a cached 1-byte one). */
function encodeFast(obj: PyObject, codec: FastCodec, errors: string | null): [string, number] {
  const s = obj.v as string;
  if (!/[^\x00-\x7f]/.test(s)) return [s, 0];
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  const size = cps.length;
  const err = new CodecError('encode', codec, () => incref(obj));
  let handler: Handler | null = null;
  let out = '';
  try {
    if (codec === 'utf-8') {
      let maxc = 0;
      for (const c of cps) if (c > maxc) maxc = c;
      const alloc = size * (maxc < 0x100 ? 2 : maxc < 0x10000 ? 3 : 4);
      const isSur = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
      for (let i = 0; i < size;) {
        const c = cps[i];
        if (!isSur(c)) {
          out += utf8Bytes(String.fromCodePoint(c));
          i++;
          continue;
        }
        let start = i;
        let end = start + 1;
        while (end < size && isSur(cps[end])) end++;
        if (handler === null) handler = fastHandler(errors);
        switch (handler) {
          case 'replace': out += '?'.repeat(end - start); break;
          case 'ignore': break;
          case 'surrogatepass':
            for (let k = start; k < end; k++) out += String.fromCharCode(0xe0 | (cps[k] >> 12), 0x80 | ((cps[k] >> 6) & 0x3f), 0x80 | (cps[k] & 0x3f));
            break;
          case 'backslashreplace': out += backslashChars(cps, start, end); break;
          case 'xmlcharrefreplace': out += xmlChars(cps, start, end); break;
          default: {
            if (handler === 'surrogateescape') {
              let k = start;
              for (; k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff; k++) out += String.fromCharCode(cps[k] & 0xff);
              if (k >= end) break;
              start = k;
            }
            // strict, and the handlers that refuse the rest (surrogateescape past a non-escape,
            // the others by name): the original exception
            callHandler(errors, err, start, end, 'surrogates not allowed');
            err.raiseMade();
          }
        }
        i = end;
      }
      return [out, alloc];
    }
    const limit = codec === 'ascii' ? 128 : 256;
    const reason = `ordinal not in range(${limit})`;
    for (let pos = 0; pos < size;) {
      const c = cps[pos];
      if (c < limit) {
        out += String.fromCharCode(c);
        pos++;
        continue;
      }
      let collstart = pos;
      let collend = collstart + 1;
      while (collend < size && cps[collend] >= limit) collend++;
      if (handler === null) handler = fastHandler(errors);
      switch (handler) {
        case 'strict': return err.raise(collstart, collend, reason);
        case 'replace': out += '?'.repeat(collend - collstart); break;
        case 'ignore': break;
        case 'backslashreplace': out += backslashChars(cps, collstart, collend); break;
        case 'xmlcharrefreplace': out += xmlChars(cps, collstart, collend); break;
        default: {
          if (handler === 'surrogateescape') {
            let k = collstart;
            for (; k < collend && cps[k] >= 0xdc80 && cps[k] <= 0xdcff; k++) out += String.fromCharCode(cps[k] - 0xdc00);
            if (k >= collend) break;
            collstart = k;
          }
          // surrogatepass knows no ASCII or Latin-1 form, surrogateescape past a non-escape
          // refuses too: the original exception
          callHandler(errors, err, collstart, collend, reason);
          err.raiseMade();
        }
      }
      pos = collend;
    }
    return [out, size];
  } finally {
    err.dispose();
  }
}

/** PyUnicode_AsEncodedString's other shortcut: "utf-16" and "utf-32" (normalized) call
 * _PyUnicode_EncodeUTF16/32 with native (little-endian) order and a byte order mark. Each makes
 * its bytes object at once at the exact size (code units plus the mark; UTF-16 counts the pairs of
 * astral characters first), writes into it and returns it. A surrogate calls the error handler,
 * which may resize the object or raise: that stops. Null: the name is not one of these. */
function encodeUtfWide(obj: PyObject, encoding: string | null): string | null {
  if (encoding === null) return null;
  const f = fastPath(encoding);
  if (f !== 'utf-16' && f !== 'utf-32') return null;
  let out = f === 'utf-16' ? '\xff\xfe' : '\xff\xfe\x00\x00';
  for (const ch of obj.v as string) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) throw new NotSimulated(`encoding a str with surrogates as ${f}`, ST.line, "the codec calls the error handler, which may resize the bytes object or raise with its own allocations");
    if (f === 'utf-32') out += String.fromCharCode(c & 0xff, (c >> 8) & 0xff, c >> 16, 0);
    else if (c < 0x10000) out += String.fromCharCode(c & 0xff, c >> 8);
    else {
      const hi = 0xd800 + ((c - 0x10000) >> 10);
      const lo = 0xdc00 + ((c - 0x10000) & 0x3ff);
      out += String.fromCharCode(hi & 0xff, hi >> 8, lo & 0xff, lo >> 8);
    }
  }
  return out;
}

/** str.encode / PyUnicode_AsEncodedString: a new bytes object (new reference). */
export function encodeToBytes(obj: PyObject, encoding: string | null, errors: string | null): PyObject {
  const wide = encodeUtfWide(obj, encoding);
  // (PyBytes_FromStringAndSize(NULL, n) makes a new object: at least the 2-byte mark)
  if (wide !== null) return newBytesFresh(wide);
  const codec = resolveCodec(encoding);
  const [data, alloc] = encodeFast(obj, codec, errors);
  // _PyBytesWriter_Finish: up to 512 bytes the small buffer becomes PyBytes_FromStringAndSize
  // (the cached 1-byte objects); above, the writer's bytes object, resized
  return alloc > 512 && data.length === 1 ? newBytesFresh(data) : newBytes(data);
}

/** The bytes of `obj` in `encoding` as a binary string. */
export function encodeToString(obj: PyObject, encoding: string | null, errors: string | null): string {
  const wide = encodeUtfWide(obj, encoding);
  if (wide !== null) return wide;
  return encodeFast(obj, resolveCodec(encoding), errors)[0];
}

// ---------------------------------------------------------------- decoding

/** One step of stringlib's utf8_decode at byte `i`: a code point and its length, or an error
 * with its end and reason. */
function utf8Step(b: string, i: number): { cp: number; len: number } | { end: number; reason: string } {
  const n = b.length;
  const c = b.charCodeAt(i);
  const cont = (k: number): boolean => (b.charCodeAt(k) & 0xc0) === 0x80;
  const bad = (k: number): { end: number; reason: string } => ({ end: i + k, reason: 'invalid continuation byte' });
  const eod = { end: n, reason: 'unexpected end of data' };
  if (c < 0x80) return { cp: c, len: 1 };
  if (c < 0xc2 || c >= 0xf5) return { end: i + 1, reason: 'invalid start byte' };
  if (c < 0xe0) {
    if (n - i < 2) return eod;
    if (!cont(i + 1)) return bad(1);
    return { cp: ((c & 0x1f) << 6) | (b.charCodeAt(i + 1) & 0x3f), len: 2 };
  }
  const c2 = b.charCodeAt(i + 1);
  if (c < 0xf0) {
    const c2bad = (): boolean => !cont(i + 1) || (c2 < 0xa0 ? c === 0xe0 : c === 0xed);
    if (n - i < 3) {
      if (n - i < 2) return eod;
      return c2bad() ? bad(1) : eod;
    }
    if (c2bad()) return bad(1);
    if (!cont(i + 2)) return bad(2);
    return { cp: ((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (b.charCodeAt(i + 2) & 0x3f), len: 3 };
  }
  const c2bad = (): boolean => !cont(i + 1) || (c2 < 0x90 ? c === 0xf0 : c === 0xf4);
  if (n - i < 4) {
    if (n - i < 2) return eod;
    if (c2bad()) return bad(1);
    if (n - i < 3) return eod;
    return cont(i + 2) ? eod : bad(2);
  }
  if (c2bad()) return bad(1);
  if (!cont(i + 2)) return bad(2);
  if (!cont(i + 3)) return bad(3);
  return { cp: ((c & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((b.charCodeAt(i + 2) & 0x3f) << 6) | (b.charCodeAt(i + 3) & 0x3f), len: 4 };
}

/** A decoder's call of a registered handler (unicode_decode_call_errorhandler_writer): the
 * replacement and where decoding goes on. */
function decodeHandler(errors: string | null, err: CodecError, codec: FastCodec, b: string, start: number, end: number, reason: string): [string, number] {
  const name = callHandler(errors, err, start, end, reason);
  switch (name) {
    case 'backslashreplace': {
      let rep = '';
      for (let k = start; k < end; k++) rep += `\\x${hex(b.charCodeAt(k), 2)}`;
      const r = newStr(rep);
      err.result(r, end);
      return [rep, end];
    }
    case 'surrogatepass': {
      // one UTF-8 encoded surrogate at start (the other codecs have no such form)
      if (codec === 'utf-8' && b.length - start >= 3) {
        const p0 = b.charCodeAt(start), p1 = b.charCodeAt(start + 1), p2 = b.charCodeAt(start + 2);
        if ((p0 & 0xf0) === 0xe0 && (p1 & 0xc0) === 0x80 && (p2 & 0xc0) === 0x80) {
          const ch = ((p0 & 0x0f) << 12) + ((p1 & 0x3f) << 6) + (p2 & 0x3f);
          if (ch >= 0xd800 && ch <= 0xdfff) {
            const r = newStr(String.fromCharCode(ch));
            err.result(r, start + 3);
            return [String.fromCharCode(ch), start + 3];
          }
        }
      }
      return err.raiseMade();
    }
    case 'xmlcharrefreplace':
      raise(T.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    // eslint-disable-next-line no-fallthrough
    default:
      // strict (and ignore, replace, surrogateescape, which the decoders handle inline)
      return err.raiseMade();
  }
}

/** bytes.decode / PyUnicode_Decode with a fast-path codec: the text. */
function decodeFast(b: string, codec: FastCodec, errors: string | null): string {
  if (codec === 'latin-1' || !/[^\x00-\x7f]/.test(b)) return b;
  const err = new CodecError('decode', codec, () => newBytes(b));
  let handler: Handler | null = null;
  let out = '';
  // a lone high surrogate (surrogatepass) followed by a low one: JavaScript would read the two
  // as one astral character, where CPython keeps two code points
  const append = (piece: string): void => {
    const last = out.charCodeAt(out.length - 1), first = piece.charCodeAt(0);
    if (last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff) {
      throw new NotSimulated('decoding a high surrogate followed by a low one', ST.line, 'HeapLens keeps str values as JavaScript strings, which would read the two as one character');
    }
    out += piece;
  };
  try {
    for (let i = 0; i < b.length;) {
      const start = i;
      let end: number, reason: string;
      if (codec === 'ascii') {
        const c = b.charCodeAt(i);
        if (c < 128) {
          append(b[i]);
          i++;
          continue;
        }
        end = i + 1;
        reason = 'ordinal not in range(128)';
      } else {
        const st = utf8Step(b, i);
        if ('cp' in st) {
          append(String.fromCodePoint(st.cp));
          i += st.len;
          continue;
        }
        end = st.end;
        reason = st.reason;
      }
      if (handler === null) handler = fastHandler(errors);
      switch (handler) {
        case 'ignore': i = end; break;
        case 'replace': append('\ufffd'); i = end; break;
        case 'surrogateescape':
          for (let k = start; k < end; k++) append(String.fromCharCode(0xdc00 + b.charCodeAt(k)));
          i = end;
          break;
        default: {
          const [rep, next] = decodeHandler(errors, err, codec, b, start, end, reason);
          if (rep !== '') append(rep);
          i = next;
        }
      }
    }
  } finally {
    err.dispose();
  }
  return out;
}

/** The text of `b` (a binary string) decoded. */
export function decodeToString(b: string, encoding: string | null, errors: string | null): string {
  return decodeFast(b, resolveCodec(encoding), errors);
}

// PyUnicode_AsUTF8 of a str with lone surrogates: the UTF-8 codec's strict error
raiseHooks.surrogates = (o: PyObject): never => {
  const cps = Array.from(o.v as string, (c) => c.codePointAt(0) as number);
  const isSur = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
  const start = cps.findIndex(isSur);
  let end = start + 1;
  while (end < cps.length && isSur(cps[end])) end++;
  raiseUnicodeError('encode', 'utf-8', o, start, end, 'surrogates not allowed');
};
