# finalize at exit: live finalizers marked atexit run newest first with gc disabled, then _shutdown stops the rest; callbacks beside other weakrefs and __del__
import gc, weakref
gc.collect()
class C:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
def say(msg, *rest):
    print('fin', msg, rest, gc.isenabled())
a, b, c = C('a'), C('b'), C('c')
r = weakref.ref(a, lambda w: print('ref cb before'))
fa = weakref.finalize(a, say, 'a')
r2 = weakref.ref(a, lambda w: print('ref cb after'))
del a
fb = weakref.finalize(b, say, 'b')
fc = weakref.finalize(c, say, 'c', 1)
fb2 = weakref.finalize(b, say, 'b2')
fb2.atexit = False
def make_more():
    print('make_more runs')
    weakref.finalize(c, say, 'made at exit')
fm = weakref.finalize(c, make_more)
keep = C('keep')
fk = weakref.finalize(keep, say, 'keep')
fk.atexit = False
print(fa.alive, fb.alive, fc.alive, fk.alive, fb2.atexit, fk.atexit, len(weakref.finalize._registry))
print(fb2.detach()[2], fk(), fk.alive, fk.atexit)
print('end of program')
