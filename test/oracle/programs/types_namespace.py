# types.SimpleNamespace: construction from keywords, attributes, repr (3.8 sorts the keys), ==, sizes, refcounts, tracking
import sys
import gc
import types
ns = types.SimpleNamespace(z=1, a='x')
print(ns, sys.getsizeof(ns), sys.getrefcount(ns), gc.is_tracked(ns))
print(sys.getsizeof(ns.__dict__), vars(ns), vars(ns) is ns.__dict__)
e = types.SimpleNamespace()
print(e, sys.getsizeof(e), gc.is_tracked(e), sys.getsizeof(e.__dict__))
ns.m = [1, 2]
print(ns, ns.m, ns.z)
print(sys.getrefcount(ns.m))
del ns.z
print(ns, hasattr(ns, 'z'))
try:
    ns.nope
except AttributeError as ex:
    print('AttributeError', ex)
try:
    del ns.nope
except AttributeError as ex:
    print('AttributeError', ex)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
print(e == types.SimpleNamespace(), ns == e, ns == 5, ns != 5)
try:
    hash(ns)
except TypeError as ex:
    print('TypeError', ex)
val = [0]
print(sys.getrefcount(val))
k = types.SimpleNamespace(v=val)
print(sys.getrefcount(val))
del k
print(sys.getrefcount(val))
n2 = types.SimpleNamespace(inner=types.SimpleNamespace(y=(1, 2)), s='q')
print(n2, repr(n2.inner))
print(type(ns), type(ns).__name__, isinstance(ns, types.SimpleNamespace))
