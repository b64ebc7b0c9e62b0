# WeakKeyDictionary, WeakSet and WeakValueDictionary side by side: two generators suspended while keys die (pending removals), committed when they finish, pops and discards
import sys, gc, weakref
gc.collect()
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 7
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return 'K%d' % self.n
ks = [K(i) for i in range(20)]
d = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
v = weakref.WeakValueDictionary()
for i, k in enumerate(ks):
    d[k] = i
    s.add(k)
    v[i] = k
log = []
g1 = iter(d.items()); g2 = iter(s); g3 = iter(())
for step in range(12):
    a = next(g1, None); b = next(g2, None); c = next(g3, None)
    log.append((a[0].n if a else None, b.n if b else None, c if c is not None else None))
    del a, b, c
    if step % 3 == 0:
        ks.pop(step)
    log.append((len(d), len(s), len(v), len(d._pending_removals), len(s._pending_removals), len(v._pending_removals)))
print(log)
del g1
print(len(d), len(s), len(v), len(d._pending_removals), len(s._pending_removals), len(v._pending_removals))
del g2, g3
print(len(d), len(s), len(v), len(d.data), len(s.data), len(v.data))
for k in list(ks[:5]):
    print(d.pop(k), k in s, s.discard(k), v.pop(k.n).n, sys.getrefcount(k))
print(sorted(x.n for x in s), sorted(d.values()), sorted(v.keys()))
ks.clear()
print(len(d), len(s), len(v), gc.collect())
