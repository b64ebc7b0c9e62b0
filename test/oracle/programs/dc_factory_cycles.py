# default_factory and field(): who holds the defaults, and instances in cycles
import sys
import gc
from dataclasses import dataclass, field, fields
gc.collect()

default_list = [1, 2]


def make():
    return list(default_list)


@dataclass
class Box:
    items: list = field(default_factory=make)
    label: str = field(default='a box', repr=False)
    count: int = field(default=0, compare=False)


b = Box()
print(b, b.items is not default_list, sys.getrefcount(make))
print(Box() == Box(count=5), Box([1]) == Box())
print(Box.__doc__)
print(Box.__init__.__defaults__[1:], Box.label)
print([(f.name, f.init, f.repr, f.compare, f.hash) for f in fields(Box)])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
b.items.append(b)
del b
print(gc.collect())
nodes = [Box() for _ in range(3)]
for n in nodes:
    n.items.append(nodes)
del nodes, n
print(gc.collect())
