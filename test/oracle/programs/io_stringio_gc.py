# io.StringIO: deallocation of an open one (its finalizer closes it), in collected garbage, gc counts
import io
import sys
import gc
gc.collect()
s = io.StringIO()
s.write("a")
s.write("b")
print(gc.is_tracked(s))
del s
print(gc.collect())
t = io.StringIO("q")
del t
print(gc.collect())
l = [io.StringIO("a"), io.StringIO()]
l[1].write("zz")
l.append(l)
del l
print(gc.collect())
u = io.StringIO()
u.write("keep")
d = {"u": u}
d["d"] = d
del d
print(sys.getrefcount(u), gc.collect(), sys.getrefcount(u))
print(u.getvalue())
