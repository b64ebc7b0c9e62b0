// CPython's AST optimizer (Python/ast_opt.c) and the parser's constant objects. Every literal
// occurrence in the source becomes its own object held by the compilation's "arena" (released
// only when the module finishes, which is why a literal shows one extra reference when a program
// runs as `python file.py`). Folding computes new constants with the runtime's own operations, as
// ast_opt.c calls PyNumber_Add & co., and registers the results in the arena too.
import type * as A from '../parse/ast';
import { optimizeFormat } from './formatopt';
import { PyObject } from '../runtime/object';
import { T, PyErr, NotSimulated, decref } from '../runtime/core';
import { newInt, newFloat, newComplex } from '../runtime/numbers';
import { newStr } from '../runtime/str';
import { newBytes } from '../runtime/bytes';
import { newTuple } from '../runtime/tuple';
import { newFrozenSetFrom } from '../runtime/set';
import { S, binaryOp, unaryOp, getItem, truthy, newBool, len as pyLen } from '../runtime/abstract';
import type { BinOpName } from '../runtime/abstract';

export class ConstTable {
  /** Constant node -> its object (owned by the arena). */
  readonly obj = new Map<A.Constant, PyObject>();
  /** Every object the arena holds a reference to. */
  readonly arena: PyObject[] = [];

  fromValue(v: A.ConstValue): PyObject {
    switch (v.k) {
      case 'None': S.None.rc++; return S.None;
      case 'Ellipsis': S.Ellipsis.rc++; return S.Ellipsis;
      case 'bool': return newBool(v.v);
      case 'int': return newInt(v.v);
      case 'float': return newFloat(v.v);
      case 'complex': return newComplex(0, v.imag);
      case 'str': return newStr(v.v);
      case 'bytes': return newBytes(v.v);
    }
  }

  /** The object of a Constant node (created on first use, arena-held). */
  get(node: A.Constant): PyObject {
    let o = this.obj.get(node);
    if (o === undefined) {
      if (node.formedPair) throw new NotSimulated('a str literal that puts a low surrogate right after a high one', node.lineno, 'Python keeps the two code points; HeapLens keeps str values as JavaScript strings, which read them as one character');
      o = this.fromValue(node.value);
      this.obj.set(node, o);
      this.arena.push(o);
      if (node.arenaTwice) {
        o.rc++;
        this.arena.push(o);
      }
    }
    return o;
  }

  /** Constants the compiler made itself (PEP 563's annotation strings): held until the
   * compilation ends, when only the code objects' co_consts keep them (releaseCompilerConsts). */
  readonly compilerOwned: PyObject[] = [];

  /** `o` (owned) is the object of the compiler-made Constant `node`. */
  compilerConst(node: A.Constant, o: PyObject): void {
    this.obj.set(node, o);
    this.compilerOwned.push(o);
  }

  releaseCompilerConsts(): void {
    for (const o of this.compilerOwned.splice(0)) decref(o);
  }

  /** A folded constant replacing `at`: the arena takes `o` (owned). */
  make(at: A.Pos, o: PyObject): A.Constant {
    const node: A.Constant = {
      type: 'Constant',
      value: { k: 'None' },
      lineno: at.lineno,
      col_offset: at.col_offset,
      end_lineno: at.end_lineno,
      end_col_offset: at.end_col_offset,
    };
    this.obj.set(node, o);
    this.arena.push(o);
    return node;
  }
}

const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

function numBits(o: PyObject): number {
  const v = o.v as number | bigint;
  const b = typeof v === 'number' ? BigInt(Math.abs(v)) : v < 0n ? -v : v;
  return b === 0n ? 0 : b.toString(2).length;
}

function isInt(o: PyObject): boolean {
  return o.t === T.int || o.t === T.bool;
}

function checkComplexity(o: PyObject, limit: number): number {
  if (o.t === T.tuple) {
    limit -= (o.v as PyObject[]).length;
    for (const x of o.v as PyObject[]) {
      if (limit < 0) break;
      limit = checkComplexity(x, limit);
    }
  } else if (o.t === T.frozenset) {
    limit -= pyLen(o);
  }
  return limit;
}

