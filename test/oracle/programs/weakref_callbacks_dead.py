# A weak reference does not keep its target alive; its callback runs when the target dies.
import sys
import weakref
class Node:
    def __init__(self, name):
        self.name = name
def gone(ref):
    print('callback: referent died, ref() is', ref())
n = Node('a')
r = weakref.ref(n, gone)
r2 = weakref.ref(n)
print(r() is n, r().name, sys.getrefcount(n))
alias = n
del n
print('still alive:', r() is not None)
del alias
print('after last strong ref', r(), r2())
try:
    weakref.ref([1, 2])
except TypeError:
    print('lists cannot be weakly referenced')
class Cache:
    pass
obj = Cache()
refs = [weakref.ref(obj) for _ in range(3)]
print(sum(1 for x in refs if x() is obj))
obj = None
print([x() for x in refs])
