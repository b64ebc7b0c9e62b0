// Scope analysis (Python/symtable.c): which names are local, global, free or cell in every
// module, class, function, lambda and comprehension scope, with CPython's rules for class scopes,
// `global`/`nonlocal`, the implicit `__class__` cell, and (3.12+, PEP 709) comprehensions inlined
// into their enclosing scope.
import type * as A from '../parse/ast';
import { NotSimulated } from '../runtime/core';

export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_IMPORT = 64;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type NameScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
export type BlockKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  symbols = new Map<string, number>();
  /** Parameters in declaration order (positional-only, positional, *args, kw-only, **kwargs order as CPython's co_varnames). */
  params: string[] = [];
  children: Scope[] = [];
  scopes = new Map<string, NameScope>();
  isGenerator = false;
  isCoroutine = false;
  /** 3.12+: this comprehension is inlined into its parent. */
  inlined = false;
  /** Names made cells by inlined comprehensions' inner closures (3.12). */
  inlinedCells = new Set<string>();
  hasVarargs = false;
  hasVarkw = false;
  /** A class whose methods use __class__ / super(): the class body creates the __class__ cell. */
  needsClassClosure = false;
  /** 3.12+: the children list before inlined comprehensions were spliced out. */
  inlinedChildren: Scope[] = [];
  /** Why CPython's co_varnames order (the order the compiler first emits each local) may differ
   * from `scopes` (the order the symtable first sees each name): a walrus, a match statement. */
  varnamesOrderUnknown = '';
  constructor(public kind: BlockKind, public name: string, public node: A.Node | null, public parent: Scope | null, public lineno: number) {}

  add(name: string, flag: number): void {
    const old = this.symbols.get(name) ?? 0;
    this.symbols.set(name, old | flag);
  }

  isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'comprehension';
  }
}

/** Mangle a private name (`__x` inside class C becomes `_C__x`), as _Py_Mangle does. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

export interface SymtableResult {
  top: Scope;
  /** AST node -> its scope (functions, lambdas, classes, comprehensions). */
  byNode: Map<A.Node, Scope>;
}

