# __slots__ attribute holds one reference, like a dict attribute.
import sys
class S:
    __slots__ = ('x',)
a = []
s = S()
s.x = a
print(sys.getrefcount(a))
del s.x
print(sys.getrefcount(a))
