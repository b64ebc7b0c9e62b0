# Dict containing itself: 1.
import gc
gc.collect()
d = {}
d['self'] = d
del d
print(gc.collect())
