# frozenset() and an empty frozenset(iterable) give one shared empty frozenset on 3.8 (made on the
# first call, then held by a static reference); from 3.10 each call makes a new object. Empty
# results of operators and copies of a subclass never are the singleton.
import sys, gc
gc.disable()
gc.collect()
before = gc.get_count()[0]
a = frozenset()
print(gc.get_count()[0] - before, sys.getrefcount(a))
print(frozenset() is a, frozenset([]) is a, frozenset("") is a, frozenset(range(0)) is a)
class F(frozenset):
    pass
print(F() is a, frozenset(F()) is a, a.copy() is a, (a | a) is a, frozenset({1}) - {1} is a)
print(sys.getrefcount(a), sys.getsizeof(a), len(a), type(a).__name__)
b = frozenset()
print(sys.getrefcount(a), a == b, hash(a) == hash(b))
del a, b
c = frozenset(x for x in ())
print(sys.getrefcount(c), len(c))
print(frozenset([1, 2]) is frozenset([1, 2]), frozenset({1}) & frozenset({2}) == frozenset())
