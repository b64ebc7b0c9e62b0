// Each finding kind is produced on a program built to trigger it, at the right place, and is
// absent from a clean twin of that program (the same program with the problem removed).
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import type { Finding, ProfileId } from '../../src/engine/result';

function findings(source: string, python: ProfileId = '3.12'): Finding[] {
  const r = simulate(source, { python, trace: true, filename: 'f.py' });
  return r.findings ?? [];
}

function only(fs: Finding[], code: string): Finding[] {
  return fs.filter((f) => f.code === code);
}

const CYCLE = `import gc
class Node:
    def __init__(self):
        self.peer = None
gc.collect()
a = Node()
b = Node()
a.peer = b
b.peer = a
del a
del b
print(gc.collect())
`;

describe('findings', () => {
  describe('cycle-garbage', () => {
    it('is reported at the line that dropped the last outside reference, with the allocation sites', () => {
      for (const v of ['3.8', '3.12'] as ProfileId[]) {
        const fs = only(findings(CYCLE, v), 'cycle-garbage');
        assert.equal(fs.length, 1, JSON.stringify(fs));
        const f = fs[0];
        assert.equal(f.line, 11, 'del b drops the last outside reference');
        assert.equal(f.severity, 'information', 'a collection reclaimed it');
        assert.ok(f.related.some((r) => r.line === 6 && /Node allocated/.test(r.message)));
        assert.ok(f.related.some((r) => r.line === 7 && /Node allocated/.test(r.message)));
        assert.ok(f.related.some((r) => r.line === 12 && /collection of generation 2 freed/.test(r.message)));
      }
    });

    it('is a warning while the garbage is still alive at the end, an error with the collector disabled', () => {
      const alive = CYCLE.replace('print(gc.collect())\n', 'print("end")\n');
      const w = only(findings(alive), 'cycle-garbage');
      assert.equal(w.length, 1);
      assert.equal(w[0].severity, 'warning');
      assert.match(w[0].message, /still alive at the end/);
      const off = only(findings(alive.replace('gc.collect()\n', 'gc.collect()\ngc.disable()\n')), 'cycle-garbage');
      assert.equal(off[0].severity, 'error');
      assert.match(off[0].message, /collector is disabled/);
    });

    it('is placed at the call whose dropped result was the last outside reference, and a list reused from the free list does not split the shape', () => {
      // the first Node's `children` list comes from the free list ([key] * 100 frees a list on line 5)
      const src = 'import gc\ngc.disable()\ncache = {}\nfor i in range(3):\n    cache[i] = [i] * 10\nclass Node:\n    def __init__(self):\n        self.parent = None\n        self.children = []\ndef build():\n    root = Node()\n    child = Node()\n    child.parent = root\n    root.children.append(child)\n    return root\nfor _ in range(3):\n    build()\nprint("end")\n';
      const fs = only(findings(src), 'cycle-garbage');
      assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
      assert.match(fs[0].message, /3 times, 12 objects/);
      assert.match(fs[0].message, /are still alive/);
      assert.equal(fs[0].line, 17, 'the statement that dropped build()\'s result');
    });

    it('merges the same cycle made many times (one finding, with the count)', () => {
      const loop = 'import gc\nclass N:\n    pass\ngc.collect()\nfor i in range(50):\n    n = N()\n    n.me = n\ndel n\ngc.collect()\n';
      const fs = only(findings(loop), 'cycle-garbage');
      assert.equal(fs.length, 1);
      assert.match(fs[0].message, /50 times/);
      assert.equal(fs[0].data?.groups, 50);
    });

    it('does not count a ring of N objects as N objects that each refer to themselves (the same parts, other groups)', () => {
      const src = 'import gc\nclass N:\n    pass\ngc.collect()\nfor size in (1, 2, 10):\n    nodes = [N() for _ in range(size)]\n    for a, b in zip(nodes, nodes[1:] + nodes[:1]):\n        a.next = b\n    del nodes, a, b\n    gc.collect()\n';
      const fs = only(findings(src), 'cycle-garbage');
      assert.deepEqual(fs.map((f) => f.message.replace(/ became.*/, '')), ['an N that refers to itself', '2 objects (N, N) that refer to each other', '10 objects (10 N) that refer to each other']);
      assert.ok(fs.every((f) => f.data?.groups === 1), JSON.stringify(fs.map((f) => f.data)));
    });

    it('names a dropped class the program made by its name, not as "type"', () => {
      const src = 'import gc\nclass Base:\n    pass\ngc.collect()\nfor i in range(3):\n    type("P%d" % i, (Base,), {})\ngc.collect()\n';
      const fs = only(findings(src), 'cycle-garbage');
      assert.equal(fs.length, 1, JSON.stringify(fs));
      assert.match(fs[0].message, /class P0/);
      assert.doesNotMatch(fs[0].message, /\btype\b/);
    });

    it('counts the members of a big cycle per type instead of naming each', () => {
      const src = 'import gc\nclass T:\n    def __init__(self, p):\n        self.p = p\n        self.kids = []\ngc.collect()\nroot = T(None)\nfor i in range(9):\n    root.kids.append(T(root))\ndel root\ngc.collect()\n';
      const fs = only(findings(src), 'cycle-garbage');
      assert.equal(fs.length, 1);
      assert.match(fs[0].message, /^20 objects \(10 T, 10 list\) that refer to each other/, fs[0].message);
      assert.equal((fs[0].data?.types as string[]).length, fs[0].related.filter((r) => r.message.endsWith('allocated here')).length);
    });

    it('places garbage made by the program\'s last call at that call\'s line, not at the callee\'s last line', () => {
      // each outer() leaves the cycle of its recursive inner function (cell <-> function); the
      // last call's garbage loses its outside reference when outer returns to line 9, after the
      // last line event (inside inner, line 4)
      const src = '# recursion\ndef outer(n):\n    def inner(k):\n        return 0 if k == 0 else inner(k - 1)\n    return inner(n)\n\nouter(3)\nouter(4)\nouter(5)\n';
      for (const v of ['3.8', '3.12'] as ProfileId[]) {
        const fs = only(findings(src, v), 'cycle-garbage');
        assert.deepEqual(fs.map((f) => f.line), [7, 8, 9], v);
      }
    });

    it('says "an" before a type name that starts with a vowel', () => {
      const src = 'import gc\nclass Obj:\n    pass\ngc.collect()\no = Obj()\no.me = o\ndel o\ngc.collect()\n';
      const fs = only(findings(src), 'cycle-garbage');
      assert.match(fs[0].message, /^an Obj that refers to itself/);
    });

    it('is absent when the cycle is broken before the names go', () => {
      const clean = CYCLE.replace('del a\n', 'a.peer = None\ndel a\n');
      assert.deepEqual(only(findings(clean), 'cycle-garbage'), []);
    });

    it('is not reported for what interpreter shutdown collects (classes, instances still bound at the end)', () => {
      // a lesson on __del__: the class and the surviving instance are freed by shutdown's
      // collections, after the program's last line; that is not garbage the program made
      const src = 'class Noisy:\n    def __init__(self, name):\n        self.name = name\n    def __del__(self):\n        print("deleted", self.name)\na = Noisy("a")\ndel a\nkeep = Noisy("survivor")\nkeep.me = keep\n';
      for (const v of ['3.8', '3.12', '3.13'] as ProfileId[]) {
        const r = simulate(src, { python: v, trace: true, filename: 'f.py' });
        assert.match(r.stdout, /deleted survivor/, 'shutdown ran the finalizer');
        assert.deepEqual(only(r.findings ?? [], 'cycle-garbage'), [], v);
      }
    });
  });

  describe('uncollectable', () => {
    it('reports what DEBUG_SAVEALL keeps in gc.garbage, and nothing without it', () => {
      const saved = CYCLE.replace('gc.collect()\na = Node()', 'gc.collect()\ngc.set_debug(gc.DEBUG_SAVEALL)\na = Node()');
      const fs = only(findings(saved), 'uncollectable');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].line, 13);
      assert.match(fs[0].message, /gc\.garbage/);
      assert.deepEqual(only(findings(CYCLE), 'uncollectable'), []);
    });
  });

  describe('unbounded-growth', () => {
    const CACHE = 'cache = {}\n\ndef get(n):\n    if n not in cache:\n        cache[n] = str(n)\n    return cache[n]\n\nfor i in range(40):\n    get(i)\nprint(len(cache))\n';
    it('reports a global container that grows on every iteration through a call', () => {
      const fs = only(findings(CACHE), 'unbounded-growth');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].line, 1, 'where the cache is made');
      assert.ok(fs[0].related.some((r) => r.line === 8));
      assert.equal(fs[0].data?.name, 'cache');
      assert.equal(fs[0].data?.finalLength, 40);
    });
    it('is absent when the cache is bounded', () => {
      const bounded = CACHE.replace('        cache[n] = str(n)\n', '        if len(cache) >= 8:\n            cache.pop(next(iter(cache)))\n        cache[n] = str(n)\n');
      assert.deepEqual(only(findings(bounded), 'unbounded-growth'), []);
    });
    it('is absent when the container is emptied after the loop (something does remove what was added)', () => {
      assert.deepEqual(only(findings(CACHE.replace('print(len(cache))\n', 'cache.clear()\nprint(len(cache))\n')), 'unbounded-growth'), []);
      const registry = 'class Leaky:\n    registry = []\n    def __init__(self):\n        Leaky.registry.append(self)\nfor i in range(10):\n    Leaky()\nLeaky.registry.clear()\n';
      assert.deepEqual(only(findings(registry), 'unbounded-growth'), []);
      assert.equal(only(findings(registry.replace('Leaky.registry.clear()\n', '')), 'unbounded-growth').length, 1, 'the twin that keeps them');
    });
    const BUS = 'class Bus:\n    def __init__(self):\n        self.listeners = []\n        self.name = "bus"\n    def subscribe(self, fn):\n        self.listeners.append(fn)\n    def unsubscribe(self, fn):\n        self.listeners.remove(fn)\nbus = Bus()\nclass Widget:\n    def __init__(self):\n        bus.subscribe(self.on_event)\n    def on_event(self, e):\n        pass\nfor i in range(40):\n    w = Widget()\n';
    it('reports a list attribute of a global instance that grows through calls (a leaking listener list)', () => {
      for (const v of ['3.8', '3.12'] as ProfileId[]) {
        const fs = only(findings(BUS, v), 'unbounded-growth');
        assert.equal(fs.length, 1, JSON.stringify(fs));
        assert.equal(fs[0].data?.name, 'bus.listeners');
        assert.equal(fs[0].line, 9, 'where bus is made');
        assert.equal(fs[0].data?.finalLength, 40);
        assert.match(fs[0].message, /^`bus\.listeners` \(list\) grew on every one of the 40 iterations/);
      }
    });
    it('reports the listener list of an instance the loop passes to a class it instantiates (Widget(bus)), where the instance is made', () => {
      const passed = 'class Bus:\n    def __init__(self):\n        self.listeners = []\n    def subscribe(self, fn):\n        self.listeners.append(fn)\n    def unsubscribe(self, fn):\n        self.listeners.remove(fn)\nclass Widget:\n    def __init__(self, bus):\n        self.bus = bus\n        bus.subscribe(self.on_event)\n    def close(self):\n        self.bus.unsubscribe(self.on_event)\n    def on_event(self, e):\n        pass\nbus = Bus()\nfor i in range(40):\n    w = Widget(bus)\n';
      const fs = only(findings(passed), 'unbounded-growth');
      assert.equal(fs.length, 1, JSON.stringify(fs));
      assert.equal(fs[0].data?.name, 'bus.listeners');
      assert.equal(fs[0].line, 16, 'where bus is made, not the line of __init__ that uses its parameter');
      assert.deepEqual(only(findings(passed + '    w.close()\n'), 'unbounded-growth'), [], 'the twin that unsubscribes');
      // a plain container passed to a constructor is not sampled itself (the loop hands it over on purpose)
      const plain = 'class Item:\n    def __init__(self, into):\n        into.append(self)\nitems = []\nfor i in range(40):\n    Item(items)\n';
      assert.deepEqual(only(findings(plain), 'unbounded-growth'), []);
    });
    it('is absent when the instance lets go of what it was given, or is rebound', () => {
      const clean = BUS.replace('    w = Widget()\n', '    w = Widget()\n    w.close()\n').replace('    def on_event(self, e):', '    def close(self):\n        bus.unsubscribe(self.on_event)\n    def on_event(self, e):');
      assert.deepEqual(only(findings(clean), 'unbounded-growth'), []);
      assert.deepEqual(only(findings(BUS + 'bus = Bus()\n'), 'unbounded-growth'), []);
    });
    const REGISTRY = 'class Model:\n    kind = "model"\n    registry = []\n    def __init__(self, name):\n        self.name = name\n        Model.registry.append(self)\nfor i in range(30):\n    m = Model(str(i))\nprint(len(Model.registry))\n';
    it('reports a list class attribute that grows through the instances the loop makes (a class registry)', () => {
      for (const v of ['3.8', '3.11', '3.13'] as ProfileId[]) {
        const fs = only(findings(REGISTRY, v), 'unbounded-growth');
        assert.equal(fs.length, 1, JSON.stringify(fs));
        assert.equal(fs[0].data?.name, 'Model.registry');
        assert.equal(fs[0].line, 3, 'where the class attribute is assigned');
        assert.equal(fs[0].data?.finalLength, 30);
        assert.match(fs[0].message, /^`Model\.registry` \(list\) grew on every one of the 30 iterations of the loop at line 7/);
      }
    });
    it('is absent when instances leave the registry, or the loop fills the class attribute itself', () => {
      const leaves = REGISTRY.replace('    m = Model(str(i))\n', '    m = Model(str(i))\n    m.close()\n').replace('    def __init__', '    def close(self):\n        Model.registry.remove(self)\n    def __init__');
      assert.deepEqual(only(findings(leaves), 'unbounded-growth'), []);
      const direct = 'class Model:\n    registry = []\nfor i in range(30):\n    Model.registry.append(str(i))\n';
      assert.deepEqual(only(findings(direct), 'unbounded-growth'), []);
    });
    const MEMO = 'cache = {}\ndef fib(n):\n    if n < 2:\n        return n\n    if n in cache:\n        return cache[n]\n    cache[n] = fib(n - 1) + fib(n - 2)\n    return cache[n]\nfor i in range(60):\n    fib(i)\n';
    it('reports a memo dict whose first iterations add nothing (the base cases are not stored)', () => {
      const fs = only(findings(MEMO), 'unbounded-growth');
      assert.equal(fs.length, 1, JSON.stringify(fs));
      assert.equal(fs[0].data?.name, 'cache');
      assert.equal(fs[0].line, 1);
      assert.match(fs[0].message, /^`cache` \(dict\) grew on every one of the last \d+ of the \d+ iterations of the loop at line 9 \(the first 2 added nothing, then \+1 entries each; 58 entries/);
    });
    it('is absent when a container stops growing, or grows only after many idle iterations', () => {
      assert.deepEqual(only(findings(MEMO.replace('fib(i)', 'fib(i % 20)')), 'unbounded-growth'), []);
      const late = 'seen = {}\ndef f(i):\n    if i >= 30:\n        seen[i] = i\nfor i in range(60):\n    f(i)\n';
      assert.deepEqual(only(findings(late), 'unbounded-growth'), []);
    });
    it('is absent when the loop itself builds the container (that is the point of the loop)', () => {
      assert.deepEqual(only(findings('out = []\nfor i in range(40):\n    out.append(str(i))\n'), 'unbounded-growth'), []);
    });
  });

  describe('quadratic-concat', () => {
    it('reports s += … on a str in a loop, with the join alternative', () => {
      const fs = only(findings('s = ""\nfor i in range(30):\n    s += str(i)\nprint(len(s))\n'), 'quadratic-concat');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].line, 3);
      assert.equal(fs[0].severity, 'information');
      assert.match(fs[0].message, /join/);
    });
    it('is absent for join, for numbers, and outside loops', () => {
      assert.deepEqual(only(findings('parts = []\nfor i in range(30):\n    parts.append(str(i))\ns = "".join(parts)\n'), 'quadratic-concat'), []);
      assert.deepEqual(only(findings('t = 0\nfor i in range(30):\n    t += i\n'), 'quadratic-concat'), []);
      assert.deepEqual(only(findings('s = "a"\ns += "b"\n'), 'quadratic-concat'), []);
    });
    it('reports bytes += in a loop (bytes never grows in place), not bytearray +=', () => {
      const fs = only(findings('b = b""\nfor i in range(30):\n    b += b"xy"\nprint(len(b))\n'), 'quadratic-concat');
      assert.equal(fs.length, 1);
      assert.match(fs[0].message, /^`b \+= …` ran 30 times .*bytes never grows in place.*b"".join\(parts\)/);
      assert.deepEqual(only(findings('b = bytearray()\nfor i in range(30):\n    b += b"xy"\n'), 'quadratic-concat'), []);
    });
    it('reports s = s + … as well (the same copy), but not s = x + s or a sum into another name', () => {
      const fs = only(findings('html = ""\nfor i in range(30):\n    html = html + "<td>" + str(i)\n'), 'quadratic-concat');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].line, 3);
      assert.match(fs[0].message, /^`html = html \+ …` ran 30 times/);
      assert.deepEqual(only(findings('s = ""\nfor i in range(30):\n    s = str(i) + s\n'), 'quadratic-concat'), []);
      assert.deepEqual(only(findings('s = ""\nfor i in range(30):\n    t = s + str(i)\n'), 'quadratic-concat'), []);
    });
    it('reports lst = lst + [x] and tuple += in a loop (each makes a new object), not lst += [x] (in place)', () => {
      const src = 'acc = []\nfor i in range(30):\n    acc = acc + [i]\nt = ()\nfor i in range(30):\n    t += (i,)\nok = []\nfor i in range(30):\n    ok += [i]\n';
      const fs = only(findings(src), 'quadratic-concat');
      assert.deepEqual(fs.map((f) => [f.line, f.data?.kind]), [[3, 'list'], [6, 'tuple']]);
      assert.match(fs[0].message, /makes a new list and copies every item of the old one/);
      assert.match(fs[1].message, /a tuple never grows/);
    });
  });

  describe('arena-retained', () => {
    it('reports arenas kept by a few survivors after most objects were freed', () => {
      const fs = only(findings('keep = [float(i) for i in range(100000)]\nkeep = keep[::10]\nprint(len(keep))\n'), 'arena-retained');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].line, 2, 'the line that freed most of them');
      assert.match(fs[0].message, /arenas? .* stays? mapped/);
    });
    it('is absent when everything is freed or kept', () => {
      assert.deepEqual(only(findings('keep = [float(i) for i in range(100000)]\nkeep = None\n'), 'arena-retained'), []);
      assert.deepEqual(only(findings('keep = [float(i) for i in range(100000)]\nprint(len(keep))\n'), 'arena-retained'), []);
    });
    it('is absent when the only sparse arena also holds the start-up state (it is never unmapped anyway)', () => {
      // 20 observer cycles collected: the program's survivors share the start-up arena
      const src =
        'import gc\nclass Subject:\n    def __init__(self): self.observers = []\nclass View:\n    def __init__(self, s):\n        self.s = s\n        s.observers.append(self.update)\n    def update(self): pass\nfor i in range(20):\n    s = Subject()\n    v = View(s)\ndel s, v\nn = gc.collect()\n';
      for (const v of ['3.8', '3.12'] as ProfileId[]) assert.deepEqual(only(findings(src, v), 'arena-retained'), [], v);
    });
    it('is absent from a small program whose few blocks sit in sparse start-up pools', () => {
      for (const v of ['3.8', '3.11', '3.12', '3.13'] as ProfileId[]) {
        assert.deepEqual(only(findings('import sys\nx = []\ny = {"a": 1}\n', v), 'arena-retained'), [], v);
      }
    });
  });

  describe('not-simulated', () => {
    it('names the construct and the line where the simulation stopped', () => {
      const fs = only(findings('x = 1\nimport os\n'), 'not-simulated');
      assert.equal(fs.length, 1);
      assert.equal(fs[0].line, 2);
      assert.equal(fs[0].severity, 'error');
      assert.deepEqual(only(findings('x = 1\nimport gc\n'), 'not-simulated'), []);
    });
  });
});

