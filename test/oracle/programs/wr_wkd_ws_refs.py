# WeakKeyDictionary and WeakSet: the _remove stand-in (refcount, size, names), refcounts while iterating, refused keys, hash/reversed refused
import sys, gc, weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
d = weakref.WeakKeyDictionary()
ks = [K(i) for i in range(3)]
for k in ks: d[k] = 1
print(sys.getrefcount(d._remove), sys.getsizeof(d._remove), d._remove.__name__, d._remove.__qualname__, d._remove.__module__)
print(sys.getrefcount(d), sys.getrefcount(d.data), weakref.getweakrefcount(d), weakref.getweakrefcount(ks[0]))
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
print([1] in d, 'x' in d, len(d))
try:
    weakref.WeakSet([1])
except TypeError as e:
    print(e)
s = weakref.WeakSet(ks)
print(sys.getrefcount(s._remove), weakref.getweakrefcount(ks[0]), sys.getrefcount(s))
for k in d: pass
print(sys.getrefcount(d), len(d._iterating))
g = iter(s)
next(g)
print(len(s._iterating), sys.getrefcount(s))
del g
print(len(s._iterating))
d.update(a=1) if False else None
try:
    d.update(x=1)
except TypeError as e:
    print(e)
e = weakref.WeakKeyDictionary(ks and {ks[0]: 'z'})
print(e[ks[0]], len(e), e.get(ks[1]), e.setdefault(ks[1]), len(e))
print(isinstance(d, weakref.WeakKeyDictionary), hash(s) if False else 0)
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    hash(d)
except TypeError as e:
    print(e)
try:
    reversed(d)
except TypeError as e:
    print(e)
