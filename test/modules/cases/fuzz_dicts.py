# Differential workload: deterministic pseudo-random operations, printing contents and sys.getsizeof as they go.
import sys
from collections import OrderedDict, Counter, defaultdict
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
od = OrderedDict(); out = []
for step in range(600):
    op = rnd(7); k = rnd(60)
    if op in (0, 1): od[k] = step
    elif op == 2 and k in od: del od[k]
    elif op == 3 and k in od: od.move_to_end(k, last=bool(rnd(2)))
    elif op == 4 and od: od.popitem(last=bool(rnd(2)))
    elif op == 5: od.pop(k, None)
    elif op == 6: od.setdefault(k, -1)
    out.append(sys.getsizeof(od))
print(len(od), list(od.items())[:6], out[::11])
c = Counter(); out = []
for step in range(500):
    c[rnd(80)] += rnd(3) - 1
    if rnd(20) == 0: c.update([rnd(5) for _ in range(10)])
    if rnd(30) == 0: c.subtract({rnd(80): 2})
    out.append(sys.getsizeof(c))
print(c.most_common(5), len(c), out[::13])
dd = defaultdict(list); out = []
for step in range(400):
    dd[rnd(50)].append(step)
    if rnd(15) == 0: dd.pop(rnd(50), None)
    out.append(sys.getsizeof(dd))
print(len(dd), out[::11])
