# bytes % args past the _PyBytesWriter's 512-byte stack buffer: a heap-built one-byte result is a new
# object (not the shared one), an empty one the shared empty bytes; sizes stay exact
import sys
def t(f, a):
    try:
        r = f % a
        print(type(r).__name__, len(r), sys.getsizeof(r), r[:1] == b"q" and r is b"q"[:1] if len(r) == 1 else "")
    except Exception as e:
        print(type(e).__name__, e)
t(b"%s" * 300, (b"",) * 299 + (b"q",))
t(b"%s" * 300, (b"",) * 300)
t(b"x" * 600, ())
t(b"%s" % (b"a" * 600,), ())
t(b"%s" * 200, (b"",) * 199 + (b"q",))
t(b"%300s%300s", (b"", b""))
