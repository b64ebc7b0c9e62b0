# bytes % args: %s/%b of an object with __bytes__ (called; a non-bytes result is a TypeError, a bytes
# subclass result is accepted; its exception propagates); the argument is only borrowed
import sys
class Pkt:
    def __init__(self, n):
        self.n = n
    def __bytes__(self):
        return b"<pkt %d>" % self.n
class Bad:
    def __bytes__(self):
        return "not bytes"
class BB(bytes):
    pass
class Sub:
    def __bytes__(self):
        return BB(b"sub")
class Raises:
    def __bytes__(self):
        raise KeyError("k")
p = Pkt(3)
print(b"[%s|%b|%10s|%.3s]" % (p, p, p, p), sys.getrefcount(p))
for o in (Bad(), Sub(), Raises(), "s", 1.5, None):
    try:
        r = b"%s" % (o,)
        print(r, type(r).__name__, sys.getsizeof(r))
    except Exception as e:
        print(type(e).__name__, e)
pk = [Pkt(i) for i in range(3)]
msg = b"; ".join(b"%s" % x for x in pk)
print(msg, sys.getsizeof(msg), sys.getrefcount(pk[0]))
