# memoised recursion with lru_cache(maxsize=None): the cache keeps every argument and result alive until cache_clear()
import sys
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
big = fib(80)
print(sys.getrefcount(big))
for n in (100, 200, 300):
    fib(n)
    print(n, fib.cache_info().currsize)
print(fib.cache_parameters() if hasattr(fib, 'cache_parameters') else {'maxsize': None, 'typed': False})
r = fib(300)
print(sys.getrefcount(r), sys.getsizeof(r))
fib.cache_clear()
print(sys.getrefcount(r), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.__qualname__)
print(sorted(fib.__dict__))
