# typing.Generic: Generic[T] (cached), __orig_bases__, __parameters__, Box[int] aliases (the same
# _tp_cache), instances through an alias (__orig_class__), reference counts and collection.
import sys, gc
from typing import TypeVar, Generic, List, Optional
gc.collect()
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item):
        self.item = item
    def get(self):
        return self.item

print(Generic[T], Generic[T] is Generic[T], Generic[K, V], Generic[T] == Generic[T])
print(Box.__parameters__, Box.__orig_bases__, Box.__mro__, Box.__bases__)
print(sys.getrefcount(T), sys.getrefcount(Box), sys.getrefcount(Box.__parameters__))
b = Box(5)
print(b.get(), sys.getsizeof(b), gc.is_tracked(b), sys.getrefcount(Box), type(b), isinstance(b, Box), isinstance(b, Generic))
BI = Box[int]
print(BI, Box[int] is BI, BI.__origin__ is Box, BI.__args__, BI.__parameters__, sys.getrefcount(Box))
print(sys.getrefcount(BI), sys.getsizeof(BI), gc.is_tracked(BI), BI == Box[int], BI == Box[str], BI != Box[str])
c = BI('x')
print(c.get(), c.__orig_class__, sys.getrefcount(BI), type(c), c.__dict__)
del c
print(sys.getrefcount(BI))
print(Box[List[int]], Box[Optional[str]], Box[T], Box[K].__parameters__, Box[T] is Box[T])

class Pair(Generic[K, V]):
    def __init__(self, k, v):
        self.k, self.v = k, v

p = Pair[str, int]('a', 1)
print(Pair.__parameters__, Pair[str, int], p.k, p.v, p.__orig_class__, sys.getrefcount(K), sys.getrefcount(V))

class IntBox(Box[int]):
    pass

class AnyBox(Box[T]):
    pass

print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__, IntBox(3).get())
print(AnyBox.__parameters__, AnyBox[str], sys.getrefcount(T))

class Sub(Box):
    pass

print(Sub.__parameters__, Sub(1).get(), '__orig_bases__' in Sub.__dict__)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print('TypeError', e)
gc.collect()
del Sub
print(gc.collect())
del IntBox
print(gc.collect(), sys.getrefcount(Box))
