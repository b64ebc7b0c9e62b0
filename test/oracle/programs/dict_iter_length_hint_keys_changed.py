# A dict iterator's length hint is what it has not returned yet (list() of a half-used iterator
# allocates for the rest only), and a forward iterator that finds more keys than it expected
# (keys deleted and as many added) raises 'dictionary keys changed during iteration'.
import sys
d = dict.fromkeys(range(20))
it = iter(d)
for _ in range(15):
    next(it)
print(it.__length_hint__())
rest = list(it)
print(len(rest), sys.getsizeof(rest), it.__length_hint__())
it2 = iter(d.items())
next(it2)
print(sys.getsizeof(list(it2)))
it3 = iter(d.values())
for _ in range(19):
    next(it3)
x = [0]
x.extend(it3)
print(sys.getsizeof(x))
it4 = iter(d)
d[99] = 1
print(it4.__length_hint__())
d = {"a": 1, "b": 2}
print(sys.getrefcount(d))
try:
    for key in d:
        del d[key]
        d[key + "x"] = 0
except RuntimeError as e:
    print(e)
print(d, sys.getrefcount(d))
d = {"a": 1, "b": 2}
try:
    for key in reversed(d):
        del d[key]
        d[key + "x"] = 0
except RuntimeError as e:
    print(e)
print(d)
d = {i: i for i in range(5)}
try:
    for key, val in d.items():
        d.pop(key)
        d[key + 10] = val
except RuntimeError as e:
    print(e)
print(d)
