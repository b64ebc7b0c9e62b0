# contextlib.contextmanager: the references inside the with-body and the generator, sizes, normal exit
import sys
import gc
from contextlib import contextmanager
gc.collect()


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


@contextmanager
def managed(name):
    """Opens a resource."""
    r = Res(name)
    print('enter', sys.getrefcount(r))
    yield r
    print('exit', sys.getrefcount(r))


@contextmanager
def plain():
    yield 42


print(managed.__name__, managed.__doc__, managed.__wrapped__.__name__)
cm = managed('a')
print(type(cm).__name__, sys.getsizeof(cm), sys.getrefcount(cm), cm.__doc__)
print(sys.getrefcount(cm.gen), gc.is_tracked(cm))
with cm as r:
    print('body', sys.getrefcount(r), sys.getrefcount(cm), r.name)
    g = cm.gen
    print(sys.getrefcount(g), g.gi_running, g.gi_frame is not None)
print('after', sys.getrefcount(r), g.gi_frame is None)
del r, g
print('deleted')
del cm
with plain() as v:
    print(v, plain().__doc__)
with managed('b'):
    print('inside b')
print('after b')
for i in range(3):
    with managed('loop%d' % i) as r:
        pass
del r
print(gc.collect())
print(gc.collect(), gc.get_count())
