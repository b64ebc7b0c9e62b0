# heapq.merge: the generator Lib/heapq.py runs (its [value, order, next] lists and bound __next__ method-wrappers), with key and reverse, its size, the counts of the merged objects while it runs, close(), errors from comparisons and iter()
import sys, gc
from heapq import merge
import heapq
a = [1, 3, 5, 7]; b = [0, 2, 4, 8]; c = [5, 10, 15, 20]
gc.collect()
g = merge(a, b, c, [], [25])
print(sys.getsizeof(g), sys.getrefcount(a), gc.get_count()[0])
print(next(g), next(g), sys.getrefcount(a), gc.get_count()[0])
print(list(g), sys.getrefcount(a), gc.get_count()[0])
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)), gc.get_count()[0])
print(list(merge([9, 5, 1], [8, 2], reverse=True)), gc.get_count()[0])
g = merge([1, 2], [3])
print(next(g), sys.getrefcount(g), gc.get_count()[0])
del g
print(gc.get_count()[0], gc.collect())
print(heapq.merge.__name__, heapq.merge.__qualname__, heapq.merge.__module__, heapq.merge.__defaults__, heapq.merge.__kwdefaults__)
g = heapq.merge([3], [1, 2], key=lambda x: -x, reverse=True)
print(type(g).__name__, g.__name__, g.__qualname__, list(g))
print(list(merge()), list(merge([], [])), list(merge('ace', 'bdf')), list(merge((1, 2), iter([0, 5]))))
try:
    list(merge([1], [None]))
except TypeError as e:
    print(e)
try:
    list(merge([1], 5))
except TypeError as e:
    print(e)
gc.collect()
x = [[i] for i in range(5)]
g = merge(x[:3], x[3:], key=lambda v: v[0])
print(sys.getrefcount(x[0]), next(g) is x[0], sys.getrefcount(x[0]), gc.get_count()[0])
g.close()
print(sys.getrefcount(x[0]), gc.get_count()[0], gc.collect())
