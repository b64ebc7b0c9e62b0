// bytearray (Objects/bytearrayobject.c): a mutable byte string. The object (56 bytes, no GC head)
// points at a separately allocated buffer of ob_alloc bytes (PyObject_Malloc up to 3.12,
// PyMem_Malloc on 3.13 — pymalloc either way) that holds the bytes and a trailing NUL, so a
// non-empty bytearray has ob_alloc >= len + 1 and sys.getsizeof is 56 + ob_alloc.
// PyByteArray_Resize decides every size change: a small growth over-allocates by 1/8 (+3 or +6),
// a big one takes exactly what is asked, a shrink below half reallocates to the exact size and a
// smaller shrink only moves the end. Deleting from the front (del b[:n]) advances ob_start
// instead of moving the bytes; the next reallocation then copies into a fresh buffer.
// Each version's sources agree on these rules; they differ in the order of a few checks, in
// bytearray(list)'s fast path (3.11+) and in error texts.
import { PyObject, F_GC } from './object';
import { bytesPercentFormat } from './format';
import { P, T, allocBlock, freeBlock, allocBuffer, freeBuffer, reallocBuffer, decref, gcAllocHook, gcCountFree, gcTrack, gcUntrack, PyErr } from './core';
import type { TypeInfo, CompareOp } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { S, newBool, notImpl, getIter, iterNext, call } from './abstract';
import { newStr } from './str';
import { newInt, newIntSsize } from './numbers';
import { sliceIndices } from './slice';
import { defMethods, defClassMethods, defAttr, argRange, oneArg, noArgs, parseArgs, type MethodFn } from './methods';
import { newTuple } from './tuple';
import {
  bufferStr, bufferStrOrNull, hasBuffer, bytesLike, bytesContains, bytesLikeMethods, bytesRepr, hexToBytes, maketransMethod, type BytesKind,
} from './bytes';
import { encodeToBytes, codecNameArg } from './codecs';
import { lengthHint } from './listmethods';
import { preHeaderBytes } from './classes';
import { defSlotWrappers, wrapArg, wrapArgs } from './slotwrappers';

/** sizeof(PyByteArrayObject): PyObject_VAR_HEAD, ob_alloc, ob_bytes, ob_start, ob_exports. */
const BASICSIZE = 56;
/** sizeof(bytesiterobject) + the GC head. */
const ITER_SIZE = 48;
const NO_BYTES = new Uint8Array(0);

/** The state of a bytearray. The bytes live in `buf[start, start + n)`; `start` is also the
 * simulated ob_start - ob_bytes. */
export class ByteArrayData {
  buf: Uint8Array = NO_BYTES;
  start = 0;
  /** ob_size */
  n = 0;
  /** ob_alloc: the bytes of the simulated buffer (0 while ob_bytes is NULL). */
  alloc = 0;
  /** The simulated address of ob_bytes (0 = NULL). */
  addr = 0;
  /** ob_exports: buffers handed out and not released. */
  exports = 0;
  /** The bytes as a JS string, while unchanged. */
  str: string | null = '';
  /** The request size of the object's own block. */
  blockBytes = BASICSIZE;
}

export function isByteArray(o: PyObject): boolean {
  return o.t === T.bytearray || isSubtype(o.t, T.bytearray);
}

function bd(o: PyObject): ByteArrayData {
  return o.v as ByteArrayData;
}

/** The bytes of a bytearray as a JS string of char codes (cached until the next change). */
export function byteArrayStr(o: PyObject): string {
  const d = bd(o);
  if (d.str === null) d.str = u8str(d.buf, d.start, d.start + d.n);
  return d.str;
}

export function byteArrayLen(o: PyObject): number {
  return bd(o).n;
}

/** ob_alloc (bytearray.__alloc__()). */
export function byteArrayAlloc(o: PyObject): number {
  return bd(o).alloc;
}

/** The byte at `i` (0 <= i < len) of a bytearray. */
export function byteArrayByte(o: PyObject, i: number): number {
  const d = bd(o);
  return d.buf[d.start + i];
}

/** Store a byte through a buffer (memoryview item assignment). */
export function byteArraySetByte(o: PyObject, i: number, v: number): void {
  const d = bd(o);
  d.buf[d.start + i] = v;
  d.str = null;
}

/** A buffer export of a bytearray (memoryview): resizing raises BufferError until released. */
export function byteArrayExport(o: PyObject, delta: 1 | -1): void {
  bd(o).exports += delta;
}

function u8str(u: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 8192) {
    out += String.fromCharCode.apply(null, u.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  }
  return out;
}

