# Which equal strings are the same object (constants, concatenations folded at compile time, strings built at run time, sys.intern, one-character strings) and sys.getsizeof of ASCII, Latin-1, BMP and astral strings.
import sys
a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
d = "hello world"
e = "hello " + "world"
f = " ".join(["hello", "world"])
print(a is b, a is c, a == c, d is e, d is f, sys.intern(c) is a)
g = "x" * 5
print(g is "xxxxx".lower().lower() , g == "xxxxx")
one = "abc"[0]
print(one is "a"[0], chr(97) == one, chr(233) is chr(233), chr(0x20ac) is chr(0x20ac))
names = ["ab", "a_b", "a b", "a-b", "", "é", "_x1"]
for n in names:
    x = "".join(list(n))
    print(repr(n), x is n, sys.intern(x) is n)
for s in ["", "a", "ab", "é", "€", "😀", "a" * 10, "é" * 10, "€" * 10, "😀" * 10, "aé", "a€", "a😀"]:
    print(repr(s), sys.getsizeof(s))
