// How many identifier and number objects CPython 3.10/3.11's parser makes for each token.
//
// The generated PEG parser (Parser/parser.c) calls _PyPegen_name_token / _PyPegen_number_token
// (Parser/pegen.c) each time a grammar item NAME or NUMBER (a lookahead `&NAME` included)
// matches a token, and each call makes a new object — an interned identifier, a parsed number —
// that the parser's arena keeps until the module finishes running (pythonrun.c frees the arena
// after run_mod). Backtracking matches a token again for every alternative that reaches it:
// `x = 1` makes `x` and `1` three times each, the expression statement `x` six times. So the
// reference counts of the shared identifiers and small ints while a program runs depend on the
// exact path the generated parser takes.
//
// This module walks that path: it runs the grammar as parser.c runs it — ordered alternatives,
// memoized rules (`_PyPegen_is_memoized`/`_PyPegen_insert_memo`), left-recursive rules grown as
// the generated `*_rule`/`*_raw` pair grows them, lookaheads, cuts, `_loop0`/`_loop1`/`_gather`
// helpers, and only the first pass's alternatives (the `invalid_*` ones run only after a syntax
// error) — over the program's tokens and counts the NAME and NUMBER matches per token. The
// grammar tables pegen310.json/pegen311.json are extracted from each release's parser.c by
// scripts/gen-pegen-grammar.mjs. The f-string replacement fields of 3.10/3.11 are compiled by a
// second parser over "(expr)" with the start rule `fstring` (string_parser.c
// fstring_compile_expr), into the same arena: their tokens are replayed the same way.
import g310 from './pegen310.json';
import g311 from './pegen311.json';

type Item = [string, ...unknown[]];
interface Alt { i: Item[]; x?: string }
interface Rule { n: string; m?: 1; l?: 1; k?: 0 | 1; a: (Alt | null)[] }
interface Grammar { start: number[]; rules: Rule[] }

/** A token as the generated parser sees it: its type key (an operator's or keyword's text,
 * 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER', 'ASYNC', 'AWAIT') and,
 * for a NAME, its text. */
export interface ReplayToken {
  key: string;
  str: string;
}

/** What the replay found: per token index, how many times the parser made its NAME's identifier
 * or its NUMBER's object, and where it ran the `strings` action (start, end token index). */
export interface ReplayCounts {
  names: Int32Array;
  numbers: Int32Array;
  strings: [number, number][];
  /** Dotted names joined by the action of `dotted_name` (import a.b): their text, per join. */
  dotted: string[];
  /** Identifier '*' made for `from m import *`. */
  stars: number;
}

const SOFT_KEYWORDS = ['_', 'case', 'match'];

/** Thrown when the walk meets something the first pass of a valid program cannot meet. */
export class ReplayMismatch extends Error {}

class Walk {
  pos = 0;
  readonly names: Int32Array;
  readonly numbers: Int32Array;
  readonly strings: [number, number][] = [];
  readonly dotted: string[] = [];
  stars = 0;
  /** memo per rule: token index -> end index (-1: failed). */
  private readonly memo: (Map<number, number> | undefined)[] = [];
  private cut = false;

  constructor(readonly g: Grammar, readonly toks: ReplayToken[]) {
    this.names = new Int32Array(toks.length);
    this.numbers = new Int32Array(toks.length);
  }

  private tok(): ReplayToken {
    return this.toks[Math.min(this.pos, this.toks.length - 1)];
  }

  private memoGet(id: number): number | undefined {
    return this.memo[id]?.get(this.pos);
  }

  private memoSet(id: number, at: number, end: number): void {
    let m = this.memo[id];
    if (m === undefined) this.memo[id] = m = new Map();
    m.set(at, end);
  }

  rule(id: number): boolean {
    const r = this.g.rules[id];
    if (r.l) return this.leftRec(id, r);
    if (r.m) {
      const end = this.memoGet(id);
      if (end !== undefined) {
        if (end < 0) return false;
        this.pos = end;
        return true;
      }
    }
    const mark = this.pos;
    if (r.k !== undefined) {
      // _loopN: the one alternative as often as it matches (_loop1: at least once)
      const alt = r.a[0] as Alt;
      let n = 0;
      let last = mark;
      for (;;) {
        this.pos = last;
        if (!this.items(alt.i)) break;
        n++;
        last = this.pos;
      }
      this.pos = last;
      return r.k === 0 || n > 0;
    }
    const res = this.alts(r);
    if (res === null) return false; // a cut failed: no memo entry (the generated code returns early)
    if (r.m) this.memoSet(id, mark, res ? this.pos : -1);
    return res;
  }