function strU8(s: string): Uint8Array {
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** Make room in the JS storage for `need` bytes from `start`. */
function reserveJs(d: ByteArrayData, need: number): void {
  if (d.start + need <= d.buf.length) return;
  const cap = Math.max(need, d.n * 2, 16);
  const nb = new Uint8Array(cap);
  nb.set(d.buf.subarray(d.start, d.start + Math.min(d.n, need)));
  d.buf = nb;
  d.start = 0;
}

/** The content as a fresh Uint8Array (a copy that later changes do not touch). */
function contentCopy(o: PyObject): Uint8Array {
  const d = bd(o);
  return d.buf.slice(d.start, d.start + d.n);
}

// ---------------------------------------------------------------- allocation

/** PyByteArray_FromStringAndSize: a new exact bytearray (PyObject_New, not GC) holding `s`, its
 * buffer exactly len + 1 bytes (none for an empty one). */
export function newByteArray(s: string | Uint8Array): PyObject {
  const d = new ByteArrayData();
  const o = new PyObject(T.bytearray, d, null, 0);
  allocBlock(o, BASICSIZE);
  const n = s.length;
  if (n > 0) {
    try {
      d.addr = allocBuffer(n + 1);
    } catch (e) {
      freeBlock(o, BASICSIZE);
      throw e;
    }
    d.alloc = n + 1;
    d.buf = typeof s === 'string' ? strU8(s) : s;
    d.n = n;
    d.str = typeof s === 'string' ? s : null;
  }
  return o;
}

/** tp_alloc (PyType_GenericAlloc) for bytearray() and subclasses: an empty object; a subclass
 * instance has the GC head (and on 3.11+ the pre-header) and holds a reference to its class. */
function allocByteArray(type: PyObject): PyObject {
  const ti = type.v as TypeInfo;
  const gc = ti.gc;
  const d = new ByteArrayData();
  const o = new PyObject(type, d, null, gc ? F_GC : 0);
  d.blockBytes = ti.basicsize() + (gc ? 16 : 0) + (ti.heap ? preHeaderBytes(type) : 0);
  allocBlock(o, d.blockBytes);
  if (gc) gcAllocHook();
  if (ti.heap) type.rc++;
  if (gc) gcTrack(o);
  return o;
}

function baDealloc(o: PyObject): void {
  const d = bd(o);
  if (d.addr !== 0) freeBuffer(d.addr, d.alloc);
  d.addr = 0;
  d.buf = NO_BYTES;
  o.v = null;
  freeBlock(o, d.blockBytes);
  // (a subclass instance is a GC object: instanceDealloc counts its PyObject_GC_Del)
}

function canResize(d: ByteArrayData): void {
  if (d.exports > 0) raise(T.BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** PyByteArray_Resize: change ob_size to `size`, reallocating by the over-allocation rule. New
 * bytes are zero here (CPython's callers fill them in). */
export function byteArrayResize(o: PyObject, size: number): void {
  const d = bd(o);
  if (size === d.n) return;
  canResize(d);
  let alloc = d.alloc;
  const off = d.start;
  if (size + off + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      // major downsize: to the exact size
      alloc = size + 1;
    } else {
      // minor downsize: only the end moves
      setN(d, size);
      return;
    }
  } else if (size <= alloc * 1.125) {
    // moderate upsize: over-allocate like list_resize
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // major upsize: the exact size
    alloc = size + 1;
  }
  if (off > 0) {
    // a moved start: a new buffer, the bytes copied to its beginning, the old one freed
    const addr = allocBuffer(alloc);
    freeBuffer(d.addr, d.alloc);
    d.addr = addr;
    const keep = Math.min(size, d.n);
    if (d.buf.length >= keep && alloc <= d.buf.length) d.buf.copyWithin(0, off, off + keep);
    else {
      const nb = new Uint8Array(Math.max(alloc, keep));
      nb.set(d.buf.subarray(off, off + keep));
      d.buf = nb;
    }
    d.start = 0;
    if (d.n > keep) d.n = keep;
  } else {
    d.addr = d.addr === 0 ? allocBuffer(alloc) : reallocBuffer(d.addr, d.alloc, alloc);
    // the JS storage follows a shrink only when it is much bigger than needed
    if (d.buf.length > 4 * alloc + 64) {
      const nb = new Uint8Array(alloc);
      nb.set(d.buf.subarray(0, Math.min(d.n, alloc)));
      d.buf = nb;
    }
  }
  d.alloc = alloc;
  setN(d, size);
}

/** Set ob_size, zeroing bytes that become part of the content. */
function setN(d: ByteArrayData, size: number): void {
  if (size > d.n) {
    reserveJs(d, size);
    d.buf.fill(0, d.start + d.n, d.start + size);
  }
  d.n = size;
  d.str = null;
}

function changed(d: ByteArrayData): void {
  d.str = null;
}

// ---------------------------------------------------------------- item values

/** _getbytevalue: an int in range(256) (PyLong_AsLongAndOverflow; 3.8: PyNumber_Index, then
 * PyLong_AsLong — the same messages). */
function byteValue(v: PyObject): number {
  let x: number | bigint;
  if (v.t === T.int || v.t === T.bool || isSubtype(v.t, T.int)) x = v.v as number | bigint;
  else {
    const f = (v.t.v as TypeInfo).nb.index;
    if (f === undefined) raise(T.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
    const r = f(v);
    x = r.v as number | bigint;
    decref(r);
  }
  if (typeof x === 'bigint' || x < 0 || x >= 256) raise(T.ValueError, 'byte must be in range(0, 256)');
  return x;
}

function isIndexable(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool || (o.t.v as TypeInfo).nb.index !== undefined;
}

/** PyNumber_AsSsize_t(o, exc): a Py_ssize_t, or `exc` when it does not fit. */
function asSsize(o: PyObject, exc: PyObject): number {
  let v: number | bigint;
  if (o.t === T.int || o.t === T.bool) v = o.v as number | bigint;
  else {
    const f = (o.t.v as TypeInfo).nb.index;
    if (f === undefined) raise(T.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
    const r = f(o);
    v = r.v as number | bigint;
    decref(r);
  }
  if (typeof v === 'bigint') raise(exc, `cannot fit 'int' into an index-sized integer`);
  return v;
}

/** PyNumber_Check */
function isNumber(o: PyObject): boolean {
  const nb = (o.t.v as TypeInfo).nb;
  return nb.index !== undefined || nb.int !== undefined || nb.float !== undefined || o.t === T.complex || isSubtype(o.t, T.complex);
}

// ---------------------------------------------------------------- slice assignment

/** bytearray_setslice_linear: replace [lo, hi) by `bytes`. */
function setSliceLinear(o: PyObject, lo: number, hi: number, bytes: Uint8Array): void {
  const d = bd(o);
  const len = bytes.length;
  const growth = len - (hi - lo);
  if (growth < 0) {
    canResize(d);
    const size = d.n;
    if (lo === 0) {
      // shrink by advancing the logical start: nothing moves
      d.start -= growth;
      try {
        byteArrayResize(o, size + growth);
      } catch (e) {
        d.start += growth;
        throw e;
      }
    } else {
      d.buf.copyWithin(d.start + lo + len, d.start + hi, d.start + size);
      byteArrayResize(o, size + growth);
    }
  } else if (growth > 0) {
    const size = d.n;
    byteArrayResize(o, size + growth);
    d.buf.copyWithin(d.start + lo + len, d.start + hi, d.start + size);
  }
  if (len > 0) d.buf.set(bytes, d.start + lo);
  changed(d);
}

/** bytearray_setslice(self, lo, hi, values): values is a buffer (or self, copied first). */
function setSlice(o: PyObject, lo: number, hi: number, values: PyObject): void {
  let bytes: Uint8Array;
  if (values === o) {
    const copy = newByteArray(contentCopy(o));
    try {
      setSlice(o, lo, hi, copy);
    } finally {
      decref(copy);
    }
    return;
  }
  const s = bufferStrOrNull(values);
  if (s === null) raise(T.TypeError, `can't set bytearray slice from ${typeName(values)}`);
  bytes = isByteArray(values) ? contentCopy(values) : strU8(s);
  const n = bd(o).n;
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > n) hi = n;
  setSliceLinear(o, lo, hi, bytes);
}

/** bytearray_ass_subscript: b[i] = v, b[i:j] = v, del b[i], del b[i:j:k]. */
function assSubscript(o: PyObject, index: PyObject, values: PyObject | null): void {
  const d = bd(o);
  let start: number, stop: number, step: number, slicelen: number;
  if (isIndexable(index)) {
    let i = asSsize(index, T.IndexError);
    // GH-91153 (3.10+): the value is converted before the bounds check
    let ival = -1;
    if (values !== null && P.minor >= 10) ival = byteValue(values);
    if (i < 0) i += d.n;
    if (i < 0 || i >= d.n) raise(T.IndexError, 'bytearray index out of range');
    if (values !== null) {
      if (P.minor < 10) ival = byteValue(values);
      d.buf[d.start + i] = ival;
      changed(d);
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (index.t === T.slice) {
    [start, stop, step, slicelen] = sliceIndices(index, d.n);
  } else {
    raise(T.TypeError, `bytearray indices must be integers or slices, not ${typeName(index)}`);
  }
  let bytes: Uint8Array;
  if (values === null) bytes = NO_BYTES;
  else if (values === o || !isByteArray(values)) {
    if (isNumber(values) || values.t === T.str || isSubtype(values.t, T.str)) {
      raise(T.TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    // PyByteArray_FromObject: bytearray(values), then the assignment from that copy
    const copy = call(T.bytearray, [values]);
    try {
      assSubscript(o, index, copy);
    } finally {
      decref(copy);
    }
    return;
  } else bytes = contentCopy(values);
  const needed = bytes.length;
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setSliceLinear(o, start, stop, bytes);
    return;
  }
  if (needed === 0) {
    canResize(d);
    if (slicelen === 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    // close the gaps, then shrink
    const base = d.start;
    let w = start;
    for (let r = start, k = 0; r < d.n; r++) {
      if (k < slicelen && r === start + k * step) {
        k++;
        continue;
      }
      d.buf[base + w++] = d.buf[base + r];
    }
    changed(d);
    byteArrayResize(o, d.n - slicelen);
    return;
  }
  if (needed !== slicelen) raise(T.ValueError, `attempt to assign bytes of size ${needed} to extended slice of size ${slicelen}`);
  for (let cur = start, i = 0; i < slicelen; cur += step, i++) d.buf[d.start + cur] = bytes[i];
  changed(d);
}

function subscript(o: PyObject, index: PyObject): PyObject {
  const d = bd(o);
  if (isIndexable(index)) {
    let i = asSsize(index, T.IndexError);
    if (i < 0) i += d.n;
    if (i < 0 || i >= d.n) raise(T.IndexError, 'bytearray index out of range');
    return newInt(d.buf[d.start + i]);
  }
  if (index.t === T.slice) {
    const [start, , step, n] = sliceIndices(index, d.n);
    if (n <= 0) return newByteArray(NO_BYTES);
    if (step === 1) return newByteArray(d.buf.slice(d.start + start, d.start + start + n));
    const out = new Uint8Array(n);
    for (let i = 0, cur = start; i < n; i++, cur += step) out[i] = d.buf[d.start + cur];
    return newByteArray(out);
  }
  raise(T.TypeError, `bytearray indices must be integers or slices, not ${typeName(index)}`);
}

// ---------------------------------------------------------------- __init__

function baInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const [arg, enc, errors] = parseArgs('bytearray', args, kw, ['source', 'encoding', 'errors'], 0);
  // the "s" converters (3.8 numbers the argument, 3.10+'s clinic names it)
  ([[enc, 'encoding', 2], [errors, 'errors', 3]] as const).forEach(([a, name, i]) => {
    if (a !== null && a.t !== T.str && !isSubtype(a.t, T.str)) raise(T.TypeError, `bytearray() argument ${P.minor >= 10 ? `'${name}'` : i} must be str, not ${a === S.None ? 'None' : typeName(a)}`);
  });
  const d = bd(self);
  // empty previous contents first of all
  if (d.n !== 0) byteArrayResize(self, 0);
  const noStr = (): never => raise(T.TypeError, enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
  if (arg === null) {
    if (enc !== null || errors !== null) noStr();
    return;
  }
  if (arg.t === T.str || isSubtype(arg.t, T.str)) {
    if (enc === null) raise(T.TypeError, 'string argument without an encoding');
    // PyUnicode_AsEncodedString makes a bytes object; bytearray_iconcat copies it in
    const encoded = encodeToBytes(arg, codecNameArg(enc), codecNameArg(errors));
    try {
      iconcat(self, encoded);
    } finally {
      decref(encoded);
    }
    return;
  }
  if (enc !== null || errors !== null) noStr();
  if (isIndexable(arg)) {
    let count: number | null = null;
    try {
      count = asSsize(arg, T.OverflowError);
    } catch (e) {
      // an __index__ raising TypeError falls through to the other ways
      if (!(e instanceof PyErr && isSubtype(e.exc.t, T.TypeError))) throw e;
      decref(e.exc);
    }
    if (count !== null) {
      if (count < 0) raise(T.ValueError, 'negative count');
      if (count > 0) byteArrayResize(self, count);
      return;
    }
  }
  const buf = bufferStr(arg, true);
  if (buf !== null) {
    const bytes = isByteArray(arg) ? contentCopy(arg) : strU8(buf);
    byteArrayResize(self, bytes.length);
    d.buf.set(bytes, d.start);
    changed(d);
    return;
  }
  if (P.minor >= 11 && (arg.t === T.list || arg.t === T.tuple)) {
    // the list/tuple fast path: the exact size at once, unless an item is not an exact int
    const items = arg.v as PyObject[];
    const size = items.length;
    byteArrayResize(self, size);
    let slow = false;
    for (let i = 0; i < size; i++) {
      if (items[i].t !== T.int) {
        if (d.n !== 0) byteArrayResize(self, 0);
        slow = true;
        break;
      }
      d.buf[d.start + i] = byteValue(items[i]);
      changed(d);
    }
    if (!slow) return;
  }
  let it: PyObject;
  try {
    it = getIter(arg);
  } catch (e) {
    if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
      decref(e.exc);
      raise(T.TypeError, `cannot convert '${typeName(arg)}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let value: number;
      try {
        value = byteValue(item);
      } finally {
        decref(item);
      }
      // append the byte: the size moves within the allocation, else PyByteArray_Resize
      if (d.n + 1 < d.alloc) setN(d, d.n + 1);
      else byteArrayResize(self, d.n + 1);
      d.buf[d.start + d.n - 1] = value;
    }
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- operators

/** bytearray_iconcat: b += buffer (the buffer is held while b is resized, so b += b raises). */
function iconcat(self: PyObject, other: PyObject): PyObject {
  const s = bufferStrOrNull(other);
  if (s === null) raise(T.TypeError, `can't concat ${typeName(other)} to ${typeName(self)}`);
  const d = bd(self);
  const bytes = isByteArray(other) ? contentCopy(other) : strU8(s);
  const size = d.n;
  const exported = isByteArray(other);
  if (exported) bd(other).exports++;
  try {
    byteArrayResize(self, size + bytes.length);
  } finally {
    if (exported) bd(other).exports--;
  }
  d.buf.set(bytes, d.start + size);
  changed(d);
  self.rc++;
  return self;
}

/** PyByteArray_Concat: a new bytearray from two buffers. */
function concat(a: PyObject, b: PyObject): PyObject {
  const x = bufferStrOrNull(a), y = bufferStrOrNull(b);
  if (x === null || y === null) raise(T.TypeError, `can't concat ${typeName(b)} to ${typeName(a)}`);
  return newByteArray(x + y);
}

/** sequence_repeat's count: an index (OverflowError when it does not fit). */
function repeatCount(n: PyObject): number {
  if (!isIndexable(n)) raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  return asSsize(n, T.OverflowError);
}

function repeat(a: PyObject, nObj: PyObject): PyObject {
  const count = Math.max(0, repeatCount(nObj));
  const src = contentCopy(a);
  const out = new Uint8Array(src.length * count);
  for (let i = 0; i < count; i++) out.set(src, i * src.length);
  return newByteArray(out);
}

function irepeat(a: PyObject, nObj: PyObject): PyObject {
  let count = repeatCount(nObj);
  if (count < 0) count = 0;
  // 3.11+ returns at once for 1; before, the resize to the same size did nothing either
  if (count !== 1) {
    const d = bd(a);
    const src = contentCopy(a);
    byteArrayResize(a, src.length * count);
    for (let i = 1; i < count; i++) d.buf.set(src, d.start + i * src.length);
    changed(d);
  }
  a.rc++;
  return a;
}

/** bytearray_repr: the class name, then the bytes quoted like bytes' repr, except that a single
 * quote is always escaped. Built in a PyObject_Malloc'd scratch buffer. */
function baRepr(o: PyObject): PyObject {
  const s = byteArrayStr(o);
  // _PyType_Name: tp_name after its last dot
  const tpName = (o.t.v as TypeInfo).name;
  const cls = tpName.slice(tpName.lastIndexOf('.') + 1);
  const scratch = cls.length + 6 + s.length * 4;
  const addr = allocBuffer(scratch);
  try {
    let body = bytesRepr(s, 'b');
    if (body[1] === '"') body = 'b"' + body.slice(2, -1).replace(/'/g, "\\'") + '"';
    return newStr(`${cls}(${body})`);
  } finally {
    freeBuffer(addr, scratch);
  }
}

function baRichCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  let x: string | null, y: string | null;
  try {
    x = bufferStr(a);
    y = bufferStr(b);
  } catch (e) {
    // a buffer that cannot be had (a released memoryview): NotImplemented
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
    return notImpl();
  }
  if (x === null || y === null) return notImpl();
  if (x.length !== y.length && (op === 2 || op === 3)) return newBool(op === 3);
  const c = x < y ? -1 : x > y ? 1 : 0;
  return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
}

// ---------------------------------------------------------------- iterator

interface BaIter {
  seq: PyObject | null;
  i: number;
}

function newBaIter(seq: PyObject): PyObject {
  const o = new PyObject(T.bytearray_iterator, { seq, i: 0 } as BaIter, null, F_GC);
  allocBlock(o, ITER_SIZE);
  gcAllocHook();
  seq.rc++;
  gcTrack(o);
  return o;
}

function initIterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basicsize = () => ITER_SIZE - 16;
  ti.dealloc = (o) => {
    const s = o.v as BaIter;
    o.v = null;
    gcUntrack(o);
    if (s.seq !== null) decref(s.seq);
    freeBlock(o, ITER_SIZE);
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const s = o.v as BaIter | null;
    if (s !== null && s.seq !== null) visit(s.seq);
  };
  ti.iter = (o) => {
    o.rc++;
    return o;
  };
  ti.next = (o) => {
    const s = o.v as BaIter;
    const seq = s.seq;
    if (seq === null) return null;
    const d = bd(seq);
    if (s.i < d.n) return newInt(d.buf[d.start + s.i++]);
    s.seq = null;
    decref(seq);
    return null;
  };
  ti.lengthHint = (o) => {
    const s = o.v as BaIter;
    return s.seq === null ? 0 : Math.max(0, bd(s.seq).n - s.i);
  };
  ti.new = null;
}

// ---------------------------------------------------------------- the type

const BA_KIND: BytesKind = {
  sv: byteArrayStr,
  isSelf: () => false,
  piece: (s) => newByteArray(s),
  fresh: (s) => newByteArray(s),
  mutable: true,
};

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

export function initByteArrayType(ti: TypeInfo): void {
  ti.basicsize = () => BASICSIZE;
  ti.itemsize = 0;
  ti.buffer = byteArrayStr;
  ti.new = (type) => allocByteArray(type);
  ti.init = baInit;
  ti.dealloc = baDealloc;
  ti.sizeof = (o) => (o.t.v as TypeInfo).basicsize() + bd(o).alloc;
  ti.repr = baRepr;
  ti.str = baRepr;
  ti.hash = null;
  ti.richcompare = baRichCompare;
  ti.len = (o) => bd(o).n;
  ti.getitem = subscript;
  ti.setitem = assSubscript;
  ti.contains = (o, v) => bytesContains(byteArrayStr(o), v);
  ti.iter = newBaIter;
  // bytearray_mod: _PyBytes_FormatEx writing into a bytearray; from the writer's stack buffer
  // the result is PyByteArray_FromStringAndSize (exact buffer), else the writer's own bytearray
  ti.nb = {
    mod: (a, b) => {
      if (!isByteArray(a)) return notImpl();
      const r = bytesPercentFormat(byteArrayStr(a), b, true);
      if (!r.heap) return newByteArray(r.text);
      // the writer's buffer: PyByteArray_FromStringAndSize(NULL, n), PyByteArray_Resize to each
      // larger capacity, and at the end to the written size
      const o = newByteArray('\0'.repeat(r.allocs[0]));
      for (const n of r.allocs.slice(1)) byteArrayResize(o, n);
      byteArrayResize(o, r.text.length);
      const d = bd(o);
      d.buf.set(strU8(r.text), d.start);
      d.str = null;
      return o;
    },
  };
  ti.sqConcat = concat;
  ti.sqRepeat = repeat;
  ti.sqInplaceConcat = iconcat;
  ti.sqInplaceRepeat = irepeat;
  initIterType(T.bytearray_iterator.v as TypeInfo);
}

/** The methods (after the type dicts exist). */
export function defineByteArrayMethods(): void {
  const t = T.bytearray;
  const shared = bytesLikeMethods(BA_KIND);
  const sv = byteArrayStr;
  /** partition/rpartition: the separator is copied into a new bytearray first
   * (_PyByteArray_FromBufferObject), which becomes the middle item when found. */
  const partition = (name: string, reverse: boolean): MethodFn => (self, args, kw) => {
    const sepObj = oneArg(name, args, kw);
    const sep = bytesLike(sepObj);
    const bytesep = newByteArray(sep);
    try {
      if (sep === '') raise(T.ValueError, 'empty separator');
      const s = sv(self);
      const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
      if (i < 0) {
        if (reverse) {
          const a = newByteArray(''), b = newByteArray('');
          return newTuple([a, b, newByteArray(s)]);
        }
        const a = newByteArray(s);
        const b = newByteArray(''), c = newByteArray('');
        return newTuple([a, b, c]);
      }
      const left = newByteArray(s.slice(0, i));
      bytesep.rc++;
      return newTuple([left, bytesep, newByteArray(s.slice(i + sep.length))]);
    } finally {
      decref(bytesep);
    }
  };
  const own: Record<string, MethodFn> = {
    __alloc__: (self, args, kw) => (noArgs('__alloc__', args, kw), newIntSsize(bd(self).alloc)),
    __sizeof__: (self, args, kw) => (noArgs('__sizeof__', args, kw), newIntSsize((self.t.v as TypeInfo).sizeof(self))),
    append: (self, args, kw) => {
      const v = byteValue(oneArg('append', args, kw));
      const d = bd(self);
      const n = d.n;
      byteArrayResize(self, n + 1);
      d.buf[d.start + n] = v;
      return none();
    },
    extend: (self, args, kw) => {
      const src = oneArg('extend', args, kw);
      const d = bd(self);
      if (hasBuffer(src)) {
        setSlice(self, d.n, d.n, src);
        return none();
      }
      let it: PyObject;
      try {
        it = getIter(src);
      } catch (e) {
        if (e instanceof PyErr && isSubtype(e.exc.t, T.TypeError)) {
          decref(e.exc);
          raise(T.TypeError, `can't extend bytearray with ${typeName(src)}`);
        }
        throw e;
      }
      let tmp: PyObject | null = null;
      let itLive = true;
      try {
        // a scratch bytearray sized by the length hint (32 by default), grown by half
        let bufSize = lengthHint(src, 32);
        tmp = newByteArray(new Uint8Array(bufSize));
        const td = bd(tmp);
        let len = 0;
        for (;;) {
          const item = iterNext(it);
          if (item === null) break;
          let value: number;
          try {
            value = byteValue(item);
          } catch (e) {
            // 3.13 names a str it could not take as ints
            if (P.minor >= 13 && e instanceof PyErr && isSubtype(e.exc.t, T.TypeError) && (src.t === T.str || isSubtype(src.t, T.str))) {
              decref(e.exc);
              raise(T.TypeError, "expected iterable of integers; got: 'str'");
            }
            throw e;
          } finally {
            decref(item);
          }
          reserveJs(td, len + 1);
          td.buf[td.start + len++] = value;
          changed(td);
          if (len >= bufSize) {
            bufSize = len + (len >> 1) + 1;
            byteArrayResize(tmp, bufSize);
          }
        }
        // the iterator goes before the resize down to the exact size
        itLive = false;
        decref(it);
        byteArrayResize(tmp, len);
        setSlice(self, d.n, d.n, tmp);
      } finally {
        if (itLive) decref(it);
        if (tmp !== null) decref(tmp);
      }
      return none();
    },
    insert: (self, args, kw) => {
      argRange('insert', args, kw, 2, 2);
      let index = asSsize(args[0], T.OverflowError);
      const v = byteValue(args[1]);
      const d = bd(self);
      const n = d.n;
      byteArrayResize(self, n + 1);
      if (index < 0) {
        index += n;
        if (index < 0) index = 0;
      }
      if (index > n) index = n;
      d.buf.copyWithin(d.start + index + 1, d.start + index, d.start + n);
      d.buf[d.start + index] = v;
      changed(d);
      return none();
    },
    pop: (self, args, kw) => {
      argRange('pop', args, kw, 0, 1);
      let index = args.length > 0 ? asSsize(args[0], T.OverflowError) : -1;
      const d = bd(self);
      const n = d.n;
      if (n === 0) raise(T.IndexError, 'pop from empty bytearray');
      if (index < 0) index += n;
      if (index < 0 || index >= n) raise(T.IndexError, 'pop index out of range');
      canResize(d);
      const value = d.buf[d.start + index];
      d.buf.copyWithin(d.start + index, d.start + index + 1, d.start + n);
      changed(d);
      byteArrayResize(self, n - 1);
      return newInt(value);
    },
    remove: (self, args, kw) => {
      const v = byteValue(oneArg('remove', args, kw));
      const d = bd(self);
      const n = d.n;
      let where = -1;
      for (let i = 0; i < n; i++) {
        if (d.buf[d.start + i] === v) {
          where = i;
          break;
        }
      }
      if (where < 0) raise(T.ValueError, 'value not found in bytearray');
      canResize(d);
      d.buf.copyWithin(d.start + where, d.start + where + 1, d.start + n);
      changed(d);
      byteArrayResize(self, n - 1);
      return none();
    },
    clear: (self, args, kw) => {
      noArgs('clear', args, kw);
      byteArrayResize(self, 0);
      return none();
    },
    copy: (self, args, kw) => {
      noArgs('copy', args, kw);
      return newByteArray(contentCopy(self));
    },
    reverse: (self, args, kw) => {
      noArgs('reverse', args, kw);
      const d = bd(self);
      d.buf.subarray(d.start, d.start + d.n).reverse();
      changed(d);
      return none();
    },
    partition: partition('partition', false),
    rpartition: partition('rpartition', true),
    join: (self, args, kw) => {
      // 3.11+ holds an export on self while joining (a custom iterable cannot resize it)
      const d = bd(self);
      if (P.minor >= 11) d.exports++;
      try {
        return shared.join(self, args, kw);
      } finally {
        if (P.minor >= 11) d.exports--;
      }
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
      // the result is allocated at the input's size, then resized to what was kept
      const result = newByteArray(s);
      if (dels.length === 0 && map !== null) {
        const rd = bd(result);
        for (let i = 0; i < s.length; i++) rd.buf[rd.start + i] = map.charCodeAt(s.charCodeAt(i));
        changed(rd);
        return result;
      }
      let out = '';
      for (const c of s) {
        if (dels.includes(c)) continue;
        out += map === null ? c : map[c.charCodeAt(0)];
      }
      const rd = bd(result);
      rd.buf.set(strU8(out), rd.start);
      changed(rd);
      if (s.length > 0) {
        try {
          byteArrayResize(result, out.length);
        } catch (e) {
          decref(result);
          throw e;
        }
      }
      return result;
    },
  };
  defMethods(t, { ...shared, ...own });
  // the sequence slots' wrappers (wrap_binaryfunc, wrap_indexargfunc: the count is converted
  // by PyNumber_AsSsize_t, so a non-index gets __index__'s message)
  const count = (name: string, args: PyObject[], kw: string[] | null): PyObject => {
    // PyArg_UnpackTuple(args, "", 1, 1): " expected 1 argument, got N"
    wrapArgs(name, args, kw, 1, '');
    return newInt(asSsize(args[0], T.OverflowError));
  };
  const withCount = (f: (a: PyObject, n: PyObject) => PyObject, name: string): MethodFn => (self, args, kw) => {
    const n = count(name, args, kw);
    try {
      return f(self, n);
    } finally {
      decref(n);
    }
  };
  defSlotWrappers(t, {
    __add__: (self, args, kw) => concat(self, wrapArg('__add__', args, kw)),
    __mul__: withCount(repeat, '__mul__'),
    __rmul__: withCount(repeat, '__rmul__'),
    __iadd__: (self, args, kw) => iconcat(self, wrapArg('__iadd__', args, kw)),
    __imul__: withCount(irepeat, '__imul__'),
  });
  defAttr(t, 'maketrans', maketransMethod('bytearray'));
  // no tp_hash with a tp_richcompare: PyType_Ready puts __hash__ = None in the dict (a
  // reference the measured start-up count of None already holds)
  defAttr(t, '__hash__', S.None);
  S.None.rc--;
  const it = T.bytearray_iterator;
  defMethods(it, {
    __length_hint__: (self, args, kw) => (noArgs('__length_hint__', args, kw), newIntSsize((it.v as TypeInfo).lengthHint?.(self) ?? 0)),
  });
  defClassMethods(t, {
    fromhex: (cls, args, kw) => {
      const hex = oneArg('fromhex', args, kw);
      const out = hexToBytes(hex);
      // _PyBytesWriter: up to 512 bytes in its small buffer, copied exactly; beyond, a bytearray
      // of len(string) // 2 bytes, resized to what the string held
      const hexlen = (hex.v as string).length;
      let r: PyObject;
      if ((hexlen >> 1) <= 512) r = newByteArray(out);
      else {
        r = newByteArray(new Uint8Array(hexlen >> 1));
        const rd = bd(r);
        rd.buf.set(strU8(out), rd.start);
        changed(rd);
        if (out.length !== hexlen >> 1) byteArrayResize(r, out.length);
      }
      if (cls === T.bytearray) return r;
      try {
        return call(cls, [r]);
      } finally {
        decref(r);
      }
    },
  });
}
