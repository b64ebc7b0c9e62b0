# print() on a piped stdout keeps an ASCII string in TextIOWrapper's pending buffer until 8 KiB gather: one more reference.
import sys

s = "".join(["memory", "-", "view"])
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))
t = "".join(["caf", "é"])
print(t)
print(sys.getrefcount(t))
big = "x" * 9000
print(big[:3])
print(sys.getrefcount(s))
