# IntEnum on every version: str(), format() and f-strings (the int's on 3.11+, ReprEnum), repr, arithmetic, hash, sizes and counts, the class dicts
import sys, gc
from enum import Enum, IntEnum
gc.collect()
class Num(IntEnum):
    ONE = 1
    TWO = 2
    BIG = 10 ** 30
print(str(Num.ONE), repr(Num.TWO), f'{Num.ONE}', f'{Num.TWO!r}', f'{Num.BIG:,}', format(Num.ONE, '>5'), '%s|%d|%r' % (Num.TWO, Num.TWO, Num.TWO), '{}'.format(Num.ONE))
print(Num.ONE + 1, Num.TWO * Num.TWO, Num.ONE == 1, hash(Num.TWO) == hash(2), Num(2), Num['BIG'], int(Num.BIG), Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]))
print(sys.getsizeof(Num.ONE), sys.getsizeof(Num.BIG), sys.getsizeof(Num), sys.getrefcount(Num.ONE), sys.getrefcount(Num))
print(list(Num.__dict__))
print(sorted(IntEnum.__dict__), IntEnum.__mro__)
print(list(Num.ONE.__dict__), Num.ONE.__dict__, gc.is_tracked(Num.ONE))
print({Num.ONE: 'a'}, {1: 'b'}[Num.ONE], Num.TWO in [2], max(Num), sum(Num) - 10 ** 30)
class Plain(int, Enum):
    A = 5
    B = 6
print(str(Plain.A), format(Plain.B), repr(Plain.A), f'{Plain.A}', Plain.A + 1, sys.getsizeof(Plain), list(Plain.__dict__))
del Num, Plain
print(gc.collect())
