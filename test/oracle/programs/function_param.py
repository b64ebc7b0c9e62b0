# Inside the callee: caller's name + parameter binding + arg = 3 (3.11 moves the caller's stack reference into ...
import sys
def f(p):
    return sys.getrefcount(p)
a = []
print(f(a))
