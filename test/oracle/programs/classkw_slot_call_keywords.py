# Keyword arguments into __new__, __init__ and __call__ of a class: the slot passes them through a dict, refcounts inside
import sys
v = ['value']
class C:
    def __new__(cls, *args, **kw):
        print('new', sys.getrefcount(v), sorted(kw))
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print('init', sys.getrefcount(v), sys.getrefcount(self))
    def __call__(self, *args, **kw):
        print('call', sys.getrefcount(v), sys.getrefcount(self))
        return len(args) + len(kw)
print('start', sys.getrefcount(v))
c = C(a=v)
c2 = C(v, b=v)
print(c(), c(v), c(x=v), c(v, x=v))
class D:
    def __init__(self, a, b=None):
        print('D init', sys.getrefcount(v), a is v)
D(a=v)
D(v)
D(1, b=v)
print('end', sys.getrefcount(v), sys.getrefcount(c))
