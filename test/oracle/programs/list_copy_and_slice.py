# list(x) / x[:] / x.copy() each add one reference per element.
import sys
o = object()
a = [o]
b = a[:]
c = list(a)
d = a.copy()
print(sys.getrefcount(o))
del b, c, d
print(sys.getrefcount(o))
