// Python source -> the typed AST in ast.ts.
//
// This is a hand port of CPython's PEG parser (Grammar/python.gram, 3.11/3.12) rather than a
// conversion of @lezer/python's tree: lezer's grammar accepts Python 2 forms CPython rejects
// (`print x`, `except E, e`), rejects everyday Python 3 (`x = yield`, `lambda x, /: 0`,
// parenthesized context managers, arbitrary decorators, non-name `with ... as` targets) and its error
// recovery can't reproduce where CPython reports syntax errors. Porting the grammar rule by rule,
// including the second "invalid_*" pass, the ordered alternatives, lookaheads and cuts, gives the
// same AST, the same node positions and the same error locations as CPython.
//
// Errors are located the way pegen does it: a generic "invalid syntax" points at the furthest token
// the first pass fetched (`fill`), specific messages come from the invalid_* rules of the second
// pass, and tokenizer errors are raised when the parser reaches them (pegen.c, pegen_errors.c).

import type * as A from './ast';
import { ParseTooComplexError, PySyntaxError, formatSyntaxError } from './errors';
import type { SyntaxErrorKind } from './errors';
import { LiteralError, decodeBytes, decodeStr, parseNumber, stringPrefix, invalidEscape, formedPair, joinsSurrogates } from './literals';
import { T, tokenize, tokenizeRange } from './tokenizer';
import type { TokError, Token } from './tokenizer';
import { validateModule } from './validate';
import { versionNum } from './version';
import type { VersionNum } from './version';

export { ParseTooComplexError, PySyntaxError, formatSyntaxError };
export type { SyntaxErrorKind };

export interface ParseOptions {
  /** CPython version whose messages/line numbers to imitate: '3.8'|'3.10'|'3.11'|'3.12'|'3.13'; default '3.12' */
  version?: string;
  /** ast.parse: the parser's checks only (no symbol table or compiler checks such as "'return'
   * outside function") */
  astOnly?: boolean;
  /** The SyntaxWarnings the tokenizer and the parser emit (3.11+ numbers run into keywords,
   * 3.12+ invalid escape sequences), in CPython's order. */
  onWarning?: (msg: string, lineno: number) => void;
}

type Expr = A.Expr;
type Stmt = A.Stmt;
type Pos = A.Pos;

/** Something with a CPython location: a node or a token. */
interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** Returned by a rule after a cut (`~`) failed: the enclosing rule fails without trying more alternatives. */
const CUT = Symbol('cut');

interface NameDefault { arg: A.Arg; value: Expr | null }
interface SlashWithDefault { plain: A.Arg[]; withDefault: NameDefault[] }
interface StarEtc { vararg: A.Arg | null; kwonly: NameDefault[]; kwarg: A.Arg | null }
interface KeywordOrStarred { kw: A.Keyword | null; starred: Expr | null }
interface CallArgs { args: Expr[]; keywords: A.Keyword[]; loc: Pos }

type TargetsType = 'star' | 'del' | 'for';

/** Memoized rules (pegen's `(memo)` rules and the left-recursive ones). */
const enum M {
  simple_stmt = 0,
  block = 1,
  expression = 2,
  star_expression = 3,
  disjunction = 4,
  conjunction = 5,
  inversion = 6,
  bitwise_or = 7,
  factor = 8,
  await_primary = 9,
  arguments = 10,
  star_target = 11,
  target_with_star_atom = 12,
  t_primary = 13,
  del_target = 14,
  strings = 15,
  invalid_named_expression = 16,
  closed_pattern = 17,
  star_pattern = 18,
}

/** A 3.12+ f-string failing to parse in the first pass (no error yet). */
class FStringFail {
  constructor(readonly where: Loc) {}
}

/** SyntaxErrors raised from inside an f-string. */
const FSTRING_ERRORS = new WeakSet<PySyntaxError>();
/** Pre-3.12 f-string expression errors already moved into their "(expr)" frame. */
const REMAPPED = new WeakSet<PySyntaxError>();

/** Internal: a deferred (3.8 ast.c-stage) error. */
interface Deferred { err: PySyntaxError }

/** The part of a source line (with its newline) that err_programtext's fgets loop (a 1000-byte
 * buffer) read last: the line itself up to 999 UTF-8 bytes, else its last piece of up to 999. */
function lastFgetsPiece(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 999) return line;
  let start = 0;
  while (bytes.length - start > 999) start += 999;
  return new TextDecoder().decode(bytes.subarray(start));
}

/** The PEG parser over one token stream (also used for f-string replacement fields). Use parse(). */
export class Parser {
  readonly src: string;
  readonly v: VersionNum;
  readonly toks: Token[];
  readonly lineStarts: number[];
  readonly tokErr: TokError | null;
  /** Tokens are fetched lazily in CPython; fill = 1 + index of the furthest token looked at. */
  fill = 0;
  mark = 0;
  callInvalid = false;
  /** 3.8: errors CPython only finds after parsing (ast.c), in the order it would find them. */
  deferred: Deferred[] = [];
  /** Index of the token where a block's INDENT was expected (3.8 "expected an indented block"). */
  expectedIndentAt = -1;
  /** The tokenizer's error has been raised (it is final: CPython's tok->done is set). */
  tokErrRaised = false;
  /** Set when parsing an f-string replacement field (messages get the "f-string: " prefix before 3.12). */
  fstringDepth = 0;
  /** For f-string sub-parsers: the parser of the enclosing file. */
  root: Parser | null = null;
  /** 3.10/3.11 (on the file's parser): the tokens of each f-string replacement field's
   * expression, which CPython parses on its own as "(expr)" (see pegenreplay.ts). */
  fieldToks: Token[][] = [];
  /** While reading a broken (3.12+) f-string: the tokenizer error at its end. */
  broken: TokError | null = null;
  /** Reading a single-quoted f-string. */
  singleQuoted = false;
  /** First pass: the f-string token that failed to parse and where inside it. */
  fstringFail: { index: number; where: Loc } | null = null;
  /** Where SyntaxWarnings go (see ParseOptions.onWarning). */
  onWarning: ((msg: string, lineno: number) => void) | null = null;

  constructor(src: string, toks: Token[], tokErr: TokError | null, lineStarts: number[], v: VersionNum) {
    this.src = src;
    this.toks = toks;
    this.tokErr = tokErr;
    this.lineStarts = lineStarts;
    this.v = v;
  }

  // ================================================================== token access

  /** Fetch token i (CPython's _PyPegen_fill_token): reaching the tokenizer's error raises it. */
  tok(i: number): Token {
    if (i >= this.fill) {
      if (i >= this.toks.length) {
        if (this.tokErr) {
          this.fill = this.toks.length;
          this.tokErrRaised = true;
          throw this.tokenizerError(this.tokErr);
        }
        return this.toks[this.toks.length - 1]!;
      }
      // the tokenizer's warnings come as it produces each token
      const sink = (this.root ?? this).onWarning;
      if (sink !== null) {
        for (let k = this.fill; k <= i; k++) {
          const w = this.toks[k]!.warns;
          if (w) for (const x of w) sink(x.msg, x.lineno);
        }
      }
      this.fill = i + 1;
    }
    return this.toks[i]!;
  }

  /** warn_invalid_escape_sequence (3.12+): the first invalid escape of a string just decoded. */
  private escapeWarning(lineno: number): void {
    const e = invalidEscape.first;
    const sink = (this.root ?? this).onWarning;
    if (e === null || sink === null || this.v < 312 || this.callInvalid || (this.root !== null && this.root.callInvalid)) return;
    const c = e.charCodeAt(0);
    sink(c >= 52 && c <= 55 ? `invalid octal escape sequence '\\${e}'` : `invalid escape sequence '\\${e[0]}'`, lineno);
  }

  private cur(): Token { return this.tok(this.mark); }

  /** Consume an operator or keyword. */
  private expect(s: string): Token | null {
    const t = this.tok(this.mark);
    if ((t.type === T.OP || t.type === T.KEYWORD) && t.str === s) {
      this.mark++;
      return t;
    }
    return null;
  }

  private expectType(type: T): Token | null {
    const t = this.tok(this.mark);
    if (t.type === type) {
      this.mark++;
      return t;
    }
    return null;
  }

  private nameTok(): Token | null { return this.expectType(T.NAME); }

  private softKeyword(s: string): Token | null {
    const t = this.tok(this.mark);
    if (t.type === T.NAME && t.str === s) {
      this.mark++;
      return t;
    }
    return null;
  }

  /** Lookahead: is the next token this operator/keyword? */
  private at(s: string, k = 0): boolean {
    const t = this.tok(this.mark + k);
    return (t.type === T.OP || t.type === T.KEYWORD) && t.str === s;
  }

  private atType(type: T, k = 0): boolean { return this.tok(this.mark + k).type === type; }

  /** `&&'x'`: a forced token; missing raises "expected 'x'" at once (both passes). */
  private forced(s: string): Token | null {
    const t = this.tok(this.mark);
    if ((t.type === T.OP || t.type === T.KEYWORD) && t.str === s) {
      this.mark++;
      return t;
    }
    if (this.v < 309) return null;
    throw this.errorAt(this.tokLoc(t), `expected '${s}'`);
  }

  /** Memo tables, per rule: the end mark (-1: not parsed yet) and the result, by start token. */
  private memoEnd: (Int32Array | undefined)[] = [];
  private memoRes: (unknown[] | undefined)[] = [];

  private memoTables(rule: M): Int32Array {
    let ends = this.memoEnd[rule];
    if (!ends) {
      ends = new Int32Array(this.toks.length + 2).fill(-1);
      this.memoEnd[rule] = ends;
      this.memoRes[rule] = new Array<unknown>(this.toks.length + 2);
    }
    return ends;
  }

  private memo<R>(rule: M, fn: () => R | null): R | null {
    const start = this.mark;
    const ends = this.memoTables(rule);
    const e = ends[start]!;
    if (e >= 0) {
      this.mark = e;
      return this.memoRes[rule]![start] as R | null;
    }
    const res = fn();
    if (res === null) this.mark = start;
    ends[start] = this.mark;
    this.memoRes[rule]![start] = res;
    return res;
  }

  /** Running the second (invalid_*) pass. */
  secondPass = false;

  resetForSecondPass(): void {
    this.secondPass = true;
    this.memoEnd = [];
    this.memoRes = [];
    this.mark = 0;
    this.callInvalid = true;
  }

  // ================================================================== positions

