# a dataclass with its own __slots__ (no defaults): member descriptors are not defaults; slots=True on it is a TypeError
import sys
import gc
from dataclasses import dataclass, field
gc.collect()


@dataclass
class Own:
    __slots__ = ('x', 'y')
    x: int
    y: int


o = Own(1, 2)
print(o, sys.getsizeof(o), hasattr(o, '__dict__'), Own.__doc__, type(Own.__dict__['x']).__name__)
try:
    @dataclass(slots=True)
    class Twice:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print('TypeError', e)
print(gc.collect())
