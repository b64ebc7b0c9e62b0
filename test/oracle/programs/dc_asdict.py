# asdict()/astuple(): new containers per version (list(genexpr) vs comprehensions), shared atoms
import sys
import gc
from dataclasses import dataclass, field, asdict, astuple
gc.collect()


@dataclass
class Inner:
    a: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    pairs: tuple = (1, 2)
    table: dict = field(default_factory=dict)


title = 'outer object'
o = Outer(title, Inner(5, ['x', 'y']), [1, 2, 3], table={'k': [1]})
d = asdict(o)
print(d)
print(sys.getsizeof(d), sys.getsizeof(d['items']), sys.getsizeof(d['inner']), sys.getsizeof(d['pairs']))
print(d['items'] is o.items, d['name'] is o.name, sys.getrefcount(title))
print(d['inner']['tags'] is o.inner.tags, d['table']['k'] is o.table['k'])
t = astuple(o)
print(t, sys.getsizeof(t), sys.getsizeof(t[2]), sys.getsizeof(t[1]))
print(sys.getrefcount(title))
big = Outer('b', Inner(1), list(range(20)))
print(sys.getsizeof(asdict(big)['items']), sys.getsizeof(astuple(big)[2]))
try:
    asdict(title)
except TypeError as e:
    print('TypeError', e)
del d, t
print(gc.collect(), sys.getrefcount(title))
