// co_stacksize against real CPython: for every case in test/stackdepth/cases, every code object
// and every profile version, stackSize() must equal what the real interpreter computed. The
// goldens in test/stackdepth/golden/<version>.json are recorded by
// scripts/record-stackdepth.py (never edited by hand).
//
// Paths are resolved from process.cwd(), the repository root when `npx mocha` runs.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, PySyntaxError } from '../../src/engine/parse/parser';
import type * as A from '../../src/engine/parse/ast';
import { codeUnitsBound, stackSize } from '../../src/engine/compile/stackdepth';
import type { StackVersion } from '../../src/engine/compile/stackdepth';
import { codeObjects } from './codekeys';

const VERSIONS: readonly [string, StackVersion][] = [['3.8', 8], ['3.10', 10], ['3.11', 11], ['3.12', 12], ['3.13', 13]];
const MIN_CASES = 60;

const DIR = join(process.cwd(), 'test', 'stackdepth');
const CASES_DIR = join(DIR, 'cases');
const ORACLE_DIR = join(process.cwd(), 'test', 'oracle', 'programs');
const GOLDEN_DIR = join(DIR, 'golden');

/** "<co_name>@<co_firstlineno>" -> co_stacksize, or the sorted distinct sizes of same-named code objects */
type CaseGolden = Record<string, number | number[]>;

interface Golden {
  python: string;
  /** null: the interpreter refuses the case with a SyntaxError (a match statement on 3.8) */
  cases: Record<string, CaseGolden | null>;
}

function isGolden(v: unknown): v is Golden {
  if (typeof v !== 'object' || v === null) return false;
  const g = v as Record<string, unknown>;
  return typeof g.python === 'string' && typeof g.cases === 'object' && g.cases !== null;
}

function readGolden(version: string): Golden {
  const path = join(GOLDEN_DIR, `${version}.json`);
  const g: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isGolden(g)) throw new Error(`malformed golden ${path}`);
  return g;
}

/** The stackdepth cases, and the oracle corpus's programs as "oracle/<name>". */
function listCases(): string[] {
  const names = (dir: string, prefix: string): string[] =>
    existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => prefix + f.slice(0, -'.py'.length)) : [];
  return [...names(CASES_DIR, ''), ...names(ORACLE_DIR, 'oracle/')].sort();
}

function caseSource(name: string): string {
  return name.startsWith('oracle/')
    ? readFileSync(join(ORACLE_DIR, `${name.slice('oracle/'.length)}.py`), 'utf8')
    : readFileSync(join(CASES_DIR, `${name}.py`), 'utf8');
}

/** The golden's values in the test's shape: a sorted list of distinct sizes per key. */
function normalize(g: CaseGolden): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(g)) out[k.startsWith('<module>@') ? '<module>' : k] = Array.isArray(v) ? v : [v];
  return out;
}

