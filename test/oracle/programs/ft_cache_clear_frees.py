# cache_clear() releases every cached argument and result: their __del__ runs in the order the cache drops them
import functools
import weakref

class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

@functools.lru_cache(maxsize=None)
def make(n):
    return Big(n)

a = make(1); make(2); make(3); make(1)
print(make.cache_info())
r = weakref.ref(make(2))
del a
print('clearing')
make.cache_clear()
print(r() is None, make.cache_info())

@functools.lru_cache(maxsize=2)
def make2(n):
    return Big(10 + n)
make2(1); make2(2)
print('evict')
make2(3)
make2(2)
make2(4)
print('clear')
make2.cache_clear()
print('end')
