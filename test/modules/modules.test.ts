// The simulated array, itertools and collections modules against real CPython: every program in
// test/modules/cases must print exactly what each real interpreter printed (sizes from
// sys.getsizeof, reference counts from sys.getrefcount, GC tracking, reprs, error messages).
// The goldens in test/modules/golden/<minor>/<case>.json are recorded by test/modules/record.py.
//
// Paths are resolved from process.cwd(), the repository root when `npx mocha` runs.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import type { ProfileId } from '../../src/engine';

const PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13'] as const satisfies readonly ProfileId[];
const DIR = join(process.cwd(), 'test', 'modules');
const CASES_DIR = join(DIR, 'cases');
const GOLDEN_DIR = join(DIR, 'golden');

interface Golden {
  python: string;
  stdout: string;
  exitCode: number;
  stderrTail: string;
}

function isGolden(value: unknown): value is Golden {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  return typeof g.python === 'string' && typeof g.stdout === 'string' && typeof g.exitCode === 'number' && typeof g.stderrTail === 'string';
}

function readGolden(version: string, name: string): Golden {
  const path = join(GOLDEN_DIR, version, `${name}.json`);
  if (!existsSync(path)) throw new Error(`no golden ${path} (record with: python3 test/modules/record.py)`);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isGolden(parsed)) throw new Error(`${path} is not a golden {python, stdout, exitCode, stderrTail}`);
  return parsed;
}

/** Where two outputs first differ, with the lines on both sides. */
function firstDifference(expected: string, actual: string): string {
  const exp = expected.split('\n');
  const act = actual.split('\n');
  let i = 0;
  while (i < exp.length && i < act.length && exp[i] === act[i]) i++;
  return `stdout differs at line ${i + 1}:\n  expected: ${JSON.stringify(exp[i] ?? '<no line>')}\n  actual:   ${JSON.stringify(act[i] ?? '<no line>')}`;
}

const cases = existsSync(CASES_DIR) ? readdirSync(CASES_DIR).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort() : [];

