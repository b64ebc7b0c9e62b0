# finalize: the registry, alive, peek, calling it when the object dies or by hand, detach, the atexit flag, newest-first calls at exit
import sys, gc, weakref
gc.collect()
class C:
    def __init__(self, n): self.n = n
def bye(*a, **k):
    print('bye', a, sorted(k.items()))
    return len(a)
c = C(1)
f = weakref.finalize(c, bye, 'x', 2, key='v')
print(f.alive, f.atexit, sys.getrefcount(f), weakref.getweakrefcount(c), sys.getrefcount(bye))
obj, func, args, kwargs = f.peek()
print(obj is c, func is bye, args, kwargs)
del obj, func, args, kwargs
del c
print(f.alive, f.peek(), f.detach(), f(), sys.getrefcount(f), sys.getrefcount(bye))
d = C(2)
g = weakref.finalize(d, bye, 'g')
print(g(), g.alive, g(), weakref.getweakrefcount(d))
h = weakref.finalize(d, bye, 'h')
print(h.detach()[2:], h.alive, weakref.getweakrefcount(d))
e = C(3); e.me = e
k = weakref.finalize(e, bye, 'k')
del e
print(gc.collect(), k.alive)
for i in range(3):
    z = weakref.finalize(d, bye, 'exit', i)
z.atexit = False
w = weakref.finalize(d, print, 'exit-print')
print(w.atexit, z.atexit, len(weakref.finalize._registry), z.detach()[2])
print(type(f).__name__, type(f.peek()), isinstance(f, weakref.finalize), f.__slots__ if False else 0)
print('end')
