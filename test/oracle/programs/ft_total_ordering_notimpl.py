# total_ordering fills in the missing comparisons with functions that call the root one (NotImplemented falls through to the reflected operation)
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
print(V(1) > V(2), V(1) <= V(1), V(3) >= V(2))
print(V.__gt__.__name__, V.__le__.__qualname__)
print(sorted([V(3), V(1), V(2)], reverse=True)[0].v)
try:
    V(1) > 3
except TypeError as e:
    print(e)
V(1) >= 'x'
