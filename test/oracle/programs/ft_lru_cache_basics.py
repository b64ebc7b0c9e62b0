# lru_cache keeps every argument tuple and result alive in its dict; a single int or str argument is its own key
import sys
import functools

class Big:
    pass

@functools.lru_cache(maxsize=None)
def make(x):
    return [x]

b = Big()
before = sys.getrefcount(b)
r1 = make(b)
r2 = make(b)
print(r1 is r2, make.cache_info())
# the cache holds the argument tuple (b,) and the result list
print(sys.getrefcount(b) - before, sys.getrefcount(r1) - 1)
n = 10 ** 30
make(n)
print(sys.getrefcount(n) - 2, make.cache_info().currsize)
make.cache_clear()
print(sys.getrefcount(b) - before, sys.getrefcount(r1) - 1, make.cache_info())
print(type(make).__name__, sys.getsizeof(make) > 0, make.__wrapped__.__name__, make.__name__)
print(sorted(make.__dict__))
print(sys.getsizeof(make.__dict__))
