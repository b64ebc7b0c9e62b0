// The SyntaxErrors CPython only finds after parsing: first the symbol table pass (Python/symtable.c:
// duplicate parameters, global/nonlocal misuse, yield in comprehensions...), then the compiler
// (Python/compile.c: 'return'/'yield'/'await' outside functions, 'break'/'continue' outside loops,
// misplaced starred expressions, repeated keyword arguments...). Each pass walks the module the way
// CPython's does, so the first error reported is the one CPython reports.

import type * as A from './ast';
import type { PySyntaxError } from './errors';
import type { VersionNum } from './version';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../util/repr';

const STAR_UNWIND = "'break', 'continue' and 'return' cannot appear in an except* block";

export interface ErrorSink {
  errorAt(a: Loc, msg: string, end?: Loc): PySyntaxError;
  makeError(kind: 'SyntaxError', msg: string, lineno: number, offset: number, endLineno: number, endOffset: number, rawText?: string | null): PySyntaxError;
  cpCol(lineno: number, col: number): number;
}

interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

type Expr = A.Expr;
type Stmt = A.Stmt;

export function validateModule(mod: A.Module, sink: ErrorSink, v: VersionNum): void {
  const futureLine = futureParse(mod, sink, v);
  new SymtableCheck(sink, v, v >= 310 && hasFutureAnnotations(mod)).module(mod);
  new CompileCheck(sink, v, futureLine).module(mod);
}

/** `from __future__ import annotations` among the module's leading future imports (future.c:
 * after an optional docstring, the `from __future__` statements at the top). */
export function hasFutureAnnotations(mod: A.Module): boolean {
  let i = 0;
  const first = mod.body[0];
  if (first?.type === 'Expr' && first.value.type === 'Constant' && first.value.value.k === 'str') i = 1;
  for (; i < mod.body.length; i++) {
    const s = mod.body[i];
    if (s.type !== 'ImportFrom' || s.module !== '__future__' || s.level !== 0) break;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** Python/future.c future_parse(): returns the line of the last valid future import (0: none). */
function futureParse(mod: A.Module, sink: ErrorSink, v: VersionNum): number {
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.k === 'str') i++;
  let done = false;
  let prevLine = 0;
  let ffLine = 0;
  const at = (s: Stmt, off: number, msg: string): never => {
    throw sink.makeError('SyntaxError', msg, s.lineno, off, s.lineno, -1);
  };
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) return ffLine;
    prevLine = s.lineno;
    if (s.type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        const col = sink.cpCol(s.lineno, s.col_offset);
        at(s, v >= 312 ? col + 1 : Math.max(col, 1), 'from __future__ imports must occur at the beginning of the file');
      }
      for (const a of s.names) {
        if (FUTURE_FEATURES.has(a.name)) continue;
        const off = sink.cpCol(s.lineno, s.col_offset) + 1;
        at(s, off, a.name === 'braces' ? 'not a chance' : `future feature ${a.name} is not defined`);
      }
      ffLine = s.lineno;
    } else {
      done = true;
    }
  }
  return ffLine;
}

// ====================================================================== symbol table

const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_ANNOT = 32;
const DEF_IMPORT = 64;
const DEF_COMP_ITER = 128;

type BlockKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';

interface Block {
  kind: BlockKind;
  /** 'list' | 'set' | 'dict' | 'generator' for comprehensions. */
  comp: string | null;
  parent: Block | null;
  symbols: Map<string, number>;
  /** nonlocal statements, for the analysis pass ("no binding for nonlocal"). */
  directives: Map<string, Loc>;
  children: Block[];
  /** The def/class/lambda node (3.8 reports some errors at the block's own location). */
  loc: Loc;
  compIterExpr: number;
}

class SymtableCheck {
  private cur!: Block;
  private top!: Block;

  /** 3.10+ under `from __future__ import annotations`: annotations are visited in blocks of their
   * own (AnnotationBlock), where `:=`, `yield` and `await` are errors; the block visiting one. */
  private annBlock: Block | null = null;

  constructor(private readonly sink: ErrorSink, private readonly v: VersionNum, private readonly future563 = false) {}

  private err(loc: Loc, msg: string): never {
    throw this.sink.errorAt(loc, msg);
  }

  /** symtable_raise_if_annotation_block */
  private notInAnnotation(e: Expr, what: string): void {
    if (this.annBlock !== null && this.cur === this.annBlock) {
      this.err(e, this.v >= 312 ? `${what} cannot be used within an annotation` : `'${what}' can not be used within an annotation`);
    }
  }

