# tracemalloc: floats freed go to the float free list and stay traced; new floats reuse them without allocating
import tracemalloc, gc
gc.collect()
tracemalloc.start()
xs = [i * 0.5 for i in range(1, 11)]
a = tracemalloc.get_traced_memory()
del xs
b = tracemalloc.get_traced_memory()
ys = [i * 0.25 for i in range(1, 11)]
c = tracemalloc.get_traced_memory()
print(a[0], b[0], c[0])
gc.collect()
d = tracemalloc.get_traced_memory()
print('a full collection empties the free lists:', d[0] < c[0])
tracemalloc.stop()
