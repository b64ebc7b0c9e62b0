# Two-node cycle of lists: collect() returns 2.
import gc
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
