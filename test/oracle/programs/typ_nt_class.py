# typing.NamedTuple, class form: collections.namedtuple plus __annotations__, defaults and the
# methods of the class body.
import sys, gc
from typing import NamedTuple, List
gc.collect()

class P(NamedTuple):
    x: int
    y: int = 0
    tag: str = 'p'

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f'<P {self.x},{self.y},{self.tag}>'

p = P(3)
q = P(1, -2, 'q')
print(p, q, repr(q), str(p))
print(p.x, p.y, p.tag, q[1], len(q), p == (3, 0, 'p'), isinstance(p, tuple))
print(q.norm1(), p._replace(x=7), q._asdict(), P._make([4, 5, 'r']))
print(P._fields, P._field_defaults, P.__annotations__)
print(P.__name__, P.__qualname__, P.__module__, P.__bases__, P.__doc__)
print(sys.getsizeof(p), sys.getsizeof(q), gc.is_tracked(p))
print(sys.getrefcount(P), sys.getrefcount(p), sys.getrefcount(P.__annotations__), sys.getrefcount(P._field_defaults))
big = 10 ** 30
class Q(NamedTuple):
    a: List[int]
    b: int = big
    """Doc of Q."""
    k = 5
print(Q([1]), Q.__doc__, Q.k, Q._fields, sys.getrefcount(big), Q.__annotations__)
try:
    P(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError', e)
x, y, t = q
print(x, y, t, q + (1,), q * 2, sorted([q, p]))
del Q
print(sys.getrefcount(big))
