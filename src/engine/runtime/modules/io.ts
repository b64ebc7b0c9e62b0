// The io module: CPython's start-up imports it on every version (the standard streams are its
// objects), so `import io` only binds it. HeapLens has io.StringIO (Modules/_io/stringio.c) and
// io.BytesIO (Modules/_io/bytesio.c, below), with the _IOBase methods they inherit
// (Modules/_io/iobase.c); the module's other names stop.
//
// A StringIO holds its text in one of two states. ACCUMULATING (an empty StringIO, and as long as
// every write is at the end): up to 3.11 a _PyAccu (Objects/accu.c), a list holding a reference
// to each written string, joined by getvalue() and by the move to the other state; 3.12+ a
// _PyUnicodeWriter that copies what is written. REALIZED (any other write, a read that is not
// all of it, readline, iteration): a Py_UCS4 buffer. StringIO has no __sizeof__: sys.getsizeof
// is the type's basic size whatever it holds. The Py_UCS4 buffer and the writer are PyMem blocks
// HeapLens does not lay out, so tracemalloc and sys._debugmallocstats() stop after a StringIO is
// made; the accumulator's list is an ordinary list object, simulated as one.
import { PyObject, F_GC, F_RUNTIME, F_FINALIZED } from '../object';
import { P, R, T, NotSimulated, ST, decref, incref, allocBlock, freeBlock, reallocBlock, gcAllocHook, gcTrack, gcUntrack, gcCountFree, constRefsUnknown, tmInexact } from '../core';
import { raise } from '../exc';
import { S, ssizeArg, optionalSsizeArg, getAttr, call, truthy } from '../abstract';
import { newDict, dictSetStr } from '../dict';
import { newStr } from '../str';
import { newInt } from '../numbers';
import { newTuple } from '../tuple';
import { typeName, isSubtype, type TypeInfo } from '../types';
import { newList, listAppend } from '../list';
import { defMethods, noArgs, oneArg, argRange, parseArgs } from '../methods';
import { newBytes, newBytesFresh, bytesSize, bufferStr } from '../bytes';
import { defGetters } from '../slotwrappers';
import { clearWeakrefs } from '../weakrefs';
import { newModuleType } from './array';
import { registerModule, constRefsUnknownModules, type ModuleData } from './registry';

/** sizeof(stringio): 3.12 added the module-state pointer and the interned readnl/writenl pair
 * of fields (Modules/_io/stringio.c); the PyGC_Head (16 bytes) comes on top. */
function stringioBasicsize(): number {
  return P.minor >= 12 ? 168 : 120;
}

class StringIOData {
  /** The stream's characters (code points), string_size = chars.length. */
  chars: string[] = [];
  pos = 0;
  closed = false;
  /** readnl: PyUnicode_FromString(newline), the 1-char '\n' singleton (cleared by close()). */
  readnl: PyObject | null = null;
  /** ACCUMULATING (else REALIZED). */
  accumulating = false;
  /** Up to 3.11, the _PyAccu's `small` list while accumulating. */
  accu: PyObject | null = null;
  /** The instance __dict__, made only by iobase_finalize's `_finalizing = True`. */
  dict: PyObject | null = null;
}

let ioBaseType: PyObject;
let textIOBaseType: PyObject;
let stringIOType: PyObject;

function sd(o: PyObject): StringIOData {
  return o.v as StringIOData;
}

function none(): PyObject {
  return incref(S.None);
}

/** What tracemalloc and sys._debugmallocstats() would show is not CPython's after `what`. */
function mallocInexact(what: string, why: string): void {
  tmInexact(why);
  if (R.mallocUnknownCall === '') {
    R.mallocUnknownCall = what;
    R.mallocUnknownWhy = why;
  }
}

/** The PyMem buffers of a StringIO (its Py_UCS4 buffer, the _PyUnicodeWriter's string) are not
 * laid out by HeapLens. */
