# contextlib.redirect_stdout/redirect_stderr: capture prints in a StringIO, nest, reuse, restore on error
import contextlib, io, sys, gc
gc.collect()
out = io.StringIO()
cm = contextlib.redirect_stdout(out)
print(sys.getrefcount(out), sys.getsizeof(cm), type(cm).__name__, cm._stream)
with cm as target:
    print("first", target is out, sys.getrefcount(out))
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print("nested")
    print("back", repr(inner.getvalue()))
    with cm:
        print("re-entered", len(cm._old_targets))
print(sys.stdout is sys.__stdout__, sys.getrefcount(out), cm._old_targets)
print(repr(out.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("warning!", file=sys.stderr)
    sys.stderr.write("raw\n")
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
def noisy(n):
    for i in range(n):
        print("line", i)
    return n * 2
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    r = noisy(3)
print(r, buf.getvalue().count("\n"), buf.getvalue().splitlines()[-1])
try:
    with contextlib.redirect_stdout(io.StringIO()) as s:
        print("lost")
        raise ValueError("inside")
except ValueError as e:
    print("restored", sys.stdout is sys.__stdout__, e, repr(s.getvalue()))
del cm, target
print(gc.collect(), sys.getrefcount(out))
