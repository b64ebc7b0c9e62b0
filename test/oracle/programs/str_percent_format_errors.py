# printf-style % formatting errors: 3.8 says "a number is required", 3.10+ "a real number"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "%d" % "a")
t(lambda: "%i" % None)
t(lambda: "%x" % "a")
t(lambda: "%o" % 1.5)
t(lambda: "%c" % "ab")
t(lambda: "%c" % 1.5)
t(lambda: "%c" % 0x110000)
t(lambda: "%f" % "a")
t(lambda: "%d %d" % (1,))
t(lambda: "%d" % (1, 2))
t(lambda: "%z" % 1)
t(lambda: "%(a)d" % {"a": "x"})
t(lambda: "%*d" % ("a", 1))
t(lambda: "%.*f" % ("a", 1.0))
t(lambda: ("%d|%5.1f|%-4s|%c%c|%x|%r" % (1.7, 2.25, "ab", 65, "z", True, "q")))
t(lambda: "abc" % ())
t(lambda: "abc" % 1)
