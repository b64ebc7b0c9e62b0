# slots=True (3.10+; 3.8 rejects the keyword): a new class replaces the decorated one
import sys
import gc
from dataclasses import dataclass
gc.collect()


@dataclass
class Plain:
    x: int
    y: int
    z: float = 0.0


try:
    @dataclass(slots=True)
    class Slim:
        x: int
        y: int
        z: float = 0.0
except TypeError as e:
    print('TypeError', e)
    Slim = Plain

a = Plain(1, 2)
b = Slim(1, 2)
print(sys.getsizeof(a), sys.getsizeof(b), hasattr(b, '__dict__'))
print(sys.getsizeof(a) + sys.getsizeof(a.__dict__))
print(b, Slim.__qualname__, sys.getrefcount(Slim))
print(getattr(Slim, '__slots__', None), Slim.__init__.__qualname__)
# the decorated class, replaced, is cyclic garbage
print(gc.collect())
many = [Slim(i, i) for i in range(100)]
print(sum(map(sys.getsizeof, many)), sys.getrefcount(Slim))
