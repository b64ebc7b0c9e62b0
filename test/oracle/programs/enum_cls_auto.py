# 3.8/3.10 only (on 3.11/3.12 auto() after a smaller value takes enum.py's deprecated fallback, a DeprecationWarning HeapLens stops at; 3.13 raises TypeError through enum.py's frames): auto() values (the last value + 1, starting at 1), mixed with explicit values and aliases
import sys
if sys.version_info < (3, 11):
    import gc
    from enum import Enum, IntEnum, auto
    gc.collect()
    class Auto(Enum):
        A = auto()
        B = auto()
        C = 10
        D = auto()
        E = 2
        F = auto()
    print(list(Auto), [m.value for m in Auto], repr(Auto.D), Auto.E is Auto.B, Auto(11), len(Auto))
    print(sys.getrefcount(Auto.A), sys.getrefcount(Auto.B), sys.getrefcount(Auto), sys.getsizeof(Auto), list(Auto.__members__))
    class AutoInt(IntEnum):
        X = auto()
        Y = auto()
    print(list(AutoInt), AutoInt.Y + 0, AutoInt.X.value, sys.getrefcount(AutoInt.X))
    class Words(Enum):
        FIRST = 'a'
        SECOND = auto()
    print(list(Words), Words.SECOND.value)
    del Auto, AutoInt
    print(gc.collect())
