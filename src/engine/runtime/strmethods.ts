// str behaviour (Objects/unicodeobject.c): indexing and slicing by code point, comparison,
// concatenation, repetition and the common methods.
import { uflags, ucase, isSpaceCp, U_DECIMAL, U_DIGIT, U_NUMERIC, U_ALPHA, U_PRINTABLE, U_UPPER, U_LOWER, U_TITLE, U_CASED, U_CASE_IGNORABLE, U_XID_START, U_XID_CONTINUE } from './unicode';
import { PyObject, F_RUNTIME, F_HASHED } from './object';
import { P, T, PyErr, NotSimulated, ST, decref } from './core';
import type { TypeInfo } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { S, newBool, notImpl, getIter, indexJs, strJs, str as pyStr, truthy, getItem, index as pyIndex, ssizeArg } from './abstract';
import { newStr, newStrFresh, newStrKind, emptyStr, strKind, K_UCS2, K_UCS4, strLen, strObjRepr, strSizeof, strDealloc, latin1Char, guardSurrogateJoin, joinChecked } from './str';
import { newInt, newIntSsize } from './numbers';
import { newList, listAppendSteal, ListMeta } from './list';
import { sequenceList } from './listmethods';
import { newTuple } from './tuple';
import { sliceIndices } from './slice';
import { strHash } from './hash';
import { newBuiltin } from './func';
import { newDict, dictSet } from './dict';
import { defAttr, defMethods, noArgs, oneArg, argRange, parseArgs, splitArgs, tupleArgs } from './methods';
import { percentFormat, strFormat, formatStrOrSelf } from './format';
import { allocBuffer, freeBuffer, reserve, tmInexact, tmPeakInexact } from './core';
import { encodeToBytes, decodeToString, codecNameArg } from './codecs';

function isStr(o: PyObject): boolean {
  return o.t === T.str || isSubtype(o.t, T.str);
}

function sval(o: PyObject): string {
  return o.v as string;
}

/** Code-point array for UCS-4 strings (other kinds index JS units directly). */
function cps(o: PyObject): string[] | null {
  return strKind(o) === K_UCS4 ? Array.from(o.v as string) : null;
}

export function strGetItem(o: PyObject, k: PyObject): PyObject {
  const s = sval(o);
  const cp = cps(o);
  const n = cp ? cp.length : s.length;
  if ((k.t === T.int || k.t === T.bool) && typeof k.v === 'number') {
    let i = k.v;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(T.IndexError, 'string index out of range');
    return newStr(cp ? cp[i] : s[i]);
  }
  if (k.t === T.slice) {
    const [start, stop, step, len] = sliceIndices(k, n);
    if (len <= 0) return emptyStr();
    if (start === 0 && step === 1 && len === n && o.t === T.str) {
      o.rc++;
      return o;
    }
    if (step === 1) return newStr(cp ? cp.slice(start, stop).join('') : s.slice(start, stop));
    // unicode_subscript's general case fills a PyUnicode_New of its own: even one character is
    // a new object, not the Latin-1 singleton
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += cp ? cp[j] : s[j];
    return newStrFresh(out);
  }
  const i = indexJs(k, `string indices must be integers${P.minor >= 11 ? ', not \'' + typeName(k) + '\'' : ''}`);
  const x = newInt(i);
  try {
    return strGetItem(o, x);
  } finally {
    decref(x);
  }
}

/** Code point comparison (JS compares UTF-16 units, which differs for astral characters). */
function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff, ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

