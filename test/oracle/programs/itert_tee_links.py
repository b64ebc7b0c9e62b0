# tee keeps what the leading iterator read in 57-value _tee_dataobject links shared by its
# _tee objects; a _tee can be copied, and tee() of a _tee copies it.
import sys, gc, weakref
from itertools import tee, islice

a, b = tee(range(200))
print(sys.getsizeof(a), a.__sizeof__(), type(a).__name__, [type(x).__name__ for x in gc.get_referents(a) if type(x) is not type])
for _ in range(120):
    next(a)
print(next(b), list(islice(b, 56, 60)), next(a))
c = a.__copy__()
print(next(c), next(a), next(c))
print([list(t) for t in tee('abc', 3)], len(tee('x', 0)), tee('x', 0), type(tee([1])).__name__)

t1, t2 = tee(iter([1, 2, 3]))
t3, t4 = tee(t1)
print(t3 is t1, list(t4), list(t3), list(t2))

item = object()
x, y = tee([item] * 5)
print(sys.getrefcount(item))
next(x); next(x)
print(sys.getrefcount(item))
next(y); next(y); next(y)
print(sys.getrefcount(item))
del x
print(sys.getrefcount(item))
del y
print(sys.getrefcount(item))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('negative', lambda: tee([1], -1))
attempt('float', lambda: tee([1], 1.5))
attempt('no args', lambda: tee())
attempt('keyword', lambda: tee([1], n=2))

def reentrant():
    yield 1
    yield from holder[0]
holder = [None]
holder[0] = tee(reentrant(), 1)[0]
attempt('re-enter', lambda: list(holder[0]))

p, q = tee([1])
r = weakref.ref(p)
print(r() is p)
del p
print(r())
gc.collect()
m, n = tee(range(1000))
for _ in range(300):
    next(m)
print(sum(1 for _ in n), sum(1 for _ in m))
