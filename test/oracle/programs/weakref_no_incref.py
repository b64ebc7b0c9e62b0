# weakref.ref does not add a strong reference.
import sys, weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(sys.getrefcount(c))
print(r() is c)
del c
print(r())
