# str methods and format specs as CPython parses them: center's odd padding, split's kept remainder, '0' fill, ascii conversions
print("abc".center(4) + "|", "ab".center(5, "*"), "abcd".center(7, "-"), "a".center(4) + "|")
for s in ("  a  b  ", " a\tb\n c  "):
    print(s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
print(format("ab", "<05"), format(5, "<05"), format(5, "^05"), format(-5, "08"), format(3.5, "<08"))
print(format(1234567, "_"), format(255, "_x"), format(0.5, ",.2f"), format(1234.5, "_"))
for spec in (",_", "_,", ",x", ",s", "_n", "xx", "#s", "05"):
    for v in (1, 1.5, "s"):
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, type(v).__name__, e)
print("%a %a" % ("é", "x"), "{!a}".format("ü"), f"{'€'!a}", ascii("plain"))
print(str.maketrans("abc", "xyz", "d"), "abcdabcd".translate(str.maketrans("abc", "xyz", "d")))
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1", 98: None}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b} {a.__class__.__name__}".format_map(D(a="x")))
for bad in (lambda: str.maketrans("ab", "c"), lambda: "x".translate({120: 1.5}), lambda: "{0}".format_map({}), lambda: [1, 2].index(3)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
