# io.StringIO: references the accumulator holds on written strings (3.8-3.11 _PyAccu list) and getvalue's identity
import io
import sys
x = "line two\nthree"
y = "more text"
print(sys.getrefcount(x))
s = io.StringIO()
s.write(x)
print(sys.getrefcount(x))
s.write(x)
print(sys.getrefcount(x))
a = s.getvalue()
print(sys.getrefcount(x), sys.getrefcount(a), a is s.getvalue())
s.write(y)
print(sys.getrefcount(y), sys.getrefcount(a))
b = s.getvalue()
print(sys.getrefcount(y), sys.getrefcount(a), sys.getrefcount(b))
t = io.StringIO()
t.write(y)
c = t.getvalue()
print(c is y, sys.getrefcount(y))
t.seek(0)
d = t.read()
print(d is y, sys.getrefcount(y))
t.seek(2)
print(repr(t.read(3)), sys.getrefcount(y))
print(t.getvalue() is y, sys.getrefcount(y))
del s, t
print(sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(a))
