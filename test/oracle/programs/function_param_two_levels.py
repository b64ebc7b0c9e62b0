# Each active frame that binds the object as a local adds +1.
import sys
def g(q):
    return sys.getrefcount(q)
def f(p):
    return g(p)
a = []
print(f(a))
