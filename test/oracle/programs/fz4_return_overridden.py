# A return whose value is dropped by what runs after it: a finally body that raises, returns,
# breaks or continues, or an __exit__ that raises. CPython pops the pending value off the stack.
import sys, gc
class Obj:
    pass
o = Obj()
def raises():
    try:
        return o
    finally:
        raise KeyError('x')
try:
    raises()
except KeyError:
    pass
print(sys.getrefcount(o))
def returns():
    try:
        return o
    finally:
        return 1
print(returns(), sys.getrefcount(o))
def breaks():
    for i in range(2):
        try:
            return o
        finally:
            break
    return 2
print(breaks(), sys.getrefcount(o))
def continues():
    for i in range(3):
        try:
            return [o]
        finally:
            continue
    return 3
print(continues(), sys.getrefcount(o))
def nested():
    try:
        try:
            return o
        finally:
            pass
    finally:
        raise ValueError('outer')
try:
    nested()
except ValueError:
    pass
print(sys.getrefcount(o))
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('exit')
def with_return():
    with Bad():
        return o
try:
    with_return()
except RuntimeError as e:
    print(e.__context__, sys.getrefcount(o))
def with_in_finally():
    try:
        return o
    finally:
        with Bad():
            pass
try:
    with_in_finally()
except RuntimeError:
    pass
print(sys.getrefcount(o))
def kept():
    try:
        return o
    finally:
        print('finally', sys.getrefcount(o))
r = kept()
print(r is o, sys.getrefcount(o))
del r
def gen():
    try:
        yield 1
        return o
    finally:
        raise KeyError('g')
g = gen()
next(g)
try:
    next(g)
except KeyError:
    pass
print(sys.getrefcount(o))
print(gc.collect())
