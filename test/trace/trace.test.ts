// `heaplens trace`'s per-line facts against real CPython: for every program in
// test/trace/programs, bench/settrace_refcounts.py ran on each real interpreter (a sys.settrace
// hook taking sys.getrefcount / sys.getsizeof of the names each line binds or reads, right after
// the line ran) and its facts were recorded by scripts/record-trace-goldens.mjs into
// test/trace/golden/<minor>/<program>.json. The simulator's trace must agree on every object the
// tracer can measure faithfully:
// - shared objects (small ints, None, bools, strings) are left out: their counts include the
//   references of the tracer's own environment (the modules it imported);
// - a line that returns is left out: the settrace hook receives the return value as an argument,
//   one reference more than the program has;
// - executions are compared for simple statements: CPython's line events also fire for the
//   header of every loop iteration, for class bodies and inside comprehensions, where HeapLens
//   counts statements.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId, NameRef } from '../../src/engine';
import { parse } from '../../src/engine/parse/parser';
import { parseSnippets } from '../../src/engine/annotations';

const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileId[];
const DIR = join(process.cwd(), 'test', 'trace');
const SHARED_TYPES = new Set(['int', 'bool', 'NoneType', 'str']);

interface GoldenLine {
  line: number;
  executions: number;
  refs: NameRef[];
}

/** Lines the comparison skips, from the program's AST. */
function lineKinds(source: string): { returns: Set<number>; compound: Set<number> } {
  const returns = new Set<number>();
  const compound = new Set<number>();
  const walk = (n: unknown, stmtLine: number): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) walk(x, stmtLine);
      return;
    }
    const node = n as { type?: string; lineno?: number; [k: string]: unknown };
    let line = stmtLine;
    if (typeof node.type === 'string' && typeof node.lineno === 'number' && /^[A-Z]/.test(node.type)) {
      if (['Return', 'Yield', 'YieldFrom'].includes(node.type)) returns.add(node.lineno);
      if (['For', 'While', 'If', 'With', 'Try', 'ClassDef', 'FunctionDef'].includes(node.type)) compound.add(node.lineno);
      if (['ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Lambda'].includes(node.type)) compound.add(stmtLine);
      if ('body' in node && Array.isArray(node.body)) line = node.lineno;
    }
    for (const k of Object.keys(node)) if (k !== 'type') walk(node[k], typeof node.lineno === 'number' && k !== 'body' ? node.lineno : line);
  };
  walk(parse(source, { version: '3.12' }), 0);
  return { returns, compound };
}

const programs = existsSync(join(DIR, 'programs')) ? readdirSync(join(DIR, 'programs')).filter((f) => f.endsWith('.py')).sort() : [];

