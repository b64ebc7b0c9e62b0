# io.StringIO: the '\n' it keeps until closed, non-ASCII text, weak references, getsizeof of results
import io
import sys
import weakref
n0 = sys.getrefcount("\n")
s = io.StringIO("héllo\nwörld €\n")
t = io.StringIO()
print(sys.getrefcount("\n") - n0)
print(repr(s.readline()), sys.getsizeof(s.readline()), repr(s.read()))
t.write("€uro")
t.write("x")
v = t.getvalue()
print(v, sys.getsizeof(v), sys.getsizeof(t.getvalue()))
t.seek(1)
t.write("1")
print(repr(t.getvalue()), sys.getsizeof(t.getvalue()))
r = weakref.ref(t)
print(r() is t, weakref.getweakrefcount(t))
s.close()
print(sys.getrefcount("\n") - n0)
del t
print(r())
del s
print(sys.getrefcount("\n") - n0)
