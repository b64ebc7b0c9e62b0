# WeakMethod: a ref subclass (its size, slots, weak references to object, function and itself), calling it, ==, the callback when the object dies
import sys, gc, weakref
gc.collect()
class C:
    def __init__(self, n): self.n = n
    def f(self): return self.n
def cb(wm):
    print('callback', type(wm).__name__, wm._alive, wm())
c = C(3)
wm = weakref.WeakMethod(c.f)
print(wm() is not None, wm()(), wm._alive, wm._meth_type.__name__, type(wm._func_ref).__name__)
print(weakref.getweakrefcount(c), weakref.getweakrefcount(C.f), weakref.getweakrefcount(wm), sys.getrefcount(wm), sys.getrefcount(c))
print(sys.getsizeof(wm), type(wm).__name__, isinstance(wm, weakref.ref), weakref.WeakMethod.__mro__)
wm2 = weakref.WeakMethod(c.f, cb)
print(sys.getrefcount(cb), wm == wm2, wm != wm2, hash(wm) == hash(c), wm2._func_ref is wm._func_ref)
d = C(4)
wm3 = weakref.WeakMethod(d.f)
print(wm == wm3, wm != wm3)
del c
print(wm(), wm._alive, wm2._alive, wm == wm2, wm == wm)
print(sys.getrefcount(cb))
del wm2
print(sys.getrefcount(cb))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
try:
    weakref.WeakMethod(cb)
except TypeError as e:
    print(e)
e = C(5); e.me = e
wm4 = weakref.WeakMethod(e.f, cb)
del e
print(gc.collect())
print(wm4._alive)
