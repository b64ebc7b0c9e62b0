# OrderedDict (Objects/odictobject.c): a linked list beside the dict; its iterators hold the
# next key, its views are dict views with their own iteration and reversed().
import sys
from collections import OrderedDict

od = OrderedDict.fromkeys(['a', 'b', 'c'])
key = 'key' + str(1)
od[key] = 1
print(sys.getrefcount(key))
it = iter(od)
print(sys.getrefcount(key))
print(next(it), next(it), next(it), sys.getrefcount(key))
print(next(it), sys.getrefcount(key))
print(sys.getsizeof(iter(od)), sys.getsizeof(iter(od.items())), sys.getsizeof(od.keys()), sys.getsizeof(reversed(od)))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(isinstance(od.keys(), type({}.keys())), type(od.values()).__mro__[1].__name__)
print(od.keys() == {'a', 'b', 'c', 'key1'}, sorted(od.keys() - {'a'}), ('a', None) in od.items(), 1 in od.values())
print(repr(od.keys()), repr(od.items()))

items = iter(od.items())
first = next(items)
print(first, sys.getrefcount(first))
del first
print(next(items))

o2 = OrderedDict(a=1, b=2)
it = iter(o2)
next(it)
o2.move_to_end('a')
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
o3 = OrderedDict(a=1, b=2, c=3)
it = iter(o3)
next(it)
o3['b'] = 20
print(list(it))
del o3['c']
o3['c'] = 30
print(o3)

try:
    OrderedDict().move_to_end(None)
except KeyError as e:
    print('KeyError', repr(e), e.args)
try:
    OrderedDict(a=1).pop((1, 2))
except KeyError as e:
    print('KeyError', repr(e), e.args)
try:
    del OrderedDict(a=1)[None]
except KeyError as e:
    print('KeyError', repr(e), e.args)
try:
    OrderedDict({}, {})
except TypeError as e:
    print('TypeError', e)

class LRU(OrderedDict):
    def __init__(self, capacity=4):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(4)
sizes = []
for i in range(12):
    cache.put(i, i * i)
    cache.get(i - 3)
    sizes.append(sys.getsizeof(cache))
print(cache, sizes)
print(list(cache), cache.copy(), type(cache.copy()).__name__)
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
if sys.version_info >= (3, 9):
    m = a | {3: 3}
    a |= [(4, 4)]
    print(type(m).__name__, m, a)