function buffersInexact(): void {
  mallocInexact('io.StringIO', "io.StringIO's PyMem buffers (the Py_UCS4 buffer and _PyUnicodeWriter of Modules/_io/stringio.c) are not laid out by HeapLens");
}

/** CHECK_CLOSED (stringio.c). */
function checkClosed(o: PyObject): StringIOData {
  const s = sd(o);
  if (s.closed) raise(T.ValueError, 'I/O operation on closed file');
  return s;
}

/** iobase_check_closed (iobase.c): the `closed` attribute, with its own message (a full stop). */
function iobaseCheckClosed(o: PyObject): void {
  const c = getAttr(o, 'closed');
  const closed = truthy(c);
  decref(c);
  if (closed) raise(T.ValueError, 'I/O operation on closed file.');
}

/** _PyAccu_Init (3.8-3.11: `small = PyList_New(0)`) / _PyUnicodeWriter_Init: ACCUMULATING. */
function accuInit(s: StringIOData): void {
  s.accumulating = true;
  if (P.minor < 12) s.accu = newList([]);
}

/** _PyAccu_Finish / _PyUnicodeWriter_Finish: the text so far as one string, the accumulator gone.
 * PyUnicode_Join of the list gives its only item itself, '' for none. */
function accuFinish(s: StringIOData): PyObject {
  s.accumulating = false;
  const list = s.accu;
  s.accu = null;
  if (list === null) return slice(s, 0, s.chars.length);
  const items = list.v as PyObject[];
  const r = items.length === 1 ? incref(items[0]) : newStr(items.map((x) => x.v as string).join(''));
  decref(list);
  return r;
}

/** make_intermediate (getvalue, and read() of everything from 0, while accumulating): the
 * joined text, which a new accumulator then starts with. */
function makeIntermediate(s: StringIOData): PyObject {
  const r = accuFinish(s);
  accuInit(s);
  accuAppend(s, r);
  return r;
}

/** _PyAccu_Accumulate (a list append; the list is joined at 100000 items, not simulated). */
function accuAppend(s: StringIOData, str: PyObject): void {
  const list = s.accu;
  if (list === null) return;
  if ((list.v as PyObject[]).length + 1 >= 100000) throw new NotSimulated("io.StringIO's 100000th accumulated write", ST.line, 'its accumulator then joins the strings into a second list (Objects/accu.c flush_accumulator), which HeapLens does not simulate');
  listAppend(list, str);
}

/** realize / ENSURE_REALIZED: the accumulated text moves into the Py_UCS4 buffer. */
function realize(s: StringIOData): void {
  if (s.accumulating) decref(accuFinish(s));
}

/** _PyAccu_Destroy / _PyUnicodeWriter_Dealloc. */
function accuDestroy(s: StringIOData): void {
  const list = s.accu;
  s.accu = null;
  s.accumulating = false;
  if (list !== null) decref(list);
}

/** A string of the stream's characters [from, to): PyUnicode_FromKindAndData and
 * _PyUnicodeWriter_Finish both give the empty and 1-char latin-1 singletons. */
function slice(s: StringIOData, from: number, to: number): PyObject {
  return newStr(s.chars.slice(from, to).join(''));
}

/** write_str: appended to the accumulator at the end of the stream; otherwise (realized)
 * overwriting from pos (an overseek pads with NULs), extending the stream. */
function writeStr(s: StringIOData, obj: PyObject): number {
  const cs = [...(obj.v as string)];
  if (s.accumulating) {
    if (s.chars.length === s.pos) accuAppend(s, obj);
    else realize(s);
  }
  while (s.chars.length < s.pos) s.chars.push('\0');
  for (let i = 0; i < cs.length; i++) s.chars[s.pos + i] = cs[i];
  s.pos += cs.length;
  return cs.length;
}

/** _stringio_readline with the default newline ('\n', no translation): up to and including the
 * next '\n', at most `limit` characters (negative: no limit); '' past the end. */
