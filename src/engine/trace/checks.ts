// Checking `# @expect` annotations and recording `# @snapshot`s while the program runs.
//
// Each annotation belongs to "the statement above" (bindAnnotations). A statement has finished
// when its frame's next line event falls outside the statement's lines, or when the frame
// returns normally; then its expectations are evaluated in that frame — every time the statement
// runs (a statement in a loop is checked on every iteration; the first failure is reported).
import type * as ast from '../parse/ast';
import type { Expectation, SnapshotMark } from '../annotations';
import { compare } from '../annotations';
import type { ExpectationResult, SnapshotResult, ProfileId } from '../result';
import type { PyObject } from '../runtime/object';
import { F_GC, F_RUNTIME } from '../runtime/object';
import { ST, T } from '../runtime/core';
import type { TypeInfo } from '../runtime/types';
import type { Frame, Code } from '../runtime/func';
import type { DictData } from '../runtime/dict';
import { cachedLookup, NameCache } from '../compile/rt';
import { getsizeof, refcountStop, observedRefcount } from '../runtime/modules/core_modules';
import { gcState, unreachableObjects, referentsOf } from '../runtime/gc';

/** A statement that has annotations, and the scope (code object) it runs in. */
interface Annotated {
  lineno: number;
  end: number;
  scope: string;
  /** Names the statement uses (for `cycle`). */
  names: string[];
  expects: number[];
  snapshots: number[];
}

/** `scopeKey` of a code object: what identifies its function/class/module in the AST. */
function codeKey(c: Code): string {
  if (c.isModule) return 'M';
  return `${c.isClassBody ? 'C' : 'F'}|${c.name}|${c.firstlineno}`;
}

function nodeKey(n: ast.Stmt | ast.Expr | null): string {
  if (n === null) return 'M';
  if (n.type === 'Lambda') return `F|<lambda>|${n.lineno}`;
  const d = n as ast.FunctionDef | ast.ClassDef;
  const first = d.decorator_list.length > 0 ? d.decorator_list[0].lineno : d.lineno;
  return `${d.type === 'ClassDef' ? 'C' : 'F'}|${d.name}|${first}`;
}

export interface Bound {
  statements: Annotated[];
  /** Annotations with no statement above them. */
  unbound: { kind: 'expect' | 'snapshot'; index: number }[];
}

/** Attach each annotation to the statement above it: among the statements that end before the
 * annotation's line and start at or left of its column, the one that ends last (the innermost
 * on a tie). */
export function bindAnnotations(mod: ast.Module, expects: Expectation[], snaps: SnapshotMark[]): Bound {
  const all: { s: ast.Stmt; scope: string }[] = [];
  const walk = (stmts: ast.Stmt[], scope: ast.Stmt | null): void => {
    for (const s of stmts) {
      all.push({ s, scope: nodeKey(scope) });
      const inner = s.type === 'FunctionDef' || s.type === 'AsyncFunctionDef' || s.type === 'ClassDef' ? s : scope;
      const node = s as unknown as Record<string, unknown>;
      for (const k of ['body', 'orelse', 'finalbody']) {
        const v = node[k];
        if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'lineno' in v[0]) walk(v as ast.Stmt[], inner);
      }
      if (Array.isArray(node.handlers)) for (const h of node.handlers as ast.ExceptHandler[]) walk(h.body, inner);
      if (Array.isArray(node.cases)) for (const c of node.cases as { body: ast.Stmt[] }[]) walk(c.body, inner);
    }
  };
  walk(mod.body, null);
  const byStmt = new Map<ast.Stmt, Annotated>();
  const unbound: Bound['unbound'] = [];
  const bind = (line: number, col: number): ast.Stmt | null => {
    let best: ast.Stmt | null = null;
    for (const { s } of all) {
      if (s.end_lineno >= line || s.col_offset > col - 1) continue;
      if (best === null || s.end_lineno > best.end_lineno || (s.end_lineno === best.end_lineno && s.col_offset > best.col_offset)) best = s;
    }
    return best;
  };
  const entry = (s: ast.Stmt): Annotated => {
    let a = byStmt.get(s);
    if (a === undefined) {
      const scope = (all.find((x) => x.s === s) as { scope: string }).scope;
      a = { lineno: s.lineno, end: s.end_lineno, scope, names: namesOf(s), expects: [], snapshots: [] };
      byStmt.set(s, a);
    }
    return a;
  };
  expects.forEach((e, i) => {
    const s = bind(e.line, e.col);
    if (s === null) unbound.push({ kind: 'expect', index: i });
    else entry(s).expects.push(i);
  });
  snaps.forEach((m, i) => {
    const s = bind(m.line, m.col);
    if (s === null) unbound.push({ kind: 'snapshot', index: i });
    else entry(s).snapshots.push(i);
  });
  return { statements: [...byStmt.values()], unbound };
}

