# Swapping and rebinding names moves references between objects; the objects themselves never move.
import sys
a = []
b = {}
print(sys.getrefcount(a), sys.getrefcount(b))
a, b = b, a
print(type(a).__name__, type(b).__name__)
print(sys.getrefcount(a), sys.getrefcount(b))
c = a
a = b
print(sys.getrefcount(c), sys.getrefcount(b))
del c
print(sys.getrefcount(a), sys.getrefcount(b))
print(a is b, a == [])
