# bytes methods that build a new object, return the object itself, or a shared 1-byte/empty singleton
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
x = b"payload"
same = [x.strip(), x.lstrip(b"z"), x.replace(b"q", b"r"), x.ljust(3), x.rjust(7), x.center(5), x.zfill(2),
        x.partition(b"=")[0], x.rpartition(b"=")[2], x.translate(None), x.removeprefix(b"z"), x + b"", x * 1, x[:], bytes(x)]
print([y is x for y in same])
print([y is x for y in (x.upper().lower(), x.expandtabs(), x.replace(b"p", b"p"), x.translate(None, b"z"), x.title().lower())])
a = b"a"[0:1]
print(b" a ".strip() is a, b"a,b".split(b",")[0] is a, b"ab".partition(b"b")[0] is a, b"ab".removesuffix(b"b") is a)
print(b"A".lower() is a, b"ab".replace(b"b", b"") is a, b"".join([a, b""]) is a, b"ba"[::-2] is a, a * 1 is a)
print(sys.getsizeof(b"A".lower()), sys.getsizeof(a * 0), len(a * 0), sys.getsizeof(b"abc".upper()))
t(lambda: (b"hello world".title(), b"hELLO wORLD".capitalize(), b"Hello".swapcase()))
t(lambda: (b"ab".center(7, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"-42".zfill(6), b"a\tbc\td".expandtabs(4)))
t(lambda: b"ab".center(5, "*"))
t(lambda: b"ab".ljust(5, b"--"))
t(lambda: b"xxhixx".strip(b"x") + b"|" + b"xxhixx".lstrip(b"x") + b"|" + b"xxhixx".rstrip(b"x"))
t(lambda: b"ab".strip("a"))
t(lambda: (b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".rpartition(b"=")))
t(lambda: b"kvw".partition(b""))
t(lambda: (b"aXbXc".replace(b"X", b"--", 1), b"abc".replace(b"", b"."), b"abc".replace(b"", b".", 2)))
t(lambda: (b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b")))
t(lambda: b"abc".translate(b"short"))
t(lambda: bytes.maketrans(b"ab", b"c"))
t(lambda: (bytes.fromhex("de ad BE EF"), b"\x01\xab\xff".hex(), b"abcde".hex(":", 2), b"abcde".hex("-", -2)))
t(lambda: bytes.fromhex("abc"))
t(lambda: b"-".join([b"x", "y"]))
t(lambda: b"-".join(5))