function readline(s: StringIOData, limit: number): PyObject {
  if (s.pos >= s.chars.length) return newStr('');
  const avail = s.chars.length - s.pos;
  const lim = limit < 0 || limit > avail ? avail : limit;
  let n = lim;
  for (let i = 0; i < lim; i++) {
    if (s.chars[s.pos + i] === '\n') {
      n = i + 1;
      break;
    }
  }
  const r = slice(s, s.pos, s.pos + n);
  s.pos += n;
  return r;
}

/** A Py_ssize_t(accept={int, NoneType}) argument (read's and readline's size): None is -1. */
function sizeArg(o: PyObject | null): number {
  const v = o === null ? null : optionalSsizeArg(o);
  if (v === null) return -1;
  return typeof v === 'bigint' ? (v < 0n ? -1 : Number.MAX_SAFE_INTEGER) : v;
}

/** stringio_new + _io_StringIO___init___impl: StringIO(initial_value='', newline='\n'). */
function stringioNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type !== stringIOType) throw new NotSimulated(`an instance of a subclass of io.StringIO (${(type.v as TypeInfo).name})`, ST.line, 'HeapLens simulates io.StringIO itself only');
  const [value, newline] = parseArgs('StringIO', args, kwnames, ['initial_value', 'newline'], 0);
  if (newline !== null && !(newline.t === T.str && newline.v === '\n')) {
    throw new NotSimulated("io.StringIO's newline argument", ST.line, "HeapLens simulates only the default newline='\\n' (no newline translation)");
  }
  if (value !== null && value !== S.None && value.t !== T.str) raise(T.TypeError, `initial_value must be str or None, not ${typeName(value)}`);
  buffersInexact();
  const o = ioAlloc(stringIOType, new StringIOData(), stringioBasicsize());
  const s = sd(o);
  // readnl = PyUnicode_FromString("\n"): the latin-1 singleton
  s.readnl = newStr('\n');
  if (value !== null && value !== S.None && (value.v as string).length > 0) {
    writeStr(s, value);
    s.pos = 0;
  } else accuInit(s);
  return o;
}

/** stringio_dealloc, after PyObject_CallFinalizerFromDealloc ran iobase_finalize (_IOBase's
 * tp_finalize, `__del__`): an open StringIO is closed first, through a `_finalizing = True` set
 * in a new instance dict. */
function stringioDealloc(o: PyObject): void {
  ioDealloc(o, stringioBasicsize(), () => {
    const s = sd(o);
    accuDestroy(s);
    if (s.readnl !== null) decref(s.readnl);
    s.readnl = null;
  });
}

/** The deallocation shared by StringIO and BytesIO: PyObject_CallFinalizerFromDealloc (iobase's
 * finalizer, once), untrack, the object's own references (`clearOwn`), the instance dict, the
 * weak references, the block, and (3.12+) the reference to the heap type. */
function ioDealloc(o: PyObject, basicsize: number, clearOwn: () => void): void {
  if ((o.f & F_FINALIZED) === 0) {
    o.f |= F_FINALIZED;
    o.rc = 1;
    iobaseFinalize(o);
    o.rc--;
    if (o.rc !== 0) throw new NotSimulated(`an ${typeName(o)} object resurrected by its finalizer`, ST.line);
  }
  gcUntrack(o);
  clearOwn();
  const data = o.v as { dict: PyObject | null };
  const d = data.dict;
  data.dict = null;
  if (d !== null) decref(d);
  clearWeakrefs(o);
  o.v = null;
  freeBlock(o, basicsize + 16);
  gcCountFree();
  if (P.minor >= 12) decref(o.t);
}

/** tp_alloc of an _io object: a GC block (3.12+: a reference to its heap type), tracked. */
function ioAlloc(type: PyObject, data: object, basicsize: number): PyObject {
  const o = new PyObject(type, data, null, F_GC);
  allocBlock(o, basicsize + 16);
  gcAllocHook();
  // (3.12+: _io's types are heap types, their instances hold a reference to them)
  if (P.minor >= 12) type.rc++;
  gcTrack(o);
  return o;
}

