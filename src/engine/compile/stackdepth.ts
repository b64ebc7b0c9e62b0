// co_stacksize as real CPython computes it, per profile version (3.8, 3.10, 3.11, 3.12, 3.13).
//
// CPython sizes a code object's value stack by compiling it to a control-flow graph of
// instructions, running its CFG optimizer and then walking the graph with each instruction's
// stack effect (compile.c:stackdepth(), 3.12+ flowgraph.c). The number depends on the exact
// instruction sequence of each version, so this module reproduces that pipeline rather than
// estimating: it
//   1. applies the AST optimizer (ast_opt.c: constant folding, `in [..]` -> tuple, '%'-format
//      -> f-string, `not (a is b)` -> `a is not b`, `__debug__`),
//   2. builds CPython's symbol table (symtable.c: free/cell variables, `__class__`, PEP 709
//      comprehension inlining), which decides closures, super() calls and inlined locals,
//   3. emits, per code object, the instructions compile.c of that version emits (opcode names as
//      in CPython, with each version's stack effects),
//   4. builds the basic blocks, runs the CFG optimizations that change stack use (constant
//      conditions, tuple folding, `is None` jumps, RETURN_CONST, LOAD_CONST/POP_TOP pairs),
//   5. runs stackdepth() of that version.
// Frame objects (3.8/3.10) and generators (3.11+) are sized from co_stacksize, so
// sys.getsizeof depends on it.
//
// Not modelled (HeapLens does not simulate them): async functions/for/with/comprehensions,
// PEP 695 type parameters and `type` statements.
import type * as A from '../parse/ast';
import { hasFutureAnnotations } from '../parse/validate';
import { cpowOutcome } from '../runtime/cpowpure';
import { optimizeFormat } from './formatopt';

/** Where optimize_format's string parts are: nowhere. */
const FMT_AT: A.Pos = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

export type StackVersion = 8 | 10 | 11 | 12 | 13;

type CodeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

// =====================================================================================
// Constant values and the AST optimizer (Python/ast_opt.c)
// =====================================================================================

type PV =
  | { t: 'None' }
  | { t: 'Ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; re: number; im: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: string }
  | { t: 'tuple'; items: PV[] }
  | { t: 'frozenset'; items: PV[] };

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;
const STACK_USE_GUIDELINE = 30;

function pvFromConst(c: A.ConstValue): PV {
  switch (c.k) {
    case 'None': return { t: 'None' };
    case 'Ellipsis': return { t: 'Ellipsis' };
    case 'bool': return { t: 'bool', v: c.v };
    case 'int': return { t: 'int', v: c.v };
    case 'float': return { t: 'float', v: c.v };
    case 'complex': return { t: 'complex', re: 0, im: c.imag };
    case 'str': return { t: 'str', v: c.v };
    case 'bytes': return { t: 'bytes', v: c.v };
  }
}

function truthy(v: PV): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.re !== 0 || v.im !== 0;
    case 'str': case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
  }
}

function isIntLike(v: PV): v is { t: 'int'; v: bigint } | { t: 'bool'; v: boolean } {
  return v.t === 'int' || v.t === 'bool';
}
function intOf(v: PV): bigint {
  return v.t === 'bool' ? (v.v ? 1n : 0n) : v.t === 'int' ? v.v : 0n;
}
function numBits(n: bigint): number {
  const a = n < 0n ? -n : n;
  return a === 0n ? 0 : a.toString(2).length;
}
function strLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}
function seqLen(v: PV): number {
  if (v.t === 'str') return strLen(v.v);
  if (v.t === 'bytes') return v.v.length;
  if (v.t === 'tuple' || v.t === 'frozenset') return v.items.length;
  return 0;
}
/** int -> float, null on OverflowError. */
function intToFloat(n: bigint): number | null {
  const f = Number(n);
  return Number.isFinite(f) ? f : null;
}
function floatOf(v: PV): number | null {
  if (v.t === 'float') return v.v;
  if (isIntLike(v)) return intToFloat(intOf(v));
  return null;
}
function complexOf(v: PV): { re: number; im: number } | null {
  if (v.t === 'complex') return { re: v.re, im: v.im };
  const f = floatOf(v);
  return f === null ? null : { re: f, im: 0 };
}
function isNumber(v: PV): boolean {
  return isIntLike(v) || v.t === 'float' || v.t === 'complex';
}

function checkComplexity(obj: PV, limit: number, v: StackVersion): number {
  if (obj.t === 'tuple') {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit, v);
    return limit;
  }
  if (obj.t === 'frozenset' && v <= 12) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i]!, limit, v);
  }
  return limit;
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
function pyFloatMod(a: number, b: number): number {
  let m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) m += b;
  return m;
}

/** Numeric binary operation; null means CPython raises (the node is then not folded). */
function numericOp(op: A.OperatorKind, a: PV, b: PV, ver: StackVersion): PV | null {
  if (isIntLike(a) && isIntLike(b)) {
    const x = intOf(a);
    const y = intOf(b);
    switch (op) {
      case 'Add': return { t: 'int', v: x + y };
      case 'Sub': return { t: 'int', v: x - y };
      case 'Mult': return { t: 'int', v: x * y };
      case 'Div': {
        if (y === 0n) return null;
        const fx = intToFloat(x);
        const fy = intToFloat(y);
        if (fx === null || fy === null) return null;
        return { t: 'float', v: fx / fy };
      }
      case 'FloorDiv': return y === 0n ? null : { t: 'int', v: floorDivBig(x, y) };
      case 'Mod': return y === 0n ? null : { t: 'int', v: modBig(x, y) };
      case 'Pow': {
        if (y < 0n) {
          if (x === 0n) return null;
          const fx = intToFloat(x);
          const fy = intToFloat(y);
          if (fx === null || fy === null) return null;
          return { t: 'float', v: Math.pow(fx, fy) };
        }
        if (numBits(x) * Number(y) > 100000) return null;
        return { t: 'int', v: x ** y };
      }
      case 'LShift': return y < 0n ? null : { t: 'int', v: x << y };
      case 'RShift': return y < 0n ? null : { t: 'int', v: x >> y };
      case 'BitAnd': return a.t === 'bool' && b.t === 'bool' ? { t: 'bool', v: a.v && b.v } : { t: 'int', v: x & y };
      case 'BitOr': return a.t === 'bool' && b.t === 'bool' ? { t: 'bool', v: a.v || b.v } : { t: 'int', v: x | y };
      case 'BitXor': return a.t === 'bool' && b.t === 'bool' ? { t: 'bool', v: a.v !== b.v } : { t: 'int', v: x ^ y };
      case 'MatMult': return null;
    }
  }
  if (a.t === 'complex' || b.t === 'complex') {
    const x = complexOf(a);
    const y = complexOf(b);
    if (x === null || y === null) return null;
    switch (op) {
      case 'Add': return { t: 'complex', re: x.re + y.re, im: x.im + y.im };
      case 'Sub': return { t: 'complex', re: x.re - y.re, im: x.im - y.im };
      case 'Mult': return { t: 'complex', re: x.re * y.re - x.im * y.im, im: x.re * y.im + x.im * y.re };
      case 'Div': {
        const d = y.re * y.re + y.im * y.im;
        if (d === 0) return null;
        return { t: 'complex', re: (x.re * y.re + x.im * y.im) / d, im: (x.im * y.re - x.re * y.im) / d };
      }
      case 'Pow': {
        // complex_pow: folded unless it raises (a C-library result's value is not needed here)
        const r = cpowOutcome([x.re, x.im], [y.re, y.im], ver);
        if (r.k === 'value') return { t: 'complex', re: r.re, im: r.im };
        return r.k === 'libm' ? { t: 'complex', re: NaN, im: NaN } : null;
      }
      default: return null;
    }
  }
  const x = floatOf(a);
  const y = floatOf(b);
  if (x === null || y === null) return null;
  switch (op) {
    case 'Add': return { t: 'float', v: x + y };
    case 'Sub': return { t: 'float', v: x - y };
    case 'Mult': return { t: 'float', v: x * y };
    case 'Div': return y === 0 ? null : { t: 'float', v: x / y };
    case 'FloorDiv': return y === 0 ? null : { t: 'float', v: Math.floor(x / y) };
    case 'Mod': return y === 0 ? null : { t: 'float', v: pyFloatMod(x, y) };
    case 'Pow': {
      if (x === 0 && y < 0) return null;
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return numericOp('Pow', { t: 'complex', re: x, im: 0 }, { t: 'complex', re: y, im: 0 }, ver);
      const r = Math.pow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return null;
      return { t: 'float', v: r };
    }
    default: return null;
  }
}

function repeatSeq(s: PV, n: bigint): PV | null {
  const k = n < 0n ? 0 : Number(n);
  if (s.t === 'str' || s.t === 'bytes') return { t: s.t, v: s.v.repeat(k) };
  if (s.t === 'tuple') {
    const items: PV[] = [];
    for (let i = 0; i < k; i++) items.push(...s.items);
    return { t: 'tuple', items };
  }
  return null;
}

function safeMultiply(a: PV, b: PV, v: StackVersion): PV | null {
  if (isIntLike(a) && isIntLike(b) && intOf(a) !== 0n && intOf(b) !== 0n) {
    if (numBits(intOf(a)) + numBits(intOf(b)) > MAX_INT_SIZE) return null;
  } else if (isIntLike(a) && (b.t === 'tuple' || (b.t === 'frozenset' && v <= 12))) {
    const size = seqLen(b);
    if (size) {
      const n = intOf(a);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      if (n && checkComplexity(b, Math.floor(MAX_TOTAL_ITEMS / Number(n)), v) < 0) return null;
    }
  } else if (isIntLike(a) && (b.t === 'str' || b.t === 'bytes')) {
    const size = seqLen(b);
    if (size) {
      const n = intOf(a);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return null;
    }
  } else if (isIntLike(b) && (a.t === 'tuple' || (a.t === 'frozenset' && v <= 12) || a.t === 'str' || a.t === 'bytes')) {
    return safeMultiply(b, a, v);
  }
  if (isIntLike(a) && (b.t === 'tuple' || b.t === 'str' || b.t === 'bytes')) return repeatSeq(b, intOf(a));
  if (isNumber(a) && isNumber(b)) return numericOp('Mult', a, b, v);
  return null;
}

function foldBinOp(op: A.OperatorKind, a: PV, b: PV, v: StackVersion): PV | null {
  switch (op) {
    case 'Add':
      if (a.t === 'str' && b.t === 'str') return { t: 'str', v: a.v + b.v };
      if (a.t === 'bytes' && b.t === 'bytes') return { t: 'bytes', v: a.v + b.v };
      if (a.t === 'tuple' && b.t === 'tuple') return { t: 'tuple', items: [...a.items, ...b.items] };
      break;
    case 'Mult':
      return safeMultiply(a, b, v);
    case 'Mod':
      // safe_mod: never folds str/bytes formatting
      if (a.t === 'str' || a.t === 'bytes') return null;
      break;
    case 'Pow':
      if (isIntLike(a) && isIntLike(b) && intOf(a) !== 0n && intOf(b) > 0n) {
        if (numBits(intOf(a)) > Math.floor(MAX_INT_SIZE / Number(intOf(b)))) return null;
      }
      break;
    case 'LShift':
      if (isIntLike(a) && isIntLike(b) && intOf(a) !== 0n && intOf(b) !== 0n) {
        const wbits = intOf(b);
        if (wbits < 0n) return null;
        if (wbits > BigInt(MAX_INT_SIZE) || numBits(intOf(a)) > MAX_INT_SIZE - Number(wbits)) return null;
      }
      break;
    default:
      break;
  }
  if (isNumber(a) && isNumber(b)) return numericOp(op, a, b, v);
  return null;
}

function foldUnary(op: A.UnaryOpKind, a: PV): PV | null {
  switch (op) {
    case 'Not': return { t: 'bool', v: !truthy(a) };
    case 'USub':
      if (isIntLike(a)) return { t: 'int', v: -intOf(a) };
      if (a.t === 'float') return { t: 'float', v: -a.v };
      if (a.t === 'complex') return { t: 'complex', re: -a.re, im: -a.im };
      return null;
    case 'UAdd':
      if (isIntLike(a)) return { t: 'int', v: intOf(a) };
      if (a.t === 'float' || a.t === 'complex') return a;
      return null;
    case 'Invert':
      return isIntLike(a) ? { t: 'int', v: ~intOf(a) } : null;
  }
}

function foldSubscript(a: PV, i: PV): PV | null {
  if (!isIntLike(i)) return null;
  const n = intOf(i);
  if (a.t === 'str') {
    const chars = Array.from(a.v);
    const k = n < 0n ? BigInt(chars.length) + n : n;
    if (k < 0n || k >= BigInt(chars.length)) return null;
    return { t: 'str', v: chars[Number(k)]! };
  }
  if (a.t === 'bytes' || a.t === 'tuple') {
    const len = a.t === 'bytes' ? a.v.length : a.items.length;
    const k = n < 0n ? BigInt(len) + n : n;
    if (k < 0n || k >= BigInt(len)) return null;
    return a.t === 'bytes' ? { t: 'int', v: BigInt(a.v.charCodeAt(Number(k))) } : a.items[Number(k)]!;
  }
  return null;
}

function pvKey(v: PV): string {
  switch (v.t) {
    case 'None': case 'Ellipsis': return v.t;
    case 'bool': return `i${v.v ? 1 : 0}`;
    case 'int': return `i${v.v}`;
    case 'float': return Number.isInteger(v.v) && Math.abs(v.v) < 2 ** 53 ? `i${v.v}` : `f${v.v}`;
    case 'complex': return v.im === 0 ? pvKey({ t: 'float', v: v.re }) : `c${v.re},${v.im}`;
    case 'str': return `s${v.v}`;
    case 'bytes': return `b${v.v}`;
    case 'tuple': return `(${v.items.map(pvKey).join(',')})`;
    case 'frozenset': return `{${v.items.map(pvKey).sort().join(',')}}`;
  }
}

function makeFrozenset(items: PV[]): PV {
  const seen = new Set<string>();
  const out: PV[] = [];
  for (const it of items) {
    const k = pvKey(it);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(it);
    }
  }
  return { t: 'frozenset', items: out };
}

/** Values of the Constant nodes the optimizer creates (parser Constants carry their own). */
const FOLDED = new WeakMap<A.Constant, PV>();

function constVal(c: A.Constant): PV {
  return FOLDED.get(c) ?? pvFromConst(c.value);
}

