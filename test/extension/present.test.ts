// What the editor shows, from real simulation results (no VS Code needed): lens titles, hover
// text, diagnostics, and the quick fixes' edits — each fix keeps the file valid Python and,
// simulated again, removes its finding.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId, SimulationResult } from '../../src/engine';
import { parseSnippets } from '../../src/engine/annotations';
import { lenses, lineLens, hoverMarkdown, diagnostics, bytes } from '../../src/extension/present';
import { fixesFor, applyEdits } from '../../src/extension/fixes';

function traced(src: string, python: ProfileId = '3.12'): SimulationResult {
  const [s] = parseSnippets(src, 'py');
  return simulate(s.source, { python, trace: true, annotations: { expectations: s.expectations, snapshots: s.snapshots } });
}

describe('editor presentation', () => {
  it('a lens shows the refcounts of the line\'s names, what it made, the bytes, and is labelled "heap"', () => {
    const r = traced('a = []\nb = a\nc = [a, a]\n');
    const l3 = lineLens(r.trace!.lines.find((l) => l.line === 3)!, 'compact')!;
    assert.equal(l3.line, 2);
    assert.match(l3.title, /^heap · refs a=4 c=1 · \+1 list \(64 B\) · \+\d+ B$/);
    // the list object's own block: PyListObject + GC header = 56 bytes on 3.12, a 64-byte block;
    // its item array is a separate allocation, counted in the line's bytes only
    const facts3 = r.trace!.lines.find((l) => l.line === 3)!;
    assert.deepEqual(facts3.allocatedBytes, { list: 64 });
    assert.ok(facts3.bytesDelta > 64);
    assert.ok(l3.step > 0);
    const full = lineLens(r.trace!.lines.find((l) => l.line === 3)!, 'full')!;
    assert.match(full.title, /a=4 \(list, \d+ B\)/);
    assert.equal(lineLens(r.trace!.lines[0], 'off'), null);
  });

  it('a compact lens shows what the line left behind and counts what it made and freed again as temporaries', () => {
    const r = traced('import sys\na = []\nprint("x", sys.getrefcount(a))\nn = len(str(12345))\nfor i in range(1000, 1100):\n    x = i + 1\n');
    const facts = (n: number) => r.trace!.lines.find((l) => l.line === n)!;
    // print's bound `write` methods, one per piece written: made and freed; the int's str stays in
    // stdout's pending buffer (as in CPython, until the buffer is flushed)
    const p = facts(3);
    const bound = p.allocated.builtin_function_or_method;
    assert.ok(bound > 0 && bound === p.freed.builtin_function_or_method);
    const compact = lineLens(p, 'compact')!.title;
    const temporaries = Object.keys(p.allocated).reduce((n, t) => n + Math.min(p.allocated[t], p.freed[t] ?? 0), 0);
    assert.ok(temporaries >= bound);
    assert.match(compact, new RegExp(`\\+1 str \\(\\d+ B\\).* ${temporaries} temporaries · \\+\\d+ B$`));
    assert.doesNotMatch(compact, /builtin_function_or_method/);
    assert.match(lineLens(p, 'full')!.title, /\+\d+ builtin_function_or_method \(\d+ B\).* -\d+ builtin_function_or_method/);
    // a str made only to be measured, and str()'s argument tuple: nothing left behind
    const measured = lineLens(facts(4), 'compact')!.title;
    assert.match(measured, /^heap · refs n=immortal · [2-9] temporaries( · |$)/);
    assert.doesNotMatch(measured, /str/);
    // in a loop: one int is left behind (x's last value), the others were temporaries
    const loop = facts(6);
    const ints = loop.allocated.int;
    assert.equal(ints - loop.freed.int, 1);
    assert.match(lineLens(loop, 'compact')!.title, new RegExp(`· \\+1 int \\(32 B\\) ${ints - 1} temporaries · \\+32 B · ×100$`));
    // objects a free list takes back count as freed (their blocks stay in use), objects made in
    // such a block as allocated: a tuple per iteration is one left behind and 99 temporaries
    const r3 = traced('for i in range(1000, 1100):\n    t = (i, i)\n');
    const tl = r3.trace!.lines.find((l) => l.line === 2)!;
    assert.equal(tl.allocated.tuple, 100);
    assert.equal(tl.freed.tuple, 99);
    // (the previous tuple takes the previous i with it: -99 int)
    assert.match(lineLens(tl, 'compact')!.title, /· -99 int \(\d+(\.\d)? (B|KiB)\) \+1 tuple \(\d+ B\) 99 temporaries · -\d+(\.\d)? (B|KiB) · ×100$/);
    // a line that only frees
    const r2 = traced('a = str(10 ** 60)\ndel a\n');
    assert.match(lineLens(r2.trace!.lines.find((l) => l.line === 2)!, 'compact')!.title, /^heap · -1 str \(\d+ B\) · -\d+ B$/);
  });

  it('immortal objects and repeated lines are marked', () => {
    const r = traced('n = None\nfor i in range(1000):\n    x = i\n', '3.12');
    const all = lenses(r, 'compact');
    assert.ok(all.find((l) => l.line === 0)!.title.includes('n=immortal'));
    assert.ok(all.find((l) => l.line === 2)!.title.includes('×1000'));
  });

  it('an @expect line gets a ✓ or ✗ lens, and a failed one a diagnostic at the annotation', () => {
    const r = traced('a = []\n# @expect refcount(a) == 1\nb = a\n# @expect refcount(a) == 5\n');
    const marks = lenses(r, 'compact').filter((l) => l.title.includes('@expect')).map((l) => [l.line, l.title.includes('✓')]);
    assert.deepEqual(marks, [[1, true], [3, false]]);
    const d = diagnostics(r, () => '').filter((x) => x.code === 'expect-failed');
    assert.equal(d.length, 1);
    assert.equal(d[0].line, 3);
    assert.match(d[0].message, /refcount\(a\) is 2 on CPython 3\.12, expected == 5/);
    assert.deepEqual(d[0].related, [{ line: 3, message: 'checked after this statement' }]);
  });

  it('findings become diagnostics with code, severity and related locations', () => {
    const src = readFileSync(join(process.cwd(), 'examples', 'cycles.py'), 'utf8');
    const r = traced(src);
    const d = diagnostics(r, () => '').filter((x) => x.code === 'cycle-garbage');
    assert.equal(d.length, 2);
    assert.equal(d[0].severity, 'information');
    assert.ok(d[0].related.length >= 2);
    assert.match(d[0].message, /\[CPython 3\.12\]$/);
  });

  it('a runaway program is stopped by the step budget and reported at its line', () => {
    const [sn] = parseSnippets('i = 0\nwhile True:\n    i += 1\n', 'py');
    const r = simulate(sn.source, { python: '3.12', trace: true, maxSteps: 5000 });
    const d = diagnostics(r, () => '');
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'budget');
    assert.ok(d[0].line === 1 || d[0].line === 2);
    assert.match(d[0].message, /step budget/);
  });

  it('a run that stops is reported where it stopped', () => {
    const d = diagnostics(traced('x = 1\nimport os\n'), () => '');
    assert.deepEqual(d.map((x) => [x.code, x.line, x.severity]), [['not-simulated', 1, 'error']]);
  });

  it('a hover gives the refcount, size, block, generation and referrers', () => {
    const src = 'a = [1]\nb = [a]\n';
    const r = traced(src);
    const facts = r.trace!.lines.find((l) => l.line === 2)!;
    const view = simulate(src, { python: '3.12', stopAtStep: facts.afterStep }).heapView ?? null;
    const md = hoverMarkdown(facts, 'a', '3.12', view)!;
    assert.match(md, /\*\*a\*\* → `list`/);
    assert.match(md, /refcount: \*\*2\*\*/);
    assert.match(md, /a \d+-byte block \(size class \d+\) in pool \d+ of arena \d+/);
    assert.match(md, /collector: generation 0/);
    assert.match(md, /referred to by: `a` \(<module>\), a list/);
  });

  it('formats sizes', () => {
    assert.deepEqual([bytes(88), bytes(-2048), bytes(5 * 1048576)], ['88 B', '-2.0 KiB', '5.0 MiB']);
  });
});

