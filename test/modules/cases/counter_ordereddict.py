# collections.Counter (a Python dict subclass) and OrderedDict (a C dict subclass with a node per key).
import sys
from collections import Counter, OrderedDict
c = Counter('abracadabra')
print(c, len(c), c['a'], c['q'], sys.getsizeof(c), sys.getrefcount(c))
print(c.most_common(), c.most_common(0), c.most_common(10), c.most_common(-1))
e = c.elements(); print(type(e).__name__, sorted(e))
c.update({'a': 10, 'z': 1}); print(c)
c.update(['x', 'x'], y=3); print(c)
c.subtract('aaa'); print(c)
c.subtract({'x': 5}); print(c)
del c['zz']; del c['x']; print(c)
d = c.copy(); print(type(d).__name__, d == c, d is c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2) if sys.version_info >= (3, 10) else True)
c1 = Counter(a=3, b=1); c2 = Counter(a=1, b=2)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c1 += c2; print(c1); c1 -= Counter(a=10); print(c1); c1 |= Counter(b=9); print(c1); c1 &= Counter(b=1); print(c1)
print(Counter(), repr(Counter()), Counter({'a': 0}), dict(Counter('aab')))
try:
    Counter.fromkeys('ab')
except NotImplementedError as ex:
    print('NotImplementedError', ex)
cc = Counter([1, 1, 2]); print(list(cc.items()), list(cc), cc.keys(), cc.values())
print(Counter('ab') + Counter('bc'), isinstance(cc, dict), type(cc).__name__, Counter.__module__, Counter.__mro__)
print([sys.getsizeof(Counter(range(n))) for n in (0, 1, 5, 6, 20)], sys.getsizeof(Counter('abcdefgh')))
o = OrderedDict(); o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()), sys.getsizeof(o), len(o))
o.move_to_end('b'); print(o); o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
o.update([('q', 1), ('r', 2)], s=3); print(o, o.pop('q'), o.setdefault('t', 9), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), list(reversed(o)))
print(OrderedDict.fromkeys('abc'), o.copy(), type(o.keys()).__name__)
del o['r']; print(o, 'r' in o, o.get('s'))
sizes = []
od = OrderedDict()
for i in range(12):
    od[i] = i
    sizes.append(sys.getsizeof(od))
print(sizes, sys.getsizeof(OrderedDict()), OrderedDict())
