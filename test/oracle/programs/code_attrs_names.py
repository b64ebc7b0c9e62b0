# code objects' co_varnames/co_cellvars/co_freevars (tuples of the names), the argument counts, co_nlocals, co_firstlineno, co_filename, co_qualname.
import sys

def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    zz = 2
    def g():
        return x + a + zz
    return g
def outer(p, q):
    r = 3
    def mid():
        s = p
        def inner():
            return s + r + q
        return inner
    return mid
class K:
    def m(self, y):
        z = list(range(y))
        return z
    def n(self):
        return lambda q: q + self.m(1)
    def o(self):
        return __class__
for fn in (f, f(1, 2, 3, d=4), outer, outer(1, 2), outer(1, 2)(), K.m, K.n, K().n(), K.o, lambda: 0):
    c = fn.__code__
    print(c.co_name, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_nlocals, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_firstlineno)
    print(len(c.co_varnames), type(c.co_varnames).__name__, c.co_varnames[0] if c.co_varnames else None)

c = f.__code__
print(c.co_filename == __file__, c.co_filename.rsplit('/', 1)[-1], c.co_name, sys.getsizeof(c.co_varnames))
if sys.version_info >= (3, 11):
    print([fn.__code__.co_qualname for fn in (f, f(1, 2, 3, d=4), outer(1, 2), K.m, K().n())])
v = c.co_varnames
print(v[0] is 'a', v.index('kw'), v.count('x'), len(c.co_cellvars), 'zz' in c.co_cellvars)
