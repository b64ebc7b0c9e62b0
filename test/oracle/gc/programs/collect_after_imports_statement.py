# Importing weakref, collections or array runs library code in CPython that can leave cyclic
# garbage (7 objects for weakref on 3.10+, 70-80 for collections): a gc.collect() statement
# after the imports reclaims it, and from there every collect() result is exact.
import gc, sys, weakref, collections, array
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
a = Node("a"); b = Node("b")
a.peer = b; b.peer = a
ra = weakref.ref(a)
del a, b
print(gc.collect(), ra())
q = collections.deque([Node("q")])
q[0].peer = q
del q
arr = array.array("i", range(10))
print(gc.collect(), len(arr), gc.collect())
