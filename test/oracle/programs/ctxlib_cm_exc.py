# contextlib.contextmanager and exceptions: thrown into the generator, suppressed, re-raised, wrong generators
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
def guarded(name):
    r = Res(name)
    try:
        yield r
    except KeyError as e:
        print('caught', repr(e), sys.getrefcount(e), sys.getrefcount(r))
    finally:
        print('cleanup', name)


@contextmanager
def reraise(name):
    r = Res(name)
    try:
        yield r
    finally:
        print('finally', name, sys.getrefcount(r))


@contextmanager
def twice():
    yield 1
    yield 2


@contextmanager
def never():
    if False:
        yield


@contextmanager
def stops():
    try:
        yield
    except ValueError:
        raise StopIteration


with guarded('k') as r:
    raise KeyError('x')
print('suppressed', sys.getrefcount(r))
del r
try:
    with reraise('v') as r:
        raise ValueError('boom')
except ValueError as e:
    print('got', repr(e), e.__traceback__ is not None, sys.getrefcount(e))
    err = e
print(sys.getrefcount(r))
del r
print(gc.collect())
tb = err.__traceback__
n = 0
while tb is not None:
    n += 1
    tb = tb.tb_next
print('tb', n)
del err
print(gc.collect())
try:
    with twice() as v:
        print('v', v)
except RuntimeError as e:
    print('rt', e)
try:
    with never():
        pass
except RuntimeError as e:
    print('rt', e, e.__cause__, e.__suppress_context__)
try:
    with stops():
        raise ValueError
except RuntimeError as e:
    print('rt', e, type(e.__cause__).__name__)
try:
    with reraise('s') as r:
        raise StopIteration('inner')
except StopIteration as e:
    print('stop', e)
except RuntimeError as e:
    print('rt', e)
del r
print(gc.collect())
print(gc.collect(), gc.get_count())
