# A namedtuple class that dies with the module (collected at shutdown with a suspended generator).
import gc, sys
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(y=5), Point._make([3, 4]), sys.getrefcount(Point) > 1)
def gen():
    yield Point(0, 0)
    yield Point(1, 1)
g = gen()
print(next(g))
Pair = namedtuple("Pair", "a b")
q = Pair(p, p)
del Pair
print(type(q).__name__, q.a is p, sys.getrefcount(p))
del q
gc.collect()
print("end")