describe('stackdepth: co_stacksize as CPython computes it', () => {
  const cases = listCases();

  it(`has at least ${MIN_CASES} case files, each recorded for every version`, () => {
    assert.ok(cases.length >= MIN_CASES, `only ${cases.length} case files in ${CASES_DIR}`);
    for (const [version] of VERSIONS) {
      const g = readGolden(version);
      assert.deepEqual(Object.keys(g.cases).sort(), cases, `golden ${version}.json is stale: run scripts/record-stackdepth.py`);
    }
  });

  for (const [version, v] of VERSIONS) {
    describe(`CPython ${version}`, () => {
      const golden = existsSync(join(GOLDEN_DIR, `${version}.json`)) ? readGolden(version) : null;
      for (const name of cases) {
        it(name, () => {
          assert.ok(golden, `no golden for ${version}`);
          const expected = golden.cases[name];
          assert.ok(expected !== undefined, `no golden for ${name} in ${version}.json`);
          const src = caseSource(name);
          if (expected === null) {
            assert.throws(() => parse(src, { version }), PySyntaxError);
            return;
          }
          const mod = parse(src, { version });
          const got = new Map<string, Set<number>>();
          for (const { key, node } of codeObjects(mod, v)) {
            const k = node.type === 'Module' ? '<module>' : key;
            const set = got.get(k) ?? new Set<number>();
            set.add(stackSize(node, v, mod));
            got.set(k, set);
          }
          const actual: Record<string, number[]> = {};
          for (const [k, s] of got) actual[k] = [...s].sort((a, b) => a - b);
          assert.deepEqual(actual, normalize(expected));
        });
      }
    });
  }

  describe('API', () => {
    const src = [
      'class A:',
      '    def m(self):',
      '        return super().m()',
      'squares = [x * x for x in range(3)]',
      'gen = (x for x in range(3))',
      '',
    ].join('\n');

    it('finds a nested node once its module was analyzed', () => {
      for (const [version, v] of VERSIONS) {
        const mod = parse(src, { version });
        const m = (mod.body[0] as A.ClassDef).body[0] as A.FunctionDef;
        const withModule = stackSize(m, v, mod);
        assert.equal(stackSize(m, v), withModule);
      }
    });

    it('has no code object for an inlined comprehension from 3.12 (PEP 709)', () => {
      for (const [version, v] of VERSIONS) {
        const mod = parse(src, { version });
        const comp = (mod.body[1] as A.Assign).value as A.ListComp;
        if (v >= 12) assert.throws(() => stackSize(comp, v, mod), RangeError);
        else assert.ok(stackSize(comp, v, mod) > 0);
        const gen = (mod.body[2] as A.Assign).value as A.GeneratorExp;
        assert.ok(stackSize(gen, v, mod) > 0);
      }
    });

    it('compiles a lone function as if at module level', () => {
      const mod = parse('def f(a, b):\n    return a + b * 2\n', { version: '3.12' });
      const f = mod.body[0] as A.FunctionDef;
      assert.equal(stackSize(f, 12), 3);
    });
  });

  // 3.11+: codeUnitsBound() must never be below the code units CPython's code object has (the
  // tracemalloc simulation relies on it to know that an exception handler's `lasti` is a cached
  // small int). Recorded by scripts/record-stackdepth.py in golden/units-<version>.json.
  for (const [version, v] of VERSIONS.filter(([, n]) => n >= 11)) {
    it(`bounds the code units of every code object (CPython ${version})`, () => {
      const path = join(GOLDEN_DIR, `units-${version}.json`);
      assert.ok(existsSync(path), `no ${path}: run scripts/record-stackdepth.py`);
      const g = JSON.parse(readFileSync(path, 'utf8')) as { cases: Record<string, Record<string, number> | null> };
      const under: string[] = [];
      let checked = 0;
      for (const [name, real] of Object.entries(g.cases)) {
        if (real === null) continue;
        const file = name.startsWith('oracle/') ? join(ORACLE_DIR, `${name.slice('oracle/'.length)}.py`) : join(CASES_DIR, `${name}.py`);
        if (!existsSync(file)) continue;
        const mod = parse(readFileSync(file, 'utf8'), { version });
        const bound = new Map<string, number>();
        for (const { key, node } of codeObjects(mod, v)) {
          const k = node.type === 'Module' ? '<module>' : key;
          const b = codeUnitsBound(node, v, mod);
          if (b !== null) bound.set(k, Math.max(bound.get(k) ?? 0, b));
        }
        for (const [key, units] of Object.entries(real)) {
          const b = bound.get(key.startsWith('<module>@') ? '<module>' : key);
          if (b === undefined) continue;
          checked++;
          if (b < units) under.push(`${name} ${key}: bound ${b} < ${units}`);
        }
      }
      assert.ok(checked > 1000, `only ${checked} code objects checked`);
      assert.deepEqual(under, []);
    });
  }
});
