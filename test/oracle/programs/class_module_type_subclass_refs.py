# namedtuple classes and their subclasses, OrderedDict, array and set/frozenset subclasses: the
# class's count returns to where it was once instances are freed.
import sys
from collections import namedtuple, OrderedDict, deque
import array
P = namedtuple('P', 'x y')
class Q(P):
    pass
class R(Q):
    __slots__ = ()
class OD(OrderedDict):
    pass
class Arr(array.array):
    pass
for C, mk in [(P, lambda: P(1, 2)), (Q, lambda: Q(1, 2)), (R, lambda: R(1, 2)), (OD, OD), (Arr, lambda: Arr('i', [1]))]:
    r0 = sys.getrefcount(C)
    x = mk()
    r1 = sys.getrefcount(C)
    del x
    r2 = sys.getrefcount(C)
    print(C.__name__, r1 - r0, r2 - r0)
class S(set):
    pass
class F(frozenset):
    pass
print(sys.getrefcount(S), sys.getrefcount(F))
a = S([1, 2]); b = F([3])
c = a | {5}
print(type(c).__name__, sys.getrefcount(S))
del a, b, c
print(sys.getrefcount(S), sys.getrefcount(F))
