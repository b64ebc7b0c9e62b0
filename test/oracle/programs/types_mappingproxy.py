# types.MappingProxyType over a dict: lookup, len, iteration, membership, get/keys/copy, read-only errors, repr, size, refcounts
import sys
import gc
import types
d = {'k': 1, 'j': [2]}
print(sys.getrefcount(d))
mp = types.MappingProxyType(d)
print(sys.getrefcount(d), sys.getsizeof(mp), gc.is_tracked(mp))
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, 'z' in mp)
print(mp.get('j'), mp.get('z', 0), list(mp.keys()), list(mp.values()), list(mp.items()))
c = mp.copy()
print(c, type(c).__name__, c is d, mp == d)
d['new'] = 3
print(mp['new'], len(mp))
try:
    mp['k'] = 2
except TypeError as ex:
    print('TypeError', ex)
try:
    del mp['k']
except TypeError as ex:
    print('TypeError', ex)
try:
    mp['zz']
except KeyError as ex:
    print('KeyError', ex)
try:
    types.MappingProxyType(1)
except TypeError as ex:
    print('TypeError', ex)
try:
    types.MappingProxyType([1])
except TypeError as ex:
    print('TypeError', ex)
del mp
print(sys.getrefcount(d))
