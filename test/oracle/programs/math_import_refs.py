# importing math: the module object, references to its functions and constants, the shared objects it holds, the collector
import sys, gc

gc.collect()
t0, f0, s0, e0, n0 = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(''), sys.getrefcount('e'), sys.getrefcount(7)
import math
print(sys.getrefcount(True) - t0, sys.getrefcount(False) - f0, sys.getrefcount('') - s0, sys.getrefcount('e') - e0, sys.getrefcount(7) - n0)
print(gc.collect())
print(gc.get_count())
print(sys.getrefcount(math), sys.getrefcount(math.pi), sys.getrefcount(math.inf), sys.getrefcount(math.sqrt), sys.getrefcount(math.fsum))
import math as m2
from math import sqrt, pi, floor
print(m2 is math, sqrt is math.sqrt, sys.getrefcount(math), sys.getrefcount(pi), sys.getrefcount(sqrt), sys.getrefcount(math.floor))
del m2, sqrt, pi
print(sys.getrefcount(math), sys.getrefcount(math.pi), sys.getrefcount(math.sqrt))
print(gc.is_tracked(math), gc.is_tracked(math.sqrt), gc.is_tracked(math.pi))
x = [math.sqrt(i) for i in range(100)]
print(gc.get_count()[0] > 0, len(x))
del x
gc.collect()
print(gc.get_count())
