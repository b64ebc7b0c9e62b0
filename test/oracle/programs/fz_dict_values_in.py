# 'in' on dict.values() searches through a values iterator: each value is owned while compared
import sys
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, sys.getrefcount(self), getattr(o, "v", o), sys.getrefcount(o))
        return isinstance(o, K) and self.v == o.v
    __hash__ = None
a, b = K(1), K(2)
d = {"x": a, "y": b}
print(K(2) in d.values())
print(K(3) in d.values(), K(1) not in d.values())
print(hasattr(d.values(), "__contains__"), hasattr(d.keys(), "__contains__"))
