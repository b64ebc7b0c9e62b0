# operator.methodcaller: keyword arguments kept and passed, cycles through its arguments and keyword dict collected, recursive repr
import sys, gc
import operator
gc.collect()
class Box:
    def __init__(self):
        self.items = []
    def add(self, x, *, tag=None):
        self.items.append((x, tag))
        return len(self.items)
val = object()
tag = object()
b = Box()
m = operator.methodcaller('add', val, tag=tag)
print(sys.getrefcount(val), sys.getrefcount(tag))
print(m(b), m(b))
print(sys.getrefcount(val), sys.getrefcount(tag))
b.items.clear()
print(sys.getrefcount(val), sys.getrefcount(tag))
del m
print(sys.getrefcount(val), sys.getrefcount(tag))
# a cycle through a methodcaller: the list is its own argument
lst = []
mc = operator.methodcaller('append', lst)
lst.append(mc)
print(gc.is_tracked(mc), sys.getrefcount(lst), sys.getrefcount(mc))
del lst, mc
print(gc.collect())
d = {}
mc2 = operator.methodcaller('get', 'k', default=d)
d['self'] = mc2
print(repr(operator.methodcaller('x', 1, 'two', z=3.5)))
del d, mc2
print(gc.collect())
cnt = operator.methodcaller('count', 'a')
print([cnt(s) for s in ['aa', 'b', 'banana']])
print(type(cnt).__name__, sys.getsizeof(cnt))
r = cnt.__reduce__()
print(r[0] is operator.methodcaller, r[1])
class R:
    def __repr__(self):
        return 'R<' + repr(self.m) + '>'
rr = R()
rr.m = operator.methodcaller('f', rr)
print(repr(rr.m))
print(gc.collect())
