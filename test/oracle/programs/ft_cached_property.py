# cached_property computes once and stores the value in the instance __dict__, which grows by one key
import sys
import functools

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('  computing')
        return [3 * self.r * self.r]

c = Circle(2)
print(sorted(vars(c)))
a1 = c.area
a2 = c.area
print(a1 is a2, sorted(vars(c)), sys.getrefcount(a1) - 1)
del c.area
print(sorted(vars(c)))
print(c.area == a1, c.area is a1)
cp = Circle.__dict__['area']
print(type(cp).__name__, cp.attrname, cp.func.__name__, Circle.area is cp)
print(sorted(vars(cp)))
class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print('TypeError:', e)
