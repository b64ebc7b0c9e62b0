// memoryview (Objects/memoryobject.c), for one-dimensional views of unsigned bytes (format 'B')
// over bytes, bytearray and other memoryviews. A memoryview (184 bytes: 144 + 3 * ndim
// Py_ssize_t for shape, strides and suboffsets, plus the GC head) never refers to its exporter
// directly: it holds a managed buffer (_PyManagedBufferObject, a 112-byte GC object) whose
// Py_buffer holds the one reference to the exporter and, for a bytearray, its one export (so the
// bytearray cannot be resized). Views made from a view, by slicing or by toreadonly() register
// with the same managed buffer; the exporter is released when the last of them is released.
// Casts, other exporters (array.array) and multi-dimensional views are not simulated.
import { PyObject, F_GC } from './object';
import { P, T, NotSimulated, ST, allocBlock, freeBlock, allocBuffer, freeBuffer, decref, gcAllocHook, gcCountFree, gcTrack, gcUntrack, PyErr } from './core';
import type { TypeInfo, CompareOp, Hash } from './types';
import { isSubtype, typeName } from './types';
import { raise } from './exc';
import { S, newBool, notImpl, idOf } from './abstract';
import { newStr } from './str';
import { newInt } from './numbers';
import { newList } from './list';
import { newTuple } from './tuple';
import { sliceIndices } from './slice';
import { defMethods, defClassMethods, noArgs, parseArgs, type MethodFn } from './methods';
import { defGetters } from './slotwrappers';
import { newBytesFresh, newBytes, strHex, bufferStr } from './bytes';
import { bytesHash } from './hash';
import { isByteArray, byteArrayStr, byteArrayByte, byteArraySetByte, byteArrayExport } from './bytearray';
import { clearWeakrefs } from './weakrefs';

/** offsetof(PyMemoryViewObject, ob_array): tp_basicsize; tp_itemsize is a Py_ssize_t. */
const MV_BASICSIZE = 144;
/** A one-dimensional view: ob_array holds shape, strides and suboffsets (3 * ndim). */
const MV_BLOCK = MV_BASICSIZE + 3 * 8 + 16;
/** sizeof(_PyManagedBufferObject) + the GC head. */
const MBUF_BLOCK = 112 + 16;
/** sizeof(memoryiterobject) + the GC head (3.10+). */
const MITER_BLOCK = 48 + 16;

/** _PyManagedBufferObject: `obj` is master.obj (owned) until the buffer is released. */
class MBuf {
  obj: PyObject | null = null;
  released = false;
  /** The memoryviews registered with this managed buffer. */
  exports = 0;
  readonly = true;
  len = 0;
}

/** A memoryview's own Py_buffer: items `start + k * stride` of the exporter's bytes. */
class MView {
  mbuf: PyObject | null = null;
  released = false;
  start = 0;
  shape = 0;
  stride = 1;
  readonly = true;
  hash: Hash | null = null;
}

interface MIter {
  seq: PyObject | null;
  i: number;
  length: number;
}

function mv(o: PyObject): MView {
  return o.v as MView;
}

function mb(o: PyObject): MBuf {
  return o.v as MBuf;
}

function isMemoryView(o: PyObject): boolean {
  return o.t === T.memoryview;
}

/** BASE_INACCESSIBLE */
function inaccessible(o: PyObject): boolean {
  const v = mv(o);
  return v.released || v.mbuf === null || mb(v.mbuf).released;
}

function checkReleased(o: PyObject): void {
  if (inaccessible(o)) raise(T.ValueError, 'operation forbidden on released memoryview object');
}

/** The exporter's byte at `pos` (offset from the start of its buffer). */
function exporterByte(exp: PyObject, pos: number): number {
  if (isByteArray(exp)) return byteArrayByte(exp, pos);
  return (exp.v as string).charCodeAt(pos);
}

function exporterOf(o: PyObject): PyObject {
  return mb(mv(o).mbuf as PyObject).obj as PyObject;
}

/** The bytes the view shows, in order (PyBuffer_ToContiguous's result). */
function viewStr(o: PyObject): string {
  const v = mv(o);
  const exp = exporterOf(o);
  const whole = isByteArray(exp) ? byteArrayStr(exp) : (exp.v as string);
  if (v.stride === 1) return whole.slice(v.start, v.start + v.shape);
  let out = '';
  for (let k = 0, p = v.start; k < v.shape; k++, p += v.stride) out += whole[p];
  return out;
}

