# 3.11+: a name the full shared keys cannot take makes the instance dict an object (cycle collection counts it)
import sys, gc
class Plain:
    pass
p = Plain()
for i in range(35):
    setattr(p, "k%d" % i, i)
gc.collect()
x = Plain(); y = Plain()
x.other = y; y.other = x
print(sys.getsizeof(x.__dict__))
del x, y
print(gc.collect())
x = Plain()
c0 = gc.get_count()[0]
x.k0 = 1
print(gc.get_count()[0] - c0)
x.zz = 2
print(gc.get_count()[0] - c0)
print(sys.getsizeof(x.__dict__), sys.getsizeof(x))
