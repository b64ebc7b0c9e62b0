# match: class patterns -- isinstance, then __match_args__ for positional sub-patterns and getattr for keywords; builtins like int and str match themselves
from collections import namedtuple

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

Pair = namedtuple("Pair", "left right")
class Count(int):
    pass
class Label(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()

def describe(o):
    match o:
        case Point3(x, y, z=0):
            return f"flat 3d {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Pair(l, Pair() as r):
            return f"nested pair, left {l}, right {r.left}/{r.right}"
        case Label(u):
            return f"label {u}"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n!r} of {type(n).__name__}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([*items]) | tuple((*items,)):
            return f"{type(o).__name__} of {len(items)}"
        case dict({"k": _}) | set() | frozenset():
            return f"container {type(o).__name__}"
        case object(__class__=cls):
            return f"some {cls.__name__}"

for o in [Point3(1, 2, 0), Point(0, 0), Point(0, 5), Point(1, 1), Pair(1, Pair(2, 3)),
          Label("hi"), True, Count(7), 2.5, "s", b"b", [1, 2], (3,), {"k": 1}, {1}, frozenset(), None]:
    print(describe(o))
