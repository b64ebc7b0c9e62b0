# tracemalloc: a dict's keys table is replaced at each resize; the peak holds both the old and the new table
import tracemalloc, gc
gc.collect()
d = {}
tracemalloc.start()
prev = tracemalloc.get_traced_memory()[0]
steps = []
for i in range(40):
    d['k' + str(i)] = i
    cur, peak = tracemalloc.get_traced_memory()
    steps.append((i, cur - prev, peak - cur))
    prev = cur
for s in steps:
    if s[2] > 200:
        print(s)
tracemalloc.stop()
