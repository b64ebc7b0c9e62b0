# *args packs arguments into a tuple that holds a reference.
import sys
def f(*args):
    return sys.getrefcount(args[0])
a = []
print(f(a))
