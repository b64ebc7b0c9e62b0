# contextlib.contextmanager edge cases: reuse, return/break inside the body, send values, exceptions in __init__
import sys
import gc
from contextlib import contextmanager
gc.collect()


@contextmanager
def tracked(log):
    log.append('in')
    try:
        yield log
    finally:
        log.append('out')


def f(log):
    with tracked(log) as l:
        return len(l), sys.getrefcount(l)


log = []
print(f(log), log, sys.getrefcount(log))
for i in range(3):
    with tracked(log):
        if i == 1:
            break
print(log)
cm = tracked(log)
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print('reuse', e)
del cm


@contextmanager
def bad(x):
    yield 1 / x


try:
    with bad(0):
        pass
except ZeroDivisionError as e:
    print('zde', e)


def raiser():
    raise KeyError('gen')


@contextmanager
def needs_args(a, b=2, *rest, **kw):
    yield (a, b, rest, sorted(kw))


with needs_args(1, 3, 4, z=5) as v:
    print(v, sys.getrefcount(v))
try:
    needs_args()
except TypeError as e:
    print('type')
w = needs_args(1)
print(sys.getrefcount(w), sys.getsizeof(w), w.args, w.kwds, w.func is needs_args.__wrapped__)
print(gc.collect(), gc.get_count())
