# Cycles are reclaimed without an explicit gc.collect(): each iteration allocates 2 GC objects (instance + ...
import gc, weakref
class C:
    pass
gc.disable()
refs = []
gc.collect()
gc.set_threshold(10, 1000, 1000)
gc.enable()
for i in range(25):
    c = C()
    c.me = c
    refs.append(weakref.ref(c))
gc.disable()
alive = sum(1 for r in refs if r() is not None)
print(alive)
gc.collect()
print(sum(1 for r in refs if r() is not None))
