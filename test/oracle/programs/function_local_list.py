# Local variable in a function: local + arg = 2.
import sys
def f():
    z = []
    return sys.getrefcount(z)
print(f())