/** iobase_finalize (iobase.c): if `closed` is false, set `_finalizing` and call close(). */
function iobaseFinalize(o: PyObject): void {
  const c = getAttr(o, 'closed');
  const closed = truthy(c);
  decref(c);
  if (closed) return;
  // (the blocks of the dict and of its key are not reproduced block for block)
  mallocInexact(`finalizing an open ${typeName(o)}`, "iobase_finalize sets `_finalizing` in a new instance dict (Modules/_io/iobase.c), whose blocks HeapLens does not reproduce; close() the object first");
  const s = o.v as { dict: PyObject | null };
  // PyObject_SetAttr(self, "_finalizing", True): _PyObjectDict_SetItem makes the dict
  // (PyDict_New: _io's types have a tp_dictoffset, no cached keys)
  if (s.dict === null) s.dict = newDict();
  dictSetStr(s.dict, '_finalizing', S.True);
  const close = getAttr(o, 'close');
  try {
    decref(call(close, []));
  } finally {
    decref(close);
  }
}

function initIOBase(ti: TypeInfo): void {
  ti.gc = true;
  ti.new = null;
}

/** What StringIO and BytesIO share: GC (traversing the heap type on 3.12+ and the instance dict),
 * weak references, iobase's finalizer, and the __dict__ (tp_dictoffset) whose attributes stop. */
function initIOObject(ti: TypeInfo, name: string): void {
  ti.gc = true;
  ti.hasWeakref = true;
  ti.hasFinalizer = true;
  ti.traverse = (o, visit) => {
    if (P.minor >= 12) visit(o.t);
    const d = (o.v as { dict: PyObject | null } | null)?.dict ?? null;
    if (d !== null) visit(d);
  };
  ti.setattr = () => {
    throw new NotSimulated(`setting an attribute of an io.${name} object`, ST.line, `HeapLens does not simulate a ${name}'s instance __dict__`);
  };
}

/** Reading one of `names` (attributes CPython's type has and HeapLens's lacks) stops. */
function stopAttrs(type: PyObject, name: string, names: readonly string[], has: string): void {
  const ti = type.v as TypeInfo;
  const generic = ti.getattr as NonNullable<TypeInfo['getattr']>;
  // (CPython's tp_getattro is PyObject_GenericGetAttr: LOAD_METHOD finds the methods unbound)
  ti.genericGetattro = true;
  ti.getattr = (o, attr) => {
    if (names.includes(attr)) throw new NotSimulated(`io.${name}.${attr}`, ST.line, `HeapLens simulates ${has} of a ${name}`);
    return generic(o, attr);
  };
}

function initStringIO(ti: TypeInfo): void {
  ti.basicsize = stringioBasicsize;
  ti.new = stringioNew;
  ti.dealloc = stringioDealloc;
  initIOObject(ti, 'StringIO');
  // stringio_iternext (with iobase_iter's check of `closed`)
  ti.iter = (o) => {
    iobaseCheckClosed(o);
    return incref(o);
  };
  ti.next = (o) => {
    const s = checkClosed(o);
    realize(s);
    const line = readline(s, -1);
    if ((line.v as string).length === 0) {
      decref(line);
      return null;
    }
    return line;
  };
}

/** The attributes CPython's StringIO has (its own and _TextIOBase's / _IOBase's) that HeapLens
 * does not: reading one stops. */
const UNSIMULATED = ['__dict__', '__getstate__', '__setstate__', '_checkClosed', '_checkReadable', '_checkSeekable', '_checkWritable', 'detach', 'encoding', 'errors',
  'fileno', 'flush', 'isatty', 'line_buffering', 'newlines', 'readlines', 'truncate', 'writelines'];

