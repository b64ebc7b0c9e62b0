# A comprehension has its own scope; the list it builds holds one reference per element.
import sys
x = 'outer'
o = object()
lst = [o for x in range(4)]
print(x, len(lst), sys.getrefcount(o))
pairs = {i: o for i in range(3)}
print(sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
pairs.clear()
print(sys.getrefcount(o))
total = sum([i for i in range(101)])
print(total)