/** MV_C_CONTIGUOUS for one dimension (MV_CONTIGUOUS_NDIM1). */
function contiguous(v: MView): boolean {
  return v.shape === 1 || v.stride === 1;
}

/** PyBuffer_IsContiguous(view, 'C') for one dimension: also an empty view. */
function bufferContiguous(v: MView): boolean {
  return v.shape === 0 || contiguous(v);
}

/** PyBuffer_ToContiguous of a strided view: its scratch Py_buffer_full (88 + 3 * ndim * 8 bytes),
 * buffer_to_contiguous's strides and copy_buffer's row buffer, freed in reverse order. */
function stridedCopyScratch(v: MView): void {
  const fb = allocBuffer(88 + 24);
  const strides = allocBuffer(8);
  const mem = allocBuffer(v.shape);
  freeBuffer(mem, v.shape);
  freeBuffer(strides, 8);
  freeBuffer(fb, 88 + 24);
}

// ---------------------------------------------------------------- managed buffer

function mbufAlloc(): PyObject {
  const o = new PyObject(T.managedbuffer, new MBuf(), null, F_GC);
  allocBlock(o, MBUF_BLOCK);
  gcAllocHook();
  gcTrack(o);
  return o;
}

/** mbuf_release: untracked, and the exporter's buffer released (its reference dropped). */
function mbufRelease(o: PyObject): void {
  const m = mb(o);
  if (m.released) return;
  m.released = true;
  gcUntrack(o);
  const obj = m.obj;
  m.obj = null;
  if (obj !== null) {
    if (isByteArray(obj)) byteArrayExport(obj, -1);
    decref(obj);
  }
}

function initMBufType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basetype = false;
  ti.new = null;
  ti.basicsize = () => MBUF_BLOCK - 16;
  ti.dealloc = (o) => {
    mbufRelease(o);
    o.v = null;
    freeBlock(o, MBUF_BLOCK);
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const m = o.v as MBuf | null;
    if (m !== null && m.obj !== null) visit(m.obj);
  };
  ti.clear = (o) => mbufRelease(o);
}

// ---------------------------------------------------------------- views

/** memory_alloc(1) + mbuf_add_view: a new view registered with `mbuf`, copying `src`. */
function addView(mbuf: PyObject, src: MView): PyObject {
  const v = new MView();
  const o = new PyObject(T.memoryview, v, null, F_GC);
  allocBlock(o, MV_BLOCK);
  gcAllocHook();
  gcTrack(o);
  v.start = src.start;
  v.shape = src.shape;
  v.stride = src.stride;
  v.readonly = src.readonly;
  mbuf.rc++;
  v.mbuf = mbuf;
  mb(mbuf).exports++;
  return o;
}

/** PyMemoryView_FromObject */
export function memoryviewFromObject(x: PyObject): PyObject {
  if (isMemoryView(x)) {
    checkReleased(x);
    return addView(mv(x).mbuf as PyObject, mv(x));
  }
  const isBytesLike = x.t === T.bytes || isSubtype(x.t, T.bytes) || isByteArray(x);
  if (!isBytesLike) {
    if ((x.t.v as TypeInfo).buffer !== null) throw new NotSimulated(`a memoryview of '${typeName(x)}'`, ST.line, 'HeapLens simulates views of bytes, bytearray and memoryview objects');
    raise(T.TypeError, `memoryview: a bytes-like object is required, not '${typeName(x)}'`);
  }
  // _PyManagedBuffer_FromObject: the managed buffer first, then the exporter's getbuffer
  const mbuf = mbufAlloc();
  const m = mb(mbuf);
  x.rc++;
  m.obj = x;
  if (isByteArray(x)) {
    byteArrayExport(x, 1);
    m.readonly = false;
    m.len = byteArrayStr(x).length;
  } else {
    m.readonly = true;
    m.len = (x.v as string).length;
  }
  const master = new MView();
  master.shape = m.len;
  master.readonly = m.readonly;
  try {
    return addView(mbuf, master);
  } finally {
    decref(mbuf);
  }
}

