# a bounded lru_cache evicts the least recently used entry and reuses its link; hits move an entry to the end
import sys
import functools

@functools.lru_cache(maxsize=3)
def square(x):
    print('  computing', x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    square(v)
print(square.cache_info())
print(square.cache_parameters() if hasattr(square, 'cache_parameters') else {'maxsize': 3, 'typed': False})
keys = []
class K:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  freed', self.name)
@functools.lru_cache(maxsize=2)
def ident(k):
    return k.name
a, b, c = K('a'), K('b'), K('c')
ident(a); ident(b); ident(c)
del a, b, c
print('after del')
ident.cache_clear()
print('cleared', ident.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
