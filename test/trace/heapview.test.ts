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
});
