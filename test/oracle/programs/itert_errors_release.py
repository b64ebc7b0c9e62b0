# When the iterator inside an itertools object raises, CPython releases what it took: the
# partial result tuple of zip_longest, pairwise's previous item, islice's iterator.
import sys, itertools

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Obj(%d)' % self.n
objs = [Obj(i) for i in range(4)]

def counts():
    return [sys.getrefcount(o) - 2 for o in objs]

def boom(n):
    for i in range(n):
        yield objs[i]
    raise ValueError('boom')

def run(label, it, n):
    out = []
    try:
        for _ in range(n):
            out.append(next(it))
    except StopIteration:
        out.append('stop')
    except ValueError as e:
        out.append('error: %s' % e)
    print(label, [x[0] if isinstance(x, tuple) else x for x in out], counts())

print(counts())
z = itertools.zip_longest(objs, boom(2), fillvalue=objs[3])
run('zip_longest', z, 5)
run('zip_longest after', z, 2)
del z
s = itertools.islice(boom(3), 1, None)
run('islice', s, 5)
run('islice after', s, 1)
c = itertools.chain(boom(1), objs)
run('chain', c, 3)
run('chain after', c, 2)
del c
cy = itertools.cycle(boom(2))
run('cycle', cy, 4)
del cy
g = itertools.groupby(boom(3))
run('groupby', g, 5)
del g
t1, t2 = itertools.tee(boom(2))
run('tee', t1, 4)
run('tee other', t2, 4)
del t1, t2
if hasattr(itertools, 'pairwise'):
    p = itertools.pairwise(boom(3))
    run('pairwise', p, 4)
    run('pairwise after', p, 1)
    del p
print(counts())
