# tracemalloc: instances with a __dict__ (split keys / inline values by version) versus __slots__, per instance
import tracemalloc, gc

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def measure(cls, n):
    keep = [None] * n
    gc.collect()
    tracemalloc.start()
    for i in range(n):
        keep[i] = cls(i, i)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return cur, peak

for cls in (Plain, Slotted):
    for n in (1, 10, 100):
        print(cls.__name__, n, measure(cls, n))