  private annotation(e: Expr): void {
    if (!this.future563) return this.expr(e);
    const saved = this.annBlock;
    this.annBlock = this.cur;
    try {
      this.expr(e);
    } finally {
      this.annBlock = saved;
    }
  }

  /** 3.8 reports duplicate arguments and `import *` at the enclosing block (PyErr_SyntaxLocationObject). */
  private errAtBlock(loc: Loc, msg: string): never {
    if (this.v >= 310) this.err(loc, msg);
    const b = this.cur.loc;
    throw this.sink.makeError('SyntaxError', msg, b.lineno, this.sink.cpCol(b.lineno, b.col_offset) + 1, b.lineno, -1);
  }

  private enter(kind: BlockKind, loc: Loc, comp: string | null = null): Block {
    const b: Block = { kind, comp, parent: this.cur ?? null, symbols: new Map(), directives: new Map(), children: [], loc, compIterExpr: 0 };
    if (this.cur) this.cur.children.push(b);
    this.cur = b;
    return b;
  }

  private exit(): void {
    this.cur = this.cur.parent!;
  }

  private addDef(name: string, flag: number, loc: Loc, block: Block = this.cur): void {
    const val = block.symbols.get(name) ?? 0;
    if ((flag & DEF_PARAM) && (val & DEF_PARAM)) {
      this.errAtBlock(loc, `duplicate argument '${name}' in function definition`);
    }
    block.symbols.set(name, val | flag);
  }

  module(mod: A.Module): void {
    const loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
    this.top = this.enter('module', loc);
    for (const s of mod.body) this.stmt(s);
    this.analyze(this.top, null);
  }

  // ---------------------------------------------------------------- analysis (analyze_name)