/** _memory_release */
function memoryRelease(o: PyObject): void {
  const v = mv(o);
  if (v.released) return;
  v.released = true;
  const mbuf = v.mbuf as PyObject;
  if (--mb(mbuf).exports === 0) mbufRelease(mbuf);
}

function mvDealloc(o: PyObject): void {
  gcUntrack(o);
  memoryRelease(o);
  const v = mv(o);
  const mbuf = v.mbuf;
  v.mbuf = null;
  if (mbuf !== null) decref(mbuf);
  clearWeakrefs(o);
  o.v = null;
  freeBlock(o, MV_BLOCK);
  gcCountFree();
}

/** unpack_single for 'B' */
function item(o: PyObject, index: number): PyObject {
  const v = mv(o);
  if (index < 0) index += v.shape;
  if (index < 0 || index >= v.shape) raise(T.IndexError, 'index out of bounds on dimension 1');
  return newInt(exporterByte(exporterOf(o), v.start + index * v.stride));
}

function isIndexable(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool || (o.t.v as TypeInfo).nb.index !== undefined;
}

/** PyNumber_AsSsize_t(key, IndexError) */
function asIndex(o: PyObject): number {
  let x: number | bigint;
  if (o.t === T.int || o.t === T.bool) x = o.v as number | bigint;
  else {
    const r = ((o.t.v as TypeInfo).nb.index as (o: PyObject) => PyObject)(o);
    x = r.v as number | bigint;
    decref(r);
  }
  if (typeof x === 'bigint') raise(T.IndexError, `cannot fit 'int' into an index-sized integer`);
  return x;
}

function isTupleOf(key: PyObject, pred: (x: PyObject) => boolean, nonEmpty: boolean): boolean {
  if (key.t !== T.tuple && !isSubtype(key.t, T.tuple)) return false;
  const items = key.v as PyObject[];
  if (nonEmpty && items.length === 0) return false;
  return items.every(pred);
}

function subscript(o: PyObject, key: PyObject): PyObject {
  checkReleased(o);
  const v = mv(o);
  if (isIndexable(key)) return item(o, asIndex(key));
  if (key.t === T.slice) {
    const sliced = addView(v.mbuf as PyObject, v);
    const sv = mv(sliced);
    try {
      const [start, , step, n] = sliceIndices(key, v.shape);
      sv.start = v.start + v.stride * start;
      sv.shape = n;
      sv.stride = v.stride * step;
    } catch (e) {
      decref(sliced);
      throw e;
    }
    return sliced;
  }
  if (isTupleOf(key, isIndexable, false)) {
    const items = key.v as PyObject[];
    if (items.length < 1) raise(NotImplementedErrorType(), 'sub-views are not implemented');
    if (items.length > 1) raise(T.TypeError, `cannot index 1-dimension view with ${items.length}-element tuple`);
    return item(o, asIndex(items[0]));
  }
  if (isTupleOf(key, (x) => x.t === T.slice, true)) raise(NotImplementedErrorType(), 'multi-dimensional slicing is not implemented');
  raise(T.TypeError, 'memoryview: invalid slice key');
}

function NotImplementedErrorType(): PyObject {
  return T.NotImplementedError;
}

/** pack_single for 'B': an index in range(256); other failures name the format. */
function packByte(value: PyObject): number {
  let x: number | bigint;
  try {
    if (value.t === T.int || value.t === T.bool || isSubtype(value.t, T.int)) x = value.v as number | bigint;
    else {
      const f = (value.t.v as TypeInfo).nb.index;
      if (f === undefined) raise(T.TypeError, `'${typeName(value)}' object cannot be interpreted as an integer`);
      const r = f(value);
      x = r.v as number | bigint;
      decref(r);
    }
  } catch (e) {
    // fix_error_int: a TypeError (or BufferError) becomes "invalid type", a ValueError or
    // OverflowError "invalid value"
    if (e instanceof PyErr && (isSubtype(e.exc.t, T.TypeError) || isSubtype(e.exc.t, T.BufferError))) {
      decref(e.exc);
      raise(T.TypeError, "memoryview: invalid type for format 'B'");
    }
    if (e instanceof PyErr && (isSubtype(e.exc.t, T.ValueError) || isSubtype(e.exc.t, T.OverflowError))) {
      decref(e.exc);
      raise(T.ValueError, "memoryview: invalid value for format 'B'");
    }
    throw e;
  }
  if (typeof x === 'bigint' || x < 0 || x > 255) raise(T.ValueError, "memoryview: invalid value for format 'B'");
  return x;
}

