# Weakref callbacks for unreachable referents are invoked during collection.
import gc, weakref
class C:
    pass
gc.collect()
c = C()
c.me = c
r = weakref.ref(c, lambda ref: print('callback'))
del c
print(gc.collect())
print(r())