function defineStringIO(): void {
  defMethods(ioBaseType, {
    // iobase_enter / iobase_exit (METH_VARARGS: the call packs its arguments into a tuple)
    __enter__: (self, args, kw) => {
      noArgs('__enter__', args, kw);
      iobaseCheckClosed(self);
      return incref(self);
    },
    __exit__: (self, args, kw) => {
      if (kw !== null && kw.length > 0) raise(T.TypeError, '__exit__() takes no keyword arguments');
      const t = newTuple(args.map((a) => incref(a)));
      try {
        const close = getAttr(self, 'close');
        try {
          return call(close, []);
        } finally {
          decref(close);
        }
      } finally {
        decref(t);
      }
    },
    __del__: (self, args, kw) => {
      noArgs('__del__', args, kw);
      iobaseFinalize(self);
      return none();
    },
  });
  defMethods(stringIOType, {
    write: (self, args, kw) => {
      const obj = oneArg('write', args, kw);
      if (!isSubtype(obj.t, T.str)) raise(T.TypeError, `string argument expected, got '${typeName(obj)}'`);
      if (obj.t !== T.str) throw new NotSimulated('writing a str subclass instance to an io.StringIO', ST.line);
      const s = checkClosed(self);
      buffersInexact();
      return newInt((obj.v as string).length > 0 ? writeStr(s, obj) : 0);
    },
    getvalue: (self, args, kw) => {
      noArgs('getvalue', args, kw);
      const s = checkClosed(self);
      return s.accumulating ? makeIntermediate(s) : slice(s, 0, s.chars.length);
    },
    read: (self, args, kw) => {
      argRange('read', args, kw, 0, 1);
      let size = sizeArg(args[0] ?? null);
      const s = checkClosed(self);
      const n = s.chars.length - s.pos;
      if (size < 0 || size > n) size = Math.max(n, 0);
      // (the optimisation for seek(0); read())
      if (s.accumulating && s.pos === 0 && size === n) {
        const all = makeIntermediate(s);
        s.pos = s.chars.length;
        return all;
      }
      realize(s);
      const r = slice(s, s.pos, s.pos + size);
      s.pos += size;
      return r;
    },
    readline: (self, args, kw) => {
      argRange('readline', args, kw, 0, 1);
      const size = sizeArg(args[0] ?? null);
      const s = checkClosed(self);
      realize(s);
      return readline(s, size);
    },
    tell: (self, args, kw) => {
      noArgs('tell', args, kw);
      return newInt(checkClosed(self).pos);
    },
    seek: (self, args, kw) => {
      argRange('seek', args, kw, 1, 2);
      const p = ssizeArg(args[0]);
      const w = args.length > 1 ? ssizeArg(args[1]) : 0;
      if (typeof p === 'bigint' || typeof w === 'bigint') throw new NotSimulated('io.StringIO.seek() beyond 2**53', ST.line);
      const s = checkClosed(self);
      if (w !== 0 && w !== 1 && w !== 2) raise(T.ValueError, `Invalid whence (${w}, should be 0, 1 or 2)`);
      if (p < 0 && w === 0) raise(T.ValueError, `Negative seek position ${p}`);
      if (w !== 0 && p !== 0) raise(T.OSError, "Can't do nonzero cur-relative seeks");
      s.pos = w === 1 ? s.pos : w === 2 ? s.chars.length : p;
      return newInt(s.pos);
    },
    readable: (self, args, kw) => (noArgs('readable', args, kw), checkClosed(self), incref(S.True)),
    writable: (self, args, kw) => (noArgs('writable', args, kw), checkClosed(self), incref(S.True)),
    seekable: (self, args, kw) => (noArgs('seekable', args, kw), checkClosed(self), incref(S.True)),
    close: (self, args, kw) => {
      noArgs('close', args, kw);
      // _io_StringIO_close_impl: closed, the buffers freed, readnl/writenl/decoder cleared
      const s = sd(self);
      s.closed = true;
      s.chars = [];
      accuDestroy(s);
      const nl = s.readnl;
      s.readnl = null;
      if (nl !== null) decref(nl);
      return none();
    },
  });
  defGetters(stringIOType, { closed: (o) => incref(sd(o).closed ? S.True : S.False) });
  stopAttrs(stringIOType, 'StringIO', UNSIMULATED, 'write, getvalue, read, readline, seek, tell, close, closed, iteration and `with`');
}

