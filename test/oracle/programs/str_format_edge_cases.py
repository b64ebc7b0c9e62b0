# The format mini-language's edge cases: grouping, fill and alignment, !a/!r/!s, nested fields with automatic numbering, indexing and attributes in field names, complex numbers, %-formatting, f-string = specifiers, and the errors of malformed format strings.
print(format(1234567, ","), format(1234567.891, ",.2f"), format(255, "_x"), format(255, "#_b"), format(10**10, "_"))
print("{:=^10}".format("ab"), "{:*<8}|{:->8}".format(3, 4), "{:=+8}".format(-5), "{:0=8}".format(-5))
print("{!a}".format("héllo"), "{!r:>10}".format("x"), "{!s:^7}".format(1.5))
print("{0[key]} {0[1]} {1.real}".format({"key": "v", 1: "one"}, 3))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}{}}".format(5, "<", 4) + "|", "{}-{:{}}-{}".format(1, 2, 3, 4))
print("%r %a %c %c %*d %-*d| %.*f" % ("é", "é", 65, "z", 5, 42, 4, 7, 2, 3.14159))
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%e|%g|%%" % ("a", "b", 42, 5, 5, 255, 255, 8, 255, 8, 12345.678, 0.0001234))
x = 3; w = 8; p = 2
print(f"{x = }", f"{x=}", f"{x = :>5}", f"{x = !r}", f"{'a' + 'b' = }")
print(f"{3.14159:{w}.{p}f}", f"{'q'!r:>6}", f"{x!r:^9}")
print("ab".center(7, "*"), "ab".center(6, "*"), "ab".ljust(5, "é"), "-42".zfill(6), "+7".zfill(4), "ab".zfill(5), "".zfill(3))
print(repr("a\tbc\td\n\tx".expandtabs()), repr("a\tb".expandtabs(3)), repr("\t".expandtabs(0)))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
for v in [1j, 1+2j, -1.5-0.5j, complex(-0.0, 1), 1e20+1e-5j, 0j]:
    print(repr(v), " | ".join(format(v, s) for s in ["", ">12", ".2f", "+.3e", "g", ",.1f", "#", "^14"]))
print("{:,}".format(-1234.5), "{:_}".format(123456789.125), "{:,d}".format(10**6), "{:n}".format(1234))
print("%(a)s %(b)r" % {"a": 1, "b": "2"}, "%s" % (1,), "%s" % [1, 2], "%.3s" % "abcdef", "%5.1s|" % "xyz")
for f in ["{:{:{}}}", "{!x}", "{!rr}", "{!}", "{0[}", "{", "}", "{}}", "{0.}", "{0..a}", "{0[]}", "{0!s:{1}}", "{!r}{!s}", "{0}{}"]:
    try:
        print(repr(f), repr(f.format([[1]], 2, 3, a={"x": 9})))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for bad in ["0>8", "=8", "%", "d"]:
    try:
        format(1 + 1j, bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
