# tracemalloc: a list's item array grows by list_resize's over-allocation; current and peak count requested bytes
import tracemalloc, gc
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()
xs = []
sizes = []
for i in range(20):
    xs.append(i)
    sizes.append(tracemalloc.get_traced_memory()[0] - base[0])
print(sizes[:10])
print(sizes[10:])
del xs
print(tracemalloc.get_traced_memory()[0] - base[0])
tracemalloc.stop()