  private tokLoc(t: Token): Loc {
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  /** EXTRA: from the first token of the rule to the last one consumed. */
  /**
   * EXTRA: from the first token of the rule to the last one consumed. Returns a shared scratch
   * object: only ever spread (`...this.ex(start)`) as the last member of a node literal.
   */
  private ex(start: number): Pos {
    const a = this.toks[start]!;
    // _PyPegen_get_last_nonnwhitespace_token
    let m = this.mark - 1;
    let b = this.toks[m]!;
    while (m > 0 && (b.type === T.NEWLINE || b.type === T.INDENT || b.type === T.DEDENT || b.type === T.ENDMARKER)) b = this.toks[--m]!;
    const p = this.scratch;
    p.lineno = a.lineno;
    p.col_offset = a.col;
    p.end_lineno = b.endLineno;
    p.end_col_offset = b.endCol;
    return p;
  }

  private readonly scratch: Pos = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

  private span(a: Loc, b: Loc): Pos {
    return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
  }

  // ================================================================== errors

  lineText(lineno: number): string {
    const s = this.lineStarts[lineno - 1];
    if (s === undefined) return '';
    const e = this.src.indexOf('\n', s);
    return this.src.slice(s, e < 0 ? this.src.length : e);
  }

  /** The line as CPython reads it back from the file (newline included when there is one). */
  lineTextNl(lineno: number): string {
    const s = this.lineStarts[lineno - 1];
    if (s === undefined) return '';
    const e = this.src.indexOf('\n', s);
    return e < 0 ? this.src.slice(s) : this.src.slice(s, e + 1);
  }

  /**
   * UTF-16 column -> the column CPython reports for parser and compiler errors. Running a file
   * (no source encoding set on the tokenizer), 3.8-3.12 never convert pegen's/ast.c's UTF-8 byte
   * columns to characters; 3.13 does. (Tokenizer errors count characters in every version.)
   */
  cpCol(lineno: number, col: number): number {
    return this.v >= 313 ? this.charCol(lineno, col) : this.byteCol(lineno, col);
  }

  /** Code points before a UTF-16 column. */
  charCol(lineno: number, col: number): number {
    if (col <= 0) return col;
    const line = this.lineText(lineno);
    let n = 0;
    for (let i = 0; i < col && i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      n++;
    }
    return n + Math.max(0, col - line.length);
  }

  /** UTF-8 bytes before a UTF-16 column. */
  byteCol(lineno: number, col: number): number {
    if (col <= 0) return col;
    const line = this.lineText(lineno);
    let n = 0;
    for (let i = 0; i < col && i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
      else n += 3;
    }
    return n + Math.max(0, col - line.length);
  }

  makeError(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number, rawText?: string | null): PySyntaxError {
    const text = this.lineText(lineno);
    return this.mark_(new PySyntaxError({
      kind, msg: this.fstringDepth > 0 && this.v >= 310 && this.v < 312 && !msg.startsWith('f-string') ? `f-string: ${msg}` : msg,
      lineno, offset, text, end_lineno: endLineno, end_offset: endOffset,
      rawText: rawText === undefined ? (this.v < 310 ? this.lineText(lineno) + '\n' : this.lineTextNl(lineno)) : rawText,
    }));
  }

  /** Errors raised while reading an f-string's fields (3.12+ keeps them over later tokenizer errors). */
  private mark_(e: PySyntaxError): PySyntaxError {
    if (this.fstringDepth > 0) FSTRING_ERRORS.add(e);
    return e;
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE (end taken from `end`, default the same node). */
  errorAt(a: Loc, msg: string, end?: Loc, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const b = end ?? a;
    const lf = this.lastFetched();
    const off = a.col_offset < 0 ? this.cpCol(lf.curLine, lf.curCol) : this.cpCol(a.lineno, a.col_offset) + 1;
    const endOff = b.end_col_offset < 0 ? -1 : this.cpCol(b.lineno === b.end_lineno ? b.end_lineno : a.lineno, b.end_col_offset) + 1;
    return this.makeError(kind, msg, a.lineno, off, b.end_lineno, endOff);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: up to the tokenizer's current position. */
  errorFrom(a: Loc, msg: string): PySyntaxError {
    const last = this.lastFetched();
    return this.makeError('SyntaxError', msg, a.lineno, this.cpCol(a.lineno, a.col_offset) + 1, last.curLine, this.cpCol(last.curLine, last.curCol));
  }

  lastFetched(): Token {
    return this.toks[Math.min(this.fill, this.toks.length) - 1] ?? this.toks[0]!;
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  errorAtLast(msg: string, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const t = this.lastFetched();
    const off = t.col < 0 ? this.cpCol(t.curLine, t.curCol) : this.cpCol(t.lineno, t.col) + 1;
    const endOff = t.endCol < 0 ? -1 : this.cpCol(t.endLineno, t.endCol) + 1;
    return this.makeError(kind, msg, t.lineno, off, t.endLineno, endOff);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN (3.12). */
  errorOnNext(msg: string): PySyntaxError {
    const t = this.tok(this.mark);
    return this.errorAt(this.tokLoc(t), msg);
  }

  tokenizerError(e: TokError): PySyntaxError {
    const err = new PySyntaxError({
      kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, text: this.lineText(e.lineno),
      end_lineno: e.end_lineno, end_offset: e.end_offset,
      rawText: e.rawText ?? (e.severity === 'exc' ? this.lineText(e.lineno) : this.lineTextNl(e.lineno)),
    });
    if (e.inFString || this.fstringDepth > 0) FSTRING_ERRORS.add(err);
    return err;
  }

  /** Run fn collecting the deferred errors it records (for inserting them in ast.c's order). */
  private deferredInto(fn: () => void): Deferred[] {
    const saved = this.deferred;
    this.deferred = [];
    try {
      fn();
      return this.deferred;
    } finally {
      this.deferred = saved;
    }
  }

  /** 3.8 reports ast.c errors only once the whole file parsed; 3.9+ raise them from the parser. */
  private astError(node: Loc, msg38: string, msg: string | null, end?: Loc): void {
    if (this.v < 310) {
      this.deferred.push({ err: this.makeError('SyntaxError', msg38, node.lineno, this.cpCol(node.lineno, node.col_offset) + 1, node.lineno, -1) });
      return;
    }
    if (msg !== null) throw this.errorAt(node, msg, end);
  }

  // ================================================================== file & statements

  /** file: [statements] ENDMARKER */
  file(): A.Module | null {
    const body = this.statements() ?? [];
    if (!this.expectType(T.ENDMARKER)) return null;
    return { type: 'Module', body };
  }

  /** statements: statement+ */
  private statements(): Stmt[] | null {
    const out: Stmt[] = [];
    for (;;) {
      const s = this.statement();
      if (!s) break;
      for (const x of s) out.push(x);
    }
    return out.length ? out : null;
  }

  /** statement: compound_stmt | simple_stmts */
  private statement(): Stmt[] | null {
    const c = this.compoundStmt();
    if (c) return [c];
    return this.simpleStmts();
  }

  /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
  private simpleStmts(): Stmt[] | null {
    const start = this.mark;
    const s = this.simpleStmt();
    if (s && !this.at(';') && this.expectType(T.NEWLINE)) return [s];
    this.mark = start;
    const out: Stmt[] = [];
    const first = this.simpleStmt();
    if (!first) { this.mark = start; return null; }
    out.push(first);
    for (;;) {
      const m = this.mark;
      if (!this.expect(';')) break;
      const n = this.simpleStmt();
      if (!n) { this.mark = m; break; }
      out.push(n);
    }
    this.expect(';');
    if (!this.expectType(T.NEWLINE)) { this.mark = start; return null; }
    return out;
  }

  /** simple_stmt (memo) */
  private simpleStmt(): Stmt | null {
    return this.memo(M.simple_stmt, () => {
      const start = this.mark;
      const a = this.assignment();
      if (a) return a;
      this.mark = start;
      const t = this.cur();
      if (this.v >= 312 && t.type === T.NAME && t.str === 'type') {
        const ta = this.typeAlias();
        if (ta) return ta;
        this.mark = start;
      }
      const e = this.starExpressions();
      if (e) return { type: 'Expr', value: e, ...this.ex(start) } as A.ExprStmt;
      this.mark = start;
      if (t.type !== T.KEYWORD) return null;
      switch (t.str) {
        case 'return': return this.returnStmt();
        case 'import': case 'from': return this.importStmt();
        case 'raise': return this.raiseStmt();
        case 'pass': this.mark++; return { type: 'Pass', ...this.ex(start) } as A.Pass;
        case 'del': return this.delStmt();
        case 'yield': return this.yieldStmt();
        case 'assert': return this.assertStmt();
        case 'break': this.mark++; return { type: 'Break', ...this.ex(start) } as A.Break;
        case 'continue': this.mark++; return { type: 'Continue', ...this.ex(start) } as A.Continue;
        case 'global': case 'nonlocal': return this.globalStmt(t.str);
        default: return null;
      }
    });
  }

  /** compound_stmt */
  private compoundStmt(): Stmt | null {
    const t = this.cur();
    if (t.type === T.KEYWORD) {
      switch (t.str) {
        case 'def': return this.functionDef();
        case 'if': return this.ifStmt();
        case 'class': return this.classDef();
        case 'with': return this.withStmt();
        case 'for': return this.forStmt();
        case 'try': return this.tryStmt();
        case 'while': return this.whileStmt();
        case 'async': {
          return this.functionDef() ?? this.withStmt() ?? this.forStmt();
        }
        default: return null;
      }
    }
    if (t.type === T.OP && t.str === '@') return this.functionDef() ?? this.classDef();
    if (t.type === T.NAME && t.str === 'match') return this.matchStmt();
    return null;
  }

  // ------------------------------------------------------------------ simple statements

  /**
   * assignment:
   *   | NAME ':' expression ['=' annotated_rhs]
   *   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
   *   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
   *   | single_target augassign ~ (yield_expr | star_expressions)
   *   | invalid_assignment
   */
  private assignment(): Stmt | null {
    const start = this.mark;
    // NAME ':' expression ['=' annotated_rhs]
    {
      const n = this.nameTok();
      if (n && this.expect(':')) {
        const ann = this.expression();
        if (ann) {
          const value = this.annAssignValue();
          return {
            type: 'AnnAssign', target: this.nameNode(n, 'Store'), annotation: ann, value, simple: true, ...this.ex(start),
          } as A.AnnAssign;
        }
      }
      this.mark = start;
    }
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    {
      let target: Expr | null = null;
      if (this.expect('(')) {
        const st = this.singleTarget();
        if (st && this.expect(')')) target = st;
        else this.mark = start;
      }
      if (!target) {
        this.mark = start;
        target = this.singleSubscriptAttributeTarget();
      }
      if (target && this.expect(':')) {
        const ann = this.expression();
        if (ann) {
          const value = this.annAssignValue();
          return {
            type: 'AnnAssign', target: target as A.Name | A.Attribute | A.Subscript, annotation: ann, value, simple: false, ...this.ex(start),
          } as A.AnnAssign;
        }
      }
      this.mark = start;
    }
    // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    {
      const targets: Expr[] = [];
      for (;;) {
        const m = this.mark;
        const t = this.starTargets();
        if (t && this.expect('=')) { targets.push(t); continue; }
        this.mark = m;
        break;
      }
      if (targets.length) {
        const value = this.yieldExpr() ?? this.starExpressions();
        if (value && !this.at('=')) {
          return { type: 'Assign', targets, value, ...this.ex(start) } as A.Assign;
        }
      }
      this.mark = start;
    }
    // single_target augassign ~ (yield_expr | star_expressions)
    {
      const target = this.singleTarget();
      if (target) {
        const op = this.augassign();
        if (op) {
          const value = this.yieldExpr() ?? this.starExpressions();
          if (!value) return null; // cut
          return { type: 'AugAssign', target: target as A.Name | A.Attribute | A.Subscript, op, value, ...this.ex(start) } as A.AugAssign;
        }
      }
      this.mark = start;
    }
    if (this.v < 310) {
      const r = this.legacyAssignment();
      if (r) return r;
      this.mark = start;
    }
    if (this.callInvalid) {
      this.invalidAssignment();
      this.mark = start;
    }
    return null;
  }

  private annAssignValue(): Expr | null {
    const m = this.mark;
    if (this.expect('=')) {
      const d = this.annotatedRhs();
      if (d) return d;
    }
    this.mark = m;
    return null;
  }

  private annotatedRhs(): Expr | null {
    return this.yieldExpr() ?? this.starExpressions();
  }

  private static readonly AUGOPS: Record<string, A.OperatorKind> = {
    '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
    '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
  };

  private augassign(): A.OperatorKind | null {
    const t = this.cur();
    if (t.type !== T.OP) return null;
    const op = Parser.AUGOPS[t.str];
    if (!op) return null;
    this.mark++;
    return op;
  }

  /**
   * Python 3.8's grammar (pgen) accepts any expression list as an assignment target and lets ast.c
   * reject it afterwards: parse `star_expressions ('=' ...)+` / `star_expressions augassign ...` and
   * defer the error.
   */
  private legacyAssignment(): Stmt | null {
    const start = this.mark;
    const firstIsYield = false;
    const first = this.starExpressions();
    if (!first) return null;
    const startLoc = this.tokLoc(this.toks[start]!);
    const op = this.augassign();
    if (op) {
      const value = this.yieldExpr() ?? this.starExpressions();
      if (!value) return null;
      // ast_for_expr_stmt: set_context() first, then the target kind
      const before = this.deferred.length;
      this.checkTarget38(first, 'Store');
      const ok = first.type === 'Name' || first.type === 'Attribute' || first.type === 'Subscript';
      if (!ok && this.deferred.length === before) this.astError(startLoc, 'illegal expression for augmented assignment', null);
      return { type: 'AugAssign', target: first as A.Name, op, value, ...this.ex(start) } as A.AugAssign;
    }
    if (this.at(':') && !firstIsYield) {
      // annassign: the target must be a single name, attribute or subscript
      this.mark++;
      const ann = this.expression();
      if (!ann) return null;
      const value = this.annAssignValue();
      if (first.type === 'List' || first.type === 'Tuple') {
        this.astError(startLoc, `only single target (not ${first.type === 'List' ? 'list' : 'tuple'}) can be annotated`, null);
      } else if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
        this.astError(startLoc, 'illegal target for annotation', null);
      }
      return { type: 'AnnAssign', target: this.setCtx(first, 'Store') as A.Name, annotation: ann, value, simple: false, ...this.ex(start) } as A.AnnAssign;
    }
    const parts: Expr[] = [first];
    const yields: boolean[] = [firstIsYield];
    // ast.c converts and checks each target before converting the next part: remember where
    // each part's own errors end so the target errors can be slotted in there
    const ends: number[] = [this.deferred.length];
    while (this.at('=')) {
      this.mark++;
      const y = this.at('yield');
      const nxt = this.yieldExpr() ?? this.starExpressions();
      if (!nxt) return null;
      parts.push(nxt);
      yields.push(y);
      ends.push(this.deferred.length);
    }
    if (parts.length < 2) return null;
    const value = parts.pop()!;
    for (let i = 0; i < parts.length; i++) {
      const found = this.deferredInto(() => {
        if (yields[i]) this.astError(parts[i]!, 'assignment to yield expression not possible', null);
        else this.checkTarget38(parts[i]!, 'Store');
      });
      if (found.length) {
        this.deferred.splice(ends[i]!, 0, found[0]!);
        break;
      }
    }
    return { type: 'Assign', targets: parts.map((t) => this.setCtx(t, 'Store')), value, ...this.ex(start) } as A.Assign;
  }

  /**
   * ast.c set_context() of 3.8: records the first invalid target. ast.c reports it at the CST
   * node it was handed (`at`: the whole target, or the with-item), not at the offending sub-node.
   */
  checkTarget38(e: Expr, ctx: 'Store' | 'Del', at: Loc = e): void {
    const verb = ctx === 'Store' ? 'assign to' : 'delete';
    switch (e.type) {
      case 'Name': case 'Attribute': case 'Subscript':
        if (e.type === 'Name' && e.id === '__debug__') this.astError(at, `cannot ${verb} __debug__`, null);
        return;
      case 'Starred':
        if (ctx === 'Del') { this.astError(at, "can't use starred expression here", null); return; }
        this.checkTarget38(e.value, ctx, at);
        return;
      case 'List': case 'Tuple':
        for (const x of e.elts) this.checkTarget38(x, ctx, at);
        return;
      default: break;
    }
    if (e.type === 'Constant' && (e.value.k === 'None' || e.value.k === 'bool' || e.value.k === 'Ellipsis')) {
      const name = e.value.k === 'None' ? 'None' : e.value.k === 'Ellipsis' ? 'Ellipsis' : e.value.v ? 'True' : 'False';
      this.astError(at, `cannot ${verb} ${name}`, null);
      return;
    }
    this.astError(at, `cannot ${verb} ${exprName38(e)}`, null);
  }

  /** ast_for_exprlist(): each element of an unparenthesized target list is checked on its own. */
  private checkExprlist38(e: Expr, ctx: 'Store' | 'Del', parenthesized: boolean): void {
    if (e.type === 'Tuple' && !parenthesized) {
      for (const x of e.elts) this.checkTarget38(x, ctx);
    } else {
      this.checkTarget38(e, ctx);
    }
  }

  /** return_stmt: 'return' [star_expressions] */
  private returnStmt(): Stmt | null {
    const start = this.mark;
    if (!this.expect('return')) return null;
    const value = this.starExpressions();
    return { type: 'Return', value, ...this.ex(start) } as A.Return;
  }

  /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
  private raiseStmt(): Stmt | null {
    const start = this.mark;
    if (!this.expect('raise')) return null;
    const m = this.mark;
    const exc = this.expression();
    if (exc) {
      let cause: Expr | null = null;
      const m2 = this.mark;
      if (this.expect('from')) {
        cause = this.expression();
        if (!cause) this.mark = m2;
      }
      return { type: 'Raise', exc, cause, ...this.ex(start) } as A.Raise;
    }
    this.mark = m;
    return { type: 'Raise', exc: null, cause: null, ...this.ex(start) } as A.Raise;
  }

  /** global_stmt / nonlocal_stmt: 'global' ','.NAME+ */
  private globalStmt(kw: string): Stmt | null {
    const start = this.mark;
    this.mark++;
    const names: string[] = [];
    const n = this.nameTok();
    if (!n) { this.mark = start; return null; }
    names.push(n.str);
    for (;;) {
      const m = this.mark;
      if (!this.expect(',')) break;
      const x = this.nameTok();
      if (!x) { this.mark = m; break; }
      names.push(x.str);
    }
    return { type: kw === 'global' ? 'Global' : 'Nonlocal', names, ...this.ex(start) } as A.Global | A.Nonlocal;
  }

  /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
  private delStmt(): Stmt | null {
    const start = this.mark;
    if (!this.expect('del')) return null;
    const targets = this.delTargets();
    if (targets && (this.at(';') || this.atType(T.NEWLINE))) {
      return { type: 'Delete', targets, ...this.ex(start) } as A.Delete;
    }
    this.mark = start + 1;
    if (this.v < 310) {
      // 3.8: del exprlist, checked by ast.c
      const e = this.starExpressions();
      if (e && (this.at(';') || this.atType(T.NEWLINE))) {
        const elts = e.type === 'Tuple' && !(this.toks[start + 1]!.str === '(') ? e.elts : [e];
        this.checkExprlist38(e, 'Del', this.toks[start + 1]!.str === '(');
        return { type: 'Delete', targets: elts.map((x) => this.setCtx(x, 'Del')), ...this.ex(start) } as A.Delete;
      }
      this.mark = start;
      return null;
    }
    if (this.callInvalid) {
      // invalid_del_stmt: 'del' star_expressions
      const e = this.starExpressions();
      if (e) this.raiseInvalidTarget('del', e);
    }
    this.mark = start;
    return null;
  }

  /** yield_stmt: yield_expr */
  private yieldStmt(): Stmt | null {
    const start = this.mark;
    const y = this.yieldExpr();
    if (!y) return null;
    return { type: 'Expr', value: y, ...this.ex(start) } as A.ExprStmt;
  }

  /** assert_stmt: 'assert' expression [',' expression] */
  private assertStmt(): Stmt | null {
    const start = this.mark;
    if (!this.expect('assert')) return null;
    const test = this.expression();
    if (!test) { this.mark = start; return null; }
    let msg: Expr | null = null;
    const m = this.mark;
    if (this.expect(',')) {
      msg = this.expression();
      if (!msg) this.mark = m;
    }
    return { type: 'Assert', test, msg, ...this.ex(start) } as A.Assert;
  }

  /** type_alias: "type" NAME [type_params] '=' expression (3.12) */
  private typeAlias(): Stmt | null {
    const start = this.mark;
    if (!this.softKeyword('type')) return null;
    const n = this.nameTok();
    if (!n) { this.mark = start; return null; }
    this.typeParams();
    if (!this.expect('=')) { this.mark = start; return null; }
    const e = this.expression();
    if (!e) { this.mark = start; return null; }
    return { type: 'TypeAlias', ...this.ex(start) } as A.TypeAlias;
  }

  /** type_params: '[' type_param_seq ']' (3.12; parsed and dropped: HeapLens doesn't model them). */
  private typeParams(): boolean {
    if (this.v < 312) return false;
    const m = this.mark;
    if (!this.expect('[')) return false;
    let n = 0;
    for (;;) {
      const pm = this.mark;
      let ok = false;
      if (this.expect('*') || this.expect('**')) {
        ok = !!this.nameTok();
      } else if (this.nameTok()) {
        ok = true;
        const bm = this.mark;
        if (this.expect(':')) { if (!this.expression()) this.mark = bm; }
      }
      if (!ok) { this.mark = pm; break; }
      n++;
      if (!this.expect(',')) break;
    }
    if (n === 0 || !this.expect(']')) { this.mark = m; return false; }
    return true;
  }

  // ------------------------------------------------------------------ import

  /** import_stmt: invalid_import | import_name | import_from */
  private importStmt(): Stmt | null {
    if (this.callInvalid && this.v >= 312) {
      const start = this.mark;
      const a = this.expect('import');
      if (a) {
        // 'import' ','.dotted_name+ 'from' dotted_name
        if (this.commaList(() => this.dottedName()) && this.expect('from') && this.dottedName()) {
          throw this.errorFrom(this.tokLoc(a), "Did you mean to use 'from ... import ...' instead?");
        }
        this.mark = start + 1;
        const nl = this.v >= 313 ? this.expectType(T.NEWLINE) : null;
        if (nl) throw this.errorFrom(this.tokLoc(nl), "Expected one or more names after 'import'");
      }
      this.mark = start;
    }
    return this.importName() ?? this.importFrom();
  }

  /** import_name: 'import' dotted_as_names */
  private importName(): Stmt | null {
    const start = this.mark;
    if (!this.expect('import')) return null;
    const names = this.dottedAsNames();
    if (!names) { this.mark = start; return null; }
    return { type: 'Import', names, ...this.ex(start) } as A.Import;
  }

  /**
   * import_from:
   *   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
   *   | 'from' ('.' | '...')+ 'import' import_from_targets
   */
  private importFrom(): Stmt | null {
    const start = this.mark;
    if (!this.expect('from')) return null;
    let level = 0;
    for (;;) {
      if (this.expect('.')) level += 1;
      else if (this.expect('...')) level += 3;
      else break;
    }
    const afterDots = this.mark;
    const mod = this.dottedName();
    if (mod && this.expect('import')) {
      const names = this.importFromTargets();
      if (names) return { type: 'ImportFrom', module: mod.name, names, level, ...this.ex(start) } as A.ImportFrom;
    }
    this.mark = afterDots;
    if (level > 0 && this.expect('import')) {
      const names = this.importFromTargets();
      if (names) return { type: 'ImportFrom', module: null, names, level, ...this.ex(start) } as A.ImportFrom;
    }
    this.mark = start;
    return null;
  }

  /**
   * import_from_targets:
   *   | '(' import_from_as_names [','] ')'
   *   | import_from_as_names !','
   *   | '*'
   *   | invalid_import_from_targets
   */
  private importFromTargets(): A.Alias[] | null {
    const start = this.mark;
    if (this.expect('(')) {
      const names = this.importFromAsNames();
      if (names) {
        this.expect(',');
        if (this.expect(')')) return names;
      }
      this.mark = start;
    }
    const names = this.importFromAsNames();
    if (names && !this.at(',')) return names;
    if (this.v < 310 && names && this.at(',') && this.atType(T.NEWLINE, 1)) {
      // 3.8's grammar accepts the comma; ast.c rejects it (at the names).
      this.mark++;
      this.astError(this.tokLoc(this.toks[start]!), 'trailing comma not allowed without surrounding parentheses', null);
      return names;
    }
    this.mark = start;
    const star = this.expect('*');
    if (star) return [{ type: 'alias', name: '*', asname: null, ...this.ex(start) }];
    if (this.callInvalid) {
      // invalid_import_from_targets: import_from_as_names ',' NEWLINE | NEWLINE (3.13)
      const n2 = this.importFromAsNames();
      if (n2 && this.expect(',') && this.atType(T.NEWLINE)) {
        this.mark++;
        throw this.errorAtLast('trailing comma not allowed without surrounding parentheses');
      }
      this.mark = start;
      const nl = this.v >= 313 ? this.expectType(T.NEWLINE) : null;
      if (nl) throw this.errorFrom(this.tokLoc(nl), "Expected one or more names after 'import'");
      this.mark = start;
    }
    return null;
  }

  private importFromAsNames(): A.Alias[] | null {
    const out: A.Alias[] = [];
    const first = this.importFromAsName();
    if (!first) return null;
    out.push(first);
    for (;;) {
      const m = this.mark;
      if (!this.expect(',')) break;
      const n = this.importFromAsName();
      if (!n) { this.mark = m; break; }
      out.push(n);
    }
    return out;
  }

  /** import_from_as_name: NAME ['as' NAME] */
  private importFromAsName(): A.Alias | null {
    const start = this.mark;
    const n = this.nameTok();
    if (!n) return null;
    let asname: string | null = null;
    const m = this.mark;
    if (this.expect('as')) {
      const a = this.nameTok();
      if (a) asname = a.str;
      else this.mark = m;
    }
    return { type: 'alias', name: n.str, asname, ...this.ex(start) };
  }

  private dottedAsNames(): A.Alias[] | null {
    const out: A.Alias[] = [];
    const first = this.dottedAsName();
    if (!first) return null;
    out.push(first);
    for (;;) {
      const m = this.mark;
      if (!this.expect(',')) break;
      const n = this.dottedAsName();
      if (!n) { this.mark = m; break; }
      out.push(n);
    }
    return out;
  }

  /** dotted_as_name: dotted_name ['as' NAME] */
  private dottedAsName(): A.Alias | null {
    const start = this.mark;
    const d = this.dottedName();
    if (!d) return null;
    let asname: string | null = null;
    const m = this.mark;
    if (this.expect('as')) {
      const a = this.nameTok();
      if (a) asname = a.str;
      else this.mark = m;
    }
    return { type: 'alias', name: d.name, asname, ...this.ex(start) };
  }

  /** dotted_name: dotted_name '.' NAME | NAME */
  private dottedName(): { name: string } | null {
    const n = this.nameTok();
    if (!n) return null;
    let name = n.str;
    for (;;) {
      const m = this.mark;
      if (!this.expect('.')) break;
      const x = this.nameTok();
      if (!x) { this.mark = m; break; }
      name += '.' + x.str;
    }
    return { name };
  }
  // ------------------------------------------------------------------ blocks

  /** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
  private block(): Stmt[] | null {
    return this.memo(M.block, () => {
      const start = this.mark;
      if (this.expectType(T.NEWLINE)) {
        if (this.expectType(T.INDENT)) {
          const body = this.statements();
          if (body && this.expectType(T.DEDENT)) return body;
        } else if (this.v < 310 && this.expectedIndentAt < 0) {
          this.expectedIndentAt = this.mark;
        }
      }
      this.mark = start;
      const s = this.simpleStmts();
      if (s) return s;
      this.mark = start;
      if (this.callInvalid) {
        // invalid_block: NEWLINE !INDENT
        if (this.expectType(T.NEWLINE) && !this.atType(T.INDENT)) {
          throw this.errorAtLast('expected an indented block', 'IndentationError');
        }
        this.mark = start;
      }
      return null;
    });
  }

  /** `':' NEWLINE !INDENT` after a compound statement header: "expected an indented block after ..." */
  private checkIndentedBlock(what: string, kwTok: Token): void {
    const m = this.mark;
    if (this.expect(':') && this.expectType(T.NEWLINE) && !this.atType(T.INDENT)) {
      throw this.errorAtLast(`expected an indented block after ${what} on line ${kwTok.lineno}`, 'IndentationError');
    }
    this.mark = m;
  }

  /** decorators: ('@' named_expression NEWLINE)+ */
  private decorators(): Expr[] | null {
    const out: Expr[] = [];
    for (;;) {
      const m = this.mark;
      if (!this.expect('@')) break;
      const f = this.v < 309 ? this.legacyDecorator() : this.namedExpression();
      if (!f || !this.expectType(T.NEWLINE)) { this.mark = m; break; }
      out.push(f);
    }
    return out.length ? out : null;
  }

  /** 3.8: decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE */
  private legacyDecorator(): Expr | null {
    const start = this.mark;
    const n = this.nameTok();
    if (!n) return null;
    let e: Expr = this.nameNode(n, 'Load');
    for (;;) {
      const m = this.mark;
      if (!this.expect('.')) break;
      const x = this.nameTok();
      if (!x) { this.mark = m; break; }
      e = { type: 'Attribute', value: e, attr: x.str, ctx: 'Load', ...this.ex(start) };
    }
    const m = this.mark;
    if (this.expect('(')) {
      const args = this.arguments();
      if (this.expect(')')) {
        return { type: 'Call', func: e, args: args?.args ?? [], keywords: args?.keywords ?? [], ...this.ex(start) };
      }
      this.mark = m;
    }
    return e;
  }

  // ------------------------------------------------------------------ class

  /** class_def: decorators class_def_raw | class_def_raw */
  private classDef(): Stmt | null {
    const start = this.mark;
    const decs = this.decorators();
    if (decs) {
      const c = this.classDefRaw();
      if (c) return { ...c, decorator_list: decs };
      this.mark = start;
      return null;
    }
    return this.classDefRaw();
  }

  /** class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
  private classDefRaw(): A.ClassDef | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidClassDefRaw();
    const kw = this.expect('class');
    if (!kw) return null;
    const n = this.nameTok();
    if (!n) { this.mark = start; return null; }
    this.typeParams();
    let bases: Expr[] = [];
    let keywords: A.Keyword[] = [];
    const m = this.mark;
    if (this.expect('(')) {
      const args = this.arguments();
      if (this.expect(')')) {
        bases = args?.args ?? [];
        keywords = args?.keywords ?? [];
      } else {
        this.mark = m;
      }
    }
    if (!this.expect(':')) { this.mark = start; return null; }
    const body = this.block();
    if (!body) { this.mark = start; return null; }
    return { type: 'ClassDef', name: n.str, bases, keywords, body, decorator_list: [], ...this.ex(start) };
  }

  private invalidClassDefRaw(): void {
    const start = this.mark;
    const kw = this.expect('class');
    if (kw && this.nameTok()) {
      this.typeParams();
      const m = this.mark;
      if (this.expect('(')) {
        this.arguments();
        if (!this.expect(')')) this.mark = m;
      }
      if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
      this.checkIndentedBlock('class definition', kw);
    }
    this.mark = start;
  }

  // ------------------------------------------------------------------ functions

  /** function_def: decorators function_def_raw | function_def_raw */
  private functionDef(): Stmt | null {
    const start = this.mark;
    const decs = this.decorators();
    if (decs) {
      const f = this.functionDefRaw();
      if (f) return { ...f, decorator_list: decs };
      this.mark = start;
      return null;
    }
    return this.functionDefRaw();
  }

  /**
   * function_def_raw:
   *   | invalid_def_raw
   *   | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
   */
  private functionDefRaw(): A.FunctionDef | A.AsyncFunctionDef | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidDefRaw();
    const isAsync = !!this.expect('async');
    if (!this.expect('def')) { this.mark = start; return null; }
    const n = this.nameTok();
    if (!n) { this.mark = start; return null; }
    this.typeParams();
    if (!(this.v >= 311 ? this.forced('(') : this.expect('('))) { this.mark = start; return null; }
    const args = this.params() ?? emptyArguments();
    if (!this.expect(')')) { this.mark = start; return null; }
    let returns: Expr | null = null;
    const m = this.mark;
    if (this.expect('->')) {
      returns = this.expression();
      if (!returns) this.mark = m;
    }
    if (!this.forced(':')) { this.mark = start; return null; }
    const body = this.block();
    if (!body) { this.mark = start; return null; }
    return { type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name: n.str, args, body, decorator_list: [], returns, ...this.ex(start) } as A.FunctionDef | A.AsyncFunctionDef;
  }

  private invalidDefRaw(): void {
    // [ASYNC] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
    const start = this.mark;
    this.expect('async');
    const kw = this.expect('def');
    if (kw && this.nameTok()) {
      this.typeParams();
      if (this.expect('(')) {
        this.params();
        if (this.expect(')')) {
          const m = this.mark;
          if (this.expect('->')) { if (!this.expression()) this.mark = m; }
          this.checkIndentedBlock('function definition', kw);
        }
      }
    }
    this.mark = start;
  }

  /** params: invalid_parameters | parameters */
  private params(): A.Arguments | null {
    if (this.callInvalid) this.invalidParameters(false);
    return this.parametersOrLegacy(false);
  }

  /** 3.8 falls back to its permissive parameter list when the strict one doesn't reach the end. */
  private parametersOrLegacy(lambda: boolean): A.Arguments | null {
    const start = this.mark;
    const r = this.parameters(lambda);
    if (this.v < 310 && !this.at(lambda ? ':' : ')')) {
      const end = this.mark;
      this.mark = start;
      const l = this.legacyParameters(lambda);
      if (l) return l;
      this.mark = end;
    }
    return r;
  }

  /**
   * parameters (and lambda_parameters when `lambda`):
   *   | slash_no_default param_no_default* param_with_default* [star_etc]
   *   | slash_with_default param_with_default* [star_etc]
   *   | param_no_default+ param_with_default* [star_etc]
   *   | param_with_default+ [star_etc]
   *   | star_etc
   */
  private parameters(lambda: boolean): A.Arguments | null {
    const start = this.mark;
    // slash_no_default param_no_default* param_with_default* [star_etc]
    {
      const a = this.slashNoDefault(lambda);
      if (a) {
        const b = this.many(() => this.paramNoDefault(lambda));
        const c = this.many(() => this.paramWithDefault(lambda));
        const d = this.starEtc(lambda);
        return this.makeArguments(a, null, b, c, d);
      }
      this.mark = start;
    }
    {
      const a = this.slashWithDefault(lambda);
      if (a) {
        const b = this.many(() => this.paramWithDefault(lambda));
        const c = this.starEtc(lambda);
        return this.makeArguments(null, a, [], b, c);
      }
      this.mark = start;
    }
    {
      const a = this.many(() => this.paramNoDefault(lambda));
      if (a.length) {
        const b = this.many(() => this.paramWithDefault(lambda));
        const c = this.starEtc(lambda);
        return this.makeArguments(null, null, a, b, c);
      }
      this.mark = start;
    }
    {
      const a = this.many(() => this.paramWithDefault(lambda));
      if (a.length) {
        const b = this.starEtc(lambda);
        return this.makeArguments(null, null, [], a, b);
      }
      this.mark = start;
    }
    const s = this.starEtc(lambda);
    if (s) return this.makeArguments(null, null, [], [], s);
    this.mark = start;
    return null;
  }

  private many<R>(fn: () => R | null): R[] {
    const out: R[] = [];
    for (;;) {
      const m = this.mark;
      const r = fn();
      if (r === null) { this.mark = m; break; }
      out.push(r);
    }
    return out;
  }

  private makeArguments(slashNo: A.Arg[] | null, slashWith: SlashWithDefault | null, plain: A.Arg[], withDef: NameDefault[], star: StarEtc | null): A.Arguments {
    const posonly: A.Arg[] = [];
    const defaults: Expr[] = [];
    if (slashNo) posonly.push(...slashNo);
    if (slashWith) {
      posonly.push(...slashWith.plain);
      for (const nd of slashWith.withDefault) { posonly.push(nd.arg); defaults.push(nd.value!); }
    }
    const args: A.Arg[] = [...plain];
    for (const nd of withDef) { args.push(nd.arg); defaults.push(nd.value!); }
    return {
      type: 'arguments', posonlyargs: posonly, args,
      vararg: star?.vararg ?? null,
      kwonlyargs: star ? star.kwonly.map((k) => k.arg) : [],
      kw_defaults: star ? star.kwonly.map((k) => k.value) : [],
      kwarg: star?.kwarg ?? null,
      defaults,
    };
  }

  /** slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')' */
  private slashNoDefault(lambda: boolean): A.Arg[] | null {
    const start = this.mark;
    const a = this.many(() => this.paramNoDefault(lambda));
    if (a.length && this.expect('/')) {
      if (this.expect(',') || this.at(lambda ? ':' : ')')) return a;
    }
    this.mark = start;
    return null;
  }

  /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
  private slashWithDefault(lambda: boolean): SlashWithDefault | null {
    const start = this.mark;
    const a = this.many(() => this.paramNoDefault(lambda));
    const b = this.many(() => this.paramWithDefault(lambda));
    if (b.length && this.expect('/')) {
      if (this.expect(',') || this.at(lambda ? ':' : ')')) return { plain: a, withDefault: b };
    }
    this.mark = start;
    return null;
  }

  /**
   * star_etc:
   *   | invalid_star_etc
   *   | '*' param_no_default param_maybe_default* [kwds]
   *   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
   *   | '*' ',' param_maybe_default+ [kwds]
   *   | kwds
   */
  private starEtc(lambda: boolean): StarEtc | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidStarEtc(lambda);
    if (this.v < 310 && this.at('*')) {
      // 3.8's grammar allows a bare '*' with nothing after it; ast.c rejects it
      const close = lambda ? ':' : ')';
      const star = this.toks[this.mark]!;
      if (this.at(close, 1) || (this.at(',', 1) && this.at(close, 2))) {
        this.mark += this.at(',', 1) ? 2 : 1;
        this.astError(this.tokLoc(star), 'named arguments must follow bare *', null);
        return { vararg: null, kwonly: [], kwarg: null };
      }
      if (this.at(',', 1) && this.at('**', 2)) {
        this.mark += 2;
        const dstar = this.toks[this.mark]!;
        const k = this.kwds(lambda);
        if (k) {
          this.astError(this.tokLoc(dstar), 'named arguments must follow bare *', null);
          return { vararg: null, kwonly: [], kwarg: k };
        }
        this.mark = start;
      }
    }
    if (this.expect('*')) {
      const a = this.paramNoDefault(lambda) ?? (!lambda && this.v >= 311 ? this.paramNoDefaultStarAnnotation() : null);
      if (a) {
        const b = this.many(() => this.paramMaybeDefault(lambda));
        const c = this.kwds(lambda);
        return { vararg: a, kwonly: b, kwarg: c };
      }
      this.mark = start + 1;
      if (this.expect(',')) {
        const b = this.many(() => this.paramMaybeDefault(lambda));
        if (b.length) {
          const c = this.kwds(lambda);
          return { vararg: null, kwonly: b, kwarg: c };
        }
      }
    }
    this.mark = start;
    const k = this.kwds(lambda);
    if (k) return { vararg: null, kwonly: [], kwarg: k };
    this.mark = start;
    return null;
  }

  /** kwds: invalid_kwds | '**' param_no_default */
  private kwds(lambda: boolean): A.Arg | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidKwds(lambda);
    if (this.expect('**')) {
      const a = this.paramNoDefault(lambda);
      if (a) return a;
    }
    this.mark = start;
    return null;
  }