  /** analyze_block(): `bound` holds the names bound in enclosing function scopes (null: module). */
  private analyze(b: Block, bound: Set<string> | null): void {
    for (const [name, flags] of b.symbols) {
      if (flags & DEF_NONLOCAL) {
        const loc = b.directives.get(name)!;
        if (!bound) this.err(loc, 'nonlocal declaration not allowed at module level');
        if (!bound.has(name)) this.err(loc, `no binding for nonlocal '${name}' found`);
      }
    }
    let childBound: Set<string>;
    if (b.kind === 'module') childBound = new Set();
    else if (b.kind === 'class') {
      // methods see the implicit __class__ cell (and __classdict__ from 3.12)
      childBound = new Set(bound ?? []);
      childBound.add('__class__');
      if (this.v >= 312) childBound.add('__classdict__');
    }
    else {
      childBound = new Set(bound ?? []);
      for (const [name, flags] of b.symbols) {
        if (flags & DEF_GLOBAL) childBound.delete(name);
        else if (flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT | DEF_NONLOCAL | DEF_COMP_ITER)) childBound.add(name);
      }
    }
    for (const c of b.children) this.analyze(c, childBound);
  }

  // ---------------------------------------------------------------- statements

  private stmts(ss: Stmt[]): void { for (const s of ss) this.stmt(s); }

  private stmt(s: Stmt): void {
    switch (s.type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter('function', s);
        this.arguments(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter('class', s);
        this.stmts(s.body);
        this.exit();
        break;
      case 'Return': if (s.value) this.expr(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'AnnAssign': {
        const t = s.target;
        if (t.type === 'Name') {
          const cur = this.cur.symbols.get(t.id) ?? 0;
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur !== this.top && s.simple) {
            this.err(s, cur & DEF_GLOBAL ? `annotated name '${t.id}' can't be global` : `annotated name '${t.id}' can't be nonlocal`);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.expr(t);
        }
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'For': case 'AsyncFor': this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'While': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'Match':
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard) this.expr(m.guard);
          this.stmts(m.body);
        }
        break;
      case 'Raise': if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.htype) this.expr(h.htype);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.errAtBlock(a, 'import * only allowed at module level');
            continue;
          }
          const store = a.asname ?? a.name.split('.')[0]!;
          this.addDef(store, DEF_IMPORT, a);
        }
        break;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s.type === 'Global';
        for (const name of s.names) {
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const kw = isGlobal ? 'global' : 'nonlocal';
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            this.err(s, msg);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!isGlobal && !this.cur.directives.has(name)) this.cur.directives.set(name, s);
        }
        break;
      }
      case 'Expr': this.expr(s.value); break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      default: break;
    }
  }

  /** symtable_visit_pattern: captured names are local bindings. */
  private pattern(p: A.Pattern): void {
    switch (p.type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const x of p.patterns) this.pattern(x); break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr': for (const x of p.patterns) this.pattern(x); break;
    }
  }

  private annotations(args: A.Arguments, returns: Expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) this.annotation(a.annotation);
    if (args.vararg?.annotation) this.annotation(args.vararg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.annotation(a.annotation);
    if (args.kwarg?.annotation) this.annotation(args.kwarg.annotation);
    if (returns) this.annotation(returns);
  }

  private arguments(args: A.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
    if (args.kwarg) this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
  }

  // ---------------------------------------------------------------- expressions

  private exprs(es: Expr[]): void { for (const e of es) this.expr(e); }

  private expr(e: Expr): void {
    switch (e.type) {
      case 'BoolOp': this.exprs(e.values); break;
      case 'NamedExpr': {
        this.notInAnnotation(e, 'named expression');
        if (this.cur.compIterExpr > 0) this.err(e, 'assignment expression cannot be used in a comprehension iterable expression');
        if (this.cur.kind === 'comprehension') this.extendNamedExprScope(e.target);
        this.expr(e.value);
        this.expr(e.target);
        break;
      }
      case 'BinOp': {
        // long `a + b + c + ...` chains are left-deep: walk the spine without recursing
        const spine: A.BinOp[] = [];
        let n: Expr = e;
        while (n.type === 'BinOp') { spine.push(n); n = n.left; }
        this.expr(n);
        for (let i = spine.length - 1; i >= 0; i--) this.expr(spine[i]!.right);
        break;
      }
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda':
        this.exprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.enter('lambda', e);
        this.arguments(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict':
        for (let i = 0; i < e.values.length; i++) {
          const k = e.keys[i];
          if (k) this.expr(k);
          this.expr(e.values[i]!);
        }
        break;
      case 'Set': this.exprs(e.elts); break;
      case 'GeneratorExp': this.comprehension(e, e.generators, [e.elt], 'generator'); break;
      case 'ListComp': this.comprehension(e, e.generators, [e.elt], 'list'); break;
      case 'SetComp': this.comprehension(e, e.generators, [e.elt], 'set'); break;
      case 'DictComp': this.comprehension(e, e.generators, [e.key, e.value], 'dict'); break;
      case 'Yield': case 'YieldFrom': {
        this.notInAnnotation(e, 'yield expression');
        if (e.value) this.expr(e.value);
        if (this.cur.kind === 'comprehension') {
          const c = this.cur.comp;
          this.errAtBlock(e, c === 'generator' ? "'yield' inside generator expression" : `'yield' inside ${c} comprehension`);
        }
        break;
      }
      case 'Await': this.notInAnnotation(e, 'await expression'); this.expr(e.value); break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue': this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'Slice': if (e.lower) this.expr(e.lower); if (e.upper) this.expr(e.upper); if (e.step) this.expr(e.step); break;
      case 'Name': this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e); break;
      case 'List': case 'Tuple': this.exprs(e.elts); break;
      default: break;
    }
  }

  private comprehension(e: Expr, gens: A.Comprehension[], elts: Expr[], kind: string): void {
    const outermost = gens[0]!;
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter('comprehension', e, kind);
    this.addDef('.0', DEF_PARAM, e);
    this.compTarget(outermost.target);
    this.exprs(outermost.ifs);
    for (let i = 1; i < gens.length; i++) {
      const g = gens[i]!;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.compTarget(g.target);
      this.exprs(g.ifs);
    }
    for (const x of elts) this.expr(x);
    this.exit();
  }

  private compTarget(t: Expr): void {
    if (t.type === 'Name') {
      this.addDef(t.id, DEF_LOCAL | DEF_COMP_ITER, t);
      return;
    }
    this.expr(t);
  }

  /** symtable_extend_namedexpr_scope */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let b: Block | null = this.cur; b; b = b.parent) {
      if (b.kind === 'comprehension') {
        const f = b.symbols.get(name) ?? 0;
        if (f & DEF_COMP_ITER) this.errAtBlock(target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
        continue;
      }
      if (b.kind === 'function' || b.kind === 'lambda' || b.kind === 'module') {
        b.symbols.set(name, (b.symbols.get(name) ?? 0) | DEF_LOCAL);
        return;
      }
      if (b.kind === 'class') this.err(target, 'assignment expression within a comprehension cannot be used in a class body');
    }
  }
}

