# Tuples are tracked at creation (3.11) and untracked by a collection if all items are untracked.
import gc
t = tuple([1, 2, 'ab'])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = tuple([1, []])
gc.collect()
print(gc.is_tracked(u))
print(gc.is_tracked(()))
