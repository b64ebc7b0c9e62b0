# A module object's count includes every reference the interpreter holds on it (sys.modules,
# modules that imported it at startup); a program's own names add to that.
import sys
print(sys.getrefcount(sys))
import gc
print(sys.getrefcount(gc))
g2 = gc
print(sys.getrefcount(gc))
del g2
print(sys.getrefcount(gc))


def use():
    import gc as inner
    return sys.getrefcount(inner)


print(use())
print(sys.getrefcount(gc))
import weakref, array, itertools, collections
for m in (weakref, array, itertools, collections):
    print(m.__name__, sys.getrefcount(m))
