# tracemalloc snapshot: memory freed and allocated again, free-list reuse and reallocated buffers take the line of their latest (re)allocation
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
big = [0] * 2000
del big
grown = []
for i in range(100):
    grown.append(i)
t = tuple(range(300, 310))
del t
u = tuple(range(400, 410))
f = [float(i) for i in range(50)]
del f
g = [i / 2 for i in range(30)]
s = ""
for i in range(20):
    s += "xy"
snap = tracemalloc.take_snapshot()
for st in snap.statistics("lineno")[:5]:
    print(st)