function mkConst(at: A.Pos, v: PV): A.Constant {
  const c: A.Constant = {
    type: 'Constant', value: { k: 'None' },
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
  FOLDED.set(c, v);
  return c;
}

function isConst(e: A.Expr | null): e is A.Constant {
  return e !== null && e.type === 'Constant';
}

function isDocString(body: A.Stmt[]): boolean {
  const s = body[0];
  return s !== undefined && s.type === 'Expr' && s.value.type === 'Constant' && constVal(s.value).t === 'str';
}

/** Python/ast_opt.c of one version; returns a new tree, recording original -> new scope nodes. */
class AstOptimizer {
  /** original scope node -> optimized node (and back) */
  readonly toNew = new Map<A.Node, A.Node>();
  constructor(readonly v: StackVersion, readonly futureAnnotations: boolean) {}

  private note<T extends A.Node>(orig: A.Node, n: T): T {
    this.toNew.set(orig, n);
    return n;
  }

  /** Record the scope nodes of a subtree the optimizer leaves alone. */
  private noteUnchanged(x: unknown): void {
    if (Array.isArray(x)) {
      for (const y of x) this.noteUnchanged(y);
      return;
    }
    if (typeof x !== 'object' || x === null) return;
    const t = (x as { type?: unknown }).type;
    if (t === 'FunctionDef' || t === 'ClassDef' || t === 'Lambda' || t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') {
      this.toNew.set(x as A.Node, x as A.Node);
    }
    for (const y of Object.values(x)) if (typeof y === 'object' && y !== null) this.noteUnchanged(y);
  }

  /** Annotations are left alone under `from __future__ import annotations` (3.8 folds them anyway). */
  private get skipAnnotations(): boolean {
    return this.futureAnnotations && this.v >= 10;
  }

  module(m: A.Module): A.Module {
    return this.note(m, { type: 'Module', body: this.stmts(m.body) });
  }

  stmts(body: A.Stmt[]): A.Stmt[] {
    return body.map((s) => this.stmt(s));
  }

  private optE(e: A.Expr | null): A.Expr | null {
    return e === null ? null : this.expr(e);
  }

  private args(a: A.Arguments): A.Arguments {
    const ann = (x: A.Arg): A.Arg => ({ ...x, annotation: this.skipAnnotations ? x.annotation : this.optE(x.annotation) });
    return {
      type: 'arguments',
      posonlyargs: a.posonlyargs.map(ann),
      args: a.args.map(ann),
      vararg: a.vararg ? ann(a.vararg) : null,
      kwonlyargs: a.kwonlyargs.map(ann),
      kw_defaults: a.kw_defaults.map((d) => this.optE(d)),
      kwarg: a.kwarg ? ann(a.kwarg) : null,
      defaults: a.defaults.map((d) => this.expr(d)),
    };
  }

  stmt(s: A.Stmt): A.Stmt {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.note(s, {
          ...s, args: this.args(s.args), body: this.stmts(s.body), decorator_list: s.decorator_list.map((d) => this.expr(d)),
          returns: this.skipAnnotations ? s.returns : this.optE(s.returns),
        });
      case 'ClassDef':
        return this.note(s, {
          ...s, bases: s.bases.map((b) => this.expr(b)), keywords: s.keywords.map((k) => ({ ...k, value: this.expr(k.value) })),
          body: this.stmts(s.body), decorator_list: s.decorator_list.map((d) => this.expr(d)),
        });
      case 'Return': return { ...s, value: this.optE(s.value) };
      case 'Delete': return { ...s, targets: s.targets.map((t) => this.expr(t)) };
      case 'Assign': return { ...s, targets: s.targets.map((t) => this.expr(t)), value: this.expr(s.value) };
      case 'AugAssign': return { ...s, target: this.expr(s.target) as A.Name | A.Attribute | A.Subscript, value: this.expr(s.value) };
      case 'AnnAssign':
        return {
          ...s, target: this.expr(s.target) as A.Name | A.Attribute | A.Subscript,
          annotation: this.skipAnnotations ? s.annotation : this.expr(s.annotation), value: this.optE(s.value),
        };
      case 'For':
        return { ...s, target: this.expr(s.target), iter: this.foldIter(this.expr(s.iter)), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'AsyncFor':
        return { ...s, target: this.expr(s.target), iter: this.expr(s.iter), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'While':
      case 'If':
        return { ...s, test: this.expr(s.test), body: this.stmts(s.body), orelse: this.stmts(s.orelse) } as A.Stmt;
      case 'With':
      case 'AsyncWith':
        return {
          ...s, items: s.items.map((it) => ({ ...it, context_expr: this.expr(it.context_expr), optional_vars: this.optE(it.optional_vars) })),
          body: this.stmts(s.body),
        } as A.Stmt;
      case 'Raise': return { ...s, exc: this.optE(s.exc), cause: this.optE(s.cause) };
      case 'Try':
      case 'TryStar':
        return {
          ...s, body: this.stmts(s.body),
          handlers: s.handlers.map((h) => ({ ...h, htype: this.optE(h.htype), body: this.stmts(h.body) })),
          orelse: this.stmts(s.orelse), finalbody: this.stmts(s.finalbody),
        } as A.Stmt;
      case 'Assert': return { ...s, test: this.expr(s.test), msg: this.optE(s.msg) };
      case 'Expr': return { ...s, value: this.expr(s.value) };
      case 'Match':
        return {
          ...s, subject: this.expr(s.subject),
          cases: s.cases.map((m) => ({ ...m, pattern: this.pattern(m.pattern), guard: this.optE(m.guard), body: this.stmts(m.body) })),
        };
      default: return s;
    }
  }

  /** astfold_pattern: literal values and mapping keys are folded (`-1`, `1+2j`). */
  private pattern(p: A.Pattern): A.Pattern {
    switch (p.type) {
      case 'MatchValue': return { ...p, value: this.expr(p.value) };
      case 'MatchSequence': case 'MatchOr': return { ...p, patterns: p.patterns.map((x) => this.pattern(x)) };
      case 'MatchMapping': return { ...p, keys: p.keys.map((k) => this.expr(k)), patterns: p.patterns.map((x) => this.pattern(x)) };
      case 'MatchClass':
        return {
          ...p, cls: this.expr(p.cls), patterns: p.patterns.map((x) => this.pattern(x)),
          kwd_patterns: p.kwd_patterns.map((x) => this.pattern(x)),
        };
      case 'MatchAs': return p.pattern ? { ...p, pattern: this.pattern(p.pattern) } : p;
      default: return p;
    }
  }

  private constTuple(elts: A.Expr[]): PV | null {
    const items: PV[] = [];
    for (const e of elts) {
      if (!isConst(e)) return null;
      items.push(constVal(e));
    }
    return { t: 'tuple', items };
  }

  /** fold_iter: a list/set literal iterated or tested with `in` becomes a tuple/frozenset. */
  foldIter(e: A.Expr): A.Expr {
    if (e.type === 'List') {
      if (e.elts.some((x) => x.type === 'Starred')) return e;
      const t = this.constTuple(e.elts);
      return t ? mkConst(e, t) : { ...e, type: 'Tuple' };
    }
    if (e.type === 'Set') {
      const t = this.constTuple(e.elts);
      return t && t.t === 'tuple' ? mkConst(e, makeFrozenset(t.items)) : e;
    }
    return e;
  }

  private comp(g: A.Comprehension): A.Comprehension {
    return { ...g, target: this.expr(g.target), iter: this.foldIter(this.expr(g.iter)), ifs: g.ifs.map((x) => this.expr(x)) };
  }

  expr(e: A.Expr): A.Expr {
    switch (e.type) {
      case 'BoolOp': return { ...e, values: e.values.map((x) => this.expr(x)) };
      case 'BinOp': {
        const left = this.expr(e.left);
        const right = this.expr(e.right);
        const n: A.BinOp = { ...e, left, right };
        if (!isConst(left)) return n;
        const lv = constVal(left);
        if (this.v >= 11 && e.op === 'Mod' && right.type === 'Tuple' && lv.t === 'str' && !right.elts.some((x) => x.type === 'Starred')) {
          return optimizeFormat(n, lv.v, right.elts, (v) => mkConst(FMT_AT, { t: 'str', v })) ?? n;
        }
        if (!isConst(right)) return n;
        const r = foldBinOp(e.op, lv, constVal(right), this.v);
        return r ? mkConst(e, r) : n;
      }
      case 'UnaryOp': {
        const operand = this.expr(e.operand);
        if (!isConst(operand)) {
          if (e.op === 'Not' && operand.type === 'Compare' && operand.ops.length === 1) {
            const inv: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = inv[operand.ops[0]!];
            if (op) return { ...operand, ops: [op] };
          }
          return { ...e, operand };
        }
        const r = foldUnary(e.op, constVal(operand));
        return r ? mkConst(e, r) : { ...e, operand };
      }
      case 'Lambda':
        return this.note(e, { ...e, args: this.args(e.args), body: this.expr(e.body) });
      case 'IfExp': return { ...e, test: this.expr(e.test), body: this.expr(e.body), orelse: this.expr(e.orelse) };
      case 'Dict': return { ...e, keys: e.keys.map((k) => this.optE(k)), values: e.values.map((x) => this.expr(x)) };
      case 'Set': return { ...e, elts: e.elts.map((x) => this.expr(x)) };
      case 'ListComp': return this.note(e, { ...e, elt: this.expr(e.elt), generators: e.generators.map((g) => this.comp(g)) });
      case 'SetComp': return this.note(e, { ...e, elt: this.expr(e.elt), generators: e.generators.map((g) => this.comp(g)) });
      case 'GeneratorExp': return this.note(e, { ...e, elt: this.expr(e.elt), generators: e.generators.map((g) => this.comp(g)) });
      case 'DictComp':
        return this.note(e, { ...e, key: this.expr(e.key), value: this.expr(e.value), generators: e.generators.map((g) => this.comp(g)) });
      case 'Await': return { ...e, value: this.expr(e.value) };
      case 'Yield': return { ...e, value: this.optE(e.value) };
      case 'YieldFrom': return { ...e, value: this.expr(e.value) };
      case 'Compare': {
        const comparators = e.comparators.map((x) => this.expr(x));
        const last = e.ops[e.ops.length - 1];
        if (last === 'In' || last === 'NotIn') comparators[comparators.length - 1] = this.foldIter(comparators[comparators.length - 1]!);
        return { ...e, left: this.expr(e.left), comparators };
      }
      case 'Call':
        return { ...e, func: this.expr(e.func), args: e.args.map((x) => this.expr(x)), keywords: e.keywords.map((k) => ({ ...k, value: this.expr(k.value) })) };
      case 'FormattedValue':
        return { ...e, value: this.expr(e.value), format_spec: e.format_spec ? (this.expr(e.format_spec) as A.JoinedStr) : null };
      case 'JoinedStr': {
        // Only 3.12's parser leaves an empty Constant at the end of a format spec ending in a
        // replacement field (f"{x:{w}}"); HeapLens' parser produces it for every version.
        const values = this.v === 12 ? e.values : e.values.filter((x) => !(x.type === 'Constant' && x.value.k === 'str' && x.value.v === ''));
        return { ...e, values: values.map((x) => this.expr(x) as A.Constant | A.FormattedValue) };
      }
      case 'Attribute': return { ...e, value: this.expr(e.value) };
      case 'Subscript': {
        const value = this.expr(e.value);
        const slice = this.expr(e.slice);
        if (e.ctx === 'Load' && isConst(value) && isConst(slice)) {
          const r = foldSubscript(constVal(value), constVal(slice));
          if (r) return mkConst(e, r);
        }
        return { ...e, value, slice };
      }
      case 'Starred': return { ...e, value: this.expr(e.value) };
      case 'Slice': return { ...e, lower: this.optE(e.lower), upper: this.optE(e.upper), step: this.optE(e.step) };
      case 'List': return { ...e, elts: e.elts.map((x) => this.expr(x)) };
      case 'Tuple': {
        const elts = e.elts.map((x) => this.expr(x));
        if (e.ctx === 'Load') {
          const t = this.constTuple(elts);
          if (t) return mkConst(e, t);
        }
        return { ...e, elts };
      }
      case 'Name':
        if (e.id === '__debug__' && (e.ctx === 'Load' || this.v === 8)) return mkConst(e, { t: 'bool', v: true });
        return e;
      case 'NamedExpr':
        // 3.8's astfold_expr has no NamedExpr case: nothing under a walrus is optimized
        if (this.v === 8) {
          this.noteUnchanged(e.value);
          return e;
        }
        return { ...e, value: this.expr(e.value) };
      case 'Constant': return e;
    }
  }
}


// =====================================================================================
// Symbol table (Python/symtable.c)
// =====================================================================================

const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_FREE_CLASS = 32;
const DEF_IMPORT = 64;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

type NameScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
type BlockKind = 'module' | 'function' | 'class' | 'comprehension';

class Ste {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, NameScope>();
  children: Ste[] = [];
  isGenerator = false;
  isCoroutine = false;
  needsClassClosure = false;
  /** 3.12+: a list/set/dict comprehension compiled inline in its parent (PEP 709). */
  inlined = false;
  readonly inlinedCells = new Set<string>();
  constructor(readonly kind: BlockKind, readonly node: A.Node, readonly parent: Ste | null) {}

  add(name: string, flag: number): void {
    this.symbols.set(name, (this.symbols.get(name) ?? 0) | flag);
  }
  /** _PyST_IsFunctionLike */
  functionLike(): boolean {
    return this.kind === 'function' || this.kind === 'comprehension';
  }
  scopeOf(name: string): NameScope | undefined {
    return this.scopes.get(name);
  }
  /** co_freevars: FREE names, and class-scope names also free in a method (DEF_FREE_CLASS). */
  freeCount(): number {
    let n = 0;
    for (const [name, flags] of this.symbols) if (this.scopes.get(name) === 'free' || flags & DEF_FREE_CLASS) n++;
    return n;
  }
}

function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

class SymtableBuilder {
  readonly byNode = new Map<A.Node, Ste>();
  readonly top: Ste;
  private cur: Ste;
  private className: string | null = null;

  /** 3.10+ under `from __future__ import annotations`: annotations are symbol blocks of their own
   * (AnnotationBlock) whose names make no cells in the enclosing functions. */
  private readonly skipAnn: boolean;

  constructor(mod: A.Module, readonly v: StackVersion, future = false) {
    this.skipAnn = future && v >= 10;
    this.top = new Ste('module', mod, null);
    this.byNode.set(mod, this.top);
    this.cur = this.top;
    this.stmts(mod.body);
    this.analyzeBlock(this.top, null, new Set(), new Set());
  }

  private enter(s: Ste): void {
    this.cur.children.push(s);
    this.byNode.set(s.node, s);
    this.cur = s;
  }
  private leave(): void {
    this.cur = this.cur.parent!;
  }
  private def(name: string, flag: number): void {
    this.cur.add(mangle(this.className, name), flag);
  }

  private argsOuter(a: A.Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }
  private annotations(a: A.Arguments, returns: A.Expr | null): void {
    if (this.skipAnn) return;
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (arg.annotation) this.expr(arg.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
    if (returns) this.expr(returns);
  }
  private params(a: A.Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.def(arg.arg, DEF_PARAM);
    if (a.vararg) this.def(a.vararg.arg, DEF_PARAM);
    if (a.kwarg) this.def(a.kwarg.arg, DEF_PARAM);
  }

  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.def(s.name, DEF_LOCAL);
        this.argsOuter(s.args);
        this.annotations(s.args, s.returns);
        for (const d of s.decorator_list) this.expr(d);
        const saved = this.className;
        const sc = new Ste('function', s, this.cur);
        if (s.type === 'AsyncFunctionDef') sc.isCoroutine = true;
        this.enter(sc);
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        this.className = saved;
        break;
      }
      case 'ClassDef': {
        this.def(s.name, DEF_LOCAL);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        const saved = this.className;
        this.enter(new Ste('class', s, this.cur));
        this.className = s.name;
        this.stmts(s.body);
        this.className = saved;
        this.leave();
        break;
      }
      case 'Return': if (s.value) this.expr(s.value); break;
      case 'Delete': for (const t of s.targets) this.expr(t); break;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.type === 'Name') this.def(s.target.id, DEF_LOCAL);
        else this.expr(s.target);
        if (!this.skipAnn) this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.htype) this.expr(h.htype);
          if (h.name) this.def(h.name, DEF_LOCAL);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue;
          this.def(a.asname ?? (s.type === 'Import' ? a.name.split('.')[0]! : a.name), DEF_IMPORT);
        }
        break;
      case 'Global':
        for (const n of s.names) this.def(n, DEF_GLOBAL);
        break;
      case 'Nonlocal':
        for (const n of s.names) this.def(n, DEF_NONLOCAL);
        break;
      case 'Expr': this.expr(s.value); break;
      case 'Match':
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard) this.expr(m.guard);
          this.stmts(m.body);
        }
        break;
      default: break;
    }
  }

  /** symtable_visit_pattern */
  private pattern(p: A.Pattern): void {
    switch (p.type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': case 'MatchOr': for (const x of p.patterns) this.pattern(x); break;
      case 'MatchStar': if (p.name) this.def(p.name, DEF_LOCAL); break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.def(p.rest, DEF_LOCAL);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.def(p.name, DEF_LOCAL);
        break;
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const gens = e.generators;
    this.expr(gens[0]!.iter);
    const sc = new Ste('comprehension', e, this.cur);
    sc.isGenerator = e.type === 'GeneratorExp';
    if (gens.some((g) => g.is_async)) sc.isCoroutine = true;
    this.enter(sc);
    sc.add('.0', DEF_PARAM);
    gens.forEach((g, i) => {
      this.expr(g.target);
      if (i > 0) this.expr(g.iter);
      for (const c of g.ifs) this.expr(c);
    });
    if (e.type === 'DictComp') {
      this.expr(e.key);
      this.expr(e.value);
    } else this.expr(e.elt);
    this.leave();
  }

  private expr(e: A.Expr): void {
    switch (e.type) {
      case 'Name':
        if (e.ctx === 'Load') {
          this.def(e.id, USE);
          // super() counts as a use of __class__ (symtable_visit_expr)
          if (e.id === 'super' && this.cur.functionLike()) this.cur.add('__class__', USE);
        } else this.def(e.id, DEF_LOCAL);
        break;
      case 'NamedExpr': {
        if (this.cur.kind === 'comprehension') this.extendNamedExprScope(e.target.id);
        this.expr(e.value);
        this.expr(e.target);
        break;
      }
      case 'BoolOp': for (const x of e.values) this.expr(x); break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.argsOuter(e.args);
        this.enter(new Ste('function', e, this.cur));
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        break;
      }
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]!);
        });
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) this.expr(x);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e);
        break;
      case 'Await': this.expr(e.value); break;
      case 'Yield':
      case 'YieldFrom':
        this.cur.isGenerator = true;
        if (e.value) this.expr(e.value);
        break;
      case 'Compare':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        break;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': for (const x of e.values) this.expr(x); break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred': this.expr(e.value); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'Constant': break;
    }
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function. */
  private extendNamedExprScope(name: string): void {
    for (let s: Ste | null = this.cur; s; s = s.parent) {
      if (s.kind === 'comprehension') continue;
      if (s.kind === 'function') {
        const flags = s.symbols.get(mangle(this.className, name)) ?? 0;
        this.def(name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL);
        s.add(mangle(this.className, name), DEF_LOCAL);
        return;
      }
      if (s.kind === 'module') {
        this.def(name, DEF_GLOBAL);
        s.add(mangle(this.className, name), DEF_GLOBAL);
        return;
      }
      return;
    }
  }

  // ---- analysis (analyze_block & co.)

  private analyzeBlock(ste: Ste, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    if (ste.kind === 'class') {
      for (const g of global) newGlobal.add(g);
      if (bound) for (const b of bound) newBound.add(b);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, name, flags, bound, local, free, global);
    if (ste.kind !== 'class') {
      if (ste.functionLike()) for (const l of local) newBound.add(l);
      if (bound) for (const b of bound) newBound.add(b);
      for (const g of global) newGlobal.add(g);
    } else {
      newBound.add('__class__');
    }
    for (const child of ste.children) {
      // analyze_child_block works on copies of the sets
      const childFree = new Set<string>();
      this.analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal));
      if (this.v >= 12 && child.kind === 'comprehension' && !child.isGenerator) {
        this.inlineComprehension(ste, child, childFree);
        child.inlined = true;
      }
      for (const f of childFree) newFree.add(f);
    }
    if (this.v >= 12) {
      const spliced: Ste[] = [];
      for (const c of ste.children) {
        if (c.inlined) spliced.push(...c.children);
        else spliced.push(c);
      }
      ste.children = spliced;
    }
    if (ste.functionLike()) {
      // analyze_cells
      for (const [name, sc] of ste.scopes) {
        if (sc !== 'local') continue;
        if (!newFree.has(name) && !ste.inlinedCells.has(name)) continue;
        ste.scopes.set(name, 'cell');
        newFree.delete(name);
      }
    } else if (ste.kind === 'class') {
      // drop_class_free
      if (newFree.delete('__class__')) ste.needsClassClosure = true;
    }
    // update_symbols
    for (const name of newFree) {
      const flags = ste.symbols.get(name);
      if (flags !== undefined) {
        if (ste.kind === 'class' && (this.v >= 12 || flags & (DEF_BOUND | DEF_GLOBAL))) ste.symbols.set(name, flags | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, 0);
      ste.scopes.set(name, 'free');
    }
    for (const f of newFree) free.add(f);
  }

  private analyzeName(ste: Ste, name: string, flags: number, bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
    if (flags & DEF_GLOBAL) {
      ste.scopes.set(name, 'global_explicit');
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      ste.scopes.set(name, 'free');
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      ste.scopes.set(name, 'local');
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      ste.scopes.set(name, 'free');
      free.add(name);
      return;
    }
    ste.scopes.set(name, 'global_implicit');
  }

  /** inline_comprehension (3.12+ symtable.c) */
  private inlineComprehension(ste: Ste, comp: Ste, compFree: Set<string>): void {
    let removeDunderClass = false;
    for (const [name, flags] of comp.symbols) {
      if (flags & DEF_PARAM) continue;
      let scope = comp.scopes.get(name);
      if (scope === 'cell' || comp.inlinedCells.has(name)) ste.inlinedCells.add(name);
      const existing = ste.symbols.get(name);
      if (scope === 'free' && ste.kind === 'class' && name === '__class__') {
        scope = 'global_implicit';
        compFree.delete(name);
        removeDunderClass = true;
      }
      if (existing === undefined) {
        ste.symbols.set(name, flags & ~DEF_FREE_CLASS);
        if (scope !== undefined) ste.scopes.set(name, scope);
      } else if (existing & DEF_BOUND) {
        if (!comp.children.some((c) => c.scopes.get(name) === 'free') && ste.kind !== 'class') compFree.delete(name);
      }
    }
    if (removeDunderClass) comp.symbols.delete('__class__');
  }
}

// =====================================================================================
// Instructions, stack effects
// =====================================================================================

class Label {
  targeted = false;
}

interface Instr {
  op: string;
  arg: number;
  target: Label | null;
  /** LOAD_CONST: the constant (truthiness, None checks, tuple folding) */
  cv: PV | null;
  /** LOAD_CONST: the constant's index in co_consts (3.10/3.11, see ConstOrder) */
  ci?: number;
}

/**
 * co_consts in the order compile.c adds to it (compiler_add_const: each distinct constant, by
 * _PyCode_ConstantKey, where it is first loaded; 3.10/3.11's CFG optimizer appends the tuples it
 * folds), so that trim_unused_consts can be followed: the constants after the last one a live
 * LOAD_CONST uses are dropped. Keys are constkey.ts's; a constant this model does not carry (a
 * code object, a qualified name) has a key of its own that matches nothing.
 */
class ConstOrder {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  private opaque = 0;
  add(key: string | null): number {
    const k = key ?? `?${this.opaque++}`;
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(k);
      this.index.set(k, i);
    }
    return i;
  }
}

function floatCKey(x: number): string {
  return Object.is(x, -0) ? '-0' : x !== x ? 'nan' : String(x);
}

/** constkey.ts's key of a constant value (null: a placeholder this model does not carry). */
function constKeyOf(v: PV): string | null {
  if (v === CODE || v === NOT_A_VALUE) return null;
  switch (v.t) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return v.v ? 'B1' : 'B0';
    case 'int': return `i${v.v}`;
    case 'float': return `f${floatCKey(v.v)}`;
    case 'complex': return `c${floatCKey(v.re)},${floatCKey(v.im)}`;
    case 'str': return v.v === '<code>' || v.v === '<annotation>' ? null : `s${v.v}`;
    case 'bytes': return `b${v.v}`;
    case 'tuple': {
      const items = v.items.map(constKeyOf);
      return items.some((x) => x === null) ? null : `t(${items.join('\u0001')})`;
    }
    case 'frozenset': {
      const items = v.items.map(constKeyOf);
      return items.some((x) => x === null) ? null : `F{${items.sort().join('\u0001')}}`;
    }
  }
}

type Item = Instr | Label;

const NOT_A_VALUE: PV = { t: 'Ellipsis' };


function popcount4(flags: number): number {
  return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}

