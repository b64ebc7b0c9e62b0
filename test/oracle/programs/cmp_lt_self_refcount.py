# A class's __lt__ is called unbound by the comparison slot: no bound method holds self
import sys
import gc


class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print('lt', self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v < other.v

    def __eq__(self, other):
        print('eq', sys.getrefcount(self), sys.getrefcount(other))
        return self.v == other.v


a = P(1)
b = P(3)
print(a < b)
print(b > a)
print(a == b)
gc.collect()
for i in range(5):
    a < b
print(gc.get_count())
print(sorted([b, a, P(2)])[0].v)
