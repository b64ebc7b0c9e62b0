# refcounts an item's dunders see when list/tuple/dict compare, repr, map, filter, sorted, max call them
import sys
class P:
    def __init__(self, v): self.v = v
    def __repr__(self):
        return f"P{self.v}:{sys.getrefcount(self)}"
    def __eq__(self, o):
        print("eq", self.v, sys.getrefcount(self), sys.getrefcount(o))
        return isinstance(o, P) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, sys.getrefcount(self), sys.getrefcount(o))
        return self.v < o.v
    def __hash__(self): return self.v
    def __len__(self):
        print("len", sys.getrefcount(self)); return 1
    def __bool__(self):
        print("bool", sys.getrefcount(self)); return True
a, b, c = P(1), P(2), P(1)
l1 = [a, b]; l2 = [c, b]
print("list==", l1 == l2)
print("tuple==", (a, b) == (c, b))
print("repr list", [a, b])
print("repr tuple", (a, b))
print("repr dict", {a: b})
print("repr set", {b})
print("str.format", "{} {!r}".format(a, b))
print("fstring", f"{a!r}")
print("map", list(map(lambda x: sys.getrefcount(x), l1)))
print("filter", list(filter(lambda x: print("f", sys.getrefcount(x)), l1)))
print("sorted key", sorted(l1, key=lambda x: sys.getrefcount(x)))
print("max key", max(l1, key=lambda x: (print("mk", sys.getrefcount(x)), x.v)[1]))
print("min", min(l1))
print("any", any(l1), "all", all(l1))
print("bool", bool(a), not a)
print("len", len(a))
if a: print("if")
print("list.sort"); l1.sort()
print("dict==", {1: a} == {1: c})
print("list.index", l2.index(b))
