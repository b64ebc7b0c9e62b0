# a getset descriptor's __name__ is its interned d_name and __qualname__ is cached (int.real, a class's __dict__)
import sys
d = int.real
n = d.__name__
print(n, n is d.__name__, n is sys.intern('real'))
q = d.__qualname__
print(q, q is d.__qualname__, d.__objclass__ is int)
print(sys.getrefcount(q))
class C:
    pass
g = C.__dict__['__dict__']
print(g.__name__, g.__qualname__, g.__objclass__ is C, g.__qualname__ is g.__qualname__)
w = C.__dict__['__weakref__']
print(w.__name__, w.__name__ is sys.intern('__weakref__'))
qq = g.__qualname__
print(sys.getrefcount(qq))
del C, g, w
print(sys.getrefcount(qq))
