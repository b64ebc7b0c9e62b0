// The array module (Modules/arraymodule.c): array.array stores unboxed machine values in one
// separately allocated buffer that grows by array_resize's own over-allocation rule; reading an
// element makes a new int/float object. 3.8: a static, non-GC type (getsizeof = 64 + buffer);
// 3.10+: a heap type with Py_TPFLAGS_HAVE_GC (tracked, instances hold a reference to the type,
// getsizeof = 16 + 64 + buffer). The array iterator is a GC object in every version.
import { MATCH_SEQUENCE } from '../patma';
import { PyObject, F_GC, F_RUNTIME, F_STATIC, F_IMMORTAL, IMMORTAL_RC } from '../object';
import {
  P, R, T, NotSimulated, decref, incref, allocBlock, freeBlock, allocBuffer, freeBuffer, reallocBuffer, gcAllocHook,
  gcCountFree, gcTrack, gcUntrack, ST,
} from '../core';
import { newBuiltinType, isSubtype, typeName, type TypeInfo, type CompareOp, Py_EQ, Py_NE, markTypeDict } from '../types';
import { raise } from '../exc';
import { S, getIter, iterNext, indexJs, reprJs, newBool, notImpl, richCompareBool, richCompare, typeLookup, truthy, ssizeArg, sliceIndexNotNone } from '../abstract';
import { newDict, dictSetStr, dictGetStr, dictGet, dictSet, dictClear as dictClearFn } from '../dict';
import { newStr } from '../str';
import { newInt, newFloat, intToFloat, cmpResult, type IntVal } from '../numbers';
import { newList } from '../list';
import { newTuple } from '../tuple';
import { newBytes, bufferStr, bytesLike } from '../bytes';
import { sliceIndices } from '../slice';
import { defMethods, noArgs, oneArg, argRange, parseArgs, type MethodFn } from '../methods';
import { defGetters, defSlotWrappers, wrapArgs, wrapArg, asIndexArg } from '../slotwrappers';
import { clearWeakrefs } from '../weakrefs';
import { registerModule, pythonLevelCall, loadedModules } from './registry';
import { noteWarningsImported } from './core_modules';
import { callStack } from '../func';
import { programSourceLine } from '../traceback';

type Item = number | bigint | string;

/** struct arraydescr: one per typecode (64-bit Linux sizes: long is 8 bytes, wchar_t 4). */
interface Descr {
  tc: string;
  itemsize: number;
  kind: 'int' | 'float' | 'unicode';
  /** compareitems exists (integer and unicode codes): same-code arrays compare without objects. */
  fastCompare: boolean;
}

const DESCRS: Descr[] = [
  { tc: 'b', itemsize: 1, kind: 'int', fastCompare: true },
  { tc: 'B', itemsize: 1, kind: 'int', fastCompare: true },
  { tc: 'u', itemsize: 4, kind: 'unicode', fastCompare: true },
  // 3.13+: Py_UCS4 (no deprecation warning, unlike 'u')
  { tc: 'w', itemsize: 4, kind: 'unicode', fastCompare: true },
  { tc: 'h', itemsize: 2, kind: 'int', fastCompare: true },
  { tc: 'H', itemsize: 2, kind: 'int', fastCompare: true },
  { tc: 'i', itemsize: 4, kind: 'int', fastCompare: true },
  { tc: 'I', itemsize: 4, kind: 'int', fastCompare: true },
  { tc: 'l', itemsize: 8, kind: 'int', fastCompare: true },
  { tc: 'L', itemsize: 8, kind: 'int', fastCompare: true },
  { tc: 'q', itemsize: 8, kind: 'int', fastCompare: true },
  { tc: 'Q', itemsize: 8, kind: 'int', fastCompare: true },
  { tc: 'f', itemsize: 4, kind: 'float', fastCompare: false },
  { tc: 'd', itemsize: 8, kind: 'float', fastCompare: false },
];

/** sizeof(arrayobject): PyObject_VAR_HEAD + ob_item, allocated, ob_descr, weakreflist, ob_exports. */
const ARRAY_BASICSIZE = 64;
/** sizeof(arrayiterobject): PyObject_HEAD + index, ao, getitem. */
const ITER_BASICSIZE = 40;

export class ArrayData {
  /** The element values; items.length is ob_size. */
  items: Item[] = [];
  alloc = 0;
  addr = 0;
  /** Bytes requested for this object's own block (freed with the same size). */
  blockBytes = 0;
  constructor(public descr: Descr) {}
}

class ArrayIterData {
  constructor(public ao: PyObject | null, public index: number) {}
}

// ---------------------------------------------------------------- per-run module state

let arrayType: PyObject = undefined as unknown as PyObject;
let iterType: PyObject = undefined as unknown as PyObject;

/** 3.10+: array and arrayiterator are heap types with GC (instances keep the type alive). */
function heapTypes(): boolean {
  return P.minor >= 10;
}

function isArray(o: PyObject): boolean {
  return o.t === arrayType || isSubtype(o.t, arrayType);
}

function ad(o: PyObject): ArrayData {
  return o.v as ArrayData;
}

// ---------------------------------------------------------------- allocation

/** newarrayobject(type, size, descr): the object, then an exact buffer of `size` items. */
function newArrayObject(type: PyObject, size: number, descr: Descr): PyObject {
  const ti = type.v as TypeInfo;
  const gc = ti.gc;
  const data = new ArrayData(descr);
  const o = new PyObject(type, data, null, gc ? F_GC : 0);
  data.blockBytes = ti.basicsize() + (gc ? 16 : 0);
  allocBlock(o, data.blockBytes);
  if (gc) gcAllocHook();
  if (ti.heap || (type === arrayType && heapTypes())) type.rc++;
  if (gc) gcTrack(o);
  data.alloc = size;
  if (size > 0) data.addr = allocBuffer(size * descr.itemsize);
  return o;
}

function arrayDealloc(o: PyObject): void {
  const data = ad(o);
  const gc = (o.f & F_GC) !== 0;
  if (gc) gcUntrack(o);
  clearWeakrefs(o);
  if (data.addr !== 0) freeBuffer(data.addr, data.alloc * data.descr.itemsize);
  data.addr = 0;
  o.v = null;
  freeBlock(o, data.blockBytes);
  if (gc) gcCountFree();
  // subtype_dealloc releases a heap subclass; the array type itself is released here (3.10+).
  if (o.t === arrayType && heapTypes()) decref(arrayType);
}