// ---------------------------------------------------------------- BytesIO (Modules/_io/bytesio.c)

/** sizeof(bytesio); BytesIO's __sizeof__ adds sys.getsizeof of its buffer unless it is shared. */
const BYTESIO_BASICSIZE = 64;

class BytesIOData {
  /** The buffer: a bytes object, at least string_size long; null once closed. Shared (its
   * reference count above 1: SHARED_BUF) after getvalue() or read() handed it out, or when it is
   * the initial bytes; the next write copies it (unshare_buffer). */
  buf: PyObject | null = null;
  size = 0;
  pos = 0;
  dict: PyObject | null = null;
}

let bytesIOType: PyObject;

function bd(o: PyObject): BytesIOData {
  return o.v as BytesIOData;
}

/** check_closed (bytesio.c): its message has a full stop. */
function bytesCheckClosed(o: PyObject): BytesIOData & { buf: PyObject } {
  const b = bd(o);
  if (b.buf === null) raise(T.ValueError, 'I/O operation on closed file.');
  return b as BytesIOData & { buf: PyObject };
}

function shared(b: BytesIOData): boolean {
  return (b.buf as PyObject).rc > 1;
}

/** unshare_buffer: a new bytes of `size` (PyBytes_FromStringAndSize(NULL, size)) holding the
 * stream's bytes. */
function unshareBuffer(b: BytesIOData, size: number): void {
  const old = b.buf as PyObject;
  b.buf = newBytesFresh(((old.v as string).slice(0, b.size)).padEnd(size, '\0'));
  decref(old);
}

/** _PyBytes_Resize of the unshared buffer: in place (PyObject_Realloc). */
function bytesResize(b: BytesIOData, size: number): void {
  const buf = b.buf as PyObject;
  const cur = buf.v as string;
  if (cur.length === size) return;
  if (cur.length === 0) {
    b.buf = newBytesFresh('\0'.repeat(size));
    decref(buf);
    return;
  }
  reallocBlock(buf, bytesSize(cur), 33 + size);
  buf.v = size < cur.length ? cur.slice(0, size) : cur.padEnd(size, '\0');
}

/** resize_buffer: the same growth rules as StringIO's (and list_resize's over-allocation). */
function bytesResizeBuffer(b: BytesIOData, size: number): void {
  let alloc = ((b.buf as PyObject).v as string).length;
  if (size < alloc / 2) alloc = size + 1;
  else if (size < alloc) return;
  else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (shared(b)) unshareBuffer(b, alloc);
  else bytesResize(b, alloc);
}

/** write_bytes: the buffer grown (or unshared), an overseek padded with NULs. */
function writeBytes(o: PyObject, data: PyObject): number {
  const b = bytesCheckClosed(o);
  const text = bufferStr(data);
  if (text === null) raise(T.TypeError, `a bytes-like object is required, not '${typeName(data)}'`);
  const len = text.length;
  if (len === 0) return 0;
  const end = b.pos + len;
  if (end > (b.buf.v as string).length) bytesResizeBuffer(b, end);
  else if (shared(b)) unshareBuffer(b, Math.max(end, b.size));
  const buf = b.buf as PyObject;
  const cur = buf.v as string;
  const start = cur.slice(0, b.pos);
  buf.v = (b.pos > b.size ? cur.slice(0, b.size).padEnd(b.pos, '\0') : start) + text + cur.slice(end);
  b.pos = end;
  if (b.size < end) b.size = end;
  return len;
}

