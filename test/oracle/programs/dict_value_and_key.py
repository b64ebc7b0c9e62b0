# Dict holds one reference to each key and each value.
import sys
k = ('key', 'tuple')
v = []
d = {k: v}
print(sys.getrefcount(v))
d['other'] = v
print(sys.getrefcount(v))
del d['other']
print(sys.getrefcount(v))
