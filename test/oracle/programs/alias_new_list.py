# Fresh list bound to one global name: name + getrefcount's argument = 2.
import sys
a = []
print(sys.getrefcount(a))
