# Which objects the collector tracks: tuples of atomics get untracked by a collection; dicts of atomics are never tracked.
import gc

t = (1, 2, "x")
u = (1, [2])
d = {"a": 1}
e = {"a": []}
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(d), gc.is_tracked(e))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(d), gc.is_tracked(e))
e["a"] = 1
print(gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(e))
class C:
    __slots__ = ()
print(gc.is_tracked(C()))
