# IntEnum members are ints: arithmetic, comparisons, hash, str/repr/format, sizes and counts
import sys, gc
from enum import Enum, IntEnum
gc.collect()
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
    BIG = 10 ** 20
print(Num.ONE, repr(Num.TWO), f'{Num.THREE}', format(Num.ONE, '>4'), '%s %d' % (Num.TWO, Num.TWO), str(Num.ONE), f'{Num.BIG:,}')
print(Num.ONE == 1, Num.TWO + 1, Num(3), Num['ONE'], hash(Num.ONE), sorted([Num.THREE, Num.ONE]), int(Num.TWO), isinstance(Num.ONE, int), Num.ONE < Num.TWO)
print(sys.getrefcount(Num.ONE), sys.getsizeof(Num.ONE), sys.getsizeof(Num.BIG), sys.getsizeof(Num), list(Num.ONE.__dict__), sorted(Num.__dict__))
print(gc.is_tracked(Num.ONE), Num.ONE.value, type(Num.ONE.value), Num.ONE.name, Num.__mro__, type(Num))
print({Num.ONE: 'a', 1: 'b'}, Num.ONE in {1, 2}, list(Num), len(Num), 1 in list(Num), Num(2) is Num.TWO)
del Num
print(gc.collect())
