// bytes (Objects/bytesobject.c): an immutable byte string, held as a JS string of char codes
// 0..255. The empty bytes and 1-byte values are shared singletons, as CPython's are.
import { PyObject, F_RUNTIME } from './object';
import { T, allocBlock, freeBlock, makeStatic, decref } from './core';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { S, newBool, notImpl, indexJs, getIter, iterNext } from './abstract';
import { newStr } from './str';
import { newInt } from './numbers';
import { sliceIndices } from './slice';
import { strHash } from './hash';
import { defMethods, argRange, oneArg, noArgs, parseArgs } from './methods';
import { newList, listAppendSteal } from './list';
import { decodeBytes, bytesHook } from './strmethods';

let EMPTY: PyObject = undefined as unknown as PyObject;
let chars: PyObject[] = [];

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
      makeStatic(o, 0);
      chars[c] = o;
    }
    o.rc++;
    return o;
  }
  const o = new PyObject(T.bytes, s, null, 0);
  allocBlock(o, bytesSize(s));
  return o;
}

function isBytes(o: PyObject): boolean {
  return o.t === T.bytes || isSubtype(o.t, T.bytes);
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

function bytesFromObject(o: PyObject): string {
  if (isBytes(o) || o.t === T.bytearray) return o.v as string;
  if (o.t === T.int || o.t === T.bool) {
    const n = indexJs(o);
    if (n < 0) raise(T.ValueError, 'negative count');
    return '\0'.repeat(n);
  }
  if (o.t === T.str) raise(T.TypeError, 'string argument without an encoding');
  const it = getIter(o);
  let out = '';
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      const n = indexJs(x, `'${typeName(x)}' object cannot be interpreted as an integer`);
      decref(x);
      if (n < 0 || n > 255) raise(T.ValueError, 'bytes must be in range(0, 256)');
      out += String.fromCharCode(n);
    }
  } finally {
    decref(it);
  }
  return out;
}

export function initBytesType(ti: TypeInfo): void {
  ti.basicsize = () => 32;
  ti.itemsize = 1;
  ti.dealloc = (o) => freeBlock(o, bytesSize(o.v as string));
  ti.sizeof = (o) => bytesSize(o.v as string);
  ti.repr = (o) => newStr(bytesRepr(o.v as string));
  ti.hash = (o) => strHash('\u0000b' + (o.v as string));
  ti.len = (o) => (o.v as string).length;
  ti.getitem = (o, k) => {
    const s = o.v as string;
    if (k.t === T.slice) {
      const [start, stop, step, n] = sliceIndices(k, s.length);
      if (step === 1) return newBytes(s.slice(start, stop));
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return newBytes(out);
    }
    let i = indexJs(k, `byte indices must be integers or slices, not ${typeName(k)}`);
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise(T.IndexError, 'index out of range');
    return newInt(s.charCodeAt(i));
  };
  ti.contains = (o, v) => {
    const s = o.v as string;
    if (v.t === T.int || v.t === T.bool) return s.includes(String.fromCharCode(indexJs(v)));
    if (!isBytes(v)) raise(T.TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
    return s.includes(v.v as string);
  };
  ti.richcompare = (a, b, op) => {
    if (!isBytes(b)) return notImpl();
    const x = a.v as string, y = b.v as string;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  };
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = (a: PyObject, b: PyObject) => {
    if (!isBytes(b) && b.t !== T.bytearray) raise(T.TypeError, `can't concat ${typeName(b)} to bytes`);
    return newBytes((a.v as string) + (b.v as string));
  };
  tx.sqRepeat = (a: PyObject, n: PyObject) => {
    const c = indexJs(n, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    return newBytes(c <= 0 ? '' : (a.v as string).repeat(c));
  };
  ti.new = (_t, args, kw) => {
    const [src, enc] = parseArgs('bytes', args, kw, ['source', 'encoding', 'errors'], 0);
    if (src === null) return newBytes('');
    if (src.t === T.str) {
      if (enc === null) raise(T.TypeError, 'string argument without an encoding');
      return bytesHook.fromJs(encodeLatin(src.v as string, enc.v as string));
    }
    return newBytes(bytesFromObject(src));
  };
  defMethods(T.bytes, {
    decode: (self, args, kw) => {
      const [enc] = parseArgs('decode', args, kw, ['encoding', 'errors'], 0);
      return newStr(decodeBytes(self.v as string, enc ? (enc.v as string) : 'utf-8'));
    },
    hex: (self, args, kw) => {
      noArgs('hex', args, kw);
      let out = '';
      for (let i = 0; i < (self.v as string).length; i++) out += (self.v as string).charCodeAt(i).toString(16).padStart(2, '0');
      return newStr(out);
    },
    count: (self, args, kw) => {
      const sub = oneArg('count', args, kw);
      const n = sub.t === T.int ? String.fromCharCode(indexJs(sub)) : (sub.v as string);
      return newInt(n === '' ? (self.v as string).length + 1 : (self.v as string).split(n).length - 1);
    },
    find: (self, args, kw) => {
      argRange('find', args, kw, 1, 3);
      const sub = args[0].t === T.int ? String.fromCharCode(indexJs(args[0])) : (args[0].v as string);
      return newInt((self.v as string).indexOf(sub));
    },
    startswith: (self, args, kw) => newBool((self.v as string).startsWith(oneArg('startswith', args, kw).v as string)),
    endswith: (self, args, kw) => newBool((self.v as string).endsWith(oneArg('endswith', args, kw).v as string)),
    upper: (self, args, kw) => (noArgs('upper', args, kw), newBytes((self.v as string).toUpperCase())),
    lower: (self, args, kw) => (noArgs('lower', args, kw), newBytes((self.v as string).toLowerCase())),
    strip: (self, args, kw) => (argRange('strip', args, kw, 0, 1), newBytes((self.v as string).replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, ''))),
    split: (self, args, kw) => {
      const [sep] = parseArgs('split', args, kw, ['sep', 'maxsplit'], 0);
      const s = self.v as string;
      const parts = sep === null || sep === S.None ? s.split(/[ \t\n\r\f\v]+/).filter((p) => p !== '') : s.split(sep.v as string);
      const l = newList([]);
      for (const p of parts) listAppendSteal(l, newBytes(p));
      return l;
    },
    join: (self, args, kw) => {
      const it = getIter(oneArg('join', args, kw));
      const parts: string[] = [];
      try {
        for (;;) {
          const x = iterNext(it);
          if (x === null) break;
          if (!isBytes(x)) {
            decref(x);
            raise(T.TypeError, `sequence item ${parts.length}: expected a bytes-like object, ${typeName(x)} found`);
          }
          parts.push(x.v as string);
          decref(x);
        }
      } finally {
        decref(it);
      }
      return newBytes(parts.join(self.v as string));
    },
    replace: (self, args, kw) => {
      argRange('replace', args, kw, 2, 3);
      return newBytes((self.v as string).split(args[0].v as string).join(args[1].v as string));
    },
  });
  bytesHook.fromJs = newBytes;
}

function encodeLatin(s: string, enc: string): string {
  const e = enc.toLowerCase().replace(/[-_]/g, '');
  if (e === 'utf8') return unescape(encodeURIComponent(s));
  if (e === 'ascii' || e === 'latin1') return s;
  raise(T.LookupError, `unknown encoding: ${enc}`);
}
