# Flag/IntFlag: sizes, reference counts of members and cached composite pseudo-members, gc.collect() after deleting the classes
import sys, gc
from enum import Flag, IntFlag, auto
gc.collect()
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(gc.collect(), sys.getrefcount(Perm), sys.getrefcount(Perm.R), sys.getsizeof(Perm), sys.getsizeof(Perm.R))
rw = Perm.R | Perm.W
print(sys.getrefcount(rw), sys.getrefcount(Perm.R), sys.getsizeof(rw), list(rw.__dict__), list(Perm.R.__dict__), gc.is_tracked(rw))
del rw
print(gc.collect(), sorted(Perm._value2member_map_), sys.getrefcount(Perm(3)))
inv = ~Perm.X
print(sys.getrefcount(inv), sys.getrefcount(Perm.X), list(Perm.X.__dict__), sorted(Perm._value2member_map_))
del inv
print(list(Perm.__dict__))
del Perm
print(gc.collect())
class I(IntFlag):
    A = 1
    B = 2
print(sys.getsizeof(I.A), sys.getrefcount(I.A), sys.getrefcount(I), list(I.A.__dict__))
x = I.A | I.B | 8
print(sys.getsizeof(x), sys.getrefcount(x), sorted(I._value2member_map_), list(x.__dict__))
y = ~I.A
print(sys.getrefcount(y), sorted(I._value2member_map_), sys.getsizeof(I))
del x, y
print(gc.collect())
del I
print(gc.collect())
class Keep(Flag):
    ONE = 1
    TWO = 2
m = Keep.ONE | Keep.TWO
del Keep
print(gc.collect(), sys.getrefcount(m), repr(m))
del m
print(gc.collect())
