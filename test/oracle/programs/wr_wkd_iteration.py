# WeakKeyDictionary and WeakSet while iterating: removals wait in _pending_removals (the _IterationGuard), _dirty_len and _scrub_removals, callbacks at gc.collect()
import sys, gc, weakref
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
gc.collect()
d = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
ks = [K(i) for i in range(4)]
for k in ks:
    d[k] = k.n * 10
    s.add(k)
a = K(50); a.me = a
d[a] = 'cyc'; s.add(a)
b = K(51); b.me = b
del a, b
print(gc.collect(), len(d), len(s))
items = d.items()
k0, v0 = next(items)
print(k0.n, v0, sys.getrefcount(k0))
del ks[2], ks[1]
print(len(d), len(d._pending_removals), d._dirty_len)
d.pop(ks[0])
print(len(d), len(d._pending_removals), d._dirty_len)
print(sorted(k.n for k, v in d.items()))
del items
print(len(d), len(d._pending_removals), d._dirty_len, sorted(v for v in d.values()))
del k0
print(len(d), sys.getrefcount(ks[-1]))
for x in s:
    ks.clear()
    break
print(len(s), len(s._pending_removals))
del x
print(len(s), len(s._pending_removals), len(s.data))
print(gc.collect())
