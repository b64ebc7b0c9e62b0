# classmethod/staticmethod as decorators in a class body: the objects in the class dict, their copied attributes (3.10+), referents and sizes
import gc, sys
gc.collect()
class K:
    @classmethod
    def make(cls, n: int) -> "K":
        return cls()
    @staticmethod
    def helper():
        return 1
d = K.__dict__['make']
print(type(d).__name__, gc.get_count())
if sys.version_info >= (3, 10):
    print(d.__name__, d.__qualname__, d.__annotations__, d.__doc__)
print(K.make(3).__class__.__name__, K.helper())
print(gc.is_tracked(K.__dict__['helper']))
print(sys.getsizeof(d))
r = gc.get_referents(d)
print(len(r), [type(x).__name__ for x in r])
def h():
    return 2
m = staticmethod(h)
print(m.__func__ is h, gc.get_count())
del K, d, r
print(gc.collect())
