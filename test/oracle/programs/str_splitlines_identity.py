# str.splitlines returns the string itself as the only item when it is one whole line (no line
# break, or keepends and a break only at the end) and an exact str; otherwise new pieces, '' and
# 1-char pieces being the shared singletons. All of Unicode's line boundaries split.
import sys
s = "no line breaks here"
l = s.splitlines()
print(l, l[0] is s, sys.getrefcount(s), sys.getsizeof(l))
t = "ends with one\n"
print(t.splitlines()[0] is t, t.splitlines(True)[0] is t, t.splitlines(keepends=True))
u = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029j\r"
print(u.splitlines(), u.splitlines(True), len(u.splitlines()))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\n\ny".splitlines())
v = "a\nb"
p = v.splitlines()
print(p[0] is "a", p[1] is "b", sys.getsizeof(p))
class S(str):
    pass
w = S("abc")
print(type(w.splitlines()[0]).__name__, w.splitlines()[0] is w)
e = "é€\n😀"
print(e.splitlines(), [sys.getsizeof(x) for x in e.splitlines()])
big = "line\n" * 20
print(sys.getsizeof(big.splitlines()), sys.getsizeof(big.splitlines(True)))
print(b"abc".splitlines()[0] is b"abc", "abc\r\n".splitlines(True)[0])
