# bytes/bytearray % args whose _PyBytesWriter leaves its 512-byte stack buffer: a bytearray result is the
# writer's own buffer (created at the first overflow, PyByteArray_Resize'd to each larger reservation
# without over-allocation, then to the written size), a bytes one a fresh object
import sys
def t(f, a):
    r = f % a
    print(type(r).__name__, len(r), sys.getsizeof(r), r[:3], r[-3:])
    return r
for n in (505, 509, 510, 511, 512, 513, 600, 2000, 5000):
    t(bytearray(b"%s"), (b"a" * n,))
    t(bytearray(b"<%s>"), (b"a" * n,))
    t(bytearray(b"%d|%s|%5.1f"), (n, b"b" * n, 1.5))
    t(bytearray(b"%s%s%s"), (b"c" * (n // 3), b"d" * (n // 3), b"e" * (n // 3)))
    t(bytearray(b"%*d"), (n, 7))
    t(bytearray(b"%-*s|%+d"), (n, b"x", 3))
    t(bytearray(b"%d" * 100), tuple(range(10**5, 10**5 + 100)))
t(bytearray(b"%s" * 300), (b"",) * 300)
t(bytearray(b"%s" * 300), (b"ab",) * 300)
t(bytearray(b"x" * 700 + b"%s"), (b"",))
t(bytearray(b"%f" * 200), (1.0,) * 200)
t(bytearray(b"%c" * 600), (65,) * 600)
t(bytearray(b"%5c" * 200), (65,) * 200)
t(bytearray(b"%x" * 200 + b"%s"), (255,) * 200 + (b"z" * 800,))
r = t(bytearray(b"%s") , (b"q" * 3000,))
r += b"more"
print(sys.getsizeof(r))
for n in (200, 400, 511, 512, 513, 1000):
    t(b"%s" * 2 + b"x" * n, (b"1", b""))
    t(b"%d" * 150, tuple(range(150)))
    t(b"%s%%" * 100 + b"%s", (b"",) * 100 + (b"w" * n,))
