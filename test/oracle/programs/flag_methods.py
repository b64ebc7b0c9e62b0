# Flag with a zero member, methods and a property, @unique, reversed(), chains of ~ (3.11+ caches inversions: cycles), huge IntFlag values
import sys, gc
from enum import Flag, IntFlag, auto, unique
gc.collect()
@unique
class P(Flag):
    NONE = 0
    A = auto()
    B = auto()
    def both(self):
        return self | P.B
    @property
    def lower(self):
        return str(self.name).lower()
print(list(P), len(P), repr(P.NONE), repr(P(0)), P.NONE is P(0), repr(P.A.both()), P.A.lower, list(reversed(P)), bool(P.NONE))
print(repr(~P.NONE), repr(~P.A), sorted(P._value2member_map_), repr(P.A & P.B), repr(P.A ^ P.A))
x = ~P.A
y = ~x
print(gc.collect(), sys.getrefcount(x), sys.getrefcount(P.A))
del x, y, P
print(gc.collect())
class Big(IntFlag):
    A = 2 ** 40
    B = 2 ** 70
print(repr(Big.A | Big.B), sys.getsizeof(Big.B), repr(~Big.A) if sys.version_info >= (3, 11) else '', repr(Big(3)))