/** array_resize: keep the buffer when it is big enough and not 16+ items too big, else
 * reallocate to newsize + newsize/16 + (3 if the old size < 8 else 7) items. */
function arrayResize(o: PyObject, newsize: number, size = ad(o).items.length): void {
  const data = ad(o);
  if (data.alloc >= newsize && size < newsize + 16 && data.addr !== 0) return;
  const isz = data.descr.itemsize;
  if (newsize === 0) {
    if (data.addr !== 0) freeBuffer(data.addr, data.alloc * isz);
    data.addr = 0;
    data.alloc = 0;
    return;
  }
  const newAlloc = (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
  data.addr = data.addr === 0 ? allocBuffer(newAlloc * isz) : reallocBuffer(data.addr, data.alloc * isz, newAlloc * isz);
  data.alloc = newAlloc;
}

// ---------------------------------------------------------------- item conversion

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n, ULONG_MAX = 2n ** 64n - 1n;

function big(v: IntVal): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** An int value for an integer typecode, or a TypeError as PyArg_Parse / PyNumber_Index raise it. */
function intArg(v: PyObject, unsignedCode: boolean): bigint {
  if (v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int)) return big(v.v as IntVal);
  if (P.minor < 10) {
    if (v.t === T.float || isSubtype(v.t, T.float)) {
      // 3.8: PyArg_Parse's integer converters / get_int_unless_float (I, L, Q)
      raise(T.TypeError, unsignedCode ? 'array item must be integer' : 'integer argument expected, got float');
    }
    const f = (v.t.v as TypeInfo).nb.index;
    if (f === undefined) raise(T.TypeError, `an integer is required (got type ${typeName(v)})`);
    const r = f(v);
    try {
      return big(r.v as IntVal);
    } finally {
      decref(r);
    }
  }
  const f = (v.t.v as TypeInfo).nb.index;
  if (f === undefined) raise(T.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = f(v);
  try {
    return big(r.v as IntVal);
  } finally {
    decref(r);
  }
}

/** PyLong_AsLong as used by PyArg_Parse's b/h/i/l converters. */
function asLong(x: bigint): bigint {
  if (x < LONG_MIN || x > LONG_MAX) raise(T.OverflowError, 'Python int too large to convert to C long');
  return x;
}

function rangeErr(x: bigint, lo: bigint, hi: bigint, what: string): void {
  if (x < lo) raise(T.OverflowError, `${what} is less than minimum`);
  if (x > hi) raise(T.OverflowError, `${what} is greater than maximum`);
}

/** The descriptor's setitem conversion (b_setitem ... d_setitem): the stored value or an error. */
function convert(d: Descr, v: PyObject): Item {
  if (d.kind === 'float') {
    let x: number;
    if (v.t === T.float || isSubtype(v.t, T.float)) x = v.v as number;
    else if (v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int)) x = intToFloat(v.v as IntVal);
    else {
      const ti = v.t.v as TypeInfo;
      const f = ti.nb.float ?? ti.nb.index;
      if (f === undefined) raise(T.TypeError, `must be real number, not ${typeName(v)}`);
      const r = f(v);
      try {
        x = r.t === T.float ? (r.v as number) : intToFloat(r.v as IntVal);
      } finally {
        decref(r);
      }
    }
    return d.tc === 'f' ? Math.fround(x) : x;
  }
  if (d.kind === 'unicode') {
    if (v.t !== T.str || [...(v.v as string)].length !== 1) raise(T.TypeError, 'array item must be unicode character');
    return v.v as string;
  }
  const tc = d.tc;
  const x = intArg(v, tc === 'I' || tc === 'L' || tc === 'Q');
  switch (tc) {
    case 'b':
      rangeErr(asLong(x), -32768n, 32767n, 'signed short integer');
      rangeErr(x, -128n, 127n, 'signed char');
      break;
    case 'B':
      rangeErr(asLong(x), 0n, 255n, 'unsigned byte integer');
      break;
    case 'h':
      rangeErr(asLong(x), -32768n, 32767n, 'signed short integer');
      break;
    case 'H':
      rangeErr(asLong(x), -2147483648n, 2147483647n, 'signed integer');
      rangeErr(x, 0n, 65535n, 'unsigned short');
      break;
    case 'i':
      rangeErr(asLong(x), -2147483648n, 2147483647n, 'signed integer');
      break;
    case 'l':
      asLong(x);
      break;
    case 'I':
    case 'L':
      // PyLong_AsUnsignedLong, then II_setitem's UINT_MAX check
      if (x < 0n) raise(T.OverflowError, "can't convert negative value to unsigned int");
      if (x > ULONG_MAX) raise(T.OverflowError, 'Python int too large to convert to C unsigned long');
      if (tc === 'I' && x > 4294967295n) raise(T.OverflowError, 'unsigned int is greater than maximum');
      break;
    case 'q':
      if (x < LONG_MIN || x > LONG_MAX) raise(T.OverflowError, 'int too big to convert');
      break;
    default: // 'Q'
      if (x < 0n) raise(T.OverflowError, "can't convert negative int to unsigned");
      if (x > ULONG_MAX) raise(T.OverflowError, 'int too big to convert');
  }
  return norm(x);
}

/** getarrayitem: a new object for the element. */
function getItemObj(d: Descr, x: Item): PyObject {
  if (d.kind === 'float') return newFloat(x as number);
  if (d.kind === 'unicode') return newStr(x as string);
  return newInt(x as IntVal);
}

