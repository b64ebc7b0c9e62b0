# Two instances referencing each other (no __dict__ access): 2.
import gc
class Node:
    def __init__(self):
        self.other = None
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
