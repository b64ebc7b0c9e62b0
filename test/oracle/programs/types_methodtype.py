# types.MethodType(f, obj) binds a function to an object: calls, __self__/__func__, refcounts, sizes, errors
import sys
import types
def f(self, x):
    return (self is o, x)
class C:
    pass
o = C()
print(sys.getrefcount(o), sys.getrefcount(f))
m = types.MethodType(f, o)
print(sys.getrefcount(o), sys.getrefcount(f), sys.getsizeof(m))
print(m(2), m.__self__ is o, m.__func__ is f)
o.bound = m
print(o.bound(3))
del o.bound
m2 = types.MethodType(f, o)
print(m == m2, m2 is m)
del m, m2
print(sys.getrefcount(o), sys.getrefcount(f))
try:
    types.MethodType(1, o)
except TypeError as ex:
    print('TypeError', ex)
try:
    types.MethodType(f)
except TypeError as ex:
    print('TypeError', ex)
