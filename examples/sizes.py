# How big things are, and how containers grow (the numbers depend on the CPython version).
# heap: python=3.8,3.11,3.12
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


print("int", sys.getsizeof(1), "float", sys.getsizeof(1.0), "str", sys.getsizeof("hello"))
print("Point", sys.getsizeof(Point(1, 2)), "SlotPoint", sys.getsizeof(SlotPoint(1, 2)))
grow = []
# @expect getsizeof(grow) == 56
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print("list sizes while appending:", sizes)
print("list vs generator:", sys.getsizeof([i for i in range(1000)]), "vs a lazy generator")
s = ""
for i in range(5):
    s += "x"                # each += builds a new string; "".join() builds one
print(len(s), sys.getsizeof(s))