function storeByte(o: PyObject, pos: number, byte: number): void {
  byteArraySetByte(exporterOf(o), pos, byte);
}

/** memory_ass_sub */
function assSubscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  checkReleased(o);
  const v = mv(o);
  if (v.readonly) raise(T.TypeError, 'cannot modify read-only memory');
  if (value === null) raise(T.TypeError, 'cannot delete memory');
  if (isIndexable(key)) {
    let index = asIndex(key);
    if (index < 0) index += v.shape;
    if (index < 0 || index >= v.shape) raise(T.IndexError, 'index out of bounds on dimension 1');
    storeByte(o, v.start + index * v.stride, packByte(value));
    return;
  }
  if (key.t === T.slice) {
    // the rvalue must export a buffer of the same structure (format 'B', same length)
    let src: string;
    if (isMemoryView(value)) {
      checkReleased(value);
      src = viewStr(value);
    } else {
      const isBytesLike = value.t === T.bytes || isSubtype(value.t, T.bytes) || isByteArray(value);
      if (!isBytesLike && (value.t.v as TypeInfo).buffer !== null) throw new NotSimulated(`assigning a '${typeName(value)}' to a memoryview slice`, ST.line);
      const s = bufferStr(value, true);
      if (s === null) raise(T.TypeError, `a bytes-like object is required, not '${typeName(value)}'`);
      src = s;
    }
    const [start, , step, n] = sliceIndices(key, v.shape);
    if (n !== src.length) raise(T.ValueError, 'memoryview assignment: lvalue and rvalue have different structures');
    const dstStride = v.stride * step;
    // copy_single: a row buffer unless both last dimensions have unit strides
    const srcView = isMemoryView(value) ? mv(value) : null;
    const scratch = dstStride !== 1 || (srcView !== null && srcView.stride !== 1);
    const addr = scratch ? allocBuffer(n) : 0;
    for (let k = 0, p = v.start + v.stride * start; k < n; k++, p += dstStride) storeByte(o, p, src.charCodeAt(k));
    if (scratch) freeBuffer(addr, n);
    return;
  }
  if (isTupleOf(key, isIndexable, false)) {
    const items = key.v as PyObject[];
    if (items.length < 1) raise(T.NotImplementedError, 'sub-views are not implemented');
    if (items.length > 1) raise(T.TypeError, `cannot index 1-dimension view with ${items.length}-element tuple`);
    let index = asIndex(items[0]);
    if (index < 0) index += v.shape;
    if (index < 0 || index >= v.shape) raise(T.IndexError, 'index out of bounds on dimension 1');
    storeByte(o, v.start + index * v.stride, packByte(value));
    return;
  }
  if (isTupleOf(key, (x) => x.t === T.slice, true)) raise(T.NotImplementedError, 'memoryview slice assignments are currently restricted to ndim = 1');
  raise(T.TypeError, 'memoryview: invalid slice key');
}

/** memory_richcompare: == and != only, element by element against any 'B' buffer. */
function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (op !== 2 && op !== 3) return notImpl();
  let equal: boolean;
  if (inaccessible(a)) equal = a === b;
  else if (isMemoryView(b) && inaccessible(b)) equal = a === b;
  else {
    let other: string | null;
    if (isMemoryView(b)) other = viewStr(b);
    else {
      const isBytesLike = b.t === T.bytes || isSubtype(b.t, T.bytes) || isByteArray(b);
      if (!isBytesLike && (b.t.v as TypeInfo).buffer !== null) throw new NotSimulated(`comparing a memoryview with '${typeName(b)}'`, ST.line);
      other = bufferStr(b, true);
      if (other === null) return notImpl();
    }
    equal = viewStr(a) === other;
  }
  return newBool(equal === (op === 2));
}

/** memory_hash: readonly views only, the hash of the bytes (cached). */
function mvHash(o: PyObject): Hash {
  const v = mv(o);
  if (v.hash !== null) return v.hash;
  checkReleased(o);
  if (!v.readonly) raise(T.ValueError, 'cannot hash writable memoryview object');
  // the exporter must be hashable itself (a read-only view of a bytearray is not)
  const exp = exporterOf(o);
  const h = (exp.t.v as TypeInfo).hash;
  if (h === null) raise(T.TypeError, `unhashable type: '${typeName(exp)}'`);
  h(exp);
  if (!contiguous(v)) {
    const mem = allocBuffer(v.shape);
    stridedCopyScratchInner(v);
    v.hash = bytesHash(viewStr(o));
    freeBuffer(mem, v.shape);
  } else v.hash = bytesHash(viewStr(o));
  return v.hash;
}

