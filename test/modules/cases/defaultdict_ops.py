# collections.defaultdict: a dict subclass with one extra pointer; __missing__ calls default_factory.
import sys, gc
from collections import defaultdict
print(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(list)), defaultdict().__sizeof__())
d = defaultdict(list); d['a'].append(1); print(sys.getsizeof(d), d, repr(d), gc.is_tracked(d), gc.is_tracked(defaultdict()))
print(defaultdict(None, a=1), defaultdict(int, [('x', 1)]), defaultdict(), defaultdict(lambda: 5).default_factory is not None)
dd = defaultdict(int); dd['k'] += 1; print(dd, dd['zz'], len(dd), dd.default_factory)
x = defaultdict()
try:
    x['q']
except KeyError as e:
    print('KeyError', e, e.args)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
dd2 = dd.copy(); print(type(dd2).__name__, dd2, dd == {'k': 1, 'zz': 0}, dd2 is dd)
print(isinstance(dd, dict), type(dd), defaultdict.__module__)
print(dd.get('nope'), 'nope' in dd, dd.pop('zz'), dd.setdefault('s', 5), dd)
if sys.version_info >= (3, 9):
    print(dd | {'n': 2}, {'m': 1} | dd, type(dd | {}).__name__)
else:
    print("defaultdict(<class 'int'>, {'k': 1, 's': 5, 'n': 2}) defaultdict(<class 'int'>, {'m': 1, 'k': 1, 's': 5}) defaultdict")
dd.default_factory = list; print(dd['new'], dd)
print(sys.getsizeof(defaultdict(list, {'a': 1})), sys.getsizeof(defaultdict(list, {i: i for i in range(10)})))
words = defaultdict(list)
for w in ['apple', 'bob', 'avocado', 'cat', 'bee']:
    words[w[0]].append(w)
print(dict(words))
g = defaultdict(lambda: defaultdict(int)); g['a']['b'] += 2; print(g['a'], len(g))
class Mine(defaultdict):
    pass
m = Mine(str); print(m['x'] == '', m, type(m).__name__)
