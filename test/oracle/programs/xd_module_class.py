# a module's __class__ and object's methods found through the module type; isinstance() of a module allocates nothing
import sys, gc, math

class Node:
    pass

print(sys.__class__, gc.__class__ is type(sys), math.__class__.__name__)
print(getattr(math, '__class__') is type(gc), hasattr(sys, '__class__'))
print(sys.__eq__(sys), sys.__ne__(gc), sys.__hash__() == hash(sys), sys.__sizeof__() == sys.getsizeof(gc) - 16)
print(sys.__str__(), sys.__format__(''), sys.__lt__(gc))
gc.collect()
a = gc.get_count()[0]
b = gc.get_count()[0]
r1 = isinstance(sys, Node)
c = gc.get_count()[0]
r2 = isinstance(math, (Node, int))
d = gc.get_count()[0]
print(r1, r2, b - a, c - b, d - c)
mods = [sys, gc, math, Node(), 1, "s"]
print([isinstance(m, Node) for m in mods], [type(m).__name__ for m in mods])
print(gc.get_count()[0] - d)
print(sum(1 for m in mods if isinstance(m, type(sys))), gc.get_count()[0] - d)
