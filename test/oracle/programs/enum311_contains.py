# `in` on an Enum class: members everywhere; on 3.12+ values too (3.8 raises TypeError for a non-member, 3.10/3.11 warn)
import sys
from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
class N(IntEnum):
    A = 1
print(Color.RED in Color, N.A in N, N.A in Color, Color.RED in N)
if sys.version_info >= (3, 12):
    print(1 in Color, 3 in Color, 'RED' in Color, 1 in N, 1.0 in Color, [] in Color if False else None)
    try:
        print([] in Color)
    except TypeError as e:
        print('TypeError', e)
if sys.version_info < (3, 10):
    try:
        1 in Color
    except TypeError as e:
        print('TypeError', e)
print(sys.getrefcount(Color.RED), sys.getrefcount(N.A))
