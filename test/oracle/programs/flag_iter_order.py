# Flag members defined out of value order, aliases (multi-bit names), iteration and len of composites (3.11+), the cached inversion
import sys
from enum import Flag, IntFlag
class C(Flag):
    B = 2
    A = 1
    D = 8
    AB = 3
print(list(C), len(C), list(C.__members__), C._member_names_, repr(C.AB), str(C.AB), C.AB is C(3))
print(repr(C(11)), str(C(11)), repr(C(9)), repr(~C.B), repr(~C.AB), repr(C.A | C.B), repr(C.D & C(9)))
if sys.version_info >= (3, 11):
    print(list(C(11)), len(C(11)), list(C(0)), len(C(0)), list(C.AB), list(C.A), len(C.D), list(~C.A))
    print(repr(~~C.A), (~C.A) is (~C.A), list(C.A.__dict__), repr(C.A._inverted_))
else:
    print(repr(~~C.A), (~C.A) is (~C.A), list(C.A.__dict__))
class F(IntFlag):
    HIGH = 4
    LOW = 1
    MID = 2
print(list(F), repr(F(7)), str(F(7)), repr(F(5)), repr(~F.MID), repr(F(6) | 16))
if sys.version_info >= (3, 11):
    print(list(F(7)), len(F(7)), list(F(16 | 4)), len(F(16 | 4)))
