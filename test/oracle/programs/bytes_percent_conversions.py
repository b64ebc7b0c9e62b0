# printf-style bytes formatting (PEP 461, bytesobject.c _PyBytes_FormatEx): every conversion
# with flags, width and precision, and the size of each result
import sys
cases = [
    (b"%d:%s", (12345, b"payload")),
    (b"%5d|%-5d|%05d|%+d|% d", (42, 42, 42, 42, 42)),
    (b"%x %X %#x %#X %o %#o %#08x %-#8o|", (255, 255, 255, 255, 8, 8, 255, 8)),
    (b"%i %u %.3d %5.2d %+.0d %+05d %- 5d|", (-7, 7, 5, -5, 0, -3, 4)),
    (b"%e %E %f %F %g %G", (1.5, 1.5, 2.25, 2.25, 1e20, 1e-20)),
    (b"%10.3f|%-10.2e|%+g|% G|%010.4f|%#g|%#.0f|%f", (3.14159, 2.5, 7.0, 8.0, -1.5, 2.0, 3.0, float("inf"))),
    (b"%c%c%c|%3c|%-3c|%c", (65, b"B", bytearray(b"C"), 68, 69, 0)),
    (b"%s %b %r %a", (b"ab", bytearray(b"cd"), "h\xe9\u20ac", b"x'")),
    (b"%.2s|%5s|%-5b|%.1r|%5.1s|", (b"hello", b"ab", b"cd", "xyz", b"abc")),
    (b"100%% %s", (b"ok",)),
    (b"%d%%", 5),
    (b"%s", b"one"),
    (b"%*d|%-*d|%.*f|%*.*f|", (5, 1, 5, 2, 2, 3.14159, -8, 1, 2.5)),
    (b"%d %d %x %s", (True, False, True, b"")),
    (b"%x|%d|%o", (2**70, -2**70, 2**65)),
    (b"%s|%s", (memoryview(b"mv"), bytearray())),
    (b"%ld %hd %Lf", (1, 2, 1.5)),
    (b"%d %x %f", (3.9, True, 3)),
    (b"%(a)s-%(b)d-%(a)s", {b"a": b"A", b"b": 3}),
    (b"%(x)s %%", {b"x": b"y"}),
    (b"abc", ()),
    (b"abc", {}),
    (b"abc", []),
]
for f, a in cases:
    r = f % a
    print(r, len(r), sys.getsizeof(r))
