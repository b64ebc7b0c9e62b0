# slice objects are GC-tracked containers on every version.
import gc
s = slice(1, 10, 2)
print(gc.is_tracked(s), gc.is_tracked(slice(None)))
gc.collect()
print(gc.is_tracked(s))
print([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][s])
