# namedtuple creates a tuple subclass with named fields: same size as a plain tuple.
import sys
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), isinstance(p, tuple))
print(sys.getsizeof(p), sys.getsizeof((3, 4)))
q = p._replace(y=10)
print(q, p, q._asdict(), Point._fields)
x, y = q
print(x + y, len(q), Point._make([5, 6]))
Person = namedtuple('Person', 'name age', defaults=[0])
print(Person('Ann'), Person('Bob', 30).age)
try:
    p.x = 1
except AttributeError:
    print('namedtuples are immutable')