/** buffer_to_contiguous without the Py_buffer_full (memory_hash calls it directly). */
function stridedCopyScratchInner(v: MView): void {
  const strides = allocBuffer(8);
  const mem = allocBuffer(v.shape);
  freeBuffer(mem, v.shape);
  freeBuffer(strides, 8);
}

// ---------------------------------------------------------------- iterator (3.10+)

function initIterType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basetype = false;
  ti.new = null;
  ti.basicsize = () => MITER_BLOCK - 16;
  ti.dealloc = (o) => {
    const s = o.v as MIter;
    o.v = null;
    gcUntrack(o);
    if (s.seq !== null) decref(s.seq);
    freeBlock(o, MITER_BLOCK);
    gcCountFree();
  };
  ti.traverse = (o, visit) => {
    const s = o.v as MIter | null;
    if (s !== null && s.seq !== null) visit(s.seq);
  };
  ti.iter = (o) => {
    o.rc++;
    return o;
  };
  ti.next = (o) => {
    const s = o.v as MIter;
    const seq = s.seq;
    if (seq === null) return null;
    if (s.i < s.length) {
      checkReleased(seq);
      const v = mv(seq);
      return newInt(exporterByte(exporterOf(seq), v.start + v.stride * s.i++));
    }
    s.seq = null;
    decref(seq);
    return null;
  };
}

function mvIter(o: PyObject): PyObject {
  if (inaccessible(o)) {
    // memory_iter ignores memory_length's error: CPython returns an iterator with the
    // ValueError still set, which surfaces later as a SystemError
    throw new NotSimulated('iterating over a released memoryview', ST.line);
  }
  const it = new PyObject(T.memory_iterator, { seq: o, i: 0, length: mv(o).shape } as MIter, null, F_GC);
  allocBlock(it, MITER_BLOCK);
  gcAllocHook();
  o.rc++;
  gcTrack(it);
  return it;
}

// ---------------------------------------------------------------- the type

export function initMemoryViewType(ti: TypeInfo): void {
  ti.gc = true;
  ti.basetype = false;
  ti.hasWeakref = true;
  ti.basicsize = () => MV_BASICSIZE;
  ti.itemsize = 8;
  ti.sizeof = () => MV_BASICSIZE + 3 * 8;
  ti.new = (_t, args, kw) => {
    const [x] = parseArgs('memoryview', args, kw, ['object'], 1);
    return memoryviewFromObject(x as PyObject);
  };
  ti.dealloc = mvDealloc;
  ti.traverse = (o, visit) => {
    const v = o.v as MView | null;
    if (v !== null && v.mbuf !== null) visit(v.mbuf);
  };
  ti.clear = (o) => {
    memoryRelease(o);
    const v = mv(o);
    const mbuf = v.mbuf;
    v.mbuf = null;
    if (mbuf !== null) decref(mbuf);
  };
  ti.repr = (o) => newStr(`<${inaccessibleForRepr(o) ? 'released ' : ''}memory at 0x${idOf(o).toString(16)}>`);
  ti.hash = mvHash;
  ti.richcompare = richCompare;
  ti.len = (o) => {
    checkReleased(o);
    return mv(o).shape;
  };
  ti.getitem = subscript;
  ti.setitem = assSubscript;
  ti.iter = P.minor >= 10 ? mvIter : null;
  // memory_getbuf: a PyBUF_SIMPLE request needs a C-contiguous view; a full request copies a
  // strided one (PyBuffer_ToContiguous)
  ti.buffer = (o, full) => {
    checkReleased(o);
    const v = mv(o);
    if (!bufferContiguous(v)) {
      if (!full) raise(T.BufferError, 'memoryview: underlying buffer is not C-contiguous');
      stridedCopyScratch(v);
    }
    return viewStr(o);
  };
  initMBufType(T.managedbuffer.v as TypeInfo);
  initIterType(T.memory_iterator.v as TypeInfo);
}

