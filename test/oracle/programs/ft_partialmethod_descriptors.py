# functools.partialmethod over classmethod/staticmethod/methods, subclasses, __isabstractmethod__, cycles through __self__
import functools
import gc
import sys

gc.collect()


def scale(x, factor):
    return x * factor


class Shape:
    def __init__(self, w):
        self.w = w

    @classmethod
    def make(cls, w, extra=0):
        return cls(w + extra)

    @staticmethod
    def area(a, b=1, c=1):
        return a * b * c

    def resize(self, by, *, clamp=None):
        v = self.w * by
        return v if clamp is None else min(v, clamp)

    make10 = functools.partialmethod(make, 10)
    cube = functools.partialmethod(area, 2, 3, 4)
    double = functools.partialmethod(resize, 2, clamp=100)
    triple = functools.partialmethod(resize, 3)


s = Shape(4)
m = s.make10
print(type(m).__name__, m.args, m.keywords, m.__self__ is Shape, m().w, m(extra=5).w)
print(sys.getsizeof(m), sys.getsizeof(m.keywords), sys.getrefcount(m))
c = s.cube
print(c(), c.args, hasattr(c, '__self__'), sys.getsizeof(c.__dict__) if c.__dict__ else 0)
print(s.double(), s.triple(), s.triple(clamp=5))
print(sys.getrefcount(s))
s.cb = s.double
print(sys.getrefcount(s), sys.getsizeof(s.cb.keywords))
del m, c
print(gc.collect())
del s
print(gc.collect())


class Sub(functools.partialmethod):
    pass


class Holder:
    def f(self, a, b):
        return (a, b)

    g = Sub(f, 'A')


h = Holder()
print(h.g('B'), type(Holder.__dict__['g']).__name__)
print(repr(Sub(len, 1)))
print(sys.getrefcount(Holder.__dict__['g']), sys.getsizeof(Holder.__dict__['g']))
del h, Holder, Sub
print(gc.collect())


class Abstract:
    def f(self, a):
        return a

    g = functools.partialmethod(f, 1)
    h = functools.partialmethod(len)


print(Abstract.__dict__['g'].__isabstractmethod__, Abstract.__dict__['h'].__isabstractmethod__)
print(Abstract().g(), gc.collect())
