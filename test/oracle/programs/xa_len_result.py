# slot_sq_length passes __len__'s result through PyNumber_Index (int subclasses and objects
# with __index__ are accepted) and PyNumber_AsSsize_t(res, OverflowError)
import sys
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class MyInt(int): pass
class L:
    def __init__(self, r): self.r = r
    def __len__(self): return self.r
for r in [3, True, MyInt(4), Idx(5), 0, Idx(0)]:
    o = L(r)
    print(len(o), bool(o))
for r in [sys.maxsize + 1, 2**100, -1, Idx(-2), MyInt(-3), 1.0, "3", None, Idx(2**64)]:
    try:
        print(len(L(r)))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(bool(L(r)))
    except Exception as e:
        print(type(e).__name__, e)

i = Idx(7)
print(sys.getrefcount(i), len(L(i)), sys.getrefcount(i))
