# Dicts start untracked and become tracked when a container is inserted (3.8-3.13; 3.14 tracks all dicts).
import gc
d = {}
print(gc.is_tracked(d))
d['a'] = 1
print(gc.is_tracked(d))
d['b'] = []
print(gc.is_tracked(d))
del d['b']
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
