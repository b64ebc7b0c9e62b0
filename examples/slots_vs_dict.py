# __slots__ versus a __dict__: a slotted instance stores its attributes in fixed slots and has no
# per-instance dictionary. How much that saves depends on the version (3.11+ keeps instance
# values in a compact array even without __slots__).
# heap: python=3.8,3.11,3.12,3.13
import sys


class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


d = WithDict(1, 2)
# @expect[3.8,3.12,3.13] getsizeof(d) == 48
# @expect[3.11] getsizeof(d) == 56
s = WithSlots(1, 2)
# @expect getsizeof(s) == 48
print(sys.getsizeof(d), sys.getsizeof(s))
