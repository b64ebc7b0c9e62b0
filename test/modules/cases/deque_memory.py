# collections.deque: 64-slot blocks of 528 bytes; empty size 624 (3.8/3.10), 760 from 3.11 (per-deque free list).
import sys, gc
from collections import deque
d = deque()
print('empty', sys.getsizeof(d), d.__sizeof__(), gc.is_tracked(d))
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print('grow right at', [i for i in range(1, 200) if sizes[i] != sizes[i - 1]], sorted(set(sizes)))
left = deque()
ls = []
for i in range(100):
    left.appendleft(i)
    ls.append(sys.getsizeof(left))
print('grow left at', [i for i in range(1, 100) if ls[i] != ls[i - 1]], sorted(set(ls)))
for _ in range(150):
    d.popleft()
print('after popleft', sys.getsizeof(d), len(d))
d.clear()
print('cleared', sys.getsizeof(d))
print('from range', [sys.getsizeof(deque(range(n))) for n in (0, 1, 63, 64, 127, 128, 200)])
print('extendleft', sys.getsizeof(deque().extendleft(range(70)) or deque()))
r = deque(range(100)); r.rotate(37); print('rotated', sys.getsizeof(r)); r.rotate(-80); print('rotated back', sys.getsizeof(r), r[0], r[-1])
m = deque(range(10), maxlen=5); print('maxlen', sys.getsizeof(m), m)
print('iterators', sys.getsizeof(iter(d)), sys.getsizeof(reversed(d)), gc.is_tracked(iter(d)))
x = [0]
q = deque([x, x])
print('items referenced', sys.getrefcount(x))
q.pop(); print('after pop', sys.getrefcount(x))
q.rotate(1); q.extend([x] * 3); print('after extend', sys.getrefcount(x))
q *= 2; print('after imul', sys.getrefcount(x), len(q))
del q
print('after del', sys.getrefcount(x))
print('type refs', sys.getrefcount(deque))
keep = [deque() for _ in range(4)]
print('type refs with 4 deques', sys.getrefcount(deque))
del keep
print('type refs after', sys.getrefcount(deque))
it = iter(deque([1, 2]))
print('iter', sys.getrefcount(it), next(it), it.__length_hint__())