  /** param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')' */
  private paramNoDefault(lambda: boolean): A.Arg | null {
    const start = this.mark;
    const a = this.param(lambda);
    if (!a) return null;
    if (this.expect(',')) return a;
    if (this.at(lambda ? ':' : ')')) return a;
    this.mark = start;
    return null;
  }

  private paramNoDefaultStarAnnotation(): A.Arg | null {
    const start = this.mark;
    const n = this.nameTok();
    if (!n || !this.expect(':')) { this.mark = start; return null; }
    const ann = this.starExpression();
    if (!ann) { this.mark = start; return null; }
    const arg: A.Arg = { type: 'arg', arg: n.str, annotation: ann, ...this.ex(start) };
    if (this.expect(',') || this.at(')')) return arg;
    this.mark = start;
    return null;
  }

  /** param_with_default: param default ',' | param default &')' */
  private paramWithDefault(lambda: boolean): NameDefault | null {
    const start = this.mark;
    const a = this.param(lambda);
    if (!a) return null;
    const c = this.default_();
    if (!c) { this.mark = start; return null; }
    if (this.expect(',') || this.at(lambda ? ':' : ')')) return { arg: a, value: c };
    this.mark = start;
    return null;
  }

  /** param_maybe_default: param default? ',' | param default? &')' */
  private paramMaybeDefault(lambda: boolean): NameDefault | null {
    const start = this.mark;
    const a = this.param(lambda);
    if (!a) return null;
    const c = this.default_();
    if (this.expect(',') || this.at(lambda ? ':' : ')')) return { arg: a, value: c };
    this.mark = start;
    return null;
  }

  /** param: NAME annotation? (lambda_param: NAME) */
  private param(lambda: boolean): A.Arg | null {
    const start = this.mark;
    const n = this.nameTok();
    if (!n) return null;
    let ann: Expr | null = null;
    if (!lambda) {
      const m = this.mark;
      if (this.expect(':')) {
        ann = this.expression();
        if (!ann) this.mark = m;
      }
    }
    return { type: 'arg', arg: n.str, annotation: ann, ...this.ex(start) };
  }

  /** default: '=' expression | invalid_default */
  private default_(): Expr | null {
    const start = this.mark;
    if (this.expect('=')) {
      const e = this.expression();
      if (e) return e;
    }
    this.mark = start;
    if (this.callInvalid && this.v >= 311) {
      // invalid_default: '=' &(')'|',')
      const eq = this.expect('=');
      if (eq && (this.at(')') || this.at(','))) throw this.errorAt(this.tokLoc(eq), 'expected default value expression');
      this.mark = start;
    }
    return null;
  }

  /**
   * 3.8's grammar accepts parameters in any order (`def f(a=1, b)`) and ast.c rejects them:
   * parse a permissive list and report "non-default argument follows default argument".
   */
  private legacyParameters(lambda: boolean): A.Arguments | null {
    const start = this.mark;
    const posonly: A.Arg[] = [];
    const args: A.Arg[] = [];
    const defaults: Expr[] = [];
    let sawDefault = false;
    let sawSlash = false;
    let star: StarEtc | null = null;
    const close = lambda ? ':' : ')';
    for (;;) {
      if (this.at('*') || this.at('**')) {
        star = this.starEtc(lambda);
        if (!star) { this.mark = start; return null; }
        break;
      }
      if (!sawSlash && args.length && this.at('/')) {
        this.mark++;
        sawSlash = true;
        posonly.push(...args.splice(0));
        if (!this.expect(',')) break;
        continue;
      }
      const a = this.param(lambda);
      if (!a) break;
      const d = this.default_();
      if (d) { sawDefault = true; defaults.push(d); }
      else if (sawDefault) this.astError(this.tokLoc(this.toks[start]!), 'non-default argument follows default argument', null);
      args.push(a);
      if (!this.expect(',')) break;
    }
    if (!this.at(close) || (posonly.length + args.length === 0 && !star)) { this.mark = start; return null; }
    return {
      type: 'arguments', posonlyargs: posonly, args, vararg: star?.vararg ?? null,
      kwonlyargs: star ? star.kwonly.map((k) => k.arg) : [], kw_defaults: star ? star.kwonly.map((k) => k.value) : [],
      kwarg: star?.kwarg ?? null, defaults,
    };
  }

  // ------------------------------------------------------------------ if / while / for / with / try

  /**
   * if_stmt:
   *   | invalid_if_stmt
   *   | 'if' named_expression ':' block elif_stmt
   *   | 'if' named_expression ':' block [else_block]
   */
  private ifStmt(): Stmt | null {
    return this.ifLike('if');
  }

