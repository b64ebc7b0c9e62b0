# __slots__ replaces the per-instance __dict__ with fixed fields: smaller instances, no new attributes.
import sys
class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class WithSlots:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
d = WithDict(1, 2)
s = WithSlots(1, 2)
print(sys.getsizeof(s), WithSlots.__basicsize__)
print(hasattr(d, '__dict__'), hasattr(s, '__dict__'))
print(d.x + d.y, s.x + s.y)
try:
    s.z = 3
except AttributeError:
    print('no new attributes on a slotted object')
d.z = 3
print(sorted(d.__dict__))
del s.x
print(hasattr(s, 'x'), s.y)