/** The line of the expression being folded: where a fold that cannot be simulated stops. */
let foldLine = 0;

/** Try an operation; a Python error means "do not fold" (make_const clears it). */
function attempt(f: () => PyObject | null): PyObject | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return null;
    }
    if (e instanceof NotSimulated && e.line === 0) e.line = foldLine;
    throw e;
  }
}

function safeMultiply(v: PyObject, w: PyObject): PyObject | null {
  if (isInt(v) && isInt(w) && v.v !== 0 && w.v !== 0) {
    if (numBits(v) + numBits(w) > MAX_INT_SIZE) return null;
  } else if (isInt(v) && (w.t === T.tuple || w.t === T.frozenset)) {
    const size = pyLen(w);
    if (size) {
      const n = Number(v.v);
      if (n < 0 || n > MAX_COLLECTION_SIZE / size) return null;
      if (n && checkComplexity(w, MAX_TOTAL_ITEMS / n) < 0) return null;
    }
  } else if (isInt(v) && (w.t === T.str || w.t === T.bytes)) {
    const size = pyLen(w);
    if (size) {
      const n = Number(v.v);
      if (n < 0 || n > MAX_STR_SIZE / size) return null;
    }
  } else if (isInt(w) && (v.t === T.tuple || v.t === T.frozenset || v.t === T.str || v.t === T.bytes)) {
    return safeMultiply(w, v);
  }
  return attempt(() => binaryOp(v, w, 'mul'));
}

function safePower(v: PyObject, w: PyObject): PyObject | null {
  if (isInt(v) && isInt(w) && v.v !== 0 && (typeof w.v === 'number' ? w.v > 0 : (w.v as bigint) > 0n)) {
    const vbits = numBits(v);
    const wbits = Number(w.v);
    if (vbits > MAX_INT_SIZE / wbits) return null;
  }
  return attempt(() => binaryOp(v, w, 'pow'));
}

function safeLshift(v: PyObject, w: PyObject): PyObject | null {
  if (isInt(v) && isInt(w) && v.v !== 0 && w.v !== 0) {
    const vbits = numBits(v);
    const wbits = Number(w.v);
    if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) return null;
  }
  return attempt(() => binaryOp(v, w, 'lshift'));
}

function safeMod(v: PyObject, w: PyObject): PyObject | null {
  if (v.t === T.str || v.t === T.bytes) return null;
  return attempt(() => binaryOp(v, w, 'mod'));
}

const BINOP: Record<A.OperatorKind, BinOpName> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};

