# KeyedRef and WeakMethod: the classes (MRO, names, __slots__) and a KeyedRef of a WeakValueDictionary (its key, size, call)
import sys, weakref
K = weakref.KeyedRef
print(K.__mro__, K.__name__, K.__module__, K.__qualname__)
class C: pass
c = C()
d = weakref.WeakValueDictionary({1: c})
kr = d.data[1]
print(type(kr).__name__, kr.key, sys.getsizeof(kr), kr() is c, isinstance(kr, weakref.ref))
print(K.__slots__, weakref.WeakMethod.__slots__)
