// A port of CPython's tokenizer (Parser/tokenizer.c): same tokens, same error messages and
// locations, for the versions in version.ts. The whole file is tokenized up front; the first
// tokenizer error is kept aside and only raised when the parser asks for the token at which CPython
// would have raised it (see parser.ts for how that mirrors CPython's lazy tokenization).

import type { VersionNum } from './version';
import { utf8Length } from '../util/text';

export const enum T {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  OP = 7,
  KEYWORD = 8,
}

export interface Token {
  type: T;
  /** Operator text, keyword, identifier (NFKC-normalized) or the literal's source text. */
  str: string;
  lineno: number;
  /** 0-based UTF-16 column; -1 for INDENT/DEDENT/ENDMARKER as in CPython (no source span). */
  col: number;
  endLineno: number;
  endCol: number;
  /** Source offsets of the token text. */
  start: number;
  end: number;
  /** The tokenizer's reading position once this token was produced (CPython's tok->cur). */
  curLine: number;
  curCol: number;
  /** Bracket nesting level after this token (CPython's token->level). */
  level: number;
  /** DEDENT/ENDMARKER produced once the tokenizer hit the end of the file (3.8 reports E_EOF). */
  atEof?: boolean;
  /** STRING: f-string token. */
  fstr?: boolean;
  /** SyntaxWarnings the tokenizer emitted while reading this token (3.11+: a number run into a
   * keyword), with the line it was on; shown when the parser fetches the token. */
  warns?: { msg: string; lineno: number }[];
  /** f-string replacement field: the ':' or '}' that ends the expression part. */
  fieldStop?: boolean;
  /**
   * 3.12+: an f-string the tokenizer failed inside; the token holds what was read. CPython
   * tokenizes f-strings lazily, so the parser meets this error only after the fields before it.
   */
  fbroken?: TokError;
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * 'exc': CPython raises it from inside the tokenizer (it then also wins over parser errors found
 * earlier in the file, see _PyPegen_tokenize_full_source_to_check_for_errors).
 * 'done': the tokenizer only sets tok->done (E_DEDENT, E_TABSPACE, E_LINECONT, E_EOF, E_TOODEEP):
 * reported only when the parser reaches it.
 */
export interface TokError {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  severity: 'exc' | 'done';
  /** Index in the token list at which the parser meets the error. */
  index: number;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  /** SyntaxError.text as CPython sets it (null: take the source line). */
  rawText: string | null;
  /** EOF inside brackets (3.10+: "'(' was never closed" handled by the parser driver). */
  eofInBrackets?: { ch: string; lineno: number; col: number };
  /** Raised inside an f-string (3.12+: such errors never replace an earlier parser error). */
  inFString?: boolean;
  /** Source offset where CPython's tokenizer stops before raising (default: the scan position). */
  at?: number;
}

const TWO_CHAR = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=',
  '>>', '@=', '^=', '|=',
]);
const THREE_CHAR = new Set(['**=', '...', '//=', '<<=', '>>=']);

const MAXINDENT = 100;
const MAXLEVEL = 200;

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isHex(c: number): boolean { return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70); }
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdentChar(c: number): boolean { return isIdentStart(c) || isDigit(c); }

const ID_START = /^[\p{ID_Start}_\u1885\u1886\u2118\u212E\u309B\u309C]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]$/u;

const NONPRINTABLE = /^[\p{C}\p{Z}]$/u;


export interface TokenizeResult {
  tokens: Token[];
  error: TokError | null;
  /** Line start offsets (index i = line i+1). */
  lineStarts: number[];
}

/** Thrown internally to stop the scan at the first tokenizer error. */
class Stop {
  constructor(readonly err: TokError) {}
}

export class Tokenizer {
  readonly src: string;
  readonly v: VersionNum;
  readonly lineStarts: number[];
  readonly tokens: Token[] = [];
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atbol = true;
  private pendin = 0;
  private indstack = [0];
  private altindstack = [0];
  private level = 0;
  private parens: { ch: string; lineno: number; col: number; spec?: boolean }[] = [];
  /** When tokenizing an f-string replacement field: stop at this offset. */
  private readonly limit: number;
  private readonly sub: boolean;
  /** Tokenizing an f-string replacement field: stop after a top-level ':' or '}'. */
  private readonly fieldMode: boolean;
  private stopped = false;

  constructor(src: string, v: VersionNum, lineStarts: number[], opts?: { start: number; end: number; lineno: number; field?: boolean }) {
    this.src = src;
    this.v = v;
    this.lineStarts = lineStarts;
    if (opts) {
      this.pos = opts.start;
      this.limit = opts.end;
      this.lineno = opts.lineno;
      this.lineStart = lineStarts[opts.lineno - 1]!;
      this.sub = true;
      this.atbol = false;
      this.level = 1;
      this.fieldMode = opts.field ?? false;
    } else {
      this.limit = src.length;
      this.sub = false;
      this.fieldMode = false;
    }
  }

  static lineStartsOf(src: string): number[] {
    const starts = [0];
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }

