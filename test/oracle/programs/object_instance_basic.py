# object() instance: 2; each extra alias +1.
import sys
o = object()
print(sys.getrefcount(o))
p = o
print(sys.getrefcount(o))
