# A list containing itself: name + self-reference + arg = 3.
import sys
a = []
a.append(a)
print(sys.getrefcount(a))
