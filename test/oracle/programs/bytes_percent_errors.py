# bytes % args: the errors of _PyBytes_FormatEx and its converters, per version (3.8 says
# "a number is required"; a format byte over 0x7f cannot be put into the message)
def t(f, a):
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, repr(e))
for f, a in [(b"%d", "s"), (b"%x", 1.5), (b"%c", 256), (b"%c", -1), (b"%c", b"ab"), (b"%c", "a"), (b"%c", 1.5), (b"%s", "str"),
             (b"%s", 5), (b"%b", [1]), (b"%f", "x"), (b"%f", 10**400), (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%(a)s", (1,)),
             (b"%(a", {b"a": 1}), (b"%", ()), (b"%5", (1,)), (b"%y", 1), (b"%*d", ("a", 1)), (b"%.*d", (1.5, 1)),
             (b"%(a)s", {}), (b"%(a)s %s", {b"a": 1}), (b"%d", None), (b"%5%", ()), (b"%5%", (1,)), (b"%s", ()), (b"x", 5),
             (b"x", (5,)), (b"x", b"abc"), (b"%\x01", 1), (b"%\xe9", 1), (b"%\x80", 1), (b"%c", 2**70), (b"%i", "z"),
             (b"%u", []), (b"%X", "z"), (b"%o", 2.0), (b"%c", bytearray(b"xy")), (b"%*d", (2**70, 1)), (b"%.*d", (2**40, 1)),
             (b"%a %r", (1,)), (b"%(a)s", {"a": 1}), (bytearray(b"%d"), "x"), (bytearray(b"%q"), ())]:
    t(f, a)
