# bytes(x) of an object with __index__ is x zero bytes (bytes_new's PyIndex_Check), as
# bytearray(x) is; a TypeError from __index__ falls through to iterating the object
import sys
class Count:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
for n in [0, 1, 3]:
    b = bytes(Count(n))
    print(b, len(b), sys.getsizeof(b), bytearray(Count(n)))
try:
    bytes(Count(-1))
except ValueError as e:
    print("ValueError:", e)
class IterAndIndex:
    def __index__(self):
        raise TypeError("no index today")
    def __iter__(self):
        return iter([104, 105])
print(bytes(IterAndIndex()), bytearray(IterAndIndex()))
class BadIndex:
    def __index__(self):
        raise ValueError("broken")
try:
    bytes(BadIndex())
except ValueError as e:
    print("ValueError:", e)
class MyInt(int):
    pass
print(bytes(MyInt(2)), bytes(True), bytes(False))
c = Count(2)
r = sys.getrefcount(c)
bytes(c)
print(sys.getrefcount(c) == r)
