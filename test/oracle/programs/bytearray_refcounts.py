# bytearray and the collector: not a GC type (its iterator is); references held by iterators,
# tuples from partition, join and slicing; a subclass instance is tracked and holds its class
import gc, sys
# the first print() and the first sys.getsizeof() leave GC objects behind: make them before counting
print(sys.getsizeof(None) > 0)
gc.collect()
base = gc.get_count()[0]

def delta():
    return gc.get_count()[0] - base

b = bytearray(b'abc')
print(gc.is_tracked(b), sys.getrefcount(b), delta())
it = iter(b)
print(gc.is_tracked(it), sys.getrefcount(b), sys.getsizeof(it), delta())
print(next(it), list(it), sys.getrefcount(b), delta())
del it
print(delta())
p = b.partition(b'b')
print(p, [sys.getrefcount(x) for x in p], gc.is_tracked(p), delta())
del p
parts = [bytearray(b'x'), bytearray(b'y')]
j = bytearray(b'-').join(parts)
print(j, sys.getrefcount(parts[0]), sys.getrefcount(j), delta())
s = b[:]
print(s is b, sys.getrefcount(s), delta())
bs = [bytearray(i) for i in range(5)]
print([sys.getsizeof(x) for x in bs], delta())
del bs
print(delta())

class B(bytearray):
    pass

print(sys.getrefcount(B))
x = B(b'xyz')
print(gc.is_tracked(x), sys.getrefcount(B), sys.getsizeof(x), x, delta())
x.attr = 5
print(x.attr, x.__dict__, sys.getsizeof(x))
x.append(33)
print(x, sys.getsizeof(x), type(x + b'!').__name__, type(x[:1]).__name__, type(x.copy()).__name__)
y = B.fromhex('0102')
print(type(y).__name__, y, sys.getrefcount(B))
del x, y
print(sys.getrefcount(B), delta())
r = [bytearray(b'q'), bytearray(b'q')]
r.append(r)
print(delta())
del r
print(gc.collect(), delta())
cyc = B(b'c')
cyc.me = cyc
del cyc
print(gc.collect())
big = bytearray(1000)
it2 = iter(big)
next(it2)
print(it2.__length_hint__(), sys.getrefcount(big))
big.clear()
print(list(it2), sys.getrefcount(big))
e = bytearray(b'e')
for _ in e:
    print(sys.getrefcount(e))
print(sys.getrefcount(e))