export function buildSymtable(mod: A.Module, minor: number): SymtableResult {
  const byNode = new Map<A.Node, Scope>();
  const top = new Scope('module', 'top', mod, null, 1);
  byNode.set(mod, top);
  let cur = top;
  let className: string | null = null;

  const enter = (s: Scope, node: A.Node): void => {
    cur.children.push(s);
    byNode.set(node, s);
    cur = s;
  };
  const leave = (): void => {
    cur = cur.parent as Scope;
  };
  const def = (name: string, flag: number): void => {
    cur.add(mangle(className, name), flag);
  };

  const visitArgsDefaults = (a: A.Arguments): void => {
    for (const d of a.defaults) expr(d);
    for (const d of a.kw_defaults) if (d) expr(d);
  };
  const visitAnnotations = (a: A.Arguments): void => {
    for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (arg.annotation) expr(arg.annotation);
    if (a.vararg?.annotation) expr(a.vararg.annotation);
    if (a.kwarg?.annotation) expr(a.kwarg.annotation);
  };
  const params = (a: A.Arguments): void => {
    const names: string[] = [];
    for (const arg of a.posonlyargs) names.push(arg.arg);
    for (const arg of a.args) names.push(arg.arg);
    for (const arg of a.kwonlyargs) names.push(arg.arg);
    if (a.vararg) {
      names.push(a.vararg.arg);
      cur.hasVarargs = true;
    }
    if (a.kwarg) {
      names.push(a.kwarg.arg);
      cur.hasVarkw = true;
    }
    for (const n of names) {
      const m = mangle(className, n);
      if ((cur.symbols.get(m) ?? 0) & DEF_PARAM) throw new SyntaxErr(`duplicate argument '${n}' in function definition`, cur.lineno);
      cur.add(m, DEF_PARAM);
      cur.params.push(m);
    }
  };

  function stmts(body: A.Stmt[]): void {
    for (const s of body) stmt(s);
  }

  function stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        def(s.name, DEF_LOCAL);
        visitArgsDefaults(s.args);
        visitAnnotations(s.args);
        if (s.returns) expr(s.returns);
        for (const d of s.decorator_list) expr(d);
        const savedClass = className;
        const sc = new Scope('function', s.name, s, cur, s.lineno);
        if (s.type === 'AsyncFunctionDef') sc.isCoroutine = true;
        enter(sc, s);
        params(s.args);
        stmts(s.body);
        leave();
        className = savedClass;
        break;
      }
      case 'ClassDef': {
        def(s.name, DEF_LOCAL);
        for (const b of s.bases) expr(b);
        for (const k of s.keywords) expr(k.value);
        for (const d of s.decorator_list) expr(d);
        const savedClass = className;
        const sc = new Scope('class', s.name, s, cur, s.lineno);
        enter(sc, s);
        className = s.name;
        stmts(s.body);
        className = savedClass;
        leave();
        break;
      }
      case 'Return':
        if (s.value) expr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) expr(t);
        break;
      case 'Assign':
        for (const t of s.targets) expr(t);
        expr(s.value);
        break;
      case 'AugAssign':
        expr(s.target);
        expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.type === 'Name') {
          const flags = cur.symbols.get(mangle(className, s.target.id)) ?? 0;
          if (flags & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            throw new SyntaxErr(`annotated name '${s.target.id}' can't be ${flags & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s.lineno);
          }
          if (s.value || cur.kind !== 'module') def(s.target.id, DEF_LOCAL);
          if (!s.value && cur.kind === 'module') def(s.target.id, DEF_LOCAL);
        } else expr(s.target);
        expr(s.annotation);
        if (s.value) expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        expr(s.target);
        expr(s.iter);
        stmts(s.body);
        stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        expr(s.test);
        stmts(s.body);
        stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          expr(it.context_expr);
          if (it.optional_vars) expr(it.optional_vars);
        }
        stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) expr(s.exc);
        if (s.cause) expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        stmts(s.body);
        for (const h of s.handlers) {
          if (h.htype) expr(h.htype);
          if (h.name) def(h.name, DEF_LOCAL);
          stmts(h.body);
        }
        stmts(s.orelse);
        stmts(s.finalbody);
        break;
      case 'Assert':
        expr(s.test);
        if (s.msg) expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') continue;
          const bound = a.asname ?? (s.type === 'Import' ? a.name.split('.')[0] : a.name);
          def(bound, DEF_IMPORT);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        for (const n of s.names) {
          const m = mangle(className, n);
          const flags = cur.symbols.get(m) ?? 0;
          const what = s.type === 'Global' ? 'global' : 'nonlocal';
          if (s.type === 'Nonlocal' && cur.kind === 'module') throw new SyntaxErr('nonlocal declaration not allowed at module level', s.lineno);
          if (flags & DEF_PARAM) throw new SyntaxErr(`name '${n}' is parameter and ${what}`, s.lineno);
          if (flags & (DEF_LOCAL | DEF_IMPORT)) throw new SyntaxErr(`name '${n}' is assigned to before ${what} declaration`, s.lineno);
          if (flags & USE) throw new SyntaxErr(`name '${n}' is used prior to ${what} declaration`, s.lineno);
          if (s.type === 'Global' && flags & DEF_NONLOCAL) throw new SyntaxErr(`name '${n}' is nonlocal and global`, s.lineno);
          if (s.type === 'Nonlocal' && flags & DEF_GLOBAL) throw new SyntaxErr(`name '${n}' is nonlocal and global`, s.lineno);
          cur.add(m, s.type === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL);
        }
        break;
      case 'Expr':
        expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'Match':
        for (let sc: Scope | null = cur; sc !== null; sc = sc.parent) if (sc.varnamesOrderUnknown === '') sc.varnamesOrderUnknown = 'a match statement';
        expr(s.subject);
        for (const m of s.cases) {
          pattern(m.pattern);
          if (m.guard) expr(m.guard);
          stmts(m.body);
        }
        break;
      case 'TypeAlias':
        break;
    }
  }

  /** symtable_visit_pattern: captured names bind in the current scope. */
  function pattern(p: A.Pattern): void {
    switch (p.type) {
      case 'MatchValue': expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const x of p.patterns) pattern(x); break;
      case 'MatchStar': if (p.name) def(p.name, DEF_LOCAL); break;
      case 'MatchMapping':
        for (const k of p.keys) expr(k);
        for (const x of p.patterns) pattern(x);
        if (p.rest) def(p.rest, DEF_LOCAL);
        break;
      case 'MatchClass':
        expr(p.cls);
        for (const x of p.patterns) pattern(x);
        for (const x of p.kwd_patterns) pattern(x);
        break;
      case 'MatchAs':
        if (p.pattern) pattern(p.pattern);
        if (p.name) def(p.name, DEF_LOCAL);
        break;
      case 'MatchOr': for (const x of p.patterns) pattern(x); break;
    }
  }

  function comprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, kind: string): void {
    const gens = node.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    expr(gens[0].iter);
    const sc = new Scope('comprehension', kind, node, cur, node.lineno);
    sc.isGenerator = node.type === 'GeneratorExp';
    enter(sc, node);
    sc.add('.0', DEF_PARAM);
    sc.params.push('.0');
    for (let i = 0; i < gens.length; i++) {
      const g = gens[i];
      expr(g.target);
      if (i > 0) expr(g.iter);
      for (const c of g.ifs) expr(c);
    }
    if (node.type === 'DictComp') {
      expr(node.key);
      expr(node.value);
    } else expr(node.elt);
    leave();
  }

  function expr(e: A.Expr): void {
    switch (e.type) {
      case 'Name': {
        const m = mangle(className, e.id);
        if (e.ctx === 'Load') {
          cur.add(m, USE);
          // super counts as a use of __class__ (symtable.c: FunctionBlock only)
          if (e.id === 'super' && cur.isFunctionLike()) cur.add('__class__', USE);
        } else cur.add(m, DEF_LOCAL);
        break;
      }
      case 'NamedExpr': {
        for (let sc: Scope | null = cur; sc !== null; sc = sc.parent) if (sc.varnamesOrderUnknown === '') sc.varnamesOrderUnknown = 'an assignment expression (:=)';
        // symtable_handle_namedexpr: inside a comprehension the target binds in the nearest
        // enclosing function (nonlocal there, or global if it is declared global) or module
        // (global); only the innermost comprehension records the declaration.
        if (cur.kind === 'comprehension') {
          const name = mangle(className, e.target.id);
          let sc: Scope = cur;
          while (sc.kind === 'comprehension') sc = sc.parent as Scope;
          if (sc.kind === 'class') throw new SyntaxErr('assignment expression within a comprehension cannot be used in a class body', e.lineno);
          if (sc.kind === 'module') {
            cur.add(name, DEF_GLOBAL);
            sc.add(name, DEF_GLOBAL);
          } else {
            const declaredGlobal = ((sc.symbols.get(name) ?? 0) & DEF_GLOBAL) !== 0;
            cur.add(name, declaredGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
            sc.add(name, DEF_LOCAL);
          }
        }
        expr(e.value);
        expr(e.target);
        break;
      }
      case 'BoolOp':
        for (const v of e.values) expr(v);
        break;
      case 'BinOp':
        expr(e.left);
        expr(e.right);
        break;
      case 'UnaryOp':
        expr(e.operand);
        break;
      case 'Lambda': {
        visitArgsDefaults(e.args);
        const sc = new Scope('function', 'lambda', e, cur, e.lineno);
        enter(sc, e);
        params(e.args);
        expr(e.body);
        leave();
        break;
      }
      case 'IfExp':
        expr(e.test);
        expr(e.body);
        expr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) expr(k);
        for (const v of e.values) expr(v);
        break;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) expr(x);
        break;
      case 'ListComp':
        comprehension(e, 'listcomp');
        break;
      case 'SetComp':
        comprehension(e, 'setcomp');
        break;
      case 'DictComp':
        comprehension(e, 'dictcomp');
        break;
      case 'GeneratorExp':
        comprehension(e, 'genexpr');
        break;
      case 'Await':
        expr(e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (cur.kind === 'comprehension') throw new SyntaxErr(`'yield' inside ${cur.name === 'genexpr' ? 'generator expression' : cur.name === 'listcomp' ? 'list comprehension' : cur.name === 'setcomp' ? 'set comprehension' : 'dict comprehension'}`, e.lineno);
        cur.isGenerator = true;
        if (e.value) expr(e.value);
        break;
      case 'Compare':
        expr(e.left);
        for (const c of e.comparators) expr(c);
        break;
      case 'Call':
        expr(e.func);
        for (const a of e.args) expr(a);
        for (const k of e.keywords) expr(k.value);
        break;
      case 'FormattedValue':
        expr(e.value);
        if (e.format_spec) expr(e.format_spec);
        break;
      case 'JoinedStr':
        for (const v of e.values) expr(v);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        expr(e.value);
        break;
      case 'Subscript':
        expr(e.value);
        expr(e.slice);
        break;
      case 'Starred':
        expr(e.value);
        break;
      case 'Slice':
        if (e.lower) expr(e.lower);
        if (e.upper) expr(e.upper);
        if (e.step) expr(e.step);
        break;
    }
  }

  stmts(mod.body);
  analyze(top, minor);
  return { top, byNode };
}

export class SyntaxErr extends Error {
  constructor(public msg: string, public lineno: number) {
    super(msg);
  }
}

// ---------------------------------------------------------------- analysis (ported from symtable.c)

/** A class-bound name that a nested scope uses as a free variable: the class code has it among
 * its free variables too (compiler.c dictbytype(..., FREE, DEF_FREE_CLASS, ...)). */
export const DEF_FREE_CLASS = 32;

function analyze(top: Scope, minor: number): void {
  analyzeBlock(top, null, new Set(), new Set(), minor);
}

function analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, minor: number): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  if (ste.kind === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of ste.symbols) analyzeName(ste, name, flags, bound, local, free, global);
  if (ste.kind !== 'class') {
    if (ste.isFunctionLike()) for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    // analyze_child_block: each child works on copies of the sets.
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), minor);
    if (minor >= 12 && child.kind === 'comprehension' && !child.isGenerator) {
      inlineComprehension(ste, child, childFree);
      child.inlined = true;
    }
    for (const f of childFree) allFree.add(f);
  }
  for (const f of allFree) newFree.add(f);
  if (minor >= 12) {
    const spliced: Scope[] = [];
    for (const c of ste.children) {
      if (c.inlined) spliced.push(...c.children);
      else spliced.push(c);
    }
    ste.inlinedChildren = ste.children;
    ste.children = spliced;
  }
  if (ste.isFunctionLike()) {
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
    const v = ste.symbols.get(name);
    if (v !== undefined) {
      if (ste.kind === 'class' && v & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.symbols.set(name, 0);
    ste.scopes.set(name, 'free');
  }
  for (const f of newFree) free.add(f);
}

function analyzeName(ste: Scope, name: string, flags: number, bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw new SyntaxErr(`name '${name}' is nonlocal and global`, ste.lineno);
    ste.scopes.set(name, 'global_explicit');
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw new SyntaxErr('nonlocal declaration not allowed at module level', ste.lineno);
    if (!bound.has(name)) throw new SyntaxErr(`no binding for nonlocal '${name}' found`, ste.lineno);
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

/** inline_comprehension (3.12 symtable.c): the comprehension's names join the parent's scope. */
function inlineComprehension(ste: Scope, comp: Scope, compFree: Set<string>): void {
  for (const [name, flags] of comp.symbols) {
    if (flags & DEF_PARAM) continue;
    let scope = comp.scopes.get(name);
    if (scope === 'cell') ste.inlinedCells.add(name);
    const existing = ste.symbols.get(name);
    if (scope === 'free' && ste.kind === 'class' && name === '__class__') {
      scope = 'global_implicit';
      compFree.delete(name);
    }
    if (existing === undefined) {
      ste.symbols.set(name, flags);
      if (scope !== undefined) ste.scopes.set(name, scope);
    } else if (existing & DEF_BOUND) {
      if (!isFreeInAnyChild(comp, name) && ste.kind !== 'class') compFree.delete(name);
    }
  }
}

function isFreeInAnyChild(s: Scope, name: string): boolean {
  for (const c of s.children) if (c.scopes.get(name) === 'free') return true;
  return false;
}

export function notSimulated(what: string, line: number): never {
  throw new NotSimulated(what, line);
}
