# Code objects of decorated functions start at the first decorator; a generator's frame and code.
def d(f):
    return f
@d

def g():
    pass
print(g.__code__.co_firstlineno)
h = lambda: 0
print(h.__code__.co_firstlineno, (x for x in []).gi_code.co_firstlineno if hasattr((x for x in []), "gi_code") else 0)
def g():
    x = [1]
    yield x
    yield 2
gen = g()
print(gen.gi_frame is not None, gen.gi_code.co_name)
next(gen)
fr = gen.gi_frame
print(sys.getrefcount(fr), fr.f_lineno, sys.getsizeof(fr))
list(gen)
print(gen.gi_frame)
print(fr.f_lineno)
