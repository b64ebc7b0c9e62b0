# Differential workload: deterministic pseudo-random operations, printing contents and sys.getsizeof as they go.
import sys
from collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(6):
    ml = [None, 5, 70, 130][rnd(4)]
    d = deque(maxlen=ml)
    out = []
    for step in range(400):
        op = rnd(12)
        if op == 0: d.append(step)
        elif op == 1: d.appendleft(step)
        elif op == 2 and d: d.pop()
        elif op == 3 and d: d.popleft()
        elif op == 4: d.extend(range(rnd(90)))
        elif op == 5: d.extendleft(range(rnd(90)))
        elif op == 6: d.rotate(rnd(200) - 100)
        elif op == 7 and d: del d[rnd(len(d))]
        elif op == 8 and d and (ml is None or len(d) < ml): d.insert(rnd(len(d) + 1) - len(d) // 2, 'i')
        elif op == 9 and d: d.remove(d[rnd(len(d))])
        elif op == 10: d.reverse()
        elif op == 11 and rnd(10) == 0: d.clear()
        out.append(sys.getsizeof(d))
    print(trial, ml, len(d), list(d)[:5], list(d)[-5:], sum(x for x in d if isinstance(x, int)), out[::7])
