# A list holding the same object 3 times contributes 3 references.
import sys
a = []
lst = [a, a, a]
print(sys.getrefcount(a))
lst.pop()
print(sys.getrefcount(a))
lst.clear()
print(sys.getrefcount(a))
