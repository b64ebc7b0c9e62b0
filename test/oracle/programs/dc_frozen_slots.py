# frozen=True with slots=True (3.10+): the smallest immutable record, pickling helpers, copy
import sys
import gc
import copy
from dataclasses import dataclass, FrozenInstanceError
gc.collect()
try:
    @dataclass(frozen=True, slots=True)
    class Pixel:
        x: int
        y: int
        color: str = 'black'
except TypeError as e:
    print('TypeError', e)

    @dataclass(frozen=True)
    class Pixel:
        x: int
        y: int
        color: str = 'black'

p = Pixel(1, 2)
print(p, sys.getsizeof(p), hash(p) == hash((1, 2, 'black')))
print(Pixel.__getstate__.__name__ if '__getstate__' in Pixel.__dict__ else 'no __getstate__')
q = copy.copy(p)
print(q, q == p, q is p, sys.getrefcount(Pixel))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
pixels = [Pixel(i, i) for i in range(50)]
print(sum(map(sys.getsizeof, pixels)), sys.getrefcount(Pixel))