export function strConcat(a: PyObject, b: PyObject): PyObject {
  if (!isStr(b)) raise(T.TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
  const x = sval(a), y = sval(b);
  if (y.length === 0 && a.t === T.str) {
    a.rc++;
    return a;
  }
  if (x.length === 0 && b.t === T.str) {
    b.rc++;
    return b;
  }
  // only a UCS-2/UCS-4 text can hold a surrogate (and the kinds are cached, the characters of a
  // long `+=`-built x are not: reading its last one would copy it whole)
  const ka = strKind(a), kb = strKind(b);
  if (ka >= K_UCS2 && kb >= K_UCS2) guardSurrogateJoin(x, y);
  return newStrKind(x + y, Math.max(ka, kb));
}

function strRepeat(a: PyObject, n: PyObject): PyObject {
  if (n.t !== T.int && n.t !== T.bool && (n.t.v as TypeInfo).nb.index === undefined) {
    raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  // sequence_repeat: PyNumber_AsSsize_t(n, OverflowError), then unicode_repeat
  const i = pyIndex(n);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  const s = sval(a);
  if (v < 1) return emptyStr();
  if (v === 1) {
    if (a.t === T.str) {
      a.rc++;
      return a;
    }
    return newStr(s);
  }
  const len = strLen(a);
  if (BigInt(len) > SSIZE_MAX / BigInt(v)) raise(T.OverflowError, 'repeated string is too long');
  if (len === 0) return emptyStr();
  const width = strKind(a) === 1 || strKind(a) === 2 ? 1 : strKind(a) === 3 ? 2 : 4;
  reserve(Number(v) * len * width);
  guardSurrogateJoin(s, s);
  return newStrKind(s.repeat(Number(v)), strKind(a));
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** _PyEval_SliceIndex for the start and end arguments of find(), count(), startswith(), ...:
 * an integer (or __index__) clamped to Py_ssize_t (here to +-2**53). */
export function sliceIdx(o: PyObject): number {
  if (!(o.t === T.int || o.t === T.bool) && (o.t.v as TypeInfo).nb.index === undefined) {
    raise(T.TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  const i = pyIndex(o);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** Argument Clinic's Py_ssize_t converter (3.8 refuses floats first), a value beyond 2**53 as
 * +-2**53 (a width or count that large fails for memory anyway). */
export function clinicSsize(o: PyObject): number {
  const v = ssizeArg(o);
  if (typeof v === 'bigint') return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return v;
}

/** Argument Clinic's int converter (_PyLong_AsInt): 3.8 refuses floats first and words a
 * non-integer differently. */
export function clinicInt(o: PyObject): number {
  if (P.minor < 10) {
    if (o.t === T.float || isSubtype(o.t, T.float)) raise(T.TypeError, 'integer argument expected, got float');
    if (!(o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int)) && (o.t.v as TypeInfo).nb.index === undefined && (o.t.v as TypeInfo).nb.int === undefined) {
      raise(T.TypeError, `an integer is required (got type ${typeName(o)})`);
    }
  }
  const i = P.minor < 10 && (o.t.v as TypeInfo).nb.index === undefined && !(o.t === T.int || o.t === T.bool || isSubtype(o.t, T.int)) ? null : pyIndex(o);
  if (i === null) throw new NotSimulated('an int argument converted with __int__ (3.8)', ST.line);
  const v = i.v as number | bigint;
  decref(i);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) raise(T.OverflowError, 'Python int too large to convert to C int');
  return v;
}

/** Py_UNICODE_ISSPACE of a one-code-point string (not U+FEFF; U+001C..U+001F and U+0085 are). */
function isSpaceChar(c: string): boolean {
  return isSpaceCp(c.codePointAt(0) as number);
}

/** str.maketrans(x[, y[, z]]) (unicode_maketrans_impl): a dict from code points. */
function strMaketrans(args: PyObject[], kw: string[] | null): PyObject {
  argRange('maketrans', args, kw, 1, 3);
  const [x, y, z] = args;
  const d = newDict();
  try {
    if (y !== undefined) {
      if (x.t !== T.str && !isSubtype(x.t, T.str)) raise(T.TypeError, 'first maketrans argument must be a string if there is a second argument');
      if (y.t !== T.str && !isSubtype(y.t, T.str)) raise(T.TypeError, `maketrans() argument 2 must be str, not ${badArgType(y)}`);
      if (z !== undefined && z.t !== T.str && !isSubtype(z.t, T.str)) raise(T.TypeError, `maketrans() argument 3 must be str, not ${badArgType(z)}`);
      const xs = Array.from(x.v as string), ys = Array.from(y.v as string);
      if (xs.length !== ys.length) raise(T.ValueError, 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < xs.length; i++) {
        const k = newInt(xs[i].codePointAt(0) as number), v = newInt(ys[i].codePointAt(0) as number);
        dictSet(d, k, v);
        decref(k);
        decref(v);
      }
      if (z !== undefined) {
        for (const ch of Array.from(z.v as string)) {
          const k = newInt(ch.codePointAt(0) as number);
          dictSet(d, k, S.None);
          decref(k);
        }
      }
    } else {
      if (x.t !== T.dict && !isSubtype(x.t, T.dict)) raise(T.TypeError, 'if you give only one argument to maketrans it must be a dict');
      const dd = x.v as { ks: (PyObject | null)[]; vs: (PyObject | null)[] };
      for (let i = 0; i < dd.ks.length; i++) {
        const k = dd.ks[i];
        if (k === null) continue;
        const v = dd.vs[i] as PyObject;
        if (k.t === T.str || isSubtype(k.t, T.str)) {
          const cs = Array.from(k.v as string);
          if (cs.length !== 1) raise(T.ValueError, 'string keys in translate table must be of length 1');
          const nk = newInt(cs[0].codePointAt(0) as number);
          dictSet(d, nk, v);
          decref(nk);
        } else if (k.t === T.int || isSubtype(k.t, T.int)) {
          dictSet(d, k, v);
        } else raise(T.TypeError, 'keys in translate table must be strings or integers');
      }
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** str.translate(table): each character looked up in the table by its code point. */
function strTranslate(self: PyObject, table: PyObject): PyObject {
  // (_PyUnicode_TranslateCharmap writes into a _PyUnicodeWriter, caching an ASCII string's
  // lookups: blocks HeapLens does not replay)
  tmPeakInexact("str.translate()'s writer");
  let out = '';
  for (const ch of Array.from(sval(self))) {
    const key = newInt(ch.codePointAt(0) as number);
    let r: PyObject;
    try {
      r = getItem(table, key);
    } catch (e) {
      if (e instanceof PyErr && isSubtype(e.exc.t, T.LookupError)) {
        decref(e.exc);
        out += ch;
        continue;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (r === S.None) continue;
      if (r.t === T.int || isSubtype(r.t, T.int)) {
        const n = Number(r.v);
        if (!(n >= 0 && n < 0x110000)) raise(T.ValueError, 'character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else if (r.t === T.str || isSubtype(r.t, T.str)) out += r.v as string;
      else raise(T.TypeError, 'character mapping must return integer, None or str');
    } finally {
      decref(r);
    }
  }
  return newStr(out);
}

/** Searching JavaScript strings by code point: a needle that starts with a low surrogate or
 * ends with a high one could match half of an astral character's surrogate pair, which a Python
 * str (whose code points these are) never contains. These skip such matches. */
function hiAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}
function loAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
function splitsPair(hay: string, i: number, n: number): boolean {
  return (i > 0 && hiAt(hay, i - 1) && loAt(hay, i)) || (i + n < hay.length && hiAt(hay, i + n - 1) && loAt(hay, i + n));
}
function needleMaySplit(needle: string): boolean {
  return needle.length > 0 && (loAt(needle, 0) || hiAt(needle, needle.length - 1));
}
export function cpIndexOf(hay: string, needle: string, from = 0): number {
  let i = hay.indexOf(needle, from);
  if (!needleMaySplit(needle)) return i;
  while (i >= 0 && splitsPair(hay, i, needle.length)) i = hay.indexOf(needle, i + 1);
  return i;
}
export function cpLastIndexOf(hay: string, needle: string, from = Infinity): number {
  let i = hay.lastIndexOf(needle, from);
  if (!needleMaySplit(needle)) return i;
  while (i >= 0 && splitsPair(hay, i, needle.length)) i = i === 0 ? -1 : hay.lastIndexOf(needle, i - 1);
  return i;
}
function cpStartsWith(hay: string, p: string): boolean {
  return hay.startsWith(p) && !(p.length > 0 && splitsPair(hay, 0, p.length));
}
function cpEndsWith(hay: string, p: string): boolean {
  return hay.endsWith(p) && !(p.length > 0 && splitsPair(hay, hay.length - p.length, p.length));
}
/** Non-overlapping occurrences of a non-empty needle. */
function cpCount(hay: string, needle: string): number {
  let n = 0;
  for (let i = cpIndexOf(hay, needle); i >= 0; i = cpIndexOf(hay, needle, i + needle.length)) n++;
  return n;
}
function cpSplit(hay: string, needle: string): string[] {
  if (!needleMaySplit(needle)) return hay.split(needle);
  const out: string[] = [];
  let start = 0;
  for (let i = cpIndexOf(hay, needle); i >= 0; i = cpIndexOf(hay, needle, start)) {
    out.push(hay.slice(start, i));
    start = i + needle.length;
  }
  out.push(hay.slice(start));
  return out;
}

/** str.split() without sep: runs of whitespace. */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const chars = Array.from(s);
  let i = 0;
  const n = chars.length;
  while (i < n && isSpaceChar(chars[i])) i++;
  while (i < n) {
    if (maxsplit >= 0 && out.length === maxsplit) {
      // the rest, trailing whitespace included (split_whitespace)
      out.push(chars.slice(i).join(''));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceChar(chars[j])) j++;
    out.push(chars.slice(i, j).join(''));
    i = j;
    while (i < n && isSpaceChar(chars[i])) i++;
  }
  return out;
}

/** Split on a non-empty separator, at most `maxsplit` times (all when negative); also bytes'. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) raise(T.ValueError, 'empty separator');
  const out: string[] = [];
  let start = 0;
  for (;;) {
    if (maxsplit >= 0 && out.length === maxsplit) break;
    const i = cpIndexOf(s, sep, start);
    if (i < 0) break;
    out.push(s.slice(start, i));
    start = i + sep.length;
  }
  out.push(s.slice(start));
  return out;
}

/** rsplit on a non-empty separator, at most `maxsplit` times (all when negative); also bytes'. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) raise(T.ValueError, 'empty separator');
  const out: string[] = [];
  let end = s.length;
  for (;;) {
    if (maxsplit >= 0 && out.length === maxsplit) break;
    const i = cpLastIndexOf(s, sep, end - sep.length);
    if (i < 0 || end - sep.length < 0) break;
    out.unshift(s.slice(i + sep.length, end));
    end = i;
  }
  out.unshift(s.slice(0, end));
  return out;
}

/** The slots str.split/rsplit preallocate (stringlib's PREALLOC_SIZE(maxcount), at most 12).
 * A negative maxsplit is PY_SSIZE_T_MAX before 3.12; 3.12+ estimate it from the lengths
 * ((len-1)/2+1 without a separator, len/len(sep)+1 with one). */
function splitPrealloc(s: string, sep: string | null, maxsplit: number): number {
  if (maxsplit < 0) {
    if (P.minor < 12) maxsplit = Number.MAX_SAFE_INTEGER;
    else {
      const len1 = [...s].length;
      maxsplit = sep === null ? Math.trunc((len1 - 1) / 2) + 1 : sep.length === 0 ? 0 : Math.floor(len1 / [...sep].length) + 1;
    }
  }
  return maxsplit >= 12 ? 12 : maxsplit + 1;
}

/** The list str.split returns: PyList_New(prealloc) first, then the parts (a part that is the
 * whole exact str is that str, unless `wholeOk` is false: split_whitespace/rsplit_whitespace
 * keep the string itself only from inside their loop, which maxsplit=0 never enters, so there
 * the rest is always copied). */
function splitResult(parts: string[], prealloc: number, whole: PyObject, wholeOk = true): PyObject {
  const l = newList([]);
  const m = l.d as ListMeta;
  if (prealloc > 0) {
    m.addr = allocBuffer(8 * prealloc);
    m.alloc = prealloc;
  }
  for (const p of parts) {
    if (wholeOk && parts.length === 1 && p === whole.v && whole.t === T.str) {
      whole.rc++;
      listAppendSteal(l, whole);
    } else listAppendSteal(l, newStr(p));
  }
  return l;
}

/** split/rsplit with a separator: a separator longer than the string, or of a wider kind, gives
 * PyList_New(1) holding the string itself. */
function splitSepPrealloc(s: string, sep: string, maxsplit: number): number {
  const kind = (x: string): number => {
    let k = 1;
    for (const c of x) {
      const cp = c.codePointAt(0) as number;
      if (cp > 0xffff) return 4;
      if (cp > 0xff) k = 2;
    }
    return k;
  };
  if (sep.length > 0 && ([...s].length < [...sep].length || kind(s) < kind(sep))) return 1;
  return splitPrealloc(s, sep, maxsplit);
}

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  let set: ((c: string) => boolean);
  if (chars === undefined || chars === S.None) set = isSpaceChar;
  else {
    if (!isStr(chars)) raise(T.TypeError, `${left && right ? 'strip' : left ? 'lstrip' : 'rstrip'} arg must be None or str`);
    const cs = new Set(Array.from(sval(chars)));
    set = (c) => cs.has(c);
  }
  const a = Array.from(s);
  let i = 0, j = a.length;
  if (left) while (i < j && set(a[i])) i++;
  if (right) while (j > i && set(a[j - 1])) j--;
  return a.slice(i, j).join('');
}

function strip(self: PyObject, args: PyObject[], kw: string[] | null, name: string, left: boolean, right: boolean): PyObject {
  argRange(name, args, kw, 0, 1);
  const r = stripChars(sval(self), args[0], left, right);
  if (r === self.v && self.t === T.str) {
    self.rc++;
    return self;
  }
  return newStr(r);
}

function subArgs(self: PyObject, name: string, args: PyObject[], kw: string[] | null): [string, number, number] {
  tupleArgs(name, args, kw, 1, 3);
  const sub = args[0];
  // 3.13's Argument Clinic converter checks sub first, naming the function and argument (and
  // saying None, not NoneType); before, stringlib_parse_args_finds converts start and end first
  const checkSub = (): void => {
    if (!isStr(sub)) raise(T.TypeError, P.minor >= 13 ? `${name}() argument 1 must be str, not ${sub === S.None ? 'None' : typeName(sub)}` : `must be str, not ${typeName(sub)}`);
  };
  if (P.minor >= 13) checkSub();
  const cp = cps(self);
  const n = cp ? cp.length : sval(self).length;
  let start = args[1] !== undefined && args[1] !== S.None ? sliceIdx(args[1]) : 0;
  let end = args[2] !== undefined && args[2] !== S.None ? sliceIdx(args[2]) : n;
  if (P.minor < 13) checkSub();
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (end < 0) { end += n; if (end < 0) end = 0; }
  if (end > n) end = n;
  return [sval(sub), start, end];
}

function findIn(self: PyObject, sub: string, start: number, end: number, reverse: boolean): number {
  const s = sval(self);
  if (start > end) return -1;
  if (cps(self)) {
    const a = Array.from(s);
    const hay = a.slice(start, end).join('');
    const j = reverse ? cpLastIndexOf(hay, sub) : cpIndexOf(hay, sub);
    return j < 0 ? -1 : start + Array.from(hay.slice(0, j)).length;
  }
  const hay = s.slice(start, end);
  const j = reverse ? cpLastIndexOf(hay, sub) : cpIndexOf(hay, sub);
  return j < 0 ? -1 : start + j;
}

/** upper/lower/title/capitalize/swapcase/casefold: ascii_upper_or_lower and case_operation
 * build the result with PyUnicode_New, so a 1-char result is not the Latin-1 singleton. */
function caseOp(self: PyObject, op: 'upper' | 'lower' | 'casefold' | 'swapcase' | 'title' | 'capitalize'): PyObject {
  const s = sval(self);
  if ((op === 'upper' || op === 'lower' || op === 'casefold') && /^[\x00-\x7f]*$/.test(s)) return newStrFresh(caseMap(s, op));
  if (op === 'capitalize' && s.length === 0) {
    // unicode_result_unchanged
    if (self.t === T.str) {
      self.rc++;
      return self;
    }
    return newStrFresh(s);
  }
  // case_operation: a PyMem buffer of 3 UCS4 per code point holds the mapping until the result
  // is made
  const n = strLen(self);
  const bytes = 12 * n;
  const tmp = n > 0 ? allocBuffer(bytes) : 0;
  try {
    return newStrFresh(caseMap(s, op));
  } finally {
    if (n > 0) freeBuffer(tmp, bytes);
  }
}

/** Every code point of a non-empty string has one of the database's `flags`. */
function allFlags(s: string, flags: number): boolean {
  if (s.length === 0) return false;
  for (const c of s) if ((uflags(c.codePointAt(0) as number) & flags) === 0) return false;
  return true;
}

/** One code point's full mapping: 0 upper, 1 lower, 2 title, 3 casefold. */
function mapCp(cp: number, k: 0 | 1 | 2 | 3): string {
  const m = ucase(cp);
  return m === null ? String.fromCodePoint(cp) : m[k];
}

/** lower_ucs4: the lower-case mapping, with capital sigma's final form by its context
 * (handle_capital_sigma: \p{cased}\p{case-ignorable}*\u03a3!(\p{case-ignorable}*\p{cased})). */
function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  if (c !== 0x3a3) return mapCp(c, 1);
  let j = i - 1;
  let x = 0;
  for (; j >= 0; j--) {
    x = cps[j];
    if ((uflags(x) & U_CASE_IGNORABLE) === 0) break;
  }
  let finalSigma = j >= 0 && (uflags(x) & U_CASED) !== 0;
  if (finalSigma) {
    for (j = i + 1; j < cps.length; j++) {
      x = cps[j];
      if ((uflags(x) & U_CASE_IGNORABLE) === 0) break;
    }
    finalSigma = j === cps.length || (uflags(x) & U_CASED) === 0;
  }
  return finalSigma ? '\u03c2' : '\u03c3';
}

function codePoints(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0) as number);
}

/** do_upper, do_lower, do_casefold, do_swapcase, do_title, do_capitalize (Objects/unicodeobject.c). */
function caseMap(s: string, op: 'upper' | 'lower' | 'casefold' | 'swapcase' | 'title' | 'capitalize'): string {
  if (ASCII_ONLY.test(s)) return asciiCaseMap(s, op);
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    switch (op) {
      case 'upper': out += mapCp(c, 0); break;
      case 'lower': out += lowerAt(cps, i); break;
      case 'casefold': out += mapCp(c, 3); break;
      case 'swapcase': {
        const f = uflags(c);
        out += (f & U_UPPER) !== 0 ? lowerAt(cps, i) : (f & U_LOWER) !== 0 ? mapCp(c, 0) : String.fromCodePoint(c);
        break;
      }
      case 'title':
        out += prevCased ? lowerAt(cps, i) : mapCp(c, 2);
        prevCased = (uflags(c) & U_CASED) !== 0;
        break;
      case 'capitalize': out += i === 0 ? mapCp(c, 2) : lowerAt(cps, i); break;
    }
  }
  return out;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** caseMap of an ASCII text: only A-Z and a-z change (and are the only cased characters), so no
 * code-point array or Unicode database lookup is needed. */
function asciiCaseMap(s: string, op: 'upper' | 'lower' | 'casefold' | 'swapcase' | 'title' | 'capitalize'): string {
  if (op === 'upper') return s.toUpperCase();
  if (op === 'lower' || op === 'casefold') return s.toLowerCase();
  const n = s.length;
  const out = new Array<string>(n);
  let prevCased = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    const toUpper = op === 'swapcase' ? lower : op === 'title' ? !prevCased && lower : i === 0 && lower;
    const toLower = op === 'swapcase' ? upper : op === 'title' ? prevCased && upper : i > 0 && upper;
    out[i] = toUpper ? String.fromCharCode(c - 32) : toLower ? String.fromCharCode(c + 32) : s[i];
    prevCased = upper || lower;
  }
  return out.join('');
}

function padTo(self: PyObject, args: PyObject[], kw: string[] | null, name: string, f: (s: string, w: number, fill: string) => string): PyObject {
  argRange(name, args, kw, 1, 2);
  const w = clinicSsize(args[0]);
  let fill = ' ';
  if (args[1] !== undefined) {
    if (!isStr(args[1])) raise(T.TypeError, `The fill character must be a unicode character, not ${typeName(args[1])}`);
    if (strLen(args[1]) !== 1) raise(T.TypeError, 'The fill character must be exactly one character long');
    fill = sval(args[1]);
  }
  const s = sval(self);
  const len = strLen(self);
  if (len >= w) {
    // unicode_result_unchanged: the string itself when exact, else a copy
    if (self.t === T.str) {
      self.rc++;
      return self;
    }
    return newStr(s);
  }
  reserve((w - len) * 4);
  return newStr(f(s, w - len, fill));
}

export function strJoin(sep: PyObject, iterable: PyObject): PyObject {
  // PySequence_Fast(iterable, "can only join an iterable"): an exact list or tuple as it is,
  // anything else through PyObject_GetIter (its TypeError replaced) into a new list
  let seq: PyObject | null = null;
  if (iterable.t !== T.list && iterable.t !== T.tuple) {
    let it: PyObject;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
        decref(e.exc);
        raise(T.TypeError, 'can only join an iterable');
      }
      throw e;
    }
    try {
      seq = sequenceList(it);
    } finally {
      decref(it);
    }
  }
  const items = (seq ?? iterable).v as PyObject[];
  try {
    if (items.length === 1 && items[0].t === T.str) {
      items[0].rc++;
      return items[0];
    }
    const parts: string[] = [];
    let kind = items.length > 1 ? strKind(sep) : 1;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!isStr(x)) raise(T.TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
      parts.push(x.v as string);
      const k = strKind(x);
      if (k > kind) kind = k;
    }
    const r = joinChecked(parts, sval(sep));
    // _PyUnicode_JoinArray: PyUnicode_New(sz, maxchar), a new object even for one character
    return r.length === 0 ? emptyStr() : r.length === 1 ? newStrFresh(r) : newStrKind(r, kind);
  } finally {
    if (seq !== null) decref(seq);
  }
}

