# gc.collect() return values: a self-cycle, a two-object cycle, a list cycle (3.8/3.10 count an instance's __dict__ too).
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
a = Node("a")
a.other = a
del a
print("self-cycle:", gc.collect())
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("two nodes:", gc.collect())
l = []
l.append(l)
del l
print("list:", gc.collect())
d = {}
d["me"] = d
del d
print("dict:", gc.collect())
print("nothing:", gc.collect())
