# array.array: object + one buffer grown by array_resize (newsize + newsize/16 + 3|7), unboxed items.
import sys, gc
from array import array
a = array('i')
print('empty', sys.getsizeof(a), a.__sizeof__(), gc.is_tracked(a))
sizes = []
for i in range(40):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print('append', sizes)
shrink = []
for i in range(40):
    a.pop()
    shrink.append(sys.getsizeof(a))
print('pop', shrink)
for tc in 'bBhHiIlLqQfd':
    x = array(tc, [1, 2, 3])
    print(tc, x.itemsize, sys.getsizeof(x), sys.getsizeof(array(tc, range(3))), sys.getsizeof(x * 4), sys.getsizeof(x + x))
b = array('d', range(100))
print('range100', sys.getsizeof(b))
del b[10:]
print('del slice', sys.getsizeof(b), len(b))
b.extend(range(5))
print('extend', sys.getsizeof(b))
b[2:4] = array('d', [0.0] * 30)
print('grow slice', sys.getsizeof(b), len(b))
b.insert(0, 1.5)
print('insert', sys.getsizeof(b))
b.fromlist([1.0, 2.0])
print('fromlist', sys.getsizeof(b))
c = array('b', b'abcdef')
print('frombytes', sys.getsizeof(c), c)
c *= 3
print('imul', sys.getsizeof(c))
c += array('b', [1])
print('iadd', sys.getsizeof(c))
it = iter(c)
print('iter', sys.getsizeof(it), gc.is_tracked(it), type(it).__name__)
big = 10 ** 6
arr = array('l', [big, big, big])
print('items are unboxed', sys.getrefcount(big), arr[0] is arr[1], arr[0] == big)
print('type refs', sys.getrefcount(array))
keep = [array('i') for _ in range(3)]
print('type refs with 3 arrays', sys.getrefcount(array))
del keep
print('type refs after', sys.getrefcount(array))
e = array('i', [7]); r = iter(e)
print('iter holds array', sys.getrefcount(e)); list(r); print('exhausted', sys.getrefcount(e))