describe('trace: per-line facts agree with a settrace tracer on real CPython', () => {
  it('has programs and goldens for every version', () => {
    assert.ok(programs.length >= 6, `only ${programs.length} programs`);
    for (const v of PROFILES) for (const p of programs) assert.ok(existsSync(join(DIR, 'golden', v, p.replace(/\.py$/, '.json'))), `no golden for ${p} on ${v}`);
  });

  it('stops a traced run at a case pattern written over several lines (its line events are not simulated)', () => {
    const source = 'def f(p):\n    match p:\n        case [\n            1,\n            b,\n        ]:\n            return b\n    return 0\nprint(f([1, 2]))\n';
    for (const version of ['3.10', '3.12'] as const) {
      const traced = simulate(source, { python: version, filename: 'm.py', trace: true });
      assert.equal(traced.outcome, 'not-simulated');
      assert.match(traced.stderr, /line 3: per-line execution counts of a 'case' pattern written over several lines is not simulated/);
      // a plain run does not count lines: it runs
      assert.equal(simulate(source, { python: version, filename: 'm.py' }).stdout, '2\n');
    }
  });

  for (const version of PROFILES) {
    describe(`CPython ${version}`, () => {
      for (const p of programs) {
        it(p.replace(/\.py$/, ''), () => {
          const source = readFileSync(join(DIR, 'programs', p), 'utf8');
          const golden = JSON.parse(readFileSync(join(DIR, 'golden', version, p.replace(/\.py$/, '.json')), 'utf8')) as { lines: GoldenLine[]; syntaxError?: boolean };
          const result = simulate(source, { python: version, filename: p, trace: true });
          if (golden.syntaxError === true) {
            // this version refuses the program (a match statement on 3.8)
            assert.match(result.stderr, /^SyntaxError: /m);
            return;
          }
          assert.equal(result.outcome, 'ok', result.stderr);
          const trace = result.trace;
          assert.ok(trace !== undefined);
          const byLine = new Map(trace.lines.map((l) => [l.line, l]));
          const { returns, compound } = lineKinds(source);
          let compared = 0;
          for (const g of golden.lines) {
            const s = byLine.get(g.line);
            assert.ok(s !== undefined, `line ${g.line} ran ${g.executions}× in CPython but is missing from the trace`);
            if (!compound.has(g.line)) assert.equal(s.executions, g.executions, `line ${g.line}: executions`);
            if (returns.has(g.line)) continue;
            for (const r of g.refs) {
              if (SHARED_TYPES.has(r.type)) continue;
              const mine: NameRef | undefined = s.refs.find((x: NameRef) => x.name === r.name);
              assert.ok(mine !== undefined, `line ${g.line}: name '${r.name}' (${r.type}) is missing from the trace`);
              assert.deepEqual(
                { type: mine.type, refcount: mine.refcount, size: mine.size },
                { type: r.type, refcount: r.refcount, size: r.size },
                `line ${g.line}: '${r.name}'`,
              );
              compared++;
            }
          }
          assert.ok(compared >= 5, `only ${compared} facts compared`);
        });
      }
    });
  }
});

describe('trace: counts CPython would not report are marked unknown, never shown as CPython\'s', () => {
  const SRC = 't = int\nz = b"q"\nn = [1]\nprint(t, z, n)\n';
  const refOf = (v: ProfileId, line: number, name: string): NameRef => {
    const r = simulate(SRC, { python: v, trace: true, filename: 'f.py' });
    return r.trace!.lines.find((l) => l.line === line)!.refs.find((x) => x.name === name)!;
  };
  it('a builtin type before 3.12 (sys.getrefcount stops: start-up holds it everywhere) is unknown; from 3.12 immortal', () => {
    assert.match(refOf('3.8', 1, 't').refcountUnknown ?? '', /builtin type's count/);
    const t12 = refOf('3.12', 1, 't');
    assert.equal(t12.immortal, true);
    assert.equal(t12.refcountUnknown, undefined);
    assert.equal(t12.refcount, 4294967295);
  });
  it('a 1-byte bytes object on 3.10/3.11 is unknown (the parser holds the program\'s tokens), a list is known', () => {
    assert.match(refOf('3.11', 2, 'z').refcountUnknown ?? '', /parser keeps the bytes/);
    assert.equal(refOf('3.8', 2, 'z').refcountUnknown, undefined);
    const n = refOf('3.11', 3, 'n');
    assert.equal(n.refcountUnknown, undefined);
    assert.equal(n.refcount, 1);
  });
  it('an @expect refcount on such an object is an error, not a pass or a fail', () => {
    const sn = parseSnippets('t = int\n# @expect refcount(t) == 3\n', 'py')[0];
    const r = simulate(sn.source, { python: '3.8', trace: true, filename: 'f.py', annotations: { expectations: sn.expectations, snapshots: sn.snapshots } });
    assert.equal(r.expectations?.[0].status, 'error', JSON.stringify(r.expectations));
    assert.match(r.expectations?.[0].message ?? '', /^sys\.getrefcount\(int\) is not simulated on CPython 3\.8: a builtin type's count/);
  });
});
