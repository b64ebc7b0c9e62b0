# Instances of list/dict subclasses: attributes, __missing__, refcounts and sizes of the
# instances themselves (the size of their __dict__ is not simulated: CPython shares keys).
import sys, gc
class D(dict):
    def __missing__(self, k):
        v = self[k] = [k]
        return v
d = D()
d['a'].append(1)
print(d, sys.getrefcount(d['a']), sys.getsizeof(d), gc.is_tracked(d))
class L(list):
    def __init__(self, *a):
        super().__init__(a)
        self.extra = len(a)
    def total(self):
        return sum(self)
l = L(1, 2, 3)
print(l, l.total(), l.extra, sys.getsizeof(l), gc.is_tracked(l))
print(sorted(l.__dict__), sys.getrefcount(l.__dict__), sys.getrefcount(l))
l.append(4)
print(l[1:], type(l[1:]).__name__, l + [5], sys.getrefcount(L))
l.self = l
del d, l
print(gc.collect())
