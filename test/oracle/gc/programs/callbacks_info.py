# gc.callbacks get ("start", info) and ("stop", info) for every collection, with generation, collected, uncollectable.
import gc

log = []

def watch(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

class Node:
    pass

gc.collect()
gc.callbacks.append(watch)
a = Node()
a.me = a
del a
gc.collect()
gc.collect(0)
b = [Node() for i in range(3)]
for n in b:
    n.peers = b
del b, n
gc.collect(1)
gc.callbacks.remove(watch)
for entry in log:
    print(entry)
print(len(gc.callbacks))
