# A global read inside a function (LOAD_GLOBAL) adds only the temporary argument reference.
import sys
a = []
def f():
    return sys.getrefcount(a)
print(f())
