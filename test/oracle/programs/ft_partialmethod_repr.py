# functools.partialmethod repr (3.13 changed its format) and the sizes of its args and keywords
import functools
import gc
import sys

gc.collect()


class Box:
    size = functools.partialmethod(len)
    pair = functools.partialmethod(divmod, 7)
    rounded = functools.partialmethod(round, ndigits=2)
    both = functools.partialmethod(max, 3, 'x', key=str, default=None)


for name in ['size', 'pair', 'rounded', 'both']:
    pm = Box.__dict__[name]
    r = repr(pm)
    print(r, len(r))
    print(sys.getrefcount(pm), sys.getsizeof(pm.args), sys.getsizeof(pm.keywords))
print(gc.collect())
print(type(Box.__dict__['pair']).__qualname__, functools.partialmethod.__module__)
del Box
print(gc.collect())
