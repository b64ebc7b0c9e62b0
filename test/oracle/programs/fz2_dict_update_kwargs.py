# dict.update(**kw) merges the call's keyword dict: an emptied dict takes a clone of its table (3.10+)
import sys
def emptied():
    d = {i: i for i in range(11)}
    for k in list(d):
        del d[k]
    return d
d = emptied(); d.update(a=1, b=2); print(sys.getsizeof(d), d)
d = emptied(); u = d.update; u(a=1); print(sys.getsizeof(d), d)
d = emptied(); dict.update(d, x=1, y=2, z=3); print(sys.getsizeof(d), d)
d = emptied(); d.update({"p": 0}, q=1); print(sys.getsizeof(d), d)
d = {}; d.update(**{"m": 1, "n": 2}); print(sys.getsizeof(d), d)
d = {"a": 0}; d.update(a=5, b=6, c=7, e=8, f=9, g=10); print(sys.getsizeof(d), d)
v = object()
d = emptied(); d.update(k=v); print(sys.getrefcount(v), sys.getsizeof(d))
del d
print(sys.getrefcount(v))
class C:
    pass
c = C(); c.__dict__.update(a=1, b=2); print(sys.getsizeof(c.__dict__), vars(c))
