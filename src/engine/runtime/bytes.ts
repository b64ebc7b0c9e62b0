// bytes (Objects/bytesobject.c): an immutable byte string, held as a JS string of char codes
// 0..255. The empty bytes and 1-byte values are shared singletons, as CPython's are.
import { PyObject, F_RUNTIME } from './object';
import { P, R, T, PyErr, NotSimulated, ST, tmInexact, allocBlock, allocBuffer, freeBlock, freeBuffer, makeStatic, decref, reserve, tmPeakInexact, lazyIdentifier } from './core';
import { sequenceFast, lengthHint } from './listmethods';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { S, newBool, notImpl, indexJs, getIter, iterNext, truthy, len as pyLen, index as pyIndex } from './abstract';
import { newStr } from './str';
import { newInt, newIntSsize } from './numbers';
import { sliceIndices } from './slice';
import { bytesHash } from './hash';
import { defMethods, defClassMethods, defAttr, argRange, oneArg, noArgs, parseArgs, tupleArgs, type MethodFn } from './methods';
import { newList, listAppendSteal, type ListMeta } from './list';
import { newTuple } from './tuple';
import { newBuiltin } from './func';
import { codecArgTypes, bytesHook, expandTabs, splitSep, rsplitSep, sliceIdx, clinicSsize, clinicInt } from './strmethods';
import { encodeToBytes, decodeToString, codecNameArg } from './codecs';
import { baselinesFor } from '../profiles/baselines';
import { bytesPercentFormat, setBytesFormatHooks } from './format';

let EMPTY: PyObject = undefined as unknown as PyObject;
let chars: PyObject[] = [];

/** The b'' singleton (borrowed). */
export function emptyBytes(): PyObject {
  return EMPTY;
}

export function resetBytesState(baseline: number): void {
  EMPTY = new PyObject(T.bytes, '', null, F_RUNTIME);
  makeStatic(EMPTY, baseline);
  chars = [];
}

export function bytesSize(s: string): number {
  return 33 + s.length;
}

export function newBytes(s: string): PyObject {
  if (s.length === 0) {
    EMPTY.rc++;
    return EMPTY;
  }
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    let o = chars[c];
    if (o === undefined) {
      o = new PyObject(T.bytes, s, null, F_RUNTIME);
      // 3.11's are statically allocated with _PyObject_IMMORTAL_INIT's refcount (999999999); 3.8's
      // cache holds one reference to each it made, start-up's objects some more (measured; on
      // 3.10/3.11 the parser's tokens count too, and sys.getrefcount of one stops)
      makeStatic(o, P.minor === 11 ? 999999999 : P.minor === 8 ? (baselinesFor(P)?.byteChars?.[c] ?? 0) : 0);
      chars[c] = o;
    }
    o.rc++;
    return o;
  }
  const o = new PyObject(T.bytes, s, null, 0);
  allocBlock(o, bytesSize(s));
  return o;
}

/** Whether `o` is one of the shared 1-byte bytes objects (PyBytes_FromStringAndSize's cache). */
export function isByteChar(o: PyObject): boolean {
  return o.t === T.bytes && (o.v as string).length === 1 && chars[(o.v as string).charCodeAt(0)] === o;
}

/** A result built with PyBytes_FromStringAndSize(NULL, n) and filled in (upper, replace, join,
 * ljust...): a new object even for one byte (only the empty bytes is shared). */
export function newBytesFresh(s: string): PyObject {
  if (s.length === 0) return newBytes('');
  const o = new PyObject(T.bytes, s, null, 0);
  allocBlock(o, bytesSize(s));
  return o;
}

function isBytes(o: PyObject): boolean {
  return o.t === T.bytes || isSubtype(o.t, T.bytes);
}

export { bytesRepr } from '../util/repr';
import { bytesRepr } from '../util/repr';

/** The bytes a buffer request on `o` sees (bytes, bytearray, array.array, memoryview and their
 * subclasses), or null when `o` does not export a buffer (PyObject_CheckBuffer). `full`: a
 * PyBUF_FULL_RO request (bytes(x), bytearray(x)), else PyBUF_SIMPLE. Errors of the exporter's
 * getbuffer (a released or non-contiguous memoryview) propagate. */
export function bufferStr(o: PyObject, full = false): string | null {
  if (o.t === T.bytes) return o.v as string;
  const f = (o.t.v as TypeInfo).buffer;
  return f === null ? null : f(o, full);
}

/** PyObject_CheckBuffer */
export function hasBuffer(o: PyObject): boolean {
  return o.t === T.bytes || (o.t.v as TypeInfo).buffer !== null;
}

