// str (Objects/unicodeobject.c): compact strings with a kind (ASCII, Latin-1, UCS-2, UCS-4) that
// decides the size, the empty-string and 1-char Latin-1 singletons, and the interned table.
import { PyObject, F_INTERNED, F_IMMORTAL, F_RUNTIME, F_STR_UTF8, F_HASHED, F_STATIC } from './object';
import { P, T, allocBlock, freeBlock, makeStatic, incref, NotSimulated, ST, allocBuffer, freeBuffer, R, decref, reallocBlock } from './core';
import { START_INTERNED } from './startinterned';
import { IMPORT_INTERNED, IMPORT_INTERNED_MODULES } from './importinterned';

/** Kind codes kept in `o.d`: 0 = not yet computed. */
export const K_ASCII = 1, K_LATIN1 = 2, K_UCS2 = 3, K_UCS4 = 4;

export function kindOf(s: string): number {
  let k = K_ASCII;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const c2 = s.charCodeAt(i + 1);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) return K_UCS4;
    }
    if (c < 0x100) { if (k < K_LATIN1) k = K_LATIN1; }
    else if (k < K_UCS2) k = K_UCS2;
  }
  return k;
}

export function strKind(o: PyObject): number {
  let k = o.d as number;
  if (k === 0) {
    k = kindOf(o.v as string);
    o.d = k;
  }
  return k;
}

