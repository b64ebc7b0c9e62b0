# A method-wrapper kept on its own instance makes a cycle only the collector can free
import gc, weakref

class A:
    pass

gc.collect()
gc.disable()
a = A()
a.hook = a.__str__
r = weakref.ref(a)
del a
print(r() is not None)
print(gc.collect())
print(r() is None)

x = A()
x.__eq__(x), object.__eq__(x, x)
start = gc.get_count()[0]
ws = [x.__init__, x.__eq__, x.__repr__]
print(gc.get_count()[0] - start)
del ws
print(gc.get_count()[0] - start)
r1 = x.__eq__(x)
r2 = x.__init__()
r3 = object.__eq__(x, 1)
print(gc.get_count()[0] - start, r1, r2, r3)
gc.enable()
