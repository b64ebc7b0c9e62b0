# Inside a for loop over a list: the list iterator holds the list (+1) and the loop variable holds the item (+1).
import sys
o = object()
lst = [o]
for item in lst:
    print(sys.getrefcount(o))
    print(sys.getrefcount(lst))
print(sys.getrefcount(o))
print(sys.getrefcount(lst))