/** stack_effect(opcode, oparg, jump) of compile.c (3.12+: the generated opcode metadata). */
function stackEffect(v: StackVersion, op: string, arg: number, jump: boolean): number {
  switch (op) {
    case 'NOP': case 'RESUME': case 'ROT_TWO': case 'ROT_THREE': case 'ROT_FOUR': case 'SWAP': case 'ROT_N':
    case 'COPY_DICT_WITHOUT_KEYS':
    case 'UNARY_POSITIVE': case 'UNARY_NEGATIVE': case 'UNARY_NOT': case 'UNARY_INVERT': case 'TO_BOOL':
    case 'GET_ITER': case 'GET_YIELD_FROM_ITER': case 'SETUP_ANNOTATIONS': case 'YIELD_VALUE': case 'POP_BLOCK':
    case 'DELETE_NAME': case 'DELETE_FAST': case 'DELETE_GLOBAL': case 'DELETE_DEREF':
    case 'JUMP_FORWARD': case 'JUMP_ABSOLUTE': case 'JUMP': case 'JUMP_NO_INTERRUPT':
    case 'LIST_TO_TUPLE': case 'CALL_INTRINSIC_1': case 'CHECK_EXC_MATCH': case 'CHECK_EG_MATCH': case 'KW_NAMES': case 'MAKE_CELL':
    case 'COPY_FREE_VARS': case 'CONVERT_VALUE': case 'FORMAT_SIMPLE': case 'LOAD_FROM_DICT_OR_DEREF': case 'RETURN_CONST':
      return 0;
    case 'RETURN_GENERATOR':
      return v >= 13 ? 1 : 0;
    case 'POP_TOP': case 'LIST_APPEND': case 'SET_ADD': case 'BINARY_OP': case 'BINARY_SUBSCR': case 'RETURN_VALUE':
    case 'IMPORT_STAR': case 'STORE_NAME': case 'STORE_FAST': case 'STORE_GLOBAL': case 'STORE_DEREF': case 'DELETE_ATTR':
    case 'COMPARE_OP': case 'IS_OP': case 'CONTAINS_OP': case 'IMPORT_NAME': case 'LIST_EXTEND': case 'SET_UPDATE':
    case 'DICT_MERGE': case 'DICT_UPDATE': case 'YIELD_FROM': case 'GEN_START': case 'CALL_INTRINSIC_2': case 'PREP_RERAISE_STAR':
    case 'STORE_FAST_MAYBE_NULL': case 'END_SEND': case 'CLEANUP_THROW': case 'SET_FUNCTION_ATTRIBUTE': case 'FORMAT_WITH_SPEC':
    case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': case 'POP_JUMP_IF_NONE': case 'POP_JUMP_IF_NOT_NONE':
      return -1;
    case 'BINARY_ADD': case 'BINARY_SUBTRACT': case 'BINARY_MULTIPLY': case 'BINARY_MATRIX_MULTIPLY': case 'BINARY_TRUE_DIVIDE':
    case 'BINARY_FLOOR_DIVIDE': case 'BINARY_MODULO': case 'BINARY_POWER': case 'BINARY_LSHIFT': case 'BINARY_RSHIFT':
    case 'BINARY_AND': case 'BINARY_OR': case 'BINARY_XOR':
    case 'INPLACE_ADD': case 'INPLACE_SUBTRACT': case 'INPLACE_MULTIPLY': case 'INPLACE_MATRIX_MULTIPLY': case 'INPLACE_TRUE_DIVIDE':
    case 'INPLACE_FLOOR_DIVIDE': case 'INPLACE_MODULO': case 'INPLACE_POWER': case 'INPLACE_LSHIFT': case 'INPLACE_RSHIFT':
    case 'INPLACE_AND': case 'INPLACE_OR': case 'INPLACE_XOR':
      return -1;
    case 'DUP_TOP': case 'COPY': case 'PUSH_NULL': case 'LOAD_CONST': case 'LOAD_NAME': case 'LOAD_FAST': case 'LOAD_DEREF':
    case 'LOAD_CLASSDEREF': case 'LOAD_CLOSURE': case 'LOAD_BUILD_CLASS': case 'IMPORT_FROM': case 'LOAD_METHOD':
    case 'LOAD_ASSERTION_ERROR': case 'PUSH_EXC_INFO': case 'BEFORE_WITH': case 'WITH_EXCEPT_START': case 'LOAD_FAST_AND_CLEAR':
    case 'LOAD_LOCALS':
      return 1;
    case 'DUP_TOP_TWO': case 'LOAD_FAST_LOAD_FAST':
      return 2;
    case 'GET_LEN': case 'MATCH_MAPPING': case 'MATCH_SEQUENCE':
      return 1;
    case 'MATCH_KEYS':
      return v === 10 ? 2 : 1;
    case 'MATCH_CLASS':
      return v === 10 ? -1 : -2;
    case 'LOAD_GLOBAL':
      return v >= 11 ? (arg & 1) + 1 : 1;
    case 'LOAD_ATTR':
      return v >= 12 ? arg & 1 : 0;
    case 'LOAD_SUPER_ATTR':
      return arg & 1 ? -1 : -2;
    case 'MAP_ADD': case 'DELETE_SUBSCR': case 'STORE_ATTR': case 'JUMP_IF_NOT_EXC_MATCH': case 'BINARY_SLICE':
      return -2;
    case 'STORE_SUBSCR': return -3;
    case 'STORE_SLICE': return -4;
    case 'END_FOR': return v >= 13 ? -1 : -2;
    case 'POP_EXCEPT': return v >= 11 ? -1 : -3;
    case 'RERAISE': return v >= 11 ? -1 : -3;
    case 'UNPACK_SEQUENCE': return arg - 1;
    case 'UNPACK_EX': return (arg & 0xff) + (arg >> 8);
    case 'FOR_ITER': return v >= 12 ? 1 : jump ? -1 : 1;
    case 'SEND': return v >= 12 ? 0 : jump ? -1 : 0;
    case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING':
    case 'BUILD_LIST_UNPACK': case 'BUILD_TUPLE_UNPACK': case 'BUILD_TUPLE_UNPACK_WITH_CALL': case 'BUILD_SET_UNPACK':
    case 'BUILD_MAP_UNPACK': case 'BUILD_MAP_UNPACK_WITH_CALL':
      return 1 - arg;
    case 'BUILD_MAP': return 1 - 2 * arg;
    case 'BUILD_CONST_KEY_MAP': return -arg;
    case 'JUMP_IF_TRUE_OR_POP': case 'JUMP_IF_FALSE_OR_POP': return jump ? 0 : -1;
    case 'SETUP_FINALLY': return v >= 11 ? (jump ? 1 : 0) : jump ? 6 : 0;
    case 'SETUP_CLEANUP': return jump ? 2 : 0;
    case 'SETUP_WITH': return v >= 11 ? (jump ? 1 : 0) : jump ? 6 : 1;
    case 'BEGIN_FINALLY': return 6;
    case 'END_FINALLY': case 'POP_FINALLY': return -6;
    case 'CALL_FINALLY': return jump ? 1 : 0;
    case 'WITH_CLEANUP_START': return 2;
    case 'WITH_CLEANUP_FINISH': return -3;
    case 'RAISE_VARARGS': return -arg;
    case 'CALL_FUNCTION': return -arg;
    case 'CALL_METHOD': case 'CALL_FUNCTION_KW': return -arg - 1;
    case 'PRECALL': return -arg;
    case 'CALL': return v >= 12 ? -arg - 1 : -1;
    case 'CALL_KW': return -arg - 2;
    case 'CALL_FUNCTION_EX': return (v >= 11 ? -2 : -1) - (arg & 1);
    case 'MAKE_FUNCTION':
      if (v >= 13) return 0;
      return (v >= 11 ? 0 : -1) - popcount4(arg);
    case 'BUILD_SLICE': return arg === 3 ? -2 : -1;
    case 'FORMAT_VALUE': return (arg & 4) === 4 ? -1 : 0;
  }
  throw new Error(`stackdepth: no stack effect for ${op} (3.${v})`);
}

/** _PyOpcode_Caches of 3.11-3.13: the inline cache entries (code units) after an instruction
 * (read from each interpreter's `opcode._inline_cache_entries`). Pseudo-instructions are counted
 * as the instruction they become (3.12+ LOAD_METHOD/LOAD_SUPER_METHOD as LOAD_ATTR/
 * LOAD_SUPER_ATTR; 3.13's JUMP as JUMP_BACKWARD, the larger). */
const INLINE_CACHES: Record<11 | 12 | 13, Record<string, number>> = {
  11: { BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4, LOAD_ATTR: 4, COMPARE_OP: 2, LOAD_GLOBAL: 5, BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4 },
  12: {
    BINARY_SUBSCR: 1, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, STORE_ATTR: 4, LOAD_ATTR: 9, LOAD_METHOD: 9, COMPARE_OP: 1, LOAD_GLOBAL: 4,
    BINARY_OP: 1, SEND: 1, LOAD_SUPER_ATTR: 1, LOAD_SUPER_METHOD: 1, LOAD_ZERO_SUPER_ATTR: 1, LOAD_ZERO_SUPER_METHOD: 1, CALL: 3,
  },
  13: {
    LOAD_GLOBAL: 4, BINARY_OP: 1, UNPACK_SEQUENCE: 1, COMPARE_OP: 1, CONTAINS_OP: 1, BINARY_SUBSCR: 1, FOR_ITER: 1, LOAD_SUPER_ATTR: 1,
    LOAD_SUPER_METHOD: 1, LOAD_ZERO_SUPER_ATTR: 1, LOAD_ZERO_SUPER_METHOD: 1, LOAD_ATTR: 9, LOAD_METHOD: 9, STORE_ATTR: 4, CALL: 3,
    CALL_KW: 3, STORE_SUBSCR: 1, SEND: 1, JUMP_BACKWARD: 1, JUMP: 1, TO_BOOL: 3, POP_JUMP_IF_TRUE: 1, POP_JUMP_IF_FALSE: 1,
    POP_JUMP_IF_NONE: 1, POP_JUMP_IF_NOT_NONE: 1,
  },
};

/** Code units an instruction sequence (before the CFG optimizer) can take in co_code, 3.11+: each
 * instruction, its inline caches and an EXTENDED_ARG for an argument above 255;
 * pseudo-instructions that become no instruction (SETUP_*, POP_BLOCK) take none. */
function codeUnitsOf(seq: Item[], v: 11 | 12 | 13, ste: Ste, generator: boolean): number {
  const caches = INLINE_CACHES[v];
  // the prefix insert_prefix_instructions() adds: RESUME (the compiler here emits none),
  // RETURN_GENERATOR + POP_TOP, a MAKE_CELL per cell (at most one per name, plus `__class__` and
  // `__classdict__`), COPY_FREE_VARS
  let n = 1 + (generator ? 2 : 0);
  let cells = 2;
  for (const sc of ste.scopes.values()) if (sc === 'cell') cells++;
  n += cells + (ste.freeCount() > 0 || ste.inlinedCells.size > 0 ? 1 + ste.inlinedCells.size : 0);
  for (const it of seq) {
    if (it instanceof Label) continue;
    if (isBlockPush(it.op) || it.op === 'POP_BLOCK') continue;
    // a name load is emitted here as LOAD_NAME whatever its scope: count a LOAD_GLOBAL
    const op = it.op === 'LOAD_NAME' ? 'LOAD_GLOBAL' : it.op;
    n += 1 + (caches[op] ?? 0) + (it.arg > 0xff ? 1 : 0) + (it.arg > 0xffff ? 1 : 0);
  }
  return n;
}

function isScopeExit(op: string): boolean {
  return op === 'RETURN_VALUE' || op === 'RETURN_CONST' || op === 'RAISE_VARARGS' || op === 'RERAISE';
}
function isUncondJump(op: string): boolean {
  return op === 'JUMP' || op === 'JUMP_NO_INTERRUPT' || op === 'JUMP_FORWARD' || op === 'JUMP_ABSOLUTE';
}
function isBlockPush(op: string): boolean {
  return op === 'SETUP_FINALLY' || op === 'SETUP_CLEANUP' || op === 'SETUP_WITH' || op === 'SETUP_ASYNC_WITH';
}

// =====================================================================================
// Control-flow graph, CFG optimizations and stackdepth()
// =====================================================================================

/** An instruction of the CFG: a jump's target is resolved to its block. */
interface CfgInstr {
  op: string;
  arg: number;
  cv: PV | null;
  to: Block | null;
  /** LOAD_CONST: index in co_consts (3.10/3.11) */
  ci?: number;
}

class Block {
  instrs: CfgInstr[] = [];
  next: Block | null = null;
  label: Label | null = null;
  startDepth = Number.NEGATIVE_INFINITY;
}

/**
 * The instruction sequence as CPython's basic blocks: a block starts at each label (3.13: each
 * label that is a jump target, _PyInstructionSequence_ApplyLabelMap) and after each jump or
 * scope exit (cfg_builder_maybe_start_new_block; 3.8-3.11 compile.c starts one there too).
 */
function buildCfg(seq: Item[], v: StackVersion): Block[] {
  const blocks: Block[] = [new Block()];
  let cur = blocks[0]!;
  const byLabel = new Map<Label, Block>();
  const pending: [CfgInstr, Label][] = [];
  const start = (label: Label | null): void => {
    const b = new Block();
    b.label = label;
    cur.next = b;
    cur = b;
    blocks.push(b);
  };
  for (const it of seq) {
    if (it instanceof Label) {
      if (v === 13 && !it.targeted) continue;
      if (cur.instrs.length === 0) {
        byLabel.set(it, cur);
        if (cur.label === null) cur.label = it;
        continue;
      }
      start(it);
      byLabel.set(it, cur);
      continue;
    }
    const last = cur.instrs[cur.instrs.length - 1];
    if (last && ((last.to !== null && !isBlockPush(last.op)) || isScopeExit(last.op))) start(null);
    const ins: CfgInstr = { op: it.op, arg: it.arg, cv: it.cv, to: null, ci: it.ci };
    if (it.target) {
      pending.push([ins, it.target]);
      ins.to = cur; // placeholder until the label is placed
    }
    cur.instrs.push(ins);
  }
  for (const [ins, label] of pending) {
    const b = byLabel.get(label);
    if (!b) throw new Error('stackdepth: jump to an unplaced label');
    ins.to = b;
  }
  return blocks;
}

function nop(ins: CfgInstr): void {
  ins.op = 'NOP';
  ins.arg = 0;
  ins.to = null;
  ins.cv = null;
  ins.ci = undefined;
}

/** The keyword names of a call as the constant tuple the compiler makes of them (not mangled). */
function kwNamesPV(kws: A.Keyword[]): PV {
  return { t: 'tuple', items: kws.map((k) => ({ t: 'str', v: k.arg as string }) as PV) };
}

/** fold_tuple_on_constants: n LOAD_CONSTs followed by BUILD_TUPLE n become one LOAD_CONST. */
function foldTupleOnConstants(instrs: CfgInstr[], i: number, n: number, consts: ConstOrder | null = null): void {
  const items: PV[] = [];
  for (let k = i - n; k < i; k++) {
    const ins = instrs[k]!;
    if (ins.op !== 'LOAD_CONST') return;
    items.push(ins.cv ?? NOT_A_VALUE);
  }
  for (let k = i - n; k < i; k++) nop(instrs[k]!);
  const b = instrs[i]!;
  b.op = 'LOAD_CONST';
  b.arg = 0;
  b.cv = { t: 'tuple', items };
  // (3.10/3.11 append the new tuple to co_consts unless it is there already)
  if (consts !== null) b.ci = consts.add(constKeyOf(b.cv));
}

/** optimize_basic_block of 3.10 and 3.11 (compile.c), the transformations that change stack use. */
function optimizeBlockOld(b: Block, v: StackVersion, consts: ConstOrder | null): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i]!;
    const next = ins[i + 1];
    const nextop = next ? next.op : '';
    switch (inst.op) {
      case 'LOAD_CONST': {
        const cv = inst.cv ?? NOT_A_VALUE;
        if (nextop === 'POP_JUMP_IF_FALSE' || nextop === 'POP_JUMP_IF_TRUE') {
          const isTrue = truthy(cv);
          nop(inst);
          if (isTrue === (nextop === 'POP_JUMP_IF_TRUE')) next!.op = v >= 11 ? 'JUMP' : 'JUMP_ABSOLUTE';
          else nop(next!);
        } else if (nextop === 'JUMP_IF_FALSE_OR_POP' || nextop === 'JUMP_IF_TRUE_OR_POP') {
          if (truthy(cv) === (nextop === 'JUMP_IF_TRUE_OR_POP')) next!.op = v >= 11 ? 'JUMP' : 'JUMP_ABSOLUTE';
          else {
            nop(inst);
            nop(next!);
          }
        } else if (nextop === 'IS_OP' && v >= 11) {
          const jumpOp = ins[i + 2]?.op ?? '';
          if (cv.t === 'None' && (jumpOp === 'POP_JUMP_IF_FALSE' || jumpOp === 'POP_JUMP_IF_TRUE')) {
            const invert = next!.arg;
            nop(inst);
            nop(next!);
            ins[i + 2]!.op = invert ^ (jumpOp === 'POP_JUMP_IF_FALSE' ? 1 : 0) ? 'POP_JUMP_IF_NOT_NONE' : 'POP_JUMP_IF_NONE';
          }
        }
        break;
      }
      case 'BUILD_TUPLE':
        if (nextop === 'UNPACK_SEQUENCE' && next!.arg === inst.arg) {
          if (inst.arg === 1) {
            nop(inst);
            nop(next!);
            continue;
          }
          if (inst.arg === 2 || inst.arg === 3) {
            if (v >= 11) {
              nop(inst);
              next!.op = 'SWAP';
              continue;
            }
            inst.op = inst.arg === 2 ? 'ROT_TWO' : 'ROT_THREE';
            if (inst.arg === 2) nop(next!);
            else next!.op = 'ROT_TWO';
            continue;
          }
          if (v === 10) break;
        }
        if (i >= inst.arg) foldTupleOnConstants(ins, i, inst.arg, consts);
        break;
      default:
        break;
    }
  }
}

/** 3.12 optimize_basic_block / 3.13 basicblock_optimize_load_const + optimize_basic_block (flowgraph.c). */
function optimizeBlockNew(b: Block, v: StackVersion): void {
  const ins = b.instrs;
  let opcode = '';
  let cv: PV = NOT_A_VALUE;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i]!;
    const isCopyOfLoadConst = opcode === 'LOAD_CONST' && inst.op === 'COPY' && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      cv = inst.cv ?? NOT_A_VALUE;
    }
    if (opcode !== 'LOAD_CONST') continue;
    const next = ins[i + 1];
    const nextop = next ? next.op : '';
    if (nextop === 'POP_JUMP_IF_FALSE' || nextop === 'POP_JUMP_IF_TRUE') {
      const isTrue = truthy(cv);
      nop(inst);
      if (isTrue === (nextop === 'POP_JUMP_IF_TRUE')) next!.op = 'JUMP';
      else nop(next!);
    } else if (nextop === 'IS_OP') {
      if (cv.t !== 'None') continue;
      let j = i + 2;
      if (v >= 13 && ins[j]?.op === 'TO_BOOL') {
        nop(ins[j]!);
        j++;
      }
      const jump = ins[j];
      if (!jump) continue;
      let invert = next!.arg !== 0;
      if (jump.op === 'POP_JUMP_IF_FALSE') invert = !invert;
      else if (jump.op !== 'POP_JUMP_IF_TRUE') continue;
      nop(inst);
      nop(next!);
      jump.op = invert ? 'POP_JUMP_IF_NOT_NONE' : 'POP_JUMP_IF_NONE';
    } else if (nextop === 'RETURN_VALUE') {
      const ci = inst.ci;
      nop(inst);
      next!.op = 'RETURN_CONST';
      next!.cv = cv;
      next!.ci = ci;
      i++;
      opcode = 'RETURN_CONST';
    } else if (nextop === 'TO_BOOL' && v >= 13) {
      nop(inst);
      next!.op = 'LOAD_CONST';
      next!.arg = 0;
      next!.cv = { t: 'bool', v: truthy(cv) };
    }
  }
  // tuple folding (both versions; in 3.13 a separate loop after optimize_load_const)
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i]!;
    if (inst.op !== 'BUILD_TUPLE') continue;
    const next = ins[i + 1];
    if (next && next.op === 'UNPACK_SEQUENCE' && next.arg === inst.arg) {
      if (inst.arg === 1) {
        nop(inst);
        nop(next);
        continue;
      }
      if (inst.arg === 2 || inst.arg === 3) {
        nop(inst);
        next.op = 'SWAP';
        continue;
      }
    }
    if (i >= inst.arg) foldTupleOnConstants(ins, i, inst.arg);
  }
}

function hasFallthrough(b: Block): boolean {
  const last = b.instrs[b.instrs.length - 1];
  return !last || !(isUncondJump(last.op) || isScopeExit(last.op));
}

/** remove_redundant_nops_and_pairs (3.12+): LOAD_CONST/POP_TOP and COPY 1/POP_TOP pairs vanish. */
function removeRedundantPairs(blocks: Block[]): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CfgInstr | null = null;
    for (const b of blocks) {
      b.instrs = b.instrs.filter((x) => x.op !== 'NOP');
      if (b.label !== null) prev = null;
      for (const ins of b.instrs) {
        if (ins.op === 'POP_TOP' && prev && (prev.op === 'LOAD_CONST' || (prev.op === 'COPY' && prev.arg === 1))) {
          nop(prev);
          nop(ins);
          done = false;
        }
        prev = ins;
      }
      const last = b.instrs[b.instrs.length - 1];
      if ((last && last.to !== null && !isBlockPush(last.op)) || !hasFallthrough(b)) prev = null;
    }
  }
}

