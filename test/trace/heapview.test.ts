// Time travel: the heap at a chosen step (simulate with stopAtStep), as the panel draws it.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
import type { HeapObject } from '../../src/engine/result';

const SRC = `import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
def build():
    a = Node("a")
    b = Node("b")
    a.peer = b
    b.peer = a
    return a
gc.collect()
root = build()
x = [1.5, root]
del root
x = None
print("end")
`;

describe('heap view (time travel)', () => {
  it('shows the frames, the objects with refcounts and references, and their blocks', () => {
    // stop inside build(), at `return a` (line 11)
    const full = simulate(SRC, { python: '3.12', trace: true });
    const at = full.trace!.timeline; // any step works; find the step count by running to the end
    assert.ok(at.steps > 0);
    let view;
    for (let s = 1; s <= full.steps && view === undefined; s++) {
      const r = simulate(SRC, { python: '3.12', stopAtStep: s });
      if (r.heapView?.line === 11) view = r.heapView;
    }
    assert.ok(view, 'reached line 11');
    assert.deepEqual(view.frames.map((f) => f.name), ['<module>', 'build']);
    const locals = Object.fromEntries(view.frames[1].locals.map((l) => [l.name, l.id]));
    const byId = new Map<number, HeapObject>(view.objects.map((o) => [o.id, o]));
    const a = byId.get(locals.a) as HeapObject;
    const b = byId.get(locals.b) as HeapObject;
    assert.equal(a.type, 'Node');
    assert.equal(a.refcount, 2, 'the local a and b.peer');
    assert.ok(a.referents.includes(b.id) && b.referents.includes(a.id), 'the cycle');
    assert.equal(a.generation, 0);
    assert.ok(a.block && 'pool' in a.block && a.block.blockSize >= a.size);
    assert.ok(view.arenas.length >= 1);
    assert.equal(view.step <= full.steps, true);
  });

  it('shows cyclic garbage as unreachable until a collection', () => {
    const lines = SRC.split('\n');
    const last = simulate(SRC, { python: '3.12', trace: true }).steps;
    let before;
    for (let s = 1; s <= last; s++) {
      const r = simulate(SRC, { python: '3.12', stopAtStep: s });
      if (r.heapView?.line === lines.indexOf('print("end")') + 1) before = r.heapView;
    }
    assert.ok(before);
    const garbage = before.objects.filter((o) => o.unreachable);
    assert.deepEqual(garbage.map((o) => o.type).sort(), ['Node', 'Node']);
  });

  it('a step past the end gives the heap as the program left it', () => {
    const r = simulate('x = [1]\ny = x\n', { python: '3.12', stopAtStep: 99 });
    assert.equal(r.outcome, 'ok');
    const y = r.heapView!.frames[0].locals.find((l) => l.name === 'y')!;
    assert.equal(r.heapView!.objects.find((o) => o.id === y.id)!.refcount, 2);
  });

  it('counts every reachable object by type and by allocation line, past the 5000 described', () => {
    // the program measures itself with sys.getsizeof (oracle-checked); the census must agree
    const src = [
      'import sys',
      'keep = [float(i) for i in range(20000)]',
      'names = {str(i): (i, -i) for i in range(300)}',
      'tmp = [bytearray(100) for i in range(50)]',
      'del tmp',
      'print(sys.getsizeof(keep) + sum(sys.getsizeof(x) for x in keep))',
      'print(sys.getsizeof(names) + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in names.items()))',
      '',
    ].join('\n');
    const r = simulate(src, { python: '3.12', stopAtStep: 10 ** 9 });
    assert.equal(r.outcome, 'ok');
    const [keepBytes, namesBytes] = r.stdout.trim().split('\n').map(Number);
    const v = r.heapView!;
    assert.equal(v.truncated, true);
    assert.ok(v.objects.length <= 5000);
    const c = v.census;
    const line = (n: number) => c.byLine.find((e) => e.line === n);
    // line 2: the list and its 20 000 floats
    assert.deepEqual([line(2)?.count, line(2)?.bytes], [20001, keepBytes]);
    assert.deepEqual(line(2)?.types[0], { type: 'float', count: 20000 });
    // line 3: the dict and its 300 tuples (and the keys and ints not shared with the runtime)
    assert.ok(line(3)!.types.some((t) => t.type === 'tuple' && t.count === 300), JSON.stringify(line(3)));
    // line 4's objects were freed by `del`
    assert.equal(line(4), undefined);
    assert.equal(c.byType.find((t) => t.type === 'bytearray'), undefined);
    assert.equal(c.byType.find((t) => t.type === 'float')?.count, 20000);
    // largest first, and the totals add up
    assert.equal(c.byLine[0].line, 2);
    assert.ok(c.objects > 20000 && c.bytes >= keepBytes + namesBytes);
  });
});