describe('modules: array, itertools, collections', () => {
  it('has its case programs, each starting with a "# ..." comment', () => {
    assert.ok(cases.length >= 10, `only ${cases.length} cases in ${CASES_DIR}`);
    const bad = cases.filter((c) => !/^# \S/.test(readFileSync(join(CASES_DIR, `${c}.py`), 'utf8')));
    assert.deepEqual(bad, []);
  });

  for (const version of PROFILES) {
    describe(`CPython ${version}`, () => {
      for (const name of cases) {
        it(name, () => {
          const golden = readGolden(version, name);
          const source = readFileSync(join(CASES_DIR, `${name}.py`), 'utf8');
          const r = simulate(source, { python: version, filename: `test/modules/cases/${name}.py` });
          const problems: string[] = [];
          if (r.stdout !== golden.stdout) problems.push(firstDifference(golden.stdout, r.stdout));
          if (r.exitCode !== golden.exitCode) problems.push(`exit code: expected ${golden.exitCode}, got ${r.exitCode} (${r.stderr.trim().split('\n').pop() ?? ''})`);
          if (problems.length > 0) assert.fail(problems.join('\n'));
        });
      }
    });
  }
});

describe('modules: per-version memory facts', () => {
  const run = (src: string, version: ProfileId): string => {
    const r = simulate(src, { python: version });
    if (r.exitCode !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  // Each expectation below was measured on the real interpreters (test/modules/record.py's
  // pythons); they are spelled out here so a regression names the fact that broke.
  const EMPTY_DEQUE: Record<string, string> = { '3.8': '624', '3.10': '624', '3.11': '760', '3.12': '760', '3.13': '760' };
  const EMPTY_ARRAY: Record<string, string> = { '3.8': '64 False', '3.10': '80 True', '3.11': '80 True', '3.12': '80 True', '3.13': '80 True' };
  const COUNTER: Record<string, string> = { '3.8': '248 248', '3.10': '80 248', '3.11': '88 208', '3.12': '80 200', '3.13': '80 200' };
  for (const v of PROFILES) {
    it(`${v}: empty deque, array and Counter sizes`, () => {
      assert.equal(run('import sys\nfrom collections import deque\nprint(sys.getsizeof(deque()))', v), EMPTY_DEQUE[v]);
      assert.equal(run('import sys, gc\nfrom array import array\na = array("i")\nprint(sys.getsizeof(a), gc.is_tracked(a))', v), EMPTY_ARRAY[v]);
      assert.equal(run('import sys\nfrom collections import Counter\nprint(sys.getsizeof(Counter()), sys.getsizeof(Counter("hello")))', v), COUNTER[v]);
    });
  }
  it('3.10+: every array and deque (3.12+) instance holds a reference to its type', () => {
    const src = 'import sys\nfrom array import array\nfrom collections import deque\na0, d0 = sys.getrefcount(array), sys.getrefcount(deque)\nk = [array("b"), deque()]\nprint(sys.getrefcount(array) - a0, sys.getrefcount(deque) - d0)';
    assert.equal(run(src, '3.8'), '0 0');
    assert.equal(run(src, '3.10'), '1 0');
    assert.equal(run(src, '3.12'), '1 1');
  });
});

describe('modules: functools.singledispatch stops where it is not simulated', () => {
  const sim = (src: string, version: ProfileId) => simulate(src, { python: version, filename: 'prog.py' });
  const deco = 'import functools\n@functools.singledispatch\ndef f(x):\n    return 0\n';
  for (const v of ['3.8', '3.13'] as const) {
    it(`${v}: singledispatch imports the types module (after weakref on 3.13 it stops; 3.13's singledispatchmethod stops)`, () => {
      const r = sim(`${deco}print(f(1))\n`, v);
      assert.equal(r.exitCode, 0, r.stderr);
      const w = sim(`import weakref\n${deco}`, v);
      if (v === '3.13') assert.match(w.stderr, /^heaplens: line 4: importing 'types' after 'weakref'/);
      else assert.equal(w.exitCode, 0, w.stderr);
      const m = sim('import functools\nclass A:\n    @functools.singledispatchmethod\n    def g(self, x):\n        return 0\n', v);
      if (v === '3.13') assert.match(m.stderr, /^heaplens: line \d+: functools\.singledispatchmethod on 3\.13/);
      else assert.equal(m.exitCode, 0, m.stderr);
    });
  }
  for (const v of PROFILES) {
    it(`${v}: register by annotation and of an abstract class stop`, () => {
      const ann = sim(`${deco}@f.register\ndef _(x: int):\n    return 1\n`, v);
      assert.equal(ann.exitCode, 2);
      assert.match(ann.stderr, /^heaplens: line 6: functools\.singledispatch register\(\) by annotation .* is not simulated/);
      const abc = sim(`${deco}import collections.abc\nf.register(collections.abc.Sequence, len)\n`, v);
      assert.equal(abc.exitCode, 2);
      assert.match(abc.stderr, /is not simulated/);
    });
  }
});

describe('modules: where CPython runs Python code HeapLens replaces with builtins', () => {
  const sim = (src: string, version: ProfileId) => simulate(src, { python: version, filename: 'prog.py' });
  for (const v of PROFILES) {
    it(`${v}: gc.get_count() after a Counter method stops until the next full collection`, () => {
      const r = sim('import gc\nfrom collections import Counter\ngc.collect()\nc = Counter("abc")\nprint(gc.get_count())\n', v);
      assert.equal(r.exitCode, 2);
      assert.equal(r.stderr.trim(), 'heaplens: line 5: gc.get_count() after Counter.__init__() and before the next gc.collect() is not simulated: Counter.__init__() is Python code in CPython (Lib/collections/__init__.py), whose frames and temporary objects HeapLens does not reproduce');
      const after = sim('import gc\nfrom collections import Counter\ngc.collect()\nc = Counter("abc")\ngc.collect()\nprint(gc.get_count())\n', v);
      assert.equal(after.exitCode, 0, after.stderr);
      assert.equal(after.stdout, '(0, 0, 0)\n');
    });
  }
  for (const v of ['3.8', '3.10', '3.11', '3.13'] as const) {
    it(`${v}: gc.is_tracked() of a tuple a collection would untrack stops after an import that runs code, until the next full collection`, () => {
      const src = (collect: string): string => `import gc\nt = (1, 2, 3)\nfrom collections import namedtuple\nP = namedtuple("P", "x")\n${collect}print(gc.is_tracked(t), gc.is_tracked(([],)), gc.is_tracked({}))\n`;
      const r = sim(src(''), v);
      assert.equal(r.exitCode, 2);
      assert.match(r.stderr, /^heaplens: line 5: gc\.is_tracked\(\) of a tuple that a collection would untrack, after ('import collections'|namedtuple\(\)) and before the next gc\.collect\(\) is not simulated/m);
      const after = sim(src('gc.collect()\n'), v);
      assert.equal(after.exitCode, 0, after.stderr);
      assert.equal(after.stdout, 'False True False\n');
    });
  }
  for (const v of PROFILES) {
    it(`${v}: sys.getsizeof of a builtin subclass instance's __dict__ stops (CPython shares the class's keys)`, () => {
      const r = sim('import sys\nclass L(list):\n    pass\nl = L()\nl.extra = 1\nprint(sorted(l.__dict__))\nprint(sys.getsizeof(l.__dict__))\n', v);
      assert.equal(r.exitCode, 2);
      assert.equal(r.stdout, "['extra']\n");
      assert.match(r.stderr, /^heaplens: line 7: sys\.getsizeof of the __dict__ of a L instance is not simulated/m);
    });
  }
  it('sys._debugmallocstats() stops for the rest of the run after such a call (its frames went through the allocator)', () => {
    const r = sim('import sys, gc\nfrom collections import Counter\nsys._debugmallocstats()\nc = Counter("abc")\ngc.collect()\nsys._debugmallocstats()\n', '3.12');
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /^heaplens: line 6: sys\._debugmallocstats\(\) after Counter\.__init__\(\) is not simulated: Counter\.__init__\(\) is Python code in CPython/m);
    // the report before the call was printed
    assert.match(r.stderr, /Small block threshold = 512/);
  });
  it("a C module function's __self__ (its module object) stops; builtins' is the builtins module", () => {
    const r = sim('import math\nprint(len.__self__ is __builtins__)\nprint(math.sqrt.__self__)\n', '3.12');
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, 'True\n');
    assert.match(r.stderr, /^heaplens: line 3: math\.sqrt\.__self__ is not simulated/m);
  });
  it("gc.collect()'s result when it frees a namedtuple class stops; a gc.collect() statement does not", () => {
    const src = (use: string): string => `import gc\nfrom collections import namedtuple\ngc.collect()\nP = namedtuple("P", "a")\ndel P\n${use}\nprint("done")\n`;
    const r = sim(src('print(gc.collect())'), '3.12');
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /^heaplens: line 6: what gc\.collect\(\) returns when it frees the namedtuple class 'P' is not simulated: CPython builds that class from Python functions/);
    const s = sim(src('gc.collect()'), '3.12');
    assert.equal(s.exitCode, 0, s.stderr);
    assert.equal(s.stdout, 'done\n');
  });
  it("3.13: array('u') warns on stderr once per line, and the collector's counts are unknown after it", () => {
    const r = sim('from array import array\nfor i in range(2):\n    a = array("u", "x")\nprint(sorted(globals()["__warningregistry__"].values()))\n', '3.13');
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stderr, "prog.py:3: DeprecationWarning: The 'u' type code is deprecated and will be removed in Python 3.16\n  a = array(\"u\", \"x\")\n");
    assert.equal(r.stdout, '[0, True]\n');
    const c = sim('import gc\nfrom array import array\ngc.collect()\na = array("u")\nprint(gc.get_count())\n', '3.13');
    assert.equal(c.exitCode, 2);
    assert.match(c.stderr, /gc\.get_count\(\) after array\('u'\) and before the next gc\.collect\(\) is not simulated: the DeprecationWarning of array\('u'\)/);
    const g = sim('import gc\nfrom array import array\ngc.collect()\na = array("u")\nprint(gc.collect())\n', '3.13');
    assert.equal(g.exitCode, 2);
    assert.match(g.stderr, /what gc\.collect\(\) returns after 'import warnings'/);
    assert.equal(sim('from array import array\na = array("u")\n', '3.12').stderr, '');
  });
});

