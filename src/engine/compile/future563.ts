// PEP 563 (`from __future__ import annotations`): parameter, return, module- and class-level
// annotations are not evaluated; the compiler stores each as a str constant, the annotation
// expression written back by CPython's AST unparser (Python/ast_unparse.c) — its precedence
// rules, spacing and reprs, per version (3.8 unparses the tree its AST optimizer already folded:
// `1+2` is '3'; 3.10+ leave annotations unfolded and write an infinite float as 1e309).
// Constructs whose unparsing HeapLens does not reproduce stop the run at their line.
import type * as A from '../parse/ast';
import { NotSimulated, decref } from '../runtime/core';
import type { PyObject } from '../runtime/object';
import { repr as pyRepr } from '../runtime/abstract';
import { newStr, allNameChars, internInPlace } from '../runtime/str';
import { P } from '../runtime/core';
import type { ConstTable } from './fold';


// ast_unparse.c's precedence levels
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_ATOM = 15;

const BINOP: Record<A.BinOp['op'], [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM], Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], FloorDiv: [' // ', PR_TERM],
  LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND],
  Pow: [' ** ', PR_POWER],
};

const CMPOP: Record<A.CmpOpKind, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** _PyAST_ExprAsUnicode: the text of an annotation. */
export function unparseAnnotation(e: A.Expr, ct: ConstTable, minor: number, uPrefixed = false): string {
  const stop = (what: string, at: A.Pos): never => {
    throw new NotSimulated(`${what} in an annotation under 'from __future__ import annotations'`, at.lineno, 'HeapLens does not reproduce how CPython writes it back as a string');
  };
  const constant = (c: A.Constant): string => {
    if (c.value.k === 'Ellipsis') return '...';
    // (a u'...' literal is written with its prefix, from the Constant's kind, which HeapLens's AST
    // does not keep: with such a literal anywhere in the module, a str constant here stops)
    if (c.value.k === 'str' && uPrefixed) stop("a str literal (the module has u'...' literals)", c);
    const o: PyObject = ct.get(c);
    const r = pyRepr(o);
    let s = r.v as string;
    decref(r);
    // 3.10+ (append_repr): an infinite float or complex is written 1e309, which reads back as one
    if (minor >= 10 && (c.value.k === 'float' || c.value.k === 'complex')) s = s.replace(/inf/g, '1e309');
    return s;
  };
  const seq = (xs: A.Expr[], level: number): string => xs.map((x) => ex(x, level)).join(', ');
  const comps = (gens: A.Comprehension[]): string => gens.map((g) => `${g.is_async ? ' async for ' : ' for '}${ex(g.target, PR_TUPLE)} in ${ex(g.iter, PR_TEST + 1)}${g.ifs.map((c) => ` if ${ex(c, PR_TEST + 1)}`).join('')}`).join('');
  const fstringBody = (values: (A.Constant | A.FormattedValue)[]): string => values.map((v) => {
    if (v.type === 'Constant') return (v.value.k === 'str' ? v.value.v : '').replace(/\{/g, '{{').replace(/\}/g, '}}');
    const inner = ex(v.value, PR_TEST + 1);
    let out = inner.startsWith('{') ? `{ ${inner}` : `{${inner}`;
    if (v.conversion !== -1) out += `!${String.fromCharCode(v.conversion)}`;
    if (v.format_spec) out += `:${fstringBody(v.format_spec.values)}`;
    return `${out}}`;
  }).join('');
  const ex = (e: A.Expr, level: number): string => {
    const paren = (pr: number, s: string): string => (level > pr ? `(${s})` : s);
    switch (e.type) {
      case 'Name':
        return e.id;
      case 'Constant':
        return constant(e);
      case 'Attribute': {
        // an int constant needs a space before the period (`1 .real`)
        const v = e.value;
        const period = v.type === 'Constant' && v.value.k === 'int' ? ' .' : '.';
        return `${ex(v, PR_ATOM)}${period}${e.attr}`;
      }
      case 'Subscript': {
        let level2 = PR_TUPLE;
        if (minor >= 10 && e.slice.type === 'Tuple' && e.slice.elts.some((x) => x.type === 'Starred')) level2++;
        return `${ex(e.value, PR_ATOM)}[${ex(e.slice, level2)}]`;
      }
      case 'Slice':
        return `${e.lower ? ex(e.lower, PR_TEST) : ''}:${e.upper ? ex(e.upper, PR_TEST) : ''}${e.step ? `:${ex(e.step, PR_TEST)}` : ''}`;
      case 'Tuple':
        if (e.elts.length === 0) return '()';
        return paren(PR_TUPLE, seq(e.elts, PR_TEST) + (e.elts.length === 1 ? ',' : ''));
      case 'List':
        return `[${seq(e.elts, PR_TEST)}]`;
      case 'Set':
        return `{${seq(e.elts, PR_TEST)}}`;
      case 'Dict':
        return `{${e.keys.map((k, i) => (k === null ? `**${ex(e.values[i], PR_EXPR)}` : `${ex(k, PR_TEST)}: ${ex(e.values[i], PR_TEST)}`)).join(', ')}}`;
      case 'Starred':
        return `*${ex(e.value, PR_EXPR)}`;
      case 'BinOp': {
        const [op, pr] = BINOP[e.op];
        const rassoc = e.op === 'Pow' ? 1 : 0;
        return paren(pr, `${ex(e.left, pr + rassoc)}${op}${ex(e.right, pr + 1 - rassoc)}`);
      }
      case 'UnaryOp': {
        const pr = e.op === 'Not' ? PR_NOT : PR_FACTOR;
        const op = e.op === 'Not' ? 'not ' : e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-';
        return paren(pr, `${op}${ex(e.operand, pr)}`);
      }
      case 'BoolOp': {
        const pr = e.op === 'And' ? PR_AND : PR_OR;
        return paren(pr, e.values.map((v) => ex(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
      }
      case 'Compare':
        return paren(PR_CMP, ex(e.left, PR_CMP + 1) + e.ops.map((op, i) => CMPOP[op] + ex(e.comparators[i], PR_CMP + 1)).join(''));
      case 'IfExp':
        return paren(PR_TEST, `${ex(e.body, PR_TEST + 1)} if ${ex(e.test, PR_TEST + 1)} else ${ex(e.orelse, PR_TEST)}`);
      case 'Call': {
        // a lone generator expression argument brings its own parentheses
        if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].type === 'GeneratorExp') return `${ex(e.func, PR_ATOM)}${ex(e.args[0], PR_TEST)}`;
        const parts = [...e.args.map((a) => ex(a, PR_TEST)), ...e.keywords.map((k) => (k.arg === null ? `**${ex(k.value, PR_TEST)}` : `${k.arg}=${ex(k.value, PR_TEST)}`))];
        return `${ex(e.func, PR_ATOM)}(${parts.join(', ')})`;
      }
      case 'Lambda': {
        const a = e.args;
        const positional = a.posonlyargs.length + a.args.length;
        const parts: string[] = [];
        const all = [...a.posonlyargs, ...a.args];
        for (let i = 0; i < all.length; i++) {
          const di = i - all.length + a.defaults.length;
          parts.push(all[i].arg + (di >= 0 ? `=${ex(a.defaults[di], PR_TEST)}` : ''));
          if (a.posonlyargs.length > 0 && i + 1 === a.posonlyargs.length) parts.push('/');
        }
        if (a.vararg || a.kwonlyargs.length > 0) parts.push(`*${a.vararg ? a.vararg.arg : ''}`);
        a.kwonlyargs.forEach((k, i) => {
          const d = a.kw_defaults[i];
          parts.push(k.arg + (d ? `=${ex(d, PR_TEST)}` : ''));
        });
        if (a.kwarg) parts.push(`**${a.kwarg.arg}`);
        // ("lambda" and a space only before a positional parameter: `lambda*, k: k`)
        return paren(PR_TEST, `${positional > 0 ? 'lambda ' : 'lambda'}${parts.join(', ')}: ${ex(e.body, PR_TEST)}`);
      }
      case 'ListComp':
        return `[${ex(e.elt, PR_TEST)}${comps(e.generators)}]`;
      case 'SetComp':
        return `{${ex(e.elt, PR_TEST)}${comps(e.generators)}}`;
      case 'GeneratorExp':
        return `(${ex(e.elt, PR_TEST)}${comps(e.generators)})`;
      case 'DictComp':
        return `{${ex(e.key, PR_TEST)}: ${ex(e.value, PR_TEST)}${comps(e.generators)}}`;
      case 'JoinedStr':
      case 'FormattedValue': {
        // the f-string's body as source (literal braces doubled, each field unparsed), then its repr
        // after an 'f'
        const body = fstringBody(e.type === 'JoinedStr' ? e.values : [e]);
        const b = newStr(body);
        const r = pyRepr(b);
        const s = r.v as string;
        decref(r);
        decref(b);
        return `f${s}`;
      }
      case 'NamedExpr':
        // (3.10+ refuse it in an annotation block: a SyntaxError HeapLens does not raise yet)
        if (minor >= 10) return stop('an assignment expression', e);
        return paren(PR_TUPLE, `${ex(e.target, PR_ATOM)}:=${ex(e.value, PR_ATOM)}`);
      default:
        return stop(`a ${e.type} expression`, e);
    }
  };
  return ex(e, PR_TEST);
}

/**
 * Replace every annotation the compiler stores under PEP 563 with a str Constant of its text (the
 * compiler's own constant, not one of the parser's arena: `ct.compilerConst`), after making the
 * arena's objects of the literals inside it (the parser made them whatever the compiler does).
 * Annotations of complex targets (`a.b: int`) produce nothing at all on 3.10+: `dropped` gets
 * their nodes (3.8 evaluates them as without the future import).
 */
export function stringifyAnnotations(mod: A.Module, ct: ConstTable, minor: number, dropped: Set<A.Node>, uPrefixed: boolean): void {
  const touch = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) touch(x);
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.type === 'Constant') {
      ct.get(n as unknown as A.Constant);
      return;
    }
    for (const k in n) if (k !== 'type') touch(n[k]);
  };
  const str = (e: A.Expr): A.Constant => {
    touch(e);
    const text = unparseAnnotation(e, ct, minor, uPrefixed);
    const node: A.Constant = { type: 'Constant', value: { k: 'str', v: text }, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    // (an identifier-like constant is interned when its code object is made: intern_string_constants)
    let o = newStr(text);
    if (allNameChars(text)) o = internInPlace(o, P.interning === 'all-immortal');
    ct.compilerConst(node, o);
    return node;
  };
  // (inside a function an annotated name's annotation is never compiled: compiler_annassign)
  const visit = (node: unknown, inFunction: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x, inFunction);
      return;
    }
    const n = node as Record<string, unknown>;
    switch (n.type) {
      case 'arg': {
        const a = n as unknown as A.Arg;
        if (a.annotation) a.annotation = str(a.annotation);
        return;
      }
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        const f = n as unknown as A.FunctionDef;
        if (f.returns) f.returns = str(f.returns);
        visit(f.decorator_list, inFunction);
        visit(f.args, inFunction);
        visit(f.body, true);
        return;
      }
      case 'Lambda': {
        const l = n as unknown as A.Lambda;
        visit(l.args, inFunction);
        visit(l.body, true);
        return;
      }
      case 'ClassDef': {
        const c = n as unknown as A.ClassDef;
        for (const k in c) if (k !== 'type' && k !== 'body') visit((c as unknown as Record<string, unknown>)[k], inFunction);
        visit(c.body, false);
        return;
      }
      case 'AnnAssign': {
        const s = n as unknown as A.AnnAssign;
        if (s.target.type === 'Name' && s.simple && !inFunction) s.annotation = str(s.annotation);
        else if (s.target.type === 'Name' && s.simple) touch(s.annotation);
        // a complex target's annotation: 3.10+ drop it (check_annotation); 3.8 still evaluates it,
        // as an expression, in a module or class body
        else if (minor >= 10) {
          touch(s.annotation);
          dropped.add(s);
        }
        visit(s.target, inFunction);
        if (s.value) visit(s.value, inFunction);
        return;
      }
    }
    for (const k in n) if (k !== 'type') visit(n[k], inFunction);
  };
  visit(mod.body, false);
}
