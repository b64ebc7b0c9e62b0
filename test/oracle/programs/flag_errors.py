# errors CPython raises for Flag misuse: `in` with a non-member, | with an int, a str value, ordering comparisons
import sys
from enum import Flag, IntFlag
class Perm(Flag):
    R = 4
    W = 2
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)
try:
    Perm('R')
except (ValueError, TypeError) as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    Perm.R < Perm.W
except TypeError as e:
    print('TypeError', e)
print(Perm.R.__class__.__mro__[1:] == (Flag,) + Flag.__mro__[1:], issubclass(IntFlag, int), issubclass(IntFlag, Flag))
