# @enum.unique: enum.py's decorator passes a class through or raises ValueError listing the aliases.
import sys, gc
from enum import Enum, IntEnum, unique, auto
print(unique.__doc__)
gc.collect()
c0 = gc.get_count()
@unique
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
print(Shape.SQUARE, Shape(3), sys.getrefcount(Shape.SQUARE), sys.getrefcount(Shape))
print(gc.collect() >= 0)
try:
    @unique
    class Dup(IntEnum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(e)
print(sys.getrefcount(unique), gc.collect())
@unique
class Color(Enum):
    RED = auto()
    GREEN = auto()
print(list(Color), sys.getrefcount(Color.RED), sys.getsizeof(Color))
del Color
print(gc.collect())
