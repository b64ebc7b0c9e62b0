# gc.freeze() moves everything tracked into the permanent generation, out of the collector's reach.
import gc

class Node:
    pass

gc.collect()
a = Node()
a.me = a
del a
gc.freeze()
print(gc.get_count())
print("frozen cycle:", gc.collect())
frozen = gc.get_freeze_count()
b = Node()
b.me = b
del b
print("new cycle:", gc.collect())
print(gc.get_freeze_count() == frozen)
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze:", gc.collect())
