// sys.stdout as CPython's TextIOWrapper (Modules/_io/textio.c) keeps it: written text waits in
// `pending_bytes` until 8 KiB have gathered (or, on a terminal, until a newline), and what waits
// there is visible to the program. ASCII text is kept as the str object itself, so printing a
// string holds a reference to it (`print(s); sys.getrefcount(s)` is one higher when stdout is a
// pipe); from the second pending piece on, the pieces are held in a list, a GC allocation that
// shows in gc.get_count().
//
// Two modes, as CPython chooses at start-up: 'pipe' (stdout is a pipe or a file: block
// buffered) and 'tty' (a terminal: line buffered, flushed at every newline).
import type { PyObject } from './object';
import { P, R, T, decref } from './core';
import { newList, listAppend } from './list';
import { newBytes } from './bytes';

export type StdoutMode = 'pipe' | 'tty';

/** TextIOWrapper's chunk_size. */
const CHUNK_SIZE = 8192;

let mode: StdoutMode = 'pipe';
/** pending_bytes: null, one str/bytes object, or a list of them. */
let pending: PyObject | null = null;
let pendingCount = 0;

export function resetStdio(m: StdoutMode): void {
  mode = m;
  pending = null;
  pendingCount = 0;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function utf8(s: string): string {
  return unescape(encodeURIComponent(s));
}

/** _io_TextIOWrapper_write_impl for sys.stdout: `text` is a str object (borrowed). */
export function stdoutWrite(text: PyObject): void {
  const s = text.v as string;
  R.out.push(s);
  const needflush = mode === 'tty' && (s.includes('\n') || s.includes('\r'));
  // The UTF-8 encoder's fast path keeps ASCII text as it is; anything else is encoded to bytes.
  let b: PyObject;
  let len: number;
  if (isAscii(s)) {
    text.rc++;
    b = text;
    len = s.length;
  } else {
    const enc = utf8(s);
    b = newBytes(enc);
    len = enc.length;
  }
  if (P.minor >= 11 && len >= CHUNK_SIZE) {
    // gh-87426: a big piece first flushes what is pending
    writeflush();
  }
  if (pending === null) {
    pending = b;
  } else if (P.minor < 11 && pendingCount + len > CHUNK_SIZE) {
    writeflush();
    pending = b;
  } else if (pending.t !== T.list) {
    pending = newList([pending, b]);
  } else {
    listAppend(pending, b);
    decref(b);
  }
  pendingCount += len;
  if (pendingCount >= CHUNK_SIZE || needflush) writeflush();
}

/** _textiowrapper_writeflush: the pending pieces become one bytes object for the buffer. */
function writeflush(): void {
  const p = pending;
  if (p === null) return;
  // A str piece or a list of pieces is copied into a new bytes object; a bytes piece is reused.
  const joined = p.t === T.bytes ? null : newBytes('\0'.repeat(pendingCount));
  pending = null;
  pendingCount = 0;
  decref(p);
  if (joined !== null) decref(joined);
}
