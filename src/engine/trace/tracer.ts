// Per-line facts recorded while the program runs: how often each line ran, what it allocated
// and freed (by type), the net bytes, and the reference counts of the names the line binds or
// uses, taken right after the line last ran.
import type { Trace, LineFacts, NameRef, HeapSummary } from '../result';
import { PyObject, F_IMMORTAL, F_RUNTIME } from '../runtime/object';
import { R, reportedRefcount, isImmortal , ST } from '../runtime/core';
import type { TypeInfo } from '../runtime/types';
import { setTraceLine } from '../compile/rt';
import { Frame, callStack } from '../runtime/func';
import { dictGetStr, dictEntries } from '../runtime/dict';
import { getsizeof } from '../runtime/modules/core_modules';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'print']);

interface LineAcc {
  executions: number;
  allocated: Map<string, number>;
  freed: Map<string, number>;
  bytes: number;
  refs: NameRef[];
}

export class Tracer {
  private lines = new Map<number, LineAcc>();
  private names: string[][];
  private lastLine = new WeakMap<Frame, number>();
  private live = new Map<string, { count: number; bytes: number }>();

  constructor(source: string) {
    this.names = source.split(/\r\n|\r|\n/).map((l) => {
      const code = l.replace(/#.*$/, '').replace(/(['"])(?:\\.|(?!\1).)*\1/g, '');
      const ids = code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
      return [...new Set(ids.filter((x) => !KEYWORDS.has(x)))];
    });
  }

  private acc(line: number): LineAcc {
    let a = this.lines.get(line);
    if (a === undefined) {
      a = { executions: 0, allocated: new Map(), freed: new Map(), bytes: 0, refs: [] };
      this.lines.set(line, a);
    }
    return a;
  }

  install(): void {
    setTraceLine((f, line) => this.onLine(f, line));
    R.onAlloc = (o, bytes) => this.onAlloc(o, bytes);
    R.onFree = (o, bytes) => this.onFree(o, bytes);
  }

  private onLine(f: Frame, line: number): void {
    const prev = this.lastLine.get(f);
    if (prev !== undefined) this.snapshot(f, prev);
    this.lastLine.set(f, line);
    this.acc(line).executions++;
  }

  private snapshot(f: Frame, line: number): void {
    const names = this.names[line - 1];
    if (!names || names.length === 0) return;
    const out: NameRef[] = [];
    for (const n of names) {
      const o = lookupName(f, n);
      if (o === null) continue;
      out.push(nameRef(n, o));
    }
    this.acc(line).refs = out;
  }

  private onAlloc(o: PyObject, bytes: number): void {
    const t = typeNameOf(o);
    const a = this.acc(ST.line);
    a.allocated.set(t, (a.allocated.get(t) ?? 0) + 1);
    a.bytes += bytes;
    const l = this.live.get(t) ?? { count: 0, bytes: 0 };
    l.count++;
    l.bytes += bytes;
    this.live.set(t, l);
  }

  private onFree(o: PyObject, bytes: number): void {
    const t = typeNameOf(o);
    const a = this.acc(ST.line);
    a.freed.set(t, (a.freed.get(t) ?? 0) + 1);
    a.bytes -= bytes;
    const l = this.live.get(t);
    if (l) {
      l.count--;
      l.bytes -= bytes;
    }
  }

  finish(): Trace {
    for (const f of callStack) {
      const l = this.lastLine.get(f);
      if (l !== undefined) this.snapshot(f, l);
    }
    const lines: LineFacts[] = [...this.lines.entries()]
      .filter(([line, a]) => line > 0 && a.executions > 0)
      .sort((x, y) => x[0] - y[0])
      .map(([line, a]) => ({
        line,
        executions: a.executions,
        allocated: Object.fromEntries(a.allocated),
        freed: Object.fromEntries(a.freed),
        bytesDelta: a.bytes,
        refs: a.refs,
      }));
    const byType = [...this.live.entries()].filter(([, v]) => v.count > 0).map(([type, v]) => ({ type, count: v.count, bytes: v.bytes }))
      .sort((a, b) => b.bytes - a.bytes);
    const finalHeap: HeapSummary = {
      objects: byType.reduce((s, x) => s + x.count, 0),
      bytes: R.heap.inUse,
      byType,
      globals: this.globalsNow(),
    };
    return { lines, finalHeap };
  }

  private globalsNow(): NameRef[] {
    const g = this.mainGlobals;
    if (g === null) return [];
    const out: NameRef[] = [];
    for (const [k, v] of dictEntries(g)) {
      const name = k.v as string;
      if (name.startsWith('__') && name.endsWith('__')) continue;
      out.push(nameRef(name, v));
    }
    return out;
  }

  mainGlobals: PyObject | null = null;
}

function typeNameOf(o: PyObject): string {
  return (o.t.v as TypeInfo).name;
}

function lookupName(f: Frame, name: string): PyObject | null {
  const i = f.code.varnames.indexOf(name);
  if (i >= 0) return f.l[i];
  const ns = f.ns ?? f.g;
  return dictGetStr(ns, name) ?? (ns !== f.g ? dictGetStr(f.g, name) : null);
}

function nameRef(name: string, o: PyObject): NameRef {
  let size = 0;
  try {
    size = getsizeof(o);
  } catch {
    size = 0;
  }
  return {
    name,
    type: typeNameOf(o),
    refcount: reportedRefcount(o),
    immortal: isImmortal(o) || (o.f & F_IMMORTAL) !== 0,
    size,
  };
}

export { F_RUNTIME };
