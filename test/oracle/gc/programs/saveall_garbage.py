# DEBUG_SAVEALL keeps what the collector found unreachable in gc.garbage instead of freeing it.
import gc

class Node:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n, len(gc.garbage))
print(sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), len(gc.garbage))
