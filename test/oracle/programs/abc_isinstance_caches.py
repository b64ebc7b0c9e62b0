# isinstance()/issubclass() against ABCs: the caches of weak references, their callbacks, collections
import gc, sys, weakref
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Sub(Square):
    pass
class Other:
    pass

gc.collect()
print(gc.get_count())
sq = Square(3)
print(weakref.getweakrefcount(Square), weakref.getweakrefcount(Shape))
print(isinstance(sq, Shape))
print(gc.get_count())
print(weakref.getweakrefcount(Square), weakref.getweakrefcount(Shape))
print(isinstance(sq, Shape), isinstance(Sub(1), Shape))
print(weakref.getweakrefcount(Sub))
o = Other()
print(isinstance(o, Shape), isinstance(o, Shape), isinstance(3, Shape))
print(weakref.getweakrefcount(Other))
print(issubclass(Square, Shape), issubclass(Other, Shape), issubclass(Shape, Shape), issubclass(bool, Shape))
print(issubclass(Square, ABC))  if False else None
print(gc.get_count())
print(sys.getrefcount(Square), sys.getrefcount(Other), sys.getrefcount(Shape))
print(sys.getsizeof(Shape), sys.getsizeof(Square))
del o
del Other
print(gc.collect())
del sq, Sub
print(gc.collect())
print(isinstance(Square(2), Shape))
del Square
print(gc.collect())
del Shape
print(gc.collect())
