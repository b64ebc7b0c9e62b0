# lru_cache on a method caches (self, args): the cache keeps every instance alive until it is cleared
import sys
import gc
import functools

class Model:
    def __init__(self, name):
        self.name = name
    @functools.lru_cache(maxsize=None)
    def predict(self, x):
        return (self.name, x)
    def __del__(self):
        print('  freed', self.name)

m = Model('m1')
print(m.predict(1), m.predict(1), Model.predict.cache_info())
before = sys.getrefcount(m)
m.predict(2)
print(sys.getrefcount(m) - before)
del m
gc.collect()
print('still cached:', Model.predict.cache_info().currsize)
Model.predict.cache_clear()
print('cleared')
m2 = Model('m2')
bound = m2.predict
print(type(bound).__name__, bound.__self__ is m2, bound(5))
del bound, m2
Model.predict.cache_clear()
print('end')
