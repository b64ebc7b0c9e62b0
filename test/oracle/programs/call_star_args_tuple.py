# f(*args): a lone *tuple is passed as it is (the caller's stack holds it during the call); other forms build a tuple; the errors name the callee per version.
import sys
t = (10**5, [1], [2])
def f(*a):
    return sys.getrefcount(t), a is t, sys.getrefcount(a)
print(f(*t))
def g(x, y, z):
    return sys.getrefcount(t)
print(g(*t))
l = [[3], [4]]
def h(*a):
    return sys.getrefcount(l), type(a).__name__
print(h(*l))
print(f(1, *t))
from itertools import chain
print(sys.getrefcount(t[1]))
c = chain(*t[1:])
print(sys.getrefcount(t[1]))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(1, *5)
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
class C:
    def __init__(self, *a): pass
try:
    C(*None)
except TypeError as e:
    print(e)
