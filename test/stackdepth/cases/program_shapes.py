# Abstract base class, polymorphism, class methods and __init_subclass__.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @classmethod
    def square(cls, side):
        return cls(side, side)


shapes = [Circle(1), Rect(2, 3), Rect.square(2)]
for s in sorted(shapes):
    print(s.describe())
print(sorted(Shape.registry), max(shapes).area() > 5)