describe('modules: weakref.WeakValueDictionary (Python code in CPython)', () => {
  const sim = (src: string, version: ProfileId) => simulate(src, { python: version, filename: 'prog.py' });
  for (const v of PROFILES) {
    it(`${v}: gc.get_count() after a WeakValueDictionary method stops until the next full collection`, () => {
      const r = sim('import gc, weakref\ngc.collect()\nd = weakref.WeakValueDictionary()\nprint(gc.get_count())\n', v);
      assert.equal(r.exitCode, 2);
      assert.match(r.stderr, /^heaplens: line 4: gc\.get_count\(\) after WeakValueDictionary\.__init__\(\) and before the next gc\.collect\(\) is not simulated: WeakValueDictionary is Python code in CPython \(Lib\/weakref\.py\)/);
      const after = sim('import gc, weakref\ngc.collect()\nd = weakref.WeakValueDictionary()\ngc.collect()\nprint(gc.get_count())\n', v);
      assert.equal(after.exitCode, 0, after.stderr);
      assert.equal(after.stdout, '(0, 0, 0)\n');
    });
  }
  it("gc.collect()'s result when it frees a WeakValueDictionary stops; a gc.collect() statement does not", () => {
    const src = (use: string): string => `import gc, weakref\ngc.collect()\nclass O: pass\no = O()\no.self = o\no.cache = weakref.WeakValueDictionary()\no.cache["k"] = o\ndel o\n${use}\nprint("done")\n`;
    const r = sim(src('print(gc.collect())'), '3.12');
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /^heaplens: line 9: what gc\.collect\(\) returns when it frees a WeakValueDictionary is not simulated/);
    const s = sim(src('gc.collect()'), '3.12');
    assert.equal(s.exitCode, 0, s.stderr);
    assert.equal(s.stdout, 'done\n');
  });
  it('the iterators (generators in CPython) and the methods HeapLens lacks stop', () => {
    for (const [code, what] of [['d.keys().gi_frame', 'generator in CPython'], ['d.copy()', 'WeakValueDictionary.copy()'], ['d.popitem()', 'WeakValueDictionary.popitem()'], ['d == {}', 'WeakValueDictionary.__eq__()'], ['weakref.WeakKeyDictionary().copy()', 'WeakKeyDictionary.copy()'], ['weakref.WeakSet().union([])', 'WeakSet.union()'], ['weakref.finalize._index_iter', 'weakref.finalize._index_iter']]) {
      const r = sim(`import weakref\nd = weakref.WeakValueDictionary()\nprint(${code})\n`, '3.12');
      assert.equal(r.exitCode, 2, code);
      assert.match(r.stderr, /^heaplens: line 3: .* is not simulated/, code);
      assert.ok(r.stderr.includes(what), `${code}: ${r.stderr}`);
    }
  });
});