describe('findings: many-instances', () => {
  const POINTS = 'class Point:\n    """A point."""\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\npts = [Point(i, i) for i in range(1500)]\n';
  it('reports a class with many live instances that each carry a dict, at the class', () => {
    const fs = only(findings(POINTS), 'many-instances');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].line, 1);
    assert.deepEqual(fs[0].data?.attributes, ['x', 'y']);
    assert.match(fs[0].message, /1,500 instances of Point/);
  });
  it('says "attribute dictionary" where the instances have one (3.8/3.10, or __dict__ used), "values array" on 3.11+ otherwise', () => {
    assert.match(only(findings(POINTS, '3.10'), 'many-instances')[0].message, /each with its own attribute dictionary \(x, y\)/);
    for (const v of ['3.11', '3.12', '3.13'] as ProfileId[]) {
      const m = only(findings(POINTS, v), 'many-instances')[0].message;
      assert.match(m, /each with an array of attribute values \(x, y\) that becomes a dictionary once `__dict__` is used/, v);
      assert.doesNotMatch(m, /own attribute dictionary/, v);
      assert.match(only(findings(POINTS + 'for p in pts:\n    p.__dict__\n', v), 'many-instances')[0].message, /each with its own attribute dictionary/, v);
    }
  });
  it('is absent with __slots__, or with few instances', () => {
    assert.deepEqual(only(findings(POINTS.replace('"""A point."""', "__slots__ = ('x', 'y')")), 'many-instances'), []);
    assert.deepEqual(only(findings(POINTS.replace('1500', '10')), 'many-instances'), []);
  });
});
