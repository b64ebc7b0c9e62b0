# `yield from` a non-iterable: GET_YIELD_FROM_ITER releases the operand once (it was released
# a second time while unwinding: refcount low, double free).
import sys, gc
class NotIter:
    pass
o = NotIter()
def g():
    yield 1
    yield from o
try:
    print(list(g()))
except TypeError as e:
    print('TE', sys.getrefcount(o))
print(sys.getrefcount(o))
def h(x):
    r = yield from x
    return r
for arg in (o, 5, [1, 2]):
    try:
        print(list(h(arg)))
    except TypeError:
        print('not iterable', sys.getrefcount(o))
del o
print(gc.collect())