/** Length in code points (JS strings store astral characters as two UTF-16 units). */
export function strLen(o: PyObject): number {
  const s = o.v as string;
  if (strKind(o) !== K_UCS4) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const c2 = s.charCodeAt(i + 1);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Code points of a str (for UCS-4 indexing). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** str.__sizeof__: the compact object's size incl. the trailing NUL. 3.12+ Latin-1 1-char
 * singletons also count their cached UTF-8 copy (measured: sys.getsizeof('\xe9') == 61). */
export function strSizeof(o: PyObject): number {
  const base = strBlockSize(o);
  // PyUnicode_AsUTF8's cached copy (a separate allocation) counts in __sizeof__
  return (o.f & F_STR_UTF8) !== 0 ? base + utf8Length(o.v as string) + 1 : base;
}

/** The UTF-8 length of a str value (lone surrogates as three bytes each). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** PyUnicode_AsUTF8 on a str: a non-ASCII string keeps its UTF-8 form in a buffer of its own
 * from then on (type names, __slots__ names), which sys.getsizeof counts. `o.gr` (gc_refs,
 * unused by a str, which the collector never tracks) keeps the buffer's address. */
export function cacheUtf8(o: PyObject): void {
  if ((o.f & F_STR_UTF8) !== 0 || strKind(o) === K_ASCII) return;
  if (o.t !== T.str) throw new NotSimulated('the UTF-8 form CPython caches in an instance of a str subclass', ST.line);
  const s = o.v as string;
  if (/[\ud800-\udfff]/.test(s) && Array.from(s).some((c) => c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) {
    raiseHooks.surrogates(o);
  }
  // the 3.12+ Latin-1 singletons come with theirs (see strBlockSize)
  if (P.minor >= 12 && s.length === 1 && o === latin1Chars[s.charCodeAt(0)]) return;
  o.gr = allocBuffer(utf8Length(s) + 1);
  o.f |= F_STR_UTF8;
}

/** Set by strmethods: the UnicodeEncodeError PyUnicode_AsUTF8 raises for lone surrogates. */
export const raiseHooks = {
  surrogates: (_o: PyObject): never => { throw new Error('unbound'); },
};

/** The compact object's own block. */
function strBlockSize(o: PyObject): number {
  const k = strKind(o);
  if (k === K_ASCII) return P.strAsciiHeader + (o.v as string).length + 1;
  const n = k === K_UCS4 ? strLen(o) : (o.v as string).length;
  const width = k === K_LATIN1 ? 1 : k === K_UCS2 ? 2 : 4;
  let size = P.strCompactHeader + (n + 1) * width;
  if (k === K_LATIN1 && n === 1 && o === latin1Chars[(o.v as string).charCodeAt(0)] && P.minor >= 12) {
    size += 3; // utf8 cache: 2 bytes + NUL
  }
  return size;
}

// ---------------------------------------------------------------- singletons and interning

let EMPTY: PyObject = undefined as unknown as PyObject;
let latin1Chars: PyObject[] = [];
/** sys.intern / compiler interning: JS string -> the interned str object. */
let interned = new Map<string, PyObject>();

let charBaselines: Record<string, number> | null = null;

/** 3.8/3.10 make a Latin-1 singleton on its first use (get_latin1_char) and keep it for good:
 * these are the ones not made yet when a program starts (after `import tracemalloc`; measured
 * with tracemalloc on 3.8.18 and 3.10.13). The first use of one while tracing is a traced block
 * that stays. */
const LATIN1_LAZY: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 96, ...Array.from({ length: 129 }, (_, i) => 127 + i)];
let latin1Lazy: Set<number> | null = null;

/** 3.12: the Latin-1 singletons start-up had interned already (their INTERNED_STRINGS entry
 * exists; measured with sys.intern under tracemalloc after `import sys, gc, tracemalloc`, the same
 * with every simulated module imported), and those the run interned since. */
const STATIC_INTERNED_12 = new Set('*01ABCIKLMNPSTUX_abcdefghijklmnopqrstuvwxy'.split('').map((c) => c.charCodeAt(0)));
let staticInterned12 = new Set<number>();
function staticIntern12(code: number): void {
  if (code >= 256 || STATIC_INTERNED_12.has(code) || staticInterned12.has(code)) return;
  staticInterned12.add(code);
  if (R.tm !== null) R.tm.addPhantom(32);
}

/** A run starts with an empty interned table: the previous run's str objects belong to its own
 * types (call first thing, before any dict of the new run gets keys). */
export function resetInternedTable(): void {
  interned = new Map();
  importImmortal = null;
  importMortal13 = null;
}

/** The strings the run's imports have changed (null: none yet), with the module that did: 3.13
 * made them immortal, 3.8-3.11 hold references to them. */
let importImmortal: Map<string, string> | null = null;
let importTable: Map<string, number> | null = null;
let importTableFor = '';
/** 3.13: the strings the run's imports hold references to without making them immortal (the
 * names a module written in C binds: its dict's keys, its types' methods), with the module. */
let importMortal13: Map<string, string> | null = null;
let importChangedTable: Map<string, number> | null = null;

/** A simulated module's first import in a run. 3.13 loads a module's code from its .pyc, and
 * marshal interns the strings the compiler had interned (names, identifier-like constants) as
 * immortal (Python/marshal.c, _PyUnicode_InternImmortal): an equal string the script interned
 * becomes that immortal object, and one it interns later is found immortal. 3.8-3.11 intern them
 * mortal, and the module's code and data that stay alive hold references to the script's string:
 * its count is no longer known (importChangedCount). Measured per module and version
 * (scripts/record-import-interned.py). */
export function importInterned(module: string): void {
  const rec = IMPORT_INTERNED[P.id];
  const bit = IMPORT_INTERNED_MODULES.indexOf(module);
  if (rec === undefined || bit < 0) return;
  if (importTable === null || importTableFor !== P.id) {
    importTable = new Map(Object.entries(rec.extra));
    importTableFor = P.id;
    for (const e of rec.table.split(' ')) {
      const k = e.lastIndexOf(':');
      importTable.set(e.slice(0, k), parseInt(e.slice(k + 1), 16));
    }
    importChangedTable = new Map();
    if (rec.changed !== undefined)
      for (const e of rec.changed.split(' ')) {
        const k = e.lastIndexOf(':');
        importChangedTable.set(e.slice(0, k), parseInt(e.slice(k + 1), 16));
      }
  }
  if (importChangedTable !== null && importChangedTable.size > 0) {
    const mortal = importMortal13 ?? (importMortal13 = new Map());
    for (const [str, mask] of importChangedTable) if ((mask & (1 << bit)) !== 0 && !mortal.has(str)) mortal.set(str, module);
  }
  const seen = importImmortal ?? (importImmortal = new Map());
  const immortal = P.minor === 13 && P.immortalRefcnt !== null;
  for (const [str, mask] of importTable) {
    if ((mask & (1 << bit)) === 0 || seen.has(str)) continue;
    seen.set(str, module);
    if (!immortal) continue;
    const o = interned.get(str);
    if (o !== undefined && !(o.f & F_IMMORTAL)) makeStatic(o, 0);
  }
}

/** 3.8-3.11: the module whose import holds references to an interned string equal to `s` (its
 * count is not known), or null. */
export function importChangedCount(s: string): string | null {
  if (P.minor === 13) return importMortal13?.get(s) ?? null;
  if (importImmortal === null || P.minor >= 12) return null;
  return importImmortal.get(s) ?? null;
}

/** 3.13: is an equal string immortal when it is interned (start-up's or an import's)? */
function internsImmortal13(s: string): boolean {
  return startInterned(s) === 'immortal' || (importImmortal !== null && importImmortal.has(s));
}

export function resetStrState(bl: { emptyStr: number; chars: Record<string, number>; internedChars?: Record<string, number> } | null): void {
  latin1Chars = new Array(256);
  latin1Lazy = P.minor <= 10 ? new Set(LATIN1_LAZY) : null;
  staticInterned12 = new Set();
  interned = new Map();
  importImmortal = null;
  importMortal13 = null;
  identifiers = new Map();
  // 3.11/3.12 start with some 1-char identifiers interned as their own static strings (the
  // runtime's global strings), not the Latin-1 singletons: there `'a' is chr(97)` is False
  // (measured: the chars c with sys.intern(chr(c)) is not chr(c)).
  const pre = P.minor === 11 ? 'BCLST_abcdefhijklmnopqrstvwxy' : P.minor === 12 ? '_abcdenprsx' : '';
  globalStrs = [];
  for (const c of pre) {
    const o = rawStr(c, K_ASCII);
    o.f |= F_INTERNED;
    // static (999999999) plus the references start-up made to it (measured on 3.11: the modules it
    // loaded from .pyc files use these names)
    makeStatic(o, bl?.internedChars?.[String(c.charCodeAt(0))] ?? 999999999);
    interned.set(c, o);
    globalStrs.push(o);
  }
  EMPTY = rawStr('', K_ASCII);
  charBaselines = bl?.chars ?? null;
  makeStatic(EMPTY, bl?.emptyStr ?? 0);
}

/** The runtime's static 1-char identifier strings (3.11/3.12), made by resetStrState. */
let globalStrs: PyObject[] = [];

export function globalStrings(): PyObject[] {
  return globalStrs;
}

function rawStr(s: string, kind: number): PyObject {
  return new PyObject(T.str, s, kind, F_RUNTIME);
}

/** A new str object (new reference). Length-0 and 1-char Latin-1 results are the shared
 * singletons, as unicode_result()/get_latin1_char() make them. */
export function newStr(s: string): PyObject {
  const n = s.length;
  if (n === 0) {
    EMPTY.rc++;
    return EMPTY;
  }
  if (n === 1) {
    const c = s.charCodeAt(0);
    if (c < 256) return latin1Char(c);
  }
  const o = new PyObject(T.str, s, 0, 0);
  allocBlock(o, strBlockSize(o));
  return o;
}

/** PyUnicode_New + fill: a new str object even for one Latin-1 character (the case methods);
 * only the empty string is the shared singleton. */
export function newStrFresh(s: string, kind = 0): PyObject {
  if (s.length === 0) return emptyStr();
  const o = new PyObject(T.str, s, kind, 0);
  allocBlock(o, strBlockSize(o));
  return o;
}

/** A str whose kind is known (concatenation: the wider of the two kinds). */
export function newStrKind(s: string, kind: number): PyObject {
  if (s.length <= 1) return newStr(s);
  const o = new PyObject(T.str, s, kind, 0);
  allocBlock(o, strBlockSize(o));
  return o;
}

/** A str known to be ASCII (skips the kind scan). */
export function newAsciiStr(s: string): PyObject {
  const n = s.length;
  if (n <= 1) return newStr(s);
  const o = new PyObject(T.str, s, K_ASCII, 0);
  allocBlock(o, P.strAsciiHeader + n + 1);
  return o;
}

/** PyUnicode_Append(&left, right) for two exact strs: `left` is owned and a new reference comes
 * back. A string nothing else references (refcount 1, no cached hash, not interned) grows in
 * place by realloc (resize_compact) when `right`'s kind fits (not ASCII += non-ASCII); otherwise
 * a new string is made and `left` released. */
export function unicodeAppend(left: PyObject, right: PyObject): PyObject {
  const lv = left.v as string, rv = right.v as string;
  if (lv.length === 0 && left === EMPTY) {
    left.rc--;
    right.rc++;
    return right;
  }
  if (rv.length === 0 && right === EMPTY) return left;
  const lk = strKind(left), rk = strKind(right);
  // only UCS-2/UCS-4 text can hold surrogates; reading `lv`'s last unit otherwise would make V8
  // flatten the string `+=` built, a copy of the whole text per append
  if (lk >= K_UCS2 && rk >= K_UCS2) guardSurrogateJoin(lv, rv);
  const modifiable = left.rc === 1 && !(left.f & (F_HASHED | F_INTERNED | F_IMMORTAL | F_STATIC)) && left.t === T.str;
  if (modifiable && right.t === T.str && rk <= lk && !(lk === K_ASCII && rk !== K_ASCII)) {
    const oldBytes = strSizeof(left);
    left.v = lv + rv;
    reallocBlock(left, oldBytes, strSizeof(left));
    return left;
  }
  const res = newStrKind(lv + rv, Math.max(lk, rk));
  decref(left);
  return res;
}

/** The Latin-1 1-char singletons created so far (the others do not exist yet). */
export function latin1Created(): PyObject[] {
  return latin1Chars.filter((o) => o !== undefined);
}

/** The Latin-1 1-char singleton (borrowed; made if it does not exist yet). */
export function latin1Borrowed(c: number): PyObject {
  const o = latin1Char(c);
  o.rc--;
  return o;
}

export function latin1Char(c: number): PyObject {
  if (latin1Lazy !== null && latin1Lazy.delete(c) && R !== undefined && R.tm !== null) R.tm.addPhantom(c < 128 ? 50 : 74);
  let o = latin1Chars[c];
  if (o === undefined) {
    // Created by the interpreter before the program ran (not program heap).
    o = new PyObject(T.str, String.fromCharCode(c), c < 128 ? K_ASCII : K_LATIN1, F_RUNTIME);
    latin1Chars[c] = o;
    // Static on 3.12+ (immortal) and cached for the interpreter's lifetime before: the absolute
    // count includes references from the interpreter's own startup.
    makeStatic(o, charBaselines?.[String(c)] ?? 0);
  }
  o.rc++;
  return o;
}

export function emptyStr(): PyObject {
  EMPTY.rc++;
  return EMPTY;
}

/** The '' singleton (borrowed). */
export function emptyStrBorrowed(): PyObject {
  return EMPTY;
}

export function strDealloc(o: PyObject): void {
  if (o.f & F_INTERNED) interned.delete(o.v as string);
  if (o.f & F_STR_UTF8) {
    freeBuffer(o.gr, utf8Length(o.v as string) + 1);
    o.f &= ~F_STR_UTF8;
    o.gr = 0;
  }
  freeBlock(o, strBlockSize(o));
}

/** PyUnicode_InternInPlace: returns the interned object for `o`'s value (new reference); `o` is
 * consumed. Mortal interned strings do not count the interned table's references
 * (Objects/unicodeobject.c: Py_SET_REFCNT(s, Py_REFCNT(s) - 2)); 3.12 makes them immortal. */
export function internInPlace(o: PyObject, immortal: boolean): PyObject {
  if (o.f & F_INTERNED) return o;
  const s = o.v as string;
  const existing = interned.get(s);
  if (existing !== undefined) {
    existing.rc++;
    if (--o.rc === 0) strDealloc(o);
    if (immortal && !(existing.f & F_IMMORTAL) && P.immortalRefcnt !== null) makeStatic(existing, 0);
    return existing;
  }
  if (o.f & F_IMMORTAL) {
    // '' and 1-char singletons are already shared; 3.12 puts a statically allocated one into the
    // runtime's INTERNED_STRINGS hashtable on its first interning: an entry (32 bytes) that stays
    if (P.minor === 12 && s.length === 1) staticIntern12(s.charCodeAt(0));
    return o;
  }
  o.f |= F_INTERNED;
  interned.set(s, o);
  // (3.13: a string start-up or an import interned as immortal is that immortal object)
  if ((immortal || P.minor === 13 && internsImmortal13(s)) && P.immortalRefcnt !== null) makeStatic(o, 0);
  return o;
}

/** The mask START_INTERNED records for `s`, or undefined. A run asks about a handful of strings,
 * so the table (6 000+ entries, sorted by code unit, "name:mask" separated by single spaces) is
 * binary-searched in place rather than split into a Map at start-up. */
function startMask(s: string): number | undefined {
  const tab = START_INTERNED;
  // [lo, hi): whole entries; lo is an entry's first character, hi one past an entry's last
  let lo = 0;
  let hi = tab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = Math.max(lo, tab.lastIndexOf(' ', mid - 1) + 1);
    let end = tab.indexOf(' ', start);
    if (end < 0 || end > hi) end = hi;
    const colon = tab.lastIndexOf(':', end - 1);
    const name = tab.slice(start, colon);
    if (name === s) return parseInt(tab.slice(colon + 1, end), 32);
    if (name < s) lo = end + 1;
    else hi = start - 1;
  }
  return undefined;
}

