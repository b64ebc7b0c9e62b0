# Enum subclass with int values: members by attribute, call by value, subscript by name, name/value, repr/str, refcounts and sizes
import sys, gc
from enum import Enum
gc.collect()
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(1), Color['GREEN'])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.BLUE is Color['BLUE'])
print(sys.getrefcount(Color.RED), sys.getrefcount(Color.GREEN), sys.getsizeof(Color.RED), sys.getsizeof(Color))
print(sys.getrefcount(Color), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(gc.is_tracked(Color.RED), gc.is_tracked(Color), Color)
print(sorted(Color.__dict__), list(Color.RED.__dict__))
print(Color.RED.__dict__)
r = Color.RED
print(sys.getrefcount(r), Color.RED.name == 'RED')
del r
print(sys.getrefcount(Color.RED))
