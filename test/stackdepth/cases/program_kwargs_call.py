# Keyword argument binding inside the callee is +1 like positional.
import sys
def f(*, key):
    return sys.getrefcount(key)
a = []
print(f(key=a))
