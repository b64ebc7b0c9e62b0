# A nested function that refers to itself forms a cycle (function -> cell -> function) that only gc frees.
import gc
import weakref
class Marker:
    pass
gc.collect()
def make():
    m = Marker()
    def again(n):
        return again(n - 1) if n else m
    return again
f = make()
r = weakref.ref(f(3))
print(r() is not None)
del f
print(r() is not None)
print(gc.collect())
print(r())
