# how lru_cache builds keys: keywords after a marker, typed=True adds the argument types, f(1) and f(1.0) share a key unless typed
import functools

@functools.lru_cache(maxsize=None)
def f(*args, **kw):
    print('  call', args, kw)
    return len(args) + len(kw)

f(1); f(1.0); f(1, b=2); f(1, b=2); f(b=2); f(1, 2)
print(f.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def g(x):
    print('  call', repr(x))
    return x
g(1); g(1.0); g(True); g(1)
print(g.cache_info())
@functools.lru_cache
def h(x):
    return -x
print(h(3), h(3), h.cache_info())
if hasattr(h, 'cache_parameters'):
    print(h.cache_parameters() == {'maxsize': 128, 'typed': False})
else:
    print(True)
try:
    f([1])
except TypeError as e:
    print('TypeError:', e)
try:
    functools.lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError:', e)
