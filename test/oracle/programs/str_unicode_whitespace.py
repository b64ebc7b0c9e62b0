# What str.split/strip/isspace treat as whitespace (U+001C..U+001F and U+0085 are, U+FEFF and U+200B are not) and what splitlines breaks on, against bytes' ASCII-only whitespace.
chars = "\ufeff\x1c\x1d\x1e\x1f\x85\u2028\u2029\x0b\x0c\xa0\u3000\u200b\u180e\u2000\u205f"
for c in chars:
    print(hex(ord(c)), c.isspace(), ("a" + c + "b").split(), repr((c + "x" + c).strip()), c.isprintable())
text = "a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci\r\nj\rk\n"
print(text.splitlines())
print(text.splitlines(True))
print("  a  b  ".rsplit(None, 1), "\u3000a\u3000b\u3000".split(None, 1), "\u3000a\u3000b\u3000".rsplit(None, 1))
print("xxaxx".strip("x"), "abcba".strip("ab"), repr("".strip()), "  ".split(), " a b ".split(" "))
for b in [b" a\tb\nc\x0bd\x0ce\rf\x1cg\x85h ", b"\x1c\x1d x \x1e\x1f"]:
    print(b.split(), b.strip(), b.isspace())
print(b"\x0b\x0c".isspace(), b"\x1c".isspace(), b"a\x1cb".split())
