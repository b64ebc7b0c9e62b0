# Garbage in an older generation survives a young collection and is found by the collection of its generation.
import gc

class Node:
    pass

gc.collect()
a = Node()
a.me = a
gc.collect(0)
del a
print("gen0:", gc.collect(0))
print("gen1:", gc.collect(1))
b = Node()
b.me = b
gc.collect(1)
del b
print("gen0:", gc.collect(0), "gen1:", gc.collect(1), "gen2:", gc.collect(2))
