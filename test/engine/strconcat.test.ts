// Building a long str piece by piece must stay linear: `s += t` in a loop is the pattern the
// quadratic-concat finding is about, and users run it with large counts. The check that no
// high surrogate is joined to a low one (which a JavaScript string would read as one astral
// character) once read the last character of the text built so far, which makes V8 flatten the
// whole rope on every append: 200 000 appends took over a minute.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';

describe('str building stays linear', function () {
  this.timeout(60000);

  it('200 000 `s += "x"`, a 200 000-piece join and 50 000 f-string appends run in seconds, not minutes', () => {
    const src = [
      's = ""',
      'for i in range(200000):',
      '    s += "x"',
      'parts = []',
      'for i in range(200000):',
      '    parts.append("ab")',
      'print(len(s), len("-".join(parts)))',
      'w = ""',
      'for i in range(20000):',
      '    w = "%s%s" % (w, "y")',
      'print(len(w))',
      'f = ""',
      'for i in range(50000):',
      '    f = f"{f}z"',
      'print(len(f))',
      '',
    ].join('\n');
    const t0 = Date.now();
    const r = simulate(src, { python: '3.12', trace: true });
    const ms = Date.now() - t0;
    assert.equal(r.error, undefined);
    assert.equal(r.stdout, '200000 599999\n20000\n50000\n');
    assert.ok(ms < 10000, `took ${ms} ms`);
  });

  const joins: [string, string][] = [
    ['+', 's = "a" * 1000 + "\\ud800"\nt = s + "\\udc00"\n'],
    ['+=', 's = ""\nfor c in "abc":\n    s += c\ns += "\\ud800"\ns += "\\udc00"\n'],
    ['join', 'print(len("".join(["abc", "\\ud800", "\\udc00"])))\n'],
    ['join with a separator', 'print(len("\\ud800".join(["a", "\\udc00b"])))\n'],
    ['%', 'print(len("%s%s" % ("\\ud800", "\\udc00")))\n'],
    ['f-string', 'a = "\\ud800"\nb = "\\udc00"\nprint(len(f"{a}{b}"))\n'],
  ];
  for (const [what, src] of joins) {
    it(`${what}: a high surrogate followed by a low one still stops the run as not simulated`, () => {
      const r = simulate(src, { python: '3.12' });
      assert.equal(r.error?.kind, 'not-simulated', JSON.stringify(r.error));
      assert.match(r.error?.message ?? '', /low surrogate right after a high one/);
    });
  }

  it('surrogates that are not joined run normally', () => {
    const r = simulate('s = "\\udc00" + "\\ud800"\nprint(len(s), len("".join(["x", "\\ud800", "y"])))\n', { python: '3.12' });
    assert.equal(r.error, undefined);
    assert.equal(r.stdout, '2 3\n');
  });
});
