# a = b = x binds two names; tuple unpacking binds one name per element.
import sys
a = b = []
print(sys.getrefcount(a))
x, y = a, a
print(sys.getrefcount(a))
