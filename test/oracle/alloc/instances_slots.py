# The same instances with __slots__: one block each, no dict or values array.
import sys

class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

sys._debugmallocstats()
keep = [Point(i, i) for i in range(20000)]
sys._debugmallocstats()
