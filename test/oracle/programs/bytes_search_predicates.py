# bytes find/rfind/index/count/startswith and the ASCII-only is*() predicates, with their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
data = b"abcabcXYZ123"
t(lambda: (data.find(b"c"), data.rfind(b"c"), data.find(99, 3), data.rfind(b"c", 0, 4)))
t(lambda: (data.find(b"c", -7), data.find(b"c", None, -7), data.find(b"", 12), data.find(b"", 13)))
t(lambda: (data.index(b"XYZ"), data.rindex(b"a"), data.count(b"bc"), data.count(b""), data.count(b"a", 1)))
t(lambda: data.index(b"zz"))
t(lambda: data.rindex(b"a", 4))
t(lambda: data.find("c"))
t(lambda: data.count(256))
t(lambda: data.find(b"c", "x"))
t(lambda: (data.startswith(b"abc"), data.startswith((b"x", b"ab")), data.endswith(b"3", 0, 11), data.endswith(b"", 12)))
t(lambda: data.startswith("abc"))
t(lambda: data.endswith([b"3"]))
for s in (b"123", b"abc", b"ABC", b"Abc Def", b"ab1", b" \t\n", b"", b"caf\xc3\xa9", b"aB"):
    print(s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
