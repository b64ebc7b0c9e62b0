// The code objects CPython creates for a module, named as scripts/record-stackdepth.py names them:
// "<co_name>@<co_firstlineno>".
import type * as A from '../../src/engine/parse/ast';
import type { StackVersion } from '../../src/engine/compile/stackdepth';

export type CodeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export interface CodeObject {
  key: string;
  node: CodeNode;
}

const COMP_NAMES: Record<string, string> = {
  ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
};

function isNode(x: unknown): x is { type: string } {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

/**
 * Every code object of `mod` in CPython 3.`v`, in source order. The module's key uses the
 * placeholder line 0 (CPython's co_firstlineno of a module is the line of its first instruction;
 * tests match it by name). Decorated definitions start at their first decorator (compile.c).
 * From 3.12 list/set/dict comprehensions are inlined (PEP 709) and have no code object.
 */
export function codeObjects(mod: A.Module, v: StackVersion): CodeObject[] {
  const out: CodeObject[] = [{ key: '<module>@0', node: mod }];
  // under `from __future__ import annotations` an annotation is a string: its lambdas and
  // comprehensions are never compiled (3.8 still evaluates a complex target's annotation)
  const future = futureAnnotations(mod);
  const skipped = (n: { type: string }, k: string): boolean => {
    if (!future) return false;
    if (k === 'returns') return true;
    if (k !== 'annotation') return false;
    if (n.type !== 'AnnAssign') return true;
    const s = n as A.AnnAssign;
    return v >= 10 || (s.simple && s.target.type === 'Name');
  };
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (typeof x !== 'object' || x === null) return;
    if (isNode(x)) {
      const n = x as A.Node;
      switch (n.type) {
        case 'FunctionDef':
        case 'ClassDef': {
          const line = n.decorator_list.length ? n.decorator_list[0]!.lineno : n.lineno;
          out.push({ key: `${n.name}@${line}`, node: n });
          break;
        }
        case 'Lambda':
          out.push({ key: `<lambda>@${n.lineno}`, node: n });
          break;
        case 'GeneratorExp':
          out.push({ key: `<genexpr>@${n.lineno}`, node: n });
          break;
        case 'ListComp':
        case 'SetComp':
        case 'DictComp':
          if (v < 12) out.push({ key: `${COMP_NAMES[n.type]}@${n.lineno}`, node: n });
          break;
        default:
          break;
      }
    }
    for (const [k, y] of Object.entries(x)) {
      if (k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') continue;
      if (isNode(x) && skipped(x, k)) continue;
      if (typeof y === 'object' && y !== null) visit(y);
    }
  };
  visit(mod.body);
  return out;
}

/** `from __future__ import annotations` among the module's leading future imports. */
function futureAnnotations(mod: A.Module): boolean {
  let i = 0;
  const first = mod.body[0];
  if (first?.type === 'Expr' && first.value.type === 'Constant' && first.value.value.k === 'str') i = 1;
  for (; i < mod.body.length; i++) {
    const s = mod.body[i]!;
    if (s.type !== 'ImportFrom' || s.module !== '__future__' || s.level !== 0) break;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}
