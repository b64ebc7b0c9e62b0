# With gc disabled, unreachable cycles stay in memory until an explicit gc.collect().
import gc
import weakref
class Node:
    pass
gc.disable()
gc.collect()
refs = []
for i in range(50):
    n = Node()
    n.self_ref = n
    refs.append(weakref.ref(n))
del n
print(sum(1 for r in refs if r() is not None))
found = gc.collect()
print(found, sum(1 for r in refs if r() is not None))
gc.enable()
