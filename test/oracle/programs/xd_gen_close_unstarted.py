# closing a generator that never ran: 3.12+ keep its frame (arguments) until the generator goes
import sys, gc

class Lines:
    def __init__(self, lines):
        self.lines = lines
    def __iter__(self):
        try:
            for i, l in enumerate(self.lines):
                yield i, l
        finally:
            print("cleanup")

src = Lines(["a", "b"])
g = iter(src)
print(sys.getrefcount(src))
g.close()
print("closed", sys.getrefcount(src), g.gi_frame, list(g))
g.close()
print(sys.getrefcount(src))
del g
print("deleted", sys.getrefcount(src))

def gen(x, y):
    yield x
    yield y

data = [1, 2]
g = gen(data, data)
fr = g.gi_frame
print(sys.getrefcount(data), fr.f_lineno)
g.close()
print(sys.getrefcount(data), g.gi_frame, fr.f_lineno)
del fr
print(sys.getrefcount(data))
g = None
print(sys.getrefcount(data))

class Holder:
    pass
gc.collect()
h = Holder()
h.g = gen(h, data)
h.g.close()
print(sys.getrefcount(h), sys.getrefcount(data))
del h
print(gc.collect(), sys.getrefcount(data))

def chain(*its):
    for it in its:
        yield from it
c = chain(data, "xy")
c.close()
print(sys.getrefcount(data))
c = chain(data)
print(next(c), sys.getrefcount(data))
c.close()
print(sys.getrefcount(data))
del c
print(sys.getrefcount(data))

def deco(f):
    return f

@deco
def decorated():
    yield 1
d = decorated()
print(d.gi_frame.f_lineno, next(d), d.gi_frame.f_lineno)
