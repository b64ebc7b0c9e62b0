# Unhashable types carry __hash__ = None in their own dict; a class with __eq__ but no __hash__ gets one too.
import collections, array


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Point3(Point):
    pass


for t in (list, dict, set, bytearray, collections.deque, collections.OrderedDict, array.array, Point):
    print(t.__name__, t.__hash__ is None, '__hash__' in t.__dict__, getattr(t, '__hash__'))
for t in (tuple, frozenset, str, int, collections.defaultdict, Point3):
    print(t.__name__, t.__hash__ is None, '__hash__' in t.__dict__)
print(type({}.keys()).__hash__, type({}.items()).__hash__, type({}.values()).__hash__ is None)
print([].__hash__, Point(1).__hash__, hasattr([], '__hash__'), callable({}.__hash__))
for x in ([], {}, set(), Point(2), collections.deque()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
print(type(Exception.__dict__).__name__, type(KeyError.__dict__).__name__, '__dict__' in BaseException.__dict__)
