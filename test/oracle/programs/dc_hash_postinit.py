# unsafe_hash, hash=False, init=False fields, __post_init__, eq=False
import sys
import gc
from dataclasses import dataclass, field, fields, is_dataclass
gc.collect()


@dataclass(unsafe_hash=True)
class Key:
    name: str
    n: int = field(default=1, hash=False)
    cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        self.cache['made'] = True


k = Key('a')
print(k, hash(k) == hash(('a',)), k.cache, Key('a', 2) == k)
print([(f.name, f.init, f.repr, f.compare, f.hash) for f in fields(Key)])
print(is_dataclass(Key), is_dataclass(k), is_dataclass(1))


@dataclass(eq=False, repr=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(Node.__eq__ is object.__eq__, Node.__hash__ is object.__hash__, sys.getrefcount(n))
del n
print(gc.collect())


@dataclass
class WithEq:
    a: int

    def __eq__(self, other):
        return True


print(WithEq(1) == 5, WithEq.__hash__)
try:
    fields(5)
except TypeError as e:
    print('TypeError', e)