// ====================================================================== compiler

interface Unit {
  kind: 'module' | 'function' | 'async' | 'class' | 'lambda' | 'comprehension';
  /** Enclosing loops in this code unit. */
  loops: number;
  /** The loop count at each enclosing except* handler body (3.11+'s EXCEPTION_GROUP_HANDLER
   * fblock, which break/continue/return may not unwind through). */
  starAt?: number[];
  /** An async function that contains `yield` ('return' with a value is then an error). */
  asyncGen?: boolean;
}

class CompileCheck {
  private unit: Unit = { kind: 'module', loops: 0 };
  /**
   * 3.8's compiler_error() reports c->u->u_lineno/u_col_offset: the statement (or expression)
   * being compiled most recently, not the node at fault.
   */
  private cur: Loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

  constructor(private readonly sink: ErrorSink, private readonly v: VersionNum, private readonly futureLine: number) {}

  private err(loc: Loc, msg: string): never {
    if (this.v < 309) {
      const c = this.cur;
      throw this.sink.makeError('SyntaxError', msg, c.lineno, this.sink.cpCol(c.lineno, c.col_offset) + 1, c.lineno, -1);
    }
    throw this.sink.errorAt(loc, msg);
  }

  /** `cannot assign to __debug__` (compile.c forbidden_name; 3.8 finds it in ast.c, at the node). */
  private forbidden(name: string, loc: Loc): void {
    if (name === '__debug__') throw this.sink.errorAt(loc, 'cannot assign to __debug__');
  }

  module(mod: A.Module): void {
    this.stmts(mod.body);
  }

  private inUnit(kind: Unit['kind'], fn: () => void): void {
    const save = this.unit;
    this.unit = { kind, loops: 0 };
    try { fn(); } finally { this.unit = save; }
  }

  private isFunctionLike(): boolean {
    const k = this.unit.kind;
    return k === 'function' || k === 'async' || k === 'lambda' || k === 'comprehension';
  }

  private stmts(ss: Stmt[]): void { for (const s of ss) this.stmt(s); }

  /** break/continue unwind to the innermost loop: an except* handler body in between is an error. */
  private noStarUnwind(s: Stmt): void {
    const st = this.unit.starAt;
    if (st && st.length > 0 && st[st.length - 1] === this.unit.loops) this.err(s, STAR_UNWIND);
  }

