# object.__new__(cls, *args) from a class's own __new__ refuses extra arguments (object_new's
# excess_args); with object's __new__ kept, extra arguments are refused unless __init__ is overridden
import sys
class Point:
    def __new__(cls, *args, **kwargs):
        print("new", args, kwargs)
        return super().__new__(cls, *args, **kwargs)
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
for args, kw in [((), {}), ((1, 2), {}), ((), {"x": 1})]:
    try:
        p = Point(*args, **kw)
        print("made", p.x, p.y)
    except TypeError as e:
        print("TypeError:", e)
class Fixed:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(Fixed(5).v)
class NoInit:
    pass
class WithInit:
    def __init__(self, a):
        self.a = a
for cls in (NoInit, WithInit):
    try:
        o = object.__new__(cls, 1)
        print(cls.__name__, "ok", type(o).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
try:
    object.__new__(Point, 1)
except TypeError as e:
    print("Point TypeError:", e)
class Cached:
    _inst = None
    def __new__(cls, name):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
    def __init__(self, name):
        self.name = name
a = Cached("a"); b = Cached("b")
print(a is b, a.name, sys.getrefcount(a))
