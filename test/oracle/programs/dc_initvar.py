# InitVar pseudo-fields: passed to __post_init__, not stored, not in fields(), replace() needs them
import sys
import gc
from dataclasses import dataclass, field, fields, replace, InitVar
gc.collect()


@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    unit: InitVar[str] = field(default='m')

    def __post_init__(self, scale, unit):
        self.x *= scale
        self.label = unit


c = C(3)
print(c, c.label, C.__doc__, [f.name for f in fields(C)], C.scale, C.unit, getattr(C, '__match_args__', None))
print(replace(c, scale=1), replace(c, x=1, scale=3).x)
print(InitVar[int], InitVar[list], InitVar['x'], sys.getsizeof(InitVar[int]), type(InitVar).__name__)
print(sys.getsizeof(c), sys.getrefcount(C))


@dataclass
class D:
    a: int
    k: InitVar[int]

    def __post_init__(self, k):
        self.b = self.a + k


try:
    replace(D(1, 2), a=5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(D(1, 2).b, D.__doc__)
try:
    @dataclass
    class E:
        q: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print('TypeError', e)
print(gc.collect())
