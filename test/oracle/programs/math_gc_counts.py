# the objects math's calls create and free, as the collector's generation-0 count sees them
import math, sys, gc

gc.collect()
x = 1.5
a = [x]
b = [x, x]
try:
    math.dist(a, b)
except ValueError as e:
    print(e)
print(sys.getrefcount(x))
gc.collect()
c0 = gc.get_count()[0]
r1 = math.floor(7)
r2 = math.floor(7.5)
r3 = math.trunc(8)
r4 = math.fsum([0.5] * 40)
r5 = math.hypot(*range(20))
r6 = math.dist(range(3), range(3))
r7 = math.frexp(3.0)
r8 = math.comb(40, 20)
print(gc.get_count()[0] - c0, r1, r2, r3, r4, r6, r7, r8)
class C:
    def __floor__(self):
        return [1, 2]
r9 = math.floor(C())
print(gc.get_count()[0] - c0, r9)
