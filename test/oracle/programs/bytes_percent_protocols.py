# bytes % args through the number protocols (__index__, __float__, __int__), a custom __repr__ for %r/%a
# (made ASCII), a custom mapping for %(key)s, and flag combinations on every conversion
import sys
class Idx:
    def __index__(self):
        return 254
class Fl:
    def __float__(self):
        return 2.5
class In:
    def __int__(self):
        return 77
class R:
    def __repr__(self):
        return "R<é€😀>"
class M:
    def __init__(self):
        self.calls = []
    def __getitem__(self, k):
        self.calls.append(k)
        return k * 2
def t(f, a):
    try:
        r = f % a
        print(r, sys.getsizeof(r))
    except Exception as e:
        print(type(e).__name__, e)
t(b"%x %o %d %c", (Idx(), Idx(), Idx(), Idx()))
t(b"%f %e %g", (Fl(), Fl(), Fl()))
t(b"%d %i %u", (In(), In(), In()))
t(b"%x", In())
t(b"%f", In())
t(b"%r|%a|%.4r", (R(), R(), R()))
m = M()
t(b"%(ab)s %(c)s %(ab)s", m)
print(m.calls, [sys.getrefcount(k) for k in m.calls if len(k) > 1][:0])
v = b"val"
d = {b"k": v}
before = sys.getrefcount(v)
out = [b"%(k)s" % d for _ in range(5)]
print(sys.getrefcount(v) - before, out[0] is out[1])
t(b"%d", 10**30)
t(b"%.40d", 5)
t(b"%-+8.3f|%+08.2e|% 08d|%#5o|%#.3x|%#5.3X", (1.5, -2.5, 7, 8, 9, 10))
t(b"%+x %+X %+o % x", (10, -10, 8, -8))
t(b"%5c|%-5c|%05c", (65, 66, 67))
t(b"%05s|%+s|% s|%#s", (b"a", b"b", b"c", b"d"))
t(b"%.0s|%.0d|%.0x", (b"abc", 0, 0))
t(b"%g %g %g %g %#g", (1e16, 1e-5, 123456789.0, float("nan"), 1.0))
t(b"%f %f", (float("-inf"), -0.0))
t(b"%010.3f|%-010.3f|%+010.3f", (float("inf"), float("nan"), -1.0))
