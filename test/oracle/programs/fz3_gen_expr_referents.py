# referents of a generator suspended mid-expression
import gc
def names(o):
    return [type(r).__name__ for r in gc.get_referents(o)]
def collector(data):
    while True:
        data.append((yield))
def pair(box):
    x = [box, (yield 1)]
def call(f):
    f(1, (yield 2))
for g in (collector([]), pair([]), call(print)):
    next(g)
    print(names(g))
    g.close()
