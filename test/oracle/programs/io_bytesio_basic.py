# io.BytesIO: write/getvalue/read/seek/tell/readline/iteration/close with sys.getsizeof of each buffer state
import io
import sys
b = io.BytesIO()
print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b))
print(b.write(b"hello"), sys.getsizeof(b))
print(b.write(b" world\n" * 3), sys.getsizeof(b), b.tell())
print(b.write(bytearray(b"xy")), b.write(memoryview(b"z")), b.write(b""), sys.getsizeof(b))
v = b.getvalue()
print(v, len(v), sys.getsizeof(v), sys.getsizeof(b), sys.getrefcount(v))
print(b.seek(0), b.read(5), b.tell(), sys.getsizeof(b))
print(b.readline(), b.readline(3), b.readline(), b.readline())
b.seek(0)
for line in b:
    print(line)
print(b.seek(-3, 2), b.read(), b.read(), b.seek(2), b.write(b"LL"), sys.getsizeof(b))
print(b.seek(40), b.write(b"!"), b.getvalue(), sys.getsizeof(b))
print(b.seek(0), b.read(None), b.seek(-100, 1), b.readable(), b.writable(), b.seekable())
for n in range(1, 30, 4):
    c = io.BytesIO()
    c.write(b"a" * n)
    c.write(b"b")
    print(n, sys.getsizeof(c), end="; ")
print()
print(b.close(), b.closed, sys.getsizeof(b))
