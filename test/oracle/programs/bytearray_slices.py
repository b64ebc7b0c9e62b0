# bytearray slice assignment and deletion: every path of bytearray_ass_subscript and
# bytearray_setslice_linear, with the buffer size after each step
import sys

def show(tag, b):
    print(tag, bytes(b), len(b), b.__alloc__(), sys.getsizeof(b))

b = bytearray(b'0123456789abcdefghij')
show('start', b)
b[2:5] = b'XY'
show('shrink middle', b)
b[0:3] = b'Q'
show('shrink front', b)
b[0:1] = b'LONGER'
show('grow front after offset', b)
b[len(b):] = [65, 66, 67]
show('append list', b)
b[1:3] = (x for x in b'gen')
show('from generator', b)
b[::3] = bytearray(len(b[::3]))
show('extended assign', b)
b[::-4] = b'z' * len(b[::-4])
show('negative step assign', b)
del b[::-3]
show('del negative step', b)
del b[1::2]
show('del step 2', b)
del b[5:2]
show('del empty', b)
b[5:2] = b'ins'
show('insert at 5 via reversed slice', b)
b[:] = b
show('self assign', b)
b[2:2] = b
show('self insert', b)
b[:0] = memoryview(b'mv') if False else b'pre'
show('prefix', b)
b[-3:] = []
show('drop tail list', b)
b[:] = range(30)
show('from range', b)
b[10:20] = b''
show('cut', b)
del b[:]
show('del all', b)
b[:] = b'x' * 100
show('refill', b)
for k in range(6):
    del b[:15]
    show('front %d' % k, b)
b.insert(0, 1)
show('insert after front dels', b)
b.extend(b'tail')
show('extend after', b)
c = bytearray(b'abcdef')
del c[0]
show('del first', c)
del c[-1]
show('del last', c)
c[0] = 90
c[-1] = 0x7a
show('setitems', c)
x = bytearray(range(64))
del x[:10]
x += b'!' * 20
show('iadd after offset', x)
x *= 3
show('imul', x)
x *= 0
show('imul 0', x)
y = bytearray(b'ab')
y *= 300
show('imul 300', y)
z = bytearray(b'z' * 600)
del z[:299]
show('z half', z)
del z[:1]
show('z under half', z)
