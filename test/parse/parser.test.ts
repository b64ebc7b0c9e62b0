// The parser against real CPython: every golden was written by scripts/record-parse-goldens.py
// from ast.parse() (3.12) and from running each error file as a script under 3.8, 3.10-3.13.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { PySyntaxError, formatSyntaxError, parse } from '../../src/engine/parse/parser';
import { astToJson } from './astjson';
import type { Json } from './astjson';

/** The repository root: tests run from out/test/parse/ (bundled) with cwd at the root. */
function repoRoot(): string {
  for (const base of [path.resolve(__dirname, '../../..'), process.cwd()]) {
    if (existsSync(path.join(base, 'test', 'parse', 'golden'))) return base;
  }
  throw new Error('cannot find test/parse/golden');
}

const ROOT = repoRoot();
const CASES = path.join(ROOT, 'test', 'parse', 'cases');
const ERRORS = path.join(ROOT, 'test', 'parse', 'errors');
const GOLDEN = path.join(ROOT, 'test', 'parse', 'golden');
const VERSIONS = ['3.8', '3.10', '3.11', '3.12', '3.13'];

interface GoldenError {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
  stderr: string;
}

/**
 * Errors whose type, line and message match CPython but whose column (and so the caret line) does
 * not, with the reason. Everything else must match CPython's stderr byte for byte.
 */
const KNOWN_COLUMN_DIFFS: Record<string, { versions: string[]; reason: string }> = {
  bytes_non_ascii: {
    versions: ['3.11'],
    reason: '3.11 starts this error at the string but ends it at the next token; HeapLens uses the next token for both',
  },
  walrus_in_comprehension_iterable: {
    versions: ['3.8'],
    reason: "3.8's AST starts a parenthesized walrus at its '('; HeapLens keeps 3.12's node positions",
  },
};

function pyFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
}

function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}

