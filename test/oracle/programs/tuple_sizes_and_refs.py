# A tuple is a fixed-size array of references: getsizeof is a header plus 8 bytes per item.
import sys
o = object()
for t in [(), (o,), (o, o), (o,) * 10, tuple(range(100))]:
    print(len(t), sys.getsizeof(t))
print(sys.getrefcount(o))
pair = (o, [o])
print(sys.getrefcount(o))
a = (1, 2)
b = a + (3,)
print(b, sys.getsizeof(b), a * 2, (1,) == tuple([1]))
x, *rest = (1, 2, 3, 4)
print(x, rest, type(rest).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sys.getsizeof(nested))
