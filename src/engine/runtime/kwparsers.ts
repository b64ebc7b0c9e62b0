// The keyword tuples of builtins' argument parsers (Python/getargs.c, parser_init).
//
// A builtin whose arguments Argument Clinic (or a hand-written static _PyArg_Parser) parses keeps
// a tuple of its keyword names in the parser. Up to 3.11 parser_init makes it the first time the
// parser is used: the first call with keyword arguments (the fast path of _PyArg_UnpackKeywords
// skips the parser for a positional call with a valid count), or a call whose positional count is
// wrong. The tuple is a GC-tracked tuple of interned strings that lives as long as the
// interpreter: the call that makes it moves gc.get_count() by one more, and each keyword string
// gets a reference. From 3.12 Argument Clinic gives the core's parsers a static tuple; only the
// hand-written parsers (3.13's min and max) and those of modules built outside the core (math)
// still make one. CPython's start-up has already called some builtins with keywords.
//
// Which builtins make a tuple, with which names, which of them share one parser (sorted() passes
// its keywords on to list.sort()), and what importing a simulated module readies, are measured
// per version (scripts/record-kwparsers.py, in baselines.json).
import type { PyObject } from './object';
import { P, PyErr, T, allocBuffer, freeBuffer } from './core';
import { isSubtype } from './types';
import { newTuple } from './tuple';
import { S } from './abstract';
import { identifier } from './classes';
import { internStr, internedString, startInterned } from './str';
import { pythonLevelCall, loadedModules } from './modules/registry';
import { kwParsersFor } from '../profiles/baselines';

/** The parsers the run initialised (their root keys), and those whose state a failed positional
 * call left unknown. */
let made = new Set<string>();
let unknown = new Set<string>();
/** The tuples made, kept for the life of the run as CPython keeps them. */
let kept: PyObject[] = [];

export function resetKwParsers(): void {
  made = new Set();
  unknown = new Set();
  kept = [];
}

/** The parser behind `key` ('round()', 'str.split()', 'collections.deque()'...) if its first
 * use makes a keyword tuple on this version, as [root key, keyword names]; null if it makes
 * none (no parser, a static tuple, or start-up already made it). */
function parserOf(key: string): [string, string[]] | null {
  const table = kwParsersFor(P);
  if (table === null) return null;
  let v = table.parsers[key];
  if (v === undefined) return null;
  let root = key;
  if (typeof v === 'string') {
    root = v.slice(1);
    v = table.parsers[root];
    if (typeof v !== 'object') return null;
  }
  for (const m of loadedModules().keys()) if (table.readiedBy[m]?.includes(root)) return null;
  return [root, v];
}

/** parser_init for the builtin `key`: on its first use the keyword tuple is made (PyTuple_New,
 * then each name decoded by PyUnicode_FromString into a new str that PyUnicode_InternInPlace
 * drops for the interned one start-up made). */
export function parserInit(key: string): void {
  const p = parserOf(key);
  if (p === null) return;
  const [root, names] = p;
  if (made.has(root)) return;
  made.add(root);
  if (unknown.has(root)) {
    pythonLevelCall(key, `HeapLens does not know whether an earlier call of ${key} that failed had already built its argument parser's tuple of keyword names (a GC-tracked tuple CPython makes on the parser's first use)`);
    return;
  }
  // PyTuple_New first, then each name decoded and interned into it
  const items: PyObject[] = names.map(() => S.None);
  const t = newTuple(items);
  for (let i = 0; i < names.length; i++) {
    const k = names[i];
    // a name start-up or the program interned already: the decoded copy is dropped for it; a
    // new one is interned and kept (the tuple holds its only reference)
    if (k.length > 1 && (internedString(k) !== undefined || startInterned(k) !== null)) {
      const bytes = P.strAsciiHeader + k.length + 1;
      freeBuffer(allocBuffer(bytes), bytes);
      items[i] = internedString(k) !== undefined ? internStr(k, false) : identifier(k);
    } else items[i] = internStr(k, false);
  }
  kept.push(t);
}

/** A call of the builtin `key` without keywords failed with an exception: if it was a TypeError
 * about the arguments, CPython may have gone through parser_init (a positional count outside the
 * parser's fast path) or not (a converter's error): the parser's state becomes unknown. */
export function failedPositionalCall(key: string, e: unknown): void {
  if (!(e instanceof PyErr) || !isSubtype(e.exc.t, T.TypeError)) return;
  const p = parserOf(key);
  if (p === null || made.has(p[0]) || unknown.has(p[0])) return;
  unknown.add(p[0]);
  pythonLevelCall(key, `a call of ${key} failed with a TypeError: CPython may have built its argument parser's tuple of keyword names (a GC-tracked tuple made on the parser's first use) before it failed, or not, depending on the arguments`);
}

/** The builtin type whose argument parser a call of `t` with keywords reaches: the first
 * builtin type of the MRO whose tp_new or tp_init the type uses. */
export function typeParserKey(t: PyObject): string | null {
  const ti = t.v as { mro: PyObject[]; new: unknown; init: unknown; heap: boolean; name: string };
  for (const b of ti.mro) {
    const bi = b.v as typeof ti;
    if (bi.heap) continue;
    if (bi === ti || (bi.new !== null && bi.new === ti.new) || (bi.init !== null && bi.init === ti.init)) return `${bi.name}()`;
    return null;
  }
  return null;
}

/** The parser a call of the type `t` reaches. A subclass's call goes through type_call to the
 * builtin tp_new even where the builtin type's own vectorcall parses the arguments by hand (3.11's
 * enumerate): when that parser differs it is measured as '<type>() subclass'. */
function typeCallKey(t: PyObject, viaTpNew = (t.v as { heap: boolean }).heap): string | null {
  const key = typeParserKey(t);
  if (key === null) return null;
  return viaTpNew && parserOf(`${key} subclass`) !== null ? `${key} subclass` : key;
}

/** A call of the type `t` with keywords: its argument parser's first use (see parserInit).
 * `viaTpNew`: the call reaches tp_new directly (T.__new__(T, ...), tp_new_wrapper). */
export function typeParserInit(t: PyObject, viaTpNew?: boolean): void {
  const key = typeCallKey(t, viaTpNew);
  if (key !== null) parserInit(key);
}

/** A positional call of the type `t` failed (see failedPositionalCall). */
export function failedTypeCall(t: PyObject, e: unknown): void {
  const key = typeCallKey(t);
  if (key !== null) failedPositionalCall(key, e);
}