function parseError(src: string, version: string): PySyntaxError | null {
  try {
    parse(src, { version });
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

describe('parser: ASTs identical to CPython 3.12 ast.parse', () => {
  const files = pyFiles(CASES);
  it('has at least 40 valid-source cases', () => {
    assert.ok(files.length >= 40, `${files.length} cases`);
  });
  for (const f of files) {
    const name = f.slice(0, -3);
    it(name, () => {
      const golden = JSON.parse(readFileSync(path.join(GOLDEN, `${name}.ast.json`), 'utf8')) as Json;
      const ours = JSON.parse(JSON.stringify(astToJson(parse(readSource(path.join(CASES, f)))))) as Json;
      assert.deepStrictEqual(ours, golden);
    });
  }
});

describe('parser: syntax errors match CPython (type, line, message, column)', () => {
  const files = pyFiles(ERRORS);
  it('has at least 35 error cases', () => {
    assert.ok(files.length >= 35, `${files.length} error cases`);
  });
  for (const f of files) {
    const name = f.slice(0, -3);
    const golden = JSON.parse(readFileSync(path.join(GOLDEN, 'errors', `${name}.json`), 'utf8')) as Record<string, GoldenError>;
    const src = readSource(path.join(ERRORS, f));
    for (const v of VERSIONS) {
      const g = golden[v];
      it(`${name} [${v}]`, () => {
        assert.ok(g, `no golden for ${v}`);
        const err = parseError(src, v);
        assert.ok(err, `expected ${g.type}: ${g.msg} (line ${g.lineno})`);
        assert.equal(err.kind, g.type);
        assert.equal(err.lineno, g.lineno);
        assert.equal(err.msg, g.msg);
        if (!KNOWN_COLUMN_DIFFS[name]?.versions.includes(v)) assert.equal(err.offset, g.offset);
      });
    }
  }
});

describe('formatSyntaxError: the exact text `python FILE` prints', () => {
  for (const f of pyFiles(ERRORS)) {
    const name = f.slice(0, -3);
    const golden = JSON.parse(readFileSync(path.join(GOLDEN, 'errors', `${name}.json`), 'utf8')) as Record<string, GoldenError>;
    const src = readSource(path.join(ERRORS, f));
    for (const v of VERSIONS) {
      if (KNOWN_COLUMN_DIFFS[name]?.versions.includes(v)) continue;
      it(`${name} [${v}]`, () => {
        const err = parseError(src, v);
        assert.ok(err);
        assert.equal(formatSyntaxError(err, f), golden[v]!.stderr);
      });
    }
  }
});

describe('parser: API and behaviour', () => {
  it('PySyntaxError carries CPython-style fields', () => {
    const err = parseError('x = 1\nif x\n    pass\n', '3.12');
    assert.ok(err instanceof PySyntaxError);
    assert.ok(err instanceof Error);
    assert.equal(err.kind, 'SyntaxError');
    assert.equal(err.msg, "expected ':'");
    assert.equal(err.lineno, 2);
    assert.equal(err.offset, 5);
    assert.equal(err.text, 'if x');
    assert.equal(err.version, '3.12');
  });

  it('defaults to 3.12 and accepts every supported version', () => {
    assert.equal(parseError('x = f"{"a"}"\n', '3.12'), null);
    assert.equal(parseError('x = f"{"a"}"\n', '3.13'), null);
    for (const v of ['3.8', '3.10', '3.11']) assert.ok(parseError('x = f"{"a"}"\n', v), v);
    assert.equal(parse('').body.length, 0);
  });

  it('gates syntax newer than the version', () => {
    const src = 'match x:\n    case 1:\n        pass\n';
    assert.equal(parseError(src, '3.10'), null);
    assert.equal(parseError(src, '3.8')?.msg, 'invalid syntax');
    assert.ok(parseError('with (open(a) as f, open(b) as g):\n    pass\n', '3.8'));
    assert.equal(parseError('with (open(a) as f, open(b) as g):\n    pass\n', '3.10'), null);
    assert.ok(parseError('try:\n    pass\nexcept* E:\n    pass\n', '3.10'));
    assert.equal(parseError('try:\n    pass\nexcept* E:\n    pass\n', '3.11'), null);
    assert.ok(parseError('type X = int\n', '3.11'));
    assert.equal(parseError('type X = int\n', '3.12'), null);
  });

  it('decodes literals exactly', () => {
    const mod = parse('a = 0x_ff\nb = 2**100\nc = "\\N{EURO SIGN}\\U0001F600"\nd = b"\\xff\\101"\ne = 1e999\nf = 1_0.5e-1j\n');
    const values = mod.body.map((s) => (s.type === 'Assign' && s.value.type === 'Constant' ? s.value.value : null));
    assert.deepStrictEqual(values[0], { k: 'int', v: 255n });
    assert.equal(values[1], null); // 2**100 stays a BinOp (no constant folding in the AST)
    assert.deepStrictEqual(values[2], { k: 'str', v: '\u20ac\ud83d\ude00' });
    assert.deepStrictEqual(values[3], { k: 'bytes', v: '\xffA' });
    assert.deepStrictEqual(values[4], { k: 'float', v: Infinity });
    assert.deepStrictEqual(values[5], { k: 'complex', imag: 1.05 });
    const big = parse('x = 123456789012345678901234567890\n').body[0];
    assert.ok(big?.type === 'Assign' && big.value.type === 'Constant');
    assert.deepStrictEqual(big.value.value, { k: 'int', v: 123456789012345678901234567890n });
  });

  it('reports unknown \\N{} names like CPython', () => {
    const err = parseError('x = "\\N{NO SUCH CHARACTER NAME}"\n', '3.12');
    assert.equal(err?.msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name"); // as CPython 3.12.1 says
  });

  it('parses a 5,000-line file in well under 100 ms once warm', () => {
    const parts = pyFiles(CASES)
      .filter((f) => !['match_stmt.py', 'match_patterns.py', 'type_alias.py', 'try_star.py', 'program_bank.py'].includes(f))
      .map((f) => readSource(path.join(CASES, f)).replace(/\r\n?/g, '\n'));
    let src = '';
    while (src.split('\n').length < 5000) src += parts.join('\n') + '\n';
    for (let i = 0; i < 5; i++) parse(src);
    // the process's CPU time, not the wall clock: on a shared machine other processes' load
    // stretches wall time but not the work the parser does (on an idle machine they agree). Even
    // CPU time grows under load (shared caches, V8's helper threads are counted too), and only
    // upward: the fastest of several runs is the parser's own cost, so that is what is held to
    // the budget
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const c0 = process.cpuUsage();
      parse(src);
      const d = process.cpuUsage(c0);
      times.push((d.user + d.system) / 1000);
    }
    times.sort((a, b) => a - b);
    const best = times[0]!;
    assert.ok(best < 100, `fastest of ${times.length} parses took ${best.toFixed(1)} ms of CPU time for ${src.split('\n').length} lines (median ${times[4]!.toFixed(1)} ms)`);
  });
});
