# Flag boundaries: STRICT errors for Flag, KEEP for IntFlag, and on 3.11+ the boundary= keyword (CONFORM, EJECT, KEEP, STRICT) and FlagBoundary
import sys, enum
from enum import Flag, IntFlag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class Mode(IntFlag):
    A = 1
    B = 2
for v in (8, 9, -9, 16):
    try:
        print(repr(Perm(v)))
    except ValueError as e:
        print('ValueError', e)
for v in (8, 9, -9, 16, -1):
    print(repr(Mode(v)), str(Mode(v)), int(Mode(v)))
if sys.version_info >= (3, 11):
    print(Perm._boundary_, Mode._boundary_, repr(Perm._boundary_), enum.STRICT is enum.FlagBoundary.STRICT, list(enum.FlagBoundary), enum.show_flag_values(13))
    print(Perm._flag_mask_, Perm._singles_mask_, Perm._all_bits_, Mode._flag_mask_, Mode._all_bits_, 'boundary' in Perm.__dict__)
    class Conf(Flag, boundary=enum.CONFORM):
        A = 1
        B = 2
        C = 8
    class Ej(Flag, boundary=enum.EJECT):
        A = 1
        B = 2
    class Kp(Flag, boundary=enum.KEEP):
        A = 1
        B = 2
    class St(IntFlag, boundary=enum.STRICT):
        A = 1
        B = 2
    print(repr(Conf(15)), repr(Conf(4)), repr(Conf(-1)), repr(Ej(7)), type(Ej(7)).__name__, repr(Ej(3)), repr(Kp(7)), str(Kp(7)), repr(~Kp.A), repr(Kp(-1)))
    try:
        St(4)
    except ValueError as e:
        print('ValueError', e)
    print(sorted(Conf._value2member_map_), sorted(Kp._value2member_map_), Conf._boundary_, Ej._boundary_)
else:
    print(hasattr(enum, 'FlagBoundary'))