/** bufferStr where CPython replaces a failed PyObject_GetBuffer by its own TypeError (concatenation,
 * join, slice assignment): a buffer that cannot be had (a released memoryview) counts as none. */
export function bufferStrOrNull(o: PyObject): string | null {
  try {
    return bufferStr(o);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    return null;
  }
}

export function bytesFromObject(o: PyObject): string {
  const buf = bufferStr(o, true);
  if (buf !== null) return buf;
  if (o.t === T.int || o.t === T.bool) {
    const n = indexJs(o);
    if (n < 0) raise(T.ValueError, 'negative count');
    return '\0'.repeat(n);
  }
  if (o.t === T.str) raise(T.TypeError, 'string argument without an encoding');
  const it = getIter(o);
  try {
    return byteValuesOf(it);
  } finally {
    decref(it);
  }
}

/** An iterator's items as byte values. */
function byteValuesOf(it: PyObject): string {
  let out = '';
  for (;;) {
    const x = iterNext(it);
    if (x === null) break;
    let n: number;
    try {
      n = indexJs(x, `'${typeName(x)}' object cannot be interpreted as an integer`);
    } finally {
      decref(x);
    }
    if (n < 0 || n > 255) raise(T.ValueError, 'bytes must be in range(0, 256)');
    out += String.fromCharCode(n);
  }
  return out;
}

/** The items of a list or tuple as byte values (PyNumber_AsSsize_t each). */
function byteValues(items: PyObject[]): string {
  let out = '';
  for (const x of items) {
    const n = indexJs(x, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) raise(T.ValueError, 'bytes must be in range(0, 256)');
    out += String.fromCharCode(n);
  }
  return out;
}

