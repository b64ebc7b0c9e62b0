# code objects' co_names: each name in the order CPython's compiler first emits it (3.12+ super() attribute
# names after the super arguments); 3.8-3.11's tuple is the one the code object holds
import sys
def f(a, b=2, *args, c, d=5, **kw):
    "doc"
    x = a + 1.5
    y = (1, 2, 3)
    z = [i * 2 for i in range(3)]
    print(x, y, z, "hi", None, sys.maxsize, a.real.imag)
    return len(z)
co = f.__code__
print(co.co_names)
print(co.co_nlocals, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_name, co.co_firstlineno)
class K:
    x = 1
    def m(self):
        return super().m() + self.y + K.z
    def n(self):
        global G
        G = len
        import os.path as p
        from math import pi, tau
        del self.q
        return [p.q for q in self.r]
print(K.m.__code__.co_names, K.n.__code__.co_names)
g = lambda: undefined_name.attr
print(g.__code__.co_names, (lambda: 0).__code__.co_names)
def h():
    return zz_unique_name_1 + zz_unique_name_2.zz_attr
print(h.__code__.co_names)
if sys.version_info < (3, 12):
    print(sys.getrefcount(h.__code__.co_names), sys.getrefcount(h.__code__.co_names[0]))
else:
    print(2, 4)
def gen():
    yield from other
    with open(p) as fh:
        try:
            pass
        except ValueError as e:
            raise KeyError from e
        finally:
            for k, v in dd.items():
                assert k, v
print(gen.__code__.co_names, [x for x in range(2)].__class__.__name__)
print(compile.__name__ and (lambda: [w for w in ww if w.v]).__code__.co_names)
class A:
    """doc"""
    x = 1
    def m(self):
        return self.x
    y: int = 2
    @property
    def p(self):
        return 1
print(sorted(A.__dict__.keys())[:3])
c = sys._getframe().f_code
print(c.co_names)
def outer():
    class B(A):
        def m(self):
            return super().m() + super(B, self).m()
    return B
print(outer.__code__.co_names, outer().m.__code__.co_names)
def fmt(v):
    return f"{v!r:>{w}} {v.real}" + "%s" % (v,) + str(v)[1:2]
print(fmt.__code__.co_names)
