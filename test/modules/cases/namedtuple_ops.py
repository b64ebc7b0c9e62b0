# collections.namedtuple: a tuple subclass with __slots__ = () (same size as a tuple) and field descriptors.
import sys, gc
from collections import namedtuple
P = namedtuple('P', 'x y')
for call in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: P(1, x=2), lambda: P(), lambda: P._make([1]), lambda: P(1, 2)._replace(z=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
for args in [('1x', 'a'), ('P', 'a class'), ('P', '_a'), ('P', 'a a'), ('P', 'a,b')]:
    try:
        print(namedtuple(*args)._fields)
    except Exception as e:
        print(type(e).__name__, e)
try:
    namedtuple('Q', 'a b', defaults=[1, 2, 3])
except Exception as e:
    print(type(e).__name__, e)
print(namedtuple('R', ['a', 'b'], defaults=(1,))._field_defaults, namedtuple('R2', 'a b', rename=True)._fields, namedtuple('R3', 'a def _c a', rename=True)._fields)
p = P(1, 2)
print(p, repr(p), str(p), p._fields, P._fields, P.__name__, P.__qualname__, P.__module__, P.__doc__, P.x.__doc__)
print(p._asdict(), p.__getnewargs__(), p[0], p[-1], p[:1], len(p), hash(p) == hash((1, 2)), p == (1, 2), p + (3,), p * 2, P.__mro__)
print(sys.getsizeof(p), sys.getsizeof(P(1, [1])), sys.getsizeof((1, 2)), gc.is_tracked(p), gc.is_tracked(P(1, [])))
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
print(hasattr(p, '__dict__'), P.__slots__, getattr(P, '__match_args__', ('x', 'y')))
class Q(namedtuple('Q', 'a b')):
    __slots__ = ()
    def total(self):
        return self.a + self.b
q = Q(1, 2); print(q, q.total(), sys.getsizeof(q), [t.__name__ for t in type(q).__mro__])
x, y = p; print(x, y, [i for i in p], max(p))
print(P._make(iter([5, 6])), P(*[7, 8]), P(**{'x': 1, 'y': 2}))
Z = namedtuple('Z', ''); print(Z(), Z._fields, sys.getsizeof(Z()))
Person = namedtuple('Person', 'name age', defaults=[0])
print(Person('Ann'), Person('Bob', 30).age, Person._field_defaults)
val = [1]
pt = P(val, val); print(sys.getrefcount(val)); del pt; print(sys.getrefcount(val))
