# functools.partialmethod: bound partials built by __get__, their args/keywords/__self__, refcounts, sizes, gc
import functools
import gc
import sys

gc.collect()


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


class Num:
    def __init__(self, v):
        self.v = v

    def add(self, x, y=0):
        return self.v + x + y

    add5 = functools.partialmethod(add, 5)
    add_kw = functools.partialmethod(add, y=10)
    add_both = functools.partialmethod(add, 1, y=2)


pm = Num.__dict__['add5']
print(type(pm).__name__, type(pm).__module__)
print(sys.getrefcount(pm), sys.getsizeof(pm))
print(pm.args, pm.keywords, pm.func is Num.__dict__['add'])
print(sys.getrefcount(pm.args), sys.getsizeof(pm.keywords))
n = Num(7)
print(n.add5(), n.add5(3), n.add_kw(1), n.add_both())
b = n.add5
print(type(b).__name__, b.args, b.keywords, b.__self__ is n)
print(sys.getrefcount(b), sys.getsizeof(b), sys.getsizeof(b.keywords))
print(sys.getrefcount(n))
k = n.add_both
print(k.args, k.keywords, sys.getsizeof(k.keywords), sys.getrefcount(k.keywords))
print(sys.getrefcount(n))
del b, k
print(sys.getrefcount(n))
print(gc.collect())
print(sys.getrefcount(pm), sys.getrefcount(Num.__dict__['add']))
del n
print(gc.collect())
print(repr(Num.__dict__['add_kw'].keywords))
m = Num(2)
p = Num.__dict__['add_both'].__get__(m, Num)
print(p(), p(5), p.func.__self__ is m, p.__self__ is m)
print(sys.getrefcount(m), sys.getrefcount(p))
del p
print(sys.getrefcount(m))
print(gc.collect())
pp = functools.partialmethod(power, 2, mod=7)
print(pp.func is power, pp.args, pp.keywords)
print(sys.getsizeof(pp), sys.getsizeof(pp.keywords), sys.getrefcount(power))
del pp
print(sys.getrefcount(power), gc.collect())
try:
    functools.partialmethod(5)
except TypeError as e:
    print(e)
