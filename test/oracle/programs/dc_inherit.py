# dataclass inheritance: base fields first, shared Field objects, frozen/non-frozen and order checks
import sys
import gc
from dataclasses import dataclass, field, fields
gc.collect()


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    y: int = 5


c = Child(0)
print(c, [f.name for f in fields(c)], Child.__doc__, sys.getsizeof(c))
print(fields(Child)[0] is fields(Base)[0], fields(Child)[1] is fields(Base)[1])
print(sys.getrefcount(Base), sys.getrefcount(Child))


@dataclass(frozen=True)
class FB:
    a: int


try:
    @dataclass
    class Bad(FB):
        b: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        b: int = 0
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class Bad3:
        b: int = 0
        def __lt__(self, o):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad4:
        a: int = 0
        b: int
except TypeError as e:
    print(e)


class NotDC:
    q = 7


@dataclass
class Mixed(NotDC):
    r: int = 3


print(Mixed(), Mixed.q)
