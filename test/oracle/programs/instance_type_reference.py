# Each instance of a heap type holds a reference to its class.
import sys
class C:
    pass
base = sys.getrefcount(C)
objs = [C() for _ in range(5)]
print(sys.getrefcount(C) - base)