/** do_string_format (Objects/stringlib/unicode_format.h), shared by str.format (keywords) and
 * str.format_map (a mapping): the result is a new string, or the one string object the writer
 * kept whole (a single field's str, or a format string that is one literal: self). */
function doStringFormat(self: PyObject, pos: PyObject[], kw: Map<string, PyObject> | PyObject): PyObject {
  // MarkupIterator and _PyUnicodeWriter's buffers, the fields' temporaries: not replayed
  tmInexact('str.format() / format_map() (the writer and the fields\' temporary strings)');
  const fmt = sval(self);
  const holder: { single: PyObject | null } = { single: null };
  const text = strFormat(fmt, pos, kw, holder);
  if (holder.single !== null) return holder.single;
  if (fmt.length > 0 && !/[{}]/.test(fmt)) {
    // the whole format string is one literal: written whole, it is the result (even an
    // instance of a str subclass)
    self.rc++;
    return self;
  }
  return newStr(text);
}

export function initStrType(ti: TypeInfo): void {
  ti.basicsize = () => P.strAsciiHeader;
  // PyUnicode_Type's tp_itemsize is 0: a str's characters follow its header, but the size is
  // computed by the str code itself (str.__itemsize__ is 0)
  ti.itemsize = 0;
  ti.dealloc = strDealloc;
  ti.sizeof = strSizeof;
  ti.repr = strObjRepr;
  ti.str = (o) => (o.t === T.str ? (o.rc++, o) : newStr(o.v as string));
  ti.hash = (o) => {
    o.f |= F_HASHED;
    return strHash(o.v as string);
  };
  ti.len = (o) => strLen(o);
  ti.getitem = strGetItem;
  ti.contains = (o, v) => {
    if (!isStr(v)) raise(T.TypeError, `'in <string>' requires string as left operand, not ${typeName(v)}`);
    return cpIndexOf(sval(o), sval(v)) >= 0;
  };
  ti.richcompare = (a, b, op) => {
    if (!isStr(b)) return notImpl();
    const c = cmpStr(sval(a), sval(b));
    return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  };
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = strConcat;
  tx.sqRepeat = strRepeat;
  ti.nb.mod = (a, b) => {
    if (!isStr(a)) return notImpl();
    return percentFormat(a, b);
  };
  ti.new = (type, args, kwnames) => {
    // 3.13's vectorcall checks the positional count first (_PyArg_CheckPositional)
    if (P.minor >= 13 && args.length - (kwnames?.length ?? 0) > 3) raise(T.TypeError, `str expected at most 3 arguments, got ${args.length - (kwnames?.length ?? 0)}`);
    // str(x), the everyday call: no argument parsing
    if (type === T.str && args.length === 1 && kwnames === null) return pyStr(args[0]);
    const [obj, enc, errors] = parseArgs('str', args, kwnames, ['object', 'encoding', 'errors'], 0);
    // the "s" converters of encoding and errors (3.8 numbers the argument, 3.10+ names it)
    ([[enc, 'encoding', 2], [errors, 'errors', 3]] as const).forEach(([a, name, i]) => {
      if (a !== null && !isStr(a)) raise(T.TypeError, `str() argument ${P.minor >= 10 ? `'${name}'` : i} must be str, not ${P.minor < 13 ? badArgType(a) : typeName(a)}`);
    });
    if (obj === null) return emptyStr();
    let r: PyObject;
    if (enc !== null || errors !== null) {
      if (isStr(obj)) raise(T.TypeError, 'decoding str is not supported');
      // PyObject_GetBuffer(PyBUF_SIMPLE); a failure becomes this TypeError
      const buf = (obj.t.v as TypeInfo).buffer;
      let data: string | null = null;
      if (buf !== null) {
        try {
          data = buf(obj, false);
        } catch (e) {
          if (!(e instanceof PyErr)) throw e;
          decref(e.exc);
        }
      }
      if (data === null) raise(T.TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
      r = newStr(decodeToString(data, codecNameArg(enc), codecNameArg(errors)));
    } else r = pyStr(obj);
    if (type !== T.str) {
      const sub = strSubtypeAlloc(type, r.v as string);
      decref(r);
      return sub;
    }
    return r;
  };

  // str.maketrans is a static method (METH_STATIC)
  const mk = newBuiltin('maketrans', (_s, args, kw) => strMaketrans(args, kw), null, null, true, 'str');
  defAttr(T.str, 'maketrans', new PyObject(T.staticmethod, mk, null, F_RUNTIME));

  defMethods(T.str, {
    join: (self, args, kw) => strJoin(self, oneArg('join', args, kw)),
    split: (self, args, kw) => {
      const [sep, maxsplitO] = parseArgs('split', args, kw, ['sep', 'maxsplit'], 0);
      const maxsplit = maxsplitO !== null ? clinicSsize(maxsplitO) : -1;
      const s = sval(self);
      if (sep === null || sep === S.None) return splitResult(splitWhitespace(s, maxsplit), splitPrealloc(s, null, maxsplit), self, maxsplit !== 0);
      const sp = strArg(sep, 'split', 'must be str or None');
      const parts = splitSep(s, sp, maxsplit);
      return splitResult(parts, splitSepPrealloc(s, sp, maxsplit), self);
    },
    rsplit: (self, args, kw) => {
      const [sep, maxsplitO] = parseArgs('rsplit', args, kw, ['sep', 'maxsplit'], 0);
      const maxsplit = maxsplitO !== null ? clinicSsize(maxsplitO) : -1;
      const s = sval(self);
      if (sep === null || sep === S.None) {
        const rev = splitWhitespace(Array.from(s).reverse().join(''), maxsplit);
        const parts = rev.map((p) => Array.from(p).reverse().join('')).reverse();
        return splitResult(parts, splitPrealloc(s, null, maxsplit), self, maxsplit !== 0);
      }
      const sp = strArg(sep, 'rsplit', 'must be str or None');
      const parts = rsplitSep(s, sp, maxsplit);
      return splitResult(parts, splitSepPrealloc(s, sp, maxsplit), self);
    },
    splitlines: (self, args, kw) => {
      const [keep] = parseArgs('splitlines', args, kw, ['keepends'], 0);
      // keepends: an int before 3.12 (bool(accept={int})), any truth value from 3.12
      const keepends = keep !== null && (P.minor >= 12 ? truthy(keep) : clinicInt(keep) !== 0);
      const s = sval(self);
      // stringlib splitlines: PyList_New(0) and appends; the string itself (exact str) when its
      // only line is the whole of it (no line break, or keepends and one at the very end)
      const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
      const l = newList([]);
      let last = 0;
      for (;;) {
        const m = re.exec(s);
        if (m === null && last >= s.length) break;
        const next = m === null ? s.length : m.index + m[0].length;
        const eol = m === null ? s.length : keepends ? next : m.index;
        if (last === 0 && eol === s.length && self.t === T.str) {
          self.rc++;
          listAppendSteal(l, self);
          break;
        }
        listAppendSteal(l, newStr(s.slice(last, eol)));
        last = next;
        if (m === null) break;
      }
      return l;
    },
    strip: (self, args, kw) => strip(self, args, kw, 'strip', true, true),
    lstrip: (self, args, kw) => strip(self, args, kw, 'lstrip', true, false),
    rstrip: (self, args, kw) => strip(self, args, kw, 'rstrip', false, true),
    replace: (self, args, kw) => {
      // 3.13's Argument Clinic version takes count by keyword too
      if (P.minor >= 13) args = parseArgs('replace', args, kw, ['old', 'new', 'count'], 2, 3, { posonly: 2 }).filter((a): a is PyObject => a !== null);
      else argRange('replace', args, kw, 2, 3);
      const old = clinicStrArg(args[0], 'replace() argument 1'), nw = clinicStrArg(args[1], 'replace() argument 2');
      const count = args[2] !== undefined ? clinicSsize(args[2]) : -1;
      const s = sval(self);
      let r: string;
      if (count < 0) r = old === '' ? (s === '' ? nw : nw + Array.from(s).join(nw) + nw) : cpSplit(s, old).join(nw);
      else {
        r = '';
        let start = 0;
        let done = 0;
        if (old === '') {
          const a = Array.from(s);
          for (let i = 0; i <= a.length; i++) {
            if (done < count) { r += nw; done++; }
            if (i < a.length) r += a[i];
          }
        } else {
          for (;;) {
            if (done === count) break;
            const i = cpIndexOf(s, old, start);
            if (i < 0) break;
            r += s.slice(start, i) + nw;
            start = i + old.length;
            done++;
          }
          r += s.slice(start);
        }
      }
      // replace(): "nothing to replace" returns the string itself; a replacement builds the
      // result with PyUnicode_New (a new object even for one character)
      const nothing = count === 0 || args[0] === args[1] || (old === '' ? nw === '' : cpIndexOf(s, old) < 0);
      if (nothing && self.t === T.str) {
        self.rc++;
        return self;
      }
      return nothing ? newStr(r) : newStrFresh(r);
    },
    find: (self, args, kw) => {
      const [sub, a, b] = subArgs(self, 'find', args, kw);
      return newIntSsize(findIn(self, sub, a, b, false));
    },
    rfind: (self, args, kw) => {
      const [sub, a, b] = subArgs(self, 'rfind', args, kw);
      return newIntSsize(findIn(self, sub, a, b, true));
    },
    index: (self, args, kw) => {
      const [sub, a, b] = subArgs(self, 'index', args, kw);
      const i = findIn(self, sub, a, b, false);
      if (i < 0) raise(T.ValueError, 'substring not found');
      return newIntSsize(i);
    },
    rindex: (self, args, kw) => {
      const [sub, a, b] = subArgs(self, 'rindex', args, kw);
      const i = findIn(self, sub, a, b, true);
      if (i < 0) raise(T.ValueError, 'substring not found');
      return newIntSsize(i);
    },
    count: (self, args, kw) => {
      const [sub, a, b] = subArgs(self, 'count', args, kw);
      const hay = cps(self) ? Array.from(sval(self)).slice(a, b).join('') : sval(self).slice(a, b);
      if (a > b) return newIntSsize(0);
      if (sub === '') return newIntSsize(Array.from(hay).length + 1);
      return newIntSsize(cpCount(hay, sub));
    },
    startswith: (self, args, kw) => affix(self, args, kw, 'startswith', false),
    endswith: (self, args, kw) => affix(self, args, kw, 'endswith', true),
    upper: (self, args, kw) => (noArgs('upper', args, kw), caseOp(self, 'upper')),
    lower: (self, args, kw) => (noArgs('lower', args, kw), caseOp(self, 'lower')),
    casefold: (self, args, kw) => (noArgs('casefold', args, kw), caseOp(self, 'casefold')),
    swapcase: (self, args, kw) => (noArgs('swapcase', args, kw), caseOp(self, 'swapcase')),
    capitalize: (self, args, kw) => (noArgs('capitalize', args, kw), caseOp(self, 'capitalize')),
    title: (self, args, kw) => (noArgs('title', args, kw), caseOp(self, 'title')),
    center: (self, args, kw) => padTo(self, args, kw, 'center', (s, n, f) => {
      // pad(): left = marg/2 + (marg & width & 1), width being the requested one
      const left = Math.floor(n / 2) + (n & (n + Array.from(s).length) & 1);
      return f.repeat(left) + s + f.repeat(n - left);
    }),
    ljust: (self, args, kw) => padTo(self, args, kw, 'ljust', (s, n, f) => s + f.repeat(n)),
    rjust: (self, args, kw) => padTo(self, args, kw, 'rjust', (s, n, f) => f.repeat(n) + s),
    zfill: (self, args, kw) => {
      const w = clinicSsize(oneArg('zfill', args, kw));
      const s = sval(self);
      const n = strLen(self);
      if (n >= w) {
        if (self.t === T.str) {
          self.rc++;
          return self;
        }
        return newStr(s);
      }
      reserve(w - n);
      const pad = '0'.repeat(w - n);
      if (s[0] === '+' || s[0] === '-') return newStr(s[0] + pad + s.slice(1));
      return newStr(pad + s);
    },
    isdigit: (self, args, kw) => (noArgs('isdigit', args, kw), newBool(allFlags(sval(self), U_DIGIT))),
    isdecimal: (self, args, kw) => (noArgs('isdecimal', args, kw), newBool(allFlags(sval(self), U_DECIMAL))),
    isnumeric: (self, args, kw) => (noArgs('isnumeric', args, kw), newBool(allFlags(sval(self), U_NUMERIC))),
    isalpha: (self, args, kw) => (noArgs('isalpha', args, kw), newBool(allFlags(sval(self), U_ALPHA))),
    isalnum: (self, args, kw) => (noArgs('isalnum', args, kw), newBool(allFlags(sval(self), U_ALPHA | U_DECIMAL | U_DIGIT | U_NUMERIC))),
    isspace: (self, args, kw) => {
      noArgs('isspace', args, kw);
      const s = sval(self);
      if (s.length === 0) return newBool(false);
      for (const c of s) if (!isSpaceChar(c)) return newBool(false);
      return newBool(true);
    },
    isupper: (self, args, kw) => {
      noArgs('isupper', args, kw);
      let cased = false;
      for (const c of sval(self)) {
        const f = uflags(c.codePointAt(0) as number);
        if ((f & (U_LOWER | U_TITLE)) !== 0) return newBool(false);
        if ((f & U_UPPER) !== 0) cased = true;
      }
      return newBool(cased);
    },
    islower: (self, args, kw) => {
      noArgs('islower', args, kw);
      let cased = false;
      for (const c of sval(self)) {
        const f = uflags(c.codePointAt(0) as number);
        if ((f & (U_UPPER | U_TITLE)) !== 0) return newBool(false);
        if ((f & U_LOWER) !== 0) cased = true;
      }
      return newBool(cased);
    },
    istitle: (self, args, kw) => {
      noArgs('istitle', args, kw);
      let cased = false;
      let prev = false;
      for (const c of sval(self)) {
        const f = uflags(c.codePointAt(0) as number);
        if ((f & (U_UPPER | U_TITLE)) !== 0) {
          if (prev) return newBool(false);
          prev = cased = true;
        } else if ((f & U_LOWER) !== 0) {
          if (!prev) return newBool(false);
          prev = cased = true;
        } else prev = false;
      }
      return newBool(cased);
    },
    isidentifier: (self, args, kw) => {
      noArgs('isidentifier', args, kw);
      const cps = codePoints(sval(self));
      if (cps.length === 0 || (uflags(cps[0]) & U_XID_START) === 0) return newBool(false);
      for (let i = 1; i < cps.length; i++) if ((uflags(cps[i]) & U_XID_CONTINUE) === 0) return newBool(false);
      return newBool(true);
    },
    isascii: (self, args, kw) => (noArgs('isascii', args, kw), newBool(/^[\x00-\x7f]*$/.test(sval(self)))),
    isprintable: (self, args, kw) => {
      noArgs('isprintable', args, kw);
      for (const c of sval(self)) if ((uflags(c.codePointAt(0) as number) & U_PRINTABLE) === 0) return newBool(false);
      return newBool(true);
    },
    partition: (self, args, kw) => partition(self, oneArg('partition', args, kw), false),
    rpartition: (self, args, kw) => partition(self, oneArg('rpartition', args, kw), true),
    format: (self, args, kw) => {
      const [pos, kwm] = splitArgs(args, kw);
      return doStringFormat(self, pos, kwm);
    },
    format_map: (self, args, kw) => doStringFormat(self, [], oneArg('format_map', args, kw)),
    translate: (self, args, kw) => strTranslate(self, oneArg('translate', args, kw)),
    encode: (self, args, kw) => {
      const [enc, errors] = parseArgs('encode', args, kw, ['encoding', 'errors'], 0);
      const [e, er] = codecArgTypes('encode', enc, errors);
      return encodeToBytes(self, e, er);
    },
    expandtabs: (self, args, kw) => {
      const r = expandTabs(sval(self), args, kw);
      // no tab: unicode_result_unchanged (the string itself when exact)
      if (self.t === T.str && !sval(self).includes('\t')) {
        self.rc++;
        return self;
      }
      return newStr(r);
    },
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newIntSsize((self.t.v as TypeInfo).sizeof(self))),
    __format__: (self, args, kw) => {
      // unicode___format__ (Argument Clinic: the spec must be a str)
      const spec = oneArg('__format__', args, kw);
      if (!isStr(spec)) raise(T.TypeError, `__format__() argument must be str, not ${badArgType(spec)}`);
      // an empty spec writes an exact str itself, str() of a subclass instance; a spec that
      // neither pads nor truncates writes the object itself (the writer returns it)
      if (sval(spec) === '' && self.t !== T.str) return pyStr(self);
      const text = formatStrOrSelf(sval(self), sval(spec), typeName(self));
      if (text === null) {
        self.rc++;
        return self;
      }
      return newStr(text);
    },
    __getnewargs__: (self, args, kw) => (noArgs('__getnewargs__', args, kw), newTuple([newStr(sval(self))])),
    ...(P.minor >= 9 ? {
      removeprefix: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const p = clinicStrArg(oneArg('removeprefix', args, kw), 'removeprefix() argument');
        const s = sval(self);
        if (p && cpStartsWith(s, p)) return newStr(s.slice(p.length));
        // unicode_result_unchanged: the string itself when exact, else a copy
        if (self.t !== T.str) return newStr(s);
        self.rc++;
        return self;
      },
      removesuffix: (self: PyObject, args: PyObject[], kw: string[] | null) => {
        const p = clinicStrArg(oneArg('removesuffix', args, kw), 'removesuffix() argument');
        const s = sval(self);
        if (p && cpEndsWith(s, p)) return newStr(s.slice(0, s.length - p.length));
        // unicode_result_unchanged: the string itself when exact, else a copy
        if (self.t !== T.str) return newStr(s);
        self.rc++;
        return self;
      },
    } : {}),
  });
}

