# A cycle still reachable from a global is not collected: 0; after del -> 3.
import gc
gc.collect()
a = []
b = []
c = []
a.append(b); b.append(c); c.append(a)
print(gc.collect())
del a, b, c
print(gc.collect())