function cmpItems(a: Item, b: Item): number {
  if (typeof a === 'string' || typeof b === 'string') {
    const x = (a as string).codePointAt(0) as number, y = (b as string).codePointAt(0) as number;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- operations

/** ins1(self, where, v): validate, grow by one, insert. */
function ins1(o: PyObject, where: number, v: PyObject): void {
  const data = ad(o);
  const x = convert(data.descr, v);
  const n = data.items.length;
  arrayResize(o, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  data.items.splice(where, 0, x);
}

/** array_del_slice(a, ilow, ihigh) */
function delSlice(o: PyObject, ilow: number, ihigh: number): void {
  const items = ad(o).items;
  const n = items.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < 0) ihigh = 0;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const d = ihigh - ilow;
  if (d > 0) {
    items.splice(ilow, d);
    // memmove first, then array_resize while Py_SIZE is still the old size
    arrayResize(o, n - d, n);
  }
}

/** array_slice(a, ilow, ihigh): a new exact-size array of the base type. */
function arraySlice(o: PyObject, ilow: number, ihigh: number): PyObject {
  const data = ad(o);
  const r = newArrayObject(arrayType, Math.max(0, ihigh - ilow), data.descr);
  ad(r).items = data.items.slice(ilow, ihigh);
  return r;
}

/** array_iter_extend: append every item of an iterable (ins1 each). */
function iterExtend(o: PyObject, iterable: PyObject): void {
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      try {
        ins1(o, ad(o).items.length, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** array_do_extend */
function doExtend(o: PyObject, bb: PyObject): void {
  if (!isArray(bb)) {
    iterExtend(o, bb);
    return;
  }
  const data = ad(o), other = ad(bb);
  if (data.descr !== other.descr) raise(T.TypeError, 'can only extend with array of same kind');
  const add = other.items.slice();
  const oldsize = data.items.length;
  arrayResize(o, oldsize + add.length);
  for (const x of add) data.items.push(x);
}

function frombytes(o: PyObject, s: string): void {
  const data = ad(o);
  const isz = data.descr.itemsize;
  if (s.length % isz !== 0) raise(T.ValueError, 'bytes length not a multiple of item size');
  const n = s.length / isz;
  if (n === 0) return;
  const old = data.items.length;
  arrayResize(o, old + n);
  for (let i = 0; i < n; i++) data.items.push(decodeItem(data.descr, s, i * isz));
}

function decodeItem(d: Descr, s: string, off: number): Item {
  const bytes = new Uint8Array(d.itemsize);
  for (let i = 0; i < d.itemsize; i++) bytes[i] = s.charCodeAt(off + i);
  const dv = new DataView(bytes.buffer);
  switch (d.tc) {
    case 'b': return dv.getInt8(0);
    case 'B': return dv.getUint8(0);
    case 'h': return dv.getInt16(0, true);
    case 'H': return dv.getUint16(0, true);
    case 'i': return dv.getInt32(0, true);
    case 'I': return dv.getUint32(0, true);
    case 'l': case 'q': return norm(dv.getBigInt64(0, true));
    case 'L': case 'Q': return norm(dv.getBigUint64(0, true));
    case 'f': return dv.getFloat32(0, true);
    case 'd': return dv.getFloat64(0, true);
    default: return String.fromCodePoint(dv.getUint32(0, true));
  }
}

function encodeItem(d: Descr, x: Item): string {
  const bytes = new Uint8Array(d.itemsize);
  const dv = new DataView(bytes.buffer);
  switch (d.tc) {
    case 'b': dv.setInt8(0, x as number); break;
    case 'B': dv.setUint8(0, x as number); break;
    case 'h': dv.setInt16(0, x as number, true); break;
    case 'H': dv.setUint16(0, x as number, true); break;
    case 'i': dv.setInt32(0, x as number, true); break;
    case 'I': dv.setUint32(0, x as number, true); break;
    case 'l': case 'q': dv.setBigInt64(0, BigInt(x), true); break;
    case 'L': case 'Q': dv.setBigUint64(0, BigInt(x), true); break;
    case 'f': dv.setFloat32(0, x as number, true); break;
    case 'd': dv.setFloat64(0, x as number, true); break;
    default: dv.setUint32(0, (x as string).codePointAt(0) as number, true);
  }
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** array_array_tolist_impl */
function toList(o: PyObject): PyObject {
  const data = ad(o);
  return newList(data.items.map((x) => getItemObj(data.descr, x)));
}

function repeatCount(n: PyObject): number {
  const ti = n.t.v as TypeInfo;
  if (n.t !== T.int && n.t !== T.bool && ti.nb.index === undefined) raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  return indexJs(n);
}

function badArgument(): never {
  raise(T.TypeError, 'bad argument type for built-in operation');
}

/** array_ass_subscr: item or slice assignment/deletion (value null = delete). */
function assSubscr(o: PyObject, item: PyObject, value: PyObject | null): void {
  const data = ad(o);
  let start: number, stop: number, step: number, slicelength: number;
  const iti = item.t.v as TypeInfo;
  if (item.t === T.int || item.t === T.bool || iti.nb.index !== undefined) {
    let i = indexJs(item);
    if (i < 0) i += data.items.length;
    if (i < 0 || i >= data.items.length) raise(T.IndexError, 'array assignment index out of range');
    if (value !== null) {
      data.items[i] = convert(data.descr, value);
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (item.t === T.slice) {
    [start, stop, step, slicelength] = sliceIndices(item, data.items.length);
  } else raise(T.TypeError, 'array indices must be integers');
  let other: Item[] = [];
  if (value !== null) {
    if (!isArray(value)) raise(T.TypeError, `can only assign array (not "${typeName(value)}") to array slice`);
    if (value === o) {
      // "self[i:j] = self": copy self first
      const copy = arraySlice(o, 0, data.items.length);
      try {
        assSubscr(o, item, copy);
      } finally {
        decref(copy);
      }
      return;
    }
    if (ad(value).descr !== data.descr) badArgument();
    other = ad(value).items.slice();
  }
  const needed = other.length;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1) {
    const size = data.items.length;
    if (slicelength > needed) {
      data.items.splice(start, slicelength, ...other);
      arrayResize(o, size + needed - slicelength, size);
    } else {
      if (slicelength < needed) arrayResize(o, size + needed - slicelength);
      data.items.splice(start, slicelength, ...other);
    }
    return;
  }
  if (needed === 0) {
    const drop = new Set<number>();
    for (let i = 0, cur = start; i < slicelength; i++, cur += step) drop.add(cur);
    const kept = data.items.filter((_, i) => !drop.has(i));
    arrayResize(o, data.items.length - slicelength);
    data.items = kept;
    return;
  }
  if (needed !== slicelength) raise(T.ValueError, `attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  for (let i = 0, cur = start; i < slicelength; i++, cur += step) data.items[cur] = other[i];
}

function arraySubscr(o: PyObject, item: PyObject): PyObject {
  const data = ad(o);
  const iti = item.t.v as TypeInfo;
  if (item.t === T.int || item.t === T.bool || iti.nb.index !== undefined) {
    let i = indexJs(item);
    if (i < 0) i += data.items.length;
    if (i < 0 || i >= data.items.length) raise(T.IndexError, 'array index out of range');
    return getItemObj(data.descr, data.items[i]);
  }
  if (item.t === T.slice) {
    const [start, , step, n] = sliceIndices(item, data.items.length);
    const r = newArrayObject(arrayType, n <= 0 ? 0 : n, data.descr);
    const out: Item[] = [];
    for (let i = 0, cur = start; i < n; i++, cur += step) out.push(data.items[cur]);
    ad(r).items = out;
    return r;
  }
  raise(T.TypeError, 'array indices must be integers');
}

/** array_richcompare */
function arrayRichCompare(v: PyObject, w: PyObject, op: CompareOp): PyObject {
  if (!isArray(v) || !isArray(w)) return notImpl();
  const va = ad(v), wa = ad(w);
  const vs = va.items.length, ws = wa.items.length;
  if (vs !== ws && (op === Py_EQ || op === Py_NE)) return newBool(op === Py_NE);
  if (va.descr === wa.descr && va.descr.fastCompare) {
    const common = Math.min(vs, ws);
    for (let i = 0; i < common; i++) {
      const c = cmpItems(va.items[i], wa.items[i]);
      if (c !== 0) return newBool(cmpResult(c, op));
    }
    return newBool(cmpResult(vs < ws ? -1 : vs > ws ? 1 : 0, op));
  }
  for (let i = 0; i < vs && i < ws; i++) {
    const vi = getItemObj(va.descr, va.items[i]);
    const wi = getItemObj(wa.descr, wa.items[i]);
    let same: boolean;
    try {
      same = richCompareBool(vi, wi, Py_EQ);
    } catch (e) {
      decref(vi);
      decref(wi);
      throw e;
    }
    if (!same) {
      try {
        if (op === Py_EQ) return newBool(false);
        if (op === Py_NE) return newBool(true);
        return richCompare(vi, wi, op);
      } finally {
        decref(vi);
        decref(wi);
      }
    }
    decref(vi);
    decref(wi);
  }
  return newBool(cmpResult(vs < ws ? -1 : vs > ws ? 1 : 0, op));
}

function arrayRepr(o: PyObject): PyObject {
  const data = ad(o);
  const name = (o.t.v as TypeInfo).qualname;
  if (data.items.length === 0) return newStr(`${name}('${data.descr.tc}')`);
  const v = data.descr.kind === 'unicode' ? newStr((data.items as string[]).join('')) : toList(o);
  try {
    return newStr(`${name}('${data.descr.tc}', ${reprJs(v)})`);
  } finally {
    decref(v);
  }
}

function descrFor(c: string): Descr | null {
  if (c === 'w' && P.minor < 13) return null;
  for (const d of DESCRS) if (d.tc === c) return d;
  return null;
}

function isUnicodeCode(c: string): boolean {
  return c === 'u' || (c === 'w' && P.minor >= 13);
}

const U_DEPRECATION = "The 'u' type code is deprecated and will be removed in Python 3.16";
/** Whether this run already showed a warning (the first one imports warnings, linecache and
 * tokenize in CPython 3.13, leaving cyclic garbage). */
let warnedOnce = false;

/** PyErr_WarnEx(DeprecationWarning, ..., 1) of array('u') on 3.13, as _warnings.c does it with
 * the default filters (`default::DeprecationWarning:__main__`): the calling frame's module gets a
 * __warningregistry__ dict ({'version': 0, (text, category, lineno): True}), and a location not
 * yet in it is shown on sys.stderr ("file:line: DeprecationWarning: text" and the source line).
 * What the warning machinery allocates (and, the first time, its imports) is not reproduced:
 * the collector's counts are unknown until the next full collection. */
function warnUTypecode(): void {
  const fr = callStack[callStack.length - 1];
  if (fr === undefined) throw new NotSimulated("array typecode 'u' (its DeprecationWarning) outside a Python frame", ST.line);
  const lineno = ST.line;
  const filename = fr.code.filename;
  const g = fr.g;
  let registry = dictGetStr(g, '__warningregistry__');
  if (registry !== null && registry.t !== T.dict) throw new NotSimulated('a __warningregistry__ that is not a dict', ST.line);
  if (registry === null) {
    registry = newDict();
    dictSetStr(g, '__warningregistry__', registry);
    decref(registry);
  }
  const text = newStr(U_DEPRECATION);
  const lnObj = newInt(lineno);
  const key = newTuple([text, incref(T.DeprecationWarning), lnObj]);
  try {
    // already_warned: a registry of another filters version is cleared first
    const version = dictGetStr(registry, 'version');
    let warned = false;
    if (version === null || version.t !== T.int || version.v !== 0) {
      dictClearFn(registry);
      const zero = newInt(0);
      dictSetStr(registry, 'version', zero);
      decref(zero);
    } else {
      const v = dictGet(registry, key);
      warned = v !== null && truthy(v);
    }
    if (!warned) {
      dictSet(registry, key, S.True);
      const sys = loadedModules().get('sys');
      const stderr = sys !== undefined ? dictGetStr(sys.d as PyObject, 'stderr') : null;
      if (sys !== undefined && stderr !== dictGetStr(sys.d as PyObject, '__stderr__')) {
        throw new NotSimulated('a DeprecationWarning written to a replaced sys.stderr', ST.line);
      }
      let out = `${filename}:${lineno}: DeprecationWarning: ${U_DEPRECATION}\n`;
      const src = programSourceLine(filename, lineno);
      if (src !== undefined) out += `  ${src.replace(/^[ \t\f]+/, '')}\n`;
      R.err.push(out);
    }
  } finally {
    decref(key);
  }
  pythonLevelCall("array('u')", "the DeprecationWarning of array('u') runs CPython's warning machinery (which imports warnings, linecache and tokenize the first time), whose allocations HeapLens does not reproduce");
  noteWarningsImported();
  if (!warnedOnce) {
    warnedOnce = true;
    if (R.gcImportGarbage === null) R.gcImportGarbage = { name: 'warnings', garbage: 6 };
  }
}

/** array_new(type, typecode[, initializer]) */
function arrayNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type === arrayType && kwnames !== null && kwnames.length > 0) raise(T.TypeError, 'array.array() takes no keyword arguments');
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos < 1) raise(T.TypeError, `array() takes at least 1 argument (${npos} given)`);
  if (npos > 2) raise(T.TypeError, `array() takes at most 2 arguments (${npos} given)`);
  const tcObj = args[0];
  if (tcObj.t !== T.str || [...(tcObj.v as string)].length !== 1) {
    const what = tcObj.t === T.str ? 'str' : typeName(tcObj);
    raise(T.TypeError, `array() argument 1 must be a unicode character, not ${what}`);
  }
  const c = tcObj.v as string;
  let initial: PyObject | null = npos > 1 ? args[1] : null;
  if (c === 'u' && P.minor >= 13) warnUTypecode();
  if (initial !== null && !isUnicodeCode(c)) {
    if (initial.t === T.str || isSubtype(initial.t, T.str)) raise(T.TypeError, `cannot use a str to initialize an array with typecode '${c}'`);
    if (isArray(initial) && ad(initial).descr.kind === 'unicode') raise(T.TypeError, `cannot use a unicode array to initialize an array with typecode '${c}'`);
  }
  let it: PyObject | null = null;
  if (initial !== null && !(initial.t === T.list || isSubtype(initial.t, T.list) || initial.t === T.bytes
    || initial.t === T.bytearray || isSubtype(initial.t, T.bytearray) || isSubtype(initial.t, T.bytes) || initial.t === T.tuple || isSubtype(initial.t, T.tuple)
    || (isUnicodeCode(c) && initial.t === T.str) || (isArray(initial) && ad(initial).descr.tc === c))) {
    it = getIter(initial);
    initial = null;
  }
  const descr = descrFor(c);
  if (descr === null) {
    if (it !== null) decref(it);
    raise(T.ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  }
  let len = 0;
  if (initial !== null && (initial.t === T.list || isSubtype(initial.t, T.list) || initial.t === T.tuple || isSubtype(initial.t, T.tuple))) len = (initial.v as PyObject[]).length;
  else if (initial !== null && isArray(initial)) len = ad(initial).items.length;
  let a: PyObject;
  try {
    a = newArrayObject(type, len, descr);
  } catch (e) {
    if (it !== null) decref(it);
    throw e;
  }
  try {
    const data = ad(a);
    if (len > 0 && initial !== null && !isArray(initial)) {
      const src = initial.v as PyObject[];
      // setarrayitem for each item: the array already has `len` slots
      for (let i = 0; i < len; i++) data.items.push(descr.kind === 'unicode' ? '\0' : 0);
      for (let i = 0; i < len; i++) {
        const v = src[i];
        v.rc++;
        try {
          data.items[i] = convert(descr, v);
        } finally {
          decref(v);
        }
      }
    } else if (initial !== null && (isSubtype(initial.t, T.bytes) || isSubtype(initial.t, T.bytearray))) {
      frombytes(a, bufferStr(initial) as string);
    } else if (initial !== null && initial.t === T.str) {
      const chars = [...(initial.v as string)];
      if (chars.length > 0) {
        data.addr = allocBuffer(chars.length * 4);
        data.alloc = chars.length;
        data.items = chars;
      }
    } else if (initial !== null && isArray(initial) && len > 0) {
      data.items = ad(initial).items.slice();
    }
    if (it !== null) iterExtend(a, it);
  } catch (e) {
    decref(a);
    throw e;
  } finally {
    if (it !== null) decref(it);
  }
  return a;
}

// ---------------------------------------------------------------- iterator

function newArrayIter(ao: PyObject): PyObject {
  const o = new PyObject(iterType, null, null, F_GC);
  allocBlock(o, ITER_BASICSIZE + 16);
  gcAllocHook();
  if (heapTypes()) iterType.rc++;
  ao.rc++;
  o.v = new ArrayIterData(ao, 0);
  gcTrack(o);
  return o;
}

function initIterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => ITER_BASICSIZE;
  ti.new = null;
  ti.dealloc = (o) => {
    gcUntrack(o);
    const s = o.v as ArrayIterData;
    o.v = null;
    if (s.ao !== null) decref(s.ao);
    freeBlock(o, ITER_BASICSIZE + 16);
    gcCountFree();
    if (heapTypes()) decref(iterType);
  };
  ti.traverse = (o, visit) => {
    const s = o.v as ArrayIterData | null;
    if (heapTypes()) visit(iterType);
    if (s !== null && s.ao !== null) visit(s.ao);
  };
  ti.iter = (o) => {
    o.rc++;
    return o;
  };
  ti.next = (o) => {
    const s = o.v as ArrayIterData;
    const ao = s.ao;
    if (ao === null) return null;
    const data = ad(ao);
    if (s.index < data.items.length) return getItemObj(data.descr, data.items[s.index++]);
    s.ao = null;
    decref(ao);
    return null;
  };
}

// ---------------------------------------------------------------- the type

function initArrayType(ti: TypeInfo): void {
  ti.matchFlags |= MATCH_SEQUENCE;
  initArraySlots(ti);
  sequenceNumberSlots(ti, isArray, false);
}

function initArraySlots(ti: TypeInfo): void {
  const heap = heapTypes();
  // arrayobject has a weakreflist (tp_weaklistoffset)
  ti.hasWeakref = true;
  ti.gc = heap;
  ti.basicsize = () => ARRAY_BASICSIZE;
  ti.sizeof = (o) => ARRAY_BASICSIZE + ad(o).alloc * ad(o).descr.itemsize;
  // array_buffer_getbuf: the items' machine representation
  ti.buffer = (o) => ad(o).items.map((x) => encodeItem(ad(o).descr, x)).join('');
  ti.hash = null;
  ti.new = arrayNew;
  ti.dealloc = arrayDealloc;
  ti.traverse = heap ? (_o, visit) => visit(arrayType) : null;
  ti.clear = null;
  ti.repr = arrayRepr;
  ti.str = null;
  ti.richcompare = arrayRichCompare;
  ti.len = (o) => ad(o).items.length;
  ti.getitem = arraySubscr;
  ti.setitem = assSubscr;
  ti.contains = (o, v) => {
    const data = ad(o);
    for (let i = 0; i < data.items.length; i++) {
      const x = getItemObj(data.descr, data.items[i]);
      let found: boolean;
      try {
        found = richCompareBool(x, v, Py_EQ);
      } finally {
        decref(x);
      }
      if (found) return true;
    }
    return false;
  };
  ti.iter = (o) => newArrayIter(o);
  ti.bool = null;
  ti.nb = {};
  const tx = ti as TypeInfo & Record<string, unknown>;
  tx.sqConcat = (a: PyObject, bb: PyObject): PyObject => {
    if (!isArray(bb)) raise(T.TypeError, `can only append array (not "${typeName(bb)}") to array`);
    if (ad(a).descr !== ad(bb).descr) badArgument();
    const r = newArrayObject(arrayType, ad(a).items.length + ad(bb).items.length, ad(a).descr);
    ad(r).items = [...ad(a).items, ...ad(bb).items];
    return r;
  };
  tx.sqRepeat = (a: PyObject, nObj: PyObject): PyObject => {
    const n = Math.max(0, repeatCount(nObj));
    const src = ad(a).items;
    const r = newArrayObject(arrayType, src.length * n, ad(a).descr);
    const out: Item[] = [];
    for (let k = 0; k < n; k++) for (const x of src) out.push(x);
    ad(r).items = out;
    return r;
  };
  tx.sqInplaceConcat = (a: PyObject, bb: PyObject): PyObject => {
    if (!isArray(bb)) raise(T.TypeError, `can only extend array with array (not "${typeName(bb)}")`);
    doExtend(a, bb);
    a.rc++;
    return a;
  };
  tx.sqInplaceRepeat = (a: PyObject, nObj: PyObject): PyObject => {
    let n = repeatCount(nObj);
    const data = ad(a);
    if (data.items.length > 0) {
      if (n < 0) n = 0;
      const src = data.items.slice();
      arrayResize(a, n * src.length);
      const out: Item[] = [];
      for (let k = 0; k < n; k++) for (const x of src) out.push(x);
      data.items = out;
    }
    a.rc++;
    return a;
  };
}

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

function defineArrayMethods(t: PyObject): void {
  defMethods(t, {
    append: (self, args, kw) => {
      ins1(self, ad(self).items.length, oneArg('append', args, kw));
      return none();
    },
    extend: (self, args, kw) => {
      // 3.10+: Argument Clinic with the defining class (_PyArg_UnpackKeywords' messages)
      const bb = P.minor >= 10 ? (parseArgs('extend', args, kw, [''], 1, 1, { posonly: 1 })[0] as PyObject) : oneArg('extend', args, kw);
      doExtend(self, bb);
      return none();
    },
    insert: (self, args, kw) => {
      argRange('insert', args, kw, 2, 2);
      ins1(self, clampSsize(ssizeArg(args[0])), args[1]);
      return none();
    },
    pop: (self, args, kw) => {
      argRange('pop', args, kw, 0, 1);
      let i = args.length > 0 ? clampSsize(ssizeArg(args[0])) : -1;
      const data = ad(self);
      const n = data.items.length;
      if (n === 0) raise(T.IndexError, 'pop from empty array');
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(T.IndexError, 'pop index out of range');
      const v = getItemObj(data.descr, data.items[i]);
      delSlice(self, i, i + 1);
      return v;
    },
    remove: (self, args, kw) => {
      const v = oneArg('remove', args, kw);
      const data = ad(self);
      for (let i = 0; i < data.items.length; i++) {
        const x = getItemObj(data.descr, data.items[i]);
        let eq: boolean;
        try {
          eq = richCompareBool(x, v, Py_EQ);
        } finally {
          decref(x);
        }
        if (eq) {
          delSlice(self, i, i + 1);
          return none();
        }
      }
      raise(T.ValueError, 'array.remove(x): x not in array');
    },
    index: (self, args, kw) => {
      // 3.10+ accepts start and stop (bpo-31956)
      if (P.minor < 10) oneArg('index', args, kw);
      else argRange('index', args, kw, 1, 3);
      const v = args[0];
      const data = ad(self);
      let start = 0, stop = data.items.length;
      const n = data.items.length;
      // _PyEval_SliceIndexNotNone: clamped, and a non-integer is a slice-index error
      if (args.length > 1) {
        start = sliceIndexNotNone(args[1]);
        if (start < 0) start = Math.max(0, start + n);
      }
      if (args.length > 2) {
        stop = sliceIndexNotNone(args[2]);
        if (stop < 0) stop = Math.max(0, stop + n);
      }
      for (let i = start; i < stop && i < data.items.length; i++) {
        const x = getItemObj(data.descr, data.items[i]);
        let eq: boolean;
        try {
          eq = richCompareBool(x, v, Py_EQ);
        } finally {
          decref(x);
        }
        if (eq) return newInt(i);
      }
      raise(T.ValueError, 'array.index(x): x not in array');
    },
    count: (self, args, kw) => {
      const v = oneArg('count', args, kw);
      const data = ad(self);
      let c = 0;
      for (let i = 0; i < data.items.length; i++) {
        const x = getItemObj(data.descr, data.items[i]);
        try {
          if (richCompareBool(x, v, Py_EQ)) c++;
        } finally {
          decref(x);
        }
      }
      return newInt(c);
    },
    reverse: (self, args, kw) => {
      noArgs('reverse', args, kw);
      ad(self).items.reverse();
      return none();
    },
    tolist: (self, args, kw) => {
      noArgs('tolist', args, kw);
      return toList(self);
    },
    tobytes: (self, args, kw) => {
      noArgs('tobytes', args, kw);
      const data = ad(self);
      return newBytes(data.items.map((x) => encodeItem(data.descr, x)).join(''));
    },
    frombytes: (self, args, kw) => {
      const b = oneArg('frombytes', args, kw);
      frombytes(self, bytesLike(b));
      return none();
    },
    fromlist: (self, args, kw) => {
      const l = oneArg('fromlist', args, kw);
      if (l.t !== T.list && !isSubtype(l.t, T.list)) raise(T.TypeError, 'arg must be list');
      const src = (l.v as PyObject[]).slice();
      const n = src.length;
      if (n > 0) {
        const data = ad(self);
        const old = data.items.length;
        arrayResize(self, old + n);
        for (let i = 0; i < n; i++) data.items.push(0);
        try {
          for (let i = 0; i < n; i++) data.items[old + i] = convert(data.descr, src[i]);
        } catch (e) {
          arrayResize(self, old, old + n);
          data.items.length = old;
          throw e;
        }
      }
      return none();
    },
    fromunicode: (self, args, kw) => {
      const ustr = oneArg('fromunicode', args, kw);
      if (ustr.t !== T.str && !isSubtype(ustr.t, T.str)) raise(T.TypeError, `fromunicode() argument must be str, not ${typeName(ustr)}`);
      const data = ad(self);
      if (data.descr.kind !== 'unicode') {
        raise(T.ValueError, `fromunicode() may only be called on unicode type arrays${P.minor >= 13 ? " ('u' or 'w')" : ''}`);
      }
      const chars = [...(ustr.v as string)];
      if (chars.length > 0) {
        const old = data.items.length;
        arrayResize(self, old + chars.length);
        for (const c of chars) data.items.push(c);
      }
      return none();
    },
    tounicode: (self, args, kw) => {
      noArgs('tounicode', args, kw);
      const data = ad(self);
      if (data.descr.kind !== 'unicode') raise(T.ValueError, `tounicode() may only be called on unicode type arrays${P.minor >= 13 ? " ('u' or 'w')" : ''}`);
      return newStr((data.items as string[]).join(''));
    },
    buffer_info: (self, args, kw) => {
      noArgs('buffer_info', args, kw);
      const data = ad(self);
      const addr = newInt(data.addr);
      const n = newInt(data.items.length);
      return newTuple([addr, n]);
    },
    byteswap: (self, args, kw) => {
      noArgs('byteswap', args, kw);
      const data = ad(self);
      data.items = data.items.map((x) => {
        const s = encodeItem(data.descr, x);
        return decodeItem(data.descr, [...s].reverse().join(''), 0);
      });
      return none();
    },
    __sizeof__: (self, args, kw) => {
      noArgs('__sizeof__', args, kw);
      return newInt((self.t.v as TypeInfo).sizeof(self));
    },
    __copy__: (self, args, kw) => {
      noArgs('__copy__', args, kw);
      return arraySlice(self, 0, ad(self).items.length);
    },
    __deepcopy__: (self, args, kw) => {
      oneArg('__deepcopy__', args, kw);
      return arraySlice(self, 0, ad(self).items.length);
    },
  });
  defGetters(t, {
    typecode: (o) => newStr(ad(o).descr.tc),
    itemsize: (o) => newInt(ad(o).descr.itemsize),
  });
}


// ---------------------------------------------------------------- dunder methods of module types

function isIndexable(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool || (o.t.v as TypeInfo).nb.index !== undefined;
}

/** Heap subclasses get number slots from their base (fixupSlots) but not the ad-hoc sq_* fields:
 * expose sq_concat/sq_repeat (and the in-place ones) through nb.add/nb.mul too. They return
 * NotImplemented wherever binary_op1 would move on, so the sequence fallback (and its error
 * message) still runs for the base type. `inplaceAny`: += takes any iterable (deque). */
export function sequenceNumberSlots(ti: TypeInfo, accepts: (o: PyObject) => boolean, inplaceAny: boolean): void {
  const tx = ti as TypeInfo & Record<string, SqFn | undefined>;
  const concat = tx.sqConcat, repeat = tx.sqRepeat, iconcat = tx.sqInplaceConcat, irepeat = tx.sqInplaceRepeat;
  if (concat !== undefined) ti.nb.add = (a, b) => (accepts(a) && accepts(b) ? concat(a, b) : notImpl());
  if (repeat !== undefined) {
    ti.nb.mul = (a, b) => (accepts(a) && isIndexable(b) ? repeat(a, b) : accepts(b) && isIndexable(a) ? repeat(b, a) : notImpl());
  }
  if (iconcat !== undefined) ti.nb.iadd = (a, b) => (inplaceAny || accepts(b) ? iconcat(a, b) : notImpl());
  if (irepeat !== undefined) ti.nb.imul = (a, b) => (isIndexable(b) ? irepeat(a, b) : notImpl());
}

type SqFn = (a: PyObject, b: PyObject) => PyObject;

/** A Py_ssize_t beyond 2**53 (from ssizeArg) as the nearest JS number: past either end. */
function clampSsize(v: number | bigint): number {
  return typeof v === 'bigint' ? (v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : v;
}

/** The slot wrappers typeobject.c's add_operators puts in a type's dict (`x.__getitem__`,
 * `super().__init__(...)`) for the slots a module type defines. Existing entries are kept. */
export function addSlotDunders(type: PyObject): void {
  const ti = type.v as TypeInfo;
  // add_operators runs before slot inheritance: only the slots the type sets itself get
  // wrappers (an OrderedDict's __contains__ is dict's method, not a wrapper of its own)
  const base = ti.base !== null ? (ti.base.v as TypeInfo) : null;
  const own = (v: unknown, bv: unknown): boolean => base === null || v !== bv;
  const defs: Record<string, MethodFn> = {};
  // add_operators: the first slot that claims a name wins (a sequence's sq_concat makes
  // __add__, not the nb_add fallback HeapLens keeps for the operator)
  const add = (name: string, fn: MethodFn): void => {
    if (dictGetStr(ti.dict, name) === null && !(name in defs)) defs[name] = fn;
  };
  const init = ti.init;
  if (init !== null && init !== (T.object.v as TypeInfo).init && own(init, base?.init)) {
    add('__init__', (self, args, kw) => {
      init(self, args, kw);
      return none();
    });
  }
  const repr = ti.repr;
  if (repr !== null && own(repr, base?.repr)) add('__repr__', (self, args, kw) => (wrapArgs('__repr__', args, kw, 0), repr(self)));
  // nb_bool (deque_bool) gives __bool__
  const bool = ti.bool;
  if (bool !== null && own(bool, base?.bool)) add('__bool__', (self, args, kw) => (wrapArgs('__bool__', args, kw, 0), newBool(bool(self))));
  const len = ti.len;
  if (len !== null && own(len, base?.len)) add('__len__', (self, args, kw) => (wrapArgs('__len__', args, kw, 0), newInt(len(self))));
  // a type with only sq_item/sq_ass_item (deque) gets wrap_sq_item & co: the index goes through
  // PyNumber_AsSsize_t(i, OverflowError) in the wrapper
  const sqItem = (ti as TypeInfo & { sqItemOnly?: boolean }).sqItemOnly === true;
  const key = (o: PyObject): PyObject => (sqItem ? asIndexArg(o) : o);
  const getitem = ti.getitem;
  if (getitem !== null && own(getitem, base?.getitem)) add('__getitem__', (self, args, kw) => getitem(self, key(wrapArg('__getitem__', args, kw))));
  const setitem = ti.setitem;
  if (setitem !== null && own(setitem, base?.setitem)) {
    add('__setitem__', (self, args, kw) => {
      wrapArgs('__setitem__', args, kw, 2, '');
      setitem(self, key(args[0]), args[1]);
      return none();
    });
    add('__delitem__', (self, args, kw) => {
      setitem(self, key(wrapArg('__delitem__', args, kw)), null);
      return none();
    });
  }
  const contains = ti.contains;
  if (contains !== null && own(contains, base?.contains)) add('__contains__', (self, args, kw) => newBool(contains(self, wrapArg('__contains__', args, kw))));
  const iter = ti.iter;
  if (iter !== null && own(iter, base?.iter)) add('__iter__', (self, args, kw) => (wrapArgs('__iter__', args, kw, 0), iter(self)));
  const next = ti.next;
  if (next !== null && own(next, base?.next)) {
    add('__next__', (self, args, kw) => {
      wrapArgs('__next__', args, kw, 0);
      const r = next(self);
      if (r === null) raise(T.StopIteration);
      return r;
    });
  }
  const rc = ti.richcompare;
  if (rc !== null && rc !== (T.object.v as TypeInfo).richcompare && own(rc, base?.richcompare)) {
    ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
      add(name, (self, args, kw) => rc(self, wrapArg(name, args, kw), op as CompareOp));
    });
  }
  const tx = ti as TypeInfo & Record<string, SqFn | undefined>;
  const bx = base as (TypeInfo & Record<string, SqFn | undefined>) | null;
  const sq: [string, string][] = [['sqConcat', '__add__'], ['sqRepeat', '__mul__'], ['sqInplaceConcat', '__iadd__'], ['sqInplaceRepeat', '__imul__']];
  // wrap_indexargfunc: the count goes through PyNumber_AsSsize_t(o, OverflowError) first
  const asCount = asIndexArg;
  // wrap_indexargfunc unpacks its argument with PyArg_UnpackTuple(args, "", 1, 1): the message
  // starts with the empty name (" expected 1 argument, got 0")
  const countArg = (name: string, args: PyObject[], kw: string[] | null): PyObject => {
    wrapArgs(name, args, kw, 1, '');
    return asCount(args[0]);
  };
  for (const [slot, name] of sq) {
    const f = tx[slot];
    const repeat = slot === 'sqRepeat' || slot === 'sqInplaceRepeat';
    if (typeof f === 'function' && own(f, bx?.[slot])) add(name, (self, args, kw) => f(self, repeat ? countArg(name, args, kw) : wrapArg(name, args, kw)));
  }
  if (typeof tx.sqRepeat === 'function' && own(tx.sqRepeat, bx?.sqRepeat)) {
    const f = tx.sqRepeat;
    add('__rmul__', (self, args, kw) => f(self, countArg('__rmul__', args, kw)));
  }
  for (const [slot, name] of [['or', '__or__'], ['ior', '__ior__'], ['add', '__add__'], ['sub', '__sub__'], ['mul', '__mul__'], ['iadd', '__iadd__'], ['imul', '__imul__']] as const) {
    const f = ti.nb[slot];
    if (f !== undefined && own(f, base?.nb[slot])) add(name, (self, args, kw) => f(self, wrapArg(name, args, kw)));
  }
  defSlotWrappers(type, defs);
  // unhashable (PyObject_HashNotImplemented, or no tp_hash beside its own tp_richcompare):
  // PyType_Ready puts __hash__ = None in the type's dict; the reference to None is in the
  // measured counts of the import
  if (ti.hash === null && (base === null || base.hash !== null || (rc !== null && own(rc, base.richcompare))) && dictGetStr(ti.dict, '__hash__') === null) {
    dictSetStr(ti.dict, '__hash__', S.None);
    S.None.rc--;
  }
}

/** tp_setattro of a module type without __dict__ (PyObject_GenericSetAttr): data descriptors
 * only. */
export function descriptorSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const descr = typeLookup(o.t, name);
  if (descr !== null) {
    const set = (descr.t.v as TypeInfo).descrSet;
    if (set !== null) {
      set(descr, o, v);
      return;
    }
    raise(T.AttributeError, `'${typeName(o)}' object attribute '${name}' is read-only`);
  }
  raise(T.AttributeError, P.minor >= 13 ? `'${typeName(o)}' object has no attribute '${name}' and no __dict__ for setting new attributes` : `'${typeName(o)}' object has no attribute '${name}'`);
}

/** A module type's reference count as CPython reports it right after `import <module>`
 * (measured on the real interpreters: method descriptors, the module dict, MRO tuples ... all
 * hold references). The program's own references (names, instances of 3.10+/3.12+ heap types)
 * are added exactly on top. 'immortal' = a static type of 3.12+. */
export function setTypeBaseline(t: PyObject, count: number | 'immortal'): void {
  t.rc = IMMORTAL_RC;
  if (count === 'immortal') t.f |= F_IMMORTAL;
  else {
    t.f |= F_STATIC;
    R.baselines.set(t, count);
  }
}

/** sys.getrefcount(array.array) - 1 after `import array`, per version. */
const ARRAY_TYPE_REFS: Record<string, number> = { '3.8': 50, '3.10': 48, '3.11': 48, '3.12': 51, '3.13': 52, seed: 50 };

// ---------------------------------------------------------------- module

/** A type object made by a module's initialisation (per run), with its own __dict__. Shared by
 * the types of array, itertools and collections. */
export function newModuleType(name: string, module: string, init: (ti: TypeInfo) => void, base: PyObject = T.object): PyObject {
  const t = newBuiltinType(name, base, init, module);
  const ti = t.v as TypeInfo;
  ti.dict = markTypeDict(newDict());
  ti.dict.f |= F_RUNTIME;
  return t;
}

registerModule('array', (mod) => {
  warnedOnce = false;
  arrayType = newModuleType('array.array', 'array', initArrayType);
  iterType = newModuleType(heapTypes() ? 'array.arrayiterator' : 'arrayiterator', 'array', initIterType);
  if (!heapTypes()) (iterType.v as TypeInfo).module = 'builtins';
  defineArrayMethods(arrayType);
  addSlotDunders(arrayType);
  addSlotDunders(iterType);
  const d = mod.d as PyObject;
  dictSetStr(d, 'array', arrayType);
  dictSetStr(d, 'ArrayType', arrayType);
  const codes = newStr(P.minor >= 13 ? 'bBuwhHiIlLqQfd' : 'bBuhHiIlLqQfd');
  codes.f |= F_RUNTIME;
  dictSetStr(d, 'typecodes', codes);
  decref(codes);
  setTypeBaseline(arrayType, ARRAY_TYPE_REFS[P.id] ?? 50);
});
