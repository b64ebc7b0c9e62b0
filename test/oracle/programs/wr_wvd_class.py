# WeakValueDictionary's class: what HeapLens answers about it is CPython's (reversed() refused by Mapping's __reversed__ = None)
import sys, weakref
class A: pass
a = A()
d = weakref.WeakValueDictionary({1: a})
W = weakref.WeakValueDictionary
print(W.__name__, W.__qualname__, W.__module__, W.__hash__)
print(sys.getrefcount(W), sys.getsizeof(W))
print(isinstance(d, W), isinstance(d, dict), isinstance(d, object), type(d) is W, d.__class__ is W)
try:
    reversed(d)
except TypeError as e:
    print(e)
print(d.__reversed__, sorted(vars(d)), len(d), 1 in d)
print(hasattr(d, 'keys'), callable(d.get), d.get.__name__)
