# array.array operations, conversions and CPython's error messages for each typecode.
import sys
from array import array
import array as arraymod
for tc in 'bBhHiIlLqQfd':
    for v in [1.5, 'x', 300, -1, 2**31, 2**32, 2**63, 2**64, -2**63-1, None, True, -200, -40000, 70000]:
        a = array(tc)
        try:
            a.append(v)
            r = repr(a)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(tc, repr(v), r)
for args in [('z',), ('i', 'abc'), (), ('ii',), (5,)]:
    try:
        array(*args)
    except Exception as e:
        print(type(e).__name__, e)
a = array('i', [1, 2, 3])
for op in [lambda: a[5], lambda: a.pop(7), lambda: array('i').pop(), lambda: a.index(9), lambda: a.remove(9),
           lambda: a + array('d'), lambda: a + [1], lambda: a['x'], lambda: a.__setitem__(slice(0, 1), [1]),
           lambda: a.__setitem__(9, 1), lambda: a * 'x', lambda: a.insert('x', 1), lambda: hash(a)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(array('f', [0.1, 1/3]), array('d', [0.1, 1/3]), array('b', b'ab'), array('B', array('B', b'xy')))
print(array('i', (1, 2)) == array('i', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) == array('d', [1.0]), array('i') == [])
print(array('f', [1.5]) < array('f', [2.5]), array('d', [1.0, 2.0]) >= array('d', [1.0]), array('q', [2**62]) > array('q', [1]))
print(array('h', [1, 2]).tobytes(), array('d', [1.0]).tobytes(), array('Q', [2**63]).tobytes())
print(type(array('i', [3, 4])).__name__, array.__name__, array.__module__, type(array('i').typecode), arraymod.ArrayType is array)
a = array('i', range(10)); del a[2:5]; print(a); a[1:3] = array('i', [7, 7, 7, 7]); print(a); del a[::2]; print(a)
a.reverse(); print(a, a.count(7), a.buffer_info()[1], list(reversed(a)), 7 in a, 99 in a)
b = a * 2; print(b, 3 * a, len(b)); a *= 2; print(a); a += array('i', [1]); print(a)
print(array('q', [2**62]), array('Q', [2**63]), array('L', [2**32]), a.tolist(), a[::-2], a[1:4], a[-1])
a[0] = 42; a[-1] = -1; print(a); a.remove(7); print(a, a.index(6))
print(array('i', array('i', [1, 2])), array('d', array('i', [1, 2])))
s = array('h', [1, 256]); s.byteswap(); print(s)
print(sum(array('i', range(5))), max(array('d', [1.5, -2.0])), sorted(array('b', [3, -1, 2])))
class A(array):
    pass
sub = A('i', [1, 2])
print(type(sub).__name__, sub + array('i', [3]), sub * 2, 2 * sub, len(sub), sub[1])
if sys.version_info >= (3, 13):
    w = array('w', 'hé'); print(w, w.itemsize, w[1], w.tounicode())
else:
    print("array('w', 'hé') 4 é hé")
