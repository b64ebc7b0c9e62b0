# finalize: detach() and peek(), calling a finalizer twice, the atexit property, keyword arguments
import gc, weakref, sys
gc.collect()
class C: pass
def boom(x):
    raise ValueError(x)
c = C()
f = weakref.finalize(c, boom, 'err')
print(f.detach()[2], f.alive)
del c
print('after', f.alive)
d = C()
g = weakref.finalize(d, boom, 'never')
info = g.detach()
print(info[0] is d, info[1] is boom, info[2], info[3], g.alive, g.detach(), g.peek())
del info
print(sys.getrefcount(d), weakref.getweakrefcount(d))
h = weakref.finalize(d, len, [1, 2])
print(h(), h(), h.alive, h.atexit)
h.atexit = True
print(h.atexit)
e = C()
k = weakref.finalize(e, print, 'kw', sep='-', end='!\n')
k()
