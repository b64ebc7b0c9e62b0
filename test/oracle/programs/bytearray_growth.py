# bytearray's buffer: PyByteArray_Resize's over-allocation, shrinking, and the moved start of del b[:n]
import sys

def show(tag, b):
    print(tag, len(b), b.__alloc__(), sys.getsizeof(b))

b = bytearray()
show('empty', b)
for i in range(70):
    b.append(i % 256)
    if i < 12 or i % 7 == 0:
        show('append', b)
b.extend(range(100))
show('extend range', b)
b.extend(b'x' * 300)
show('extend bytes', b)
b += b'yz'
show('+=', b)
b *= 2
show('*=2', b)
b *= 1
show('*=1', b)
del b[:100]
show('del front', b)
del b[:500]
show('del front 2', b)
del b[-10:]
show('del tail', b)
del b[5:20]
show('del middle', b)
b[0:0] = b'abc'
show('insert slice', b)
b.insert(0, 65)
show('insert', b)
b.pop()
show('pop', b)
b.pop(0)
show('pop 0', b)
b.remove(65) if 65 in b else None
show('remove', b)
del b[::2]
show('del step', b)
b.clear()
show('clear', b)
b.append(1)
show('append after clear', b)
for n in (0, 1, 5, 100, 600):
    show('bytearray(n)', bytearray(n))
for src in ([1, 2, 3], (1, 2, 3, 4, 5), [True, 2], range(10), (x for x in range(40)), b'abcdef', 'abc'):
    try:
        x = bytearray(src)
    except TypeError:
        x = bytearray(src, 'ascii')
    show('from ' + type(src).__name__, x)
c = bytearray(b'0123456789' * 10)
show('c', c)
for k in (1, 10, 30, 60):
    del c[:k]
    show('del c[:%d]' % k, c)
c.append(1)
show('append after front dels', c)
c[:] = b''
show('c[:] = empty', c)
d = bytearray(b'abcdefgh')
d[2:4] = b'XYZW12'
show('grow slice', d)
d[1:9] = b'-'
show('shrink slice', d)
d[::2] = bytes(len(d[::2]))
print(d)
e = bytearray(b'hello')
e2 = e * 3
show('e*3', e2)
show('e*0', e * 0)
show('e+e', e + e)
show('copy', e.copy())
show('slice', e[1:3])
show('empty slice', e[3:1])
f = bytearray(b'ab')
for i in range(20):
    f.extend(f)
    if i < 6:
        show('self extend', f)
g = bytearray(b'q' * 1000)
show('g', g)
g[10:] = b''
show('g shrink', g)
