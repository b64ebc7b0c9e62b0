# Rebinding a name drops the reference to the old object.
import sys
a = []
b = a
print(sys.getrefcount(a))
b = None
print(sys.getrefcount(a))
