# heapq.merge under tracemalloc: the generator's frame, its heap lists and the result lists
import heapq, gc, tracemalloc
a = list(range(0, 40, 2)); b = list(range(1, 40, 3))
gc.collect()
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()[0]
g = heapq.merge(a, b)
m1 = tracemalloc.get_traced_memory()[0]
first = [next(g) for _ in range(5)]
m2 = tracemalloc.get_traced_memory()[0]
rest = list(g)
m3 = tracemalloc.get_traced_memory()[0]
del g
m4 = tracemalloc.get_traced_memory()[0]
print(m1 - m0, m2 - m0, m3 - m0, m4 - m0, first, len(rest))
k = list(heapq.merge(['x', 'yyy'], ['zz'], key=len, reverse=False))
print(tracemalloc.get_traced_memory()[0] - m0, k)
