# co_flags: CO_NESTED only inside functions/comprehensions, CO_NOFREE (3.8/3.10), generators, *args/**kw.
def f(a, *args, **kw):
    x = 1
    def g():
        return x
    class C:
        def m(self):
            return 1
    return g, C
def gen():
    yield 1
class K:
    def m(self):
        return [i for i in range(2)]
    def o(self):
        return __class__
g, C = f(1)
comp = [(lambda: 0) for _ in range(1)][0]
ge = (i for i in range(3))
for c in (f.__code__, g.__code__, C.m.__code__, gen.__code__, K.m.__code__, K.o.__code__, comp.__code__, ge.gi_code, (lambda: 1).__code__):
    print(c.co_name, c.co_flags, c.co_cellvars, c.co_freevars)
