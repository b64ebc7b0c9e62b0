# sys.stdout and sys.stderr as objects: their sizes (a TextIOWrapper's basicsize), tracking, identity with __stdout__, a global holding one
import sys, gc
out = sys.stdout
print(sys.getsizeof(out), sys.getsizeof(sys.stderr), out.__sizeof__(), sys.stderr.__sizeof__())
print(gc.is_tracked(out), gc.is_tracked(sys.stderr), out is sys.__stdout__, out is sys.stderr)
print(type(out).__name__, type(out).__module__, isinstance(out, object))
err = sys.stderr
print(sys.getsizeof(err) == sys.getsizeof(out), [sys.getsizeof(s) for s in (out, err)])
