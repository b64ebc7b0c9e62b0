# what calls through functools allocate, seen in the collector's generation-0 count
import gc
import functools

@functools.lru_cache(maxsize=2)
def f(x, y=0):
    return x, y

gc.collect()
base = gc.get_count()[0]
f(1); f(1); f(2, y=3); f(4); f(5)
print('lru', gc.get_count()[0] - base)
p = functools.partial(f, 7)
p(); p(y=1)
print('partial', gc.get_count()[0] - base)
print(functools.reduce(lambda a, b: a + [b], [1, 2, 3], []))
print('reduce', gc.get_count()[0] - base)
info = f.cache_info()
print('cache_info', gc.get_count()[0] - base, info)
print(gc.collect())
