# WeakMethod callbacks: the object or the function dying, callback order with other refs, classmethods, builtin methods refused
import sys, gc, weakref
gc.collect()
class C:
    def f(self): return 'f'
    @classmethod
    def cm(cls): return cls.__name__
def report(tag):
    def cb(r):
        print('cb', tag, type(r).__name__, r._alive if isinstance(r, weakref.WeakMethod) else '-')
    return cb
c = C()
r1 = weakref.ref(c, report('ref-before'))
wm = weakref.WeakMethod(c.f, report('wm'))
r2 = weakref.ref(c, report('ref-after'))
print(weakref.getweakrefcount(c), [type(r).__name__ for r in weakref.getweakrefs(c)])
del c
print(wm(), wm._alive)
class D:
    def g(self): return 'g'
dd = D()
wg = weakref.WeakMethod(dd.g, report('func'))
print(wg()())
del D.g
gc.collect()
print(wg(), wg._alive, sys.getrefcount(dd))
wc = weakref.WeakMethod(C.cm)
print(wc()(), wc._meth_type is type(C.cm))
try:
    weakref.WeakMethod([].append)
except TypeError as e:
    print(e)
w1 = weakref.WeakMethod(dd.__init__) if False else None
wa = weakref.WeakMethod(C.cm); wb = weakref.WeakMethod(C.cm)
print(wa == wb, wa is wb, hash(wa) == hash(wb), len({wa, wb}))
