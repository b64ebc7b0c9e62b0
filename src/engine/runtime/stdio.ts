// sys.stdout and sys.stderr as CPython's TextIOWrapper (Modules/_io/textio.c) over a
// BufferedWriter (Modules/_io/bufferedio.c) keeps them: written text waits in `pending_bytes`
// until 8 KiB have gathered (or, line buffered, until a newline), and what waits there is
// visible to the program. ASCII text is kept as the str object itself, so printing a string
// holds a reference to it (`print(s); sys.getrefcount(s)` is one higher when stdout is a pipe);
// from the second pending piece on, the pieces are held in a list, a GC allocation that shows in
// gc.get_count().
//
// The flush is a call of buffer.write(), which may call raw.write() (the BufferedWriter holds
// st_blksize bytes: 4096 on a pipe): each is a recursion level (recursion.ts), and a
// RecursionError there loses the text that was pending, as CPython does.
//
// stdout has two modes, as CPython chooses at start-up: 'pipe' (a pipe or a file: block
// buffered) and 'tty' (a terminal: line buffered, flushed at every newline; there the
// BufferedWriter's size is the terminal's, and the levels of a flush count as uncertain).
// stderr is line buffered from 3.9, block buffered on 3.8.
import { P, R, T, ST, NotSimulated, decref, allocBuffer, freeBuffer } from './core';
import { newList, listAppend } from './list';
import { newBytes } from './bytes';
import { cEnter, cLeave, uEnter, uLeave, WHILE_CALLING } from './recursion';
import { builtinMethodOf, releaseBuiltinMethod } from './classes';
import { PyObject, F_RUNTIME } from './object';

export type StdoutMode = 'pipe' | 'tty';

/** TextIOWrapper's chunk_size. */
const CHUNK_SIZE = 8192;
/** The BufferedWriter's buffer_size on a pipe (st_blksize). */
const BUFFER_SIZE = 4096;

class TextIO {
  /** pending_bytes: null, one str/bytes object, or a list of them. */
  pending: PyObject | null = null;
  pendingCount = 0;
  /** How many entries at the end of `out` are the pending text. */
  pendingPieces = 0;
  /** The BufferedWriter's fill. */
  bufPos = 0;
  /** Writes begun (to notice a write made while another one allocates). */
  writes = 0;
  constructor(readonly out: string[], readonly lineBuffering: boolean, readonly exactBuffer: boolean) {}
}

let stdout: TextIO | null = null;
let stderr: TextIO | null = null;

