# cached_property: the value lands in the instance dict (a class with __slots__ has none: TypeError from None), total_ordering without a root comparison
import functools
class S:
    __slots__ = ('a',)
    @functools.cached_property
    def x(self): return 1
try:
    S().x
except TypeError as e:
    print(e, e.__suppress_context__, type(e.__context__).__name__)
class D:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def val(self):
        self.calls += 1
        return [self.calls]
d = D()
print(d.val, d.val, d.calls, sorted(vars(d)))
del d.val
print(d.val, d.calls)
print(type(D.__dict__['val']).__name__, D.val.attrname)
import sys
print(sys.getsizeof(D.__dict__['val']))
try:
    functools.total_ordering(type('E', (), {}))
except ValueError as e:
    print(e)