/** How CPython's start-up left an equal string: interned before the script ran and mortal (its
 * count includes the interpreter's references), interned and immortal (3.13), or not interned
 * (null). 3.12 makes every interned string immortal; 1-character strings have their own
 * baselines. Measured per version (scripts/record-start-interned.mjs). */
export function startInterned(s: string): 'mortal' | 'immortal' | null {
  if (s.length < 2 || P.minor === 12) return null;
  const m = startMask(s);
  if (m === undefined) return null;
  switch (P.minor) {
    case 8: return m & 1 ? 'mortal' : null;
    case 10: return m & 2 ? 'mortal' : null;
    case 11: return m & 4 ? 'mortal' : null;
    case 13: return m & 8 ? 'immortal' : m & 16 ? 'mortal' : null;
  }
  return null;
}

/** Why the reference count of `o` cannot be told: an interned str that CPython's start-up had
 * already interned (mortal): the object is start-up's, counted by the standard library's code
 * and data loaded before the script (which depends on the installation and on what was
 * imported). Null if it can. */
export function startInternedRefsUnknown(o: PyObject): string | null {
  if (o.t !== T.str || (o.f & F_INTERNED) === 0 || (o.f & F_IMMORTAL) !== 0) return null;
  if (startInterned(o.v as string) === 'mortal') return `the reference count of ${JSON.stringify(o.v)}, a string CPython's start-up had already interned (its count includes the references of the modules loaded before the script, which depend on the installation and on the imports)`;
  return null;
}

