# A literal's own object: 3.12+ hold a bytes literal (b'' + token) and a one-part string fold twice
import sys
a = b"abc"
print(sys.getrefcount(a))
b = b"abd" b""
c = b"" b"abe"
d = b"ab" b"f"
print(sys.getrefcount(b), sys.getrefcount(c), sys.getrefcount(d))
e = "x y z" ""
f = "" "x y w"
g = "x y" " q"
print(sys.getrefcount(e), sys.getrefcount(f), sys.getrefcount(g))
h = f"abc def"
i = f"abc deg" "x"
j = "" f"abc deh"
print(sys.getrefcount(h), sys.getrefcount(i), sys.getrefcount(j))
k = rb"abq"
print(sys.getrefcount(k), k == b"abq")
def again():
    return b"abc", "x y z"
print(sys.getrefcount(a), sys.getrefcount(e), again()[0] is a)
print(f"" == "", f"{'x'}")
