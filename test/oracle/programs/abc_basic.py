# A basic ABC with a concrete subclass: __abstractmethods__, the instantiation error, refcounts, sizes, dicts, collection
import sys, gc
from abc import ABC, abstractmethod, ABCMeta

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return 'shape'

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
    def perimeter(self):
        return 6 * self.r

print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
print(Circle.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
c = Circle(2)
print(c.area(), c.perimeter(), c.describe())
print(sys.getrefcount(Shape), sys.getrefcount(Circle), sys.getrefcount(c))
print(sys.getsizeof(Shape), sys.getsizeof(Circle), sys.getsizeof(c))
print(type(Shape).__name__, type(Circle) is ABCMeta)
print(sys.getsizeof(Shape.__abstractmethods__), gc.is_tracked(Shape.__abstractmethods__))
print(sys.getrefcount(Shape.__abstractmethods__))
print(Shape.area.__isabstractmethod__)
print(type(Shape._abc_impl).__name__, sys.getsizeof(Shape._abc_impl), gc.is_tracked(Shape._abc_impl))
print(Shape.__dict__.keys())
print(Circle.__dict__.keys())
print(sys.getsizeof(Shape.__dict__), sys.getsizeof(Circle.__dict__))
gc.collect()
del c, Circle, Half
print(gc.collect())
del Shape
print(gc.collect())
class M(metaclass=ABCMeta):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def y(cls): ...
    @staticmethod
    @abstractmethod
    def z(): ...
print(sorted(M.__abstractmethods__))
try:
    M()
except TypeError as e:
    print(e)
class OneLeft(M):
    x = 1
    y = 2
try:
    OneLeft()
except TypeError as e:
    print(e)
