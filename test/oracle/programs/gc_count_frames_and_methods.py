# Calls and the GC count: 3.8/3.10 keep one 'zombie' frame per function (the first call of each function allocates one), a method call allocates no bound method, and get_count()'s result tuple is recycled by the tuple free list.
import gc
gc.disable()
class C:
    def m(self):
        return gc.get_count()[0]
def f(x):
    return gc.get_count()[0]
def g(x):
    return gc.get_count()[0]
c = C()
gc.collect()
a = f(c)
a2 = f(c)
e = g(c)
b = c.m()
b2 = c.m()
print(a2 - a, e - a, b - a, b2 - a)
