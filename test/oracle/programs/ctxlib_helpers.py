# contextlib.suppress, closing and nullcontext: what they hold, return and suppress
import sys
import gc
from contextlib import suppress, closing, nullcontext
gc.collect()


class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('close', self.name, sys.getrefcount(self))

    def __del__(self):
        print('del', self.name)


s = suppress(KeyError, IndexError)
print(sys.getsizeof(s), sys.getrefcount(s), s._exceptions, gc.is_tracked(s))
with s as v:
    print('in', v)
    {}['x']
print('after suppress', sys.getrefcount(s))
with suppress(ZeroDivisionError):
    1 / 0
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)
with suppress():
    pass
t = Thing('t')
with closing(t) as c:
    print(c is t, sys.getrefcount(t))
del c, t
print('closed')
try:
    with closing(Thing('u')) as c:
        raise ValueError('v')
except ValueError as e:
    print('err', e)
del c
print(gc.collect())
n = nullcontext()
with n as x:
    print(x, sys.getsizeof(n))
obj = Thing('n')
with nullcontext(obj) as x:
    print(x is obj, sys.getrefcount(obj))
del x, obj
print('end')
with nullcontext(5) as a, suppress(KeyError) as b:
    print(a, b)
print(gc.collect(), gc.get_count())