/** An interned str for a JS string (new reference). */
export function internStr(s: string, immortal: boolean): PyObject {
  const existing = interned.get(s);
  if (existing !== undefined) {
    if (immortal && !(existing.f & F_IMMORTAL) && P.immortalRefcnt !== null) makeStatic(existing, 0);
    existing.rc++;
    return existing;
  }
  return internInPlace(newStr(s), immortal);
}

/** The interned str equal to `s`, if there is one (borrowed; nothing is made). */
export function internedStr(s: string): PyObject | null {
  return interned.get(s) ?? null;
}

/** An identifier the interpreter interned before the program ran ('__dict__', '__doc__', ...):
 * the interned str as a new reference, without allocating program memory. */
export function identifier(s: string): PyObject {
  const hit = identifiers.get(s);
  if (hit !== undefined) {
    hit.rc++;
    return hit;
  }
  const o = new PyObject(T.str, s, 0, F_RUNTIME);
  // one reference for the caller and one that is never released (the interpreter's own)
  o.rc = 2;
  const r = internInPlace(o, P.interning !== 'mortal');
  identifiers.set(s, r);
  if (r !== o) r.rc++;
  return r;
}
let identifiers = new Map<string, PyObject>();

/** The interned string `s` if there is one (an identifier the program's code uses), else a new
 * string: the name object CPython's attribute and name errors hold. A new reference. */
