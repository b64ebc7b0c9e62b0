# __enter__ raising: the manager was released once before __enter__ ran (its frame, kept by the
# traceback, holds it as self); it must not be released a second time.
import sys, gc
class Enter:
    def __enter__(self):
        raise ValueError('enter')
    def __exit__(self, *a):
        print('never')
o = Enter()
try:
    with o:
        pass
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print(n, sys.getrefcount(o))
print(sys.getrefcount(o))
class Deep:
    def __enter__(self):
        return self.missing()
    def __exit__(self, *a):
        pass
    def missing(self):
        raise KeyError('deep')
def use():
    try:
        with Deep() as d:
            return d
    except KeyError as e:
        return e
err = use()
print(type(err).__name__, sys.getrefcount(err))
del err
print(gc.collect())
try:
    with Enter(), Deep():
        pass
except ValueError:
    print('first enter failed')
print(gc.collect(), sys.getrefcount(Enter))
