# what the enum module's classes show: modules, docstrings, their dicts, the metaclass, an Enum without members
import sys, gc
import enum
from enum import Enum, IntEnum, auto
gc.collect()
print(Enum.__module__, IntEnum.__module__, type(Enum).__module__, type(Enum).__name__, auto.__module__)
print(repr(Enum.__doc__), repr(IntEnum.__doc__), repr(type(Enum).__doc__), repr(auto.__doc__))
print(sorted(Enum.__dict__))
print(sorted(IntEnum.__dict__), IntEnum.__mro__)
print(Enum.__qualname__, repr(Enum), repr(IntEnum), len(Enum), list(Enum), dict(Enum.__members__), bool(Enum))
class C(Enum):
    A = 1
print(C.__module__, C.A.__module__, C.__doc__, C.__qualname__, type(C.A).__name__, C.A.__class__ is C)
print(type(Enum.__dict__['name']).__name__, type(Enum.__dict__['name']).__module__, Enum.__dict__['name'].__doc__)
print(enum.Enum is Enum, isinstance(C, type(Enum)), issubclass(C, Enum), C.A.__objclass__ is C)
print(sys.getrefcount(C.A), sys.getrefcount(C), sys.getsizeof(C), sys.getsizeof(C.A.__dict__))
