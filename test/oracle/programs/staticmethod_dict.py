# staticmethod and classmethod objects: 3.10+ copy the function's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into a __dict__ of their own (the function's empty
# annotations dict made on the way); what that does to gc counts, refcounts and sizes
import gc, sys
gc.collect()
def f(x):
    "doc of f"
    return x
before = sys.getrefcount(f)
print(gc.get_count())
s = staticmethod(f)
print(gc.get_count(), sys.getrefcount(f) - before, sys.getsizeof(s))
c = classmethod(f)
print(gc.get_count(), sys.getrefcount(f) - before)
print(s.__func__ is f, c.__func__ is f, gc.is_tracked(s))
if sys.version_info >= (3, 10):
    print(sorted(s.__dict__), s.__name__, s.__qualname__, s.__doc__, s.__module__, s.__wrapped__ is f)
    print(s.__annotations__ is f.__annotations__, sys.getsizeof(s.__dict__), gc.is_tracked(s.__dict__))
    print(sys.getrefcount(f.__annotations__))
    s.extra = 5
    print(sorted(s.__dict__), s.extra)
else:
    print(s.__dict__)
    s.extra = 5
    print(s.__dict__, s.extra)
class K:
    @staticmethod
    def sf(a, b):
        return a + b
    @classmethod
    def cf(cls):
        return cls.__name__
print(gc.get_count())
print(K.sf(1, 2), K.cf(), K().cf())
del s, c
print(gc.get_count(), sys.getrefcount(f) - before)
print(gc.collect())