describe('modules: weakref classes HeapLens does not build as CPython does (abc.ABCMeta, generators)', () => {
  const sim = (src: string, version: ProfileId) => simulate(src, { python: version, filename: 'prog.py' });
  const cases: [string, string][] = [
    ['type(W)', 'type() of weakref.WeakValueDictionary'],
    ['W.__mro__', 'weakref.WeakValueDictionary.__mro__'],
    ['W.__bases__', 'weakref.WeakValueDictionary.__bases__'],
    ['W.__dict__', 'weakref.WeakValueDictionary.__dict__'],
    ['W.__doc__', 'weakref.WeakValueDictionary.__doc__'],
    ['W.mro()', 'weakref.WeakValueDictionary.mro'],
    ['W[int]', 'weakref.WeakValueDictionary.__class_getitem__'],
    ['dir(W)', 'dir() of weakref.WeakValueDictionary'],
    ['dir(d)', 'dir() of a weakref.WeakValueDictionary object'],
    ['d.__doc__', 'a weakref.WeakValueDictionary object.__doc__'],
    ['d.__slots__', 'a weakref.WeakValueDictionary object.__slots__'],
    ['getattr(d, "_abc_impl", 0)', 'a weakref.WeakValueDictionary object._abc_impl'],
    ['isinstance(5, W)', 'isinstance() against weakref.WeakValueDictionary'],
    ['isinstance("s", (int, W))', 'isinstance() against weakref.WeakValueDictionary'],
    ['issubclass(W, W)', 'issubclass() against weakref.WeakValueDictionary'],
    ['type(d.keys())', 'type() of an iterator of a weakref container (a generator in CPython)'],
    ['isinstance(d.items(), type(x for x in ()))', 'isinstance() of an iterator of a weakref container (a generator in CPython) against generator'],
    ['dir(d.values())', 'dir() of an iterator of a weakref container'],
    ['type(weakref.WeakKeyDictionary)', 'type() of weakref.WeakKeyDictionary'],
    ['weakref.WeakKeyDictionary.__bases__', 'weakref.WeakKeyDictionary.__bases__'],
    ['isinstance(1, weakref.WeakKeyDictionary)', 'isinstance() against weakref.WeakKeyDictionary'],
    ['dir(weakref.WeakKeyDictionary())', 'dir() of a weakref.WeakKeyDictionary object'],
    ['type(iter(weakref.WeakKeyDictionary()))', 'type() of an iterator of a weakref container'],
    ['type(iter(weakref.WeakSet()))', 'type() of an iterator of a weakref container'],
    ['weakref.WeakSet.__dict__', 'weakref.WeakSet.__dict__'],
    ['dir(weakref.WeakSet)', 'dir() of weakref.WeakSet'],
    ['dir(weakref.WeakSet())', 'dir() of a weakref.WeakSet object'],
    ['type(weakref.WeakSet()._remove)', 'type() of a function weakref defines in Python'],
    ['weakref.WeakSet()._remove.__defaults__', '_weakrefset.WeakSet.__init__.<locals>._remove.__defaults__'],
    ['weakref.WeakSet() == weakref.WeakSet()', 'WeakSet.__eq__()'],
    ['weakref.WeakMethod.__doc__', 'weakref.WeakMethod.__doc__'],
    ['weakref.KeyedRef.__doc__', 'weakref.KeyedRef.__doc__'],
    ['dir(weakref.KeyedRef)', 'dir() of weakref.KeyedRef'],
    ['sys.getrefcount(weakref.KeyedRef)', 'sys.getrefcount('],
    ['weakref.WeakMethod.__dict__', 'weakref.WeakMethod.__dict__'],
    ['dir(weakref.WeakMethod)', 'dir() of weakref.WeakMethod'],
    ['sys.getrefcount(weakref.WeakMethod)', 'sys.getrefcount('],
    ['weakref.WeakMethod(c.f).__eq__', 'a weakref.WeakMethod object.__eq__'],
    ['weakref.WeakMethod(c.f).__callback__.__closure__', 'weakref.WeakMethod.__new__.<locals>._cb.__closure__'],
  ];
  for (const v of PROFILES) {
    it(`${v}: the class's metaclass, bases, MRO, dict, dir(), abc checks and the iterators' type stop`, () => {
      for (const [code, what] of cases) {
        const r = sim(`import sys, weakref\nclass C:\n    def f(self): pass\nc = C()\nW = weakref.WeakValueDictionary\nd = W()\nprint(${code})\n`, v);
        assert.equal(r.exitCode, 2, code);
        assert.ok(r.stderr.startsWith(`heaplens: line 7: ${what}`) && r.stderr.includes('is not simulated'), `${code}: ${r.stderr}`);
      }
      const wm = sim('import weakref\nclass M(weakref.WeakMethod):\n    pass\n', v);
      assert.equal(wm.exitCode, 2);
      assert.match(wm.stderr, /^heaplens: line 2: a subclass of weakref\.WeakMethod is not simulated/);
      const sub = sim('import weakref\nclass D(weakref.WeakValueDictionary):\n    pass\n', v);
      assert.equal(sub.exitCode, 2);
      assert.match(sub.stderr, /^heaplens: line 2: a subclass of weakref\.WeakValueDictionary is not simulated: CPython's weakref\.WeakValueDictionary is a class of abc\.ABCMeta/);
      const ws = sim('import weakref\nclass S(weakref.WeakSet):\n    pass\n', v);
      assert.equal(ws.exitCode, 2);
      assert.match(ws.stderr, /^heaplens: line 2: a subclass of weakref\.WeakSet is not simulated/);
      const cg = sim('import weakref\nprint(weakref.WeakSet[int])\n', v);
      if (v === '3.8') assert.match(cg.stderr, /TypeError: 'type' object is not subscriptable/);
      else assert.match(cg.stderr, /^heaplens: line 2: weakref\.WeakSet\.__class_getitem__ is not simulated/);
    });
  }
});

describe('modules: weakref.finalize and the Python frames of weakref', () => {
  const sim = (src: string) => simulate(src, { python: '3.12', filename: 'prog.py' });
  it('an exception through a frame of weakref\'s Python code stops when its traceback would be printed', () => {
    const r = sim('import weakref\nclass C: pass\nc = C()\ndef boom():\n    raise ValueError(1)\nf = weakref.finalize(c, boom)\ndel c\n');
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /the traceback of an exception raised through weakref\.finalize\.__call__\(\) is not simulated/);
    const g = sim('import weakref\nclass C: pass\ncs = [C(), C()]\nd = weakref.WeakKeyDictionary({c: 1 for c in cs})\nfor k in d:\n    d[C()] = 2\n');
    assert.equal(g.exitCode, 2);
    assert.match(g.stderr, /^heaplens: line 5: the traceback of an exception raised through weakref\.WeakKeyDictionary\.keys\(\) is not simulated/);
    const k = sim('import weakref\nd = weakref.WeakKeyDictionary()\nd[[]] = 1\n');
    assert.equal(k.exitCode, 2);
    assert.match(k.stderr, /raised through weakref\.WeakKeyDictionary\.__setitem__\(\) is not simulated/);
  });
  it('a finalizer left registered at exit (atexit False) stops: CPython frees what it holds in its module teardown', () => {
    const r = sim('import weakref\nclass C: pass\nc = C()\nf = weakref.finalize(c, print, "x")\nf.atexit = False\nprint("end")\n');
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, 'end\n');
    assert.match(r.stderr, /interpreter shutdown with weakref\.finalize objects still registered \(atexit set to False\) is not simulated/);
  });
  it("3.11: the counts of the WeakSet and WeakKeyDictionary classes stop (the installation's start-up holds instances); other versions answer", () => {
    for (const cls of ['WeakSet', 'WeakKeyDictionary']) {
      const r = simulate(`import sys, weakref\nprint(sys.getrefcount(weakref.${cls}))\n`, { python: '3.11', filename: 'prog.py' });
      assert.equal(r.exitCode, 2, cls);
      assert.match(r.stderr, /depend on what its start-up imported/);
      const ok = simulate(`import sys, weakref\nprint(sys.getrefcount(weakref.${cls}))\n`, { python: '3.12', filename: 'prog.py' });
      assert.equal(ok.exitCode, 0, ok.stderr);
    }
  });
  it("finalize's class attributes that are Python objects in CPython stop", () => {
    for (const code of ['weakref.finalize.alive', 'weakref.finalize.__dict__', 'weakref.finalize._Info', 'type(weakref.finalize.__init__)', 'sys.getrefcount(weakref.finalize)']) {
      const r = sim(`import sys, weakref\nprint(${code})\n`);
      assert.equal(r.exitCode, 2, code);
      assert.match(r.stderr, /^heaplens: line 2: .* is not simulated/, code);
    }
  });
});

