# dir() of an instance of a class over a builtin type (deque, int) lists the attributes its own __dict__ holds
import collections
class D(collections.deque): pass
d = D()
d.x = 1
print([n for n in dir(d) if not n.startswith("__")])
class I(int): pass
i = I(5)
i.y = 2
print([n for n in dir(i) if n == "y"])
