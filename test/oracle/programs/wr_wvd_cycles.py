# A cached object in a reference cycle stays in the WeakValueDictionary until the collector frees it
import gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

registry = weakref.WeakValueDictionary()
gc.collect()
a, b = Node("node-a"), Node("node-b")
a.peer, b.peer = b, a
registry["node-a"] = a
registry["node-b"] = b
c = Node("node-c")
registry["node-c"] = c
del a, b, c
print(len(registry), sorted(registry))
print("collected", gc.collect())
print(len(registry), sorted(registry), len(registry.data))
gc.collect()
print(gc.get_count())
