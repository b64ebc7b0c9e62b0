# Cycle that also owns untracked payload (ints/str): only GC-tracked containers are counted.
import gc
gc.collect()
a = [1, 2, 'x' * 3]
b = [a, 3.5]
a.append(b)
del a, b
print(gc.collect())