/** The interned string equal to `s`, if there is one (borrowed). */
export function internedString(s: string): PyObject | undefined {
  return interned.get(s);
}

export function internedOrNew(s: string): PyObject {
  const existing = interned.get(s);
  if (existing !== undefined) {
    existing.rc++;
    return existing;
  }
  return newStr(s);
}

export function isInterned(o: PyObject): boolean {
  return (o.f & F_INTERNED) !== 0 || interned.get(o.v as string) === o;
}

/** Names the compiler interns (`all_name_chars`, Objects/codeobject.c): ASCII letters, digits, _. */
export function allNameChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

// ---------------------------------------------------------------- repr

export { strRepr, isPrintable } from '../util/repr';
import { strRepr } from '../util/repr';

export function strObjRepr(o: PyObject): PyObject {
  return newStr(strRepr(o.v as string));
}

export { incref };

/** Text built by putting `b` after `a` that would join a high surrogate to a low one: two code
 * points in Python, one astral character in a JavaScript string. The run stops instead. */
export function guardSurrogateJoin(a: string, b: string): void {
  if (a.length !== 0) guardAfter(a.charCodeAt(a.length - 1), b);
}

/** guardSurrogateJoin given the last UTF-16 unit of the text so far. Callers that append
 * repeatedly keep that unit instead of reading it back: reading a character of a string built by
 * `+=` makes V8 flatten it, which turned every append into a copy of the whole text. */
export function guardAfter(last: number, b: string): void {
  if (last >= 0xd800 && last <= 0xdbff && b.length !== 0) {
    const y = b.charCodeAt(0);
    if (y >= 0xdc00 && y <= 0xdfff) {
      throw new NotSimulated('a str that puts a low surrogate right after a high one', ST.line, 'Python keeps the two code points; HeapLens keeps str values as JavaScript strings, which read them as one character');
    }
  }
}

/** The pieces joined, each boundary checked with guardSurrogateJoin. */
export function joinChecked(parts: string[], sep = ''): string {
  let out = '';
  let last = -1;
  const sepLast = sep.length === 0 ? -1 : sep.charCodeAt(sep.length - 1);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && sep !== '') {
      guardAfter(last, sep);
      out += sep;
      last = sepLast;
    }
    const p = parts[i];
    if (p.length === 0) continue;
    guardAfter(last, p);
    out += p;
    last = p.charCodeAt(p.length - 1);
  }
  return out;
}
