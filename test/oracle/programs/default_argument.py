# Default values are held by f.__defaults__ (a tuple).
import sys
def f(p=[]):
    return sys.getrefcount(p)
print(f())
d = f.__defaults__[0]
print(sys.getrefcount(d))
