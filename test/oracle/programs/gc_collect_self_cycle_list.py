# Unreachable self-referencing list: gc.collect() returns 1 (objects found unreachable).
import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())
print(gc.collect())
