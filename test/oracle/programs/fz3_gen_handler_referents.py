# referents of generators suspended in with / except / nested handlers
import gc
class CM:
    def __enter__(self): return 7
    def __exit__(self, *a): return False
def names(o):
    return [type(r).__name__ for r in gc.get_referents(o)]
def w():
    with CM() as v:
        for i in [1]:
            yield v
def e():
    try:
        raise KeyError('k')
    except KeyError as k:
        try:
            raise ValueError('v')
        except ValueError:
            yield 1
for f in (w, e):
    g = f()
    next(g)
    print(names(g))
    g.close()
