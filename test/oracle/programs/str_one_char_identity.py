# 1-char strings: usually the Latin-1 singletons, but 3.11/3.12 intern some letters as separate objects; case methods make new strings.
import sys
ab = "ab"
print(ab[0] is chr(97), ab[1] is chr(98), ab[0] is "ab"[0], "ab"[1] is ab[1])
f = "f"
print(f is chr(102), "xyz"[2] is chr(122), "é" is chr(233))
lo = "q"
up = lo.upper()
print(up == "Q", up is chr(81), up.lower() is lo, "Q".lower() is lo)
print(sys.getsizeof("é".upper()), sys.getsizeof(chr(201)), sys.getsizeof("é".upper().lower()))
print(" q ".strip() is lo, "q" * 1 is lo, ",".join(["q"]) is lo)