/** stackdepth() of compile.c (3.8-3.11) / _PyCfg_Stackdepth (3.12) / calculate_stackdepth (3.13). */
function stackdepth(blocks: Block[], v: StackVersion, isGenerator: boolean): number {
  const entry = blocks[0]!;
  if (isGenerator) {
    // generator prefixes present when the stack depth is computed
    if (v === 10) entry.instrs.unshift({ op: 'GEN_START', arg: 0, to: null, cv: null });
    else if (v === 11 || v === 12) {
      entry.instrs.unshift({ op: 'RETURN_GENERATOR', arg: 0, to: null, cv: null }, { op: 'POP_TOP', arg: 0, to: null, cv: null });
    }
  }
  for (const b of blocks) b.startDepth = Number.NEGATIVE_INFINITY;
  const todo: Block[] = [];
  const push = (b: Block, depth: number): void => {
    // stackdepth_push (3.10+ also refuses to revisit a block entered at depth >= 100)
    if (b.startDepth < depth && (v === 8 || b.startDepth < 100)) {
      b.startDepth = depth;
      todo.push(b);
    }
  };
  push(entry, isGenerator && v >= 10 && v <= 12 ? 1 : 0);
  let maxdepth = 0;
  while (todo.length) {
    const b = todo.pop()!;
    let depth = b.startDepth;
    let next: Block | null = b.next;
    for (const ins of b.instrs) {
      const newDepth = depth + stackEffect(v, ins.op, ins.arg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (ins.to !== null) {
        const targetDepth = depth + stackEffect(v, ins.op, ins.arg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        // 3.8: CALL_FINALLY's target (the finally block) gets its depth from SETUP_FINALLY
        if (ins.op !== 'CALL_FINALLY') push(ins.to, targetDepth);
      }
      depth = newDepth;
      if (isUncondJump(ins.op) || isScopeExit(ins.op)) {
        // remaining code is dead
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  // 3.13 codeobject.c:init_code stores a stack size of 0 as 1
  if (v >= 13 && maxdepth === 0) maxdepth = 1;
  return maxdepth;
}

/**
 * trim_unused_consts (3.10/3.11 compile.c): co_consts loses the constants after the last one a
 * LOAD_CONST of the optimized, reachable code uses (the first is kept: a docstring's place).
 * The keys of the constants dropped.
 */
function trimmedConsts(blocks: Block[], consts: ConstOrder): string[] {
  const seen = new Set<Block>();
  const todo: Block[] = [blocks[0]!];
  let max = 0;
  while (todo.length) {
    const b = todo.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    let fall = true;
    for (const ins of b.instrs) {
      if ((ins.op === 'LOAD_CONST' || ins.op === 'KW_NAMES') && ins.ci !== undefined && ins.ci > max) max = ins.ci;
      if (ins.to !== null) todo.push(ins.to);
      if (isUncondJump(ins.op) || isScopeExit(ins.op)) {
        fall = false;
        break;
      }
    }
    if (fall && b.next !== null) todo.push(b.next);
  }
  return consts.keys.slice(max + 1).filter((k) => !k.startsWith('?'));
}

/**
 * co_consts of the optimized code object as constant keys, or null where this model cannot give
 * them: a constant it does not carry (a code object, a qualified name), 3.8's peephole tuple
 * folding (its tuples are new objects appended after the rest), a constant 3.12+'s optimizer
 * makes (a folded tuple, 3.13's TO_BOOL of a constant). 3.8 keeps every constant added; 3.10/3.11
 * drop those after the last one reachable code loads (trim_unused_consts); 3.12+ keep the first
 * (a docstring's place) and those reachable code loads, in their order (remove_unused_consts).
 */
function finalConsts(seq: Item[], blocks: Block[], consts: ConstOrder, v: StackVersion): string[] | null {
  if (consts.keys.some((k) => k.startsWith('?'))) return null;
  if (v === 8) {
    const ins = seq.filter((x): x is Instr => !(x instanceof Label));
    for (let i = 0; i < ins.length; i++) {
      const n = ins[i]!.op === 'BUILD_TUPLE' ? ins[i]!.arg : -1;
      if (n > 0 && i >= n && ins.slice(i - n, i).every((x) => x.op === 'LOAD_CONST')) return null;
    }
    return consts.keys.slice();
  }
  const used = new Set<number>();
  let unknown = false;
  const seen = new Set<Block>();
  const todo: Block[] = [blocks[0]!];
  while (todo.length) {
    const b = todo.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    let fall = true;
    for (const ins of b.instrs) {
      if (ins.op === 'LOAD_CONST' || ins.op === 'RETURN_CONST' || ins.op === 'KW_NAMES') {
        if (ins.ci === undefined) unknown = true;
        else used.add(ins.ci);
      }
      if (ins.to !== null) todo.push(ins.to);
      if (isUncondJump(ins.op) || isScopeExit(ins.op)) {
        fall = false;
        break;
      }
    }
    if (fall && b.next !== null) todo.push(b.next);
  }
  if (unknown) return null;
  if (v <= 11) return consts.keys.slice(0, Math.max(0, ...used) + 1);
  return consts.keys.filter((_, i) => i === 0 || used.has(i));
}

function computeStackSize(seq: Item[], v: StackVersion, isGenerator: boolean, consts: ConstOrder | null = null, trimmed: string[] | null = null, out: { consts: string[] | null } | null = null): number {
  const blocks = buildCfg(seq, v);
  if (v === 10 || v === 11) for (const b of blocks) optimizeBlockOld(b, v, consts);
  if ((v === 10 || v === 11) && consts !== null && trimmed !== null) trimmed.push(...trimmedConsts(blocks, consts));
  if (v >= 12) {
    for (const b of blocks) optimizeBlockNew(b, v);
    removeRedundantPairs(blocks);
  }
  if (out !== null && consts !== null) out.consts = finalConsts(seq, blocks, consts, v);
  return stackdepth(blocks, v, isGenerator);
}

// =====================================================================================
// Code generation (Python/compile.c of each version)
// =====================================================================================

type UnitKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

type FBType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_TRY2' | 'FINALLY_END' | 'WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'STOP_ITERATION';

interface FBlock {
  type: FBType;
  block: Label | null;
  /** 3.8 FINALLY_END: set to null when a return/break/continue unwinds through the finally block */
  exit: Label | null;
  /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: the bound name; WITH: the statement */
  body: A.Stmt[] | null;
  name: string | null;
}

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  onTop: number;
  failPop: Label[];
}

function isWildcardPattern(p: A.Pattern): boolean {
  return p.type === 'MatchAs' && p.pattern === null && p.name === null;
}

class Unit {
  seq: Item[] = [];
  readonly fblocks: FBlock[] = [];
  doNotEmit = 0;
  /** u_private: the class whose private names (__x) are mangled here (inherited by nested units). */
  priv: string | null = null;
  /** The names the code object will hold (see CodeNames). */
  readonly names = new Set<string>();
  readonly varnames = new Set<string>();
  /** 3.8: made while the enclosing unit emitted nothing (`if 0:`): its code object is thrown away. */
  dead = false;
  /** co_consts in the order constants are added (3.10/3.11 trim_unused_consts). */
  readonly consts = new ConstOrder();
  argcount = 0;
  posonlyargcount = 0;
  inInlinedComp = 0;
  constructor(readonly kind: UnitKind, readonly ste: Ste, readonly node: A.Node) {}
}

const NONE: PV = { t: 'None' };
const CODE: PV = { t: 'str', v: '<code>' };

/**
 * The names a code object holds (Objects/codeobject.c): co_names (globals, attributes, imports),
 * co_varnames (parameters, then the fast locals in the order the compiler met them), co_cellvars,
 * co_freevars and co_name — on 3.11+ the locals, cells and frees are one tuple,
 * co_localsplusnames, and co_qualname is the name itself for a top-level function or class. Each
 * tuple holds every (interned) name once, so these are the references a program's compiled code
 * holds on its identifiers while the module runs.
 */
export interface CodeNames {
  /** The AST node the code object is compiled from (the Module for the module's code). */
  node: A.Node;
  name: string;
  /** A code object defined at the module's top level (3.11+: co_qualname is co_name). */
  topLevel: boolean;
  /** Its qualified name is built from the enclosing one ("K.m", "f.<locals>.g"): 3.8/3.10's
   * compiler_set_qualname then makes its static "." identifier, the Latin-1 '.', once. */
  dotted: boolean;
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** 3.10/3.11: the constants (constkey.ts keys) trim_unused_consts drops from its co_consts. */
  trimmed: string[];
  /** co_consts as constkey.ts keys (null: not known to this model; see finalConsts). */
  consts: string[] | null;
}

class Codegen {
  private u!: Unit;
  private readonly units: Unit[] = [];
  /** optimized scope node -> stack sizes of the code objects compiled for it */
  readonly sizes = new Map<A.Node, number[]>();
  /** The names of every code object compiled (kept ones only). */
  readonly codeNames: CodeNames[] = [];
  /** 3.11+: optimized scope node -> code units of its instruction sequence (codeUnitsOf) */
  readonly codeUnits = new Map<A.Node, number>();

  constructor(readonly v: StackVersion, readonly st: SymtableBuilder, readonly futureAnnotations: boolean) {}

  // ---------------------------------------------------------------- emission

  private addop(op: string, arg = 0): void {
    if (this.u.doNotEmit) return;
    this.u.seq.push({ op, arg, target: null, cv: null });
  }
  private loadConst(cv: PV): void {
    if (this.u.doNotEmit) return;
    this.u.seq.push({ op: 'LOAD_CONST', arg: 0, target: null, cv, ci: this.u.consts.add(constKeyOf(cv)) });
  }
  /** KW_NAMES (3.11/3.12): its operand is the keyword names' tuple, added to co_consts here. */
  private kwNames(kws: A.Keyword[]): void {
    if (this.u.doNotEmit) return;
    const cv = kwNamesPV(kws);
    this.u.seq.push({ op: 'KW_NAMES', arg: 0, target: null, cv, ci: this.u.consts.add(constKeyOf(cv)) });
  }
  private jump(op: string, target: Label): void {
    if (this.u.doNotEmit) return;
    target.targeted = true;
    this.u.seq.push({ op, arg: 0, target, cv: null });
  }
  private use(l: Label): void {
    this.u.seq.push(l);
  }
  private label(): Label {
    return new Label();
  }
  /** NEXT_BLOCK (3.8-3.11 explicit block boundaries) */
  private nextBlock(): void {
    if (this.v <= 11) this.use(this.label());
  }
  /** the unconditional jump of the version's compiler */
  private get JUMP(): string {
    return this.v >= 11 ? 'JUMP' : 'JUMP_FORWARD';
  }
  private get JUMP_BACK(): string {
    return this.v >= 11 ? 'JUMP' : 'JUMP_ABSOLUTE';
  }
  /** 3.13 emits JUMP_NO_INTERRUPT where 3.12 emitted JUMP for forward jumps */
  private get JUMP_NI(): string {
    return this.v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP;
  }
  private dup(): void {
    if (this.v >= 11) this.addop('COPY', 1);
    else this.addop('DUP_TOP');
  }
  private rot(n: number): void {
    if (this.v >= 11) this.addop('SWAP', n);
    else this.addop(n === 2 ? 'ROT_TWO' : n === 3 ? 'ROT_THREE' : 'ROT_FOUR');
  }
  /** a call with `n` positional arguments of a callable pushed as PUSH_NULL+func (3.11+) */
  private callOp(n: number): void {
    if (this.v >= 12) this.addop('CALL', n);
    else if (this.v === 11) {
      this.addop('PRECALL', n);
      this.addop('CALL', n);
    } else this.addop('CALL_FUNCTION', n);
  }
  private toBool(): void {
    if (this.v >= 13) this.addop('TO_BOOL');
  }

  private nameop(name: string, ctx: A.ExprContext): void {
    // compiler_nameop: the (mangled) name goes to co_varnames (a function's local), co_names
    // (global or name lookups) or nowhere new (cells and frees have their own tuples) — 3.8 adds it
    // even where nothing is emitted (`if 0:` bodies)
    const u = this.u;
    const mangled = mangle(u.priv, name);
    const scope = u.ste.scopeOf(mangled);
    if (scope !== 'free' && scope !== 'cell' && !(this.v >= 12 && u.inInlinedComp)) {
      if (scope === 'local' && u.ste.functionLike()) u.varnames.add(mangled);
      else u.names.add(mangled);
    }
    // every name opcode loads 1, stores pop 1, deletes 0 (3.12 class-body derefs: LOAD_LOCALS + LOAD_FROM_DICT_OR_DEREF)
    if (ctx === 'Load') this.addop('LOAD_NAME');
    else if (ctx === 'Store') this.addop('STORE_NAME');
    else this.addop('DELETE_NAME');
  }

  private pushFblock(type: FBType, block: Label | null, exit: Label | null, body: A.Stmt[] | null = null, name: string | null = null): FBlock {
    const f: FBlock = { type, block, exit, body, name };
    this.u.fblocks.push(f);
    return f;
  }
  private popFblock(): FBlock {
    return this.u.fblocks.pop()!;
  }

  // ---------------------------------------------------------------- units

  /** compiler_addop_name: an attribute, method or import name for co_names (mangled; 3.8 adds
   * nothing where nothing is emitted). */
  private addName(name: string): void {
    if (this.u.doNotEmit) return;
    this.u.names.add(mangle(this.u.priv, name));
  }

  /** ADDOP_N(IMPORT_FROM, attr, names): a part of a dotted `import a.b as c`, not mangled. */
  private importFromName(name: string): void {
    if (!this.u.doNotEmit) this.u.names.add(name);
  }

  private enterScope(kind: UnitKind, node: A.Node): void {
    const ste = this.st.byNode.get(node);
    if (!ste) throw new Error('stackdepth: no symbol table entry');
    const parent = this.units.length ? this.u : null;
    const u = new Unit(kind, ste, node);
    if (parent) {
      u.priv = parent.priv;
      u.dead = parent.dead || parent.doNotEmit > 0;
    }
    // u_varnames starts as the parameters (ste_varnames; '.0' for a comprehension)
    for (const [n, flags] of ste.symbols) if (flags & DEF_PARAM) u.varnames.add(n);
    // a function's first constant is its docstring or None, a lambda's None (compiler_function,
    // compiler_lambda)
    if (kind === 'function') {
      const body = (node as A.FunctionDef).body;
      u.consts.add(isDocString(body) ? constKeyOf(constVal((body[0] as A.ExprStmt).value as A.Constant)) : 'N');
    } else if (kind === 'lambda') u.consts.add('N');
    this.units.push(u);
    this.u = u;
  }

  /** The co_name of a unit's code object. */
  private static unitName(kind: UnitKind, node: A.Node): string {
    switch (kind) {
      case 'module': return '<module>';
      case 'lambda': return '<lambda>';
      case 'function': case 'class': return (node as A.FunctionDef | A.ClassDef).name;
      case 'comprehension':
        return node.type === 'ListComp' ? '<listcomp>' : node.type === 'SetComp' ? '<setcomp>' : node.type === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    }
  }

  /**
   * assemble() / optimize_and_assemble(): the implicit `return None`, CFG optimizations,
   * stackdepth(). 3.12+ always append the return; 3.8-3.11 only when the last block does not
   * already return, which is the same for the stack depth (code after a return is unreachable).
   */
  private exitScope(addNone: boolean): void {
    const u = this.u;
    // 3.8's assemble adds the return only when the current block does not end with a `return`
    // (b_return): the None is then no constant of the code (the instructions stay: unreachable,
    // they do not change the stack depth)
    const last = u.seq[u.seq.length - 1];
    if (addNone && this.v === 8 && last !== undefined && !(last instanceof Label) && last.op === 'RETURN_VALUE') {
      if (!u.doNotEmit) u.seq.push({ op: 'LOAD_CONST', arg: 0, target: null, cv: NONE });
    } else if (addNone) this.loadConst(NONE);
    this.addop('RETURN_VALUE');
    const gen = u.kind !== 'module' && u.kind !== 'class' && u.ste.isGenerator;
    if (this.v >= 11) {
      const units = codeUnitsOf(u.seq, this.v as 11 | 12 | 13, u.ste, gen);
      this.codeUnits.set(u.node, Math.max(units, this.codeUnits.get(u.node) ?? 0));
    }
    const trimmed: string[] = [];
    const out = { consts: null as string[] | null };
    const size = computeStackSize(u.seq, this.v, gen, u.consts, trimmed, out);
    if (!u.dead) {
      const cellvars: string[] = [];
      const freevars: string[] = [];
      for (const [n, flags] of u.ste.symbols) {
        const sc = u.ste.scopes.get(n);
        if (sc === 'cell') cellvars.push(n);
        else if (sc === 'free' || flags & DEF_FREE_CLASS) freevars.push(n);
      }
      if (u.kind === 'class' && u.ste.needsClassClosure && !cellvars.includes('__class__')) cellvars.push('__class__');
      // dictbytype() sorts them (by code point: PyList_Sort of the str keys)
      const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
      cellvars.sort(byCodePoint);
      freevars.sort(byCodePoint);
      const name = Codegen.unitName(u.kind, u.node);
      const parent = this.units.length > 1 ? this.units[this.units.length - 2]! : null;
      // force_global: a function or class declared `global` in its enclosing scope
      const forceGlobal = parent !== null && (u.kind === 'function' || u.kind === 'class') && parent.ste.scopeOf(mangle(parent.priv, name)) === 'global_explicit';
      this.codeNames.push({
        node: u.node,
        name,
        topLevel: this.units.length === 2,
        dotted: this.units.length > 2 && !forceGlobal,
        names: [...u.names],
        varnames: [...u.varnames],
        cellvars,
        freevars,
        trimmed,
        consts: out.consts,
      });
    }
    const list = this.sizes.get(u.node) ?? [];
    list.push(size);
    this.sizes.set(u.node, list);
    this.units.pop();
    this.u = this.units[this.units.length - 1]!;
  }

  compileModule(mod: A.Module): void {
    this.enterScope('module', mod);
    this.body(mod.body);
    this.exitScope(true);
  }

  /** compiler_body: module and class bodies (a docstring is stored as __doc__). */
  private body(stmts: A.Stmt[]): void {
    let i = 0;
    if (isDocString(stmts)) {
      i = 1;
      this.visitExpr((stmts[0] as A.ExprStmt).value);
      this.nameop('__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]!);
  }

  /** compiler_make_closure: LOAD_CLOSURE per free variable, the code object, MAKE_FUNCTION. */
  private makeClosure(node: A.Node, flags: number): void {
    const ste = this.st.byNode.get(node)!;
    const nfree = ste.freeCount();
    if (nfree) {
      for (let i = 0; i < nfree; i++) this.addop('LOAD_CLOSURE');
      this.addop('BUILD_TUPLE', nfree);
      flags |= 8;
    }
    this.loadConst(CODE);
    if (this.v <= 10) {
      this.loadConst(CODE); // qualname
      this.addop('MAKE_FUNCTION', flags);
    } else if (this.v <= 12) {
      this.addop('MAKE_FUNCTION', flags);
    } else {
      this.addop('MAKE_FUNCTION');
      for (const f of [8, 4, 2, 1]) if (flags & f) this.addop('SET_FUNCTION_ATTRIBUTE', f);
    }
  }

  private defaultArguments(a: A.Arguments): number {
    let flags = 0;
    if (a.defaults.length) {
      for (const d of a.defaults) this.visitExpr(d);
      this.addop('BUILD_TUPLE', a.defaults.length);
      flags |= 1;
    }
    // compiler_visit_kwonlydefaults
    let n = 0;
    const kwNames: PV[] = [];
    a.kwonlyargs.forEach((x, i) => {
      const d = a.kw_defaults[i];
      if (d) {
        kwNames.push({ t: 'str', v: mangle(this.u.priv, x.arg) });
        this.visitExpr(d);
        n++;
      }
    });
    if (n) {
      // the (mangled) names' tuple, a constant of its own
      this.loadConst({ t: 'tuple', items: kwNames });
      this.addop('BUILD_CONST_KEY_MAP', n);
      flags |= 2;
    }
    return flags;
  }

  private annexpr(e: A.Expr): void {
    if (this.futureAnnotations) this.loadConst({ t: 'str', v: '<annotation>' });
    else this.visitExpr(e);
  }

  /** compiler_visit_annotations: returns true when an annotations dict/tuple was pushed. */
  private annotations(a: A.Arguments, returns: A.Expr | null): boolean {
    let count = 0;
    const one = (ann: A.Expr | null, name: string): void => {
      if (!ann) return;
      // the mangled parameter name, a constant
      if (this.v >= 10) this.loadConst({ t: 'str', v: mangle(this.u.priv, name) });
      this.annexpr(ann);
      count++;
    };
    for (const x of a.args) one(x.annotation, x.arg);
    for (const x of a.posonlyargs) one(x.annotation, x.arg);
    if (a.vararg) one(a.vararg.annotation, a.vararg.arg);
    for (const x of a.kwonlyargs) one(x.annotation, x.arg);
    if (a.kwarg) one(a.kwarg.annotation, a.kwarg.arg);
    one(returns, 'return');
    if (!count) return false;
    if (this.v >= 10) this.addop('BUILD_TUPLE', count * 2);
    else {
      this.loadConst(CODE);
      this.addop('BUILD_CONST_KEY_MAP', count);
    }
    return true;
  }

  private decorators(d: A.Expr[]): void {
    for (const x of d) this.visitExpr(x);
  }
  private applyDecorators(d: A.Expr[]): void {
    for (let i = 0; i < d.length; i++) {
      if (this.v <= 10) this.addop('CALL_FUNCTION', 1);
      else this.callOp(0);
    }
  }

  /** compiler_function: decorators, defaults and annotations are evaluated before MAKE_FUNCTION */
  private compilerFunction(s: A.FunctionDef): void {
    this.decorators(s.decorator_list);
    let flags = this.defaultArguments(s.args);
    if (this.annotations(s.args, s.returns)) flags |= 4;
    // compiler_function_body
    this.enterScope('function', s);
    this.u.argcount = s.args.args.length;
    this.u.posonlyargcount = s.args.posonlyargs.length;
    const body = this.v >= 10 && isDocString(s.body) ? s.body.slice(1) : s.body;
    const gen = this.u.ste.isGenerator || this.u.ste.isCoroutine;
    if (this.v >= 12 && gen) {
      this.pushFblock('STOP_ITERATION', null, null);
      for (const st of body) this.visitStmt(st);
      this.wrapInStopIterationHandler();
      this.popFblock();
    } else {
      for (const st of body) this.visitStmt(st);
    }
    this.exitScope(true);
    this.makeClosure(s, flags);
    this.applyDecorators(s.decorator_list);
    this.nameop(s.name, 'Store');
  }

  /** wrap_in_stopiteration_handler (3.12+): generators get a handler turning StopIteration into RuntimeError. */
  private wrapInStopIterationHandler(): void {
    const handler = this.label();
    handler.targeted = true;
    this.u.seq.unshift({ op: 'SETUP_CLEANUP', arg: 0, target: handler, cv: null });
    this.loadConst(NONE);
    this.addop('RETURN_VALUE');
    this.use(handler);
    this.addop('CALL_INTRINSIC_1', 3);
    this.addop('RERAISE', 1);
  }

  /** compiler_lambda (a generator lambda returns its last value: no `return None` is added) */
  private compilerLambda(e: A.Lambda): void {
    const flags = this.defaultArguments(e.args);
    this.enterScope('lambda', e);
    this.u.argcount = e.args.args.length;
    this.u.posonlyargcount = e.args.posonlyargs.length;
    this.visitExpr(e.body);
    if (this.u.ste.isGenerator) this.exitScope(false);
    else {
      this.addop('RETURN_VALUE');
      this.exitScope(true);
    }
    this.makeClosure(e, flags);
  }

  /** compiler_class (3.12+: compiler_class_body): the body code object, then __build_class__(func, name, *bases, **kw) */
  private compilerClass(s: A.ClassDef): void {
    this.decorators(s.decorator_list);
    this.enterScope('class', s);
    this.u.priv = s.name;
    this.nameop('__name__', 'Load');
    this.nameop('__module__', 'Store');
    this.loadConst(CODE);
    this.nameop('__qualname__', 'Store');
    if (this.v >= 13) {
      this.loadConst({ t: 'int', v: 1n });
      this.nameop('__firstlineno__', 'Store');
    }
    this.body(s.body);
    if (this.v >= 13) {
      this.loadConst({ t: 'tuple', items: [] });
      this.nameop('__static_attributes__', 'Store');
    }
    if (this.u.ste.needsClassClosure) {
      this.addop('LOAD_CLOSURE');
      this.dup();
      this.nameop('__classcell__', 'Store');
    } else {
      this.loadConst(NONE);
    }
    this.addop('RETURN_VALUE');
    this.exitScope(true);
    if (this.v === 11 || this.v === 12) this.addop('PUSH_NULL');
    this.addop('LOAD_BUILD_CLASS');
    if (this.v >= 13) this.addop('PUSH_NULL');
    this.makeClosure(s, 0);
    this.loadConst(CODE);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameop(s.name, 'Store');
  }

  // ---------------------------------------------------------------- statements

  private visitStmts(body: A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitStmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef': return this.compilerFunction(s);
      case 'ClassDef': return this.compilerClass(s);
      case 'Return': return this.compilerReturn(s);
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t);
        return;
      case 'Assign':
        this.visitExpr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.dup();
          this.visitExpr(t);
        });
        return;
      case 'AugAssign': return this.compilerAugassign(s);
      case 'AnnAssign': return this.compilerAnnassign(s);
      case 'For': return this.compilerFor(s);
      case 'While': return this.compilerWhile(s);
      case 'If': return this.compilerIf(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.addop('RAISE_VARARGS', n);
        if (this.v === 10) this.nextBlock();
        return;
      }
      case 'Try':
        if (s.finalbody.length) return this.compilerTryFinally(s);
        return this.compilerTryExcept(s);
      case 'TryStar':
        if (this.v < 11) throw new StackUnsupported("'except*'", s.lineno);
        if (s.finalbody.length) return this.compilerTryFinally(s as unknown as A.Try, true);
        return this.compilerTryStarExcept(s);
      case 'Assert': return this.compilerAssert(s);
      case 'Import': return this.compilerImport(s);
      case 'ImportFrom': return this.compilerFromImport(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        if (s.value.type === 'Constant') {
          if (this.v >= 10) this.addop('NOP');
          return;
        }
        this.visitExpr(s.value);
        this.addop('POP_TOP');
        return;
      case 'Pass':
        if (this.v >= 10) this.addop('NOP');
        return;
      case 'Break': return this.compilerBreak();
      case 'Continue': return this.compilerContinue();
      case 'With': return this.compilerWith(s, 0);
      case 'Match': return this.compilerMatch(s);
      default:
        throw new StackUnsupported(UNSUPPORTED_NAMES[s.type] ?? `'${s.type}'`, s.lineno);
    }
  }

  // ---------------------------------------------------------------- match (PEP 634)

  private ensureFailPop(pc: PatternContext, n: number): void {
    while (pc.failPop.length < n + 1) pc.failPop.push(this.label());
  }

  private jumpToFailPop(pc: PatternContext, op: string): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.jump(op, pc.failPop[pops]!);
    if (this.v === 10) this.nextBlock();
  }

  private emitAndResetFailPop(pc: PatternContext): void {
    if (pc.failPop.length === 0) {
      if (this.v === 10) this.nextBlock();
      return;
    }
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.use(pc.failPop[i]!);
      this.addop('POP_TOP');
    }
    this.use(pc.failPop[0]!);
    pc.failPop = [];
  }

  /** ROT_N (3.10) / pattern_helper_rotate's SWAPs (3.11+) */
  private patternRotate(count: number): void {
    if (this.v === 10) {
      this.addop('ROT_N', count);
      return;
    }
    while (count > 1) this.addop('SWAP', count--);
  }

  private patternStoreName(name: string | null, pc: PatternContext): void {
    if (name === null) {
      this.addop('POP_TOP');
      return;
    }
    this.patternRotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private patternSubpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private compareConst(n: number, op: A.CmpOpKind, pc: PatternContext): void {
    this.addop('GET_LEN');
    this.loadConst({ t: 'int', v: BigInt(n) });
    this.compareOp(op);
    this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
  }

  private pattern(p: A.Pattern, pc: PatternContext): void {
    const v = this.v;
    switch (p.type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        this.compareOp('Eq');
        if (v >= 13) this.addop('TO_BOOL');
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        return;
      case 'MatchSingleton':
        this.loadConst(p.value.k === 'None' ? NONE : { t: 'bool', v: p.value.k === 'bool' && p.value.v });
        this.compareOp('Is');
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        return;
      case 'MatchSequence': {
        const pats = p.patterns;
        const size = pats.length;
        let star = -1;
        let onlyWildcard = true;
        let starWildcard = false;
        pats.forEach((x, i) => {
          if (x.type === 'MatchStar') {
            starWildcard = x.name === null;
            onlyWildcard = onlyWildcard && starWildcard;
            star = i;
          } else onlyWildcard = onlyWildcard && isWildcardPattern(x);
        });
        pc.onTop++;
        this.addop('MATCH_SEQUENCE');
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        if (star < 0) this.compareConst(size, 'Eq', pc);
        else if (size > 1) this.compareConst(size - 1, 'GtE', pc);
        pc.onTop--;
        if (onlyWildcard) {
          this.addop('POP_TOP');
        } else if (starWildcard) {
          pc.onTop++;
          for (let i = 0; i < size; i++) {
            const x = pats[i]!;
            if (isWildcardPattern(x) || i === star) continue;
            this.dup();
            if (i < star) this.loadConst({ t: 'int', v: BigInt(i) });
            else {
              this.addop('GET_LEN');
              this.loadConst({ t: 'int', v: BigInt(size - i) });
              this.addop(v >= 11 ? 'BINARY_OP' : 'BINARY_SUBTRACT');
            }
            this.addop('BINARY_SUBSCR');
            this.patternSubpattern(x, pc);
          }
          pc.onTop--;
          this.addop('POP_TOP');
        } else {
          if (star >= 0) this.addop('UNPACK_EX', star + ((size - star - 1) << 8));
          else this.addop('UNPACK_SEQUENCE', size);
          pc.onTop += size;
          for (let i = 0; i < size; i++) {
            pc.onTop--;
            this.patternSubpattern(pats[i]!, pc);
          }
        }
        return;
      }
      case 'MatchMapping': {
        const size = p.keys.length;
        pc.onTop++;
        this.addop('MATCH_MAPPING');
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        if (size === 0 && p.rest === null) {
          pc.onTop--;
          this.addop('POP_TOP');
          return;
        }
        if (size) this.compareConst(size, 'GtE', pc);
        for (const k of p.keys) this.visitExpr(k);
        this.addop('BUILD_TUPLE', size);
        this.addop('MATCH_KEYS');
        pc.onTop += 2;
        if (v === 10) {
          this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
          for (let i = 0; i < size; i++) {
            const x = p.patterns[i]!;
            if (isWildcardPattern(x)) continue;
            this.addop('DUP_TOP');
            this.loadConst({ t: 'int', v: BigInt(i) });
            this.addop('BINARY_SUBSCR');
            this.patternSubpattern(x, pc);
          }
          pc.onTop -= 2;
          this.addop('POP_TOP');
          if (p.rest !== null) {
            this.addop('COPY_DICT_WITHOUT_KEYS');
            this.patternStoreName(p.rest, pc);
          } else this.addop('POP_TOP');
          pc.onTop--;
          this.addop('POP_TOP');
          return;
        }
        this.addop('COPY', 1);
        this.loadConst(NONE);
        this.addop('IS_OP', 1);
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        this.addop('UNPACK_SEQUENCE', size);
        pc.onTop += size - 1;
        for (let i = 0; i < size; i++) {
          pc.onTop--;
          this.patternSubpattern(p.patterns[i]!, pc);
        }
        pc.onTop -= 2;
        if (p.rest !== null) {
          this.addop('BUILD_MAP', 0);
          this.addop('SWAP', 3);
          this.addop('DICT_UPDATE', 2);
          this.addop('UNPACK_SEQUENCE', size);
          for (let n = size; n > 0; n--) {
            this.addop('COPY', 1 + n);
            this.addop('SWAP', 2);
            this.addop('DELETE_SUBSCR');
          }
          this.patternStoreName(p.rest, pc);
        } else {
          this.addop('POP_TOP');
          this.addop('POP_TOP');
        }
        return;
      }
      case 'MatchClass': {
        const subs = [...p.patterns, ...p.kwd_patterns];
        const n = subs.length;
        this.visitExpr(p.cls);
        this.loadConst({ t: 'tuple', items: p.kwd_attrs.map((a) => ({ t: 'str', v: a }) as PV) });
        this.addop('MATCH_CLASS', p.patterns.length);
        if (v === 10) {
          pc.onTop++;
          this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
          for (let i = 0; i < n; i++) {
            if (isWildcardPattern(subs[i]!)) continue;
            this.addop('DUP_TOP');
            this.loadConst({ t: 'int', v: BigInt(i) });
            this.addop('BINARY_SUBSCR');
            this.patternSubpattern(subs[i]!, pc);
          }
          pc.onTop--;
          this.addop('POP_TOP');
          return;
        }
        this.addop('COPY', 1);
        this.loadConst(NONE);
        this.addop('IS_OP', 1);
        pc.onTop++;
        this.jumpToFailPop(pc, 'POP_JUMP_IF_FALSE');
        this.addop('UNPACK_SEQUENCE', n);
        pc.onTop += n - 1;
        for (let i = 0; i < n; i++) {
          pc.onTop--;
          if (isWildcardPattern(subs[i]!)) {
            this.addop('POP_TOP');
            continue;
          }
          this.patternSubpattern(subs[i]!, pc);
        }
        return;
      }
      case 'MatchStar':
        this.patternStoreName(p.name, pc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          this.patternStoreName(p.name, pc);
          return;
        }
        pc.onTop++;
        this.dup();
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.patternStoreName(p.name, pc);
        return;
      case 'MatchOr': {
        const end = this.label();
        const old: PatternContext = { ...pc };
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          pc.stores = [];
          pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
          pc.failPop = [];
          pc.onTop = 0;
          this.dup();
          this.pattern(alt, pc);
          if (control === null) control = pc.stores;
          else {
            const ctl = control;
            for (let ic = ctl.length - 1; ic >= 0; ic--) {
              const is = pc.stores.indexOf(ctl[ic]!);
              if (is !== ic) {
                let rotations = is + 1;
                const rotated = pc.stores.splice(0, rotations);
                pc.stores.splice(ic - is, 0, ...rotated);
                while (rotations--) this.patternRotate(ic + 1);
              }
            }
          }
          this.jump(this.JUMP, end);
          if (v === 10) this.nextBlock();
          this.emitAndResetFailPop(pc);
        });
        Object.assign(pc, old);
        this.addop('POP_TOP');
        this.jumpToFailPop(pc, this.JUMP);
        this.use(end);
        const ctl = (control as string[] | null) ?? [];
        const nrots = ctl.length + 1 + pc.onTop + pc.stores.length;
        for (const name of ctl) {
          this.patternRotate(nrots);
          pc.stores.push(name);
        }
        this.addop('POP_TOP');
        return;
      }
    }
  }

  /** compiler_match */
  private compilerMatch(s: A.Match): void {
    this.visitExpr(s.subject);
    const end = this.label();
    const cases = s.cases;
    const last = cases[cases.length - 1]!;
    const hasDefault = isWildcardPattern(last.pattern) && cases.length > 1;
    const n = cases.length - (hasDefault ? 1 : 0);
    const pc: PatternContext = { stores: [], allowIrrefutable: false, onTop: 0, failPop: [] };
    for (let i = 0; i < n; i++) {
      const m = cases[i]!;
      if (i !== n - 1) this.dup();
      pc.stores = [];
      pc.allowIrrefutable = m.guard !== null || i === cases.length - 1;
      pc.failPop = [];
      pc.onTop = 0;
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(name, 'Store');
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(m.guard, pc.failPop[0]!, false);
      }
      if (i !== n - 1) this.addop('POP_TOP');
      this.visitStmts(m.body);
      this.jump(this.JUMP, end);
      this.emitAndResetFailPop(pc);
    }
    if (hasDefault) {
      if (cases.length === 1) this.addop('POP_TOP');
      else this.addop('NOP');
      if (last.guard) this.jumpIf(last.guard, end, false);
      this.visitStmts(last.body);
    }
    this.use(end);
  }

  /** compiler_if (3.8 compiles only the branch a constant test takes; later versions fold the jump in the CFG) */
  private compilerIf(s: A.If): void {
    const end = this.label();
    if (this.v === 8) {
      // compiler_if 3.8: a constant test compiles only the taken branch
      const constant = s.test.type === 'Constant' ? (truthy(constVal(s.test)) ? 1 : 0) : -1;
      if (constant === 0) {
        this.u.doNotEmit++;
        this.visitStmts(s.body);
        this.u.doNotEmit--;
        this.visitStmts(s.orelse);
        this.use(end);
        return;
      }
      if (constant === 1) {
        this.visitStmts(s.body);
        this.u.doNotEmit++;
        this.visitStmts(s.orelse);
        this.u.doNotEmit--;
        this.use(end);
        return;
      }
    }
    const next = s.orelse.length ? this.label() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.jump(this.JUMP_NI, end);
      this.use(next);
      this.visitStmts(s.orelse);
    }
    this.use(end);
  }

  /** compiler_for: the iterator stays on the stack for the whole loop (3.12+ END_FOR pops it) */
  private compilerFor(s: A.For): void {
    const start = this.label();
    const body = this.label();
    const cleanup = this.label();
    const end = this.label();
    this.pushFblock('FOR_LOOP', start, end);
    this.visitExpr(s.iter);
    this.addop('GET_ITER');
    this.use(start);
    this.jump('FOR_ITER', cleanup);
    if (this.v >= 12) this.addop('NOP');
    if (this.v >= 10) this.use(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(this.JUMP_BACK, start);
    this.use(cleanup);
    if (this.v >= 12) this.addop('END_FOR');
    if (this.v >= 13) this.addop('POP_TOP');
    this.popFblock();
    this.visitStmts(s.orelse);
    this.use(end);
  }

  /** compiler_while (3.8: a constant test is not emitted; 3.10+: the test is repeated at the bottom) */
  private compilerWhile(s: A.While): void {
    if (this.v === 8) {
      const constant = s.test.type === 'Constant' ? (truthy(constVal(s.test)) ? 1 : 0) : -1;
      if (constant === 0) {
        this.u.doNotEmit++;
        this.pushFblock('WHILE_LOOP', null, null);
        this.visitStmts(s.body);
        this.popFblock();
        this.u.doNotEmit--;
        this.visitStmts(s.orelse);
        return;
      }
      const loop = this.label();
      const end = this.label();
      const anchor = constant === -1 ? this.label() : null;
      this.use(loop);
      this.pushFblock('WHILE_LOOP', loop, end);
      if (anchor) this.jumpIf(s.test, anchor, false);
      this.visitStmts(s.body);
      this.jump('JUMP_ABSOLUTE', loop);
      if (anchor) this.use(anchor);
      this.popFblock();
      this.visitStmts(s.orelse);
      this.use(end);
      return;
    }
    const loop = this.label();
    const body = this.label();
    const anchor = this.label();
    const end = this.label();
    this.use(loop);
    this.pushFblock('WHILE_LOOP', loop, end);
    this.jumpIf(s.test, anchor, false);
    this.use(body);
    this.visitStmts(s.body);
    this.jumpIf(s.test, body, true);
    this.popFblock();
    this.use(anchor);
    this.visitStmts(s.orelse);
    this.use(end);
  }

  /** compiler_return: the value stays on the stack while the blocks around it are unwound */
  private compilerReturn(s: A.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value.type !== 'Constant';
    if (preserveTos) this.visitExpr(value);
    else if (this.v >= 10 && value !== null) this.addop('NOP');
    if (this.v >= 10 && (value === null || value.lineno !== s.lineno)) this.addop('NOP');
    if (this.v === 8) {
      for (let i = this.u.fblocks.length - 1; i >= 0; i--) this.unwindFblock(this.u.fblocks[i]!, preserveTos);
    } else {
      this.unwindFblockStack(preserveTos, false);
    }
    if (value === null) this.loadConst(NONE);
    else if (!preserveTos) this.loadConst(constVal(value as A.Constant));
    this.addop('RETURN_VALUE');
    if (this.v === 10) this.nextBlock();
  }

  /** compiler_break: unwind the blocks inside the loop, then the loop itself (FOR_LOOP pops the iterator) */
  private compilerBreak(): void {
    if (this.v === 8) {
      for (let i = this.u.fblocks.length - 1; i >= 0; i--) {
        const f = this.u.fblocks[i]!;
        this.unwindFblock(f, false);
        if (f.type === 'WHILE_LOOP' || f.type === 'FOR_LOOP') {
          this.jump('JUMP_ABSOLUTE', f.exit!);
          return;
        }
      }
      throw new Error("stackdepth: 'break' outside loop");
    }
    this.addop('NOP');
    const loop = this.unwindFblockStack(false, true);
    if (!loop) throw new Error("stackdepth: 'break' outside loop");
    this.unwindFblock(loop, false);
    this.jump(this.JUMP_BACK, loop.exit!);
    if (this.v === 10) this.nextBlock();
  }

  /** compiler_continue */
  private compilerContinue(): void {
    if (this.v === 8) {
      for (let i = this.u.fblocks.length - 1; i >= 0; i--) {
        const f = this.u.fblocks[i]!;
        if (f.type === 'WHILE_LOOP' || f.type === 'FOR_LOOP') {
          this.jump('JUMP_ABSOLUTE', f.block!);
          return;
        }
        this.unwindFblock(f, false);
      }
      throw new Error("stackdepth: 'continue' outside loop");
    }
    this.addop('NOP');
    const loop = this.unwindFblockStack(false, true);
    if (!loop) throw new Error("stackdepth: 'continue' outside loop");
    this.jump(this.JUMP_BACK, loop.block!);
    if (this.v === 10) this.nextBlock();
  }

  /** compiler_unwind_fblock_stack (3.10+): unwinds down to (not including) the innermost loop when `toLoop`. */
  private unwindFblockStack(preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fb = this.u.fblocks;
    if (!fb.length) return null;
    const top = fb[fb.length - 1]!;
    if (toLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
    fb.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, toLoop);
    fb.push(top);
    return loop;
  }

  /** compiler_unwind_fblock */
  private unwindFblock(info: FBlock, preserveTos: boolean): void {
    const v = this.v;
    switch (info.type) {
      case 'WHILE_LOOP':
      case 'EXCEPTION_HANDLER':
      case 'EXCEPTION_GROUP_HANDLER':
      case 'STOP_ITERATION':
        return;
      case 'FOR_LOOP':
        if (preserveTos) this.rot(2);
        this.addop('POP_TOP');
        return;
      case 'TRY_EXCEPT':
        this.addop('POP_BLOCK');
        return;
      case 'FINALLY_TRY':
        if (v === 8) {
          this.addop('POP_BLOCK');
          this.jump('CALL_FINALLY', info.exit!);
          return;
        }
        this.addop('POP_BLOCK');
        if (preserveTos) this.pushFblock('POP_VALUE', null, null);
        this.visitStmts(info.body!);
        if (preserveTos) this.popFblock();
        return;
      case 'FINALLY_TRY2':
        // 3.8 only: a finally block containing return/break/continue
        this.addop('POP_BLOCK');
        if (preserveTos) {
          this.addop('ROT_TWO');
          this.addop('POP_TOP');
          this.jump('CALL_FINALLY', info.exit!);
        } else {
          this.jump('CALL_FINALLY', info.exit!);
          this.addop('POP_TOP');
        }
        return;
      case 'FINALLY_END':
        if (v === 8) {
          info.exit = null;
          this.addop('POP_FINALLY', preserveTos ? 1 : 0);
          if (preserveTos) this.addop('ROT_TWO');
          this.addop('POP_TOP');
          return;
        }
        if (v === 10) {
          if (preserveTos) this.addop('ROT_FOUR');
          this.addop('POP_TOP');
          this.addop('POP_TOP');
          this.addop('POP_TOP');
          if (preserveTos) this.addop('ROT_FOUR');
          this.addop('POP_EXCEPT');
          return;
        }
        if (preserveTos) this.addop('SWAP', 2);
        this.addop('POP_TOP');
        if (preserveTos) this.addop('SWAP', 2);
        this.addop('POP_BLOCK');
        this.addop('POP_EXCEPT');
        return;
      case 'WITH':
        this.addop('POP_BLOCK');
        if (preserveTos) this.rot(2);
        if (v === 8) {
          this.addop('BEGIN_FINALLY');
          this.addop('WITH_CLEANUP_START');
          this.addop('WITH_CLEANUP_FINISH');
          this.addop('POP_FINALLY', 0);
          return;
        }
        this.callExitWithNones();
        this.addop('POP_TOP');
        return;
      case 'HANDLER_CLEANUP':
        if (v === 8) {
          if (preserveTos) this.addop('ROT_FOUR');
          if (info.exit) {
            this.addop('POP_BLOCK');
            this.addop('POP_EXCEPT');
            this.jump('CALL_FINALLY', info.exit);
          } else {
            this.addop('POP_EXCEPT');
          }
          return;
        }
        if (info.name !== null) this.addop('POP_BLOCK');
        if (preserveTos) this.rot(v >= 11 ? 2 : 4);
        if (v >= 11) this.addop('POP_BLOCK');
        this.addop('POP_EXCEPT');
        if (info.name !== null) {
          this.loadConst(NONE);
          this.nameop(info.name, 'Store');
          this.nameop(info.name, 'Del');
        }
        return;
      case 'POP_VALUE':
        if (preserveTos) this.rot(2);
        this.addop('POP_TOP');
        return;
    }
  }

  private callExitWithNones(): void {
    if (this.v === 10) {
      this.loadConst(NONE);
      this.addop('DUP_TOP');
      this.addop('DUP_TOP');
      this.addop('CALL_FUNCTION', 3);
      return;
    }
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.loadConst(NONE);
    this.callOp(2);
  }

  /**
   * compiler_try_finally. 3.8 runs the finally block as a subroutine (SETUP_FINALLY pushes 6
   * values at the handler, BEGIN_FINALLY/CALL_FINALLY/POP_FINALLY); when the finally body
   * returns/breaks/continues out of itself a placeholder stays under the try (break_finally).
   * 3.9+ emit the finally body twice: inline after the try and as the exception handler.
   */
  private compilerTryFinally(s: A.Try, star = false): void {
    const v = this.v;
    if (v === 8) {
      const body = this.label();
      const end = this.label();
      // the finally block is compiled first, to learn whether it unwinds through itself
      const saved = this.u.seq;
      this.u.seq = [];
      this.use(end);
      const fin = this.pushFblock('FINALLY_END', end, end);
      this.visitStmts(s.finalbody);
      this.addop('END_FINALLY');
      const breakFinally = fin.exit === null;
      if (breakFinally) this.addop('POP_TOP');
      this.popFblock();
      const finSeq = this.u.seq;
      this.u.seq = saved;
      if (breakFinally) this.loadConst(NONE);
      this.jump('SETUP_FINALLY', end);
      this.use(body);
      this.pushFblock(breakFinally ? 'FINALLY_TRY2' : 'FINALLY_TRY', body, end);
      if (s.handlers.length) this.compilerTryExcept(s);
      else this.visitStmts(s.body);
      this.addop('POP_BLOCK');
      this.addop('BEGIN_FINALLY');
      this.popFblock();
      this.u.seq.push(...finSeq);
      return;
    }
    const body = this.label();
    const end = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.jump('SETUP_FINALLY', end);
    this.use(body);
    this.pushFblock('FINALLY_TRY', body, end, s.finalbody);
    if (s.handlers.length) {
      if (star) this.compilerTryStarExcept(s as unknown as A.TryStar);
      else this.compilerTryExcept(s);
    } else this.visitStmts(s.body);
    this.addop('POP_BLOCK');
    this.popFblock();
    this.visitStmts(s.finalbody);
    this.jump(v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP, exit);
    this.use(end);
    if (v >= 11) {
      this.jump('SETUP_CLEANUP', cleanup);
      this.addop('PUSH_EXC_INFO');
    }
    this.pushFblock('FINALLY_END', end, null);
    this.visitStmts(s.finalbody);
    this.popFblock();
    this.addop('RERAISE', 0);
    if (v >= 11) {
      this.use(cleanup);
      this.popExceptAndReraise();
    }
    this.use(exit);
  }

  private popExceptAndReraise(): void {
    this.addop('COPY', 3);
    this.addop('POP_EXCEPT');
    this.addop('RERAISE', 1);
  }

  /** compiler_try_except (3.11+: the handler pushes the exception and lasti, PUSH_EXC_INFO) */
  private compilerTryExcept(s: A.Try): void {
    const v = this.v;
    if (v === 8) return this.compilerTryExcept38(s);
    if (v === 10) return this.compilerTryExcept310(s);
    const body = this.label();
    let except = this.label();
    const end = this.label();
    const cleanup = this.label();
    this.jump('SETUP_FINALLY', except);
    this.use(body);
    this.pushFblock('TRY_EXCEPT', body, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addop('POP_BLOCK');
    this.visitStmts(s.orelse);
    this.jump(this.JUMP_NI, end);
    this.use(except);
    this.jump('SETUP_CLEANUP', cleanup);
    this.addop('PUSH_EXC_INFO');
    this.pushFblock('EXCEPTION_HANDLER', null, null);
    for (const h of s.handlers) {
      except = this.label();
      if (h.htype) {
        this.visitExpr(h.htype);
        this.addop('CHECK_EXC_MATCH');
        this.jump('POP_JUMP_IF_FALSE', except);
      }
      if (h.name) {
        const cleanupEnd = this.label();
        const cleanupBody = this.label();
        this.nameop(h.name, 'Store');
        this.jump('SETUP_CLEANUP', cleanupEnd);
        this.use(cleanupBody);
        this.pushFblock('HANDLER_CLEANUP', cleanupBody, null, null, h.name);
        this.visitStmts(h.body);
        this.popFblock();
        this.addop('POP_BLOCK');
        this.addop('POP_BLOCK');
        this.addop('POP_EXCEPT');
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.jump(this.JUMP_NI, end);
        this.use(cleanupEnd);
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.addop('RERAISE', 1);
      } else {
        const cleanupBody = this.label();
        this.addop('POP_TOP');
        this.use(cleanupBody);
        this.pushFblock('HANDLER_CLEANUP', cleanupBody, null);
        this.visitStmts(h.body);
        this.popFblock();
        this.addop('POP_BLOCK');
        this.addop('POP_EXCEPT');
        this.jump(this.JUMP_NI, end);
      }
      this.use(except);
    }
    this.popFblock();
    this.addop('RERAISE', 0);
    this.use(cleanup);
    this.popExceptAndReraise();
    this.use(end);
  }

  /** compiler_try_star_except (3.11+): the handlers split the group on the stack (CHECK_EG_MATCH),
   * collect what they raise in a list and PREP_RERAISE_STAR (3.12+ CALL_INTRINSIC_2) computes
   * what is re-raised. */
  private compilerTryStarExcept(s: A.TryStar): void {
    const v = this.v;
    const body = this.label();
    let except = this.label();
    const orelse = this.label();
    const end = this.label();
    const cleanup = this.label();
    const reraiseStar = this.label();
    this.jump('SETUP_FINALLY', except);
    this.use(body);
    this.pushFblock('TRY_EXCEPT', body, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addop('POP_BLOCK');
    this.jump(this.JUMP_NI, orelse);
    const n = s.handlers.length;
    this.use(except);
    this.jump('SETUP_CLEANUP', cleanup);
    this.addop('PUSH_EXC_INFO');
    this.pushFblock('EXCEPTION_GROUP_HANDLER', null, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i]!;
      except = this.label();
      const exceptWithError = this.label();
      const noMatch = this.label();
      if (i === 0) {
        if (v === 11) {
          this.addop('COPY', 1);
          this.addop('BUILD_LIST', 0);
          this.addop('SWAP', 2);
        } else {
          this.addop('BUILD_LIST', 0);
          this.addop('COPY', 2);
        }
      }
      if (h.htype) {
        this.visitExpr(h.htype);
        this.addop('CHECK_EG_MATCH');
        this.addop('COPY', 1);
        this.jump('POP_JUMP_IF_NONE', noMatch);
      }
      const cleanupEnd = this.label();
      const cleanupBody = this.label();
      if (h.name) this.nameop(h.name, 'Store');
      else this.addop('POP_TOP');
      this.jump('SETUP_CLEANUP', cleanupEnd);
      this.use(cleanupBody);
      this.pushFblock('HANDLER_CLEANUP', cleanupBody, null, null, h.name);
      this.visitStmts(h.body);
      this.popFblock();
      this.addop('POP_BLOCK');
      if (h.name) {
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.jump(this.JUMP_NI, except);
      this.use(cleanupEnd);
      if (h.name) {
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
      }
      this.addop('LIST_APPEND', 3);
      this.addop('POP_TOP');
      this.jump(this.JUMP_NI, exceptWithError);
      this.use(except);
      this.addop('NOP');
      this.jump(this.JUMP_NI, exceptWithError);
      this.use(noMatch);
      this.addop('POP_TOP');
      this.use(exceptWithError);
      if (i === n - 1) {
        this.addop('LIST_APPEND', 1);
        this.jump(this.JUMP_NI, reraiseStar);
      }
    }
    this.popFblock();
    const reraise = this.label();
    this.use(reraiseStar);
    if (v === 11) this.addop('PREP_RERAISE_STAR');
    else this.addop('CALL_INTRINSIC_2', 1);
    this.addop('COPY', 1);
    this.jump('POP_JUMP_IF_NOT_NONE', reraise);
    this.addop('POP_TOP');
    this.addop('POP_BLOCK');
    this.addop('POP_EXCEPT');
    this.jump(this.JUMP_NI, end);
    this.use(reraise);
    this.addop('POP_BLOCK');
    this.addop('SWAP', 2);
    this.addop('POP_EXCEPT');
    this.addop('RERAISE', 0);
    this.use(cleanup);
    this.popExceptAndReraise();
    this.use(orelse);
    this.visitStmts(s.orelse);
    this.use(end);
  }

  /** compiler_try_except of 3.10 (handlers see exc, value and traceback: 6 values as in 3.8) */
  private compilerTryExcept310(s: A.Try): void {
    const body = this.label();
    let except = this.label();
    const orelse = this.label();
    const end = this.label();
    this.jump('SETUP_FINALLY', except);
    this.use(body);
    this.pushFblock('TRY_EXCEPT', body, null);
    this.visitStmts(s.body);
    this.popFblock();
    this.addop('POP_BLOCK');
    this.jump('JUMP_FORWARD', orelse);
    this.use(except);
    this.pushFblock('EXCEPTION_HANDLER', null, null);
    for (const h of s.handlers) {
      except = this.label();
      if (h.htype) {
        this.addop('DUP_TOP');
        this.visitExpr(h.htype);
        this.jump('JUMP_IF_NOT_EXC_MATCH', except);
        this.nextBlock();
      }
      this.addop('POP_TOP');
      if (h.name) {
        const cleanupEnd = this.label();
        const cleanupBody = this.label();
        this.nameop(h.name, 'Store');
        this.addop('POP_TOP');
        this.jump('SETUP_FINALLY', cleanupEnd);
        this.use(cleanupBody);
        this.pushFblock('HANDLER_CLEANUP', cleanupBody, null, null, h.name);
        this.visitStmts(h.body);
        this.popFblock();
        this.addop('POP_BLOCK');
        this.addop('POP_EXCEPT');
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.jump('JUMP_FORWARD', end);
        this.use(cleanupEnd);
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.addop('RERAISE', 1);
      } else {
        const cleanupBody = this.label();
        this.addop('POP_TOP');
        this.addop('POP_TOP');
        this.use(cleanupBody);
        this.pushFblock('HANDLER_CLEANUP', cleanupBody, null);
        this.visitStmts(h.body);
        this.popFblock();
        this.addop('POP_EXCEPT');
        this.jump('JUMP_FORWARD', end);
      }
      this.use(except);
    }
    this.popFblock();
    this.addop('RERAISE', 0);
    this.use(orelse);
    this.visitStmts(s.orelse);
    this.use(end);
  }

  /** compiler_try_except of 3.8 (named handlers get a finally block that deletes the name) */
  private compilerTryExcept38(s: A.Try): void {
    const body = this.label();
    let except = this.label();
    const orelse = this.label();
    const end = this.label();
    this.jump('SETUP_FINALLY', except);
    this.use(body);
    this.pushFblock('TRY_EXCEPT', body, null);
    this.visitStmts(s.body);
    this.addop('POP_BLOCK');
    this.popFblock();
    this.jump('JUMP_FORWARD', orelse);
    this.use(except);
    for (const h of s.handlers) {
      except = this.label();
      if (h.htype) {
        this.addop('DUP_TOP');
        this.visitExpr(h.htype);
        this.addop('COMPARE_OP', 10);
        this.jump('POP_JUMP_IF_FALSE', except);
      }
      this.addop('POP_TOP');
      if (h.name) {
        const cleanupEnd = this.label();
        const cleanupBody = this.label();
        this.nameop(h.name, 'Store');
        this.addop('POP_TOP');
        this.jump('SETUP_FINALLY', cleanupEnd);
        this.use(cleanupBody);
        this.pushFblock('HANDLER_CLEANUP', cleanupBody, cleanupEnd);
        this.visitStmts(h.body);
        this.addop('POP_BLOCK');
        this.addop('BEGIN_FINALLY');
        this.popFblock();
        this.use(cleanupEnd);
        this.pushFblock('FINALLY_END', cleanupEnd, null);
        this.loadConst(NONE);
        this.nameop(h.name, 'Store');
        this.nameop(h.name, 'Del');
        this.addop('END_FINALLY');
        this.addop('POP_EXCEPT');
        this.popFblock();
      } else {
        const cleanupBody = this.label();
        this.addop('POP_TOP');
        this.addop('POP_TOP');
        this.use(cleanupBody);
        this.pushFblock('HANDLER_CLEANUP', cleanupBody, null);
        this.visitStmts(h.body);
        this.addop('POP_EXCEPT');
        this.popFblock();
      }
      this.jump('JUMP_FORWARD', end);
      this.use(except);
    }
    this.addop('END_FINALLY');
    this.use(orelse);
    this.visitStmts(s.orelse);
    this.use(end);
  }

  /** compiler_with: one nested block per item; 3.8 WITH_CLEANUP_*, 3.9+ calls __exit__(None, None, None) inline */
  private compilerWith(s: A.With, pos: number): void {
    const v = this.v;
    const item = s.items[pos]!;
    const block = this.label();
    const final = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.visitExpr(item.context_expr);
    if (v >= 11) this.addop('BEFORE_WITH');
    this.jump('SETUP_WITH', final);
    this.use(block);
    this.pushFblock('WITH', block, final);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop('POP_TOP');
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.compilerWith(s, pos + 1);
    if (v === 8) {
      this.addop('POP_BLOCK');
      this.addop('BEGIN_FINALLY');
      this.popFblock();
      this.use(final);
      this.pushFblock('FINALLY_END', final, null);
      this.addop('WITH_CLEANUP_START');
      this.addop('WITH_CLEANUP_FINISH');
      this.addop('END_FINALLY');
      this.popFblock();
      return;
    }
    this.addop('POP_BLOCK');
    this.popFblock();
    this.callExitWithNones();
    this.addop('POP_TOP');
    this.jump(this.JUMP, exit);
    this.use(final);
    if (v >= 11) {
      this.jump('SETUP_CLEANUP', cleanup);
      this.addop('PUSH_EXC_INFO');
    }
    this.addop('WITH_EXCEPT_START');
    // compiler_with_except_finish
    if (v === 10) {
      const exit2 = this.label();
      this.jump('POP_JUMP_IF_TRUE', exit2);
      this.nextBlock();
      this.addop('RERAISE', 1);
      this.use(exit2);
      this.addop('POP_TOP');
      this.addop('POP_TOP');
      this.addop('POP_TOP');
      this.addop('POP_EXCEPT');
      this.addop('POP_TOP');
    } else if (v === 11) {
      const exit2 = this.label();
      this.jump('POP_JUMP_IF_TRUE', exit2);
      this.addop('RERAISE', 2);
      this.use(cleanup);
      this.popExceptAndReraise();
      this.use(exit2);
      this.addop('POP_TOP');
      this.addop('POP_BLOCK');
      this.addop('POP_EXCEPT');
      this.addop('POP_TOP');
      this.addop('POP_TOP');
    } else {
      const suppress = this.label();
      const exit2 = this.label();
      this.toBool();
      this.jump('POP_JUMP_IF_TRUE', suppress);
      this.addop('RERAISE', 2);
      this.use(suppress);
      this.addop('POP_TOP');
      this.addop('POP_BLOCK');
      this.addop('POP_EXCEPT');
      this.addop('POP_TOP');
      this.addop('POP_TOP');
      this.jump(this.JUMP_NI, exit2);
      this.use(cleanup);
      this.popExceptAndReraise();
      this.use(exit2);
    }
    this.use(exit);
  }

  /** compiler_assert */
  private compilerAssert(s: A.Assert): void {
    const end = this.label();
    this.jumpIf(s.test, end, true);
    if (this.v === 8) {
      // ADDOP_O(LOAD_GLOBAL, assertion_error, names): not mangled
      if (!this.u.doNotEmit) this.u.names.add('AssertionError');
      this.addop('LOAD_GLOBAL');
    } else this.addop('LOAD_ASSERTION_ERROR');
    if (s.msg) {
      this.visitExpr(s.msg);
      if (this.v <= 10) this.addop('CALL_FUNCTION', 1);
      else this.callOp(0);
    }
    this.addop('RAISE_VARARGS', 1);
    this.use(end);
  }

  /** compiler_import / compiler_import_as */
  private compilerImport(s: A.Import): void {
    for (const a of s.names) {
      this.loadConst({ t: 'int', v: 0n });
      this.loadConst(NONE);
      this.addName(a.name);
      this.addop('IMPORT_NAME');
      if (a.asname) {
        const parts = a.name.split('.');
        if (parts.length > 1) {
          // compiler_import_as: IMPORT_FROM each attribute of a dotted name
          for (let i = 1; i < parts.length; i++) {
            this.importFromName(parts[i]!);
            this.addop('IMPORT_FROM');
            if (i === parts.length - 1) break;
            this.rot(2);
            this.addop('POP_TOP');
          }
          this.nameop(a.asname, 'Store');
          this.addop('POP_TOP');
        } else {
          this.nameop(a.asname, 'Store');
        }
      } else {
        this.nameop(a.name.split('.')[0]!, 'Store');
      }
    }
  }

  /** compiler_from_import: the module stays on the stack while the names are stored */
  private compilerFromImport(s: A.ImportFrom): void {
    this.loadConst({ t: 'int', v: BigInt(s.level) });
    this.loadConst(CODE);
    this.addName(s.module ?? '');
    this.addop('IMPORT_NAME');
    for (const a of s.names) {
      if (a.name === '*') {
        this.addop('IMPORT_STAR');
        return;
      }
      this.addName(a.name);
      this.addop('IMPORT_FROM');
      this.nameop(a.asname ?? a.name, 'Store');
    }
    this.addop('POP_TOP');
  }

  /** compiler_augassign: the target's object (and key) are duplicated for the store (DUP_TOP_TWO / COPY 2 COPY 2) */
  private compilerAugassign(s: A.AugAssign): void {
    const v = this.v;
    const e = s.target;
    const inplace = v >= 11 ? 'BINARY_OP' : 'INPLACE_ADD';
    switch (e.type) {
      case 'Attribute':
        this.visitExpr(e.value);
        this.dup();
        this.addName(e.attr);
        this.addop('LOAD_ATTR');
        this.visitExpr(s.value);
        this.addop(inplace);
        this.rot(2);
        this.addop('STORE_ATTR');
        return;
      case 'Subscript':
        this.visitExpr(e.value);
        if (v >= 12 && isTwoElementSlice(e.slice)) {
          this.compilerSlice(e.slice as A.Slice);
          this.addop('COPY', 3);
          this.addop('COPY', 3);
          this.addop('COPY', 3);
          this.addop('BINARY_SLICE');
          this.visitExpr(s.value);
          this.addop(inplace);
          this.addop('SWAP', 4);
          this.addop('SWAP', 3);
          this.addop('SWAP', 2);
          this.addop('STORE_SLICE');
          return;
        }
        this.visitExpr(e.slice);
        if (v >= 11) {
          this.addop('COPY', 2);
          this.addop('COPY', 2);
        } else this.addop('DUP_TOP_TWO');
        this.addop('BINARY_SUBSCR');
        this.visitExpr(s.value);
        this.addop(inplace);
        if (v >= 11) {
          this.addop('SWAP', 3);
          this.addop('SWAP', 2);
        } else this.addop('ROT_THREE');
        this.addop('STORE_SUBSCR');
        return;
      case 'Name':
        this.nameop(e.id, 'Load');
        this.visitExpr(s.value);
        this.addop(inplace);
        this.nameop(e.id, 'Store');
        return;
    }
  }

  /** compiler_annassign: module/class annotations are stored in __annotations__ */
  private compilerAnnassign(s: A.AnnAssign): void {
    const t = s.target;
    const moduleOrClass = this.u.kind === 'module' || this.u.kind === 'class';
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(t);
    }
    if (t.type === 'Name') {
      if (s.simple && moduleOrClass) {
        this.annexpr(s.annotation);
        this.addName('__annotations__');
        this.addop('LOAD_NAME');
        this.loadConst(CODE);
        this.addop('STORE_SUBSCR');
      }
    } else if (t.type === 'Attribute') {
      if (!s.value) this.checkAnnExpr(t.value);
    } else if (!s.value) {
      this.checkAnnExpr(t.value);
      this.checkAnnSubscr(t.slice);
    }
    if (!s.simple && moduleOrClass && (this.v === 8 || !this.futureAnnotations)) this.checkAnnExpr(s.annotation);
  }
  private checkAnnExpr(e: A.Expr): void {
    this.visitExpr(e);
    this.addop('POP_TOP');
  }
  private checkAnnSubscr(e: A.Expr): void {
    if (e.type === 'Slice') {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e.type === 'Tuple') {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else this.checkAnnExpr(e);
  }

  // ---------------------------------------------------------------- conditional jumps

  /** compiler_jump_if: jump to `next` when the truth of `e` equals `cond`. */
  private jumpIf(e: A.Expr, next: Label, cond: boolean): void {
    const v = this.v;
    switch (e.type) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, next, !cond);
        break;
      case 'BoolOp': {
        const cond2 = e.op === 'Or';
        let next2 = next;
        if (cond2 !== cond) next2 = this.label();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i]!, next2, cond2);
        this.jumpIf(e.values[n]!, next, cond);
        if (next2 !== next) this.use(next2);
        return;
      }
      case 'IfExp': {
        const end = this.label();
        const next2 = this.label();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.jump(v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP, end);
        this.use(next2);
        this.jumpIf(e.orelse, next, cond);
        this.use(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          const cleanup = this.label();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]!);
            if (v >= 11) {
              this.addop('SWAP', 2);
              this.addop('COPY', 2);
            } else {
              this.addop('DUP_TOP');
              this.addop('ROT_THREE');
            }
            this.compareOp(e.ops[i]!);
            this.toBool();
            this.jump('POP_JUMP_IF_FALSE', cleanup);
            if (v <= 10) this.nextBlock();
          }
          this.visitExpr(e.comparators[n]!);
          this.compareOp(e.ops[n]!);
          this.toBool();
          this.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
          if (v === 10) this.nextBlock();
          const end = this.label();
          this.jump(v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP, end);
          this.use(cleanup);
          this.addop('POP_TOP');
          if (!cond) this.jump(v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP, next);
          this.use(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.visitExpr(e);
    this.toBool();
    this.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
    if (v === 10) this.nextBlock();
  }

  private compareOp(op: A.CmpOpKind): void {
    if (this.v === 8) this.addop('COMPARE_OP');
    else if (op === 'Is' || op === 'IsNot') this.addop('IS_OP', op === 'IsNot' ? 1 : 0);
    else if (op === 'In' || op === 'NotIn') this.addop('CONTAINS_OP', op === 'NotIn' ? 1 : 0);
    else this.addop('COMPARE_OP');
  }

  // ---------------------------------------------------------------- expressions

  private visitExpr(e: A.Expr): void {
    const v = this.v;
    switch (e.type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.dup();
        this.visitExpr(e.target);
        return;
      case 'BoolOp': return this.compilerBoolop(e);
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addop(v >= 11 ? 'BINARY_OP' : 'BINARY_ADD');
        return;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        if (v >= 12 && e.op === 'UAdd') this.addop('CALL_INTRINSIC_1', 5);
        else if (v >= 13 && e.op === 'Not') {
          this.addop('TO_BOOL');
          this.addop('UNARY_NOT');
        } else this.addop('UNARY_NOT');
        return;
      case 'Lambda': return this.compilerLambda(e);
      case 'IfExp': {
        const end = this.label();
        const next = this.label();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.jump(v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP, end);
        this.use(next);
        this.visitExpr(e.orelse);
        this.use(end);
        return;
      }
      case 'Dict': return v === 8 ? this.compilerDict38(e) : this.compilerDict(e);
      case 'Set':
        if (v === 8) return this.starunpack38(e.elts, 'BUILD_SET', 'BUILD_SET', 'BUILD_SET_UNPACK');
        return this.starunpackHelper(e.elts, 0, 'BUILD_SET', 'SET_ADD', 'SET_UPDATE', false);
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        return this.compilerComprehension(e);
      case 'Yield':
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(NONE);
        this.addop('YIELD_VALUE');
        if (v >= 11) this.addop('RESUME', 1);
        return;
      case 'YieldFrom':
        this.visitExpr(e.value);
        this.addop('GET_YIELD_FROM_ITER');
        this.loadConst(NONE);
        this.addYieldFrom();
        return;
      case 'Compare': return this.compilerCompare(e);
      case 'Call': return this.compilerCall(e);
      case 'Constant':
        this.loadConst(constVal(e));
        return;
      case 'JoinedStr': return this.compilerJoinedStr(e);
      case 'FormattedValue': return this.compilerFormattedValue(e);
      case 'Attribute':
        if (v >= 12 && e.ctx === 'Load' && this.canOptimizeSuperCall(e)) {
          this.loadArgsForSuper(e.value as A.Call);
          this.addName(e.attr);
          this.addop('LOAD_SUPER_ATTR', (e.value as A.Call).args.length ? 2 : 0);
          this.addop('NOP');
          return;
        }
        this.visitExpr(e.value);
        this.addName(e.attr);
        if (e.ctx === 'Load') this.addop('LOAD_ATTR');
        else if (e.ctx === 'Store') this.addop('STORE_ATTR');
        else this.addop('DELETE_ATTR');
        return;
      case 'Subscript': return this.compilerSubscript(e);
      case 'Slice': {
        const n = this.compilerSlice(e);
        this.addop('BUILD_SLICE', n);
        return;
      }
      case 'Name':
        this.nameop(e.id, e.ctx);
        return;
      case 'List':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') {
          if (v === 8) return this.starunpack38(e.elts, 'BUILD_LIST', 'BUILD_TUPLE', 'BUILD_LIST_UNPACK');
          return this.starunpackHelper(e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', false);
        }
        for (const x of e.elts) this.visitExpr(x);
        return;
      case 'Tuple':
        if (e.ctx === 'Store') return this.assignmentHelper(e.elts);
        if (e.ctx === 'Load') {
          if (v === 8) return this.starunpack38(e.elts, 'BUILD_TUPLE', 'BUILD_TUPLE', 'BUILD_TUPLE_UNPACK');
          return this.starunpackHelper(e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
        }
        for (const x of e.elts) this.visitExpr(x);
        return;
      case 'Starred':
        throw new Error("stackdepth: can't use starred expression here");
      case 'Await':
        throw new StackUnsupported("'await'", e.lineno);
    }
  }

  /** `yield from` / compiler_add_yield_from: YIELD_FROM (3.8/3.10), a SEND loop (3.11+) */
  private addYieldFrom(): void {
    const v = this.v;
    if (v <= 10) {
      this.addop('YIELD_FROM');
      return;
    }
    if (v === 11) {
      const start = this.label();
      const resume = this.label();
      const exit = this.label();
      this.use(start);
      this.jump('SEND', exit);
      this.use(resume);
      this.addop('YIELD_VALUE');
      this.addop('RESUME', 2);
      this.jump('JUMP_NO_INTERRUPT', start);
      this.use(exit);
      return;
    }
    const send = this.label();
    const fail = this.label();
    const exit = this.label();
    this.use(send);
    this.jump('SEND', exit);
    this.jump('SETUP_FINALLY', fail);
    this.addop('YIELD_VALUE');
    this.addop('POP_BLOCK');
    this.addop('RESUME', 2);
    this.jump('JUMP_NO_INTERRUPT', send);
    this.use(fail);
    this.addop('CLEANUP_THROW');
    this.use(exit);
    this.addop('END_SEND');
  }

  /** compiler_boolop: JUMP_IF_X_OR_POP (3.12+: COPY 1 + POP_JUMP_IF_X + POP_TOP) */
  private compilerBoolop(e: A.BoolOp): void {
    const v = this.v;
    const end = this.label();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]!);
      if (v >= 12) {
        this.addop('COPY', 1);
        this.toBool();
        this.jump(e.op === 'And' ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE', end);
        this.addop('POP_TOP');
      } else {
        this.jump(e.op === 'And' ? 'JUMP_IF_FALSE_OR_POP' : 'JUMP_IF_TRUE_OR_POP', end);
        if (v >= 10) this.nextBlock();
      }
    }
    this.visitExpr(e.values[n]!);
    this.use(end);
  }

  /** compiler_compare: a chain keeps the middle operand with DUP_TOP/ROT_THREE (3.11+ SWAP/COPY) */
  private compilerCompare(e: A.Compare): void {
    const v = this.v;
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.compareOp(e.ops[0]!);
      return;
    }
    const cleanup = this.label();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      if (v >= 11) {
        this.addop('SWAP', 2);
        this.addop('COPY', 2);
      } else {
        this.addop('DUP_TOP');
        this.addop('ROT_THREE');
      }
      this.compareOp(e.ops[i]!);
      if (v >= 12) {
        this.addop('COPY', 1);
        this.toBool();
        this.jump('POP_JUMP_IF_FALSE', cleanup);
        this.addop('POP_TOP');
      } else {
        this.jump('JUMP_IF_FALSE_OR_POP', cleanup);
        if (v <= 10) this.nextBlock();
      }
    }
    this.visitExpr(e.comparators[n]!);
    this.compareOp(e.ops[n]!);
    const end = this.label();
    this.jump(v >= 13 ? 'JUMP_NO_INTERRUPT' : this.JUMP, end);
    this.use(cleanup);
    this.rot(2);
    this.addop('POP_TOP');
    this.use(end);
  }

  // ---- displays

  /** starunpack_helper of 3.8 (BUILD_*_UNPACK) */
  private starunpack38(elts: A.Expr[], single: string, inner: string, outer: string): void {
    let nsubitems = 0;
    let nseen = 0;
    for (const elt of elts) {
      if (elt.type === 'Starred') {
        if (nseen) {
          this.addop(inner, nseen);
          nseen = 0;
          nsubitems++;
        }
        this.visitExpr(elt.value);
        nsubitems++;
      } else {
        this.visitExpr(elt);
        nseen++;
      }
    }
    if (nsubitems) {
      if (nseen) {
        this.addop(inner, nseen);
        nsubitems++;
      }
      this.addop(outer, nsubitems);
    } else this.addop(single, nseen);
  }

  /** starunpack_helper (3.9+) */
  private starunpackHelper(elts: A.Expr[], pushed: number, build: string, add: string, extend: string, tuple: boolean): void {
    const v = this.v;
    const n = elts.length;
    if (n > 2 && elts.every(isConst)) {
      const items = elts.map((x) => constVal(x as A.Constant));
      if (tuple && (v === 10 || !pushed)) {
        this.loadConst({ t: 'tuple', items });
      } else {
        this.addop(build, pushed);
        this.loadConst(add === 'SET_ADD' ? makeFrozenset(items) : { t: 'tuple', items });
        this.addop(extend, 1);
        if (tuple) this.addop(v >= 12 ? 'CALL_INTRINSIC_1' : 'LIST_TO_TUPLE', 6);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x.type === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addop(tuple ? 'BUILD_TUPLE' : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addop(build, pushed);
      built = true;
    }
    elts.forEach((x, i) => {
      if (x.type === 'Starred') {
        if (!built) {
          this.addop(build, i + pushed);
          built = true;
        }
        this.visitExpr(x.value);
        this.addop(extend, 1);
      } else {
        this.visitExpr(x);
        if (built) this.addop(add, 1);
      }
    });
    if (tuple) this.addop(v >= 12 ? 'CALL_INTRINSIC_1' : 'LIST_TO_TUPLE', 6);
  }

  /** assignment_helper / unpack_helper */
  private assignmentHelper(elts: A.Expr[]): void {
    const star = elts.findIndex((x) => x.type === 'Starred');
    if (star >= 0) this.addop('UNPACK_EX', star + ((elts.length - star - 1) << 8));
    else this.addop('UNPACK_SEQUENCE', elts.length);
    for (const x of elts) this.visitExpr(x.type === 'Starred' ? x.value : x);
  }

  /** compiler_dict of 3.8 (BUILD_MAP_UNPACK for `**` items) */
  private compilerDict38(e: A.Dict): void {
    const n = e.values.length;
    let containers = 0;
    let elements = 0;
    let isUnpacking = false;
    for (let i = 0; i < n; i++) {
      isUnpacking = e.keys[i] === null;
      if (elements === 0xffff || (elements && isUnpacking)) {
        this.subdict(e, i - elements, i);
        containers++;
        elements = 0;
      }
      if (isUnpacking) {
        this.visitExpr(e.values[i]!);
        containers++;
      } else elements++;
    }
    if (elements || containers === 0) {
      this.subdict(e, n - elements, n);
      containers++;
    }
    if (containers > 1 || isUnpacking) this.addop('BUILD_MAP_UNPACK', containers);
  }

  /** compiler_subdict: constant keys use BUILD_CONST_KEY_MAP (one LOAD_CONST for all keys) */
  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = this.v >= 10 && n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end);
    if (n > 1 && !big && keys.every((k) => k !== null && k.type === 'Constant')) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      // the keys' tuple, a constant of its own
      this.loadConst({ t: 'tuple', items: keys.map((k) => constVal(k as A.Constant)) });
      this.addop('BUILD_CONST_KEY_MAP', n);
      return;
    }
    if (big) this.addop('BUILD_MAP', 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.addop('MAP_ADD', 1);
    }
    if (!big) this.addop('BUILD_MAP', n);
  }

  /** compiler_dict (3.9+: DICT_UPDATE for `**` items, MAP_ADD beyond STACK_USE_GUIDELINE) */
  private compilerDict(e: A.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addop('DICT_UPDATE', 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addop('BUILD_MAP', 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.addop('DICT_UPDATE', 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addop('DICT_UPDATE', 1);
        haveDict = true;
        elements = 0;
      } else elements++;
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addop('DICT_UPDATE', 1);
      haveDict = true;
    }
    if (!haveDict) this.addop('BUILD_MAP', 0);
  }

  // ---- subscripts

  /** compiler_subscript (3.12+: a two-part slice uses BINARY_SLICE/STORE_SLICE without BUILD_SLICE) */
  private compilerSubscript(e: A.Subscript): void {
    this.visitExpr(e.value);
    if (this.v >= 12 && isTwoElementSlice(e.slice) && e.ctx !== 'Del') {
      this.compilerSlice(e.slice as A.Slice);
      this.addop(e.ctx === 'Load' ? 'BINARY_SLICE' : 'STORE_SLICE');
      return;
    }
    this.visitExpr(e.slice);
    this.addop(e.ctx === 'Load' ? 'BINARY_SUBSCR' : e.ctx === 'Store' ? 'STORE_SUBSCR' : 'DELETE_SUBSCR');
  }

  /** compiler_slice: pushes lower/upper(/step); returns the BUILD_SLICE count */
  private compilerSlice(s: A.Slice): number {
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(NONE);
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(NONE);
    if (s.step) {
      this.visitExpr(s.step);
      return 3;
    }
    return 2;
  }

  // ---- f-strings

  /** compiler_joined_str: BUILD_STRING, or ''.join([...]) beyond STACK_USE_GUIDELINE parts (3.10+) */
  private compilerJoinedStr(e: A.JoinedStr): void {
    const v = this.v;
    const n = e.values.length;
    if (v >= 10 && n > STACK_USE_GUIDELINE) {
      this.loadConst({ t: 'str', v: '' });
      this.addName('join');
      this.addop(v >= 12 ? 'LOAD_ATTR' : 'LOAD_METHOD', 1);
      this.addop('BUILD_LIST', 0);
      for (const x of e.values) {
        this.visitExpr(x);
        this.addop('LIST_APPEND', 1);
      }
      if (v === 10) this.addop('CALL_METHOD', 1);
      else this.callOp(1);
      return;
    }
    for (const x of e.values) this.visitExpr(x);
    if (v >= 13) {
      if (n > 1) this.addop('BUILD_STRING', n);
      else if (n === 0) this.loadConst({ t: 'str', v: '' });
    } else if (n !== 1) this.addop('BUILD_STRING', n);
  }

  /** compiler_formatted_value: FORMAT_VALUE (3.13: CONVERT_VALUE + FORMAT_SIMPLE/FORMAT_WITH_SPEC) */
  private compilerFormattedValue(e: A.FormattedValue): void {
    this.visitExpr(e.value);
    if (this.v >= 13) {
      if (e.conversion !== -1) this.addop('CONVERT_VALUE', 1);
      if (e.format_spec) {
        this.visitExpr(e.format_spec);
        this.addop('FORMAT_WITH_SPEC');
      } else this.addop('FORMAT_SIMPLE');
      return;
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      this.addop('FORMAT_VALUE', 4);
    } else this.addop('FORMAT_VALUE', 0);
  }

  // ---- calls

  /** is_import_originated (3.11+): a module-level imported name */
  private isImportOriginated(e: A.Expr): boolean {
    return e.type === 'Name' && ((this.st.top.symbols.get(e.id) ?? 0) & DEF_IMPORT) !== 0;
  }

  /** can_optimize_super_call (3.12+) */
  private canOptimizeSuperCall(attr: A.Attribute): boolean {
    const e = attr.value;
    if (e.type !== 'Call' || e.func.type !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length) return false;
    if (this.u.ste.scopeOf('super') !== 'global_implicit') return false;
    if (this.st.top.symbols.has('super')) return false;
    if (e.args.length === 2) return !e.args.some((x) => x.type === 'Starred');
    if (e.args.length !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    // get_ref_type(__class__) == FREE
    if (this.u.kind === 'class') return false;
    return this.u.ste.scopeOf('__class__') === 'free';
  }

  private loadArgsForSuper(e: A.Call): void {
    this.nameop('super', 'Load');
    if (e.args.length === 2) {
      this.visitExpr(e.args[0]!);
      this.visitExpr(e.args[1]!);
      return;
    }
    this.addop('LOAD_DEREF'); // __class__
    this.addop('LOAD_FAST'); // the first argument
  }

  /** maybe_optimize_method_call: obj.meth(args) as LOAD_METHOD + CALL_METHOD/CALL */
  private maybeOptimizeMethodCall(e: A.Call): boolean {
    const v = this.v;
    const meth = e.func;
    if (meth.type !== 'Attribute' || meth.ctx !== 'Load') return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (v <= 10) {
      if (kwdsl) return false;
      if (v === 10 && argsl >= STACK_USE_GUIDELINE) return false;
    } else {
      if (this.isImportOriginated(meth.value)) return false;
      if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
      if (e.keywords.some((k) => k.arg === null)) return false;
    }
    if (e.args.some((x) => x.type === 'Starred')) return false;
    if (v >= 12 && this.canOptimizeSuperCall(meth)) {
      this.loadArgsForSuper(meth.value as A.Call);
      this.addName(meth.attr);
      this.addop('LOAD_SUPER_ATTR', (meth.value as A.Call).args.length ? 3 : 1);
      this.addop('NOP');
    } else {
      this.visitExpr(meth.value);
      this.addName(meth.attr);
      if (v >= 12) this.addop('LOAD_ATTR', 1);
      else this.addop('LOAD_METHOD');
    }
    for (const x of e.args) this.visitExpr(x);
    if (v <= 10) {
      this.addop('CALL_METHOD', argsl);
      return true;
    }
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      if (v >= 13) {
        this.loadConst(kwNamesPV(e.keywords));
        this.addop('CALL_KW', argsl + kwdsl);
        return true;
      }
      this.kwNames(e.keywords);
    }
    this.callOp(argsl + kwdsl);
    return true;
  }

  /** compiler_call (3.11/3.12: PUSH_NULL before the callable, 3.13: after it) */
  private compilerCall(e: A.Call): void {
    if (this.maybeOptimizeMethodCall(e)) return;
    if (this.v === 11 || this.v === 12) this.addop('PUSH_NULL');
    this.visitExpr(e.func);
    if (this.v >= 13) this.addop('PUSH_NULL');
    this.callHelper(0, e.args, e.keywords);
  }

  /** compiler_subkwargs: a dict of keyword arguments around `**` arguments */
  private subkwargs(kws: A.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = this.v >= 10 && n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(kws[i]!.value);
      // the keyword names' tuple, a constant of its own
      this.loadConst({ t: 'tuple', items: kws.slice(begin, end).map((k) => ({ t: 'str', v: k.arg as string }) as PV) });
      this.addop('BUILD_CONST_KEY_MAP', n);
      return;
    }
    if (big) this.addop('BUILD_MAP', 0);
    for (let i = begin; i < end; i++) {
      this.loadConst(CODE);
      this.visitExpr(kws[i]!.value);
      if (big) this.addop('MAP_ADD', 1);
    }
    if (!big) this.addop('BUILD_MAP', n);
  }

  /** compiler_call_helper: arguments after `n` already pushed ones */
  private callHelper(n: number, args: A.Expr[], kws: A.Keyword[]): void {
    const v = this.v;
    if (v === 8) return this.callHelper38(n, args, kws);
    const nelts = args.length;
    const nkw = kws.length;
    const exCall = nelts + nkw * 2 > STACK_USE_GUIDELINE || args.some((x) => x.type === 'Starred') || kws.some((k) => k.arg === null);
    if (!exCall) {
      for (const x of args) this.visitExpr(x);
      if (nkw) {
        for (const k of kws) this.visitExpr(k.value);
        if (v === 10) {
          this.loadConst(kwNamesPV(kws));
          this.addop('CALL_FUNCTION_KW', n + nelts + nkw);
          return;
        }
        if (v >= 13) {
          this.loadConst(kwNamesPV(kws));
          this.addop('CALL_KW', n + nelts + nkw);
          return;
        }
        this.kwNames(kws);
      }
      if (v === 10) this.addop('CALL_FUNCTION', n + nelts);
      else this.callOp(n + nelts + nkw);
      return;
    }
    if (n === 0 && nelts === 1 && args[0]!.type === 'Starred') this.visitExpr((args[0] as A.Starred).value);
    else this.starunpackHelper(args, n, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
    if (nkw) {
      let haveDict = false;
      let nseen = 0;
      kws.forEach((k, i) => {
        if (k.arg === null) {
          if (nseen) {
            this.subkwargs(kws, i - nseen, i);
            if (haveDict) this.addop('DICT_MERGE', 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addop('BUILD_MAP', 0);
            haveDict = true;
          }
          this.visitExpr(k.value);
          this.addop('DICT_MERGE', 1);
        } else nseen++;
      });
      if (nseen) {
        this.subkwargs(kws, nkw - nseen, nkw);
        if (haveDict) this.addop('DICT_MERGE', 1);
      }
    }
    this.addop('CALL_FUNCTION_EX', nkw > 0 ? 1 : 0);
  }

  /** compiler_call_helper of 3.8 (BUILD_TUPLE_UNPACK_WITH_CALL / BUILD_MAP_UNPACK_WITH_CALL) */
  private callHelper38(n: number, args: A.Expr[], kws: A.Keyword[]): void {
    const mustDictUnpack = kws.some((k) => k.arg === null);
    let nsubargs = 0;
    let nsubkwargs = 0;
    let nseen = n;
    for (const x of args) {
      if (x.type === 'Starred') {
        if (nseen) {
          this.addop('BUILD_TUPLE', nseen);
          nseen = 0;
          nsubargs++;
        }
        this.visitExpr(x.value);
        nsubargs++;
      } else {
        this.visitExpr(x);
        nseen++;
      }
    }
    if (nsubargs || mustDictUnpack) {
      if (nseen) {
        this.addop('BUILD_TUPLE', nseen);
        nsubargs++;
      }
      if (nsubargs > 1) this.addop('BUILD_TUPLE_UNPACK_WITH_CALL', nsubargs);
      else if (nsubargs === 0) this.addop('BUILD_TUPLE', 0);
      nseen = 0;
      kws.forEach((k, i) => {
        if (k.arg === null) {
          if (nseen) {
            this.subkwargs(kws, i - nseen, i);
            nsubkwargs++;
            nseen = 0;
          }
          this.visitExpr(k.value);
          nsubkwargs++;
        } else nseen++;
      });
      if (nseen) {
        this.subkwargs(kws, kws.length - nseen, kws.length);
        nsubkwargs++;
      }
      if (nsubkwargs > 1) this.addop('BUILD_MAP_UNPACK_WITH_CALL', nsubkwargs);
      this.addop('CALL_FUNCTION_EX', nsubkwargs > 0 ? 1 : 0);
      return;
    }
    if (kws.length) {
      for (const k of kws) this.visitExpr(k.value);
      this.loadConst(kwNamesPV(kws));
      this.addop('CALL_FUNCTION_KW', n + args.length + kws.length);
      return;
    }
    this.addop('CALL_FUNCTION', n + args.length);
  }

  // ---- comprehensions

  /** compiler_comprehension: a nested code object called with the outermost iterator (3.12+: inlined, PEP 709) */
  private compilerComprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const v = this.v;
    const ste = this.st.byNode.get(e)!;
    if (e.generators.some((g) => g.is_async)) throw new StackUnsupported("'async for' in a comprehension", e.lineno);
    const outermost = e.generators[0]!;
    const build = e.type === 'ListComp' ? 'BUILD_LIST' : e.type === 'SetComp' ? 'BUILD_SET' : e.type === 'DictComp' ? 'BUILD_MAP' : null;
    if (v >= 12 && ste.inlined) {
      // PEP 709: the comprehension runs in the enclosing code object
      this.visitExpr(outermost.iter);
      this.addop('GET_ITER');
      const state = this.pushInlinedComprehensionState(ste);
      this.addop(build!, 0);
      this.addop('SWAP', 2);
      this.comprehensionGenerator(e, 0, 0, true);
      this.popInlinedComprehensionState(state);
      return;
    }
    this.enterScope('comprehension', e);
    if (build) this.addop(build, 0);
    this.comprehensionGenerator(e, 0, 0, false);
    if (build) this.addop('RETURN_VALUE');
    else if (v >= 12) this.wrapInStopIterationHandler();
    this.exitScope(true);
    this.makeClosure(e, 0);
    this.visitExpr(outermost.iter);
    this.addop('GET_ITER');
    if (v <= 10) this.addop('CALL_FUNCTION', 1);
    else this.callOp(0);
  }

  /** push_inlined_comprehension_state (3.12+): save the comprehension's locals on the stack */
  private pushInlinedComprehensionState(comp: Ste): { pushed: number; cleanup: Label; end: Label } | null {
    const u = this.u;
    const inClassBlock = u.kind === 'class' && !u.inInlinedComp;
    u.inInlinedComp++;
    let pushed = 0;
    for (const [, flags] of comp.symbols) {
      if ((flags & DEF_LOCAL && !(flags & DEF_NONLOCAL)) || inClassBlock) {
        this.addop('LOAD_FAST_AND_CLEAR');
        pushed++;
      }
    }
    if (!pushed) return null;
    this.addop('SWAP', pushed + 1);
    const cleanup = this.label();
    const end = this.label();
    this.jump('SETUP_FINALLY', cleanup);
    return { pushed, cleanup, end };
  }

  private popInlinedComprehensionState(state: { pushed: number; cleanup: Label; end: Label } | null): void {
    this.u.inInlinedComp--;
    if (!state) return;
    this.addop('POP_BLOCK');
    this.jump(this.JUMP_NI, state.end);
    this.use(state.cleanup);
    this.addop('SWAP', 2);
    this.addop('POP_TOP');
    this.restoreInlinedLocals(state.pushed);
    this.addop('RERAISE', 0);
    this.use(state.end);
    this.restoreInlinedLocals(state.pushed);
  }

  private restoreInlinedLocals(n: number): void {
    this.addop('SWAP', n + 1);
    for (let i = 0; i < n; i++) this.addop('STORE_FAST_MAYBE_NULL');
  }

  /** compiler_sync_comprehension_generator */
  private comprehensionGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, genIndex: number, depth: number, iterOnStack: boolean): void {
    const v = this.v;
    let start: Label | null = this.label();
    const ifCleanup = this.label();
    const anchor = this.label();
    const skip = this.label();
    const gen = e.generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.addop('LOAD_FAST');
      } else {
        // 3.9+ fast path for the temporary-variable idiom `for y in [f(x)]`
        const elts = gen.iter.type === 'List' || gen.iter.type === 'Tuple' ? gen.iter.elts : null;
        if (v >= 10 && elts && elts.length === 1 && elts[0]!.type !== 'Starred') {
          this.visitExpr(elts[0]!);
          start = null;
        } else {
          this.visitExpr(gen.iter);
          this.addop('GET_ITER');
        }
      }
    }
    if (start) {
      depth++;
      this.use(start);
      this.jump('FOR_ITER', anchor);
      if (v <= 10) this.nextBlock();
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) {
      this.jumpIf(cond, ifCleanup, false);
      if (v <= 10) this.nextBlock();
    }
    genIndex++;
    if (genIndex < e.generators.length) this.comprehensionGenerator(e, genIndex, depth, false);
    if (genIndex >= e.generators.length) {
      switch (e.type) {
        case 'GeneratorExp':
          this.visitExpr(e.elt);
          this.addop('YIELD_VALUE');
          if (v >= 11) this.addop('RESUME', 1);
          this.addop('POP_TOP');
          break;
        case 'ListComp':
          this.visitExpr(e.elt);
          this.addop('LIST_APPEND', depth + 1);
          break;
        case 'SetComp':
          this.visitExpr(e.elt);
          this.addop('SET_ADD', depth + 1);
          break;
        case 'DictComp':
          this.visitExpr(e.key);
          this.visitExpr(e.value);
          this.addop('MAP_ADD', depth + 1);
          break;
      }
      if (v <= 10) this.use(skip);
    }
    this.use(ifCleanup);
    if (start) {
      this.jump(this.JUMP_BACK, start);
      this.use(anchor);
      if (v >= 12) this.addop('END_FOR');
      if (v >= 13) this.addop('POP_TOP');
    }
  }
}