  // ------------------------------------------------------------------ helpers

  private ch(i = this.pos): number {
    return i < this.limit ? this.src.charCodeAt(i) : -1;
  }

  private lineText(lineno: number): string {
    const s = this.lineStarts[lineno - 1];
    if (s === undefined) return '';
    const e = this.src.indexOf('\n', s);
    return this.src.slice(s, e < 0 ? this.src.length : e);
  }

  /**
   * A column the parser (not the tokenizer) reports: UTF-8 bytes in 3.10-3.12 script mode,
   * characters in 3.13 (see Parser.cpCol).
   */
  private pegenCol(lineno: number, col16: number): number {
    const ls = this.lineStarts[lineno - 1] ?? 0;
    return this.v >= 313 ? this.cpCol(ls, ls + col16) : utf8Length(this.src.slice(ls, ls + col16));
  }

  /** Code-point count of src[lineStart, off): CPython's character offsets. */
  private cpCol(lineStart: number, off: number): number {
    let n = 0;
    for (let i = lineStart; i < off; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      n++;
    }
    return n;
  }

  private advanceLine(nlPos: number): void {
    this.lineno++;
    this.lineStart = nlPos + 1;
  }

  private make(type: T, start: number, end: number, str: string, startLine: number, startLineStart: number): Token {
    const t: Token = {
      type, str,
      lineno: startLine, col: start - startLineStart,
      endLineno: this.lineno, endCol: end - this.lineStart,
      start, end,
      curLine: this.lineno, curCol: this.pos - this.lineStart,
      level: this.level,
    };
    this.tokens.push(t);
    return t;
  }

  private makeNoSpan(type: T): Token {
    const t: Token = {
      type, str: '',
      lineno: this.lineno, col: -1, endLineno: this.lineno, endCol: -1,
      start: this.pos, end: this.pos,
      curLine: this.lineno, curCol: this.pos - this.lineStart,
      level: this.level,
    };
    this.tokens.push(t);
    return t;
  }

  /** CPython's syntaxerror(): location is the tokenizer's current position (tok->cur). */
  private err(msg: string, opts?: { kind?: TokError['kind']; severity?: TokError['severity']; col?: number; endCol?: number; lineno?: number; lineStart?: number }): Stop {
    const lineno = opts?.lineno ?? this.lineno;
    const ls = opts?.lineStart ?? this.lineStart;
    const col = opts?.col ?? this.cpCol(ls, Math.min(this.pos, this.src.length));
    return new Stop({
      kind: opts?.kind ?? 'SyntaxError',
      msg,
      severity: opts?.severity ?? 'exc',
      index: this.tokens.length,
      lineno,
      offset: col,
      end_lineno: lineno,
      end_offset: opts?.endCol ?? col,
      rawText: null,
    });
  }

  // ------------------------------------------------------------------ main loop

  tokenize(): TokenizeResult {
    try {
      for (;;) {
        const t = this.next();
        if (t.type === T.ENDMARKER) break;
      }
      return { tokens: this.tokens, error: null, lineStarts: this.lineStarts };
    } catch (e) {
      if (e instanceof Stop) return { tokens: this.tokens, error: e.err, lineStarts: this.lineStarts };
      throw e;
    }
  }