describe('modules: stand-ins for Python functions', () => {
  it("Counter's and namedtuple's methods answer __name__ but stop on a Python function's other attributes", () => {
    const r = simulate('from collections import Counter, namedtuple\nc = Counter("ab")\nf = c.update\nprint(f.__name__, f.__self__ is c, Counter.update.__qualname__)\nP = namedtuple("P", "a")\nprint(P._make.__code__)\n', { python: '3.12' });
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, 'update True Counter.update\n');
    assert.equal(r.stderr.trim(), 'heaplens: line 6: P._make.__code__ is not simulated: CPython defines it as a Python function (Lib/collections/__init__.py), which HeapLens runs as a builtin');
  });
});

describe('modules: heapq and bisect stop where CPython runs Python code or other types', () => {
  it('the _sift* helpers (Python functions in Lib/heapq.py) stop when read; merge, nsmallest and nlargest run', () => {
    for (const name of ['_siftdown', '_siftup']) {
      const r = simulate(`import heapq\nprint(heapq.heappop([3]))\nf = heapq.${name}\n`, { python: '3.12' });
      assert.equal(r.exitCode, 2);
      assert.equal(r.stdout, '3\n');
      assert.equal(r.stderr.trim(), `heaplens: line 3: heapq.${name} is not simulated: heapq.${name} is a Python function in CPython (Lib/heapq.py), whose frames, generators and temporary objects HeapLens does not reproduce`);
    }
    const f = simulate('from heapq import heappush, nsmallest, merge\nprint(list(merge([1, 4], [2, 3])))\nprint(merge.__code__.co_filename)\n', { python: '3.8' });
    assert.equal(f.stdout, '[1, 2, 3, 4]\n');
    assert.equal(f.exitCode, 2);
    assert.match(f.stderr, /line 3: code\.co_filename of heapq\.merge is not simulated/);
    const g = simulate('from heapq import nsmallest\nimport gc\ngc.collect()\nprint(nsmallest(2, [3, 1, 2]))\nprint(gc.get_count())\n', { python: '3.12' });
    assert.equal(g.stdout, '[1, 2]\n');
    assert.equal(g.exitCode, 2);
    assert.match(g.stderr, /line 5: gc\.get_count\(\) after heapq\.nsmallest\(\) and before the next gc\.collect\(\) is not simulated/);
    const t = simulate('import heapq\nx = type(heapq.nlargest)\n', { python: '3.10' });
    assert.equal(t.exitCode, 2);
  });
  it("heapq's module attributes HeapLens does not carry stop (__about__, __file__)", () => {
    for (const name of ['__about__', '__file__', '__doc__']) {
      const r = simulate(`import heapq\nx = heapq.${name}\n`, { python: '3.11' });
      assert.equal(r.exitCode, 2, name);
      assert.match(r.stderr, new RegExp(`heapq\\.${name} is not simulated`));
    }
    const ok = simulate('import heapq\nprint(heapq.__name__, heapq.__all__[-1], heapq.heappush.__name__)\n', { python: '3.13' });
    assert.equal(ok.stdout, 'heapq heappushpop heappush\n');
  });
  it('bisect on a sequence other than a list or tuple, and insort into a list subclass, stop', () => {
    const r = simulate('import bisect\nfrom collections import deque\nprint(bisect.bisect([1, 3], 2))\nbisect.bisect(deque([1, 3]), 2)\n', { python: '3.12' });
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, '1\n');
    assert.match(r.stderr, /line 4: bisect on a 'collections\.deque' object is not simulated|line 4: bisect on a 'deque' object is not simulated/);
    const s = simulate('import bisect\nclass L(list):\n    pass\nbisect.insort(L([1, 3]), 2)\n', { python: '3.10' });
    assert.equal(s.exitCode, 2);
    assert.match(s.stderr, /line 4: bisect on a 'L' object is not simulated/);
  });
});

