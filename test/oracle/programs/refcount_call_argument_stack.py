# While a call is being prepared, its earlier arguments sit on the value stack and hold a reference.
import sys
x = []
print(sys.getrefcount(x))
print(x, sys.getrefcount(x))
print(x, x, sys.getrefcount(x))
pair = (sys.getrefcount(x), x)
print(pair[0])
n = sys.getrefcount(x)
print(n)