export function initBytesType(ti: TypeInfo): void {
  ti.basicsize = () => 32;
  ti.buffer = (o) => o.v as string;
  ti.itemsize = 1;
  ti.dealloc = (o) => freeBlock(o, bytesSize(o.v as string));
  ti.sizeof = (o) => bytesSize(o.v as string);
  ti.repr = (o) => {
    tmPeakInexact('the repr of a bytes object');
    return newStr(bytesRepr(o.v as string));
  };
  ti.hash = (o) => bytesHash(o.v as string);
  ti.len = (o) => (o.v as string).length;
  ti.getitem = (o, k) => {
    const s = o.v as string;
    if (k.t === T.slice) {
      // bytes_subscript: the whole of an exact bytes is itself; an extended slice is filled in
      const [start, stop, step, n] = sliceIndices(k, s.length);
      if (n <= 0) return newBytes('');
      if (start === 0 && step === 1 && n === s.length && o.t === T.bytes) {
        o.rc++;
        return o;
      }
      if (step === 1) return newBytes(s.slice(start, stop));
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return newBytesFresh(out);
    }
    let i = indexJs(k, `byte indices must be integers or slices, not ${typeName(k)}`);
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(T.IndexError, 'index out of range');
    return newInt(s.charCodeAt(i));
  };
  ti.contains = (o, v) => bytesContains(o.v as string, v);
  ti.richcompare = (a, b, op) => {
    if (!isBytes(b)) return notImpl();
    const x = a.v as string, y = b.v as string;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  };
  // bytes_mod: _PyBytes_FormatEx; the writer's result comes from its stack buffer through
  // PyBytes_FromStringAndSize (the shared empty and one-byte objects) or, once it went to the
  // heap, is resized in place (a new object even for one byte; the empty bytes is shared)
  ti.nb.mod = (a, b) => {
    if (!isBytes(a)) return notImpl();
    const r = bytesPercentFormat(a.v as string, b);
    return r.heap ? newBytesFresh(r.text) : newBytes(r.text);
  };
  setBytesFormatHooks(newBytes, (o) => (o.t.v as TypeInfo).len!(o));
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = (a: PyObject, b: PyObject) => {
    const y = bufferStrOrNull(b);
    if (y === null) raise(T.TypeError, `can't concat ${typeName(b)} to bytes`);
    // bytes_concat: an empty side gives the other (exact) operand itself, else a new object
    const x = a.v as string;
    if (x.length === 0 && b.t === T.bytes) {
      b.rc++;
      return b;
    }
    if (y.length === 0 && a.t === T.bytes) {
      a.rc++;
      return a;
    }
    return newBytesFresh(x + y);
  };
  tx.sqRepeat = (a: PyObject, n: PyObject) => {
    const c = indexJs(n, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    const s = a.v as string;
    // bytes_repeat: an unchanged size is the (exact) operand itself
    if (c >= 1 && s.length * c === s.length && a.t === T.bytes) {
      a.rc++;
      return a;
    }
    // ... and otherwise a new object, even an empty one (PyObject_Malloc, not the empty singleton)
    const r = c <= 0 ? '' : s.repeat(c);
    const o = new PyObject(T.bytes, r, null, 0);
    allocBlock(o, bytesSize(r));
    return o;
  };
  ti.new = (_t, args, kw) => {
    const [src, enc, errors] = parseArgs('bytes', args, kw, ['source', 'encoding', 'errors'], 0);
    // Argument Clinic's str converters, in order (3.8 numbers the argument, 3.10+ names it)
    ([[enc, 'encoding', 2], [errors, 'errors', 3]] as const).forEach(([a, name, i]) => {
      if (a !== null && a.t !== T.str && !isSubtype(a.t, T.str)) raise(T.TypeError, `bytes() argument ${P.minor >= 10 ? `'${name}'` : i} must be str, not ${a === S.None ? 'None' : typeName(a)}`);
    });
    if (src === null) {
      if (enc !== null || errors !== null) raise(T.TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
      return newBytes('');
    }
    if (src.t !== T.str && (enc !== null || errors !== null)) raise(T.TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    if (src.t === T.str) {
      if (enc === null) raise(T.TypeError, 'string argument without an encoding');
      return encodeToBytes(src, codecNameArg(enc), codecNameArg(errors));
    }
    // bytes_new looks __bytes__ up first (_PyObject_LookupSpecial: a C identifier up to 3.10)
    lazyIdentifier('__bytes__', 'bytes_new');
    if (src.t === T.int || src.t === T.bool) return newBytesFresh(bytesFromObject(src));
    // a proxy's __bytes__ (proxy_bytes) calls the referent's
    if (src.t === T.weakproxy || src.t === T.weakcallableproxy) throw new NotSimulated('bytes() of a weakref proxy', ST.line);
    if ((isSubtype(src.t, T.int) || (src.t.v as TypeInfo).nb.index !== undefined) && !hasBuffer(src)) {
      // PyIndex_Check: an object with __index__ is a count of zero bytes (PyNumber_AsSsize_t);
      // a TypeError from its __index__ falls through to PyBytes_FromObject
      let n: PyObject | null = null;
      try {
        n = pyIndex(src);
      } catch (e) {
        if (!(e instanceof PyErr && isSubtype(e.exc.t, T.TypeError))) throw e;
        decref(e.exc);
      }
      if (n !== null) {
        // (3.8's PyNumber_Index hands back an int subclass instance itself)
        const v = n.v as number | bigint;
        decref(n);
        if (typeof v === 'bigint') {
          if (v >= 1n << 63n || v < -(1n << 63n)) raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
          if (v < 0n) raise(T.ValueError, 'negative count');
          throw new NotSimulated(`bytes() of ${v} zero bytes`, ST.line, 'HeapLens keeps sizes below 2**53');
        }
        if (v < 0) raise(T.ValueError, 'negative count');
        return newBytesFresh('\0'.repeat(v));
      }
    }
    return pyBytesFromObject(src);
  };
  defAttr(T.bytes, 'maketrans', maketransMethod('bytes'));
  defClassMethods(T.bytes, {
    fromhex: (_cls, args, kw) => {
      // _PyBytesWriter_Finish copies its small buffer with PyBytes_FromStringAndSize
      return newBytes(hexToBytes(oneArg('fromhex', args, kw)));
    },
  });

  defMethods(T.bytes, bytesLikeMethods(BYTES_KIND));
  bytesHook.fromJs = newBytes;
}

/** PyBytes_FromObject(src) for anything but a str or an int: a new bytes object (src itself if
 * it is an exact bytes). */
export function pyBytesFromObject(src: PyObject): PyObject {
    // PyBytes_FromObject: an exact bytes is returned itself
    if (src.t === T.bytes) {
      src.rc++;
      return src;
    }
    // _PyBytes_FromBuffer: PyBytes_FromStringAndSize(NULL, len), filled in (no 1-byte singleton)
    const buf = bufferStr(src, true);
    if (buf !== null) return newBytesFresh(buf);
    // _PyBytes_FromList (a _PyBytesWriter: its 512-byte stack buffer, then a bytes object of the
    // list's size) and _PyBytes_FromTuple (PyBytes_FromStringAndSize(NULL, size): no 1-byte
    // singleton) read the items without an iterator
    if (src.t === T.list || src.t === T.tuple) {
      const out = byteValues((src.v as PyObject[]).slice());
      if (src.t === T.tuple && out.length > 0) return newBytesFresh(out);
      return out.length > 512 ? newBytesFresh(out) : newBytes(out);
    }
    // _PyBytes_FromIterator: a _PyBytesWriter sized by the length hint, over-allocating beyond
    // its stack buffer
    // (the result is made before the iterator is released)
    const it = getIter(src);
    try {
      const hint = lengthHint(src, 64);
      const out = byteValuesOf(it);
      if (R.tm !== null && (hint > 512 || out.length > 512)) tmInexact('bytes() of an iterator of more than 512 items (_PyBytesWriter buffers)');
      return newBytes(out);
    } finally {
      decref(it);
    }
}

/** What distinguishes bytes from bytearray in the methods they share (the stringlib templates
 * instantiated with STRINGLIB_MUTABLE 0 or 1). */
export interface BytesKind {
  /** The object's bytes. */
  sv: (o: PyObject) => string;
  /** An unchanged result may be the object itself (return_self of an exact bytes). */
  isSelf: (o: PyObject) => boolean;
  /** STRINGLIB_NEW(s, n): bytes gives its shared empty and 1-byte objects, bytearray a new one. */
  piece: (s: string) => PyObject;
  /** STRINGLIB_NEW(NULL, n), filled in afterwards: a new object (bytes: except the empty one). */
  fresh: (s: string) => PyObject;
  /** bytearray: join's one-item shortcut does not exist (STRINGLIB_MUTABLE). */
  mutable: boolean;
}

const BYTES_KIND: BytesKind = {
  sv: (o) => o.v as string,
  isSelf: (o) => o.t === T.bytes,
  piece: (s) => newBytes(s),
  fresh: (s) => newBytesFresh(s),
  mutable: false,
};

/** The methods bytes and bytearray share (Objects/bytes_methods.c and the stringlib templates). */
export function bytesLikeMethods(k: BytesKind): Record<string, MethodFn> {
  const sv = k.sv;
  // "no change" results of an exact bytes are the object itself (return_self)
  const self1 = (self: PyObject, r: string): PyObject => {
    if (k.isSelf(self) && r === sv(self)) {
      self.rc++;
      return self;
    }
    return k.piece(r);
  };
  const selfOrFresh = (self: PyObject, r: string, changed: boolean): PyObject => {
    if (!changed && k.isSelf(self)) {
      self.rc++;
      return self;
    }
    return changed ? k.fresh(r) : k.piece(r);
  };
  const caseMap = (name: string, f: (s: string) => string): MethodFn => (self, args, kw) => {
    noArgs(name, args, kw);
    return k.fresh(f(sv(self)));
  };
  const pred = (name: string, f: (s: string) => boolean): MethodFn => (self, args, kw) => {
    noArgs(name, args, kw);
    return newBool(f(sv(self)));
  };
  const all = (re: RegExp) => (s: string): boolean => s.length > 0 && re.test(s);
  const pad = (name: string, place: (s: string, n: number, fill: string, width: number) => string): MethodFn => (self, args, kw) => {
    argRange(name, args, kw, 1, 2);
    const w = clinicSsize(args[0]);
    let fill = ' ';
    if (args[1] !== undefined) {
      const f = args[1];
      // the char converter takes a bytes or bytearray of length 1 (not other buffers)
      const fs = isBytes(f) || f.t === T.bytearray || isSubtype(f.t, T.bytearray) ? bufferStr(f) : null;
      if (fs === null || fs.length !== 1) raise(T.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${f === S.None ? 'None' : typeName(f)}`);
      fill = fs;
    }
    const s = sv(self);
    if (s.length >= w) return self1(self, s);
    reserve(w - s.length);
    return k.fresh(place(s, w - s.length, fill, w));
  };
  const strip = (name: string, left: boolean, right: boolean): MethodFn => (self, args, kw) => {
    argRange(name, args, kw, 0, 1);
    const s = sv(self);
    let set: (c: string) => boolean = isSpace;
    if (args[0] !== undefined && args[0] !== S.None) {
      const cs = bytesLike(args[0]);
      set = (c) => cs.includes(c);
    }
    let i = 0, j = s.length;
    if (left) while (i < j && set(s[i])) i++;
    if (right) while (j > i && set(s[j - 1])) j--;
    return self1(self, s.slice(i, j));
  };
  const finder = (name: string, reverse: boolean, index: boolean): MethodFn => (self, args, kw) => {
    const [sub, a, b] = subArgs(sv(self), name, args, kw);
    const r = findIn(sv(self), sub, a, b, reverse);
    if (index && r < 0) raise(T.ValueError, 'subsection not found');
    return newIntSsize(r);
  };
  const affix = (name: string, end: boolean): MethodFn => (self, args, kw) => {
    tupleArgs(name, args, kw, 1, 3);
    const s = sv(self);
    const [start, stop] = adjustIndices(args[1], args[2], s.length);
    const test = (p: PyObject): boolean => {
      const x = bufferStr(p);
      if (x === null) raise(T.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
      if (start > s.length) return false;
      if (stop - start < x.length) return false;
      return end ? s.slice(start, stop).endsWith(x) : s.slice(start, stop).startsWith(x);
    };
    const what = args[0];
    if (what.t === T.tuple) {
      for (const p of what.v as PyObject[]) if (test(p)) return newBool(true);
      return newBool(false);
    }
    return newBool(test(what));
  };
  const splitter = (name: string, reverse: boolean): MethodFn => (self, args, kw) => {
    const [sepObj, maxObj] = parseArgs(name, args, kw, ['sep', 'maxsplit'], 0);
    const maxsplit = maxObj === null ? -1 : clinicSsize(maxObj);
    const s = sv(self);
    const sep = sepObj === null || sepObj === S.None ? null : bytesLike(sepObj);
    if (sep === '') raise(T.ValueError, 'empty separator');
    const max = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
    // stringlib split/rsplit: PyList_New(PREALLOC_SIZE(maxcount)), the string itself when nothing splits
    const l = newList([]);
    const prealloc = max >= 12 ? 12 : max + 1;
    if (prealloc > 0) {
      const m = l.d as ListMeta;
      m.addr = allocBuffer(8 * prealloc);
      m.alloc = prealloc;
    }
    let parts: string[];
    let whole = false;
    if (sep === null) [parts, whole] = reverse ? rsplitWs(s, max) : splitWs(s, max);
    else {
      parts = reverse ? rsplitSep(s, sep, max) : splitSep(s, sep, max);
      whole = parts.length === 1;
    }
    if (whole && k.isSelf(self)) {
      self.rc++;
      listAppendSteal(l, self);
    } else for (const p of parts) listAppendSteal(l, k.piece(p));
    return l;
  };
  const partition = (name: string, reverse: boolean): MethodFn => (self, args, kw) => {
    const sepObj = oneArg(name, args, kw);
    const sep = bytesLike(sepObj);
    if (sep === '') raise(T.ValueError, 'empty separator');
    const s = sv(self);
    const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) {
      self.rc++;
      return reverse ? newTuple([newBytes(''), newBytes(''), self]) : newTuple([self, newBytes(''), newBytes('')]);
    }
    sepObj.rc++;
    return newTuple([newBytes(s.slice(0, i)), sepObj, newBytes(s.slice(i + sep.length))]);
  };
  const affixRemove = (name: string, suffix: boolean): MethodFn => (self, args, kw) => {
    const p = bytesLike(oneArg(name, args, kw));
    const s = sv(self);
    if (p.length > 0 && (suffix ? s.endsWith(p) : s.startsWith(p))) return k.piece(suffix ? s.slice(0, s.length - p.length) : s.slice(p.length));
    return self1(self, s);
  };

  return {
    decode: (self, args, kw) => {
      const [enc, errors] = parseArgs('decode', args, kw, ['encoding', 'errors'], 0);
      const [e, er] = codecArgTypes('decode', enc, errors);
      return newStr(decodeToString(sv(self), e, er));
    },
    hex: (self, args, kw) => strHex(sv(self), args, kw),
    count: (self, args, kw) => {
      const [sub, a, b] = subArgs(sv(self), 'count', args, kw);
      const s = sv(self);
      if (a > s.length || a > b) return newIntSsize(0);
      const hay = s.slice(a, b);
      if (sub === '') return newIntSsize(hay.length + 1);
      return newIntSsize(hay.split(sub).length - 1);
    },
    find: finder('find', false, false),
    rfind: finder('rfind', true, false),
    index: finder('index', false, true),
    rindex: finder('rindex', true, true),
    startswith: affix('startswith', false),
    endswith: affix('endswith', true),
    upper: caseMap('upper', (s) => s.replace(/[a-z]+/g, (m) => m.toUpperCase())),
    lower: caseMap('lower', (s) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase())),
    swapcase: caseMap('swapcase', (s) => s.replace(/[a-zA-Z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase()))),
    capitalize: caseMap('capitalize', (s) => (s.length === 0 ? s : s[0].replace(/[a-z]/, (c) => c.toUpperCase()) + s.slice(1).replace(/[A-Z]+/g, (m) => m.toLowerCase()))),
    title: caseMap('title', (s) => {
      let out = '';
      let prev = false;
      for (const c of s) {
        if (c >= 'a' && c <= 'z') {
          out += prev ? c : c.toUpperCase();
          prev = true;
        } else if (c >= 'A' && c <= 'Z') {
          out += prev ? c.toLowerCase() : c;
          prev = true;
        } else {
          out += c;
          prev = false;
        }
      }
      return out;
    }),
    isdigit: pred('isdigit', all(/^[0-9]+$/)),
    isalpha: pred('isalpha', all(/^[a-zA-Z]+$/)),
    isalnum: pred('isalnum', all(/^[a-zA-Z0-9]+$/)),
    isspace: pred('isspace', all(/^[ \t\n\r\x0b\x0c]+$/)),
    islower: pred('islower', (s) => /[a-z]/.test(s) && !/[A-Z]/.test(s)),
    isupper: pred('isupper', (s) => /[A-Z]/.test(s) && !/[a-z]/.test(s)),
    isascii: pred('isascii', (s) => /^[\x00-\x7f]*$/.test(s)),
    istitle: pred('istitle', (s) => {
      let cased = false, prev = false;
      for (const c of s) {
        if (c >= 'A' && c <= 'Z') {
          if (prev) return false;
          prev = cased = true;
        } else if (c >= 'a' && c <= 'z') {
          if (!prev) return false;
          prev = cased = true;
        } else prev = false;
      }
      return cased;
    }),
    center: pad('center', (s, n, f, w) => {
      const left = Math.floor(n / 2) + (n & w & 1);
      return f.repeat(left) + s + f.repeat(n - left);
    }),
    ljust: pad('ljust', (s, n, f) => s + f.repeat(n)),
    rjust: pad('rjust', (s, n, f) => f.repeat(n) + s),
    zfill: (self, args, kw) => {
      const w = clinicSsize(oneArg('zfill', args, kw));
      const s = sv(self);
      if (s.length >= w) return self1(self, s);
      reserve(w - s.length);
      const z = '0'.repeat(w - s.length);
      return k.fresh(s[0] === '+' || s[0] === '-' ? s[0] + z + s.slice(1) : z + s);
    },
    expandtabs: (self, args, kw) => k.fresh(expandTabs(sv(self), args, kw)),
    strip: strip('strip', true, true),
    lstrip: strip('lstrip', true, false),
    rstrip: strip('rstrip', false, true),
    split: splitter('split', false),
    rsplit: splitter('rsplit', true),
    splitlines: (self, args, kw) => {
      const [ke] = parseArgs('splitlines', args, kw, ['keepends'], 0);
      // keepends: an int before 3.12 (bool(accept={int})), any truth value from 3.12
      const keep = ke !== null && (P.minor >= 12 ? truthy(ke) : clinicInt(ke) !== 0);
      const s = sv(self);
      // stringlib splitlines: PyList_New(0) and appends; the string itself when it has no line break
      const l = newList([]);
      let i = 0;
      while (i < s.length) {
        const j = i;
        while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
        let eol = i;
        if (i < s.length) {
          i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
          if (keep) eol = i;
        }
        if (j === 0 && eol === s.length && k.isSelf(self)) {
          self.rc++;
          listAppendSteal(l, self);
          break;
        }
        listAppendSteal(l, k.piece(s.slice(j, eol)));
      }
      return l;
    },
    partition: partition('partition', false),
    rpartition: partition('rpartition', true),
    join: (self, args, kw) => {
      const arg = oneArg('join', args, kw);
      // stringlib_bytes_join: PySequence_Fast, then (beyond NB_STATIC_BUFFERS = 10 items) a PyMem
      // array of Py_buffer (80 bytes each) while the result is made
      const seq = sequenceFast(arg, 'can only join an iterable');
      const items = (seq.v as PyObject[]).slice();
      if (items.length === 0) {
        decref(seq);
        return k.piece('');
      }
      // one exact bytes item is the result itself (not for bytearray)
      if (!k.mutable && items.length === 1 && items[0].t === T.bytes) {
        items[0].rc++;
        decref(seq);
        return items[0];
      }
      const bufs = items.length > 10 ? allocBuffer(80 * items.length) : 0;
      // each buffer holds a reference to its item until the end (done: the sequence goes first)
      let held = 0;
      try {
        const parts: string[] = [];
        for (let i = 0; i < items.length; i++) {
          const x = items[i];
          const xs = bufferStrOrNull(x);
          if (xs === null) raise(T.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
          x.rc++;
          held++;
          parts.push(xs);
        }
        return k.fresh(parts.join(sv(self)));
      } finally {
        decref(seq);
        for (let i = 0; i < held; i++) decref(items[i]);
        if (bufs !== 0) freeBuffer(bufs, 80 * items.length);
      }
    },
    replace: (self, args, kw) => {
      argRange('replace', args, kw, 2, 3);
      const old = bytesLike(args[0]), nw = bytesLike(args[1]);
      const count = args[2] !== undefined ? clinicSsize(args[2]) : -1;
      const s = sv(self);
      let r = '';
      let done = 0;
      if (count !== 0 && !(old === '' && nw === '') && s.length >= old.length) {
        if (old === '') {
          for (let i = 0; i <= s.length; i++) {
            if (count < 0 || done < count) {
              r += nw;
              done++;
            }
            if (i < s.length) r += s[i];
          }
        } else {
          let start = 0;
          for (;;) {
            if (count >= 0 && done === count) break;
            const i = s.indexOf(old, start);
            if (i < 0) break;
            r += s.slice(start, i) + nw;
            start = i + old.length;
            done++;
          }
          r += s.slice(start);
        }
      }
      return selfOrFresh(self, done === 0 ? s : r, done > 0);
    },
    translate: (self, args, kw) => {
      const [table, del] = parseArgs('translate', args, kw, ['table', 'delete'], 1, 2, { posonly: 1 });
      let map: string | null = null;
      if (table !== S.None) {
        map = bytesLike(table as PyObject);
        if (map.length !== 256) raise(T.ValueError, 'translation table must be 256 characters long');
      }
      const dels = del === null ? '' : bytesLike(del);
      const s = sv(self);
      let out = '';
      for (const c of s) {
        if (dels.includes(c)) continue;
        out += map === null ? c : map[c.charCodeAt(0)];
      }
      return selfOrFresh(self, out, out !== s);
    },
    ...(P.minor >= 9 ? { removeprefix: affixRemove('removeprefix', false), removesuffix: affixRemove('removesuffix', true) } : {}),
  };
}

/** bytes.maketrans / bytearray.maketrans: a static method (METH_STATIC) returning bytes. */
export function maketransMethod(owner: string): PyObject {
  const mk = newBuiltin('maketrans', (_s, args, kw) => {
    argRange('maketrans', args, kw, 2, 2);
    const from = bytesLike(args[0]), to = bytesLike(args[1]);
    if (from.length !== to.length) raise(T.ValueError, 'maketrans arguments must have same length');
    const t: string[] = [];
    for (let i = 0; i < 256; i++) t.push(String.fromCharCode(i));
    for (let i = 0; i < from.length; i++) t[from.charCodeAt(i)] = to[i];
    return newBytesFresh(t.join(''));
  }, null, null, true, owner);
  return new PyObject(T.staticmethod, mk, null, F_RUNTIME);
}

/** _PyBytes_FromHex's parse of fromhex()'s argument: the bytes it denotes. */
export function hexToBytes(a: PyObject): string {
  if (a.t !== T.str && !isSubtype(a.t, T.str)) raise(T.TypeError, `fromhex() argument must be str, not ${typeName(a)}`);
  const s = a.v as string;
  let out = '';
  const hexv = (c: string): number => (/^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  for (let i = 0; i < s.length;) {
    if (/[ \t\n\r\x0b\x0c]/.test(s[i])) {
      i++;
      continue;
    }
    const hi = hexv(s[i]);
    if (hi < 0) raise(T.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexv(s[i + 1]) : -1;
    if (lo < 0) raise(T.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}

/** _Py_strhex_with_sep for the hex() methods of bytes, bytearray and memoryview: `s` in hex,
 * with hex()'s optional separator arguments. */
export function strHex(s: string, args: PyObject[], kw: string[] | null): PyObject {
  const [sepObj, perObj] = parseArgs('hex', args, kw, ['sep', 'bytes_per_sep'], 0);
  // Argument Clinic converts bytes_per_sep (an int) before _Py_strhex_impl looks at sep
  const per = perObj === null ? 1 : clinicInt(perObj);
  const hx = (i: number): string => s.charCodeAt(i).toString(16).padStart(2, '0');
  let sep = '';
  if (sepObj !== null) {
    // _Py_strhex_impl: PyObject_Length(sep) first, then the type
    const n = pyLen(sepObj);
    if (n !== 1) raise(T.ValueError, 'sep must be length 1.');
    if (sepObj.t === T.str || isSubtype(sepObj.t, T.str)) sep = sepObj.v as string;
    else if (isBytes(sepObj)) sep = sepObj.v as string;
    else raise(T.TypeError, 'sep must be str or bytes.');
    if (sep.charCodeAt(0) > 127) raise(T.ValueError, 'sep must be ASCII.');
  }
  let out = '';
  if (sep === '' || per === 0) {
    for (let i = 0; i < s.length; i++) out += hx(i);
    return newStr(out);
  }
  const k = Math.abs(per);
  // a positive bytes_per_sep groups from the right, a negative one from the left
  const groups: string[] = [];
  if (per > 0) {
    for (let end = s.length; end > 0; end -= k) {
      let g = '';
      for (let i = Math.max(0, end - k); i < end; i++) g += hx(i);
      groups.unshift(g);
    }
  } else {
    for (let st = 0; st < s.length; st += k) {
      let g = '';
      for (let i = st; i < Math.min(s.length, st + k); i++) g += hx(i);
      groups.push(g);
    }
  }
  return newStr(groups.join(sep));
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\x0b' || c === '\x0c';
}

/** A bytes-like argument's bytes (Py_buffer): "a bytes-like object is required, not 'str'". */
export function bytesLike(o: PyObject): string {
  const s = bufferStr(o);
  if (s === null) raise(T.TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
  return s;
}

/** _Py_bytes_contains: an int is a byte value, anything else must export a buffer. */
export function bytesContains(s: string, v: PyObject): boolean {
  const ti = v.t.v as TypeInfo;
  if (v.t === T.int || v.t === T.bool || ti.nb.index !== undefined) {
    // PyNumber_AsSsize_t(v, NULL) (clipped to Py_ssize_t), then the range check
    const n = sliceIdx(v);
    if (n < 0 || n > 255) raise(T.ValueError, 'byte must be in range(0, 256)');
    return s.includes(String.fromCharCode(n));
  }
  return s.includes(bytesLike(v));
}

/** ADJUST_INDICES for optional start/end (None means the default). */
function adjustIndices(a: PyObject | undefined, b: PyObject | undefined, n: number): [number, number] {
  // _PyEval_SliceIndex: clamped to Py_ssize_t
  let start = a !== undefined && a !== S.None ? sliceIdx(a) : 0;
  let end = b !== undefined && b !== S.None ? sliceIdx(b) : n;
  if (end > n) end = n;
  else if (end < 0) { end += n; if (end < 0) end = 0; }
  if (start < 0) { start += n; if (start < 0) start = 0; }
  return [start, end];
}

/** find/count/index arguments (stringlib parse_args_finds_byte): a bytes-like or an int 0..255. */
function subArgs(self: string, name: string, args: PyObject[], kw: string[] | null): [string, number, number] {
  tupleArgs(name, args, kw, 1, 3);
  const sub = args[0];
  // stringlib_parse_args_finds converts start and end first; then parse_args_finds_byte: an
  // integer (clipped to Py_ssize_t) must be a byte value, anything else a buffer
  const [start, end] = adjustIndices(args[1], args[2], self.length);
  let x: string;
  if ((sub.t.v as TypeInfo).nb.index !== undefined || sub.t === T.int || sub.t === T.bool) {
    const n = sliceIdx(sub);
    if (n < 0 || n > 255) raise(T.ValueError, 'byte must be in range(0, 256)');
    x = String.fromCharCode(n);
  } else {
    const buf = bufferStr(sub);
    if (buf === null) raise(T.TypeError, `argument should be integer or bytes-like object, not '${typeName(sub)}'`);
    x = buf;
  }
  return [x, start, end];
}

function findIn(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  if (start > s.length || end - start < sub.length) return -1;
  const hay = s.slice(start, end);
  const j = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return j < 0 ? -1 : start + j;
}

/** split_whitespace: the parts, and whether the string itself is the only part. */
function splitWs(s: string, max: number): [string[], boolean] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (max-- > 0) {
    while (i < n && isSpace(s[i])) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSpace(s[i])) i++;
    if (j === 0 && i === n) return [[s], true];
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpace(s[i])) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return [out, false];
}

function rsplitWs(s: string, max: number): [string[], boolean] {
  const out: string[] = [];
  const n = s.length;
  let i = n - 1;
  while (max-- > 0) {
    while (i >= 0 && isSpace(s[i])) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpace(s[i])) i--;
    if (j === n - 1 && i < 0) return [[s], true];
    out.unshift(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(s[i])) i--;
    if (i >= 0) out.unshift(s.slice(0, i + 1));
  }
  return [out, false];
}

