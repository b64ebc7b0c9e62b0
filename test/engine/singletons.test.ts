// The shared singletons' absolute reference counts before 3.12 (small ints, 1-char strings): where
// CPython's count depends on something HeapLens cannot know, sys.getrefcount stops the run
// instead of printing a guess; where it is known, the oracle programs sg_* check the numbers. And
// the replay of 3.10/3.11's parser path (pegenreplay.ts), on which those numbers rest, accepts
// every program of the corpus.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';
import { parse, moduleTokens } from '../../src/engine/parse/parser';
import { T, type Token } from '../../src/engine/parse/tokenizer';
import { replayParse, type ReplayToken } from '../../src/engine/parse/pegenreplay';

const MORTAL: ProfileId[] = ['3.8', '3.10', '3.11'];

function run(src: string, py: ProfileId) {
  return simulate(src, { python: py, filename: '<dir>/t.py' });
}

/** The program stops at sys.getrefcount on 3.8-3.11 with a reason matching `why`, and prints
 * the immortal count on 3.12. */
function stopsBefore312(src: string, why: RegExp, versions: ProfileId[] = MORTAL): void {
  for (const py of versions) {
    const r = run(src, py);
    assert.equal(r.outcome, 'not-simulated', `${py}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /sys\.getrefcount\(|merged co_consts tuple/, py);
    assert.match(r.stderr, why, py);
  }
  const r = run(src, '3.12');
  assert.equal(r.outcome, 'ok', r.stderr);
  assert.match(r.stdout, /4294967295/);
}

describe('shared singletons before 3.12: counts CPython does not determine stop the run', function () {
  this.timeout(60000);

  it('a name looked up on a type (the type attribute cache holds it until a colliding lookup)', () => {
    stopsBefore312("import sys\nclass K:\n    pass\nK.f = 1\nprint(sys.getrefcount('f'))\n", /type attribute cache/);
    // never looked up: known
    const r = run("import sys\nclass K:\n    f = 1\nprint(sys.getrefcount('f'))\n", '3.10');
    assert.equal(r.outcome, 'ok', r.stderr);
  });

  it('getattr() with a str of its own: the cache holds that very object', () => {
    const src = "import sys\nclass K:\n    pass\nn = ''.join(['zq', 'w'])\ngetattr(K, n, None)\nprint(sys.getrefcount(n))\n";
    for (const py of MORTAL) assert.equal(run(src, py).outcome, 'not-simulated', py);
  });

  it("a builtin type's count (every object start-up made holds its type): immortal from 3.12", () => {
    stopsBefore312('import sys\nprint(sys.getrefcount(int), sys.getrefcount(type(None)))\n', /builtin type/);
    stopsBefore312('import sys\nfrom typing import List\nx = List[int]\nprint(sys.getrefcount(int))\n', /builtin type/);
  });

  it('after a warning (CPython ran its warnings machinery)', () => {
    stopsBefore312('import sys\nx = 5\nprint(x is 5)\nprint(sys.getrefcount(9))\n', /warning was shown/);
  });

  it('after the parser imported unicodedata (a non-ASCII identifier, a \\N{...} escape)', () => {
    stopsBefore312('import sys\nzé = 1\nprint(sys.getrefcount(9))\n', /unicodedata/);
    stopsBefore312('import sys\ns = "\\N{BULLET}"\nprint(sys.getrefcount(9))\n', /unicodedata/);
  });

  it("3.11's start-up counts of re's flag letters differ from run to run", () => {
    stopsBefore312("import sys\nprint(sys.getrefcount('U'))\n", /differs from run to run/, ['3.11']);
    assert.equal(run("import sys\nprint(sys.getrefcount('U'))\n", '3.10').outcome, 'ok');
  });

  it('code objects that may share one merged co_consts tuple', () => {
    stopsBefore312('import sys\nf = lambda: 57\ng = lambda: 57\nprint(sys.getrefcount(57))\n', /merged co_consts/);
  });

  it("3.10/3.11's trim_unused_consts: a constant only dead code loads, at the end of co_consts", () => {
    const src = "import sys\ndef show(n):\n    print(sys.getrefcount(n))\nk = int('21')\ny = 9 if True else 21\nshow(k)\n";
    stopsBefore312(src, /trim_unused_consts/, ["3.10", "3.11"]);
    assert.equal(run(src, '3.8').outcome, 'ok');
  });
});

/** A parser token as the replay sees it (the compiler's mapping, codegen.ts replayToken). */
function replayToken(t: Token): ReplayToken {
  switch (t.type) {
    case T.NAME: return { key: 'NAME', str: t.str };
    case T.NUMBER: return { key: 'NUMBER', str: t.str };
    case T.STRING: return { key: 'STRING', str: '' };
    case T.NEWLINE: return { key: 'NEWLINE', str: '' };
    case T.INDENT: return { key: 'INDENT', str: '' };
    case T.DEDENT: return { key: 'DEDENT', str: '' };
    case T.ENDMARKER: return { key: 'ENDMARKER', str: '' };
    case T.KEYWORD: return { key: t.str === 'async' ? 'ASYNC' : t.str === 'await' ? 'AWAIT' : t.str, str: '' };
    default: return { key: t.str, str: '' };
  }
}

describe("the replay of 3.10/3.11's parser path (pegenreplay.ts)", function () {
  this.timeout(120000);
  const dir = 'test/oracle/programs';
  const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  for (const v of ['3.10', '3.11'] as const) {
    it(`${v}: accepts every corpus program it parses, f-string fields included`, () => {
      const minor = v === '3.10' ? 10 : 11;
      let n = 0;
      for (const f of files) {
        let mod;
        try {
          mod = parse(readFileSync(join(dir, f), 'utf8'), { version: v });
        } catch {
          continue; // a program this version refuses
        }
        const info = moduleTokens.get(mod);
        assert.ok(info, f);
        assert.ok(replayParse(minor, info.tokens.map(replayToken), 'file'), `${f}: the walk did not accept the module`);
        for (const field of info.fields) {
          const toks = [{ key: '(', str: '' }, ...field.map(replayToken), { key: ')', str: '' }, { key: 'NEWLINE', str: '' }, { key: 'ENDMARKER', str: '' }];
          assert.ok(replayParse(minor, toks, 'fstring'), `${f}: an f-string field`);
        }
        n++;
      }
      assert.ok(n > 300, `only ${n} programs`);
    });
  }

  it('counts the re-reads CPython makes (x = 1: three of each; the statement x: six)', () => {
    const counts = (src: string, v: '3.10' | '3.11'): number[] => {
      const mod = parse(src, { version: v });
      const toks = moduleTokens.get(mod)!.tokens;
      const r = replayParse(v === '3.10' ? 10 : 11, toks.map(replayToken), 'file')!;
      return toks.map((t, i) => r.names[i] + r.numbers[i]);
    };
    for (const v of ['3.10', '3.11'] as const) {
      assert.deepEqual(counts('x = 1\n', v).slice(0, 3), [3, 0, 3]);
      assert.equal(counts('x\n', v)[0], 6);
    }
  });
});
