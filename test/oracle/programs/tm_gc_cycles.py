# tracemalloc: a reference cycle keeps its blocks traced until the collector frees it
import tracemalloc, gc
gc.collect()
tracemalloc.start()
class Node:
    def __init__(self):
        self.other = None
base = tracemalloc.get_traced_memory()[0]
a = Node(); b = Node()
a.other = b; b.other = a
built = tracemalloc.get_traced_memory()[0]
del a, b
dropped = tracemalloc.get_traced_memory()[0]
n = gc.collect()
collected = tracemalloc.get_traced_memory()[0]
print(n, built > base, dropped == built, collected < dropped)
tracemalloc.stop()
