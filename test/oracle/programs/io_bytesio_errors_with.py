# io.BytesIO: errors (closed, bad arguments, seek rules), `with`, its finalizer and gc.collect()
import io
import sys
import gc
b = io.BytesIO(b"abc")
for f in (lambda: b.write("s"), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: b.read("x"), lambda: io.BytesIO("str"), lambda: b.write(), lambda: b.read(1, 2), lambda: b.seek(), lambda: b.readline(1, 2), lambda: io.BytesIO(b"", 1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with io.BytesIO() as f:
    f.write(b"inside")
    print(f.getvalue(), sys.getrefcount(f))
print(f.closed)
for g in (f.getvalue, f.read, lambda: f.write(b"a"), lambda: f.seek(0), f.tell, lambda: next(f), f.readable, f.__enter__):
    try:
        g()
    except ValueError as e:
        print(type(e).__name__, e)
it = iter(f)
print(it is f, f.close())
gc.collect()
o = io.BytesIO(b"x" * 10)
o.write(b"y")
del o
print(gc.collect())
l = [io.BytesIO(b"q"), io.BytesIO()]
l[1].write(b"zz")
l.append(l)
del l
print(gc.collect())
