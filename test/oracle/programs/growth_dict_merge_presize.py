# dict_merge resizes once up front to fit both dicts, even when the target is not empty ({**a, **b}, a | b, update).
import sys
a = {i: i for i in range(20)}
a['x'] = 1
b = {i: i for i in range(30)}
print(len(a), sys.getsizeof(a), len(b), sys.getsizeof(b))
m = {**a, **b}
print('{**a, **b}', len(m), sys.getsizeof(m))
if sys.version_info >= (3, 9):
    u = a | b
else:
    u = dict(a)
    u.update(b)
print('a | b', len(u), sys.getsizeof(u))
c = {'k': 0}
c.update(b)
print('update into 1 key', len(c), sys.getsizeof(c))
d = {i: i for i in range(3)}
d.update({'p': 1, 'q': 2})
print('small update', len(d), sys.getsizeof(d))
e = dict(a)
e.update(dict.fromkeys(range(100, 140)))
print('update 40 new keys', len(e), sys.getsizeof(e))
