# 3.11: plain instance = 24 basicsize + 16 GC + 16 managed-dict pre-header = 56; __slots__ instance = 16 + ...
import sys
class C:
    pass
class S2:
    __slots__ = ('a', 'b')
class S0:
    __slots__ = ()
c = C()
print(sys.getsizeof(c), C.__basicsize__)
print(sys.getsizeof(S2()), S2.__basicsize__)
print(sys.getsizeof(S0()), S0.__basicsize__)
c.x = 1
print(sys.getsizeof(c.__dict__))
