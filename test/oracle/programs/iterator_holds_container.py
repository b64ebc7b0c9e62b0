# An explicit iterator holds a reference to its container until exhausted/deleted.
import sys
lst = [1, 2]
it = iter(lst)
print(sys.getrefcount(lst))
list(it)
print(sys.getrefcount(lst))
del it
print(sys.getrefcount(lst))
