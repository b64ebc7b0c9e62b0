# gc.collect() after defining and deleting Enum classes (members, their dicts, the maps form cycles)
import sys, gc
from enum import Enum
gc.collect()
class Color(Enum):
    RED = 1
    GREEN = 2
print(gc.collect())
del Color
print(gc.collect())
class One(Enum):
    ONLY = 'x'
print(gc.collect(), sys.getrefcount(One.ONLY), sys.getrefcount(One))
m = One.ONLY
del One
print(gc.collect(), sys.getrefcount(m))
print(m, repr(m), type(m).__name__)
del m
print(gc.collect())
class Many(Enum):
    A = 1
    B = 2
    C = 3
    D = 4
    E = 5
    F = 6
    G = 7
    H = 8
    I = 9
print(sys.getsizeof(Many), sys.getsizeof(Many.A), len(Many), Many(9), Many['E'])
del Many
print(gc.collect())
