# refcounts a key's __eq__ sees in set algebra, deque search, dict delete/pop, Counter and OrderedDict stores
import sys
from collections import deque, Counter, OrderedDict
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P{self.v}"
    def __eq__(self, o):
        print("eq", self.v, sys.getrefcount(self), sys.getrefcount(o))
        return isinstance(o, P) and self.v == o.v
    def __hash__(self): return self.v
a, b, c = P(1), P(2), P(1)
s1 = {a, b}
s2 = {c}
print("set==", s1 == {c, b})
print("issub", s2 <= s1)
print("inter", s1 & s2)
print("diff", s1 - s2)
print("remove"); s1.remove(P(2))
print("dq in"); dq = deque([a, b]); print(c in dq)
print("dq count", dq.count(c))
print("dq remove"); dq.remove(c)
print("dq index", deque([b, a]).index(c))
print("del d"); d = {a: 1, b: 2}; del d[c]
print("pop", d.pop(P(2)))
print("keys in", P(1) in {a: 0}.keys())
print("Counter"); cn = Counter([a, c, b]); print(cn[a])
print("OD"); od = OrderedDict([(a, 1)]); od[c] = 2; print(od[a])
print("frozenset", frozenset([a]) == frozenset([c]))
print("dict in", c in {a: 1}, {a: 1}.get(c))