function isTwoElementSlice(s: A.Expr): boolean {
  return s.type === 'Slice' && s.step === null;
}

// =====================================================================================
// Public API
// =====================================================================================


/** What the compilation of a module gives per code object (by original AST node). */
interface Compiled {
  /** co_stacksize */
  sizes: Map<A.Node, number>;
  /** 3.11+: an upper bound of len(co_code) // 2 (codeUnitsOf) */
  units: Map<A.Node, number>;
}

/** Every code object of `mod` compiled by CPython 3.`version`. */
function compileModule(mod: A.Module, version: StackVersion): Compiled {
  const future = hasFutureAnnotations(mod);
  const opt = new AstOptimizer(version, future);
  const om = opt.module(mod);
  const st = new SymtableBuilder(om, version, future);
  const cg = new Codegen(version, st, future);
  cg.compileModule(om);
  let names = NAMES.get(mod);
  if (!names) NAMES.set(mod, (names = new Map()));
  const toOrig = new Map<A.Node, A.Node>();
  for (const [orig, n] of opt.toNew) toOrig.set(n, orig);
  toOrig.set(om, mod);
  for (const c of cg.codeNames) c.node = toOrig.get(c.node) ?? c.node;
  names.set(version, cg.codeNames);
  const out: Compiled = { sizes: new Map(), units: new Map() };
  for (const [orig, n] of opt.toNew) {
    const sizes = cg.sizes.get(n);
    if (sizes) out.sizes.set(orig, Math.max(...sizes));
    const units = cg.codeUnits.get(n);
    if (units !== undefined) out.units.set(orig, units);
  }
  return out;
}

