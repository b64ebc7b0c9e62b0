# WeakKeyDictionary: entries keyed by weak references with a shared callback; lengths, refcounts, lookups by equal keys, a cyclic key freed by the collector
import sys, gc, weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f"K({self.n})"
class V: pass
d = weakref.WeakKeyDictionary()
ks = [K(i) for i in range(5)]
v = V()
for k in ks:
    d[k] = v
print(len(d), sys.getrefcount(v), sys.getrefcount(ks[0]))
print(ks[1] in d, K(1) in d, 3 in d, d.get(ks[2]) is v, d.get(K(9), 'no'))
del ks[0]
print(len(d), sys.getrefcount(v))
print(sorted(k.n for k in d.keys()))
print(sorted(k.n for k, _ in d.items()), len(list(d.values())))
it = iter(d)
first = next(it)
del ks[1]
print(len(d), first.n)
del first, it
print(len(d))
print(d.pop(ks[0]) is v, len(d), d.setdefault(K(77), 5), len(d))
d.update({ks[0]: 1}, )
print(len(d), d[ks[0]], sys.getrefcount(v))
del d[ks[0]]
print(len(d), [r() for r in d.keyrefs()])
d2 = weakref.WeakKeyDictionary({ks[1]: 'a', ks[2]: 'b'})
print(len(d2), sorted(vars(d2)), sys.getsizeof(d2))
a = K(100)
a.self = a
d2[a] = 1
del a
print(len(d2))
gc.collect()
print(len(d2))
try:
    d[K(5)]
except KeyError as e:
    print('KeyError')
