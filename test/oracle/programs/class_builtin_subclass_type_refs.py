# A subclass instance of each builtin base holds its class once, however it is freed; set and
# frozenset subclasses released it twice.
import sys
from collections import OrderedDict, defaultdict, Counter, deque
bases = [object, list, dict, set, frozenset, tuple, int, float, str, bytes, complex, Exception, ValueError, KeyError, defaultdict, Counter, deque]
for b in bases:
    class C(b):
        pass
    r0 = sys.getrefcount(C)
    x = C()
    r1 = sys.getrefcount(C)
    del x
    r2 = sys.getrefcount(C)
    xs = [C() for i in range(3)]
    r3 = sys.getrefcount(C)
    del xs
    print(b.__name__, r1 - r0, r2 - r0, r3 - r0)
class S:
    __slots__ = ('a',)
r0 = sys.getrefcount(S)
s = S(); s.a = s
del s
import gc
gc.collect()
print('slots', sys.getrefcount(S) - r0)
class D:
    def __del__(self):
        pass
r0 = sys.getrefcount(D)
d = D(); del d
print('del', sys.getrefcount(D) - r0)
d = D(); d.me = d; del d
gc.collect()
print('del cycle', sys.getrefcount(D) - r0)
