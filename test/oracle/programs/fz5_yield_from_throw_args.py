# generator.throw() while suspended in `yield from` a non-generator iterator: _gen_throw calls
# the iterator's throw() with the arguments as given (no exception object made by the generator).
import sys
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("It.throw", len(a), [type(x).__name__ for x in a], sys.getrefcount(a[0]))
        if len(a) == 1 and isinstance(a[0], ValueError):
            raise a[0]
        return 9
def mid():
    return (yield from It())
def o2():
    try:
        yield from mid()
    except ValueError as e:
        print("o2 caught", sys.getrefcount(e))
        yield 10
g = o2()
next(g)
e2 = KeyError("k")
print(g.throw(e2), sys.getrefcount(e2))
print(g.throw(KeyError("z"), None) if sys.version_info < (3, 12) else 9)
e3 = ValueError("v")
print(g.throw(e3), sys.getrefcount(e3))
print(sys.getrefcount(e3))