/** module -> version -> the names of its code objects (see CodeNames) */
const NAMES = new WeakMap<A.Module, Map<StackVersion, CodeNames[]>>();

/** module -> version -> results; code node -> the module it was analyzed with */
const BY_MODULE = new WeakMap<A.Module, Map<StackVersion, Compiled>>();
const MODULE_OF = new WeakMap<A.Node, A.Module>();
const STANDALONE = new WeakMap<A.Node, Map<StackVersion, Compiled>>();

function analyzed(mod: A.Module, version: StackVersion): Compiled {
  let perVersion = BY_MODULE.get(mod);
  if (!perVersion) {
    perVersion = new Map();
    BY_MODULE.set(mod, perVersion);
  }
  let res = perVersion.get(version);
  if (!res) {
    res = compileModule(mod, version);
    perVersion.set(version, res);
    for (const node of res.sizes.keys()) MODULE_OF.set(node, mod);
  }
  return res;
}

function standalone(node: Exclude<CodeNode, A.Module>, version: StackVersion): Compiled {
  let perVersion = STANDALONE.get(node);
  if (!perVersion) {
    perVersion = new Map();
    STANDALONE.set(node, perVersion);
  }
  let res = perVersion.get(version);
  if (!res) {
    const at: A.Pos = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
    const stmt: A.Stmt = node.type === 'FunctionDef' || node.type === 'ClassDef' ? node : { type: 'Expr', value: node, ...at };
    res = compileModule({ type: 'Module', body: [stmt] }, version);
    perVersion.set(version, res);
  }
  return res;
}