/** read_bytes: the buffer itself when that is all of it (more than one byte, from 0), else a
 * new bytes (PyBytes_FromStringAndSize: the shared empty and 1-byte objects). */
function readBytes(b: BytesIOData & { buf: PyObject }, size: number): PyObject {
  const cur = b.buf.v as string;
  if (size > 1 && b.pos === 0 && size === cur.length) {
    b.pos += size;
    return incref(b.buf);
  }
  const r = newBytes(cur.slice(b.pos, b.pos + size));
  b.pos += size;
  return r;
}

/** scan_eol: the length up to and including the next b'\n' (at most `limit`, negative: none). */
function scanEol(b: BytesIOData & { buf: PyObject }, limit: number): number {
  if (b.pos >= b.size) return 0;
  const max = b.size - b.pos;
  const len = limit < 0 || limit > max ? max : limit;
  const i = (b.buf.v as string).slice(b.pos, b.pos + len).indexOf('\n');
  return i >= 0 ? i + 1 : len;
}

/** bytesio_new + _io_BytesIO___init___impl: BytesIO(initial_bytes=b''). */
function bytesioNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (type !== bytesIOType) throw new NotSimulated(`an instance of a subclass of io.BytesIO (${(type.v as TypeInfo).name})`, ST.line, 'HeapLens simulates io.BytesIO itself only');
  const [init] = parseArgs('BytesIO', args, kwnames, ['initial_bytes'], 0);
  const o = ioAlloc(bytesIOType, new BytesIOData(), BYTESIO_BASICSIZE);
  const b = bd(o);
  // PyBytes_FromStringAndSize(NULL, 0): the empty bytes
  b.buf = newBytes('');
  if (init !== null && init !== S.None) {
    if (init.t === T.bytes) {
      const old = b.buf;
      b.buf = incref(init);
      decref(old);
      b.size = (init.v as string).length;
    } else {
      try {
        writeBytes(o, init);
      } catch (e) {
        decref(o);
        throw e;
      }
      b.pos = 0;
    }
  }
  return o;
}

function initBytesIO(ti: TypeInfo): void {
  ti.basicsize = () => BYTESIO_BASICSIZE;
  ti.new = bytesioNew;
  ti.dealloc = (o) => ioDealloc(o, BYTESIO_BASICSIZE, () => {
    const b = bd(o);
    const buf = b.buf;
    b.buf = null;
    if (buf !== null) decref(buf);
  });
  initIOObject(ti, 'BytesIO');
  // bytesio_sizeof
  ti.sizeof = (o) => {
    const b = bd(o);
    return BYTESIO_BASICSIZE + (b.buf !== null && !shared(b) ? bytesSize(b.buf.v as string) : 0);
  };
  // tp_iter = PyObject_SelfIter (no check of `closed`), tp_iternext = bytesio_iternext
  ti.iter = (o) => incref(o);
  ti.next = (o) => {
    const b = bytesCheckClosed(o);
    const n = scanEol(b, -1);
    return n === 0 ? null : readBytes(b, n);
  };
}

const BYTESIO_UNSIMULATED = ['__dict__', '__getstate__', '__setstate__', '_checkClosed', '_checkReadable', '_checkSeekable', '_checkWritable', 'detach', 'fileno',
  'flush', 'getbuffer', 'isatty', 'read1', 'readinto', 'readinto1', 'readlines', 'truncate', 'writelines'];

