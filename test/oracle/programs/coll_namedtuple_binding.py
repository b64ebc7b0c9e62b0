# namedtuple() is a Python function: its arguments bind like one, its names go through str(),
# and the __new__ it generates is a Python function too (3.8/3.10 keep a frame for it).
import gc
from collections import namedtuple

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('verbose', lambda: namedtuple('P', 'a', verbose=True))
attempt('missing', lambda: namedtuple('P'))
attempt('too many', lambda: namedtuple('P', 'a', False))
attempt('names', lambda: namedtuple(5, [1, 'b'], rename=True)._fields)
attempt('keyword', lambda: namedtuple('P', 'a class'))
attempt('defaults', lambda: namedtuple('P', 'a b', defaults=[1, 2, 3]))
One = namedtuple('One', 'only')
print(One.__doc__, One(1), namedtuple('Empty', '')().__class__.__doc__)
Point = namedtuple('Point', 'x y', defaults=[0])
attempt('new missing', lambda: Point())
attempt('new extra', lambda: Point(1, 2, 3))
attempt('new kw', lambda: Point(1, z=2))
attempt('new twice', lambda: Point(1, x=2))
p = Point(1)
attempt('replace bad', lambda: p._replace(z=3))
attempt('replace pos', lambda: p._replace(1))
attempt('make short', lambda: Point._make([1]))
attempt('make', lambda: Point._make(iter([5, 6])))
print(p, p._asdict(), p._replace(y=9), Point._field_defaults, type(Point.x).__name__, Point.x.__doc__)
Pair = namedtuple('Pair', 'left right')
gc.collect()
first = Pair(1, 2)
counts = [gc.get_count()]
second = Pair(3, 4)
counts.append(gc.get_count())
text = repr(second)
counts.append(gc.get_count())
print(counts, text)
