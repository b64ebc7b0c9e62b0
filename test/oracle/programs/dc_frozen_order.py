# frozen=True, order=True: FrozenInstanceError, the generated comparisons and __hash__
import sys
import gc
from dataclasses import dataclass, FrozenInstanceError, replace
gc.collect()


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v = Version(3, 12)
w = Version(3, 13, ('final',))
print(v, w, v < w, v >= w, sorted([w, v])[0])
print(hash(v) == hash(Version(3, 12)), hash(v) == hash((3, 12, ())))
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.getrefcount(Version), sys.getsizeof(v))
print(replace(v, minor=14), v)
print(Version.__doc__)
print(Version.__setattr__.__qualname__, Version.__lt__.__qualname__)
try:
    print(v < (3, 12))
except TypeError as e:
    print('TypeError', e)
print({v: 1, Version(3, 12): 2})
del v, w
print(sys.getrefcount(Version), gc.collect())
