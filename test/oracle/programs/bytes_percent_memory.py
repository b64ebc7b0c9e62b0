# bytes % args: the result is exactly sized (the _PyBytesWriter over-allocates only in between);
# from the writer's stack buffer an empty or one-byte result is the shared object; the argument
# objects are only borrowed; a bytearray left operand gives a bytearray with an exact buffer
import sys
x = b"payload"
n = 123456789
d = {b"k": x}
rx, rn, rd = sys.getrefcount(x), sys.getrefcount(n), sys.getrefcount(d)
keep = [b"%s/%d/%r" % (x, n, x) for _ in range(3)]
keep += [b"%(k)s" % d, b"%(k)s%(k)s" % d]
print(keep[0], [sys.getsizeof(k) for k in keep])
print(sys.getrefcount(x) - rx, sys.getrefcount(n) - rn, sys.getrefcount(d) - rd)
e = b"%s" % (b"",)
print(e is b"".join([]), sys.getsizeof(e))
one = b"%c" % 65
print(one is bytes([65]), one == b"A")
one2 = b"%s" % (b"z",)
print(one2 is b"z"[:1], sys.getsizeof(one2))
s = b"%s" % (x,)
print(s == x, s is x)
big = b"%s" % (b"z" * 1000,)
print(len(big), sys.getsizeof(big))
big2 = b"<%600s>" % (b"q",)
print(len(big2), sys.getsizeof(big2))
ba = bytearray(b"%s=%d")
r = ba % (b"k", 5)
print(type(r).__name__, r, sys.getsizeof(r), r is ba, ba)
print(sys.getsizeof(bytearray(b"%d") % 5), sys.getsizeof(bytearray(b"") % ()), sys.getsizeof(bytearray(b"%s") % (b"",)))
r2 = bytearray(b"abc") % ()
r2 += b"d" * 10
print(r2, sys.getsizeof(r2))
class B(bytes):
    pass
sb = B(b"%d!")
r3 = sb % 7
print(type(r3).__name__, r3, sys.getsizeof(r3))
print(b"%s" % B(b"sub"), b"%s" % (B(b"t"),))
