# A dict holds one reference per key and per value; pop, update and clear release them.
import sys
k = object()
v = object()
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d['again'] = v
d['more'] = v
print(sys.getrefcount(v))
got = d.pop('again')
print(sys.getrefcount(v))
del got
print(sys.getrefcount(v))
d.update({'x': v, 'y': k})
print(sys.getrefcount(k), sys.getrefcount(v))
print(len(d))
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v), len(d))
