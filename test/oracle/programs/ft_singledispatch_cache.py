# functools.singledispatch's dispatch cache (a WeakKeyDictionary): implementations held by the cache, _clear_cache, entries of dead classes removed by the weakref callback, __del__ of dispatched arguments, the closures that outlive the generic function until gc.collect()
import sys
import functools
import gc


class Tmp:
    def __del__(self):
        print("del Tmp")


@functools.singledispatch
def f(x):
    return "obj"


# (after singledispatch, which imported it: on 3.13 CPython's weakref would have imported types
# before singledispatch does, an order HeapLens stops at)
import weakref


def for_tmp(x):
    return "tmp"


f.register(Tmp, for_tmp)
print(f(Tmp()), f(1), sys.getrefcount(for_tmp))
r = weakref.ref(Tmp)
print(sys.getrefcount(Tmp), weakref.getweakrefcount(Tmp))
f._clear_cache()
print(sys.getrefcount(for_tmp), weakref.getweakrefcount(Tmp))
print(f(Tmp()), sys.getrefcount(for_tmp))


class Sub(Tmp):
    pass


print(f(Sub()), sys.getrefcount(for_tmp))
w = weakref.ref(Sub)
del Sub
gc.collect()
print(w(), sys.getrefcount(for_tmp))
orig = f.__wrapped__
print(sys.getrefcount(orig))
held = Tmp()
print(f(held))
del held
print("after del held")
del f
print(sys.getrefcount(orig), sys.getrefcount(for_tmp))
gc.collect()
print(sys.getrefcount(orig), sys.getrefcount(for_tmp), sys.getrefcount(Tmp))
print("end")
