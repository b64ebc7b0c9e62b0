# weak references to typing's objects (TypeVars) die with them instead of dangling
import typing, weakref, gc

gc.collect()
T = typing.TypeVar("T")
r = weakref.ref(T)
print(r() is T)
del T
print(r())
K = typing.TypeVar("K", int, str)
r2 = weakref.ref(K, lambda ref: print('callback', ref is r2))
del K
print(r2())
print(gc.collect())