export function resetStdio(m: StdoutMode): void {
  bufferObject = null;
  stdout = new TextIO(R.out, m === 'tty', m === 'pipe');
  stderr = new TextIO(R.err, P.minor >= 9, true);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function utf8(s: string): string {
  return unescape(encodeURIComponent(s));
}

/** _io_TextIOWrapper_write_impl for sys.stdout: `text` is a str object (borrowed). The caller
 * has entered the write call's own recursion level. */
export function stdoutWrite(text: PyObject): void {
  textWrite(stdout as TextIO, text);
}

/** The same for sys.stderr. */
export function stderrWrite(text: PyObject): void {
  textWrite(stderr as TextIO, text);
}

/** What the BufferedWriter's bound methods hold as self. */
let bufferObject: PyObject | null = null;

/** TextIOWrapper.flush() of sys.stdout (`err`: sys.stderr). 3.8 calls buffer.flush through
 * _PyObject_CallMethodId, which makes a bound builtin method (from 3.8's PyCFunction free list:
 * taken from an empty one it is a GC allocation that the free list then keeps, so
 * gc.get_count() stays one higher); 3.10+ call it as an unbound method. */
export function streamFlush(err: boolean): void {
  const io = (err ? stderr : stdout) as TextIO;
  writeflush(io);
  if (P.minor !== 8) {
    bufferFlush(io);
    return;
  }
  if (bufferObject === null) bufferObject = new PyObject(T.object, null, null, F_RUNTIME);
  const m = builtinMethodOf('flush', bufferObject);
  try {
    bufferFlush(io);
  } finally {
    releaseBuiltinMethod(m);
  }
}

function textWrite(io: TextIO, text: PyObject): void {
  io.writes++;
  const s = text.v as string;
  const needflush = io.lineBuffering && (s.includes('\n') || s.includes('\r'));
  // The UTF-8 encoder's fast path keeps ASCII text up to chunk_size as it is (bpo-43260); anything
  // else is encoded to bytes.
  let b: PyObject;
  let len: number;
  if (s.length <= CHUNK_SIZE && isAscii(s)) {
    text.rc++;
    b = text;
    len = s.length;
  } else {
    const enc = utf8(s);
    b = newBytes(enc);
    len = enc.length;
  }
  if (P.minor >= 13 && len >= CHUNK_SIZE) {
    // gh-87426 (3.13; 3.11.9 and 3.12.4 too, not the profiled 3.11.7 and 3.12.1): a big piece
    // first flushes what is pending
    try {
      writeflush(io);
    } catch (e) {
      decref(b);
      throw e;
    }
  }
  if (io.pending === null) {
    io.pending = b;
  } else if (P.minor < 13 && io.pendingCount + len > CHUNK_SIZE) {
    try {
      writeflush(io);
    } catch (e) {
      decref(b);
      throw e;
    }
    io.pending = b;
  } else if (io.pending.t !== T.list) {
    // PyList_New(2) comes first, then PyList_SET_ITEM(list, 0, self->pending_bytes): if that
    // allocation starts a collection whose finalizer writes to the same stream (a print in
    // __del__), CPython puts the list the nested write made inside its own and the stream can
    // no longer flush ("expected bytes, list found", its text lost, exit status 120)
    const writes = io.writes;
    const list = newList([io.pending, b]);
    if (io.writes !== writes) {
      throw new NotSimulated(`writing to sys.${io === stdout ? 'stdout' : 'stderr'} from a finalizer of a collection that started inside a write to it`, ST.line, "CPython's TextIOWrapper nests the pending pieces the inner write made inside its own list, after which the stream cannot flush (its text is lost, with 'expected bytes, list found' at exit)");
    }
    io.pending = list;
  } else {
    listAppend(io.pending, b);
    decref(b);
  }
  io.out.push(s);
  io.pendingPieces++;
  io.pendingCount += len;
  if (io.pendingCount >= CHUNK_SIZE || needflush) writeflush(io);
  if (needflush) bufferFlush(io);
}

/** A call the I/O stack makes (buffer.write, raw.write, buffer.flush): a recursion level, or an
 * uncertain one where the buffer's size is not known. */
function ioCall<X>(io: TextIO, f: () => X): X {
  if (io.exactBuffer) {
    cEnter(WHILE_CALLING);
    try {
      return f();
    } finally {
      cLeave();
    }
  }
  const py = P.minor <= 11 ? 1 : 0;
  uEnter(py, 1 - py);
  try {
    return f();
  } finally {
    uLeave(py, 1 - py);
  }
}

/** _textiowrapper_writeflush: the pending pieces become one bytes object for buffer.write(); if
 * that call fails, they are lost. */
function writeflush(io: TextIO): void {
  const p = io.pending;
  if (p === null) return;
  const n = io.pendingCount;
  const pieces = io.pendingPieces;
  // A str piece or a list of pieces is copied into a new bytes object; a bytes piece is reused.
  const joined = p.t === T.bytes ? null : newBytes('\0'.repeat(n));
  io.pending = null;
  io.pendingCount = 0;
  io.pendingPieces = 0;
  decref(p);
  try {
    ioCall(io, () => bufferedWrite(io, n));
  } catch (e) {
    io.out.splice(io.out.length - pieces, pieces);
    throw e;
  } finally {
    if (joined !== null) decref(joined);
  }
}

/** BufferedWriter.write of `n` bytes: what fits joins the buffer; otherwise the buffer is
 * written out first, and a piece bigger than the buffer goes to raw.write() itself. */
function bufferedWrite(io: TextIO, n: number): void {
  if (n <= BUFFER_SIZE - io.bufPos) {
    io.bufPos += n;
    return;
  }
  if (io.bufPos > 0) {
    rawWrite(io, io.bufPos);
    io.bufPos = 0;
  }
  if (n > BUFFER_SIZE) rawWrite(io, n);
  else io.bufPos = n;
}

/** buffer.flush(): the buffer's bytes go to raw.write(). */
function bufferFlush(io: TextIO): void {
  ioCall(io, () => {
    if (io.bufPos > 0) {
      rawWrite(io, io.bufPos);
      io.bufPos = 0;
    }
  });
}

/** _bufferedwriter_raw_write of `n` bytes: a memoryview of the buffer (its managed buffer, then
 * the view) passed to raw.write(), which answers the count written as an int
 * (PyLong_FromSsize_t); the view is released before the count. */
function rawWrite(io: TextIO, n: number): void {
  const mbuf = allocBuffer(128);
  const view = allocBuffer(184);
  const count = n > 256 ? 24 + 4 * (n < 1073741824 ? 1 : 2) : 0;
  let res = 0;
  try {
    ioCall(io, () => undefined);
    if (count > 0) res = allocBuffer(count);
  } finally {
    freeBuffer(mbuf, 128);
    freeBuffer(view, 184);
    if (res !== 0) freeBuffer(res, count);
  }
}
