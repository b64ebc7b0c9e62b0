// A program's identifier-like string constant that CPython's start-up had already interned is
// start-up's object: on 3.8-3.11 (and for 3.13's mortal ones) its reference count includes the
// references of the standard library modules loaded before the script, so sys.getrefcount of it
// stops as not simulated instead of printing the program's references alone (it printed 3 where
// CPython 3.8 prints 132 for 'name'). 3.13's immortal start-up strings report the immortal count.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import { parseSnippets } from '../../src/engine/annotations';

describe('strings CPython interned at start-up', () => {
  for (const v of ['3.8', '3.10', '3.11'] as const) {
    it(`sys.getrefcount('name') stops on ${v}`, () => {
      const r = simulate("import sys\nprint(sys.getrefcount('name'))\n", { python: v });
      assert.equal(r.outcome, 'not-simulated');
      assert.match(r.stderr, /line 2: the reference count of "name", a string CPython's start-up had already interned \(.*\) is not simulated/);
    });
  }
  it("3.13: 'name' is an immortal start-up string, 'hello_world' the program's own", () => {
    const r = simulate("import sys\nprint(sys.getrefcount('name'), sys.getrefcount('hello_world'))\n", { python: '3.13' });
    assert.equal(r.stdout, '4294967295 3\n');
  });
  it("3.8-3.11: a string the program also uses as a name counts the parser's and the code objects' references", () => {
    // CPython 3.8.18 / 3.10.13 / 3.11.7 print 5 / 7 / 7: the parser's arena (3.10+: once per PEG
    // parse attempt) and co_names hold the identifier (docs/profiles.md, shared singletons)
    const want: Record<string, string> = { '3.8': '5\n', '3.10': '7\n', '3.11': '7\n', '3.13': '4294967295\n' };
    for (const [v, out] of Object.entries(want)) {
      assert.equal(simulate("import sys\nzzkw = 1\nprint(sys.getrefcount('zzkw'))\n", { python: v as '3.8' }).stdout, out);
    }
  });
  it('3.13: after a warning imported the warnings machinery, an identifier-like interned string stops', () => {
    // CPython 3.13.0 printed 4294967295 for 'alpha' here (6 without the warning): the names of
    // warnings', linecache's and tokenize's code objects are interned immortal when they load
    // (Objects/codeobject.c, intern_strings); HeapLens printed 4
    const src = "import sys\nnames = ['alpha']\nprint(names[0] is 'alpha')\nprint(sys.getrefcount('alpha'))\n";
    const r = simulate(src, { python: '3.13' });
    assert.equal(r.outcome, 'not-simulated');
    assert.match(r.stderr, /line 4: sys.getrefcount\('alpha'\) is not simulated: a warning was shown \(the SyntaxWarning of line 3\): CPython 3.13 imported its warnings machinery/);
    // a string that cannot be a name keeps its count
    const r2 = simulate("import sys\nx = 'a b'\nprint(x is 'a b', sys.getrefcount(x))\n", { python: '3.13' });
    assert.equal(r2.stdout, 'True 4\n');
  });
  it('a string start-up did not intern keeps its exact count', () => {
    for (const v of ['3.8', '3.11'] as const) {
      const r = simulate("import sys\nx = 'hello_world'\nprint(sys.getrefcount(x))\n", { python: v });
      assert.equal(r.stdout, '4\n');
    }
  });
  it('an @expect on such a string reports an error, not a number', () => {
    const [snip] = parseSnippets("x = 'name'\n# @expect refcount(x) == 3\n", 'py');
    const r = simulate(snip.source, { python: '3.10', annotations: { expectations: snip.expectations, snapshots: snip.snapshots } });
    assert.equal(r.expectations?.length, 1);
    assert.equal(r.expectations?.[0].status, 'error');
    assert.match(r.expectations?.[0].message ?? '', /a string CPython's start-up had already interned \(.*\) is not simulated/);
  });
});
