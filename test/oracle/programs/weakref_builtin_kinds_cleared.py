# Weak references to functions, sets, frozensets, generators, bound methods, builtin functions,
# modules and classes: cleared (and their callbacks called) when the referent is freed.
import weakref, gc, sys
def f(): pass
r = weakref.ref(f, lambda ref: print("fn gone"))
del f
print(r())
s = {1, 2}
rs = weakref.ref(s, lambda ref: print("set gone"))
del s
print(rs())
fs = frozenset([1])
rfs = weakref.ref(fs)
del fs
print(rfs())
def g():
    yield 1
gen = g()
rg = weakref.ref(gen, lambda ref: print("gen gone"))
del gen
print(rg())
class C:
    def m(self): pass
c = C()
bm = c.m
rm = weakref.ref(bm, lambda ref: print("method gone"))
del bm
print(rm())
rb = weakref.ref(len)
print(rb() is len)
m = [].append
rbm = weakref.ref(m, lambda ref: print("builtin method gone"))
del m
print(rbm())
rmod = weakref.ref(sys)
print(rmod() is sys)
class K: pass
rk = weakref.ref(K, lambda ref: print("class gone"))
del K
gc.collect()
print(rk())
