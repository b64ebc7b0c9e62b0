# gc.get_referents of a generator: its code, names, frame, function, locals, in gen_traverse's order
import gc
def gen(a):
    x = [a]
    yield 1
def names(o):
    return [type(r).__name__ for r in gc.get_referents(o)]
g = gen(5)
print(names(g))
next(g)
print(names(g))
g.gi_frame
print(names(g))
g.close()
print(names(g))
def loop(items):
    for i in items:
        yield i
h = loop([1, 2])
next(h)
print(names(h))
