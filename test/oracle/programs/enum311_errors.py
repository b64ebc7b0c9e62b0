# Enum errors on every version: an invalid member name, a missing member by attribute, extending an enum with members, calling an enum without members (3.11+), an IntEnum of bools; what the collector finds after them
import sys, gc
from enum import Enum, IntEnum
gc.collect()
try:
    class M(Enum):
        mro = 1
except ValueError as e:
    print('ValueError', e)
class Color(Enum):
    RED = 1
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError', e)
try:
    class More(Color):
        BLUE = 2
except TypeError as e:
    print('TypeError', e)
class Empty(Enum):
    pass
print(len(Empty), list(Empty), bool(Empty), Empty.__members__, sys.getsizeof(Empty))
if sys.version_info >= (3, 11):
    try:
        Empty(1)
    except TypeError as e:
        print('TypeError', e)
class F(IntEnum):
    T = True
    Z = 0
print(F.T, repr(F.T), F(1), F.Z, list(F), F.T is F(True), type(F.T.value), sys.getsizeof(F.Z))
del Color, Empty, F
print(gc.collect())
