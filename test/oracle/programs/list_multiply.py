# [o] * 5 stores 5 references to the same object.
import sys
o = object()
lst = [o] * 5
print(sys.getrefcount(o))
