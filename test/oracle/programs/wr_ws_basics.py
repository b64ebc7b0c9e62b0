# WeakSet: a set of weak references with a shared _remove callback; add, discard, remove, pop, copy, |=, deferred removals while iterating
import sys, gc, weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f"K({self.n})"
ks = [K(i) for i in range(6)]
s = weakref.WeakSet(ks[:3])
print(len(s), sys.getrefcount(ks[0]), ks[0] in s, K(1) in s, 5 in s)
s.add(ks[3])
s.add(ks[3])
print(len(s), sorted(x.n for x in s))
del ks[0]
print(len(s))
it = iter(s)
x = next(it)
del ks[0]
print(len(s), len(s._pending_removals))
del x, it
print(len(s), len(s._pending_removals))
s.discard(ks[0])
s.discard(K(42))
print(len(s))
try:
    s.remove(K(42))
except KeyError:
    print('KeyError')
c = s.copy()
print(len(c), type(c).__name__, sorted(y.n for y in c))
s |= ks[3:]
print(len(s))
p = s.pop()
print(type(p).__name__, len(s))
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print(e)
a = K(100)
a.me = a
s.add(a)
del a
print(len(s))
gc.collect()
print(len(s), sys.getsizeof(s), sorted(vars(s)))
print(weakref.WeakSet.__mro__, weakref.WeakSet.__name__, weakref.WeakSet.__module__, type(weakref.WeakSet))
print(isinstance(s, weakref.WeakSet), weakref.WeakSet.__hash__, weakref.WeakSet.__doc__)