describe('modules: operator stops where HeapLens does not reproduce the C code', () => {
  it('methodcaller.__call__ and __reduce__ with keywords stop', () => {
    const r = simulate('import operator\nprint(operator.add(1, 2))\nm = operator.methodcaller("upper")\nprint(m("a"))\nx = m.__call__\n', { python: '3.12' });
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, '3\nA\n');
    assert.match(r.stderr, /^heaplens: line 5: operator\.methodcaller\.__call__ is not simulated/);
    const k = simulate('import operator\nm = operator.methodcaller("split", maxsplit=1)\nm.__reduce__()\n', { python: '3.13' });
    assert.equal(k.exitCode, 2);
    assert.match(k.stderr, /line 3: methodcaller\.__reduce__\(\) with keyword arguments is not simulated/);
    const c = simulate('from operator import call\n', { python: '3.11' });
    assert.equal(c.exitCode, 0, c.stderr);
    const f = simulate('from operator import itemgetter, methodcaller\n', { python: '3.8' });
    assert.equal(f.exitCode, 0, f.stderr);
  });
});

describe('modules: enum', () => {
  it("`import enum` runs; Enum and Flag classes run on every version; the module's other names stop when read", () => {
    for (const v of PROFILES) {
      const ok = simulate('import enum\nprint(enum.__name__)\n', { python: v });
      assert.equal(ok.exitCode, 0, `${v}: ${ok.stderr}`);
      assert.equal(ok.stdout, 'enum\n');
      const r = simulate('from enum import Enum\n\n\nclass Color(Enum):\n    RED = 1\nprint(Color.RED)\n', { python: v });
      assert.equal(r.exitCode, 0, `${v}: ${r.stderr}`);
      assert.equal(r.stdout, 'Color.RED\n');
      const f = simulate('from enum import Flag, IntFlag\nclass P(Flag):\n    R = 4\n    W = 2\nclass I(IntFlag):\n    A = 1\nprint(P.R | P.W, I.A | 2)\n', { python: v });
      assert.equal(f.exitCode, 0, `${v}: ${f.stderr}`);
      assert.equal(f.stdout, v === '3.8' || v === '3.10' ? 'P.R|W I.2|A\n' : 'P.R|W 3\n');
    }
    for (const name of ['EnumMeta', '_EnumDict', 'property', 'member']) {
      const r = simulate(`import enum\nx = 1\ny = enum.${name}\n`, { python: '3.12' });
      assert.equal(r.exitCode, 2, name);
      assert.match(r.stderr, new RegExp(`^heaplens: line 3: enum\\.${name} is not simulated`), name);
    }
    for (const name of ['EnumType', 'verify']) {
      const r = simulate(`import enum\ny = enum.${name}\n`, { python: '3.11' });
      assert.equal(r.exitCode, 2, name);
      assert.match(r.stderr, new RegExp(`^heaplens: line 2: enum\\.${name} is not simulated`), name);
    }
  });

  it('an Enum class body outside the simulated subset stops at the class', function () {
    // 70 simulations of `import enum` (each builds the module's classes): ~9 s idle, 18 s at load 5
    this.timeout(90000);
    const cases: [string, RegExp][] = [
      ['    RED = 1\n    _order_ = "RED"\n', /the _sunder_ name '_order_' in an Enum class body is not simulated/],
      ['    RED = 1\n    def _missing_(cls, v):\n        return None\n', /the _sunder_ name '_missing_' in an Enum class body/],
      ['    RED = (1, 2)\n', /an Enum member whose value is a tuple \('RED'\) is not simulated/],
      ['    RED = [1]\n', /an Enum member whose value is a list/],
      ['    RED = 1\n    def __init__(self, v):\n        pass\n', /'__init__' in an Enum class body is not simulated/],
      ['    RED = 1\n    def __new__(cls, v):\n        pass\n', /'__new__' in an Enum class body is not simulated/],
      // _EnumDict's TypeError for a name bound again (a plain dict keeps the last value)
      ['    RED = 1\n    RED = 2\n', /the name 'RED' bound more than once in an Enum class body is not simulated/],
      ['    RED = 1\n    RED += 1\n', /the name 'RED' bound more than once/],
      ['    def RED(self):\n        pass\n    RED = 2\n', /the name 'RED' bound more than once/],
      ['    for i in range(2):\n        pass\n', /the name 'i' bound more than once/],
    ];
    for (const v of PROFILES) {
      for (const [body, re] of cases) {
        const r = simulate(`from enum import Enum\nx = 1\nclass Color(Enum):\n${body}`, { python: v });
        assert.equal(r.exitCode, 2, `${v}: ${body}: ${r.stderr}`);
        assert.match(r.stderr, /^heaplens: line 3: /, body);
        assert.match(r.stderr, re, body);
      }
      const mix = simulate('from enum import Enum\nx = 1\nclass S(float, Enum):\n    A = 1.5\n', { python: v });
      assert.equal(mix.exitCode, 2, v);
      assert.match(mix.stderr, /^heaplens: line 3: an Enum class mixed with float \(mixins other than int and str\) is not simulated/, v);
      for (const what of ['C', 'C.A']) {
        const d = simulate(`from enum import Enum\nclass C(Enum):\n    A = 1\nx = dir(${what})\n`, { python: v });
        assert.equal(d.exitCode, 2, v);
        assert.match(d.stderr, /^heaplens: line 4: dir\(\) of an object whose (metaclass|class) defines __dir__ in Python is not simulated/, v);
      }
      const f = simulate('from enum import Enum\nx = 1\nC = Enum("C", "A B")\n', { python: v });
      assert.equal(f.exitCode, 2, v);
      assert.match(f.stderr, /^heaplens: line 3: the functional API of Enum \(Enum\(name, names\)\)/, v);
    }
    // 3.11+: what enum.py's rewrite does that HeapLens does not reproduce
    const cases311: [string, RegExp][] = [
      // (3.11/3.12 warn: the fallback of _generate_next_value_)
      ['    A = "a"\n    B = auto()\n', /auto\(\) after values that do not sort or add 1/],
      ['    A = 2\n    B = 1\n    C = auto()\n', /auto\(\) after values that do not sort or add 1/],
      ['    __x = 1\n', /the private name '_Color__x' in an Enum class body is not simulated/],
      ['    name = 1\n', /an Enum member named like an attribute of a base class \('name'/],
      ['    A = 1\n    def _generate_next_value_(name, start, count, last_values):\n        return 5\n', /_generate_next_value_ defined in an Enum class body/],
    ];
    // (3.11: type_new_set_names's RuntimeError, which EnumType.__new__ unwraps; 3.12+ add a note)
    const rt = simulate("from enum import IntEnum\nx = 1\nclass N(IntEnum):\n    A = 'x'\n", { python: '3.11' });
    assert.equal(rt.exitCode, 2, rt.stderr);
    assert.match(rt.stderr, /^heaplens: line 3: an exception raised while enum\.py builds the members/);
    for (const v of ['3.11', '3.12'] as const) {
      for (const [body, re] of cases311) {
        const r = simulate(`from enum import Enum, auto\nx = 1\nclass Color(Enum):\n${body}`, { python: v });
        assert.equal(r.exitCode, 2, `${v}: ${body}: ${r.stderr}`);
        assert.match(r.stderr, /^heaplens: line 3: /, body);
        assert.match(r.stderr, re, body);
      }
    }
  });

  it('a program importing both enum and typing stops at the second import (CPython\'s typing imports enum itself)', () => {
    for (const v of PROFILES) {
      for (const [src, line] of [['import typing\nx = 1\nimport enum\n', 3], ['import enum\nimport typing\n', 2]] as [string, number][]) {
        const r = simulate(src, { python: v });
        assert.equal(r.exitCode, 2, `${v}: ${r.stderr}`);
        assert.match(r.stderr, new RegExp(`^heaplens: line ${line}: importing both 'enum' and 'typing' in one program`), v);
      }
    }
  });
});

describe('modules: types (what stops)', () => {
  it("types' names HeapLens does not simulate stop when read, per version", () => {
    for (const v of PROFILES) {
      const r = simulate("import types\nprint('before')\nC = types.new_class('C')\n", { python: v });
      assert.equal(r.exitCode, 2, v);
      assert.equal(r.stdout, 'before\n');
      assert.match(r.stderr, /^heaplens: line 3: types\.new_class is not simulated/, v);
    }
    for (const [name, v] of [['CoroutineType', '3.8'], ['GenericAlias', '3.10'], ['AsyncGeneratorType', '3.12'], ['get_original_bases', '3.13'], ['DynamicClassAttribute', '3.11']] as [string, ProfileId][]) {
      const r = simulate(`from types import ${name}\n`, { python: v });
      assert.equal(r.exitCode, 2, `${name} ${v}`);
      assert.match(r.stderr, new RegExp(`^heaplens: line 1: types\\.${name} is not simulated`), name);
    }
  });

  it("a program importing types with a module whose CPython import loads types stops at the second import", () => {
    for (const v of PROFILES) {
      for (const [src, line, other] of [['import copy\nx = 1\nimport types\n', 3, 'copy'], ['import types\nimport contextlib\n', 2, 'contextlib'], ...(v === '3.13' ? [] : [['import types\nimport typing\n', 2, 'typing']])] as [string, number, string][]) {
        const r = simulate(src, { python: v });
        assert.equal(r.exitCode, 2, `${v}: ${r.stderr}`);
        assert.match(r.stderr, new RegExp(`^heaplens: line ${line}: importing both 'types' and '${other}' in one program`), v);
      }
    }
    // functools loads types on 3.10-3.12 only; weakref on 3.10+, and 3.13's pair is measured with types first
    assert.equal(simulate('import functools\nimport types\n', { python: '3.13' }).exitCode, 0);
    assert.match(simulate('import functools\nimport types\n', { python: '3.12' }).stderr, /^heaplens: line 2: importing both 'types' and 'functools'/);
    assert.equal(simulate('import types\nimport weakref\n', { python: '3.13' }).exitCode, 0);
    assert.equal(simulate('import types\nimport typing\n', { python: '3.13' }).exitCode, 0);
    assert.match(simulate('import typing\nimport types\n', { python: '3.13' }).stderr, /^heaplens: line 2: importing 'types' after 'typing'/);
    assert.match(simulate('import weakref\nimport types\n', { python: '3.13' }).stderr, /^heaplens: line 2: importing 'types' after 'weakref'/);
    assert.equal(simulate('import weakref\nimport types\n', { python: '3.8' }).exitCode, 0);
  });

  it('SimpleNamespace with a positional argument stops on 3.13 and is a TypeError before; a proxy over a non-dict mapping stops', () => {
    const r = simulate('import types\ntypes.SimpleNamespace({"a": 1})\n', { python: '3.13' });
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /^heaplens: line 2: types\.SimpleNamespace with a positional argument/);
    const t = simulate('import types\ntry:\n    types.SimpleNamespace(1)\nexcept TypeError as e:\n    print(e)\n', { python: '3.12' });
    assert.equal(t.stdout, 'no positional arguments expected\n');
    const m = simulate('import types\nclass M:\n    def __getitem__(self, k):\n        return 1\ntypes.MappingProxyType(M())\n', { python: '3.12' });
    assert.equal(m.exitCode, 2);
    assert.match(m.stderr, /^heaplens: line 5: types\.MappingProxyType over a M/);
    const sub = simulate('import types\nclass S(types.SimpleNamespace):\n    pass\n', { python: '3.10' });
    assert.equal(sub.exitCode, 2);
    assert.match(sub.stderr, /^heaplens: line 2: a subclass of types\.SimpleNamespace is not simulated/);
  });
});