describe('quick fixes', () => {
  const fixed = (src: string, code: string, python: ProfileId = '3.12'): string => {
    const r = simulate(src, { python, trace: true });
    const f = r.findings!.find((x) => x.code === code);
    assert.ok(f, `no ${code} finding`);
    const fixes = fixesFor(src.split('\n'), f);
    assert.equal(fixes.length, 1, `no fix for ${code}`);
    return applyEdits(src, fixes[0].edits);
  };
  const stillValid = (src: string): SimulationResult => {
    const r = simulate(src, { python: '3.12', trace: true });
    assert.notEqual(r.outcome, 'syntax-error', r.stderr);
    return r;
  };

  it('not-simulated gc.collect() after an import → gc.collect() after the imports, the run goes on', () => {
    for (const v of ['3.10', '3.12'] as ProfileId[]) {
      const src = 'import sys\nfrom collections import (deque,\n    OrderedDict)\nimport weakref\n\nclass N:\n    pass\n\na = N()\na.me = a\ndel a\nprint(gc.collect())\n'.replace('import sys', 'import sys, gc');
      const r = simulate(src, { python: v, trace: true });
      assert.equal(r.outcome, 'not-simulated');
      const f = r.findings!.find((x) => x.code === 'not-simulated')!;
      assert.equal(f.data?.remedy, 'collect-after-imports');
      const fixes = fixesFor(src.split('\n'), f);
      assert.equal(fixes.length, 1);
      const out = applyEdits(src, fixes[0].edits);
      assert.match(out, /^import weakref\ngc\.collect\(\)  # HeapLens: /m);
      const r2 = simulate(out, { python: v, trace: true });
      assert.equal(r2.outcome, 'ok', r2.stderr);
      assert.match(r2.stdout, /^\d+\n$/);
    }
    // gc.get_count() before the first collection; no `import gc` of its own → one is added
    const src = 'from gc import get_count\nx = []\nprint(get_count())\n';
    const f = simulate(src, { python: '3.12', trace: true }).findings!.find((x) => x.code === 'not-simulated')!;
    const out = applyEdits(src, fixesFor(src.split('\n'), f)[0].edits);
    assert.match(out, /^from gc import get_count\nimport gc\ngc\.collect\(\)/);
    assert.equal(stillValid(out).outcome, 'ok');
    // tracemalloc started before the first collection
    const tsrc = 'import tracemalloc\ntracemalloc.start()\nx = [1.5 * i for i in range(100)]\nprint(tracemalloc.get_traced_memory()[0] > 0)\n';
    const tf = simulate(tsrc, { python: '3.11', trace: true }).findings!.find((x) => x.code === 'not-simulated')!;
    assert.equal(tf.data?.remedy, 'collect-after-imports', tf.message);
    const tout = applyEdits(tsrc, fixesFor(tsrc.split('\n'), tf)[0].edits);
    assert.match(tout, /^import tracemalloc\nimport gc\ngc\.collect\(\)/);
    const tr = simulate(tout, { python: '3.11', trace: true });
    assert.equal(tr.outcome, 'ok', tr.stderr);
    // other stops offer nothing
    const g = simulate('async def f():\n    pass\n', { python: '3.12', trace: true }).findings!.find((x) => x.code === 'not-simulated')!;
    assert.deepEqual(fixesFor(['async def f():', '    pass', ''], g), []);
  });

  it('quadratic-concat → a list and "".join(), same output, finding gone', () => {
    const src = 's = ""\nfor i in range(50):\n    s += str(i)\nprint(len(s))\n';
    const out = fixed(src, 'quadratic-concat');
    assert.match(out, /s_parts = \[s\]\nfor i in range\(50\):\n {4}s_parts\.append\(str\(i\)\)\ns = "".join\(s_parts\)\nprint/);
    const r = stillValid(out);
    assert.equal(r.stdout, simulate(src, { python: '3.12' }).stdout);
    assert.equal(r.findings!.filter((f) => f.code === 'quadratic-concat').length, 0);
    // s = s + … the same way
    const src2 = 'html = ""\nfor i in range(50):\n    html = html + "<td>" + str(i)\nprint(len(html))\n';
    const out2 = fixed(src2, 'quadratic-concat');
    assert.match(out2, /html_parts = \[html\]\nfor i in range\(50\):\n {4}html_parts\.append\("<td>" \+ str\(i\)\)\nhtml = "".join\(html_parts\)\nprint/);
    const r2 = stillValid(out2);
    assert.equal(r2.stdout, simulate(src2, { python: '3.12' }).stdout);
    assert.equal(r2.findings!.filter((f) => f.code === 'quadratic-concat').length, 0);
    // bytes joins with b""
    const src3 = 'b = b""\nfor i in range(50):\n    b += b"xy"\nprint(len(b), b[:4])\n';
    const out3 = fixed(src3, 'quadratic-concat');
    assert.match(out3, /b_parts = \[b\]\nfor i in range\(50\):\n {4}b_parts\.append\(b"xy"\)\nb = b"".join\(b_parts\)\nprint/);
    const r3 = stillValid(out3);
    assert.equal(r3.stdout, simulate(src3, { python: '3.12' }).stdout);
    assert.equal(r3.findings!.filter((f) => f.code === 'quadratic-concat').length, 0);
  });

  it('unbounded-growth → a bounded OrderedDict cache, finding gone', () => {
    const src = readFileSync(join(process.cwd(), 'examples', 'unbounded_cache.py'), 'utf8').replace(/^# heap:.*\n/m, '');
    const out = fixed(src, 'unbounded-growth');
    assert.match(out, /class BoundedCache\(OrderedDict\):/);
    const r = stillValid(out);
    assert.equal(r.outcome, 'ok', r.stderr);
    assert.equal(r.findings!.filter((f) => f.code === 'unbounded-growth').length, 0);
  });

  it('cycle-garbage → the back-reference becomes a weakref.ref, finding gone', () => {
    const src = 'import gc\nclass Node:\n    def __init__(self):\n        self.peer = None\ngc.collect()\na = Node()\nb = Node()\na.peer = b\nb.peer = a\ndel a, b\nprint(gc.collect())\n';
    for (const v of ['3.8', '3.12'] as ProfileId[]) {
      const out = fixed(src, 'cycle-garbage', v);
      assert.match(out, /^import weakref$/m);
      assert.match(out, /b\.peer = weakref\.ref\(a\)/);
      const r = simulate(out, { python: v, trace: true });
      assert.equal(r.outcome, 'ok', r.stderr);
      assert.equal(r.findings!.filter((f) => f.code === 'cycle-garbage').length, 0);
      assert.equal(r.stdout, '0\n');
    }
  });
});

describe('quick fixes: __slots__', () => {
  it('adds __slots__ after the docstring; the finding goes and the instances shrink', () => {
    const src = 'import sys\nclass Point:\n    """A point."""\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\npts = [Point(i, i) for i in range(1500)]\nprint(sys.getsizeof(pts[0]))\n';
    for (const v of ['3.8', '3.12'] as ProfileId[]) {
      const r = simulate(src, { python: v, trace: true });
      const f = r.findings!.find((x) => x.code === 'many-instances')!;
      const fix = fixesFor(src.split('\n'), f)[0];
      const out = applyEdits(src, fix.edits);
      assert.match(out, /"""A point\."""\n {4}__slots__ = \('x', 'y'\)\n {4}def __init__/);
      const r2 = simulate(out, { python: v, trace: true });
      assert.equal(r2.outcome, 'ok', r2.stderr);
      assert.equal(r2.findings!.filter((x) => x.code === 'many-instances').length, 0);
      assert.ok(Number(r2.stdout) <= Number(r.stdout), `${r2.stdout} vs ${r.stdout}`);
    }
  });
});