  private next(): Token {
    const src = this.src;
    if (this.stopped) return this.make(T.ENDMARKER, this.pos, this.pos, '', this.lineno, this.lineStart);
    let blankline = false;
    // nextline:
    for (;;) {
      blankline = false;
      if (this.atbol) {
        this.atbol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        for (;;) {
          const c = this.ch();
          if (c === 32) { col++; altcol++; this.pos++; }
          else if (c === 9) { col = (Math.floor(col / 8) + 1) * 8; altcol = altcol + 1; this.pos++; }
          else if (c === 12) { col = 0; altcol = 0; this.pos++; }
          else if (c === 92) {
            contLineCol = contLineCol || col;
            this.pos++;
            this.continuationLine();
          } else break;
        }
        const c = this.ch();
        if (c === 35 || c === 10 || c === -1) {
          // Whitespace/comment-only lines don't affect indentation. (At EOF, CPython also
          // treats the empty last line as blank.)
          blankline = true;
        }
        if (!blankline && this.level === 0) {
          col = contLineCol || col;
          altcol = contLineCol || altcol;
          const top = this.indstack.length - 1;
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) throw this.indentError();
          } else if (col > this.indstack[top]!) {
            if (this.indstack.length >= MAXINDENT) {
              // E_TOODEEP: reported like E_TABSPACE
              throw this.err('too many levels of indentation', {
                kind: 'IndentationError', severity: 'done', col: this.v >= 310 ? 1 : this.lineLenNl(), endCol: this.v >= 310 ? 0 : -1,
              });
            }
            if (altcol <= this.altindstack[top]!) throw this.indentError();
            this.pendin++;
            this.indstack.push(col);
            this.altindstack.push(altcol);
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]!) {
              this.pendin--;
              this.indstack.pop();
              this.altindstack.pop();
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              // E_DEDENT: tok->cur = tok->inp (end of the line) when CPython reports it.
              const e = this.src.indexOf('\n', this.pos);
              const eol = e < 0 ? this.src.length : e + 1;
              const off = this.cpCol(this.lineStart, eol);
              throw new Stop({
                kind: 'IndentationError', msg: 'unindent does not match any outer indentation level',
                severity: 'done', index: this.tokens.length, lineno: this.lineno,
                offset: off + (e < 0 ? 1 : 0),
                end_lineno: this.lineno, end_offset: -1, rawText: null,
              });
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.indentError();
          }
        }
      }

      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.makeNoSpan(T.DEDENT);
        }
        this.pendin--;
        return this.makeNoSpan(T.INDENT);
      }

      // again:
      for (;;) {
        let c = this.ch();
        while (c === 32 || c === 9 || c === 12) { this.pos++; c = this.ch(); }
        const start = this.pos;
        const startLine = this.lineno;
        const startLs = this.lineStart;
        if (c === 35) {
          // comment
          while (c !== -1 && c !== 10) { this.pos++; c = this.ch(); }
        }
        if (c === -1) {
          if (this.sub) return this.make(T.ENDMARKER, this.pos, this.pos, '', this.lineno, this.lineStart);
          if (this.level > 0) {
            const p = this.parens[this.parens.length - 1]!;
            throw this.eofError({ ch: p.ch, lineno: p.lineno, col: p.col });
          }
          return this.endOfFile();
        }
        // identifiers and string prefixes
        if (isIdentStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
            else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
            else break;
            this.pos++;
            c = this.ch();
            if (c === 34 || c === 39) return this.string(start, startLine, startLs, sawF, sawR);
          }
          let nonascii = false;
          while (c !== -1 && isIdentChar(c)) {
            if (c >= 128) nonascii = true;
            this.pos++;
            c = this.ch();
          }
          let name = src.slice(start, this.pos);
          if (nonascii) name = this.verifyIdentifier(start, name);
          return this.make(KEYWORDS.has(name) ? T.KEYWORD : T.NAME, start, this.pos, name, startLine, startLs);
        }
        // newline
        if (c === 10) {
          this.pos++;
          this.atbol = true;
          if (blankline || this.level > 0) {
            this.advanceLine(this.pos - 1);
            break; // goto nextline
          }
          // NEWLINE spans the '\n' in 3.12+ (end col = col + 1); earlier it is empty.
          const t: Token = {
            type: T.NEWLINE, str: '', lineno: this.lineno, col: start - this.lineStart,
            endLineno: this.lineno, endCol: start - this.lineStart + (this.v >= 312 ? 1 : 0),
            start, end: this.pos, curLine: this.lineno + 1, curCol: 0, level: this.level,
          };
          this.tokens.push(t);
          this.advanceLine(this.pos - 1);
          // (cont_line)
          return t;
        }
        // period or number starting with a period
        if (c === 46) {
          const c2 = this.ch(this.pos + 1);
          if (isDigit(c2)) {
            this.pos++;
            return this.number(start, startLine, startLs, true);
          }
          if (c2 === 46 && this.ch(this.pos + 2) === 46) {
            this.pos += 3;
            return this.make(T.OP, start, this.pos, '...', startLine, startLs);
          }
          this.pos++;
          return this.make(T.OP, start, this.pos, '.', startLine, startLs);
        }
        if (isDigit(c)) return this.number(start, startLine, startLs, false);
        if (c === 34 || c === 39) return this.string(start, startLine, startLs, false, false);
        // line continuation
        if (c === 92) {
          this.pos++;
          this.continuationLine();
          // (cont_line)
          continue; // goto again
        }
        if (this.fieldMode && this.parens.length === 0 && (c === 58 || c === 125)) {
          this.pos++;
          const t = this.make(T.OP, start, this.pos, String.fromCharCode(c), startLine, startLs);
          t.fieldStop = true;
          this.stopped = true;
          return t;
        }
        // operators
        const two = src.slice(this.pos, this.pos + 2);
        if (TWO_CHAR.has(two)) {
          const three = src.slice(this.pos, this.pos + 3);
          const op = THREE_CHAR.has(three) ? three : two;
          this.pos += op.length;
          return this.make(T.OP, start, this.pos, op, startLine, startLs);
        }
        this.pos++;
        const chs = String.fromCharCode(c);
        if (c === 40 || c === 91 || c === 123) {
          if (this.level >= MAXLEVEL) throw this.err('too many nested parentheses');
          this.parens.push({ ch: chs, lineno: this.lineno, col: start - this.lineStart });
          this.level++;
        } else if (c === 41 || c === 93 || c === 125) {
          // (a field's '{' left open by an f-string that ended in its format spec is popped
          // without a level: see scanReplacementField)
          const spec = this.parens.length > 0 && this.parens[this.parens.length - 1]!.spec === true;
          if (!spec && (this.level === 0 || this.parens.length === 0)) {
            throw this.err(this.sub ? `f-string: unmatched '${chs}'` : `unmatched '${chs}'`);
          }
          if (!spec) this.level--;
          const open = this.parens.pop()!;
          if (!((open.ch === '(' && c === 41) || (open.ch === '[' && c === 93) || (open.ch === '{' && c === 125))) {
            if (open.lineno !== this.lineno) {
              throw this.err(`closing parenthesis '${chs}' does not match opening parenthesis '${open.ch}' on line ${open.lineno}`);
            }
            throw this.err(`closing parenthesis '${chs}' does not match opening parenthesis '${open.ch}'`);
          }
        } else if (c < 32 && c !== 12 && c !== 9) {
          if (this.v >= 310) {
            throw this.err(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
          }
        }
        return this.make(T.OP, start, this.pos, chs, startLine, startLs);
      }
    }
  }

  /** CPython 3.8 reports tokenizer states at tok->cur - tok->buf = the whole line, newline included. */
  private lineLenNl(): number {
    const e = this.src.indexOf('\n', this.lineStart);
    return this.cpCol(this.lineStart, e < 0 ? this.src.length : e) + 1;
  }

  private indentError(): Stop {
    // E_TABSPACE: 3.10+ report column 0 of the line (offset 1), 3.8 the end of the line buffer.
    const off = this.v >= 310 ? 1 : this.lineLenNl();
    return new Stop({
      kind: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', severity: 'done',
      index: this.tokens.length, lineno: this.lineno, offset: off, end_lineno: this.lineno,
      end_offset: this.v >= 310 ? 0 : -1, rawText: null,
    });
  }

  private continuationLine(): void {
    // called after consuming '\'
    const c = this.ch();
    if (c === -1 && !this.sub) throw this.eofError(null, true);
    if (c !== 10) {
      // E_LINECONT: CPython points just past the backslash (3.10+), 3.8 at the character after.
      const col = this.cpCol(this.lineStart, this.pos);
      throw new Stop({
        kind: 'SyntaxError', msg: 'unexpected character after line continuation character',
        severity: 'done', index: this.tokens.length, lineno: this.lineno,
        offset: this.v >= 310 ? col + 1 : this.lineLenNl(), end_lineno: this.lineno, end_offset: this.v >= 310 ? 0 : -1,
        rawText: null,
      });
    }
    this.pos++;
    this.advanceLine(this.pos - 1);
    if (this.ch() === -1) {
      // E_EOF right after a backslash-newline.
      this.lineno--;
      this.lineStart = this.lineStarts[this.lineno - 1]!;
      throw this.eofError(null, true);
    }
  }

  /** The tokenizer reached EOF in the middle of a statement (E_EOF). */
  private eofError(brackets: { ch: string; lineno: number; col: number } | null, afterContinuation = false): Stop {
    const lastLine = this.lineStarts.length - (this.src.endsWith('\n') ? 1 : 0);
    const lastText = this.lineText(Math.max(1, lastLine));
    if (this.v >= 310) {
      if (brackets) {
        return new Stop({
          kind: 'SyntaxError', msg: `'${brackets.ch}' was never closed`, severity: 'done',
          index: this.tokens.length, lineno: brackets.lineno, offset: this.pegenCol(brackets.lineno, brackets.col) + 1,
          end_lineno: brackets.lineno, end_offset: 0, rawText: null, eofInBrackets: brackets,
        });
      }
      // "unexpected EOF while parsing" at the current line; column = tok->cur - line_start.
      const col = this.cpCol(this.lineStarts[lastLine - 1] ?? 0, this.src.length) + (this.src.endsWith('\n') ? 0 : 1);
      return new Stop({
        kind: 'SyntaxError', msg: 'unexpected EOF while parsing', severity: 'done',
        index: this.tokens.length, lineno: lastLine, offset: col, end_lineno: lastLine, end_offset: -1,
        rawText: null,
      });
    }
    // 3.8 (file input): tok->lineno has moved one past the last line (two after a
    // backslash-continuation); the offset is the length of the last line read, newline included.
    const len = this.cpCol(this.lineStarts[lastLine - 1] ?? 0, this.src.length) + (this.src.endsWith('\n') ? 0 : 1);
    return new Stop({
      kind: 'SyntaxError', msg: 'unexpected EOF while parsing', severity: 'done',
      index: this.tokens.length, lineno: lastLine + (afterContinuation && this.src.endsWith('\n') ? 2 : 1), offset: len,
      end_lineno: lastLine + 1, end_offset: -1, rawText: afterContinuation ? lastText + '\n' : '',
      ...(brackets ? { eofInBrackets: brackets } : {}),
    });
  }

  private endOfFile(): Token {
    // Implicit NEWLINE when the last line has no newline, then DEDENTs, then ENDMARKER.
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.type !== T.NEWLINE && last.type !== T.DEDENT && last.type !== T.INDENT) {
      const t: Token = {
        type: T.NEWLINE, str: '', lineno: this.lineno, col: this.pos - this.lineStart,
        endLineno: this.lineno, endCol: this.pos - this.lineStart + (this.v >= 312 ? 1 : 0),
        start: this.pos, end: this.pos, curLine: this.lineno, curCol: this.pos - this.lineStart, level: 0,
      };
      this.tokens.push(t);
    }
    // CPython's ENDMARKER/trailing DEDENTs are on the last line read.
    const endLine = this.src.length === 0 ? 1 : this.lineStarts.length - (this.src.endsWith('\n') ? 1 : 0);
    const saveLine = this.lineno;
    this.lineno = Math.max(1, endLine);
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.altindstack.pop();
      const d = this.makeNoSpan(T.DEDENT);
      d.curCol = 0;
      d.atEof = true;
    }
    const e = this.makeNoSpan(T.ENDMARKER);
    e.curCol = 0;
    e.atEof = true;
    this.lineno = saveLine;
    return e;
  }

  private verifyIdentifier(start: number, name: string): string {
    // CPython: PyUnicode_IsIdentifier on the NFKC-normalized name; reports the first bad char.
    let i = 0;
    for (const chr of name) {
      const ok = i === 0 ? ID_START.test(chr) : ID_CONTINUE.test(chr);
      if (!ok) {
        const cp = chr.codePointAt(0)!;
        const off = start + name.indexOf(chr);
        this.pos = off;
        const col = this.cpCol(this.lineStart, off) + 1;
        if (this.v < 310) throw this.err('invalid character in identifier', { col: col });
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        if (NONPRINTABLE.test(chr)) throw this.err(`invalid non-printable character U+${hex}`, { col });
        throw this.err(`invalid character '${chr}' (U+${hex})`, { col });
      }
      i++;
    }
    return name.normalize('NFKC');
  }

  // ------------------------------------------------------------------ numbers
  // Convention: this.pos is CPython's tok->cur; the char at this.pos is not consumed yet, so
  // CPython's `tok_backup(c); syntaxerror(...)` reports at this.pos.

  private number(start: number, startLine: number, startLs: number, fromDot: boolean): Token {
    const v = this.v;
    const tail = (): void => {
      for (;;) {
        while (isDigit(this.ch())) this.pos++;
        if (this.ch() !== 95) return;
        this.pos++;
        if (!isDigit(this.ch())) throw this.err('invalid decimal literal');
      }
    };
    const verifyEnd = (kind: string): void => {
      if (v < 310) return;
      const c0 = this.ch();
      // lookahead(): the keyword must not run on into a longer identifier
      const kw = (w: string): boolean => this.src.startsWith(w, this.pos) && !isIdentChar(this.ch(this.pos + w.length));
      let r = false;
      if (c0 === 97) r = kw('and');
      else if (c0 === 101) r = kw('else');
      else if (c0 === 102) r = kw('for');
      else if (c0 === 105) { const c2 = this.ch(this.pos + 1); r = c2 === 102 || c2 === 110 || c2 === 115; }
      else if (c0 === 111) r = kw('or');
      else if (c0 === 110) r = kw('not');
      // CPython only warns here (3.10: a hidden DeprecationWarning; 3.11+: SyntaxWarning)
      if (r) {
        if (v >= 311) warn = `invalid ${kind} literal`;
        return;
      }
      // 3.11+ only look at ASCII here; 3.10 also rejects a non-ASCII identifier character
      if (c0 >= 0 && (c0 < 128 || v === 310) && isIdentChar(c0)) throw this.err(`invalid ${kind} literal`);
    };
    let warn: string | null = null;
    const finish = (): Token => {
      const t = this.make(T.NUMBER, start, this.pos, this.src.slice(start, this.pos), startLine, startLs);
      if (warn !== null) t.warns = [{ msg: warn, lineno: this.lineno }];
      return t;
    };
    const exponentAndImag = (): Token => {
      let c = this.ch();
      if (c === 101 || c === 69) {
        const ePos = this.pos;
        this.pos++;
        c = this.ch();
        if (c === 43 || c === 45) {
          this.pos++;
          if (!isDigit(this.ch())) throw this.err('invalid decimal literal');
        } else if (!isDigit(c)) {
          this.pos = ePos;
          verifyEnd('decimal');
          return finish();
        }
        tail();
        c = this.ch();
      }
      if (c === 106 || c === 74) {
        this.pos++;
        verifyEnd('imaginary');
      } else {
        verifyEnd('decimal');
      }
      return finish();
    };
    const fraction = (): Token => {
      // just after the '.'
      if (isDigit(this.ch())) tail();
      return exponentAndImag();
    };
    const badDigit = (kind: string): Stop => {
      const d = String.fromCharCode(this.ch());
      if (v >= 310) this.pos++; // 3.8 reports it before the digit
      return this.err(`invalid digit '${d}' in ${kind} literal`);
    };

    if (fromDot) return fraction();
    if (this.ch() !== 48) {
      tail();
      if (this.ch() === 46) { this.pos++; return fraction(); }
      return exponentAndImag();
    }
    this.pos++;
    let c = this.ch();
    if (c === 120 || c === 88) {
      this.pos++;
      do {
        if (this.ch() === 95) this.pos++;
        if (!isHex(this.ch())) throw this.err('invalid hexadecimal literal');
        while (isHex(this.ch())) this.pos++;
      } while (this.ch() === 95);
      verifyEnd('hexadecimal');
      return finish();
    }
    if (c === 111 || c === 79) {
      this.pos++;
      do {
        if (this.ch() === 95) this.pos++;
        c = this.ch();
        if (c < 48 || c >= 56) {
          if (isDigit(c)) throw badDigit('octal');
          throw this.err('invalid octal literal');
        }
        while (this.ch() >= 48 && this.ch() < 56) this.pos++;
      } while (this.ch() === 95);
      if (isDigit(this.ch())) throw badDigit('octal');
      verifyEnd('octal');
      return finish();
    }
    if (c === 98 || c === 66) {
      this.pos++;
      do {
        if (this.ch() === 95) this.pos++;
        c = this.ch();
        if (c !== 48 && c !== 49) {
          if (isDigit(c)) throw badDigit('binary');
          throw this.err('invalid binary literal');
        }
        while (this.ch() === 48 || this.ch() === 49) this.pos++;
      } while (this.ch() === 95);
      if (isDigit(this.ch())) throw badDigit('binary');
      verifyEnd('binary');
      return finish();
    }
    let nonzero = false;
    for (;;) {
      if (this.ch() === 95) {
        this.pos++;
        if (!isDigit(this.ch())) throw this.err('invalid decimal literal');
      }
      if (this.ch() !== 48) break;
      this.pos++;
    }
    const zerosEnd = this.pos + 1;
    if (isDigit(this.ch())) {
      nonzero = true;
      tail();
    }
    c = this.ch();
    if (c === 46) { this.pos++; return fraction(); }
    if (c === 101 || c === 69 || c === 106 || c === 74) return exponentAndImag();
    if (nonzero) {
      const msg = 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
      if (v >= 310) {
        // _syntaxerror_range with explicit columns: these count UTF-8 bytes
        const bytes = (a: number, b: number): number => utf8Length(this.src.slice(a, b));
        throw this.err(msg, { col: bytes(this.lineStart, start) + 1, endCol: bytes(this.lineStart, zerosEnd) });
      }
      throw this.err(msg);
    }
    verifyEnd('decimal');
    return finish();
  }

  // ------------------------------------------------------------------ strings

  private string(start: number, startLine: number, startLs: number, isF: boolean, isRaw: boolean): Token {
    const quote = this.ch();
    let quoteSize = 1;
    this.pos++;
    if (this.ch() === quote) {
      if (this.ch(this.pos + 1) === quote) {
        quoteSize = 3;
        this.pos += 2;
      } else {
        this.pos++;
        return this.finishString(start, startLine, startLs, isF);
      }
    }
    if (isF && this.v >= 312) {
      try {
        this.scanFStringBody(start, startLine, startLs, quote, quoteSize, isRaw, 0);
      } catch (e) {
        if (!(e instanceof Stop)) throw e;
        const stop = e.err.at ?? this.pos;
        const t = this.make(T.STRING, start, stop, this.src.slice(start, stop), startLine, startLs);
        t.fstr = true;
        e.err.inFString = true;
        t.fbroken = e.err;
        e.err.index = this.tokens.length;
        throw e;
      }
    } else {
      this.scanPlainBody(start, startLine, startLs, quote, quoteSize, isF);
    }
    return this.finishString(start, startLine, startLs, isF);
  }

  private finishString(start: number, startLine: number, startLs: number, isF: boolean): Token {
    const t = this.make(T.STRING, start, this.pos, this.src.slice(start, this.pos), startLine, startLs);
    if (isF) t.fstr = true;
    return t;
  }

  private unterminated(start: number, startLine: number, startLs: number, quoteSize: number, isF: boolean, atEof: boolean): Stop {
    const detected = this.lineno - (atEof && this.pos >= this.src.length && this.src.endsWith('\n') && quoteSize === 3 ? 1 : 0);
    if (this.v < 310) {
      // 3.8: E_EOLS at the end of the line / E_EOFS at EOF; the text is everything read.
      if (quoteSize === 3) {
        const lastLine = this.lineStarts.length - (this.src.endsWith('\n') ? 1 : 0);
        const raw = this.src.slice(startLs) + (this.src.endsWith('\n') ? '' : '\n');
        return new Stop({
          kind: 'SyntaxError', msg: 'EOF while scanning triple-quoted string literal', severity: 'exc',
          index: this.tokens.length, lineno: lastLine + (this.src.endsWith('\n') ? 2 : 1), offset: Array.from(raw).length,
          end_lineno: lastLine + 1, end_offset: -1, rawText: raw,
        });
      }
      const eol = this.src.indexOf('\n', this.pos);
      const lineEnd = eol < 0 ? this.src.length : eol;
      const raw = this.src.slice(startLs, lineEnd) + '\n';
      return new Stop({
        kind: 'SyntaxError', msg: 'EOL while scanning string literal', severity: 'exc',
        index: this.tokens.length, lineno: this.lineno, offset: Array.from(raw).length,
        end_lineno: this.lineno, end_offset: -1, rawText: raw,
      });
    }
    const f = isF && this.v >= 312 ? 'f-string' : 'string';
    const msg = quoteSize === 3
      ? `unterminated triple-quoted ${f} literal (detected at line ${detected})`
      : `unterminated ${f} literal (detected at line ${detected})`;
    const col = this.cpCol(startLs, start) + 1;
    const lineEnd = this.src.indexOf('\n', startLs);
    return new Stop({
      kind: 'SyntaxError', msg, severity: 'exc', index: this.tokens.length,
      lineno: startLine, offset: col, end_lineno: startLine, end_offset: col,
      rawText: this.src.slice(startLs, lineEnd < 0 ? this.src.length : lineEnd),
    });
  }

  /** 3.12: a string inside a replacement field using the f-string's own quotes never closed. */
  private expectingBrace(start: number, startLine: number, startLs: number): Stop {
    const col = this.cpCol(startLs, start) + 1;
    const lineEnd = this.src.indexOf('\n', startLs);
    return new Stop({
      kind: 'SyntaxError', msg: "f-string: expecting '}'", severity: 'exc', index: this.tokens.length,
      lineno: startLine, offset: col, end_lineno: startLine, end_offset: col,
      rawText: this.src.slice(startLs, lineEnd < 0 ? this.src.length : lineEnd), at: start,
    });
  }

  /** A string body the pre-3.12 way (f-strings too): up to the first unescaped closing quote. */
  private scanPlainBody(start: number, startLine: number, startLs: number, quote: number, quoteSize: number, isF: boolean, outer?: { quote: number; size: number }): void {
    let endQuote = 0;
    while (endQuote !== quoteSize) {
      const c = this.ch();
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        if (outer && outer.quote === quote && outer.size === quoteSize) throw this.expectingBrace(start, startLine, startLs);
        throw this.unterminated(start, startLine, startLs, quoteSize, isF, c === -1);
      }
      this.pos++;
      if (c === quote) {
        endQuote++;
      } else {
        endQuote = 0;
        if (c === 10) this.advanceLine(this.pos - 1);
        else if (c === 92) {
          const n = this.ch();
          if (n !== -1) {
            this.pos++;
            if (n === 10) this.advanceLine(this.pos - 1);
          }
        }
      }
    }
  }

  /**
   * 3.12+ f-string body (PEP 701): replacement fields may contain any quotes, nested f-strings and
   * (in triple-quoted f-strings) newlines. Returns with this.pos after the closing quotes.
   */
  private scanFStringBody(start: number, startLine: number, startLs: number, quote: number, quoteSize: number, isRaw: boolean, depth: number, outer?: { quote: number; size: number }): void {
    let endQuote = 0;
    while (endQuote !== quoteSize) {
      const c = this.ch();
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        if (outer && outer.quote === quote && outer.size === quoteSize) throw this.expectingBrace(start, startLine, startLs);
        throw this.unterminated(start, startLine, startLs, quoteSize, true, c === -1);
      }
      if (c === quote) { this.pos++; endQuote++; continue; }
      endQuote = 0;
      if (c === 123) {
        if (this.ch(this.pos + 1) === 123) { this.pos += 2; continue; }
        this.pos++;
        this.scanReplacementField(start, startLine, startLs, quote, quoteSize, isRaw, depth);
        continue;
      }
      this.pos++;
      if (c === 10) this.advanceLine(this.pos - 1);
      else if (c === 92 && !isRaw) {
        const n = this.ch();
        if (n === 123 || n === 125) continue; // "\{" : the brace is still a brace
        if (n === 78 && this.ch(this.pos + 1) === 123) {
          // \N{NAME}: not a replacement field
          const close = this.src.indexOf('}', this.pos);
          if (close >= 0 && close < this.limit) { this.pos = close + 1; continue; }
        }
        if (n !== -1) {
          this.pos++;
          if (n === 10) this.advanceLine(this.pos - 1);
        }
      } else if (c === 92 && isRaw) {
        const n = this.ch();
        if (n === quote || n === 92) this.pos++;
      }
    }
  }

  /** After '{': skip a replacement field's expression, conversion and format spec up to '}' (3.12). */
  private scanReplacementField(start: number, startLine: number, startLs: number, quote: number, quoteSize: number, isRaw: boolean, depth: number): void {
    // brackets opened inside the field; the field's own '{' is the bottom of the stack
    const open = this.pos - 1;
    const stack: { ch: string; lineno: number; col: number }[] = [{ ch: '{', lineno: this.lineno, col: open - this.lineStart }];
    const outer = { quote, size: quoteSize };
    const parensAtEntry = this.parens.length;
    for (;;) {
      const c = this.ch();
      // the field's '{' counts as a bracket: newlines are fine even in single-quoted f-strings
      if (c === -1) {
        const b = stack[stack.length - 1]!;
        throw new Stop({
          kind: 'SyntaxError', msg: `'${b.ch}' was never closed`, severity: 'done', index: this.tokens.length,
          lineno: b.lineno, offset: this.pegenCol(b.lineno, b.col) + 1, end_lineno: b.lineno, end_offset: 0, rawText: null, eofInBrackets: b,
        });
      }
      if (c === 34 || c === 39) {
        // a nested string: any quotes in 3.12 (PEP 701)
        let isF = false, raw = false;
        let k = this.pos - 1;
        while (k >= 0) {
          const pc = this.src.charCodeAt(k);
          if (pc === 102 || pc === 70) isF = true;
          else if (pc === 114 || pc === 82) raw = true;
          else if (!(pc === 98 || pc === 66 || pc === 117 || pc === 85)) break;
          k--;
        }
        if (k >= 0 && isIdentChar(this.src.charCodeAt(k))) { isF = false; raw = false; }
        const s = k + 1;
        const q = c;
        let qs = 1;
        this.pos++;
        if (this.ch() === q) {
          if (this.ch(this.pos + 1) === q) { qs = 3; this.pos += 2; } else { this.pos++; continue; }
        }
        const sl = this.lineno, sls = this.lineStart;
        if (isF) this.scanFStringBody(s, sl, sls, q, qs, raw, depth + 1, outer);
        else this.scanPlainBody(s, sl, sls, q, qs, false, outer);
        continue;
      }
      if (c === 40 || c === 91 || c === 123) {
        stack.push({ ch: String.fromCharCode(c), lineno: this.lineno, col: this.pos - this.lineStart });
        this.pos++;
        continue;
      }
      if (c === 41 || c === 93 || c === 125) {
        this.pos++;
        const chs = String.fromCharCode(c);
        const top = stack[stack.length - 1]!;
        const atBracket = (e: Stop): Stop => { e.err.at = this.pos - 1; return e; };
        if (stack.length === 1 && c !== 125) throw atBracket(this.err(`f-string: unmatched '${chs}'`));
        const want = top.ch === '(' ? 41 : top.ch === '[' ? 93 : 125;
        if (c !== want) {
          throw atBracket(this.err(top.lineno !== this.lineno
            ? `closing parenthesis '${chs}' does not match opening parenthesis '${top.ch}' on line ${top.lineno}`
            : `closing parenthesis '${chs}' does not match opening parenthesis '${top.ch}'`));
        }
        stack.pop();
        if (stack.length === 0) return;
        continue;
      }
      if (c === 58 && stack.length === 1) {
        // format spec: literal text with nested fields, up to the closing '}'
        this.pos++;
        let specDone = false;
        for (;;) {
          const d = this.ch();
          if (d === -1) throw this.unterminated(start, startLine, startLs, quoteSize, true, true);
          // a newline ends a single-quoted f-string's format spec; the field goes on (the parser
          // then reports "expecting '}', or format specs")
          if (d === 10 && quoteSize === 1) { specDone = true; break; }
          if (d === quote && (quoteSize === 1 || (this.ch(this.pos + 1) === quote && this.ch(this.pos + 2) === quote))) {
            // the f-string ends inside the spec: CPython's tokenizer still has the field's '{' on
            // its bracket stack, so the tokens after the string are read inside it (a ')' there is
            // "closing parenthesis ')' does not match opening parenthesis '{'", found by the
            // full-source check after the parser's error)
            if (depth === 0 && this.v >= 312) {
              this.parens.splice(parensAtEntry, 0, { ch: '{', lineno: stack[0].lineno, col: stack[0].col, spec: true });
            }
            return;
          }
          if (d === 123) {
            this.pos++;
            this.scanReplacementField(start, startLine, startLs, quote, quoteSize, isRaw, depth);
            continue;
          }
          if (d === 125) { this.pos++; return; }
          this.pos++;
          if (d === 10) this.advanceLine(this.pos - 1);
        }
        if (specDone) continue;
      }
      if (c === 35) {
        // a comment inside a (multi-line) replacement field
        while (this.ch() !== -1 && this.ch() !== 10) this.pos++;
        continue;
      }
      this.pos++;
      if (c === 10) this.advanceLine(this.pos - 1);
      else if (c === 92 && this.ch() === 10) { this.pos++; this.advanceLine(this.pos - 1); }
    }
  }
}

export function tokenize(src: string, v: VersionNum): TokenizeResult {
  return new Tokenizer(src, v, Tokenizer.lineStartsOf(src)).tokenize();
}

/** Tokenize src[start, end) as the inside of brackets (an f-string replacement field). */
export function tokenizeRange(src: string, v: VersionNum, lineStarts: number[], start: number, end: number, lineno: number, field = false): TokenizeResult {
  return new Tokenizer(src, v, lineStarts, { start, end, lineno, field }).tokenize();
}
