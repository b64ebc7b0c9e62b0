# io.StringIO: `with` closes it, print(..., file=buf) writes into it (refcounts, sizes)
import io
import sys
with io.StringIO() as buf:
    print("x", 1, 2.5, sep="-", file=buf)
    print("second", end="!", file=buf)
    print(file=buf)
    out = buf.getvalue()
    print(sys.getrefcount(buf), sys.getsizeof(buf))
print(repr(out), sys.getrefcount(out), buf.closed)
try:
    with buf:
        pass
except ValueError as e:
    print(e)
b2 = io.StringIO()
with b2 as same:
    print(same is b2, sys.getrefcount(b2))
print(b2.closed)
for i in range(3):
    print(i, i * i, file=b2 if not b2.closed else None)
