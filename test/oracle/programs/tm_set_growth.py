# tracemalloc: a set keeps 8 entries inside the object; beyond that its table is allocated and regrown (x4 while small)
import tracemalloc, gc
gc.collect()
s = set()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
seen = []
for i in range(60):
    s.add(i)
    cur = tracemalloc.get_traced_memory()[0] - base
    if not seen or seen[-1][1] != cur:
        seen.append((i, cur))
print(seen)
s.clear()
print(tracemalloc.get_traced_memory()[0] - base)
tracemalloc.stop()