/** _PyArg_BadArgument's name for the type of a wrong argument: None is 'None'. */
function badArgType(o: PyObject): string {
  return o === S.None ? 'None' : typeName(o);
}

/** An Argument Clinic `unicode` argument: "`what` must be str, not X". */
function clinicStrArg(o: PyObject, what: string): string {
  if (!isStr(o)) raise(T.TypeError, `${what} must be str, not ${badArgType(o)}`);
  return sval(o);
}

/** A str argument: `what` is the start of CPython's message for another type. */
function strArg(o: PyObject, name: string, what = 'must be str'): string {
  if (!isStr(o)) raise(T.TypeError, `${what}, not ${typeName(o)}`);
  void name;
  return sval(o);
}

function affix(self: PyObject, args: PyObject[], kw: string[] | null, name: string, end: boolean): PyObject {
  tupleArgs(name, args, kw, 1, 3);
  const s = sval(self);
  const cp = cps(self);
  const n = cp ? cp.length : s.length;
  let start = args[1] !== undefined && args[1] !== S.None ? sliceIdx(args[1]) : 0;
  let stop = args[2] !== undefined && args[2] !== S.None ? sliceIdx(args[2]) : n;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  if (stop > n) stop = n;
  const hay = cp ? cp.slice(start, stop).join('') : s.slice(start, stop);
  const test = (p: PyObject, inTuple: boolean): boolean => {
    if (!isStr(p)) raise(T.TypeError, inTuple ? `tuple for ${name} must only contain str, not ${typeName(p)}` : `${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    if (start > n) return false;
    return end ? cpEndsWith(hay, sval(p)) : cpStartsWith(hay, sval(p));
  };
  const what = args[0];
  if (what.t === T.tuple || isSubtype(what.t, T.tuple)) {
    for (const p of what.v as PyObject[]) if (test(p, true)) return newBool(true);
    return newBool(false);
  }
  return newBool(test(what, false));
}

/** stringlib partition: a match puts the separator object itself in the middle. */
function partition(self: PyObject, sepObj: PyObject, reverse: boolean): PyObject {
  const sep = strArg(sepObj, reverse ? 'rpartition' : 'partition');
  if (sep === '') raise(T.ValueError, 'empty separator');
  const s = sval(self);
  const i = reverse ? cpLastIndexOf(s, sep) : cpIndexOf(s, sep);
  if (i < 0) {
    self.rc++;
    return reverse ? newTuple([emptyStr(), emptyStr(), self]) : newTuple([self, emptyStr(), emptyStr()]);
  }
  sepObj.rc++;
  return newTuple([newStr(s.slice(0, i)), sepObj, newStr(s.slice(i + sep.length))]);
}

/** str.expandtabs / bytes.expandtabs (stringlib): `s` with its tabs expanded, from the method's
 * arguments. */
export function expandTabs(s: string, args: PyObject[], kw: string[] | null): string {
  const [ts] = parseArgs('expandtabs', args, kw, ['tabsize'], 0);
  // the clinic 'int' converter: 3.8's _PyLong_AsInt words a non-integer differently
  const size = ts ? clinicInt(ts) : 8;
  let col = 0;
  let out = '';
  for (const c of s) {
    if (c === '\t') {
      const n = size > 0 ? size - (col % size) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** str.encode/bytes.decode: Argument Clinic's str converters for encoding and errors. */
export function codecArgTypes(fname: string, enc: PyObject | null, errors: PyObject | null): [string | null, string | null] {
  if (enc !== null && !isStr(enc)) raise(T.TypeError, `${fname}() argument 'encoding' must be str, not ${badArgType(enc)}`);
  const e = codecNameArg(enc);
  if (errors !== null && !isStr(errors)) raise(T.TypeError, `${fname}() argument 'errors' must be str, not ${badArgType(errors)}`);
  return [e, codecNameArg(errors)];
}

export const bytesHook = {
  fromJs: (_s: string): PyObject => { throw new Error('unbound'); },
};

let strSubtypeAlloc: (type: PyObject, s: string) => PyObject = (_t, s) => newStr(s);
export function setStrSubtypeAlloc(f: (type: PyObject, s: string) => PyObject): void {
  strSubtypeAlloc = f;
}

export { latin1Char, strJs, listAppendSteal };