  private ifLike(kw: 'if' | 'elif'): A.If | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidHeader(kw, `'${kw}' statement`, () => this.namedExpression());
    if (!this.expect(kw)) return null;
    const test = this.namedExpression();
    if (!test || !this.expect(':')) { this.mark = start; return null; }
    const body = this.block();
    if (!body) { this.mark = start; return null; }
    const m = this.mark;
    if (this.at('elif')) {
      const e = this.ifLike('elif');
      if (e) return { type: 'If', test, body, orelse: [e], ...this.ex(start) };
      this.mark = m;
    }
    const orelse = this.elseBlock() ?? [];
    return { type: 'If', test, body, orelse, ...this.ex(start) };
  }

  /** invalid_X_stmt: 'X' header NEWLINE -> expected ':' | 'X' header ':' NEWLINE !INDENT -> IndentationError */
  private invalidHeader(kw: string, what: string, header: () => unknown): void {
    const start = this.mark;
    const k = this.expect(kw);
    if (k && header()) {
      if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
      this.checkIndentedBlock(what, k);
    }
    this.mark = start;
  }

  /** else_block: invalid_else_stmt | 'else' &&':' block */
  private elseBlock(): Stmt[] | null {
    const start = this.mark;
    if (this.callInvalid) {
      const k = this.expect('else');
      if (k) this.checkIndentedBlock("'else' statement", k);
      this.mark = start;
    }
    if (!this.expect('else')) return null;
    if (!this.forced(':')) { this.mark = start; return null; }
    const b = this.block();
    if (!b) { this.mark = start; return null; }
    return b;
  }

  /** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
  private whileStmt(): Stmt | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidHeader('while', "'while' statement", () => this.namedExpression());
    if (!this.expect('while')) return null;
    const test = this.namedExpression();
    if (!test || !this.expect(':')) { this.mark = start; return null; }
    const body = this.block();
    if (!body) { this.mark = start; return null; }
    const orelse = this.elseBlock() ?? [];
    return { type: 'While', test, body, orelse, ...this.ex(start) };
  }

  /**
   * for_stmt:
   *   | invalid_for_stmt
   *   | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
   *   | invalid_for_target
   */
  private forStmt(): Stmt | null {
    const start = this.mark;
    if (this.callInvalid) {
      // invalid_for_stmt
      this.expect('async');
      const k = this.expect('for');
      if (k && this.starTargets() && this.expect('in') && this.starExpressions()) {
        if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
        this.checkIndentedBlock("'for' statement", k);
      }
      this.mark = start;
    }
    const isAsync = !!this.expect('async');
    if (this.expect('for')) {
      const afterFor = this.mark;
      let target = this.starTargets();
      if (this.v < 310 && !(target && this.at('in'))) {
        this.mark = afterFor;
        target = this.legacyForTarget();
      }
      if (target && this.expect('in')) {
        // cut (3.8: for ... in testlist, no starred items)
        const iter = this.v < 309 ? this.expressions() : this.starExpressions();
        if (!iter || !this.expect(':')) { this.mark = start; return null; }
        const body = this.block();
        if (!body) { this.mark = start; return null; }
        const orelse = this.elseBlock() ?? [];
        return { type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, ...this.ex(start) } as A.For | A.AsyncFor;
      }
    }
    this.mark = start;
    if (this.callInvalid) this.invalidForTarget();
    this.mark = start;
    return null;
  }

  /** 3.8: for exprlist 'in' ... with the targets checked by ast.c. */
  private legacyForTarget(): Expr | null {
    const start = this.mark;
    const e = this.starExpressionsNoIn();
    if (!e || !this.at('in')) { this.mark = start; return null; }
    this.checkExprlist38(e, 'Store', this.toks[start]!.str === '(');
    return this.setCtx(e, 'Store');
  }

  /** An exprlist (bitwise_or level items) as pgen's for/comprehension targets. */
  private starExpressionsNoIn(): Expr | null {
    const start = this.mark;
    const items: Expr[] = [];
    let trailing = false;
    for (;;) {
      const m = this.mark;
      let e: Expr | null;
      if (this.expect('*')) {
        const v = this.bitwiseOr();
        e = v ? { type: 'Starred', value: v, ctx: 'Load', ...this.ex(m) } : null;
      } else {
        e = this.bitwiseOr();
      }
      if (!e) { this.mark = m; break; }
      items.push(e);
      trailing = false;
      if (!this.expect(',')) break;
      trailing = true;
    }
    if (!items.length) { this.mark = start; return null; }
    if (items.length === 1 && !trailing) return items[0]!;
    return { type: 'Tuple', elts: items, ctx: 'Load', ...this.ex(start) };
  }

  private invalidForTarget(): void {
    // invalid_for_target: ASYNC? 'for' star_expressions
    const start = this.mark;
    this.expect('async');
    if (this.expect('for')) {
      const e = this.starExpressions();
      if (e) this.raiseInvalidTarget('for', e);
    }
    this.mark = start;
  }

  /**
   * with_stmt:
   *   | invalid_with_stmt_indent
   *   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
   *   | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
   *   | invalid_with_stmt
   */
  private withStmt(): Stmt | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidWithStmt(true);
    const isAsync = !!this.expect('async');
    if (!this.expect('with')) { this.mark = start; return null; }
    const afterWith = this.mark;
    const mk = (items: A.WithItem[], body: Stmt[]): Stmt =>
      ({ type: isAsync ? 'AsyncWith' : 'With', items, body, ...this.ex(start) }) as A.With | A.AsyncWith;
    if (this.v >= 309 && this.expect('(')) {
      const items = this.commaList(() => this.withItem());
      if (items) {
        this.expect(',');
        if (this.expect(')') && this.expect(':')) {
          const body = this.block();
          if (body) return mk(items, body);
        }
      }
      this.mark = afterWith;
    }
    const items = this.commaList(() => this.withItem());
    if (items && this.expect(':')) {
      const body = this.block();
      if (body) return mk(items, body);
    }
    this.mark = start;
    if (this.callInvalid) this.invalidWithStmt(false);
    this.mark = start;
    return null;
  }

  private invalidWithStmt(indent: boolean): void {
    const start = this.mark;
    this.expect('async');
    const k = this.expect('with');
    if (!k) { this.mark = start; return; }
    const afterWith = this.mark;
    const item = (exprs: boolean): boolean => {
      const e = exprs ? this.expressions() : this.expression();
      if (!e) return false;
      const m = this.mark;
      if (this.expect('as')) { if (!this.starTarget()) this.mark = m; }
      return true;
    };
    const items = (exprs: boolean): boolean => {
      if (!item(exprs)) return false;
      for (;;) {
        const m = this.mark;
        if (!this.expect(',')) break;
        if (!item(exprs)) { this.mark = m; break; }
      }
      return true;
    };
    // 'with' ','.(expression ['as' star_target])+ (NEWLINE | ':' NEWLINE !INDENT)
    if (items(false)) {
      if (!indent && this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
      if (indent) this.checkIndentedBlock("'with' statement", k);
    }
    this.mark = afterWith;
    if (this.expect('(') && items(true)) {
      this.expect(',');
      if (this.expect(')')) {
        if (!indent && this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
        if (indent) this.checkIndentedBlock("'with' statement", k);
      }
    }
    this.mark = start;
  }

  /**
   * with_item:
   *   | expression 'as' star_target &(',' | ')' | ':')
   *   | invalid_with_item
   *   | expression
   */
  private withItem(): A.WithItem | null {
    const start = this.mark;
    const e = this.expression();
    if (!e) return null;
    const m = this.mark;
    if (this.expect('as')) {
      const t = this.starTarget();
      if (t && (this.at(',') || this.at(')') || this.at(':'))) {
        return { type: 'withitem', context_expr: e, optional_vars: t };
      }
      if (this.v < 310) {
        // 3.8: with_item: test ['as' expr]; ast.c checks the target
        this.mark = m + 1;
        const t2 = this.bitwiseOr();
        if (t2 && (this.at(',') || this.at(':'))) {
          this.checkTarget38(t2, 'Store', e);
          return { type: 'withitem', context_expr: e, optional_vars: this.setCtx(t2, 'Store') };
        }
      }
    }
    this.mark = start;
    if (this.callInvalid) {
      // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
      const e2 = this.expression();
      if (e2 && this.expect('as')) {
        const t = this.expression();
        if (t && (this.at(',') || this.at(')') || this.at(':'))) this.raiseInvalidTarget('star', t);
      }
      this.mark = start;
    }
    const e3 = this.expression();
    if (!e3) return null;
    return { type: 'withitem', context_expr: e3, optional_vars: null };
  }

  private commaList<R>(fn: () => R | null): R[] | null {
    const first = fn();
    if (first === null) return null;
    const out = [first];
    for (;;) {
      const m = this.mark;
      if (!this.expect(',')) break;
      const n = fn();
      if (n === null) { this.mark = m; break; }
      out.push(n);
    }
    return out;
  }

  /**
   * try_stmt:
   *   | invalid_try_stmt
   *   | 'try' &&':' block finally_block
   *   | 'try' &&':' block except_block+ [else_block] [finally_block]
   *   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
   */
  private tryStmt(): Stmt | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidTryStmt();
    if (!this.expect('try')) return null;
    if (!this.forced(':')) { this.mark = start; return null; }
    const body = this.block();
    if (!body) { this.mark = start; return null; }
    const afterBody = this.mark;
    const fin = this.finallyBlock();
    if (fin) return { type: 'Try', body, handlers: [], orelse: [], finalbody: fin, ...this.ex(start) };
    this.mark = afterBody;
    const handlers = this.many(() => this.exceptBlock(false));
    if (handlers.length) {
      const orelse = this.elseBlock() ?? [];
      const finalbody = this.finallyBlock() ?? [];
      return { type: 'Try', body, handlers, orelse, finalbody, ...this.ex(start) };
    }
    this.mark = afterBody;
    if (this.v >= 311) {
      const sh = this.many(() => this.exceptBlock(true));
      if (sh.length) {
        const orelse = this.elseBlock() ?? [];
        const finalbody = this.finallyBlock() ?? [];
        return { type: 'TryStar', body, handlers: sh, orelse, finalbody, ...this.ex(start) };
      }
    }
    this.mark = start;
    return null;
  }

  private invalidTryStmt(): void {
    const start = this.mark;
    const k = this.expect('try');
    if (!k) return;
    if (this.expect(':')) {
      if (this.atType(T.NEWLINE) && !this.atType(T.INDENT, 1)) {
        this.mark++;
        this.tok(this.mark);
        throw this.errorAtLast(`expected an indented block after 'try' statement on line ${k.lineno}`, 'IndentationError');
      }
      this.mark = start + 2;
      const b = this.block();
      if (b && !this.at('except') && !this.at('finally')) {
        throw this.errorAtLast("expected 'except' or 'finally' block");
      }
      if (b && this.v >= 311) {
        // 'try' ':' block* except_block+ 'except' '*' ... / except_star_block+ 'except' ...
        const afterBody = this.mark;
        const plain = this.many(() => this.exceptBlock(false));
        if (plain.length) {
          const ex = this.expect('except');
          const st = ex && this.expect('*');
          if (ex && st && this.expression()) {
            const m = this.mark;
            if (this.expect('as') && !this.nameTok()) this.mark = m;
            if (this.expect(':')) throw this.errorAt(this.tokLoc(ex), "cannot have both 'except' and 'except*' on the same 'try'", this.tokLoc(st));
          }
        }
        this.mark = afterBody;
        const stars = this.many(() => this.exceptBlock(true));
        if (stars.length) {
          const ex = this.expect('except');
          if (ex) {
            const m = this.mark;
            if (this.expression()) {
              const m2 = this.mark;
              if (this.expect('as') && !this.nameTok()) this.mark = m2;
            } else this.mark = m;
            if (this.expect(':')) throw this.errorAt(this.tokLoc(ex), "cannot have both 'except' and 'except*' on the same 'try'");
          }
        }
      }
    }
    this.mark = start;
  }

  /**
   * except_block:
   *   | invalid_except_stmt_indent
   *   | 'except' expression ['as' NAME] ':' block
   *   | 'except' ':' block
   *   | invalid_except_stmt
   * except_star_block: 'except' '*' expression ['as' NAME] ':' block
   */
  private exceptBlock(star: boolean): A.ExceptHandler | null {
    const start = this.mark;
    if (this.callInvalid) this.invalidExceptIndent(star);
    if (!this.expect('except')) return null;
    if (star && !this.expect('*')) { this.mark = start; return null; }
    const afterKw = this.mark;
    const htype = this.expression();
    if (htype) {
      let name: string | null = null;
      const m = this.mark;
      if (this.expect('as')) {
        const n = this.nameTok();
        if (n) name = n.str;
        else this.mark = m;
      }
      if (this.expect(':')) {
        const body = this.block();
        if (body) return { type: 'ExceptHandler', htype, name, body, ...this.ex(start) };
      }
    }
    this.mark = afterKw;
    if (!star && this.expect(':')) {
      const body = this.block();
      if (body) return { type: 'ExceptHandler', htype: null, name: null, body, ...this.ex(start) };
    }
    this.mark = start;
    if (this.callInvalid) this.invalidExceptStmt();
    this.mark = start;
    return null;
  }

  private invalidExceptIndent(star: boolean): void {
    const start = this.mark;
    const k = this.expect('except');
    if (!k) return;
    if (star && !this.expect('*')) { this.mark = start; return; }
    const what = star ? "'except*' statement" : "'except' statement";
    const m = this.mark;
    if (this.expression()) {
      const m2 = this.mark;
      if (this.expect('as') && !this.nameTok()) this.mark = m2;
      this.checkIndentedBlock(what, k);
    }
    this.mark = m;
    if (!star) this.checkIndentedBlock(what, k);
    this.mark = start;
  }

  private invalidExceptStmt(): void {
    const start = this.mark;
    const k = this.expect('except');
    if (!k) return;
    const afterKw = this.mark;
    // 'except' '*'? expression ',' expressions ['as' NAME ] ':'
    if (this.v >= 311) this.expect('*');
    const a = this.expression();
    if (a && this.expect(',') && this.expressions()) {
      const m = this.mark;
      if (this.expect('as') && !this.nameTok()) this.mark = m;
      if (this.expect(':')) throw this.errorFrom(a, 'multiple exception types must be parenthesized');
    }
    this.mark = afterKw;
    // 'except' '*'? expression ['as' NAME ] NEWLINE  ('*' from 3.11)
    if (this.v >= 311) this.expect('*');
    if (this.expression()) {
      const m = this.mark;
      if (this.expect('as') && !this.nameTok()) this.mark = m;
      if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
    }
    this.mark = afterKw;
    if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
    if (this.v >= 311 && this.expect('*') && (this.atType(T.NEWLINE) || this.at(':'))) {
      this.mark++;
      throw this.errorAtLast('expected one or more exception types');
    }
    this.mark = start;
  }

  /** finally_block: invalid_finally_stmt | 'finally' &&':' block */
  private finallyBlock(): Stmt[] | null {
    const start = this.mark;
    if (this.callInvalid) {
      const k = this.expect('finally');
      if (k) this.checkIndentedBlock("'finally' statement", k);
      this.mark = start;
    }
    if (!this.expect('finally')) return null;
    if (!this.forced(':')) { this.mark = start; return null; }
    const b = this.block();
    if (!b) { this.mark = start; return null; }
    return b;
  }

  // ------------------------------------------------------------------ match

  /**
   * match_stmt:
   *   | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
   *   | invalid_match_stmt
   */
  private matchStmt(): Stmt | null {
    if (this.v < 310) return null;
    const start = this.mark;
    if (!this.softKeyword('match')) return null;
    const subject = this.subjectExpr();
    if (subject && this.expect(':') && this.expectType(T.NEWLINE) && this.expectType(T.INDENT)) {
      const cases = this.many(() => this.caseBlock());
      if (cases.length && this.expectType(T.DEDENT)) {
        return { type: 'Match', subject, cases, ...this.ex(start) };
      }
    }
    this.mark = start;
    if (this.callInvalid) {
      const k = this.softKeyword('match');
      if (k && this.subjectExpr()) {
        if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
        this.checkIndentedBlock("'match' statement", k);
      }
      this.mark = start;
    }
    return null;
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
  private subjectExpr(): Expr | null {
    const start = this.mark;
    const v = this.starNamedExpression();
    if (v && this.expect(',')) {
      const rest = this.starNamedExpressions() ?? [];
      return { type: 'Tuple', elts: [v, ...rest], ctx: 'Load', ...this.ex(start) };
    }
    this.mark = start;
    return this.namedExpression();
  }

  /** case_block: invalid_case_block | "case" patterns guard? ':' block */
  private caseBlock(): A.MatchCase | null {
    const start = this.mark;
    if (this.callInvalid) {
      const k = this.softKeyword('case');
      if (k && this.patterns()) {
        const m = this.mark;
        if (!(this.expect('if') && this.namedExpression())) this.mark = m;
        if (this.atType(T.NEWLINE)) { this.mark++; throw this.errorAtLast("expected ':'"); }
        this.checkIndentedBlock("'case' statement", k);
      }
      this.mark = start;
    }
    if (!this.softKeyword('case')) return null;
    const pattern = this.patterns();
    if (!pattern) { this.mark = start; return null; }
    const m = this.mark;
    let guard: Expr | null = null;
    if (this.expect('if')) {
      guard = this.namedExpression();
      if (!guard) this.mark = m;
    }
    if (!this.expect(':')) { this.mark = start; return null; }
    const body = this.block();
    if (!body) { this.mark = start; return null; }
    return { type: 'match_case', pattern, guard, body };
  }

  /** patterns: open_sequence_pattern | pattern */
  private patterns(): A.Pattern | null {
    const start = this.mark;
    const seq = this.openSequencePattern();
    if (seq) return { type: 'MatchSequence', patterns: seq, ...this.ex(start) };
    this.mark = start;
    return this.pattern();
  }

  /** pattern: as_pattern | or_pattern */
  private pattern(): A.Pattern | null {
    const start = this.mark;
    const a = this.asPattern();
    if (a) return a;
    this.mark = start;
    return this.orPattern();
  }

  /**
   * as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
   * invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
   */
  private asPattern(): A.Pattern | null {
    const start = this.mark;
    const p = this.orPattern();
    if (p && this.expect('as')) {
      const t = this.patternCaptureTarget();
      if (t) return { type: 'MatchAs', pattern: p, name: t.str, ...this.ex(start) };
    }
    this.mark = start;
    if (this.callInvalid) {
      if (this.orPattern() && this.expect('as')) {
        const u = this.cur();
        if (u.type === T.NAME && u.str === '_') throw this.errorAt(this.tokLoc(u), "cannot use '_' as a target");
        if (u.type !== T.NAME) {
          const e = this.expression();
          if (e) throw this.errorAt(e, 'invalid pattern target');
        }
      }
      this.mark = start;
    }
    return null;
  }

  /** or_pattern: '|'.closed_pattern+ (one alternative is the pattern itself) */
  private orPattern(): A.Pattern | null {
    const start = this.mark;
    const first = this.closedPattern();
    if (!first) return null;
    const pats = [first];
    for (;;) {
      const m = this.mark;
      if (!this.expect('|')) break;
      const p = this.closedPattern();
      if (!p) { this.mark = m; break; }
      pats.push(p);
    }
    if (pats.length === 1) return first;
    return { type: 'MatchOr', patterns: pats, ...this.ex(start) };
  }

  /**
   * closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern
   *   | group_pattern | sequence_pattern | mapping_pattern | class_pattern
   */
  private closedPattern(): A.Pattern | null {
    return this.memo(M.closed_pattern, () => {
      const start = this.mark;
      let p: A.Pattern | null = this.literalPattern();
      if (p) return p;
      this.mark = start;
      // capture_pattern: pattern_capture_target
      const t = this.patternCaptureTarget();
      if (t) return { type: 'MatchAs', pattern: null, name: t.str, ...this.tokLoc(t) };
      this.mark = start;
      // wildcard_pattern: "_"
      const w = this.softKeyword('_');
      if (w) return { type: 'MatchAs', pattern: null, name: null, ...this.tokLoc(w) };
      // value_pattern: attr !('.' | '(' | '=')
      const a = this.attr();
      if (a && !this.at('.') && !this.at('(') && !this.at('=')) return { type: 'MatchValue', value: a, ...this.ex(start) };
      this.mark = start;
      // group_pattern: '(' pattern ')'
      if (this.expect('(')) {
        const g = this.pattern();
        if (g && this.expect(')')) return g;
      }
      this.mark = start;
      p = this.sequencePattern();
      if (p) return p;
      this.mark = start;
      p = this.mappingPattern();
      if (p) return p;
      this.mark = start;
      p = this.classPattern();
      if (p) return p;
      this.mark = start;
      return null;
    });
  }

  /**
   * literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
   * (literal_expr, `asExpr`: the same, giving the expression itself; the singletons as Constants)
   */
  private literalPattern(): A.Pattern | null {
    const start = this.mark;
    const e = this.literalExpr(true);
    if (!e) return null;
    if (e.type === 'Constant' && (e.value.k === 'None' || e.value.k === 'bool') && this.toks[start]!.type === T.KEYWORD) {
      return { type: 'MatchSingleton', value: e.value, ...this.ex(start) };
    }
    return { type: 'MatchValue', value: e, ...this.ex(start) };
  }

  private literalExpr(_pattern: boolean): Expr | null {
    const start = this.mark;
    const n = this.signedNumber();
    if (n && !this.at('+') && !this.at('-')) return n;
    this.mark = start;
    const c = this.complexNumber();
    if (c) return c;
    this.mark = start;
    if (this.atType(T.STRING)) {
      const s = this.strings();
      if (s) return s;
      this.mark = start;
    }
    const t = this.cur();
    if (t.type === T.KEYWORD && (t.str === 'None' || t.str === 'True' || t.str === 'False')) {
      this.mark++;
      const value: A.ConstValue = t.str === 'None' ? { k: 'None' } : { k: 'bool', v: t.str === 'True' };
      return { type: 'Constant', value, ...this.tokLoc(t) };
    }
    return null;
  }

  /**
   * A NUMBER token's value. A decimal int literal of more than 4300 digits is refused as
   * PyLong_FromString refuses it (the int max str digits limit, 3.8.14+/3.10.7+/3.11+): a
   * SyntaxError from ast.c (3.8, reported once the file parsed, at the literal) or from the
   * parser (3.10+, no column). Its text is what err_programtext's fgets read last: a line of
   * more than 999 bytes comes out as its last 999-byte piece.
   */
  private numberValue(t: Token): A.ConstValue {
    const v = parseNumber(t.str);
    if (v.k !== 'int' || t.str.length <= 4300 || /^0[xXoObB]/.test(t.str)) return v;
    const n = t.str.replace(/_/g, '').length;
    if (n <= 4300) return v;
    const msg = `Exceeds the limit (4300${this.v >= 311 ? ' digits' : ''}) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`;
    const raw = lastFgetsPiece(this.lineTextNl(t.lineno));
    if (this.v < 310) {
      this.deferred.push({ err: this.makeError('SyntaxError', msg, t.lineno, this.cpCol(t.lineno, t.col) + 1, t.lineno, -1, raw) });
      return v;
    }
    throw this.makeError('SyntaxError', msg, t.lineno, 0, t.endLineno, 0, raw);
  }

  /** signed_number: NUMBER | '-' NUMBER */
  private signedNumber(): Expr | null {
    const start = this.mark;
    const t = this.cur();
    if (t.type === T.NUMBER) {
      this.mark++;
      return { type: 'Constant', value: this.numberValue(t), ...this.tokLoc(t) };
    }
    if (this.expect('-')) {
      const n = this.cur();
      if (n.type === T.NUMBER) {
        this.mark++;
        const operand: Expr = { type: 'Constant', value: this.numberValue(n), ...this.tokLoc(n) };
        return { type: 'UnaryOp', op: 'USub', operand, ...this.ex(start) };
      }
    }
    this.mark = start;
    return null;
  }

  /** complex_number: signed_real_number ('+' | '-') imaginary_number */
  private complexNumber(): Expr | null {
    const start = this.mark;
    for (const op of ['+', '-'] as const) {
      this.mark = start;
      const real = this.signedRealNumber();
      if (!real) break;
      if (!this.expect(op)) continue;
      const imag = this.numberChecked(true);
      if (imag) return { type: 'BinOp', left: real, op: op === '+' ? 'Add' : 'Sub', right: imag, ...this.ex(start) };
    }
    this.mark = start;
    return null;
  }

  /** signed_real_number: real_number | '-' real_number */
  private signedRealNumber(): Expr | null {
    const start = this.mark;
    const r = this.numberChecked(false);
    if (r) return r;
    this.mark = start;
    if (this.expect('-')) {
      const x = this.numberChecked(false);
      if (x) return { type: 'UnaryOp', op: 'USub', operand: x, ...this.ex(start) };
    }
    this.mark = start;
    return null;
  }

  /** real_number / imaginary_number: NUMBER, checked by _PyPegen_ensure_real / _imaginary. */
  private numberChecked(imaginary: boolean): Expr | null {
    const t = this.cur();
    if (t.type !== T.NUMBER) return null;
    this.mark++;
    const value = this.numberValue(t);
    const e: Expr = { type: 'Constant', value, ...this.tokLoc(t) };
    if ((value.k === 'complex') !== imaginary) {
      throw this.errorAt(e, imaginary ? 'imaginary number required in complex literal' : 'real number required in complex literal');
    }
    return e;
  }

  /** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
  private patternCaptureTarget(): Token | null {
    const t = this.cur();
    if (t.type !== T.NAME || t.str === '_') return null;
    if (this.at('.', 1) || this.at('(', 1) || this.at('=', 1)) return null;
    this.mark++;
    return t;
  }

  /** attr: name_or_attr '.' NAME (left-recursive: the longest dotted name with at least one dot) */
  private attr(): Expr | null {
    const start = this.mark;
    const e = this.nameOrAttr();
    if (e && e.type === 'Attribute') return e;
    this.mark = start;
    return null;
  }

  /** name_or_attr: attr | NAME */
  private nameOrAttr(): Expr | null {
    const start = this.mark;
    const t = this.cur();
    if (t.type !== T.NAME) return null;
    this.mark++;
    let e: Expr = this.nameNode(t, 'Load');
    while (this.at('.') && this.atType(T.NAME, 1)) {
      this.mark++;
      const n = this.cur();
      this.mark++;
      e = { type: 'Attribute', value: e, attr: n.str, ctx: 'Load', ...this.ex(start) };
    }
    return e;
  }

  /** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
  private sequencePattern(): A.Pattern | null {
    const start = this.mark;
    if (this.expect('[')) {
      const m = this.mark;
      let pats = this.maybeSequencePattern();
      if (!pats) { this.mark = m; pats = []; }
      if (this.expect(']')) return { type: 'MatchSequence', patterns: pats, ...this.ex(start) };
    }
    this.mark = start;
    if (this.expect('(')) {
      const m = this.mark;
      let pats = this.openSequencePattern();
      if (!pats) { this.mark = m; pats = []; }
      if (this.expect(')')) return { type: 'MatchSequence', patterns: pats, ...this.ex(start) };
    }
    this.mark = start;
    return null;
  }

  /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
  private openSequencePattern(): A.Pattern[] | null {
    const start = this.mark;
    const first = this.maybeStarPattern();
    if (!first || !this.expect(',')) { this.mark = start; return null; }
    const m = this.mark;
    const rest = this.maybeSequencePattern();
    if (!rest) { this.mark = m; return [first]; }
    return [first, ...rest];
  }

  /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
  private maybeSequencePattern(): A.Pattern[] | null {
    const first = this.maybeStarPattern();
    if (!first) return null;
    const out = [first];
    for (;;) {
      const m = this.mark;
      if (!this.expect(',')) break;
      const p = this.maybeStarPattern();
      if (!p) { this.mark = m; break; }
      out.push(p);
    }
    this.expect(',');
    return out;
  }

  /** maybe_star_pattern: star_pattern | pattern */
  private maybeStarPattern(): A.Pattern | null {
    const start = this.mark;
    const s = this.starPattern();
    if (s) return s;
    this.mark = start;
    return this.pattern();
  }

  /** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
  private starPattern(): A.Pattern | null {
    return this.memo(M.star_pattern, () => {
      const start = this.mark;
      if (this.expect('*')) {
        const t = this.patternCaptureTarget();
        if (t) return { type: 'MatchStar', name: t.str, ...this.ex(start) } as A.Pattern;
        if (this.softKeyword('_')) return { type: 'MatchStar', name: null, ...this.ex(start) } as A.Pattern;
      }
      this.mark = start;
      return null;
    });
  }

  /**
   * mapping_pattern:
   *   | '{' '}' | '{' double_star_pattern ','? '}'
   *   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
   */
  private mappingPattern(): A.Pattern | null {
    const start = this.mark;
    if (!this.expect('{')) return null;
    const open = this.mark;
    const make = (items: [Expr, A.Pattern][], rest: Token | null): A.Pattern => ({
      type: 'MatchMapping', keys: items.map((x) => x[0]), patterns: items.map((x) => x[1]), rest: rest ? rest.str : null, ...this.ex(start),
    });
    if (this.expect('}')) return make([], null);
    const r = this.doubleStarPattern();
    if (r) {
      this.expect(',');
      if (this.expect('}')) return make([], r);
    }
    this.mark = open;
    let items = this.itemsPattern();
    if (items && this.expect(',')) {
      const r2 = this.doubleStarPattern();
      if (r2) {
        this.expect(',');
        if (this.expect('}')) return make(items, r2);
      }
    }
    this.mark = open;
    items = this.itemsPattern();
    if (items) {
      this.expect(',');
      if (this.expect('}')) return make(items, null);
    }
    this.mark = start;
    return null;
  }

  /** items_pattern: ','.key_value_pattern+ ; key_value_pattern: (literal_expr | attr) ':' pattern */
  private itemsPattern(): [Expr, A.Pattern][] | null {
    const out: [Expr, A.Pattern][] = [];
    for (;;) {
      const m = this.mark;
      if (out.length > 0 && !this.expect(',')) break;
      const kv = this.keyValuePattern();
      if (!kv) { this.mark = m; break; }
      out.push(kv);
    }
    return out.length ? out : null;
  }

  private keyValuePattern(): [Expr, A.Pattern] | null {
    const start = this.mark;
    let key = this.literalExpr(false);
    if (!key) {
      this.mark = start;
      key = this.attr();
    }
    if (key && this.expect(':')) {
      const p = this.pattern();
      if (p) return [key, p];
    }
    this.mark = start;
    return null;
  }

  /** double_star_pattern: '**' pattern_capture_target */
  private doubleStarPattern(): Token | null {
    const start = this.mark;
    if (this.expect('**')) {
      const t = this.patternCaptureTarget();
      if (t) return t;
    }
    this.mark = start;
    return null;
  }

  /**
   * class_pattern:
   *   | name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
   *   | name_or_attr '(' keyword_patterns ','? ')'
   *   | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
   *   | invalid_class_pattern
   */
  private classPattern(): A.Pattern | null {
    const start = this.mark;
    const cls = this.nameOrAttr();
    if (!cls || !this.expect('(')) { this.mark = start; return null; }
    const open = this.mark;
    const make = (patterns: A.Pattern[], kws: [string, A.Pattern][]): A.Pattern => ({
      type: 'MatchClass', cls, patterns, kwd_attrs: kws.map((k) => k[0]), kwd_patterns: kws.map((k) => k[1]), ...this.ex(start),
    });
    if (this.expect(')')) return make([], []);
    const pos = this.positionalPatterns();
    if (pos) {
      const m = this.mark;
      this.expect(',');
      if (this.expect(')')) return make(pos, []);
      this.mark = m;
    }
    this.mark = open;
    const kws = this.keywordPatterns();
    if (kws) {
      this.expect(',');
      if (this.expect(')')) return make([], kws);
    }
    this.mark = open;
    const pos2 = this.positionalPatterns();
    if (pos2 && this.expect(',')) {
      const kws2 = this.keywordPatterns();
      if (kws2) {
        this.expect(',');
        if (this.expect(')')) return make(pos2, kws2);
      }
    }
    this.mark = start;
    if (this.callInvalid) {
      // invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns
      if (this.nameOrAttr() && this.expect('(')) {
        const m = this.mark;
        if (!(this.positionalPatterns() && this.expect(','))) this.mark = m;
        if (this.keywordPatterns() && this.expect(',')) {
          const a = this.positionalPatterns();
          if (a) throw this.errorAt(a[0]!, 'positional patterns follow keyword patterns', a[a.length - 1]!);
        }
      }
      this.mark = start;
    }
    return null;
  }

  /** positional_patterns: ','.pattern+ */
  private positionalPatterns(): A.Pattern[] | null {
    const out: A.Pattern[] = [];
    for (;;) {
      const m = this.mark;
      if (out.length > 0 && !this.expect(',')) break;
      const p = this.pattern();
      if (!p) { this.mark = m; break; }
      out.push(p);
    }
    return out.length ? out : null;
  }

  /** keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern */
  private keywordPatterns(): [string, A.Pattern][] | null {
    const out: [string, A.Pattern][] = [];
    for (;;) {
      const m = this.mark;
      if (out.length > 0 && !this.expect(',')) break;
      const n = this.nameTok();
      const p = n && this.expect('=') ? this.pattern() : null;
      if (!n || !p) { this.mark = m; break; }
      out.push([n.str, p]);
    }
    return out.length ? out : null;
  }

  // ================================================================== expressions

  /** expressions: expression (',' expression)+ [','] | expression ',' | expression */
  private expressions(): Expr | null {
    const start = this.mark;
    const a = this.expression();
    if (!a) return null;
    if (!this.at(',')) return a;
    const elts = [a];
    while (this.at(',')) {
      this.mark++;
      const m = this.mark;
      const b = this.expression();
      if (!b) { this.mark = m; break; }
      elts.push(b);
    }
    return { type: 'Tuple', elts, ctx: 'Load', ...this.ex(start) };
  }

  /**
   * expression (memo):
   *   | invalid_expression | invalid_legacy_expression
   *   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
   */
  expression(): Expr | null {
    return this.memo(M.expression, () => {
      const start = this.mark;
      if (this.callInvalid) {
        this.invalidExpression();
        this.mark = start;
        this.invalidLegacyExpression();
        this.mark = start;
      }
      return this.expressionWithoutInvalid();
    });
  }

  private expressionWithoutInvalid(): Expr | null {
    const start = this.mark;
    const a = this.disjunction();
    if (a) {
      const m = this.mark;
      if (this.expect('if')) {
        const b = this.disjunction();
        if (b && this.expect('else')) {
          const c = this.expression();
          if (c) return { type: 'IfExp', test: b, body: a, orelse: c, ...this.ex(start) };
        }
      }
      this.mark = m;
      return a;
    }
    this.mark = start;
    return this.lambdef();
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  yieldExpr(): Expr | null {
    const start = this.mark;
    if (!this.expect('yield')) return null;
    if (this.expect('from')) {
      const a = this.expression();
      if (a) return { type: 'YieldFrom', value: a, ...this.ex(start) };
      this.mark = start + 1;
    }
    const v = this.starExpressions();
    return { type: 'Yield', value: v, ...this.ex(start) };
  }

  /** star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression */
  starExpressions(): Expr | null {
    const start = this.mark;
    const a = this.starExpression();
    if (!a) return null;
    if (!this.at(',')) return a;
    const elts = [a];
    while (this.at(',')) {
      this.mark++;
      const m = this.mark;
      const b = this.starExpression();
      if (!b) { this.mark = m; break; }
      elts.push(b);
    }
    return { type: 'Tuple', elts, ctx: 'Load', ...this.ex(start) };
  }

  /** star_expression (memo): '*' bitwise_or | expression */
  private starExpression(): Expr | null {
    return this.memo(M.star_expression, () => {
      const start = this.mark;
      if (this.expect('*')) {
        const a = this.bitwiseOr();
        if (a) return { type: 'Starred', value: a, ctx: 'Load', ...this.ex(start) } as A.Starred;
        this.mark = start;
      }
      return this.expression();
    });
  }

  /** star_named_expressions: ','.star_named_expression+ [','] */
  private starNamedExpressions(): Expr[] | null {
    const out = this.commaList(() => this.starNamedExpression());
    if (!out) return null;
    this.expect(',');
    return out;
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  private starNamedExpression(): Expr | null {
    const start = this.mark;
    if (this.expect('*')) {
      const a = this.bitwiseOr();
      if (a) return { type: 'Starred', value: a, ctx: 'Load', ...this.ex(start) };
      this.mark = start;
    }
    return this.namedExpression();
  }

  /** assignment_expression: NAME ':=' ~ expression */
  private assignmentExpression(): Expr | null | typeof CUT {
    const start = this.mark;
    const n = this.nameTok();
    if (!n || !this.expect(':=')) { this.mark = start; return null; }
    const b = this.expression();
    if (!b) { this.mark = start; return CUT; }
    return { type: 'NamedExpr', target: this.nameNode(n, 'Store'), value: b, ...this.ex(start) };
  }

  /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
  namedExpression(): Expr | null {
    const start = this.mark;
    const a = this.assignmentExpression();
    if (a === CUT) return null;
    if (a) return a;
    if (this.callInvalid) {
      this.invalidNamedExpression();
      this.mark = start;
    }
    const e = this.expression();
    if (e && !this.at(':=')) return e;
    if (e && this.v < 310) {
      // 3.8: namedexpr_test: test [':=' test], ast.c checks the target
      const m = this.mark;
      this.mark++;
      const value = this.expression();
      if (value) {
        if (e.type !== 'Name') this.astError(e, `cannot use assignment expressions with ${exprName38(e)}`, null);
        return { type: 'NamedExpr', target: this.setCtx(e, 'Store') as A.Name, value, ...this.ex(start) };
      }
      this.mark = m;
    }
    this.mark = start;
    return null;
  }

  /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
  private disjunction(): Expr | null {
    return this.memo(M.disjunction, () => {
      const start = this.mark;
      const a = this.conjunction();
      if (!a) return null;
      if (!this.at('or')) return a;
      const values = [a];
      for (;;) {
        const m = this.mark;
        if (!this.expect('or')) break;
        const c = this.conjunction();
        if (!c) { this.mark = m; break; }
        values.push(c);
      }
      if (values.length === 1) return a;
      return { type: 'BoolOp', op: 'Or', values, ...this.ex(start) } as A.BoolOp;
    });
  }

  /** conjunction (memo): inversion ('and' inversion)+ | inversion */
  private conjunction(): Expr | null {
    return this.memo(M.conjunction, () => {
      const start = this.mark;
      const a = this.inversion();
      if (!a) return null;
      if (!this.at('and')) return a;
      const values = [a];
      for (;;) {
        const m = this.mark;
        if (!this.expect('and')) break;
        const c = this.inversion();
        if (!c) { this.mark = m; break; }
        values.push(c);
      }
      if (values.length === 1) return a;
      return { type: 'BoolOp', op: 'And', values, ...this.ex(start) } as A.BoolOp;
    });
  }

  /** inversion (memo): 'not' inversion | comparison */
  private inversion(): Expr | null {
    return this.memo(M.inversion, () => {
      const start = this.mark;
      if (this.expect('not')) {
        const a = this.inversion();
        if (a) return { type: 'UnaryOp', op: 'Not', operand: a, ...this.ex(start) } as A.UnaryOp;
        this.mark = start;
      }
      return this.comparison();
    });
  }

  private static readonly CMPOPS: Record<string, A.CmpOpKind> = {
    '==': 'Eq', '!=': 'NotEq', '<=': 'LtE', '<': 'Lt', '>=': 'GtE', '>': 'Gt', '<>': 'NotEq',
  };

  /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
  private comparison(): Expr | null {
    const start = this.mark;
    const a = this.bitwiseOr();
    if (!a) return null;
    const ops: A.CmpOpKind[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const m = this.mark;
      const t = this.cur();
      let op: A.CmpOpKind | undefined;
      if (t.type === T.OP) {
        op = Parser.CMPOPS[t.str];
        if (op && t.str === '<>') op = undefined; // only with barry_as_FLUFL
        if (op) this.mark++;
      } else if (t.type === T.KEYWORD) {
        if (t.str === 'in') { op = 'In'; this.mark++; }
        else if (t.str === 'not' && this.at('in', 1)) { op = 'NotIn'; this.mark += 2; }
        else if (t.str === 'is') {
          if (this.at('not', 1)) { op = 'IsNot'; this.mark += 2; } else { op = 'Is'; this.mark++; }
        }
      }
      if (!op) break;
      const b = this.bitwiseOr();
      if (!b) {
        // 'is' 'not' failed -> retry as plain 'is' (PEG alternative order: isnot before is)
        this.mark = m;
        if (op === 'IsNot') {
          this.mark = m + 1;
          const b2 = this.bitwiseOr();
          if (b2) { ops.push('Is'); comparators.push(b2); continue; }
        }
        this.mark = m;
        break;
      }
      ops.push(op);
      comparators.push(b);
    }
    if (!ops.length) return a;
    return { type: 'Compare', left: a, ops, comparators, ...this.ex(start) };
  }

  private binLoop(start: number, first: Expr, ops: Record<string, A.OperatorKind>, next: () => Expr | null): Expr {
    let a = first;
    for (;;) {
      const t = this.cur();
      if (t.type !== T.OP) break;
      const op = ops[t.str];
      if (!op) break;
      const m = this.mark;
      this.mark++;
      const b = next();
      if (!b) { this.mark = m; break; }
      a = { type: 'BinOp', left: a, op, right: b, ...this.ex(start) };
    }
    return a;
  }

  /** bitwise_or (left-recursive, memo): bitwise_or '|' bitwise_xor | bitwise_xor */
  bitwiseOr(): Expr | null {
    return this.memo(M.bitwise_or, () => {
      const start = this.mark;
      const a = this.bitwiseXor();
      if (!a) return null;
      return this.binLoop(start, a, { '|': 'BitOr' }, () => this.bitwiseXor());
    });
  }

  private bitwiseXor(): Expr | null {
    const start = this.mark;
    const a = this.bitwiseAnd();
    if (!a) return null;
    return this.binLoop(start, a, { '^': 'BitXor' }, () => this.bitwiseAnd());
  }

  private bitwiseAnd(): Expr | null {
    const start = this.mark;
    const a = this.shiftExpr();
    if (!a) return null;
    return this.binLoop(start, a, { '&': 'BitAnd' }, () => this.shiftExpr());
  }

  private shiftExpr(): Expr | null {
    const start = this.mark;
    const a = this.sum();
    if (!a) return null;
    return this.binLoop(start, a, { '<<': 'LShift', '>>': 'RShift' }, () => this.sum());
  }

  sum(): Expr | null {
    const start = this.mark;
    const a = this.term();
    if (!a) return null;
    return this.binLoop(start, a, { '+': 'Add', '-': 'Sub' }, () => this.term());
  }

  private term(): Expr | null {
    const start = this.mark;
    const a = this.factor();
    if (!a) return null;
    return this.binLoop(start, a, { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' }, () => this.factor());
  }

  /** factor (memo): '+' factor | '-' factor | '~' factor | power */
  private factor(): Expr | null {
    return this.memo(M.factor, () => {
      const start = this.mark;
      const t = this.cur();
      if (t.type === T.OP && (t.str === '+' || t.str === '-' || t.str === '~')) {
        this.mark++;
        const a = this.factor();
        if (a) {
          const op: A.UnaryOpKind = t.str === '+' ? 'UAdd' : t.str === '-' ? 'USub' : 'Invert';
          return { type: 'UnaryOp', op, operand: a, ...this.ex(start) } as A.UnaryOp;
        }
        this.mark = start;
        return null;
      }
      return this.power();
    });
  }

  /** power: await_primary '**' factor | await_primary */
  private power(): Expr | null {
    const start = this.mark;
    const a = this.awaitPrimary();
    if (!a) return null;
    const m = this.mark;
    if (this.expect('**')) {
      const b = this.factor();
      if (b) return { type: 'BinOp', left: a, op: 'Pow', right: b, ...this.ex(start) };
      this.mark = m;
    }
    return a;
  }

  /** await_primary (memo): AWAIT primary | primary */
  private awaitPrimary(): Expr | null {
    return this.memo(M.await_primary, () => {
      const start = this.mark;
      if (this.expect('await')) {
        const a = this.primary();
        if (a) return { type: 'Await', value: a, ...this.ex(start) } as A.Await;
        this.mark = start;
        return null;
      }
      return this.primary();
    });
  }

  /**
   * primary (left-recursive):
   *   primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
   */
  private primary(): Expr | null {
    const start = this.mark;
    let a = this.atom();
    if (!a) return null;
    for (;;) {
      const m = this.mark;
      const t = this.cur();
      if (t.type !== T.OP) break;
      if (t.str === '.') {
        this.mark++;
        const n = this.nameTok();
        if (n) { a = { type: 'Attribute', value: a, attr: n.str, ctx: 'Load', ...this.ex(start) }; continue; }
        this.mark = m;
        break;
      }
      if (t.str === '(') {
        const g = this.genexp();
        if (g) { a = { type: 'Call', func: a, args: [g], keywords: [], ...this.ex(start) }; continue; }
        this.mark = m + 1;
        const args = this.arguments();
        if (this.expect(')')) {
          a = { type: 'Call', func: a, args: args?.args ?? [], keywords: args?.keywords ?? [], ...this.ex(start) };
          continue;
        }
        this.mark = m;
        break;
      }
      if (t.str === '[') {
        this.mark++;
        const s = this.slices();
        if (s && this.expect(']')) { a = { type: 'Subscript', value: a, slice: s, ctx: 'Load', ...this.ex(start) }; continue; }
        this.mark = m;
        break;
      }
      break;
    }
    return a;
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  private slices(): Expr | null {
    const start = this.mark;
    const a = this.slice();
    if (a && !this.at(',')) return a;
    this.mark = start;
    const one = (): Expr | null => this.slice() ?? (this.v >= 311 ? this.starredExpression() : null);
    const elts = this.commaList(one);
    if (!elts) { this.mark = start; return null; }
    this.expect(',');
    return { type: 'Tuple', elts, ctx: 'Load', ...this.ex(start) };
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
  private slice(): Expr | null {
    const start = this.mark;
    const lower = this.expression();
    if (this.expect(':')) {
      const upper = this.expression();
      let step: Expr | null = null;
      const m = this.mark;
      if (this.expect(':')) step = this.expression();
      else this.mark = m;
      return { type: 'Slice', lower, upper, step, ...this.ex(start) };
    }
    this.mark = start;
    return this.v >= 310 ? this.namedExpression() : this.expression() ?? this.namedExpression();
  }

  /**
   * atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER | &'(' (tuple | group | genexp)
   *   | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
   */
  private atom(): Expr | null {
    const start = this.mark;
    const t = this.cur();
    switch (t.type) {
      case T.NAME:
        this.mark++;
        return this.nameNode(t, 'Load');
      case T.NUMBER:
        this.mark++;
        return { type: 'Constant', value: this.numberValue(t), ...this.tokLoc(t) };
      case T.STRING:
        return this.strings();
      case T.KEYWORD:
        if (t.str === 'True' || t.str === 'False') {
          this.mark++;
          return { type: 'Constant', value: { k: 'bool', v: t.str === 'True' }, ...this.tokLoc(t) };
        }
        if (t.str === 'None') {
          this.mark++;
          return { type: 'Constant', value: { k: 'None' }, ...this.tokLoc(t) };
        }
        return null;
      case T.OP:
        switch (t.str) {
          case '(': return this.tuple() ?? this.group() ?? this.genexp();
          case '[': return this.list() ?? this.listcomp();
          case '{': return this.dict() ?? this.set() ?? this.dictcomp() ?? this.setcomp();
          case '...':
            this.mark++;
            return { type: 'Constant', value: { k: 'Ellipsis' }, ...this.ex(start) };
          default: return null;
        }
      default:
        return null;
    }
  }

  nameNode(t: Token, ctx: A.ExprContext): A.Name {
    return { type: 'Name', id: t.str, ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
  private group(): Expr | null {
    const start = this.mark;
    if (this.expect('(')) {
      const a = this.yieldExpr() ?? this.namedExpression() ?? (this.v < 309 ? this.starredBitwiseOr() : null);
      if (a && this.expect(')')) return a;
    }
    this.mark = start;
    if (this.callInvalid) {
      // invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
      if (this.expect('(')) {
        const m = this.mark;
        const s = this.starredExpression();
        if (s && this.expect(')')) throw this.errorAt(s, 'cannot use starred expression here');
        this.mark = m;
        const ds = this.expect('**');
        if (ds && this.expression() && this.expect(')')) throw this.errorAt(this.tokLoc(ds), 'cannot use double starred expression here');
      }
      this.mark = start;
    }
    return null;
  }

  /** 3.8 star_expr: '*' expr */
  private starredBitwiseOr(): Expr | null {
    const start = this.mark;
    if (!this.expect('*')) return null;
    const a = this.bitwiseOr();
    if (!a) { this.mark = start; return null; }
    return { type: 'Starred', value: a, ctx: 'Load', ...this.ex(start) };
  }

  /** 3.8: `[*a for ...]` parses (testlist_comp allows star_expr); ast.c rejects it. */
  private legacyStarredComp(close: string, kind: 'ListComp' | 'SetComp' | 'GeneratorExp'): Expr | null {
    const start = this.mark;
    this.mark++;
    const s = this.starredBitwiseOr();
    if (s) {
      const gens = this.forIfClauses();
      if (gens && this.expect(close)) {
        this.astError(s, 'iterable unpacking cannot be used in comprehension', null);
        return { type: kind, elt: s, generators: gens, ...this.ex(start) } as A.ListComp;
      }
    }
    this.mark = start;
    return null;
  }

  /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
  private tuple(): Expr | null {
    const start = this.mark;
    if (!this.expect('(')) return null;
    const elts: Expr[] = [];
    const m = this.mark;
    const y = this.starNamedExpression();
    if (y && this.expect(',')) {
      elts.push(y);
      const z = this.starNamedExpressions();
      if (z) elts.push(...z);
    } else {
      this.mark = m;
    }
    if (!this.expect(')')) { this.mark = start; return null; }
    return { type: 'Tuple', elts, ctx: 'Load', ...this.ex(start) };
  }

  /** list: '[' [star_named_expressions] ']' */
  private list(): Expr | null {
    const start = this.mark;
    if (!this.expect('[')) return null;
    const elts = this.starNamedExpressions() ?? [];
    if (!this.expect(']')) { this.mark = start; return null; }
    return { type: 'List', elts, ctx: 'Load', ...this.ex(start) };
  }

  /** set: '{' star_named_expressions '}' */
  private set(): Expr | null {
    const start = this.mark;
    if (!this.expect('{')) return null;
    const elts = this.starNamedExpressions();
    if (!elts || !this.expect('}')) { this.mark = start; return null; }
    return { type: 'Set', elts, ...this.ex(start) };
  }

  /** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
  private dict(): Expr | null {
    const start = this.mark;
    if (!this.expect('{')) return null;
    const pairs = this.doubleStarredKvpairs() ?? [];
    if (this.expect('}')) {
      return { type: 'Dict', keys: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]), ...this.ex(start) };
    }
    this.mark = start;
    if (this.callInvalid) {
      this.mark = start + 1;
      this.invalidDoubleStarredKvpairs();
      this.mark = start;
    }
    return null;
  }

  /**
   * double_starred_kvpairs: ','.double_starred_kvpair+ [',']
   * In CPython's second pass the keys after the first one end up parsed (and memoized) without the
   * invalid_* rules, so `{1: 2, 3 4}` reports "':' expected after dictionary key" rather than
   * "Perhaps you forgot a comma?" (observed in 3.10-3.13).
   */
  private doubleStarredKvpairs(): [Expr | null, Expr][] | null {
    const out = this.commaList(() => {
      if (!this.callInvalid || this.at('**') || this.at('{', -1)) return this.doubleStarredKvpair();
      const m = this.mark;
      this.callInvalid = false;
      try { this.expression(); } finally { this.callInvalid = true; }
      this.mark = m;
      return this.doubleStarredKvpair();
    });
    if (!out) return null;
    this.expect(',');
    return out;
  }

  /** double_starred_kvpair: '**' bitwise_or | kvpair */
  private doubleStarredKvpair(): [Expr | null, Expr] | null {
    const start = this.mark;
    if (this.expect('**')) {
      const a = this.bitwiseOr();
      if (a) return [null, a];
      this.mark = start;
    }
    return this.kvpair();
  }

  /** kvpair: expression ':' expression */
  private kvpair(): [Expr, Expr] | null {
    const start = this.mark;
    const a = this.expression();
    if (!a || !this.expect(':')) { this.mark = start; return null; }
    const b = this.expression();
    if (!b) { this.mark = start; return null; }
    return [a, b];
  }

  /** for_if_clauses: for_if_clause+ */
  private forIfClauses(): A.Comprehension[] | null {
    const out = this.many(() => this.forIfClause());
    return out.length ? out : null;
  }

  /**
   * for_if_clause:
   *   | ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
   *   | invalid_for_target
   */
  private forIfClause(): A.Comprehension | null {
    const start = this.mark;
    const isAsync = !!this.expect('async');
    if (this.expect('for')) {
      const afterFor = this.mark;
      let target = this.starTargets();
      if (this.v < 310 && !(target && this.at('in'))) {
        this.mark = afterFor;
        target = this.legacyForTarget();
      }
      if (target && this.expect('in')) {
        const iter = this.disjunction();
        if (!iter) { this.mark = start; return null; } // cut
        const ifs: Expr[] = [];
        for (;;) {
          const m = this.mark;
          if (!this.expect('if')) break;
          const c = this.disjunction();
          if (!c) { this.mark = m; break; }
          ifs.push(c);
        }
        return { type: 'comprehension', target, iter, ifs, is_async: isAsync };
      }
    }
    this.mark = start;
    if (this.callInvalid && this.v >= 313) {
      // invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
      this.expect('async');
      if (this.expect('for') && this.commaList(() => this.bitwiseOr())) {
        this.expect(',');
        if (!this.at('in')) throw this.errorAtLast("'in' expected after for-loop variables");
      }
      this.mark = start;
    }
    if (this.callInvalid) this.invalidForTarget();
    this.mark = start;
    return null;
  }

  /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
  private listcomp(): Expr | null {
    const start = this.mark;
    if (this.expect('[')) {
      const a = this.namedExpression();
      if (a) {
        const b = this.forIfClauses();
        if (b && this.expect(']')) return { type: 'ListComp', elt: a, generators: b, ...this.ex(start) };
      }
    }
    this.mark = start;
    if (this.v < 309) return this.legacyStarredComp(']', 'ListComp');
    if (this.callInvalid) this.invalidComprehension();
    this.mark = start;
    return null;
  }

  /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
  private setcomp(): Expr | null {
    const start = this.mark;
    if (this.expect('{')) {
      const a = this.namedExpression();
      if (a) {
        const b = this.forIfClauses();
        if (b && this.expect('}')) return { type: 'SetComp', elt: a, generators: b, ...this.ex(start) };
      }
    }
    this.mark = start;
    if (this.v < 309) return this.legacyStarredComp('}', 'SetComp');
    if (this.callInvalid) this.invalidComprehension();
    this.mark = start;
    return null;
  }

  /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
  private genexp(): Expr | null {
    const start = this.mark;
    if (this.expect('(')) {
      let a: Expr | null = null;
      const ae = this.assignmentExpression();
      if (ae !== CUT && ae) a = ae;
      if (!a && ae !== CUT) {
        const e = this.expression();
        if (e && !this.at(':=')) a = e;
      }
      if (a) {
        const b = this.forIfClauses();
        if (b && this.expect(')')) return { type: 'GeneratorExp', elt: a, generators: b, ...this.ex(start) };
      }
    }
    this.mark = start;
    if (this.v < 309) return this.legacyStarredComp(')', 'GeneratorExp');
    if (this.callInvalid) this.invalidComprehension();
    this.mark = start;
    return null;
  }

  /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
  private dictcomp(): Expr | null {
    const start = this.mark;
    if (this.expect('{')) {
      const a = this.kvpair();
      if (a) {
        const b = this.forIfClauses();
        if (b && this.expect('}')) return { type: 'DictComp', key: a[0], value: a[1], generators: b, ...this.ex(start) };
      }
    }
    this.mark = start;
    if (this.v < 309 && this.expect('{')) {
      const ds = this.expect('**');
      const a = ds && this.bitwiseOr();
      const gens = a && this.forIfClauses();
      if (a && gens && this.expect('}')) {
        this.astError(this.tokLoc(this.toks[start]!), 'dict unpacking cannot be used in dict comprehension', null);
        return { type: 'DictComp', key: a, value: a, generators: gens, ...this.ex(start) };
      }
      this.mark = start;
    }
    if (this.callInvalid) {
      // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
      if (this.expect('{')) {
        const a = this.expect('**');
        if (a && this.bitwiseOr() && this.forIfClauses() && this.expect('}')) {
          throw this.errorAt(this.tokLoc(a), 'dict unpacking cannot be used in dict comprehension');
        }
      }
      this.mark = start;
    }
    return null;
  }

  // ------------------------------------------------------------------ lambda

  /** lambdef: 'lambda' [lambda_params] ':' expression */
  private lambdef(): Expr | null {
    const start = this.mark;
    if (!this.expect('lambda')) return null;
    let args: A.Arguments | null = null;
    if (this.callInvalid) this.invalidParameters(true);
    args = this.parametersOrLegacy(true);
    if (!this.expect(':')) { this.mark = start; return null; }
    const body = this.expression();
    if (!body) { this.mark = start; return null; }
    return { type: 'Lambda', args: args ?? emptyArguments(), body, ...this.ex(start) };
  }

  // ------------------------------------------------------------------ call arguments

  /** arguments (memo): args [','] &')' | invalid_arguments */
  private arguments(): CallArgs | null {
    return this.memo(M.arguments, () => {
      const start = this.mark;
      const a = this.args();
      if (a) {
        this.expect(',');
        if (this.at(')')) {
          if (this.v < 310) this.checkKeywords38(a);
          return a;
        }
      }
      this.mark = start;
      if (this.v < 310) {
        const l = this.legacyArgs();
        if (l) return l;
        this.mark = start;
      }
      if (this.callInvalid) {
        this.invalidArguments();
        this.mark = start;
      }
      return null;
    });
  }

  /**
   * args:
   *   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
   *   | kwargs
   */
  private args(): CallArgs | null {
    const start = this.mark;
    const pos: Expr[] = [];
    for (;;) {
      const c = this.mark;
      if (pos.length && !this.expect(',')) break;
      const e = this.positionalArg();
      if (!e) { this.mark = c; break; }
      pos.push(e);
    }
    if (pos.length) {
      const m = this.mark;
      let kw: KeywordOrStarred[] | null = null;
      if (this.expect(',')) {
        kw = this.kwargs();
        if (!kw) this.mark = m;
      }
      return this.collectCallSeqs(pos, kw ?? [], start);
    }
    this.mark = start;
    const kw = this.kwargs();
    if (kw) return this.collectCallSeqs([], kw, start);
    this.mark = start;
    return null;
  }

  /** starred_expression | (assignment_expression | expression !':=') !'=' */
  private positionalArg(): Expr | null {
    const m = this.mark;
    const s = this.starredExpression();
    if (s) return s;
    const ae = this.assignmentExpression();
    if (ae === CUT) { this.mark = m; return null; }
    let e: Expr | null = ae;
    if (!e) {
      const x = this.expression();
      if (x && !this.at(':=')) e = x;
    }
    if (!e || this.at('=')) { this.mark = m; return null; }
    return e;
  }

  private collectCallSeqs(pos: Expr[], kw: KeywordOrStarred[], start: number): CallArgs {
    const args = [...pos];
    const keywords: A.Keyword[] = [];
    for (const k of kw) {
      if (k.starred) args.push(k.starred);
      else if (k.kw) keywords.push(k.kw);
    }
    return { args, keywords, loc: { ...this.ex(start) } };
  }

  /**
   * kwargs:
   *   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
   *   | ','.kwarg_or_starred+
   *   | ','.kwarg_or_double_starred+
   */
  private kwargs(): KeywordOrStarred[] | null {
    const start = this.mark;
    const a = this.commaList(() => this.kwargOrStarred());
    if (a) {
      const m = this.mark;
      if (this.expect(',')) {
        const b = this.commaList(() => this.kwargOrDoubleStarred());
        if (b) return [...a, ...b];
      }
      this.mark = m;
      return a;
    }
    this.mark = start;
    const b = this.commaList(() => this.kwargOrDoubleStarred());
    if (b) return b;
    this.mark = start;
    return null;
  }

  /**
   * starred_expression:
   *   | invalid_starred_expression (3.12: '*' expression '=' expression)
   *   | '*' expression
   *   | '*' -> "Invalid star expression" (3.13)
   */
  private starredExpression(): Expr | null {
    const start = this.mark;
    if (!this.at('*')) return null;
    if (this.callInvalid && this.v >= 312) {
      const st = this.expect('*')!;
      if (this.expression() && this.expect('=')) {
        const b = this.expression();
        if (b) throw this.errorAt(this.tokLoc(st), 'cannot assign to iterable argument unpacking', b);
      }
      this.mark = start;
    }
    this.mark++;
    const a = this.expression();
    if (!a) {
      if (this.v >= 313) throw this.errorAtLast('Invalid star expression');
      this.mark = start;
      return null;
    }
    return { type: 'Starred', value: a, ctx: 'Load', ...this.ex(start) };
  }

  /** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
  private kwargOrStarred(): KeywordOrStarred | null {
    const start = this.mark;
    if (this.callInvalid) { this.invalidKwarg(); this.mark = start; }
    const kw = this.keywordArg();
    if (kw) return { kw, starred: null };
    const s = this.starredExpression();
    if (s) return { kw: null, starred: s };
    return null;
  }

  /** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
  private kwargOrDoubleStarred(): KeywordOrStarred | null {
    const start = this.mark;
    if (this.callInvalid) { this.invalidKwarg(); this.mark = start; }
    const kw = this.keywordArg();
    if (kw) return { kw, starred: null };
    if (this.expect('**')) {
      const a = this.expression();
      if (a) return { kw: { type: 'keyword', arg: null, value: a, ...this.ex(start) }, starred: null };
    }
    this.mark = start;
    return null;
  }

  private keywordArg(): A.Keyword | null {
    const start = this.mark;
    const n = this.nameTok();
    if (n && this.expect('=')) {
      const b = this.expression();
      if (b) return { type: 'keyword', arg: n.str, value: b, ...this.ex(start) };
    }
    this.mark = start;
    return null;
  }

  /** 3.8: "keyword argument repeated" is an ast.c error (3.9+: the compiler, see validate.ts). */
  private checkKeywords38(a: CallArgs): void {
    const seen = new Set<string>();
    for (const k of a.keywords) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) { this.astError(k, 'keyword argument repeated', null); return; }
      seen.add(k.arg);
    }
  }

  /**
   * 3.8 arglist: argument (',' argument)* [','] with argument: test [comp_for] | test ':=' test |
   * test '=' test | '**' test | '*' test. ast_for_call() then reports misplaced arguments.
   */
  private legacyArgs(): CallArgs | null {
    const start = this.mark;
    interface Item { kind: 'pos' | 'star' | 'dstar' | 'kw' | 'gen' | 'walrus'; e: Expr; key?: Expr; loc: Loc; paren?: boolean }
    const items: Item[] = [];
    for (;;) {
      if (this.at(')')) break;
      const m = this.mark;
      if (this.expect('*')) {
        const e = this.expression();
        if (!e) { this.mark = m; return null; }
        items.push({ kind: 'star', e: { type: 'Starred', value: e, ctx: 'Load', ...this.ex(m) }, loc: this.tokLoc(this.toks[m]!) });
      } else if (this.expect('**')) {
        const e = this.expression();
        if (!e) { this.mark = m; return null; }
        items.push({ kind: 'dstar', e, loc: this.tokLoc(this.toks[m]!) });
      } else {
        const e = this.expression();
        if (!e) { this.mark = m; return null; }
        if (this.expect('=')) {
          const v = this.expression();
          if (!v) { this.mark = m; return null; }
          const open = this.toks[m]!;
          const paren = open.type === T.OP && open.str === '(' && (e.lineno !== open.lineno || e.col_offset !== open.col);
          items.push({ kind: 'kw', e: v, key: e, loc: e, paren });
        } else if (this.expect(':=')) {
          const v = this.expression();
          if (!v) { this.mark = m; return null; }
          items.push({ kind: 'walrus', e: { type: 'NamedExpr', target: this.setCtx(e, 'Store') as A.Name, value: v, ...this.ex(m) }, loc: e });
        } else if (this.at('for') || this.at('async')) {
          const gens = this.forIfClauses();
          if (!gens) { this.mark = m; return null; }
          items.push({ kind: 'gen', e: { type: 'GeneratorExp', elt: e, generators: gens, ...this.ex(m) }, loc: e });
        } else {
          items.push({ kind: 'pos', e, loc: e });
        }
      }
      if (!this.expect(',')) break;
    }
    if (!this.at(')') || items.length === 0) { this.mark = start; return null; }
    // ast_for_call, first loop
    for (const it of items) {
      if (it.kind === 'gen' && items.length > 1) { this.astError(it.loc, 'Generator expression must be parenthesized', null); break; }
    }
    const args: Expr[] = [];
    const keywords: A.Keyword[] = [];
    let nkw = 0;
    let ndstar = 0;
    for (const it of items) {
      if (it.kind === 'pos' || it.kind === 'walrus' || it.kind === 'gen') {
        if (nkw) {
          this.astError(it.loc, ndstar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', null);
          break;
        }
        args.push(it.e);
      } else if (it.kind === 'star') {
        if (ndstar) { this.astError(it.loc, 'iterable argument unpacking follows keyword argument unpacking', null); break; }
        args.push(it.e);
      } else if (it.kind === 'dstar') {
        keywords.push({ type: 'keyword', arg: null, value: it.e, ...this.span(it.loc, it.e) });
        nkw++;
        ndstar++;
      } else {
        const key = it.key!;
        if (key.type === 'Constant' && !it.paren && (key.value.k === 'None' || key.value.k === 'bool')) {
          this.astError(key, `cannot assign to ${key.value.k === 'None' ? 'None' : key.value.v ? 'True' : 'False'}`, null);
          break;
        }
        if (key.type !== 'Name' || it.paren) {
          this.astError(key, 'expression cannot contain assignment, perhaps you meant "=="?', null);
          break;
        }
        if (key.id === '__debug__') { this.astError(key, 'cannot assign to __debug__', null); break; }
        if (keywords.some((k) => k.arg === key.id)) { this.astError(key, 'keyword argument repeated', null); break; }
        keywords.push({ type: 'keyword', arg: key.id, value: it.e, ...this.span(key, it.e) });
        nkw++;
      }
    }
    return { args, keywords, loc: { ...this.ex(start) } };
  }

  // ================================================================== assignment targets

  /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
  starTargets(): Expr | null {
    const start = this.mark;
    const a = this.starTarget();
    if (!a) return null;
    if (!this.at(',')) return a;
    const elts = [a];
    while (this.at(',')) {
      this.mark++;
      const m = this.mark;
      const b = this.starTarget();
      if (!b) { this.mark = m; break; }
      elts.push(b);
    }
    return { type: 'Tuple', elts, ctx: 'Store', ...this.ex(start) };
  }

  /** star_targets_list_seq: ','.star_target+ [','] */
  private starTargetsListSeq(): Expr[] | null {
    const out = this.commaList(() => this.starTarget());
    if (!out) return null;
    this.expect(',');
    return out;
  }

  /** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
  private starTargetsTupleSeq(): Expr[] | null {
    const start = this.mark;
    const a = this.starTarget();
    if (!a) return null;
    if (!this.expect(',')) { this.mark = start; return null; }
    const out = [a];
    for (;;) {
      const m = this.mark;
      const b = this.starTarget();
      if (!b) { this.mark = m; break; }
      out.push(b);
      if (!this.expect(',')) break;
    }
    return out;
  }

  /** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
  starTarget(): Expr | null {
    return this.memo(M.star_target, () => {
      const start = this.mark;
      if (this.expect('*')) {
        if (!this.at('*')) {
          const a = this.starTarget();
          if (a) return { type: 'Starred', value: this.setCtx(a, 'Store'), ctx: 'Store', ...this.ex(start) } as A.Starred;
        }
        this.mark = start;
        return null;
      }
      return this.targetWithStarAtom();
    });
  }

  private static isTLookahead(t: Token): boolean {
    return t.type === T.OP && (t.str === '(' || t.str === '[' || t.str === '.');
  }

  /**
   * target_with_star_atom (memo):
   *   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
   */
  private targetWithStarAtom(): Expr | null {
    return this.memo(M.target_with_star_atom, () => {
      const start = this.mark;
      const r = this.attrOrSubscriptTarget('Store');
      if (r) return r;
      this.mark = start;
      return this.starAtom();
    });
  }

  /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
  private attrOrSubscriptTarget(ctx: A.ExprContext): Expr | null {
    const start = this.mark;
    const a = this.tPrimary();
    if (!a) return null;
    const m = this.mark;
    if (this.expect('.')) {
      const n = this.nameTok();
      if (n && !Parser.isTLookahead(this.cur())) return { type: 'Attribute', value: a, attr: n.str, ctx, ...this.ex(start) };
    }
    this.mark = m;
    if (this.expect('[')) {
      const s = this.slices();
      if (s && this.expect(']') && !Parser.isTLookahead(this.cur())) return { type: 'Subscript', value: a, slice: s, ctx, ...this.ex(start) };
    }
    this.mark = start;
    return null;
  }

  /**
   * star_atom:
   *   | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']'
   */
  private starAtom(): Expr | null {
    const start = this.mark;
    const n = this.nameTok();
    if (n) return this.nameNode(n, 'Store');
    if (this.expect('(')) {
      const a = this.targetWithStarAtom();
      if (a && this.expect(')')) return this.setCtx(a, 'Store');
      this.mark = start + 1;
      const b = this.starTargetsTupleSeq() ?? [];
      if (this.expect(')')) return { type: 'Tuple', elts: b, ctx: 'Store', ...this.ex(start) };
      this.mark = start;
      return null;
    }
    if (this.expect('[')) {
      const b = this.starTargetsListSeq() ?? [];
      if (this.expect(']')) return { type: 'List', elts: b, ctx: 'Store', ...this.ex(start) };
      this.mark = start;
    }
    return null;
  }

  /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
  private singleTarget(): Expr | null {
    const start = this.mark;
    const a = this.singleSubscriptAttributeTarget();
    if (a) return a;
    const n = this.nameTok();
    if (n) return this.nameNode(n, 'Store');
    if (this.expect('(')) {
      const b = this.singleTarget();
      if (b && this.expect(')')) return b;
    }
    this.mark = start;
    return null;
  }

  private singleSubscriptAttributeTarget(): Expr | null {
    return this.attrOrSubscriptTarget('Store');
  }

  /**
   * t_primary (left-recursive):
   *   | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
   *   | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead
   */
  private tPrimary(): Expr | null {
    return this.memo(M.t_primary, () => {
      const start = this.mark;
      let a = this.atom();
      if (!a || !Parser.isTLookahead(this.cur())) { this.mark = start; return null; }
      for (;;) {
        const m = this.mark;
        const t = this.cur();
        if (t.str === '.') {
          this.mark++;
          const n = this.nameTok();
          if (n && Parser.isTLookahead(this.cur())) { a = { type: 'Attribute', value: a, attr: n.str, ctx: 'Load', ...this.ex(start) }; continue; }
          this.mark = m;
        } else if (t.str === '[') {
          this.mark++;
          const s = this.slices();
          if (s && this.expect(']') && Parser.isTLookahead(this.cur())) { a = { type: 'Subscript', value: a, slice: s, ctx: 'Load', ...this.ex(start) }; continue; }
          this.mark = m;
        } else if (t.str === '(') {
          const g = this.genexp();
          if (g && Parser.isTLookahead(this.cur())) { a = { type: 'Call', func: a, args: [g], keywords: [], ...this.ex(start) }; continue; }
          this.mark = m + 1;
          const args = this.arguments();
          if (this.expect(')') && Parser.isTLookahead(this.cur())) {
            a = { type: 'Call', func: a, args: args?.args ?? [], keywords: args?.keywords ?? [], ...this.ex(start) };
            continue;
          }
          this.mark = m;
        }
        break;
      }
      return a;
    });
  }

  /** del_targets: ','.del_target+ [','] */
  private delTargets(): Expr[] | null {
    const out = this.commaList(() => this.delTarget());
    if (!out) return null;
    this.expect(',');
    return out;
  }

  /** del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom */
  private delTarget(): Expr | null {
    return this.memo(M.del_target, () => {
      const start = this.mark;
      const r = this.attrOrSubscriptTarget('Del');
      if (r) return r;
      this.mark = start;
      const n = this.nameTok();
      if (n) return this.nameNode(n, 'Del');
      if (this.expect('(')) {
        const a = this.delTarget();
        if (a && this.expect(')')) return this.setCtx(a, 'Del');
        this.mark = start + 1;
        const b = this.delTargets() ?? [];
        if (this.expect(')')) return { type: 'Tuple', elts: b, ctx: 'Del', ...this.ex(start) } as A.Tuple;
        this.mark = start;
        return null;
      }
      if (this.expect('[')) {
        const b = this.delTargets() ?? [];
        if (this.expect(']')) return { type: 'List', elts: b, ctx: 'Del', ...this.ex(start) } as A.List;
      }
      this.mark = start;
      return null;
    });
  }

  /** _PyPegen_set_expr_context: a copy with the new context (recursively through tuples/lists/starred). */
  setCtx(e: Expr, ctx: A.ExprContext): Expr {
    switch (e.type) {
      case 'Name': return { ...e, ctx };
      case 'Attribute': return { ...e, ctx };
      case 'Subscript': return { ...e, ctx };
      case 'Starred': return { ...e, value: this.setCtx(e.value, ctx), ctx };
      case 'List': return { ...e, elts: e.elts.map((x) => this.setCtx(x, ctx)), ctx };
      case 'Tuple': return { ...e, elts: e.elts.map((x) => this.setCtx(x, ctx)), ctx };
      default: return e;
    }
  }

  // ================================================================== invalid_* rules (second pass)

  /** _PyPegen_get_expr_name */
  private exprName(e: Expr): string {
    return exprNameOf(e, false);
  }


  /** _PyPegen_get_invalid_target */
  private getInvalidTarget(e: Expr, type: TargetsType): Expr | null {
    switch (e.type) {
      case 'List': case 'Tuple':
        for (const x of e.elts) {
          const c = this.getInvalidTarget(x, type);
          if (c) return c;
        }
        return null;
      case 'Starred':
        if (type === 'del') return e;
        return this.getInvalidTarget(e.value, type);
      case 'Compare':
        if (type === 'for') {
          if (e.ops[0] === 'In') return this.getInvalidTarget(e.left, type);
          return null;
        }
        return e;
      case 'Name': case 'Subscript': case 'Attribute':
        return null;
      default:
        return e;
    }
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when an invalid target is found, else returns. */
  raiseInvalidTarget(type: TargetsType, e: Expr): void {
    const inv = this.getInvalidTarget(e, type);
    if (!inv) return;
    const verb = type === 'del' ? 'cannot delete' : 'cannot assign to';
    throw this.errorAt(inv, `${verb} ${this.exprName(inv)}`);
  }

  /**
   * invalid_assignment:
   *   | invalid_ann_assign_target ':' expression
   *   | star_named_expression ',' star_named_expressions* ':' expression
   *   | expression ':' expression
   *   | (star_targets '=')* star_expressions '='
   *   | (star_targets '=')* yield_expr '='
   *   | star_expressions augassign (yield_expr | star_expressions)
   */
  private invalidAssignment(): void {
    const start = this.mark;
    {
      const a = this.invalidAnnAssignTarget();
      if (a && this.expect(':') && this.expression()) {
        throw this.errorAt(a, `only single target (not ${this.exprName(a)}) can be annotated`);
      }
      this.mark = start;
    }
    {
      const a = this.starNamedExpression();
      if (a && this.expect(',')) {
        this.many(() => this.starNamedExpressions());
        if (this.expect(':') && this.expression()) throw this.errorAt(a, 'only single target (not tuple) can be annotated');
      }
      this.mark = start;
    }
    {
      const a = this.expression();
      if (a && this.expect(':') && this.expression()) throw this.errorAt(a, 'illegal target for annotation');
      this.mark = start;
    }
    const skipTargets = (): void => {
      for (;;) {
        const m = this.mark;
        if (this.starTargets() && this.expect('=')) continue;
        this.mark = m;
        break;
      }
    };
    {
      skipTargets();
      const a = this.starExpressions();
      if (a && this.at('=')) {
        this.mark++;
        this.raiseInvalidTarget('star', a);
      }
      this.mark = start;
    }
    {
      skipTargets();
      const a = this.yieldExpr();
      if (a && this.expect('=')) throw this.errorAt(a, 'assignment to yield expression not possible');
      this.mark = start;
    }
    {
      const a = this.starExpressions();
      if (a && this.augassign() && (this.yieldExpr() ?? this.starExpressions())) {
        throw this.errorAt(a, `'${this.exprName(a)}' is an illegal expression for augmented assignment`);
      }
      this.mark = start;
    }
  }

  /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
  private invalidAnnAssignTarget(): Expr | null {
    const start = this.mark;
    const l = this.list();
    if (l) return l;
    const t = this.tuple();
    if (t) return t;
    if (this.expect('(')) {
      const a = this.invalidAnnAssignTarget();
      if (a && this.expect(')')) return a;
    }
    this.mark = start;
    return null;
  }

  /**
   * invalid_expression:
   *   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid  -> "Perhaps you forgot a comma?"
   *   | disjunction 'if' disjunction !('else'|':')  -> "expected 'else' after 'if' expression"
   */
  private invalidExpression(): void {
    const start = this.mark;
    const t0 = this.cur();
    const t1 = t0.type === T.NAME ? this.tok(this.mark + 1) : null;
    const nameString = t1 !== null && t1.type === T.STRING && !(this.v >= 312 && t1.fstr);
    const soft = t0.type === T.NAME && (t0.str === '_' || t0.str === 'case' || t0.str === 'match' || (this.v >= 312 && t0.str === 'type'));
    if (!nameString && !soft) {
      const a = this.disjunction();
      if (a) {
        const save = this.callInvalid;
        this.callInvalid = false;
        let b: Expr | null;
        try { b = this.expressionWithoutInvalid(); } finally { this.callInvalid = save; }
        if (b) {
          const legacy = a.type === 'Name' && (a.id === 'print' || a.id === 'exec');
          if (!legacy && this.toks[this.mark - 1]!.level !== 0) {
            throw this.errorAt(a, 'invalid syntax. Perhaps you forgot a comma?', b);
          }
        }
      }
      this.mark = start;
    }
    const a = this.disjunction();
    if (a && this.expect('if')) {
      const b = this.disjunction();
      if (b && !this.at('else') && !this.at(':')) {
        throw this.errorAt(a, "expected 'else' after 'if' expression", b);
      }
    }
    this.mark = start;
    if (this.v >= 312) {
      // 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field) -- f-string fields
      if (this.fstringDepth > 0 && this.expect('lambda')) {
        const save = this.callInvalid;
        this.callInvalid = false;
        try { this.parameters(true); } finally { this.callInvalid = save; }
        const colon = this.expect(':');
        if (colon && this.atType(T.ENDMARKER)) {
          throw this.errorAt(this.toks[start]!.lineno ? this.tokLoc(this.toks[start]!) : this.tokLoc(colon), 'f-string: lambda expressions are not allowed without parentheses', this.tokLoc(colon));
        }
        this.mark = start;
      }
    }
  }

  /** invalid_legacy_expression: NAME !'(' star_expressions (print/exec) */
  private invalidLegacyExpression(): void {
    const start = this.mark;
    const a = this.nameTok();
    if (a && !this.at('(')) {
      const b = this.starExpressions();
      if (b && (a.str === 'print' || a.str === 'exec')) {
        throw this.errorAt(this.tokLoc(a), `Missing parentheses in call to '${a.str}'. Did you mean ${a.str}(...)?`, b);
      }
    }
    this.mark = start;
  }

  /**
   * invalid_named_expression (memo):
   *   | expression ':=' expression
   *   | NAME '=' bitwise_or !('='|':=')
   *   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
   */
  private invalidNamedExpression(): void {
    const start = this.mark;
    const ends = this.memoTables(M.invalid_named_expression);
    if (ends[start]! >= 0) return;
    ends[start] = start;
    {
      const a = this.expression();
      if (a && this.expect(':=') && this.expression()) {
        throw this.errorAt(a, `cannot use assignment expressions with ${this.exprName(a)}`);
      }
      this.mark = start;
    }
    {
      const a = this.nameTok();
      if (a && this.expect('=')) {
        const b = this.bitwiseOr();
        if (b && !this.at('=') && !this.at(':=')) {
          throw this.errorAt(this.tokLoc(a), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
        }
      }
      this.mark = start;
    }
    {
      let excluded = false;
      const t = this.cur();
      if (t.type === T.KEYWORD && (t.str === 'True' || t.str === 'None' || t.str === 'False')) excluded = true;
      else if (t.type === T.OP && (t.str === '[' || t.str === '(')) {
        excluded = !!(this.list() ?? this.tuple() ?? this.genexp());
        this.mark = start;
      }
      if (!excluded) {
        const a = this.bitwiseOr();
        if (a && this.expect('=')) {
          const b = this.bitwiseOr();
          if (b && !this.at('=') && !this.at(':=')) {
            throw this.errorAt(a, `cannot assign to ${this.exprName(a)} here. Maybe you meant '==' instead of '='?`);
          }
        }
      }
      this.mark = start;
    }
  }

  /** invalid_parameters / invalid_lambda_parameters */
  private invalidParameters(lambda: boolean): void {
    const start = this.mark;
    const nondef = this.v >= 312 ? 'parameter without a default follows parameter with a default' : 'non-default argument follows default argument';
    // param_no_default* invalid_parameters_helper param_no_default
    {
      this.many(() => this.paramNoDefault(lambda));
      const h = this.slashWithDefault(lambda) ?? (this.many(() => this.paramWithDefault(lambda)).length ? true : null);
      if (h) {
        const a = this.paramNoDefault(lambda);
        if (a) throw this.errorAt(a, nondef);
      }
      this.mark = start;
    }
    if (this.v < 311) return;
    // param_no_default* '(' param_no_default+ ','? ')'
    {
      this.many(() => this.paramNoDefault(lambda));
      const a = this.expect('(');
      if (a) {
        const inner = lambda ? this.commaList(() => this.param(true)) : this.many(() => this.paramNoDefault(false));
        if (inner && inner.length) {
          this.expect(',');
          const b = this.expect(')');
          if (b) {
            throw this.errorAt(this.tokLoc(a), lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized', this.tokLoc(b));
          }
        }
      }
      this.mark = start;
    }
    // "/" ','
    {
      const a = this.expect('/');
      if (a && this.expect(',')) throw this.errorAt(this.tokLoc(a), 'at least one argument must precede /');
      this.mark = start;
    }
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    {
      if (this.slashNoDefault(lambda) ?? this.slashWithDefault(lambda)) {
        this.many(() => this.paramMaybeDefault(lambda));
        const a = this.expect('/');
        if (a) throw this.errorAt(this.tokLoc(a), '/ may appear only once');
      }
      this.mark = start;
    }
    // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
    {
      if (!(this.slashNoDefault(lambda) ?? this.slashWithDefault(lambda))) this.mark = start;
      this.many(() => this.paramMaybeDefault(lambda));
      if (this.expect('*') && (this.expect(',') || this.paramNoDefault(lambda))) {
        this.many(() => this.paramMaybeDefault(lambda));
        const a = this.expect('/');
        if (a) throw this.errorAt(this.tokLoc(a), '/ must be ahead of *');
      }
      this.mark = start;
    }
    // param_maybe_default+ '/' '*'
    {
      if (this.many(() => this.paramMaybeDefault(lambda)).length && this.expect('/')) {
        const a = this.expect('*');
        if (a) throw this.errorAt(this.tokLoc(a), 'expected comma between / and *');
      }
      this.mark = start;
    }
  }

  /** invalid_star_etc / invalid_lambda_star_etc */
  private invalidStarEtc(lambda: boolean): void {
    const start = this.mark;
    const close = lambda ? ':' : ')';
    const a = this.expect('*');
    if (!a) return;
    if (this.at(close) || (this.at(',') && (this.at(close, 1) || this.at('**', 1)))) {
      if (lambda) throw this.errorAtLast('named arguments must follow bare *');
      throw this.errorAt(this.tokLoc(a), 'named arguments must follow bare *');
    }
    if (this.v >= 311) {
      this.mark = start + 1;
      if (this.param(lambda)) {
        const eq = this.expect('=');
        if (eq) throw this.errorAt(this.tokLoc(eq), 'var-positional argument cannot have default value');
      }
      this.mark = start + 1;
      if (this.paramNoDefault(lambda) || this.expect(',')) {
        this.many(() => this.paramMaybeDefault(lambda));
        const b = this.expect('*');
        if (b && (this.paramNoDefault(lambda) || this.expect(','))) throw this.errorAt(this.tokLoc(b), '* argument may appear only once');
      }
    }
    this.mark = start;
  }

  /** invalid_kwds / invalid_lambda_kwds */
  private invalidKwds(lambda: boolean): void {
    if (this.v < 311) return;
    const start = this.mark;
    if (this.expect('**') && this.param(lambda)) {
      const afterParam = this.mark;
      const eq = this.expect('=');
      if (eq) throw this.errorAt(this.tokLoc(eq), 'var-keyword argument cannot have default value');
      this.mark = afterParam;
      if (this.expect(',')) {
        const p = this.param(lambda);
        if (p) throw this.errorAt(p, 'arguments cannot follow var-keyword argument');
        const t = this.cur();
        if (t.type === T.OP && (t.str === '*' || t.str === '**' || t.str === '/')) {
          throw this.errorAt(this.tokLoc(t), 'arguments cannot follow var-keyword argument');
        }
      }
    }
    this.mark = start;
  }

  /**
   * invalid_double_starred_kvpairs:
   *   | ','.double_starred_kvpair+ ',' invalid_kvpair
   *   | expression ':' '*' bitwise_or
   *   | expression ':' &('}'|',')
   */
  private invalidDoubleStarredKvpairs(): void {
    const start = this.mark;
    if (this.commaList(() => this.doubleStarredKvpair()) && this.expect(',')) this.invalidKvpair();
    this.mark = start;
    this.kvpairStarOrMissing();
    this.mark = start;
  }

  private kvpairStarOrMissing(): void {
    const start = this.mark;
    if (this.expression()) {
      const colon = this.expect(':');
      if (colon) {
        const star = this.expect('*');
        if (star && this.bitwiseOr()) throw this.errorFrom(this.tokLoc(star), 'cannot use a starred expression in a dictionary value');
        this.mark = start;
        this.expression();
        this.expect(':');
        if (this.at('}') || this.at(',')) throw this.errorAt(this.tokLoc(colon), "expression expected after dictionary key and ':'");
      }
    }
    this.mark = start;
  }

  /** invalid_kvpair */
  private invalidKvpair(): void {
    const start = this.mark;
    const a = this.expression();
    if (a && !this.at(':')) {
      const col = this.cpCol(a.end_lineno, a.end_col_offset - 1) + 1;
      throw this.makeError('SyntaxError', "':' expected after dictionary key", a.lineno, col, a.end_lineno, 0);
    }
    this.mark = start;
    this.kvpairStarOrMissing();
    this.mark = start;
  }

  /** invalid_comprehension */
  private invalidComprehension(): void {
    const start = this.mark;
    const open = this.cur();
    if (open.type !== T.OP || !(open.str === '[' || open.str === '(' || open.str === '{')) return;
    this.mark++;
    const s = this.starredExpression();
    if (s && this.forIfClauses()) throw this.errorAt(s, 'iterable unpacking cannot be used in comprehension');
    this.mark = start;
    if (open.str === '(') return;
    this.mark++;
    const a = this.starNamedExpression();
    if (a) {
      const comma = this.expect(',');
      if (comma) {
        const afterComma = this.mark;
        const b = this.starNamedExpressions();
        if (b && this.forIfClauses()) throw this.errorAt(a, 'did you forget parentheses around the comprehension target?', b[b.length - 1]!);
        this.mark = afterComma;
        if (this.forIfClauses()) throw this.errorAt(a, 'did you forget parentheses around the comprehension target?', this.tokLoc(comma));
      }
    }
    this.mark = start;
  }

  private static lastCompItem(c: A.Comprehension): Expr {
    return c.ifs.length ? c.ifs[c.ifs.length - 1]! : c.iter;
  }

  /** invalid_arguments */
  private invalidArguments(): void {
    const start = this.mark;
    // 3.10: args ',' '*' (at args); 3.11/3.12: ... ',' starred_expression (at the starred
    // expression); 3.13: at the comma.
    {
      const a = this.args();
      const comma = a && this.expect(',');
      if (a && comma && this.at('*')) {
        const msg = 'iterable argument unpacking follows keyword argument unpacking';
        if (this.v < 311) throw this.errorAt(a.loc, msg);
        if (this.v < 313) throw this.errorAt(this.tokLoc(this.cur()), msg);
        const m = this.mark;
        const st = this.starredExpression();
        if (st && !this.at('=') && a.keywords.length > 0) throw this.errorFrom(this.tokLoc(comma), msg);
        this.mark = m;
      }
      this.mark = start;
    }
    // expression for_if_clauses ',' [args | expression for_if_clauses]
    {
      const a = this.expression();
      if (a) {
        const b = this.forIfClauses();
        if (b && this.expect(',')) {
          const m = this.mark;
          if (!this.args()) {
            this.mark = m;
            if (!(this.expression() && this.forIfClauses())) this.mark = m;
          }
          throw this.errorAt(a, 'Generator expression must be parenthesized', Parser.lastCompItem(b[b.length - 1]!));
        }
      }
      this.mark = start;
    }
    // NAME '=' expression for_if_clauses
    {
      const a = this.nameTok();
      const eq = a && this.expect('=');
      if (a && eq && this.expression() && this.forIfClauses()) {
        throw this.errorAt(this.tokLoc(a), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.tokLoc(eq));
      }
      this.mark = start;
    }
    if (this.v >= 312) {
      // (args ',')? NAME '=' &(',' | ')')
      const m0 = this.mark;
      if (!(this.args() && this.expect(','))) this.mark = m0;
      const a = this.nameTok();
      const eq = a && this.expect('=');
      if (a && eq && (this.at(',') || this.at(')'))) {
        throw this.errorAt(this.tokLoc(a), 'expected argument value expression', this.tokLoc(eq));
      }
      this.mark = start;
    }
    // args for_if_clauses
    {
      const a = this.args();
      if (a) {
        const b = this.forIfClauses();
        if (b && a.args.length > 1) {
          throw this.errorAt(a.args[a.args.length - 1]!, 'Generator expression must be parenthesized', Parser.lastCompItem(b[b.length - 1]!));
        }
      }
      this.mark = start;
    }
    // args ',' expression for_if_clauses
    {
      const a = this.args();
      if (a && this.expect(',')) {
        const e = this.expression();
        const b = e && this.forIfClauses();
        if (e && b) throw this.errorAt(e, 'Generator expression must be parenthesized', Parser.lastCompItem(b[b.length - 1]!));
      }
      this.mark = start;
    }
    // args ',' args
    {
      const a = this.args();
      if (a && this.expect(',') && this.args()) {
        const unpack = a.keywords.some((k) => k.arg === null);
        throw this.errorAtLast(unpack ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
      }
      this.mark = start;
    }
  }

  /**
   * invalid_kwarg:
   *   | ('True'|'False'|'None') '='
   *   | NAME '=' expression for_if_clauses
   *   | !(NAME '=') expression '='
   */
  private invalidKwarg(): void {
    const start = this.mark;
    const t = this.cur();
    if (t.type === T.KEYWORD && (t.str === 'True' || t.str === 'False' || t.str === 'None') && this.at('=', 1)) {
      throw this.errorAt(this.tokLoc(t), `cannot assign to ${t.str}`, this.tokLoc(this.tok(this.mark + 1)));
    }
    {
      const a = this.nameTok();
      const eq = a && this.expect('=');
      if (a && eq && this.expression() && this.forIfClauses()) {
        throw this.errorAt(this.tokLoc(a), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.tokLoc(eq));
      }
      this.mark = start;
    }
    if (!(this.atType(T.NAME) && this.at('=', 1))) {
      const a = this.expression();
      if (a) {
        const eq = this.expect('=');
        if (eq) throw this.errorAt(a, 'expression cannot contain assignment, perhaps you meant "=="?', this.tokLoc(eq));
      }
    }
    this.mark = start;
    if (this.v >= 312) {
      const ds = this.expect('**');
      if (ds && this.expression() && this.expect('=')) {
        const b = this.expression();
        if (b) throw this.errorAt(this.tokLoc(ds), 'cannot assign to keyword argument unpacking', b);
      }
      this.mark = start;
    }
  }

  // ================================================================== strings

  /** strings (memo): STRING+ -- implicit concatenation, f-strings included. */
  strings(): Expr | null {
    return this.memo(M.strings, () => {
      const toks: Token[] = [];
      while (this.cur().type === T.STRING) {
        const t = this.cur();
        toks.push(t);
        this.mark++;
        if (t.fbroken) break; // CPython meets that error inside the f-string
      }
      if (!toks.length) return null;
      try {
        return this.concatenateStrings(toks);
      } catch (e) {
        if (!(e instanceof FStringFail)) throw e;
        const root = this.root ?? this;
        // the generic error then sits where parsing stopped inside the f-string
        if (!this.root && !this.secondPass) root.fstringFail = { index: this.mark - 1, where: e.where };
        if (this.root) throw e;
        return null;
      }
    });
  }

  private literalError(t: Token, msg: string): PySyntaxError {
    if (this.v >= 312) return this.errorAt(this.tokLoc(t), msg);
    return this.errorAtLast(msg);
  }

  /** 3.8 records string errors for later (ast.c); newer versions raise at once. */
  private stringError(first: Token, t: Token, msg: string): void {
    if (this.v < 310) this.astError(this.tokLoc(first), msg, null);
    else throw this.literalError(t, msg);
  }

  /** An f-string token's parts; 3.8 records its error for later (ast.c) and gives null. */
  private fstringToken(t: Token, first: Token): (A.Constant | A.FormattedValue)[] | null {
    if (this.v >= 310) return this.fstringParts(t);
    try {
      return this.fstringParts(t);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (REMAPPED.has(e)) this.deferred.push({ err: e });
      else this.astError(this.tokLoc(first), e.msg, null);
      return null;
    }
  }

  private concatenateStrings(toks: Token[]): Expr {
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    const whole: Pos = { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
    const prefixes = toks.map((t) => stringPrefix(t.str));
    const bytesMode = prefixes[0]!.bytes;
    const body = (t: Token, p: { len: number; quoteSize: number }): string => t.str.slice(p.len + p.quoteSize, t.str.length - p.quoteSize);
    const mixAt = prefixes.findIndex((p) => p.bytes !== bytesMode);
    if (mixAt >= 0) {
      // up to 3.11 the tokens are taken in order (parsestrplus, _PyPegen_concatenate_strings):
      // each one is decoded, then checked against the first's kind, then an f-string is parsed —
      // so an error in an earlier f-string, or in decoding the offending token, comes first
      // 3.12+ parse every token (f-strings by the grammar, each literal decoded with its
      // warnings) before the concatenation finds the mix
      const upTo = this.v < 312 ? mixAt : toks.length - 1;
      for (let j = 0; j <= upTo; j++) {
        const t = toks[j]!;
        const p = prefixes[j]!;
        if (t.fstr) {
          if ((j < mixAt || this.v >= 312) && this.fstringToken(t, first) === null) return { type: 'Constant', value: { k: 'str', v: '' }, ...whole };
          continue;
        }
        const d = p.bytes ? decodeBytes(body(t, p), p.raw, this.v < 310) : p.raw ? body(t, p) : decodeStr(body(t, p));
        if (d instanceof LiteralError) { this.stringError(first, t, d.msg); return { type: 'Constant', value: { k: 'str', v: '' }, ...whole }; }
        if (!p.raw) this.escapeWarning(t.lineno);
      }
      if (this.v < 310) this.astError(this.tokLoc(first), 'cannot mix bytes and nonbytes literals', null);
      else throw this.errorAtLast('cannot mix bytes and nonbytes literals');
      return { type: 'Constant', value: { k: 'str', v: '' }, ...whole };
    }
    if (bytesMode) {
      let v = '';
      let nonEmpty = 0;
      for (let i = 0; i < toks.length; i++) {
        const p = prefixes[i]!;
        const d = decodeBytes(body(toks[i]!, p), p.raw, this.v < 310);
        if (d instanceof LiteralError) { this.stringError(first, toks[i]!, d.msg); return { type: 'Constant', value: { k: 'bytes', v: '' }, ...whole }; }
        if (!p.raw) this.escapeWarning(toks[i]!.lineno);
        v += d;
        if (d.length) nonEmpty++;
      }
      // 3.12+: b'' + the only non-empty token is that token's object, added to the arena again
      return { type: 'Constant', value: { k: 'bytes', v }, ...whole, ...(this.v >= 312 && nonEmpty === 1 ? { arenaTwice: true } : {}) };
    }
    const hasF = toks.some((t) => t.fstr);
    if (!hasF) {
      let v = '';
      let nonEmpty = 0;
      let pair = false;
      for (let i = 0; i < toks.length; i++) {
        const p = prefixes[i]!;
        const b = body(toks[i]!, p);
        const d = p.raw ? b : decodeStr(b);
        if (d instanceof LiteralError) { this.stringError(first, toks[i]!, d.msg); return { type: 'Constant', value: { k: 'str', v: '' }, ...whole }; }
        if (!p.raw) this.escapeWarning(toks[i]!.lineno);
        if ((!p.raw && formedPair.found) || joinsSurrogates(v, d)) pair = true;
        v += d;
        if (d.length) nonEmpty++;
      }
      // 3.12+: folding several tokens of which only one is non-empty returns that token's object
      return { type: 'Constant', value: { k: 'str', v }, ...whole, ...(this.v >= 312 && toks.length > 1 && nonEmpty === 1 ? { arenaTwice: true } : {}), ...(pair ? { formedPair: true } : {}) };
    }
    const parts: (A.Constant | A.FormattedValue)[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const p = prefixes[i]!;
      if (t.fstr) {
        const fp = this.fstringToken(t, first);
        if (fp !== null) parts.push(...fp);
        continue;
      }
      const b = body(t, p);
      const d = p.raw ? b : decodeStr(b);
      if (d instanceof LiteralError) { this.stringError(first, t, d.msg); continue; }
      if (!p.raw) this.escapeWarning(t.lineno);
      // an empty plain string still takes part in folding (an empty f-string part does not)
      parts.push({ type: 'Constant', value: { k: 'str', v: d }, ...this.tokLoc(t) });
    }
    // merge each run of adjacent constants, drop empty ones (_PyPegen_concatenate_strings)
    const values: (A.Constant | A.FormattedValue)[] = [];
    let run = 0;
    let runNonEmpty = 0;
    let runFirst: A.Constant | null = null;
    const endRun = (): void => {
      const last = values[values.length - 1];
      // 3.12+: a run whose only non-empty part is one constant folds to that very object
      if (this.v >= 312 && run > 1 && runNonEmpty === 1 && last && last.type === 'Constant' && last === runFirst) last.arenaTwice = true;
      run = 0;
      runNonEmpty = 0;
      runFirst = null;
    };
    for (const part of parts) {
      if (part.type !== 'Constant') {
        endRun();
        values.push(part);
        continue;
      }
      run++;
      if (part.value.k === 'str' && part.value.v === '') continue;
      runNonEmpty++;
      const prev = values[values.length - 1];
      if (run > 1 && prev && prev.type === 'Constant' && prev.value.k === 'str' && part.value.k === 'str') {
        values[values.length - 1] = { ...prev, value: { k: 'str', v: prev.value.v + part.value.v }, end_lineno: part.end_lineno, end_col_offset: part.end_col_offset };
        continue;
      }
      values.push(part);
      runFirst = part;
    }
    endRun();
    // up to 3.11 an f-string's parts (its constants, formatted values and their format specs)
    // carry the location of the whole string; only the expressions inside have their own
    if (this.v < 312) for (const part of values) relocateFstringPart(part, whole);
    return { type: 'JoinedStr', values, ...whole };
  }

  /** Source offset -> (lineno, col). */
  private posOf(off: number): { line: number; col: number } {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= off) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, col: off - ls[lo]! };
  }

  private offLoc(a: number, b: number): Pos {
    const p = this.posOf(a);
    const q = this.posOf(b);
    return { lineno: p.line, col_offset: p.col, end_lineno: q.line, end_col_offset: q.col };
  }

  /** Error at source offsets (f-string internals). */
  private fErr(a: number, b: number, msg: string): PySyntaxError {
    // Before 3.12 these come from the `strings` action: RAISE_SYNTAX_ERROR at the last token fetched.
    if (this.v < 312) return (this.root ?? this).errorAtLast(msg);
    return this.errorAt(this.offLoc(a, b), msg);
  }

  /** The parts of one f-string token, positioned as CPython 3.12 positions them. */
  private fstringParts(t: Token): (A.Constant | A.FormattedValue)[] {
    const p = stringPrefix(t.str);
    const bodyStart = t.start + p.len + p.quoteSize;
    const bodyEnd = t.fbroken ? t.end : t.end - p.quoteSize;
    const out: (A.Constant | A.FormattedValue)[] = [];
    const saved = this.broken;
    const savedSq = this.singleQuoted;
    this.broken = t.fbroken ?? null;
    this.singleQuoted = p.quoteSize === 1;
    try {
      this.fstringBody(bodyStart, bodyEnd, p.raw, 0, out);
      if (t.fbroken) throw this.raiseBroken(t.fbroken);
    } finally {
      this.broken = saved;
      this.singleQuoted = savedSq;
    }
    return out;
  }

  /**
   * A 3.12+ f-string that doesn't parse: the invalid_replacement_field rules only raise their
   * message in the second pass; in the first pass (or under an *_without_invalid rule) the
   * f-string just fails to parse, at `where`.
   */
  private pfail(err: () => PySyntaxError, where: Loc): never {
    if (this.callInvalid) throw err();
    throw new FStringFail(where);
  }

  /** The error that cut a (3.12+) f-string short, now that the parser has reached it. */
  private raiseBroken(e: TokError): PySyntaxError {
    const root = this.root ?? this;
    root.tokErrRaised = true;
    return root.tokenizerError(e);
  }

  /**
   * Literal text and replacement fields from `pos` to `end`; inside a format spec (specLevel > 0)
   * up to the closing '}', whose offset is returned.
   */
  private fstringBody(pos: number, end: number, raw: boolean, specLevel: number, out: (A.Constant | A.FormattedValue)[]): number {
    const src = this.src;
    const inSpec = specLevel > 0;
    let litStart = pos;
    let lit = '';
    let segStart = pos;
    const flush = (at: number, always: boolean): void => {
      lit += src.slice(segStart, at);
      if (lit.length || always) {
        let v: string | LiteralError = lit;
        if (!raw) v = decodeStr(lit);
        if (v instanceof LiteralError) throw this.fErr(litStart, at, v.msg);
        if (!raw) this.escapeWarning(this.posOf(litStart).line);
        out.push({ type: 'Constant', value: { k: 'str', v }, ...this.offLoc(litStart, at) });
      }
      lit = '';
    };
    while (pos < end) {
      const c = src.charCodeAt(pos);
      if (c === 10 && inSpec && this.v >= 312 && this.singleQuoted) {
        // 3.12: a newline ends the format spec of a single-quoted f-string; the next token
        // is where "expecting '}', or format specs" is reported
        const r = tokenizeRange(src, this.v, this.lineStarts, pos + 1, end, this.posOf(pos).line + 1, true);
        const nt = r.tokens[0];
        const where = nt && nt.type !== T.ENDMARKER ? this.tokLoc(nt) : this.offLoc(pos, pos);
        this.pfail(() => this.errorAt(where, "f-string: expecting '}', or format specs"), where);
      }
      if (c === 123) { // '{'
        if (!inSpec && src.charCodeAt(pos + 1) === 123) {
          lit += src.slice(segStart, pos + 1);
          pos += 2;
          segStart = pos;
          continue;
        }
        flush(pos, false);
        pos = this.replacementField(pos, end, raw, specLevel, out);
        litStart = pos;
        segStart = pos;
        continue;
      }
      if (c === 125) { // '}'
        if (inSpec) {
          flush(pos, true);
          return pos;
        }
        if (src.charCodeAt(pos + 1) === 125) {
          lit += src.slice(segStart, pos + 1);
          pos += 2;
          segStart = pos;
          continue;
        }
        throw this.fErr(pos, pos + 1, "f-string: single '}' is not allowed");
      }
      if (c === 92 && !raw) {
        // keep escapes intact for decodeStr; \N{...} is not a replacement field
        if (src.charCodeAt(pos + 1) === 78 && src.charCodeAt(pos + 2) === 123) {
          const close = src.indexOf('}', pos + 3);
          pos = close >= 0 && close < end ? close + 1 : end;
          continue;
        }
        pos += src.charCodeAt(pos + 1) === 123 || src.charCodeAt(pos + 1) === 125 ? 1 : 2;
        continue;
      }
      pos++;
    }
    if (inSpec && this.broken) throw this.raiseBroken(this.broken);
    if (inSpec) {
      if (this.v >= 312) this.pfail(() => this.fErr(pos, pos, "f-string: expecting '}', or format specs"), this.offLoc(pos, pos));
      throw this.fErr(pos, pos, "f-string: expecting '}'");
    }
    flush(pos, false);
    return pos;
  }

  /** A replacement field starting at '{' (offset `open`); returns the offset after its '}'. */
  private replacementField(open: number, end: number, raw: boolean, specLevel: number, out: (A.Constant | A.FormattedValue)[]): number {
    const v = this.v;
    // fstring_find_expr (<3.12) allows two levels of format-spec nesting, the 3.12 tokenizer three
    if (specLevel >= (v >= 312 ? 3 : 2)) throw this.fErr(open - 1, open, 'f-string: expressions nested too deeply');
    const openLine = this.posOf(open).line;
    const exprStart = open + 1;
    const r = tokenizeRange(this.src, v, this.lineStarts, exprStart, end, openLine, true);
    let toks = r.tokens;
    let subErr = r.error;
    if (this.broken && !subErr && !toks.some((x) => x.fieldStop)) {
      // the field runs into the point where the tokenizer failed: that's where the error sits
      toks = toks.slice(0, -1);
      subErr = { ...this.broken, index: toks.length };
    }
    const sub = new Parser(this.src, toks, subErr, this.lineStarts, v);
    sub.broken = this.broken;
    sub.singleQuoted = this.singleQuoted;
    sub.fstringDepth = this.fstringDepth + 1;
    sub.deferred = this.deferred;
    sub.root = this.root ?? this;
    const stopTok = toks.find((x) => x.fieldStop);
    const first = toks[0];
    if (v < 312) {
      // fstring_find_expr scans the expression text itself before compiling it
      if (r.error && !stopTok) {
        const m = r.error.msg;
        if (/^(closing parenthesis|unmatched|f-string: unmatched)/.test(m)) throw this.fErr(open, end, m.startsWith('f-string') ? m : `f-string: ${m}`);
      }
      const exprEnd = stopTok ? stopTok.start : end;
      const text = this.src.slice(exprStart, exprEnd);
      // fstring_find_expr rejects these as it meets them, before looking for the end
      const bad = /^[^'"\\#]*([\\#])/.exec(text);
      if (bad?.[1] === '#') throw this.fErr(open, exprEnd, "f-string expression part cannot include '#'");
      if (text.indexOf('\\') >= 0) throw this.fErr(open, exprEnd, 'f-string expression part cannot include a backslash');
      // the scan ended inside a string of the expression
      if (!stopTok && r.error && /unterminated (triple-quoted )?string|while scanning (triple-quoted )?string/.test(r.error.msg)) throw this.fErr(open, end, 'f-string: unterminated string');
      if (!stopTok) {
        // then brackets the text left open ("f-string: unmatched '['"), then the end
        const opening = unclosedBracket(text);
        throw this.fErr(open, end, opening !== null ? `f-string: unmatched '${opening}'` : "f-string: expecting '}'");
      }
      const firstIsStop = first && first.type === T.OP && (first.fieldStop || first.str === '=' || first.str === '!');
      if (text.trim() === '' || firstIsStop) {
        const ch = first && first.type === T.OP ? first.str : '}';
        throw this.fErr(open, exprEnd + 1, v === 311 && ch !== '}' ? `f-string: expression required before '${ch}'` : 'f-string: empty expression not allowed');
      }
    } else if (first && first.type === T.OP && (first.fieldStop || first.str === '=' || first.str === '!')) {
      this.pfail(() => sub.errorAt(sub.tokLoc(first), `f-string: valid expression required before '${first.str}'`), sub.tokLoc(first));
    }
    const exprEndOf = (): number => (stopTok ? stopTok.start : end);
    const fail = (msg312: string | null): never => {
      if (v >= 312 && !this.callInvalid) this.pfail(() => sub.errorAtLast('invalid syntax'), sub.tokLoc(sub.lastFetched()));
      const firstLast = sub.lastFetched();
      const nextLoc = sub.tokLoc(sub.cur());
      // the second pass's invalid_* rules get their say first (3.8 has no second pass)
      if (v >= 310) {
        sub.resetForSecondPass();
        if (v < 312) this.legacyField(() => sub.fieldExpression(), exprStart, exprEndOf());
        else sub.fieldExpression();
      }
      if (v >= 312) throw sub.errorAt(nextLoc, msg312 ?? "f-string: expecting a valid expression after '{'");
      // pre-3.12 compiles "(expr)": a generic error sits on the failing token, or on the ')'
      const atEnd = firstLast.type === T.ENDMARKER || firstLast.fieldStop === true;
      const msg = v < 310 ? (atEnd ? 'unexpected EOF while parsing' : 'invalid syntax') : 'invalid syntax';
      const loc = atEnd ? this.offLoc(exprEndOf(), exprEndOf() + 1) : sub.tokLoc(firstLast);
      throw this.remapLegacy(sub.errorAt(loc, msg), exprStart, exprEndOf(), atEnd);
    };
    const value = v < 312 ? this.legacyField(() => sub.fieldExpression(), exprStart, exprEndOf()) : sub.fieldExpression();
    if (!value) fail(null);
    if (v >= 310 && v < 312) (this.root ?? this).fieldToks.push(toks.slice(0, sub.mark));
    if (v >= 310 && v < 312 && value!.type === 'Starred') {
      // the expression is compiled as `(expr)`: invalid_group
      throw this.remapLegacy(sub.errorAt(value!, 'cannot use starred expression here'), exprStart, exprEndOf(), false);
    }
    // '=' ?
    let debugEnd = -1;
    if (sub.at('=')) {
      sub.mark++;
      debugEnd = sub.cur().start;
    }
    // ['!' NAME]
    let conversion = -1;
    const bang = sub.cur();
    if (bang.type === T.OP && bang.str === '!') {
      sub.mark++;
      const n = sub.cur();
      if (v < 312) {
        if (n.type === T.NAME && (n.str === 's' || n.str === 'r' || n.str === 'a')) {
          conversion = n.str.charCodeAt(0);
          sub.mark++;
          const after = sub.cur();
          if (!(after.type === T.OP && after.fieldStop)) throw this.fErr(open, end, "f-string: expecting '}'");
        } else if (n.type === T.ENDMARKER) {
          throw this.fErr(open, end, "f-string: expecting '}'");
        } else {
          throw this.fErr(open, end, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
      } else {
        if (n.type === T.OP && n.fieldStop) this.pfail(() => sub.errorOnNext('f-string: missing conversion character'), sub.tokLoc(n));
        if (n.type !== T.NAME) this.pfail(() => sub.errorOnNext('f-string: invalid conversion character'), sub.tokLoc(n));
        if (n.start !== bang.end) {
          throw sub.errorAt(sub.tokLoc(bang), 'f-string: conversion type must come right after the exclamanation mark', sub.tokLoc(n));
        }
        if (n.str !== 's' && n.str !== 'r' && n.str !== 'a') {
          throw sub.errorAt(sub.tokLoc(n), `f-string: invalid conversion character '${n.str}': expected 's', 'r', or 'a'`);
        }
        conversion = n.str.charCodeAt(0);
        sub.mark++;
      }
    }
    const stop = sub.cur();
    if (!(stop.type === T.OP && stop.fieldStop)) {
      if (v >= 312) {
        if (debugEnd < 0 && conversion < 0) fail("f-string: expecting '=', or '!', or ':', or '}'");
        if (conversion < 0) fail("f-string: expecting '!', or ':', or '}'");
        fail("f-string: expecting ':' or '}'");
      }
      fail(null);
    }
    let spec: A.JoinedStr | null = null;
    let close: number;
    if (stop.str === ':') {
      const specParts: (A.Constant | A.FormattedValue)[] = [];
      close = this.fstringBody(stop.end, end, raw, specLevel + 1, specParts);
      const lastPart = specParts[specParts.length - 1];
      const colonLoc = this.offLoc(stop.start, stop.end);
      const specEnd = lastPart ?? colonLoc;
      let vals = specParts;
      // 3.12 drops a lone empty constant (an empty spec is an empty JoinedStr, as in 3.11)
      if (vals.length === 1 && vals[0]!.type === 'Constant' && vals[0]!.value.k === 'str' && vals[0]!.value.v === '') vals = [];
      // a spec ending in a replacement field gets a trailing empty constant only on 3.12
      if (this.v !== 312) {
        const last = vals[vals.length - 1];
        if (vals.length > 1 && last.type === 'Constant' && last.value.k === 'str' && last.value.v === '') vals = vals.slice(0, -1);
      }
      spec = { type: 'JoinedStr', values: vals, ...this.span(colonLoc, specEnd) };
    } else {
      close = stop.start;
    }
    if (debugEnd >= 0) {
      if (conversion < 0 && !spec) conversion = 114;
      out.push({ type: 'Constant', value: { k: 'str', v: stripComments(this.src.slice(exprStart, debugEnd)) }, ...this.offLoc(exprStart, debugEnd) });
    }
    out.push({ type: 'FormattedValue', value: value!, conversion, format_spec: spec, ...this.offLoc(open, close + 1) });
    return close + 1;
  }

  /** Before 3.12, errors from compiling a field's "(expr)" are located in that text. */
  private legacyField<R>(fn: () => R, exprStart: number, exprEnd: number): R {
    try {
      return fn();
    } catch (e) {
      if (e instanceof PySyntaxError && FSTRING_ERRORS.has(e) && !REMAPPED.has(e)) throw this.remapLegacy(e, exprStart, exprEnd, false);
      throw e;
    }
  }

  /**
   * fstring_compile_expr() (3.8-3.11) parses "(" + expression + ")" on its own: positions are in
   * that text, its line is the text's line (3.8 even numbers lines from 1 in "<fstring>").
   */
  private remapLegacy(e: PySyntaxError, exprStart: number, exprEnd: number, atEnd: boolean): PySyntaxError {
    const text = this.src.slice(exprStart, exprEnd);
    const wrapped = '(' + text + ')';
    const rel = (lineno: number, offset: number): number => {
      const off = (this.lineStarts[lineno - 1] ?? 0) + Math.max(0, offset - 1) - exprStart;
      return Math.min(Math.max(off, -1), text.length) + 1;
    };
    const lc = (r: number): { line: number; col: number } => {
      const before = wrapped.slice(0, r);
      const nl = before.lastIndexOf('\n');
      return { line: before.split('\n').length, col: r - (nl + 1) };
    };
    const a = lc(atEnd ? text.length + 1 : rel(e.lineno, e.offset));
    const b = e.end_offset !== undefined && e.end_offset > 0 && e.end_lineno !== undefined ? lc(atEnd ? text.length + 2 : rel(e.end_lineno, e.end_offset)) : null;
    const lineText = wrapped.split('\n')[a.line - 1] ?? '';
    const base = this.posOf(exprStart).line;
    const v = this.v;
    const r = new PySyntaxError({
      kind: e.kind, msg: e.msg,
      lineno: v < 310 ? a.line : base + a.line - 1,
      offset: a.col + 1,
      text: lineText,
      ...(v >= 310 && b ? { end_lineno: base + b.line - 1, end_offset: b.col + 1 } : {}),
      rawText: v < 310 ? lineText : lineText + '\n',
      ...(v < 310 ? { filename: '<fstring>' } : {}),
    });
    REMAPPED.add(r);
    FSTRING_ERRORS.add(r);
    return r;
  }

  /** fstring replacement field expression: (yield_expr | star_expressions) */
  fieldExpression(): Expr | null {
    const start = this.mark;
    const e = this.yieldExpr() ?? this.starExpressions();
    if (!e) { this.mark = start; return null; }
    return e;
  }

}

/** The `=` debug text of an f-string field keeps everything but comments (3.12). */
function stripComments(text: string): string {
  if (text.indexOf('#') < 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < text.length && !text.startsWith(q, j)) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + q.length);
      i = j + q.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Names ast.c (3.8) uses in "cannot assign to ..." messages. */
function exprName38(e: Expr): string {
  return exprNameOf(e, true);
}

/** The name of an expression kind in "cannot assign to ..." messages: pegen's
 * _PyPegen_get_expr_name (3.9+), or 3.8's ast.c, which differs in a few words. */
function exprNameOf(e: Expr, v38: boolean): string {
  switch (e.type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return v38 ? 'operator' : 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return v38 ? 'dict display' : 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.k === 'None') return 'None';
      if (v.k === 'bool') return v.v ? 'True' : 'False';
      if (v.k === 'Ellipsis') return v38 ? 'Ellipsis' : 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return v38 ? e.type : 'expression';
  }
}

function relocateFstringPart(part: A.Constant | A.FormattedValue | A.JoinedStr, at: A.Pos): void {
  part.lineno = at.lineno;
  part.col_offset = at.col_offset;
  part.end_lineno = at.end_lineno;
  part.end_col_offset = at.end_col_offset;
  if (part.type === 'FormattedValue' && part.format_spec) relocateFstringPart(part.format_spec, at);
  if (part.type === 'JoinedStr') for (const v of part.values) relocateFstringPart(v as A.Constant | A.FormattedValue, at);
}

/** The tokens a module was parsed from, and (3.10/3.11) its f-string fields' expression tokens:
 * what the parser's arena holds depends on them (see pegenreplay.ts). */
export const moduleTokens = new WeakMap<A.Module, { tokens: Token[]; fields: Token[][] }>();

export function emptyArguments(): A.Arguments {
  return { type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

// ====================================================================== driver

/** Parse a module; throws PySyntaxError exactly where (and, as far as modelled, as) CPython would. */
export function parse(source: string, options?: ParseOptions): A.Module {
  const v = versionNum(options?.version);
  let src = source;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  // CPython reads files with universal newlines.
  if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
  const nul = src.indexOf('\0');
  // C strings: before 3.11 a NUL ends its line; 3.11+ refuse the line that holds one
  if (nul >= 0 && v < 311) src = src.replace(/\0[^\n]*/g, '');
  const tk = nul >= 0 && v >= 311 ? tokenizeUpToNul(src, nul, v) : tokenize(src, v);
  const p = new Parser(src, tk.tokens, tk.error, tk.lineStarts, v);
  p.onWarning = options?.onWarning ?? null;
  try {
    const mod = v < 310 ? run38(p) : runPegen(p);
    if (!options?.astOnly) validateModule(mod, p, v);
    moduleTokens.set(mod, { tokens: p.toks, fields: p.fieldToks });
    return mod;
  } catch (e) {
    if (e instanceof PySyntaxError) e.version = `3.${v % 100}`;
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // CPython gives up on such deeply nested code too (RecursionError / MemoryError)
      throw new ParseTooComplexError();
    }
    throw e;
  }
}

/**
 * 3.11+ tokenizers read a line and refuse it when it holds a NUL: "source code cannot contain null
 * bytes", raised when the parser reaches that line.
 */
function tokenizeUpToNul(src: string, nul: number, v: VersionNum): ReturnType<typeof tokenize> {
  const lineStart = src.lastIndexOf('\n', nul - 1) + 1;
  const prefix = tokenize(src.slice(0, lineStart), v);
  const full = tokenize(src, v);
  if (prefix.error) return { ...prefix, lineStarts: full.lineStarts };
  const tokens = prefix.tokens.filter((t) => !t.atEof);
  const lineno = full.lineStarts.indexOf(lineStart) + 1;
  return {
    tokens,
    lineStarts: full.lineStarts,
    error: {
      kind: 'SyntaxError', msg: 'source code cannot contain null bytes', severity: 'exc', index: tokens.length,
      lineno, offset: 0, end_lineno: lineno, end_offset: 0, rawText: src.slice(lineStart, nul),
    },
  };
}

/** _PyPegen_run_parser: first pass, then the invalid_* pass, then _Pypegen_set_syntax_error. */
function runPegen(p: Parser): A.Module {
  let mod: A.Module | null;
  try {
    mod = p.file();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    throw p.tokErrRaised ? e : overrideWithTokenizerError(p, e);
  }
  if (mod) return mod;
  const lastTok = p.toks[Math.min(p.fill, p.toks.length) - 1]!;
  const firstFail = p.fstringFail;
  p.resetForSecondPass();
  p.fstringFail = firstFail;
  try {
    p.file();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    throw p.tokErrRaised ? e : overrideWithTokenizerError(p, e);
  }
  // 3.10 looks at the furthest token of either pass here (pegen.c of 3.10); 3.11+ at the first pass's.
  const judged = p.v === 310 ? p.lastFetched() : lastTok;
  if (judged.type === T.INDENT) throw p.errorAtLast('unexpected indent', 'IndentationError');
  if (judged.type === T.DEDENT) throw p.errorAtLast('unexpected unindent', 'IndentationError');
  const ff = p.fstringFail;
  const genericLoc = ff && p.toks[ff.index] === lastTok ? ff.where
    : { lineno: lastTok.lineno, col_offset: lastTok.col, end_lineno: lastTok.endLineno, end_col_offset: lastTok.endCol };
  const generic = p.errorAt(genericLoc, 'invalid syntax');
  throw overrideWithTokenizerError(p, generic);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer error further on replaces a
 * parser error; an unclosed bracket does too when it was opened before the error's line.
 */
function overrideWithTokenizerError(p: Parser, e: PySyntaxError): PySyntaxError {
  const te = p.tokErr;
  if (!te) return e;
  // 3.12+: not while (or when) the tokenizer is inside an f-string
  if (p.v >= 312 && (FSTRING_ERRORS.has(e) || te.inFString)) return e;
  if (te.severity === 'exc') return p.tokenizerError(te);
  if (te.eofInBrackets) {
    const cur = p.toks[Math.min(p.fill, p.toks.length) - 1]!;
    if (cur.lineno > te.eofInBrackets.lineno) return p.tokenizerError(te);
  }
  return e;
}

/** Python 3.8: pgen stops at the first token it can't use; ast.c errors come after a full parse. */
function run38(p: Parser): A.Module {
  let mod: A.Module | null;
  try {
    mod = p.file();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    throw legacyPrintCheck38(e);
  }
  if (!mod) {
    const idx = Math.min(p.fill, p.toks.length) - 1;
    const t = p.toks[idx]!;
    let err: PySyntaxError;
    if (t.atEof) {
      // E_EOF: tok->lineno is one past the last line; the offset is the last line's length.
      const lastLine = p.lineStarts.length - (p.src.endsWith('\n') ? 1 : 0);
      const lastText = p.lineTextNl(Math.max(1, lastLine));
      const len = Array.from(lastText).length + (p.src.endsWith('\n') || p.src === '' ? 0 : 1);
      err = new PySyntaxError({ kind: 'SyntaxError', msg: 'unexpected EOF while parsing', lineno: lastLine + 1, offset: len, text: '', rawText: '' });
    } else if (idx === p.expectedIndentAt && !(t.type === T.OP && '!$?`'.includes(t.str))) {
      const line = t.type === T.STRING ? t.endLineno : t.lineno;
      err = p.makeError('IndentationError', 'expected an indented block', line, t.col < 0 ? t.curCol : p.charCol(t.lineno, t.col) + 1, line, -1);
    } else if (t.type === T.INDENT || t.type === T.DEDENT) {
      err = p.makeError('IndentationError', t.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent', t.lineno, t.curCol, t.lineno, -1);
    } else {
      const line = t.type === T.STRING ? t.endLineno : t.lineno;
      const off = t.lineno !== line ? p.charCol(line, t.endCol) : p.charCol(t.lineno, t.col) + 1;
      err = p.makeError('SyntaxError', 'invalid syntax', line, off, line, -1);
    }
    throw legacyPrintCheck38(err);
  }
  const d = p.deferred[0];
  if (d) throw legacyPrintCheck38(d.err);
  return mod;
}

/**
 * Python 3.8's SyntaxError.__init__ (_report_missing_parentheses): a line starting with
 * `print ` / `exec ` and no '(' gets the "Missing parentheses" message, whatever the error was.
 */
function legacyPrintCheck38(e: PySyntaxError): PySyntaxError {
  if (e.kind !== 'SyntaxError' || e.rawText === null) return e;
  const text = e.rawText;
  if (text.indexOf('(') >= 0) return e;
  const check = (startIn: number): string | null => {
    let start = startIn;
    while (start < text.length && /\s/.test(text[start]!)) start++;
    if (start === text.length) return null;
    if (text.startsWith('print ', start)) {
      const from = start + 6;
      let end = text.indexOf(';', from);
      if (end < 0) end = text.length;
      const data = text.slice(from, end).replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
      const endArg = data.endsWith(',') ? ' end=" "' : '';
      return `Missing parentheses in call to 'print'. Did you mean print(${data}${endArg})?`;
    }
    if (text.startsWith('exec ', start)) return "Missing parentheses in call to 'exec'";
    return null;
  };
  let msg = check(0);
  if (msg === null) {
    const colon = text.indexOf(':');
    if (colon >= 0) msg = check(colon + 1);
  }
  if (msg === null) return e;
  return new PySyntaxError({
    kind: e.kind, msg, lineno: e.lineno, offset: e.offset, text: e.text,
    ...(e.end_lineno !== undefined ? { end_lineno: e.end_lineno } : {}),
    ...(e.end_offset !== undefined ? { end_offset: e.end_offset } : {}),
    rawText: e.rawText,
  });
}

/** The innermost bracket a pre-3.12 f-string expression's text leaves open at its end, as
 * fstring_find_expr (Parser/string_parser.c) tracks them (quoted strings skipped), or null. */
function unclosedBracket(text: string): string | null {
  const stack: string[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (text.startsWith(quote, i)) { i += quote.length - 1; quote = ''; }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = text.startsWith(c + c + c, i) ? c + c + c : c;
      i += quote.length - 1;
    } else if (c === '[' || c === '(' || c === '{') stack.push(c);
    else if (c === ']' || c === ')' || c === '}') stack.pop();
  }
  return stack.length > 0 ? stack[stack.length - 1] : null;
}
