# Storing an object as an instance attribute adds one reference.
import sys
class C:
    pass
a = []
c = C()
c.attr = a
print(sys.getrefcount(a))
print(sys.getrefcount(c))
del c
print(sys.getrefcount(a))
