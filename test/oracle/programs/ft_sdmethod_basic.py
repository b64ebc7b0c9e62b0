# functools.singledispatchmethod: register on the class body, dispatch on the first argument after self, a new _method closure per access (its __dict__, __isabstractmethod__, register), refcounts of the instance, the descriptor, its func and dispatcher, classmethod implementations
import sys
if sys.version_info[:2] == (3, 13):
    # HeapLens stops at 3.13's singledispatchmethod (its per-instance cache of closures); see test/modules
    print("singledispatchmethod caches its closures on this version")
    sys.exit(0)
import functools
import gc


class C:
    @functools.singledispatchmethod
    def m(self, x):
        return ("obj", sys.getrefcount(self), sys.getrefcount(x))

    @m.register(int)
    def _(self, x):
        return ("int", sys.getrefcount(self), type(x).__name__)

    @m.register(list)
    def _l(self, x, k=0):
        return ("list", sys.getrefcount(self), sys.getrefcount(x), k)


c = C()
lst = [1]
print(c.m(7), c.m(lst), c.m(str(lst)), c.m(lst, k=3))
print(c.m(True), c.m(2.5), c.m(object()))
print(sys.getrefcount(c), sys.getrefcount(C.__dict__['m']))
bm = c.m
print(bm.__name__, bm.__qualname__, bm.__isabstractmethod__, sys.getrefcount(c))
print(sorted(bm.__dict__), bm.__wrapped__ is C.__dict__['m'].func)
print(bm(lst), bm is c.m)
del bm
print(sys.getrefcount(c))
d = C.__dict__['m']
print(type(d).__name__, d.func.__name__, sys.getrefcount(d.func), sys.getrefcount(d.dispatcher))
print(sorted(k.__name__ for k in d.dispatcher.registry))
print(C.m.__name__, C.m(c, [2]))


class D(C):
    pass


dd = D()
print(dd.m(lst), dd.m(5))


def extra(self, x):
    return ("tuple", len(x))


print(C.__dict__['m'].register(tuple, extra) is extra, c.m((1, 2)))
print(sys.getrefcount(extra))
del c, dd
gc.collect()
print(sys.getrefcount(lst))
