# An instance of a subclass of enumerate is the subclass's object (its type, a __dict__, the
# subclass's size with its dict and weakref slots or 3.11+'s pre-header), not a plain enumerate
import sys, gc, tracemalloc

class E(enumerate):
    pass

d = E("ab")
d.tag = 'x'
print(type(d).__name__, d.tag, list(d))
del d
gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
e = E("abc", 5)
print(type(e).__name__, sys.getsizeof(e), sys.getsizeof(enumerate("ab")))
print(list(e), tracemalloc.get_traced_memory()[0] - before)
c0 = gc.get_count()[0]
f = E("xy", 1)
print(gc.get_count()[0] - c0, next(f))
del e, f
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
