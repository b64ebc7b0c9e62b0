# Details shared with dict: an empty dict subclass reprs as {}, dict.update does not keep the
# argument's `keys` method, pop on an empty dict does not hash its key, and __main__ starts
# with an __annotations__ dict.
import sys
from collections import defaultdict, OrderedDict

class D(dict):
    pass
class DD(defaultdict):
    def __missing__(self, key):
        return key * 2
print(D(), repr(D()), str(D(a=1)), DD(int), DD(int)['ab'])

class Mapping:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
m = Mapping()
print(sys.getrefcount(m))
d = {}
d.update(m)
print(sys.getrefcount(m), d, dict(m), sys.getrefcount(m))
od = OrderedDict()
od.update(m)
print(od, sys.getrefcount(m))
try:
    {}.pop([1])
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(list).pop([1])
except KeyError as e:
    print('KeyError', e)
print({}.pop([1], 'default'))
try:
    {1: 2}.pop([1])
except TypeError as e:
    print('TypeError', e)
print(list(globals())[:9], type(__annotations__), __annotations__)
x: int = 5
print(__annotations__)
