# io.StringIO: the errors of its methods (closed file, bad arguments, seek rules)
import io
s = io.StringIO("abc")
for f in (lambda: s.write(1), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: io.StringIO(5), lambda: s.read("x"), lambda: s.write(), lambda: s.read(1, 2), lambda: s.seek()):
    try:
        f()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s.close()
for f in (s.getvalue, s.read, s.readline, s.tell, lambda: s.seek(0), lambda: s.write("x"), s.readable, lambda: next(s), lambda: iter(s), s.__enter__):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.close(), s.closed)