/** memory_repr looks at the view's own flag only. */
function inaccessibleForRepr(o: PyObject): boolean {
  return mv(o).released;
}

function none(): PyObject {
  S.None.rc++;
  return S.None;
}

/** The methods and attributes (after the type dicts exist). */
export function defineMemoryViewMethods(): void {
  const t = T.memoryview;
  const notSim = (what: string): MethodFn => () => {
    throw new NotSimulated(what, ST.line);
  };
  const own: Record<string, MethodFn> = {
    release: (self, args, kw) => {
      noArgs('release', args, kw);
      memoryRelease(self);
      return none();
    },
    tobytes: (self, args, kw) => {
      const [order] = parseArgs('tobytes', args, kw, ['order'], 0);
      // the clinic converter, then the released check, then the value
      if (order !== null && order !== S.None && order.t !== T.str && !isSubtype(order.t, T.str)) {
        // 3.8 parses with PyArg_ParseTupleAndKeywords("|z"), which does not name the method
        raise(T.TypeError, `${P.minor < 10 ? '' : 'tobytes() '}argument ${P.minor < 10 ? '1' : "'order'"} must be str or None, not ${typeName(order)}`);
      }
      checkReleased(self);
      if (order !== null && order !== S.None) {
        const ord = order.v as string;
        if (ord !== 'C' && ord !== 'F' && ord !== 'A') raise(T.ValueError, "order must be 'C', 'F' or 'A'");
      }
      const v = mv(self);
      // PyBytes_FromStringAndSize(NULL, len), then PyBuffer_ToContiguous into it
      const s = viewStr(self);
      const r = s.length === 0 ? newBytes('') : newBytesFresh(s);
      if (!bufferContiguous(v)) stridedCopyScratch(v);
      return r;
    },
    hex: (self, args, kw) => {
      checkReleased(self);
      const v = mv(self);
      if (contiguous(v)) return strHex(viewStr(self), args, kw);
      // a strided view is copied into a bytes object first
      const s = viewStr(self);
      const tmp = s.length === 0 ? newBytes('') : newBytesFresh(s);
      stridedCopyScratch(v);
      try {
        return strHex(s, args, kw);
      } finally {
        decref(tmp);
      }
    },
    tolist: (self, args, kw) => {
      noArgs('tolist', args, kw);
      checkReleased(self);
      const v = mv(self);
      const exp = exporterOf(self);
      const items: PyObject[] = [];
      for (let k = 0; k < v.shape; k++) items.push(newInt(exporterByte(exp, v.start + k * v.stride)));
      return newList(items);
    },
    toreadonly: (self, args, kw) => {
      noArgs('toreadonly', args, kw);
      checkReleased(self);
      const r = addView(mv(self).mbuf as PyObject, mv(self));
      mv(r).readonly = true;
      return r;
    },
    cast: notSim('memoryview.cast()'),
    __enter__: (self, args, kw) => {
      noArgs('__enter__', args, kw);
      checkReleased(self);
      self.rc++;
      return self;
    },
    __exit__: (self) => {
      memoryRelease(self);
      return none();
    },
  };
  defMethods(t, own);
  // 3.12+ (PEP 688)
  if (P.minor >= 12) defClassMethods(t, { _from_flags: notSim('memoryview._from_flags()') });
  const getter = (f: (o: PyObject, v: MView) => PyObject) => (o: PyObject): PyObject => {
    checkReleased(o);
    return f(o, mv(o));
  };
  defGetters(t, {
    obj: getter((o) => {
      const exp = exporterOf(o);
      exp.rc++;
      return exp;
    }),
    nbytes: getter((_o, v) => newInt(v.shape)),
    readonly: getter((_o, v) => newBool(v.readonly)),
    itemsize: getter(() => newInt(1)),
    format: getter(() => newStr('B')),
    ndim: getter(() => newInt(1)),
    shape: getter((_o, v) => newTuple([newInt(v.shape)])),
    strides: getter((_o, v) => newTuple([newInt(v.stride)])),
    suboffsets: getter(() => newTuple([])),
    c_contiguous: getter((_o, v) => newBool(contiguous(v))),
    f_contiguous: getter((_o, v) => newBool(contiguous(v))),
    contiguous: getter((_o, v) => newBool(contiguous(v))),
  });
}
