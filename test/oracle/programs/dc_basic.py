# a plain @dataclass: what an instance costs, what the generated methods are and what they hold
import sys
import gc
from dataclasses import dataclass, fields
gc.collect()


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getrefcount(Point))
print(Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__defaults__, Point.__init__.__code__.co_argcount)
print([f.name for f in fields(p)], [f.name for f in fields(Point)])
print(Point.__hash__, Point.y, 'x' in Point.__dict__)
print(Point(5), repr(Point(y=3, x=4)))
points = [Point(i, i) for i in range(10)]
print(sys.getrefcount(Point), sum(sys.getsizeof(q) for q in points))
del points
print(sys.getrefcount(Point), gc.collect())
