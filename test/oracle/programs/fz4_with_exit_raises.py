# __exit__ raising while the with body's exception unwinds: the body's exception is popped off
# the value stack (only the new exception's __context__ and __exit__'s frame keep it).
import sys, gc
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('exit failed')
class Same:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise v
class Wrap:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise LookupError('wrapped') from a[1]
try:
    with Bad():
        raise ValueError('body')
except RuntimeError as e:
    c = e.__context__
    r = e
print(type(c).__name__, sys.getrefcount(c), sys.getrefcount(r))
r.__traceback__ = None
print(sys.getrefcount(c))
r.__context__ = None
print(sys.getrefcount(c))
del r, c
try:
    with Same():
        raise KeyError('same')
except KeyError as e:
    k = e
print(sys.getrefcount(k), k.__context__)
del k
def nested():
    try:
        with Bad(), Wrap():
            raise IndexError('inner')
    except RuntimeError as e:
        return e
x = nested()
ctx = x.__context__
print(type(ctx).__name__, type(ctx.__cause__).__name__, sys.getrefcount(ctx), sys.getrefcount(ctx.__cause__))
x.__traceback__ = None
ctx.__traceback__ = None
print(sys.getrefcount(ctx), sys.getrefcount(ctx.__cause__))
del x, ctx
print(gc.collect())
