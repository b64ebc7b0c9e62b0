# Three names -> 4; del removes one name binding.
import sys
a = []
b = a
c = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