/** Run the optimizer over a module in place (returns the possibly replaced nodes). */
export function foldModule(mod: A.Module, ct: ConstTable, minor: number, foldAnnotations = false): void {
  const isConst = (e: A.Expr): e is A.Constant => e.type === 'Constant';

  function constTuple(elts: A.Expr[]): PyObject | null {
    for (const e of elts) if (!isConst(e)) return null;
    return newTuple(elts.map((e) => {
      const o = ct.get(e as A.Constant);
      o.rc++;
      return o;
    }));
  }

  function foldIter(e: A.Expr): A.Expr {
    if (e.type === 'List') {
      if (e.elts.some((x) => x.type === 'Starred')) return e;
      const asTuple: A.Tuple = { ...e, type: 'Tuple' };
      const t = constTuple(e.elts);
      return t === null ? asTuple : ct.make(e, t);
    }
    if (e.type === 'Set') {
      const t = constTuple(e.elts);
      if (t === null) return e;
      const fs = newFrozenSetFrom(t);
      decref(t);
      return ct.make(e, fs);
    }
    return e;
  }

  function expr(e: A.Expr): A.Expr {
    switch (e.type) {
      case 'BoolOp':
        e.values = e.values.map(expr);
        return e;
      case 'BinOp': {
        e.left = expr(e.left);
        e.right = expr(e.right);
        foldLine = e.lineno;
        if (!isConst(e.left)) return e;
        const lv = ct.get(e.left);
        if (e.op === 'Mod' && e.right.type === 'Tuple' && lv.t === T.str && minor >= 11 && !e.right.elts.some((x) => x.type === 'Starred')) {
          // optimize_format: '...%s...' % (a, b) becomes an f-string when every unit is %s, %r
          // or %a (3.11 folds a tuple of constants first: the Tuple left is not constant)
          // (each literal part and width spec is made, into the arena, as it is parsed: a part made
          // before the optimizer gives up on a unit stays there)
          return optimizeFormat(e, lv.v as string, e.right.elts, (v) => {
            const node: A.Constant = { type: 'Constant', value: { k: 'str', v }, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
            ct.get(node);
            return node;
          }) ?? e;
        }
        if (!isConst(e.right)) return e;
        const rv = ct.get(e.right);
        let r: PyObject | null;
        switch (e.op) {
          case 'Mult': r = safeMultiply(lv, rv); break;
          case 'Pow': r = safePower(lv, rv); break;
          case 'LShift': r = safeLshift(lv, rv); break;
          case 'Mod': r = safeMod(lv, rv); break;
          case 'MatMult': r = null; break;
          default: r = attempt(() => binaryOp(lv, rv, BINOP[e.op]));
        }
        return r === null ? e : ct.make(e, r);
      }
      case 'UnaryOp': {
        e.operand = expr(e.operand);
        const arg = e.operand;
        if (!isConst(arg)) {
          if (e.op === 'Not' && arg.type === 'Compare' && arg.ops.length === 1) {
            const inv: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
            const op = inv[arg.ops[0]];
            if (op !== undefined) {
              arg.ops = [op];
              return arg;
            }
          }
          return e;
        }
        const v = ct.get(arg);
        const r = attempt(() => {
          switch (e.op) {
            case 'Not': return newBool(!truthy(v));
            case 'USub': return unaryOp(v, 'neg');
            case 'UAdd': return unaryOp(v, 'pos');
            case 'Invert': return unaryOp(v, 'invert');
          }
        });
        return r === null ? e : ct.make(e, r);
      }
      case 'Lambda':
        args(e.args);
        e.body = expr(e.body);
        return e;
      case 'IfExp':
        e.test = expr(e.test);
        e.body = expr(e.body);
        e.orelse = expr(e.orelse);
        return e;
      case 'Dict':
        e.keys = e.keys.map((k) => (k ? expr(k) : null));
        e.values = e.values.map(expr);
        return e;
      case 'Set':
        e.elts = e.elts.map(expr);
        return e;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = expr(e.elt);
        comps(e.generators);
        return e;
      case 'DictComp':
        e.key = expr(e.key);
        e.value = expr(e.value);
        comps(e.generators);
        return e;
      case 'Await':
      case 'YieldFrom':
        e.value = expr(e.value);
        return e;
      case 'Yield':
        if (e.value) e.value = expr(e.value);
        return e;
      case 'Compare': {
        e.left = expr(e.left);
        e.comparators = e.comparators.map(expr);
        const i = e.ops.length - 1;
        if (e.ops[i] === 'In' || e.ops[i] === 'NotIn') e.comparators[i] = foldIter(e.comparators[i]);
        return e;
      }
      case 'Call':
        e.func = expr(e.func);
        e.args = e.args.map(expr);
        for (const k of e.keywords) k.value = expr(k.value);
        return e;
      case 'FormattedValue':
        e.value = expr(e.value);
        if (e.format_spec) e.format_spec = expr(e.format_spec) as A.JoinedStr;
        return e;
      case 'JoinedStr':
        e.values = e.values.map((v) => expr(v) as A.Constant | A.FormattedValue);
        return e;
      case 'Attribute':
        e.value = expr(e.value);
        return e;
      case 'Subscript': {
        e.value = expr(e.value);
        e.slice = expr(e.slice);
        if (e.ctx === 'Load' && isConst(e.value) && isConst(e.slice)) {
          const v = ct.get(e.value), s = ct.get(e.slice);
          const r = attempt(() => getItem(v, s));
          return r === null ? e : ct.make(e, r);
        }
        return e;
      }
      case 'Starred':
        e.value = expr(e.value);
        return e;
      case 'List':
        e.elts = e.elts.map(expr);
        return e;
      case 'Tuple': {
        e.elts = e.elts.map(expr);
        if (e.ctx !== 'Load') return e;
        const t = constTuple(e.elts);
        return t === null ? e : ct.make(e, t);
      }
      case 'Slice':
        if (e.lower) e.lower = expr(e.lower);
        if (e.upper) e.upper = expr(e.upper);
        if (e.step) e.step = expr(e.step);
        return e;
      case 'NamedExpr':
        // 3.8's ast_opt has no case for := : nothing under it is folded
        if (minor >= 10) e.value = expr(e.value);
        return e;
      case 'Name':
        if (e.id === '__debug__' && e.ctx === 'Load') {
          return ct.make(e, newBool(true));
        }
        return e;
      case 'Constant':
        ct.get(e);
        return e;
    }
  }

  function comps(gens: A.Comprehension[]): void {
    for (const g of gens) {
      g.target = expr(g.target);
      g.iter = foldIter(expr(g.iter));
      g.ifs = g.ifs.map(expr);
    }
  }

  function args(a: A.Arguments): void {
    a.defaults = a.defaults.map(expr);
    a.kw_defaults = a.kw_defaults.map((d) => (d ? expr(d) : null));
    if (foldAnnotations) {
      for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) if (x?.annotation) x.annotation = expr(x.annotation);
    }
  }

  function stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        args(s.args);
        if (foldAnnotations && s.returns) s.returns = expr(s.returns);
        s.decorator_list = s.decorator_list.map(expr);
        body(s.body);
        break;
      case 'ClassDef':
        s.bases = s.bases.map(expr);
        for (const k of s.keywords) k.value = expr(k.value);
        s.decorator_list = s.decorator_list.map(expr);
        body(s.body);
        break;
      case 'Return':
        if (s.value) s.value = expr(s.value);
        break;
      case 'Delete':
        s.targets = s.targets.map(expr);
        break;
      case 'Assign':
        s.targets = s.targets.map(expr);
        s.value = expr(s.value);
        break;
      case 'AugAssign':
        s.target = expr(s.target) as A.Name | A.Attribute | A.Subscript;
        s.value = expr(s.value);
        break;
      case 'AnnAssign':
        s.target = expr(s.target) as A.Name | A.Attribute | A.Subscript;
        if (foldAnnotations) s.annotation = expr(s.annotation);
        if (s.value) s.value = expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        s.target = expr(s.target);
        s.iter = foldIter(expr(s.iter));
        body(s.body);
        body(s.orelse);
        break;
      case 'While':
      case 'If':
        s.test = expr(s.test);
        body(s.body);
        body(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = expr(it.context_expr);
          if (it.optional_vars) it.optional_vars = expr(it.optional_vars);
        }
        body(s.body);
        break;
      case 'Raise':
        if (s.exc) s.exc = expr(s.exc);
        if (s.cause) s.cause = expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        body(s.body);
        for (const h of s.handlers) {
          if (h.htype) h.htype = expr(h.htype);
          body(h.body);
        }
        body(s.orelse);
        body(s.finalbody);
        break;
      case 'Assert':
        s.test = expr(s.test);
        if (s.msg) s.msg = expr(s.msg);
        break;
      case 'Expr':
        s.value = expr(s.value);
        break;
      case 'Match':
        s.subject = expr(s.subject);
        for (const m of s.cases) {
          pattern(m.pattern);
          if (m.guard) m.guard = expr(m.guard);
          body(m.body);
        }
        break;
      default:
        break;
    }
  }

  /** astfold_pattern: forms the negative and complex constants of literal patterns and keys. */
  function pattern(p: A.Pattern): void {
    switch (p.type) {
      case 'MatchValue': p.value = expr(p.value); break;
      case 'MatchSequence': case 'MatchOr': for (const x of p.patterns) pattern(x); break;
      case 'MatchMapping':
        p.keys = p.keys.map(expr);
        for (const x of p.patterns) pattern(x);
        break;
      case 'MatchClass':
        p.cls = expr(p.cls);
        for (const x of p.patterns) pattern(x);
        for (const x of p.kwd_patterns) pattern(x);
        break;
      case 'MatchAs': if (p.pattern) pattern(p.pattern); break;
      default: break;
    }
  }

  function body(b: A.Stmt[]): void {
    for (const s of b) stmt(s);
  }

  body(mod.body);
}

export { newFloat };

