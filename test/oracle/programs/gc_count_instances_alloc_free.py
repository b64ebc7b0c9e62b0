# gc.get_count()[0] = allocations minus deallocations of GC-capable objects since the last collection.
import gc
class C:
    pass
gc.disable()
keep = [None] * 10
gc.collect()
c0 = gc.get_count()[0]
for i in range(10):
    keep[i] = C()
c1 = gc.get_count()[0]
for i in range(10):
    keep[i] = None
c2 = gc.get_count()[0]
print(c0, c1 - c0, c2 - c0)
