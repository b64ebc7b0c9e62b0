# Second name adds one reference (brief's example).
import sys
a = []
b = a
print(sys.getrefcount(a))