/** The names every code object CPython 3.`version` compiles for `mod` holds (see CodeNames). */
export function codeNames(mod: A.Module, version: StackVersion): CodeNames[] {
  analyzed(mod, version);
  return NAMES.get(mod)?.get(version) ?? [];
}

/** A construct the stack-depth compiler does not know (the async family): the whole module's
 * analysis fails, so the run stops — naming this construct and its line, as the code generator
 * would when it reached it. */
export class StackUnsupported extends Error {
  constructor(readonly construct: string, readonly line: number) {
    super(`stackdepth: ${construct} is not supported`);
  }
}

const UNSUPPORTED_NAMES: Record<string, string> = {
  AsyncFunctionDef: "'async def'",
  AsyncFor: "'async for'",
  AsyncWith: "'async with'",
};

function compiledFor(node: CodeNode, version: StackVersion, module?: A.Module): Compiled {
  if (node.type === 'Module') return analyzed(node, version);
  const mod = module ?? MODULE_OF.get(node);
  return mod ? analyzed(mod, version) : standalone(node, version);
}

/**
 * co_stacksize of the code object whose body is `node`: a Module, FunctionDef/Lambda, ClassDef
 * body, or a comprehension/generator expression (the separate code object comprehensions get
 * before 3.12; from 3.12 list/set/dict comprehensions are inlined into their parent, PEP 709,
 * and have no code object of their own: asking for one throws a RangeError).
 *
 * The whole module is compiled (as CPython does) and cached. A nested node's result depends on
 * its enclosing scopes (closures, `super()`), so pass the module it belongs to as `module`, or
 * ask for the module first; a nested node never seen with its module is compiled as if it were
 * at the top level of a module of its own.
 */
