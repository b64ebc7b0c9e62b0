# Generator expressions are lazy and single-use; sum/any/all consume them item by item.
import sys
data = [3, 1, 4, 1, 5, 9, 2, 6]
g = (x * 10 for x in data)
print(next(g), next(g))
print(sum(g))
print(sum(g))
print(any(x > 8 for x in data), all(x > 0 for x in data))
print(max(x % 5 for x in data), list(x for x in data if x > 4))
print(sys.getrefcount(data))
gens = [(x for x in data) for _ in range(3)]
print(sys.getrefcount(data))
del gens
print(sys.getrefcount(data))