function defineBytesIO(): void {
  defMethods(bytesIOType, {
    write: (self, args, kw) => newInt(writeBytes(self, oneArg('write', args, kw))),
    getvalue: (self, args, kw) => {
      noArgs('getvalue', args, kw);
      const b = bytesCheckClosed(self);
      if (b.size <= 1) return newBytes((b.buf.v as string).slice(0, b.size));
      if (b.size !== (b.buf.v as string).length) {
        if (shared(b)) unshareBuffer(b, b.size);
        else bytesResize(b, b.size);
      }
      return incref(b.buf as PyObject);
    },
    read: (self, args, kw) => {
      argRange('read', args, kw, 0, 1);
      let size = sizeArg(args[0] ?? null);
      const b = bytesCheckClosed(self);
      const n = b.size - b.pos;
      if (size < 0 || size > n) size = Math.max(n, 0);
      return readBytes(b, size);
    },
    readline: (self, args, kw) => {
      argRange('readline', args, kw, 0, 1);
      const size = sizeArg(args[0] ?? null);
      const b = bytesCheckClosed(self);
      return readBytes(b, scanEol(b, size));
    },
    tell: (self, args, kw) => {
      noArgs('tell', args, kw);
      return newInt(bytesCheckClosed(self).pos);
    },
    seek: (self, args, kw) => {
      argRange('seek', args, kw, 1, 2);
      const p = ssizeArg(args[0]);
      const w = args.length > 1 ? ssizeArg(args[1]) : 0;
      if (typeof p === 'bigint' || typeof w === 'bigint') throw new NotSimulated('io.BytesIO.seek() beyond 2**53', ST.line);
      const b = bytesCheckClosed(self);
      if (p < 0 && w === 0) raise(T.ValueError, `negative seek value ${p}`);
      let pos = p;
      if (w === 1) pos += b.pos;
      else if (w === 2) pos += b.size;
      else if (w !== 0) raise(T.ValueError, `invalid whence (${w}, should be 0, 1 or 2)`);
      b.pos = Math.max(pos, 0);
      return newInt(b.pos);
    },
    readable: (self, args, kw) => (noArgs('readable', args, kw), bytesCheckClosed(self), incref(S.True)),
    writable: (self, args, kw) => (noArgs('writable', args, kw), bytesCheckClosed(self), incref(S.True)),
    seekable: (self, args, kw) => (noArgs('seekable', args, kw), bytesCheckClosed(self), incref(S.True)),
    close: (self, args, kw) => {
      noArgs('close', args, kw);
      const b = bd(self);
      const buf = b.buf;
      b.buf = null;
      if (buf !== null) decref(buf);
      return none();
    },
  });
  defGetters(bytesIOType, { closed: (o) => incref(bd(o).buf === null ? S.True : S.False) });
  stopAttrs(bytesIOType, 'BytesIO', BYTESIO_UNSIMULATED, 'write, getvalue, read, readline, seek, tell, close, closed, iteration and `with`');
}

registerModule('io', (mod) => {
  const d = mod.d as PyObject;
  const data = mod.v as ModuleData;
  data.opaque = new Set(['__loader__', '__spec__', '__dict__', '__doc__', '__file__', '__cached__', '__builtins__']);
  data.partial = true;
  // (what refers to the module — sys.modules, the standard streams' import, site — is counted
  // per import set by CPython and not measured here)
  constRefsUnknownModules.add(mod);
  ioBaseType = newModuleType('_io._IOBase', '_io', initIOBase);
  textIOBaseType = newModuleType('_io._TextIOBase', '_io', initIOBase, ioBaseType);
  stringIOType = newModuleType('_io.StringIO', '_io', initStringIO, textIOBaseType);
  const bufferedIOBaseType = newModuleType('_io._BufferedIOBase', '_io', initIOBase, ioBaseType);
  bytesIOType = newModuleType('_io.BytesIO', '_io', initBytesIO, bufferedIOBaseType);
  for (const t of [ioBaseType, textIOBaseType, stringIOType, bufferedIOBaseType, bytesIOType]) {
    constRefsUnknown.set(t, "the _io module's types are referred to by start-up's io module, the standard streams and their own caches, which HeapLens does not count one by one");
  }
  defineStringIO();
  defineBytesIO();
  dictSetStr(d, 'StringIO', stringIOType);
  dictSetStr(d, 'BytesIO', bytesIOType);
  const pkg = newStr('');
  pkg.f |= F_RUNTIME;
  dictSetStr(d, '__package__', pkg);
  decref(pkg);
});
