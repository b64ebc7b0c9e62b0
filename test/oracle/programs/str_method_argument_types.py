# str methods refusing a wrong argument type, as each version words it; partition keeps the separator object
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
sep = "--"
print("a--b".partition(sep)[1] is sep, "a--b".rpartition(sep)[1] is sep)
t(lambda: "abc".find(1))
t(lambda: "abc".count(None))
t(lambda: "abc".startswith(1))
t(lambda: "abc".replace(1, "x"))
t(lambda: "abc".replace("a", 2))
t(lambda: "abc".split(1))
t(lambda: "abc".strip(1))
t(lambda: "abc".center(5, "ab"))
t(lambda: "abc".ljust(5, 1))
t(lambda: "abc".find("a", "x"))
t(lambda: "abc".partition(1))
t(lambda: "abc".encode(1))
t(lambda: b"abc".decode("ascii", 1))
t(lambda: "a\tb".expandtabs("x"))
t(lambda: 300 in b"abc")
t(lambda: "abc".index("z"))
