# auto() on every version: increasing values, after explicit ints, in IntEnum, floats; the members, sizes and collection
import sys, gc
from enum import Enum, IntEnum, auto
gc.collect()
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A], A(11), repr(A.W), sys.getrefcount(A.X), sys.getsizeof(A))
class B(IntEnum):
    P = auto()
    Q = auto()
print(list(B), B.Q + 0, str(B.P), format(B.Q, '03'), sys.getrefcount(B.P))
class C(Enum):
    F = 1.5
    G = auto()
print(list(C), C.G.value)
class D(Enum):
    ONE = 1
    ALSO = 1
    NEXT = auto()
print(list(D), D.NEXT.value, D.ALSO is D.ONE, list(D.__members__))
del A, B, C, D
print(gc.collect())