/** The names a statement binds or reads in its own expressions (not in nested bodies). */
function namesOf(s: ast.Stmt): string[] {
  const out = new Set<string>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as { type?: string; id?: string; [k: string]: unknown };
    if (node.type === 'Name' && typeof node.id === 'string') out.add(node.id);
    for (const k in node) {
      if (k === 'body' || k === 'orelse' || k === 'finalbody' || k === 'handlers' || k === 'cases') continue;
      const v = node[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(s);
  if (s.type === 'FunctionDef' || s.type === 'ClassDef' || s.type === 'AsyncFunctionDef') out.add(s.name);
  return [...out];
}

interface Outcome {
  checks: number;
  failed: ExpectationResult | null;
  last: ExpectationResult | null;
}

export class Checks {
  private readonly starts = new Map<number, Annotated[]>();
  private readonly active = new Map<Frame, Annotated[]>();
  private readonly outcomes: Outcome[];
  private readonly snapResults: SnapshotResult[] = [];
  private readonly keys = new Map<Code, string>();

  constructor(
    private readonly bound: Bound,
    private readonly expects: Expectation[],
    private readonly snaps: SnapshotMark[],
    private readonly profile: ProfileId,
  ) {
    for (const a of bound.statements) {
      let l = this.starts.get(a.lineno);
      if (l === undefined) this.starts.set(a.lineno, (l = []));
      l.push(a);
    }
    this.outcomes = expects.map(() => ({ checks: 0, failed: null, last: null }));
  }

  private key(c: Code): string {
    let k = this.keys.get(c);
    if (k === undefined) this.keys.set(c, (k = codeKey(c)));
    return k;
  }

  /** A line event in frame f. */
  onLine(f: Frame, line: number): void {
    const act = this.active.get(f);
    if (act !== undefined) {
      for (let i = act.length - 1; i >= 0; i--) {
        const a = act[i];
        if (line < a.lineno || line > a.end) {
          act.splice(i, 1);
          this.completed(a, f);
        }
      }
    }
    const here = this.starts.get(line);
    if (here === undefined) return;
    const key = this.key(f.code);
    for (const a of here) {
      if (a.scope !== key) continue;
      let list = this.active.get(f);
      if (list === undefined) this.active.set(f, (list = []));
      if (!list.includes(a)) list.push(a);
    }
  }

  /** Frame f returns (ok), unwinds with an exception, or suspends at a yield. */
  onExit(f: Frame, ok: boolean, suspended: boolean): void {
    if (suspended) return;
    const act = this.active.get(f);
    if (act === undefined) return;
    this.active.delete(f);
    if (!ok) return;
    for (let i = act.length - 1; i >= 0; i--) this.completed(act[i], f);
  }

  private completed(a: Annotated, f: Frame): void {
    for (const i of a.expects) this.check(i, a, f);
    for (const i of a.snapshots) {
      if (this.snapResults.length < 1000) this.snapResults.push({ label: this.snaps[i].label, line: this.snaps[i].line, statementLine: a.lineno, step: ST.steps });
    }
  }

  private check(i: number, a: Annotated, f: Frame): void {
    const e = this.expects[i];
    const o = this.outcomes[i];
    o.checks++;
    const r = this.evaluate(e, a, f);
    o.last = r;
    if (r.status !== 'pass' && o.failed === null) o.failed = { ...r, message: o.checks > 1 ? `${r.message} (on execution ${o.checks} of the statement)` : r.message };
  }

  private evaluate(e: Expectation, a: Annotated, f: Frame): ExpectationResult {
    const base = { line: e.line, col: e.col, text: e.text, statementLine: a.lineno, checks: 0 };
    const on = `on CPython ${this.profile}`;
    switch (e.kind) {
      case 'refcount':
      case 'getsizeof': {
        const o = lookupName(f, e.name as string);
        if (o === null) return { ...base, status: 'error', message: `'${e.name}' is not bound after line ${a.lineno}` };
        // a count sys.getrefcount would stop at is not CPython's: the check cannot be decided
        const unknown = e.kind === 'refcount' ? refcountStop(o) : null;
        if (unknown !== null) return { ...base, status: 'error', message: `${unknown.construct} is not simulated ${on}${unknown.why ? `: ${unknown.why}` : ''}` };
        const v = e.kind === 'refcount' ? observedRefcount(o) : getsizeof(o);
        const ok = compare(v, e.op as '==', e.value as number);
        return { ...base, status: ok ? 'pass' : 'fail', actual: v, message: ok ? `${e.kind}(${e.name}) is ${v} ${on}` : `${e.kind}(${e.name}) is ${v} ${on}, expected ${e.op} ${e.value}` };
      }
      case 'collected': {
        const v = gcState.lastCollected;
        if (v === null) return { ...base, status: 'error', message: `no gc.collect() ran before line ${a.lineno}` };
        if (gcState.lastCollectedUnknown !== '') return { ...base, status: 'error', message: gcState.lastCollectedUnknown };
        const ok = compare(v, e.op as '==', e.value as number);
        return { ...base, status: ok ? 'pass' : 'fail', actual: v, message: ok ? `gc.collect() returned ${v} ${on}` : `gc.collect() returned ${v} ${on}, expected ${e.op} ${e.value}` };
      }
      case 'leak':
      case 'no-leak': {
        const garbage = unreachableObjects().filter((o) => (o.f & F_RUNTIME) === 0);
        const n = garbage.length;
        const desc = n === 0 ? 'no unreachable objects' : `${n} unreachable object${n === 1 ? '' : 's'} kept alive by reference cycles (${describe(garbage)})`;
        const ok = e.kind === 'leak' ? n > 0 : n === 0;
        return { ...base, status: ok ? 'pass' : 'fail', actual: n, message: ok ? `${desc} ${on}` : `${desc} ${on}, expected ${e.kind === 'leak' ? 'a leak' : 'none'}` };
      }
      case 'cycle': {
        const roots = a.names.map((n) => lookupName(f, n)).filter((o): o is PyObject => o !== null);
        const cyc = findCycle(roots);
        const ok = cyc !== null;
        return { ...base, status: ok ? 'pass' : 'fail', actual: ok, message: ok ? `reference cycle: ${cyc.map(typeName).join(' → ')} → ${typeName(cyc[0])} ${on}` : `no reference cycle through ${a.names.join(', ') || 'the names of line ' + a.lineno} ${on}, expected one` };
      }
    }
  }

  results(): { expectations: ExpectationResult[]; snapshots: SnapshotResult[] } {
    const expectations = this.expects.map((e, i) => {
      const o = this.outcomes[i];
      const unbound = this.bound.unbound.some((u) => u.kind === 'expect' && u.index === i);
      if (unbound) return { line: e.line, col: e.col, text: e.text, statementLine: null, checks: 0, status: 'error' as const, message: 'no statement above this @expect to check after' };
      const stmt = this.bound.statements.find((s) => s.expects.includes(i)) as Annotated;
      if (o.checks === 0) return { line: e.line, col: e.col, text: e.text, statementLine: stmt.lineno, checks: 0, status: 'not-reached' as const, message: `never checked: the statement on line ${stmt.lineno} did not run to completion` };
      const r = o.failed ?? (o.last as ExpectationResult);
      return { ...r, checks: o.checks };
    });
    return { expectations, snapshots: this.snapResults };
  }
}

function typeName(o: PyObject): string {
  return (o.t.v as TypeInfo).name;
}

function describe(objs: PyObject[]): string {
  const counts = new Map<string, number>();
  for (const o of objs) counts.set(typeName(o), (counts.get(typeName(o)) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${n} ${t}`).join(', ');
}

/** A name as the frame sees it: fast local, cell, then namespace/globals/builtins. */
function lookupName(f: Frame, name: string): PyObject | null {
  const c = f.code;
  if (!c.isModule && !c.isClassBody) {
    let i = c.varnames.indexOf(name);
    if (i >= 0) {
      const x = f.l[i];
      if (x === null || !c.argCells.includes(i)) return x;
      return (x.v as PyObject | null) ?? null;
    }
    i = c.cellvars.indexOf(name);
    if (i < 0) {
      const j = c.freevars.indexOf(name);
      if (j >= 0) i = c.cellvars.length + j;
    }
    if (i >= 0) {
      const cell = f.l[c.varnames.length + i];
      return cell === null ? null : ((cell.v as PyObject | null) ?? null);
    }
  }
  const ns = f.ns ?? f.g;
  return cachedLookup(new NameCache(), name, ns.v as DictData, ns !== f.g ? (f.g.v as DictData) : null, null);
}

/** Objects whose references make the classic cycles of a running program without being what a
 * user means by one (a class and its MRO, a function and its module's globals). */
function skipInCycle(o: PyObject): boolean {
  const t = o.t;
  return (o.f & F_GC) === 0 || (o.f & F_RUNTIME) !== 0 || t === T.type || (t.v as TypeInfo).solid === T.type || t === T.function || t === T.module || t === T.frame || t === T.code;
}

/** A reference cycle reachable from `roots` (a list of its members, in order), or null. Depth-
 * first with an explicit stack: a long linked structure must not exhaust the JS stack. */
function findCycle(roots: PyObject[]): PyObject[] | null {
  const state = new Map<PyObject, number>(); // 1 on the path, 2 done
  const path: PyObject[] = [];
  const iters: PyObject[][] = [];
  const pos: number[] = [];
  for (const r of roots) {
    if (skipInCycle(r) || state.has(r)) continue;
    state.set(r, 1);
    path.push(r);
    iters.push(referentsOf(r));
    pos.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const refs = iters[top];
      if (pos[top] >= refs.length) {
        state.set(path[top], 2);
        path.pop();
        iters.pop();
        pos.pop();
        continue;
      }
      const x = refs[pos[top]++];
      if (skipInCycle(x)) continue;
      const st = state.get(x);
      if (st === 1) return path.slice(path.indexOf(x));
      if (st === undefined) {
        state.set(x, 1);
        path.push(x);
        iters.push(referentsOf(x));
        pos.push(0);
      }
    }
  }
  return null;
}