  /** A left-recursive rule: grow the seed while the raw alternatives get further. */
  private leftRec(id: number, r: Rule): boolean {
    const hit = this.memoGet(id);
    if (hit !== undefined) {
      if (hit < 0) return false;
      this.pos = hit;
      return true;
    }
    const mark = this.pos;
    let resmark = mark;
    let ok = false;
    for (;;) {
      this.memoSet(id, mark, ok ? resmark : -1);
      this.pos = mark;
      const raw = this.alts(r);
      if (!raw || this.pos <= resmark) break;
      resmark = this.pos;
      ok = true;
    }
    this.pos = resmark;
    return ok;
  }

  /** The alternatives in order: true (one matched), false (none), null (a cut alternative failed). */
  private alts(r: Rule): boolean | null {
    const mark = this.pos;
    for (const alt of r.a) {
      if (alt === null) continue; // invalid_*: second pass only
      const savedCut = this.cut;
      this.cut = false;
      const ok = this.items(alt.i);
      const cut = this.cut;
      this.cut = savedCut;
      if (ok) {
        if (alt.x !== undefined) this.action(alt.x, mark);
        return true;
      }
      this.pos = mark;
      if (cut) return null;
    }
    return false;
  }

  private action(x: string, mark: number): void {
    switch (x) {
      case 'strings': this.strings.push([mark, this.pos]); break;
      case 'dotted': {
        // dotted_name '.' NAME: the joined text of the tokens matched
        let s = '';
        for (let i = mark; i < this.pos; i++) s += this.toks[i].key === 'NAME' ? this.toks[i].str : '.';
        this.dotted.push(s);
        break;
      }
      case 'star': this.stars++; break;
    }
  }

  private items(items: Item[]): boolean {
    for (const it of items) if (!this.item(it)) return false;
    return true;
  }

  private item(it: Item): boolean {
    const t = this.tok();
    switch (it[0]) {
      case 'r': return this.rule(it[1] as number);
      case 'o': this.rule(it[1] as number); return true;
      case 't':
        if (t.key !== it[1]) return false;
        this.pos++;
        return true;
      case 'ot':
        if (t.key === it[1]) this.pos++;
        return true;
      case 'N': case 'oN':
        if (t.key === 'NAME') {
          this.names[this.pos]++;
          this.pos++;
          return true;
        }
        return it[0] === 'oN';
      case '#': case 'o#':
        if (t.key === 'NUMBER') {
          this.numbers[this.pos]++;
          this.pos++;
          return true;
        }
        return it[0] === 'o#';
      case 'S': case 'oS':
        if (t.key === 'STRING') {
          this.pos++;
          return true;
        }
        return it[0] === 'oS';
      case 'SK':
        // _PyPegen_soft_keyword_token: strncmp(keyword, token, len(token)) == 0
        if (t.key === 'NAME' && SOFT_KEYWORDS.some((k) => k.startsWith(t.str) && t.str.length > 0)) {
          this.names[this.pos]++;
          this.pos++;
          return true;
        }
        return false;
      case 'k':
        if (t.key === 'NAME' && t.str === it[1]) {
          this.names[this.pos]++;
          this.pos++;
          return true;
        }
        return false;
      case '~':
        this.cut = true;
        return true;
      case '&': {
        const mark = this.pos;
        const ok = this.item(it[2] as Item);
        this.pos = mark;
        return ok === (it[1] === 1);
      }
    }
    throw new ReplayMismatch(`unknown grammar item ${String(it[0])}`);
  }
}

function grammarFor(minor: number): Grammar {
  return (minor === 10 ? g310 : g311) as unknown as Grammar;
}

/** Replay the first pass of `file` (a module) or `fstring` (an f-string field's "(expr)") over
 * `toks`; null if the walk does not accept them (then the counts are unknown). */
export function replayParse(minor: 10 | 11, toks: ReplayToken[], start: 'file' | 'fstring'): ReplayCounts | null {
  const g = grammarFor(minor);
  const w = new Walk(g, toks);
  const ok = w.rule(g.start[start === 'file' ? 0 : 1]);
  if (!ok || (start === 'file' && w.pos !== toks.length)) return null;
  return { names: w.names, numbers: w.numbers, strings: w.strings, dotted: w.dotted, stars: w.stars };
}
