// The Unicode database of the simulated CPython version (Objects/unicodectype.c's lookups, from
// unicodedb.ts): character classes for the str predicates, strip/split, the full case mappings,
// and the East Asian width tracebacks measure carets with. Each version's table is built on its
// first use.
import { UNICODE_BASE, UNICODE_PATCHES } from './unicodedb';
import { P } from './core';
import { reprHooks } from '../util/repr';

export const U_SPACE = 1, U_DECIMAL = 2, U_DIGIT = 4, U_NUMERIC = 8, U_ALPHA = 16, U_PRINTABLE = 32,
  U_UPPER = 64, U_LOWER = 128, U_TITLE = 256, U_XID_START = 512, U_XID_CONTINUE = 1024, U_WIDE = 2048,
  U_CASE_IGNORABLE = 4096;
/** _PyUnicode_IsCased: Uppercase, Lowercase or titlecase. */
export const U_CASED = U_UPPER | U_LOWER | U_TITLE;

const N = 0x110000;
/** upper, lower, title, casefold (full mappings, as strings) */
export type CaseMaps = [string, string, string, string];

interface Ucd { flags: Uint16Array; cases: Map<number, CaseMaps> }
const tables = new Map<number, Ucd>();

function decodeCase(s: string, into: Map<number, CaseMaps>): void {
  if (s === '') return;
  let cp = 0;
  for (const entry of s.split(',')) {
    const colon = entry.indexOf(':');
    cp += parseInt(entry.slice(0, colon), 36);
    const c = cp;
    const maps = entry.slice(colon + 1).split('|').map((m) => (m === '' ? String.fromCodePoint(c) : String.fromCodePoint(...m.split(';').map((d) => c + parseInt(d, 36)))));
    into.set(cp, maps as CaseMaps);
  }
}

function build(minor: number): Ucd {
  const flags = new Uint16Array(N);
  let prev = 0, prevFlags = 0;
  for (const run of UNICODE_BASE.runs.split(',')) {
    const dot = run.indexOf('.');
    const cp = prev + parseInt(run.slice(0, dot), 36);
    flags.fill(prevFlags, prev, cp);
    prev = cp;
    prevFlags = parseInt(run.slice(dot + 1), 36);
  }
  flags.fill(prevFlags, prev, N);
  const cases = new Map<number, CaseMaps>();
  decodeCase(UNICODE_BASE.case, cases);
  for (const v of [12, 11, 10, 8]) {
    if (v < minor) break;
    if (v === 13) continue;
    const p = UNICODE_PATCHES[v];
    let at = 0;
    if (p.runs !== '') {
      for (const r of p.runs.split(',')) {
        const [d, len, f] = r.split('.').map((x) => parseInt(x, 36));
        at += d;
        flags.fill(f, at, at + len);
      }
    }
    at = 0;
    if (p.removed !== '') {
      for (const r of p.removed.split(',')) {
        at += parseInt(r, 36);
        cases.delete(at);
      }
    }
    decodeCase(p.case, cases);
  }
  return { flags, cases };
}

let curMinor = -1;
let cur: Ucd | null = null;

function ucd(): Ucd {
  if (curMinor !== P.minor || cur === null) {
    let t = tables.get(P.minor);
    if (t === undefined) {
      t = build(P.minor);
      tables.set(P.minor, t);
    }
    cur = t;
    curMinor = P.minor;
  }
  return cur;
}

/** The flags of a code point in the simulated version's database. */
export function uflags(cp: number): number {
  return ucd().flags[cp];
}

/** The full case mappings of a code point (null: all unchanged). */
export function ucase(cp: number): CaseMaps | null {
  return ucd().cases.get(cp) ?? null;
}

/** Py_UNICODE_ISSPACE */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return (uflags(cp) & U_SPACE) !== 0;
}

/** Py_UNICODE_ISLINEBREAK (str.splitlines) */
export function isLineBreakCp(cp: number): boolean {
  return cp === 10 || cp === 11 || cp === 12 || cp === 13 || cp === 0x1c || cp === 0x1d || cp === 0x1e || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** unicodedata.east_asian_width(c) in "WF": two columns on a terminal. */
export function isWideCp(cp: number): boolean {
  return cp >= 0x1100 && (uflags(cp) & U_WIDE) !== 0;
}

/** Py_UNICODE_TODECIMAL: the value of a decimal digit (a character with a decimal value in the
 * version's database), or -1. Such digits come in runs of ten, from zero up. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || (uflags(cp) & U_DECIMAL) === 0) return -1;
  let start = cp;
  while ((uflags(start - 1) & U_DECIMAL) !== 0) start--;
  return (cp - start) % 10;
}

// repr() of a str escapes what the simulated version's database calls unprintable
reprHooks.isPrintable = (c: number): boolean => (uflags(c) & U_PRINTABLE) !== 0;
