# function annotations: evaluated when the def runs, stored (3.8 a dict; 3.10+ a tuple of names
# and values until the first read of __annotations__)
import gc, sys
gc.collect()
class P:
    pass
before = sys.getrefcount(P)
print(gc.get_count())
def move(p: P, n: int = 0, *rest: P, k: str = "", **kw: P) -> P:
    return p
print(gc.get_count(), sys.getrefcount(P) - before)
def consts(a: "A", b: 1) -> None:
    pass
print(gc.get_count())
a = move.__annotations__
print(gc.get_count(), sorted(a), a["p"] is P, sys.getrefcount(P) - before, sys.getsizeof(a))
print(consts.__annotations__)
def plain(x):
    pass
print(plain.__annotations__, gc.get_count())
plain.__annotations__ = {"x": 1}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print(e)
print((lambda y: y).__annotations__)
class Box:
    def __peek(self, __key: int) -> None:
        pass
print(Box._Box__peek.__annotations__)
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print(e)
del move, a
print(sys.getrefcount(P) - before, gc.collect())
