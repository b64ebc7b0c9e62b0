# A generator expression's frame holds the iterator of its outermost iterable.
import sys
lst = [1, 2, 3]
g = (x * 2 for x in lst)
print(sys.getrefcount(lst))
print(sum(g))
print(sys.getrefcount(lst))
