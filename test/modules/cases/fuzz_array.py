# Differential workload: deterministic pseudo-random operations, printing contents and sys.getsizeof as they go.
import sys
from array import array
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for tc in 'bhiqd':
    a = array(tc)
    out = []
    for step in range(500):
        op = rnd(11)
        v = rnd(100) if tc != 'd' else rnd(100) / 4
        if op == 0: a.append(v)
        elif op == 1: a.extend([v] * rnd(40))
        elif op == 2 and a: a.pop(rnd(len(a)))
        elif op == 3: a.insert(rnd(len(a) + 1), v)
        elif op == 4 and len(a) > 3:
            i = rnd(len(a)); j = rnd(len(a)); del a[min(i, j):max(i, j)]
        elif op == 5 and len(a) > 3:
            i = rnd(len(a)); a[i:i + rnd(5)] = array(tc, [v] * rnd(30))
        elif op == 6 and len(a) > 2: del a[::rnd(3) + 2]
        elif op == 7: a *= (rnd(3))
        elif op == 8: a += array(tc, [v] * rnd(20))
        elif op == 9: a.fromlist([v] * rnd(10))
        elif op == 10 and a: a.remove(a[rnd(len(a))])
        out.append(sys.getsizeof(a))
    print(tc, len(a), a[:4].tolist(), sum(a), out[::9])
