# Enum on every version (3.11+ builds members with _proto_member.__set_name__): the class dict in order, member dicts (3.11+ _sort_order_), sizes, refcounts, gc after deleting a two-member enum
import sys, gc
from enum import Enum
gc.collect()
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color.__dict__))
print(list(Color.RED.__dict__), Color.RED.__dict__, sys.getsizeof(Color.RED.__dict__))
print(sys.getsizeof(Color), sys.getsizeof(Color.RED), sys.getrefcount(Color), sys.getrefcount(Color.RED), sys.getrefcount(Color.BLUE))
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, len(Color), list(Color), list(reversed(Color)))
print(Color._member_names_, Color._member_map_, Color._value2member_map_, Color._member_type_)
print(type(Color), type(Color).__name__, Color.__mro__, Color.__doc__, Color.__module__, Color.__qualname__)
print(gc.is_tracked(Color.RED), gc.is_tracked(Color.RED.__dict__), gc.is_tracked(Color))
v = Color.BLUE.value
print(sys.getrefcount(v), Color.BLUE.value is v, Color(v) is Color.BLUE)
del v
print(gc.collect())
class Two(Enum):
    A = 1
    B = 2
print(gc.collect(), sys.getrefcount(Two), sys.getrefcount(Two.A))
del Two
print(gc.collect())
class Strs(Enum):
    X = 'x'
    Y = 'why'
    Z = None
    F = 1.5
    T = True
print(list(Strs), Strs('why'), Strs(None), Strs(1.5), Strs(True), repr(Strs.Z), sys.getsizeof(Strs))
del Strs
print(gc.collect())
