# Weak references to cyclic garbage are cleared by the collector and their callbacks run.
import gc
import weakref

class Node:
    pass

def gone(ref):
    print("callback, ref now", ref())

gc.collect()
a = Node()
b = Node()
a.b = b
b.a = a
ra = weakref.ref(a, gone)
rb = weakref.ref(b)
del a, b
print(ra() is not None, rb() is not None)
print("collected", gc.collect())
print(ra(), rb())
