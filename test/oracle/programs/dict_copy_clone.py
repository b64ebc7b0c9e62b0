# dict.copy(), dict(d), {**d}: when CPython clones the table (holes and all) and when it re-inserts
import sys
d = dict.fromkeys(range(10))
del d[0]
del d[1]
c = d.copy()
print(sys.getsizeof(d), sys.getsizeof(c))
for i in range(100, 106):
    c[i] = None
    print(len(c), sys.getsizeof(c))
d = dict.fromkeys(range(10))
for i in range(5):
    del d[i]
c = d.copy()
print(sys.getsizeof(d), sys.getsizeof(c))
c2 = dict(d)
print(sys.getsizeof(c2))
class K:
    eqs = 0
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 2
    def __eq__(self, o):
        K.eqs += 1
        return self is o
ks = [K(i) for i in range(6)]
dk = dict.fromkeys(ks)
K.eqs = 0
c = dk.copy()
print(K.eqs)
del dk[ks[0]]
c = dk.copy()
print(K.eqs, sys.getsizeof(c))
c = dict(dk)
print(K.eqs, sys.getsizeof(c))
c = {**dk}
print(K.eqs, sys.getsizeof(c))
class D(dict):
    pass
class E(dict):
    def __iter__(self):
        return iter(list(dict.keys(self)))
for cls in (D, E):
    x = cls.fromkeys(range(10))
    del x[3]
    c = x.copy()
    print(cls.__name__, type(c).__name__, sys.getsizeof(c))
    c[100] = 1
    c[101] = 1
    print(sys.getsizeof(c), sys.getrefcount(c))
dk2 = dict.fromkeys(ks)
K.eqs = 0
m = dict(dk2)
n = {}
n.update(dk2)
print(K.eqs, sys.getsizeof(m), sys.getsizeof(n))
import gc
t = {1: [], 2: None}
print(gc.is_tracked(t.copy()), gc.is_tracked(dict(t)), gc.is_tracked({1: 2}.copy()))