export function stackSize(node: CodeNode, version: StackVersion, module?: A.Module): number {
  const size = compiledFor(node, version, module).sizes.get(node);
  if (size !== undefined) return size;
  if (version >= 12 && (node.type === 'ListComp' || node.type === 'SetComp' || node.type === 'DictComp')) {
    throw new RangeError(`stackSize: a ${node.type} has no code object of its own in 3.${version} (PEP 709 inlines it)`);
  }
  throw new RangeError(`stackSize: the ${node.type} at line ${'lineno' in node ? node.lineno : 1} is not compiled in 3.${version}${module ? '' : ' (pass its module)'}`);
}

/**
 * 3.11+: an upper bound of the code units (len(co_code) // 2, inline caches included) of the code
 * object whose body is `node` — every instruction the compiler emits for it before the CFG
 * optimizer removes some, plus the prefix the assembler inserts (RESUME, MAKE_CELL,
 * COPY_FREE_VARS, RETURN_GENERATOR/POP_TOP) and the exit blocks it copies (at most 4 instructions
 * per jump). An exception handler that preserves the offset of the instruction that raised
 * (`lasti`) pushes it as an int object, which is allocated unless it is a cached small int
 * (<= 256): a code object whose bound is at most 256 never allocates one. `null` before 3.11 or
 * for a code object not compiled (a 3.12+ inlined comprehension).
 */
export function codeUnitsBound(node: CodeNode, version: StackVersion, module?: A.Module): number | null {
  if (version < 11) return null;
  const c = compiledFor(node, version, module);
  return c.units.get(node) ?? null;
}
