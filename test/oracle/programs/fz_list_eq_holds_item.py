# list.index/count/remove/in hold the item while its __eq__ runs; 3.8 compares operand first
import sys
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, sys.getrefcount(self), getattr(o, "v", o), sys.getrefcount(o))
        return self.v == getattr(o, "v", o)
a, b, c = K(3), K(1), K(2)
lst = [a, b, c]
print(lst.index(c))
print(c in lst)
print(lst.count(b))
t = (a, b, c)
print(2 in t, t.index(c), t.count(b))
lst.remove(K(1))
print(len(lst))
