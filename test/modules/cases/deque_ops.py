# collections.deque behaviour: both ends, maxlen, rotate, indexing, comparisons and errors.
from collections import deque
for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
           lambda: deque([1])[5], lambda: deque(maxlen=-1), lambda: deque([1], 2).insert(0, 5) or 'ok',
           lambda: deque([1, 2], 2).insert(0, 5), lambda: deque() + [1], lambda: deque([1])['a'], lambda: hash(deque()),
           lambda: deque([1, 2]) < deque([1, 3]), lambda: deque([1]) == [1], lambda: deque([1, 2, 3]).rotate('x')]:
    try:
        print(op())
    except Exception as ex:
        print(type(ex).__name__, ex)
d = deque([1, 2, 3, 4, 5])
print(d.index(3), d.index(3, 1), d.count(9), 3 in d, d[2], d[-1])
d[1] = 'x'; del d[0]; print(d); d.insert(1, 'y'); print(d); d.remove('x'); print(d); d.reverse(); print(d)
d.clear(); print(d, len(d), bool(d))
d = deque([1, 2], maxlen=2); d.append(3); print(d, d.maxlen, deque().maxlen)
d.appendleft(0); print(d); d.extendleft('ab'); print(d)
d = deque([1, 2, 3]); print(d * 2, 2 * d, d + deque([4])); d *= 2; print(d); d += [7]; print(d)
print(d.copy(), deque(d, 3), deque('abc', maxlen=0), d.copy() is d)
r = deque(); r.append(r); print(r)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(repr(deque([1.5, 'a', None])), str(deque()), list(reversed(deque(range(5)))))
class D(deque):
    pass
print(D([1]), D('ab', 1), type(D([1]).copy()).__name__)
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-13); print(d); d.rotate(0); d.rotate(25); print(d)
print(deque([3, 1]) == deque([3, 1]), deque([1]) != deque([1, 2]), deque([1, 2]) >= deque([1]), deque([1, 2]) < deque([1, 2, 0]))
d3 = deque([1]); it3 = iter(d3); d3.append(2)
try:
    next(it3)
except RuntimeError as ex:
    print(ex)
big = deque(range(300)); big.rotate(150); print(big[0], big[149], big[299], big.index(10), len(big))
del big[100]; big.insert(5, 'z'); print(big[5], big[100], len(big))
big.remove('z'); print(big.count(0), sum(big))
class E(deque):
    pass
e = E([1, 2], 5)
print(e + deque([3]), e * 2, 2 * e, type(e.copy()).__name__, e.maxlen)
e += 'ab'; e *= 2; print(e)