  private checkArgs(args: A.Arguments, owner: Loc): void {
    for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
      // 3.10/3.11 point at the def, 3.8 and 3.12+ at the parameter
      this.forbidden(a.arg, this.v >= 312 || this.v < 309 ? a : owner);
    }
  }

  private stmt(s: Stmt): void {
    this.cur = s;
    switch (s.type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.checkArgs(s.args, s);
        this.exprs(s.decorator_list);
        this.exprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.inUnit(s.type === 'AsyncFunctionDef' ? 'async' : 'function', () => {
          if (s.type === 'AsyncFunctionDef') this.unit.asyncGen = containsYield(s.body);
          this.stmts(s.body);
        });
        break;
      case 'ClassDef':
        this.exprs(s.decorator_list);
        this.elts(s.bases);
        this.keywords(s.keywords);
        for (const k of s.keywords) this.expr(k.value);
        this.inUnit('class', () => this.stmts(s.body));
        break;
      case 'Return':
        if (!this.isFunctionLike()) this.err(s, "'return' outside function");
        if (s.value && this.unit.asyncGen) this.err(s, "'return' with value in async generator");
        if (s.value) this.expr(s.value);
        // compiler_unwind_fblock_stack: the error at the constant returned on the statement's
        // line (its NOP's location), else at the statement
        if (this.unit.starAt && this.unit.starAt.length > 0) {
          const at = s.value && s.value.type === 'Constant' && s.value.lineno === s.lineno ? s.value : s;
          this.err(at, STAR_UNWIND);
        }
        break;
      case 'Delete': for (const t of s.targets) this.target(t); break;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        break;
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        this.target(s.target);
        break;
      case 'For': case 'AsyncFor':
        if (s.type === 'AsyncFor' && this.unit.kind !== 'async') this.err(s, "'async for' outside async function");
        this.expr(s.iter);
        this.target(s.target);
        this.unit.loops++;
        this.stmts(s.body);
        this.unit.loops--;
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.unit.loops++;
        this.stmts(s.body);
        this.unit.loops--;
        this.stmts(s.orelse);
        break;
      case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'With': case 'AsyncWith':
        if (s.type === 'AsyncWith' && this.unit.kind !== 'async') this.err(s, "'async with' outside async function");
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.target(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Match': this.match(s); break;
      case 'Raise': if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        s.handlers.forEach((h, i) => {
          if (!h.htype && i < s.handlers.length - 1) this.err(h, "default 'except:' must be last");
          this.cur = h;
          if (h.htype) this.expr(h.htype);
          if (s.type === 'TryStar') (this.unit.starAt ??= []).push(this.unit.loops);
          this.stmts(h.body);
          if (s.type === 'TryStar') this.unit.starAt!.pop();
        });
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case 'ImportFrom':
        if (s.module === '__future__' && s.lineno > this.futureLine) this.err(s, 'from __future__ imports must occur at the beginning of the file');
        break;
      case 'Expr': this.expr(s.value); break;
      case 'Break':
        this.noStarUnwind(s);
        if (this.unit.loops === 0) this.err(s, "'break' outside loop");
        break;
      case 'Continue':
        this.noStarUnwind(s);
        if (this.unit.loops === 0) this.err(s, "'continue' not properly in loop");
        break;
      default: break;
    }
  }

  // ---------------------------------------------------------------- match (compiler_match)

  /**
   * 3.10/3.11 report a pattern error at the compiler's current location: the pattern most
   * recently entered (compiler_pattern's SET_LOC), which after a sub-pattern is the last pattern
   * compiled inside it. 3.12+ pass each error the location of the pattern at fault.
   */
  private ploc: Loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

  private perr(at: Loc, msg: string): never {
    throw this.sink.errorAt(this.v >= 312 ? at : this.ploc, msg);
  }

  private match(s: A.Match): void {
    this.expr(s.subject);
    const cases = s.cases;
    const hasDefault = isWildcard(cases[cases.length - 1]!.pattern) && cases.length > 1;
    for (let i = 0; i < cases.length - (hasDefault ? 1 : 0); i++) {
      const m = cases[i]!;
      this.ploc = m.pattern;
      // irrefutable cases must be either guarded, last, or both
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1 };
      this.pattern(m.pattern, pc);
      if (m.guard) this.expr(m.guard);
      this.stmts(m.body);
    }
    if (hasDefault) {
      const m = cases[cases.length - 1]!;
      if (m.guard) this.expr(m.guard);
      this.stmts(m.body);
    }
  }

  /** pattern_helper_store_name */
  private storeName(name: string | null, at: Loc, pc: PatternContext): void {
    if (name === null) return;
    if (name === '__debug__') this.perr(at, 'cannot assign to __debug__');
    if (pc.stores.includes(name)) this.perr(at, `multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }

  /** compiler_pattern_subpattern: irrefutable sub-patterns are fine. */
  private subpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private pattern(p: A.Pattern, pc: PatternContext): void {
    this.ploc = p;
    switch (p.type) {
      case 'MatchValue': {
        const v = p.value;
        if (v.type !== 'Attribute' && foldPatternConst(v) === null) this.perr(p, 'patterns may only match literals and attribute lookups');
        this.expr(v);
        break;
      }
      case 'MatchSingleton':
        break;
      case 'MatchSequence': {
        const pats = p.patterns;
        let star = -1;
        let onlyWildcard = true;
        let starWildcard = false;
        pats.forEach((x, i) => {
          if (x.type === 'MatchStar') {
            if (star >= 0) this.perr(p, 'multiple starred names in sequence pattern');
            starWildcard = x.name === null;
            onlyWildcard = onlyWildcard && starWildcard;
            star = i;
            return;
          }
          onlyWildcard = onlyWildcard && isWildcard(x);
        });
        if (onlyWildcard) break;
        // pattern_helper_sequence_subscr skips the wildcards; unpacking matches every item
        for (let i = 0; i < pats.length; i++) {
          if (starWildcard && (i === star || isWildcard(pats[i]!))) continue;
          this.subpattern(pats[i]!, pc);
        }
        break;
      }
      case 'MatchMapping': {
        if (p.keys.length === 0 && p.rest === null) break;
        const seen: PatternConst[] = [];
        for (const key of p.keys) {
          const c = key.type === 'Attribute' ? null : foldPatternConst(key);
          if (c !== null) {
            if (seen.some((x) => constEq(x, c))) this.perr(p, `mapping pattern checks duplicate key (${constRepr(c)})`);
            seen.push(c);
          } else if (key.type !== 'Attribute') {
            this.perr(p, 'mapping pattern keys may only match literals and attribute lookups');
          }
          this.expr(key);
        }
        // 3.10 skips the wildcard values; 3.11+ unpack and match them all
        for (const x of p.patterns) if (this.v >= 311 || !isWildcard(x)) this.subpattern(x, pc);
        this.storeName(p.rest, p, pc);
        break;
      }
      case 'MatchClass': {
        const attrs = p.kwd_attrs;
        if (attrs.length) {
          // validate_kwd_attrs: errors point at the keyword's pattern
          for (let i = 0; i < attrs.length; i++) {
            const at = p.kwd_patterns[i]!;
            this.ploc = at;
            if (attrs[i] === '__debug__') this.perr(at, 'cannot assign to __debug__');
            for (let j = i + 1; j < attrs.length; j++) {
              if (attrs[i] === attrs[j]) {
                this.ploc = p.kwd_patterns[j]!;
                this.perr(p.kwd_patterns[j]!, `attribute name repeated in class pattern: ${attrs[i]!}`);
              }
            }
          }
          this.ploc = p;
        }
        this.expr(p.cls);
        for (const x of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(x)) this.subpattern(x, pc);
        break;
      }
      case 'MatchStar':
        this.storeName(p.name, p, pc);
        break;
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            this.perr(p, p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
          }
          this.storeName(p.name, p, pc);
          break;
        }
        this.pattern(p.pattern, pc);
        this.storeName(p.name, p, pc);
        break;
      case 'MatchOr': {
        const outer = pc.stores;
        const allow = pc.allowIrrefutable;
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          this.ploc = alt;
          pc.stores = [];
          // an irrefutable alternative must be last, if it is allowed at all
          pc.allowIrrefutable = i === p.patterns.length - 1 && allow;
          this.pattern(alt, pc);
          if (control === null) control = pc.stores;
          else if (pc.stores.length !== control.length || control.some((n) => !pc.stores.includes(n))) {
            this.perr(p, 'alternative patterns bind different names');
          }
        });
        pc.stores = outer;
        pc.allowIrrefutable = allow;
        for (const name of control as string[] | null ?? []) {
          if (pc.stores.includes(name)) this.perr(p, `multiple assignments to name '${name}' in pattern`);
          pc.stores.push(name);
        }
        break;
      }
    }
  }

  /** Assignment/deletion targets: starred targets only inside a list or tuple. */
  private target(t: Expr): void {
    switch (t.type) {
      case 'Name': this.forbidden(t.id, t); break;
      case 'Starred':
        this.err(t, 'starred assignment target must be in a list or tuple');
        break;
      case 'List': case 'Tuple': {
        let starred = 0;
        for (const e of t.elts) if (e.type === 'Starred') starred++;
        if (starred > 1) this.err(t, this.v < 309 ? 'two starred expressions in assignment' : 'multiple starred expressions in assignment');
        for (const e of t.elts) this.target(e.type === 'Starred' ? e.value : e);
        break;
      }
      case 'Attribute': this.expr(t.value); break;
      case 'Subscript': this.expr(t.value); this.expr(t.slice); break;
      default: break;
    }
  }

  private keywords(kws: A.Keyword[]): void {
    if (this.v < 309) return; // 3.8 checks this in ast.c (parser.ts)
    const seen = new Set<string>();
    for (const k of kws) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) this.err(k, `keyword argument repeated: ${k.arg}`);
      seen.add(k.arg);
    }
  }

  private exprs(es: Expr[]): void { for (const e of es) this.expr(e); }

  /** Starred is only legal as an element of a display / call argument (handled by the callers). */
  private elts(es: Expr[]): void {
    for (const e of es) this.expr(e.type === 'Starred' ? e.value : e);
  }

  private expr(e: Expr): void {
    const save = this.cur;
    this.cur = e;
    this.expr1(e);
    this.cur = save;
  }

  private expr1(e: Expr): void {
    switch (e.type) {
      case 'BoolOp': this.exprs(e.values); break;
      case 'NamedExpr': this.expr(e.value); break;
      case 'BinOp': {
        const spine: A.BinOp[] = [];
        let n: Expr = e;
        while (n.type === 'BinOp') { spine.push(n); n = n.left; }
        this.expr(n);
        for (let i = spine.length - 1; i >= 0; i--) this.expr(spine[i]!.right);
        break;
      }
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda':
        this.checkArgs(e.args, e);
        this.exprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.inUnit('lambda', () => this.expr(e.body));
        break;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict':
        for (let i = 0; i < e.values.length; i++) {
          const k = e.keys[i];
          if (k) this.expr(k);
          this.expr(e.values[i]!);
        }
        break;
      case 'Set': this.elts(e.elts); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': {
        const gens = e.generators;
        const isAsync = gens.some((g) => g.is_async) || compAwaits(e);
        if (isAsync && this.unit.kind !== 'async' && this.unit.kind !== 'comprehension' && e.type !== 'GeneratorExp') {
          // 3.8 reports it from inside the comprehension's fresh code unit: line 0
          if (this.v < 309) throw this.sink.makeError('SyntaxError', 'asynchronous comprehension outside of an asynchronous function', 0, 1, 0, -1, null);
          this.err(e, 'asynchronous comprehension outside of an asynchronous function');
        }
        this.expr(gens[0]!.iter);
        const body = (): void => {
          gens.forEach((g, i) => {
            if (i > 0) this.expr(g.iter);
            this.target(g.target);
            this.exprs(g.ifs);
          });
          if (e.type === 'DictComp') { this.expr(e.key); this.expr(e.value); } else this.expr(e.elt);
        };
        const save = this.unit;
        // a comprehension is its own unit; awaits in it make it asynchronous (checked above)
        this.unit = { kind: 'comprehension', loops: 0 };
        try { body(); } finally { this.unit = save; }
        break;
      }
      case 'Await':
        if (this.unit.kind !== 'comprehension') {
          if (!this.isFunctionLike()) this.err(e, "'await' outside function");
          if (this.unit.kind !== 'async') this.err(e, "'await' outside async function");
        }
        this.expr(e.value);
        break;
      case 'Yield': case 'YieldFrom':
        if (!this.isFunctionLike()) this.err(e, e.type === 'YieldFrom' && this.v >= 313 ? "'yield from' outside function" : "'yield' outside function");
        if (e.type === 'YieldFrom' && this.unit.kind === 'async') this.err(e, "'yield from' inside async function");
        if (e.value) this.expr(e.value);
        break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'Call':
        this.expr(e.func);
        for (const k of e.keywords) if (k.arg) this.forbidden(k.arg, k);
        this.keywords(e.keywords);
        this.elts(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue': this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript':
        this.expr(e.value);
        if (e.slice.type === 'Tuple') this.elts(e.slice.elts); else this.expr(e.slice);
        break;
      case 'Starred':
        if (e.ctx === 'Store') this.err(e, 'starred assignment target must be in a list or tuple');
        this.err(e, "can't use starred expression here");
        break;
      case 'List': case 'Tuple': this.elts(e.elts); break;
      case 'Slice': if (e.lower) this.expr(e.lower); if (e.upper) this.expr(e.upper); if (e.step) this.expr(e.step); break;
      default: break;
    }
  }
}

// ====================================================================== pattern constants

interface PatternContext {
  /** Names captured so far (pc->stores). */
  stores: string[];
  allowIrrefutable: boolean;
}

/** WILDCARD_CHECK: a bare `_`. */
function isWildcard(p: A.Pattern): boolean {
  return p.type === 'MatchAs' && p.name === null && p.pattern === null;
}

/** A literal pattern value after the AST optimizer folded it. */
type PatternConst =
  | { t: 'None' } | { t: 'bool'; v: boolean } | { t: 'int'; v: bigint } | { t: 'float'; v: number }
  | { t: 'complex'; re: number; im: number } | { t: 'str'; v: string } | { t: 'bytes'; v: string };

function constOf(c: A.ConstValue): PatternConst | null {
  switch (c.k) {
    case 'None': return { t: 'None' };
    case 'bool': return { t: 'bool', v: c.v };
    case 'int': return { t: 'int', v: c.v };
    case 'float': return { t: 'float', v: c.v };
    case 'complex': return { t: 'complex', re: 0, im: c.imag };
    case 'str': return { t: 'str', v: c.v };
    case 'bytes': return { t: 'bytes', v: c.v };
    default: return null;
  }
}

/** PyLong_AsDouble: null when the int is too large (OverflowError, and ast_opt leaves the node). */
function intToDouble(v: bigint): number | null {
  const d = Number(v);
  return Number.isFinite(d) ? d : null;
}

/**
 * What ast_opt.c makes of a pattern's literal (a number, `-number`, `real +/- imag`, strings):
 * the constant, or null when it stays an expression (an f-string, or an int too large for
 * float arithmetic in a complex literal).
 */
function foldPatternConst(e: Expr): PatternConst | null {
  if (e.type === 'Constant') return constOf(e.value);
  if (e.type === 'UnaryOp' && e.op === 'USub') {
    const c = foldPatternConst(e.operand);
    if (c === null) return null;
    if (c.t === 'int') return { t: 'int', v: -c.v };
    if (c.t === 'float') return { t: 'float', v: -c.v };
    if (c.t === 'complex') return { t: 'complex', re: -c.re, im: -c.im };
    return null;
  }
  if (e.type === 'BinOp' && (e.op === 'Add' || e.op === 'Sub')) {
    const a = foldPatternConst(e.left);
    const b = foldPatternConst(e.right);
    if (a === null || b === null || b.t !== 'complex') return null;
    const re = a.t === 'int' ? intToDouble(a.v) : a.t === 'float' ? a.v : null;
    if (re === null) return null;
    return e.op === 'Add' ? { t: 'complex', re: re + b.re, im: 0 + b.im } : { t: 'complex', re: re - b.re, im: 0 - b.im };
  }
  return null;
}

/** The value as a real number for comparisons, exact for ints (bigint) where needed. */
function constEq(a: PatternConst, b: PatternConst): boolean {
  const num = (c: PatternConst): { re: number | bigint; im: number } | null => {
    if (c.t === 'bool') return { re: c.v ? 1n : 0n, im: 0 };
    if (c.t === 'int') return { re: c.v, im: 0 };
    if (c.t === 'float') return { re: c.v, im: 0 };
    if (c.t === 'complex') return { re: c.re, im: c.im };
    return null;
  };
  const x = num(a);
  const y = num(b);
  if (x !== null && y !== null) {
    if (x.im !== y.im) return false;
    const p = x.re, q = y.re;
    if (typeof p === 'bigint' && typeof q === 'bigint') return p === q;
    if (typeof p === 'number' && typeof q === 'number') return p === q;
    const f = (typeof p === 'number' ? p : q) as number;
    const i = (typeof p === 'bigint' ? p : q) as bigint;
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (x !== null || y !== null) return false;
  if (a.t === 'None' || b.t === 'None') return a.t === b.t;
  return a.t === b.t && (a as { v: string }).v === (b as { v: string }).v;
}

function constRepr(c: PatternConst): string {
  switch (c.t) {
    case 'None': return 'None';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return floatRepr(c.v);
    case 'complex': return complexRepr(c.re, c.im);
    case 'str': return strRepr(c.v);
    case 'bytes': return bytesRepr(c.v);
  }
}

/** Does a comprehension await in its own scope (not counting its first iterable or nested scopes)? */
function compAwaits(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): boolean {
  const roots: Expr[] = [];
  e.generators.forEach((g, i) => {
    if (i > 0) roots.push(g.iter);
    roots.push(g.target, ...g.ifs);
  });
  if (e.type === 'DictComp') roots.push(e.key, e.value); else roots.push(e.elt);
  const walk = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.some(walk);
    if (typeof x !== 'object' || x === null) return false;
    const t = (x as { type?: unknown }).type;
    if (t === 'Await') return true;
    if (t === 'Lambda' || t === 'ListComp' || t === 'SetComp' || t === 'DictComp' || t === 'GeneratorExp') return false;
    return Object.values(x as object).some(walk);
  };
  return roots.some(walk);
}

/** Does a function body (not nested scopes) contain yield / yield from? */
function containsYield(body: Stmt[]): boolean {
  const walk = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.some(walk);
    if (typeof x !== 'object' || x === null) return false;
    const t = (x as { type?: unknown }).type;
    if (t === 'Yield' || t === 'YieldFrom') return true;
    if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'ClassDef' || t === 'Lambda') return false;
    return Object.values(x as object).some(walk);
  };
  return walk(body);
}
