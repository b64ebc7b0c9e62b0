# constants repeated within one code object and across nested code objects
import sys
s = "two words"
b = b"raw bytes"
n = 1234567
fl = 2.75
t = (1, "two words", 2.75)
def uses_all():
    a = "two words"
    c = b"raw bytes" + b"raw bytes"
    return a, c, 1234567, 2.75, (1, "two words", 2.75), 1234567
print(sys.getrefcount(s), sys.getrefcount(b), sys.getrefcount(n), sys.getrefcount(fl), sys.getrefcount(t))
lam = lambda q: q in {1234567, 3} or q == "two words"
print(sys.getrefcount(s), sys.getrefcount(n))
class Holder:
    label = "two words"
    blob = b"raw bytes"
    def method(self):
        return b"raw bytes", 2.75, 7
print(sys.getrefcount(s), sys.getrefcount(b), sys.getrefcount(fl))
def outer():
    def inner():
        return 1234567, b"raw bytes"
    return [x for x in (2.75, "two words")], inner
print(sys.getrefcount(n), sys.getrefcount(b), sys.getrefcount(fl), sys.getrefcount(s))
gen = (y * 2.75 for y in range(3))
sq = {k: "two words" for k in "ab"}
print(sys.getrefcount(fl), sys.getrefcount(s))
print(sys.getrefcount(frozenset({1234567, 3})) , 1234567 in {1234567, 3})
r = uses_all()
print(sys.getrefcount(s), sys.getrefcount(b), sys.getrefcount(n), sys.getrefcount(t))
del r
x = b"raw bytes" b""
y = "" "two words"
print(sys.getrefcount(b), sys.getrefcount(s), x is b, y is s)
