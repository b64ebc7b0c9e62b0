# generator cycles through the value stack: nested loops, genexpr inner loop, yield from
import gc
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): print('freed', self.n)
def nested(rows):
    for row in rows:
        for x in row:
            yield x
def outer(src):
    yield from src
gc.collect()
rows = [[1, 2], [Tag('row')]]
g = nested(rows)
print(next(g))
rows[0].append(g)
del rows, g
print(gc.collect())
data = [[1], [2, Tag('genexp')]]
ge = (y for x in data for y in x)
print(next(ge))
data[0].append(ge)
del data, ge
print(gc.collect())
inner = iter([1, 2, Tag('yf')])
o = outer(inner)
print(next(o))
box = [o]
lst = [box]
o.gi_yieldfrom
del o
print(gc.collect())
def sub(holder):
    yield 1
    yield 2
holder = [Tag('delegate')]
o = outer(sub(holder))
print(next(o))
holder.append(o)
del o, holder
print(gc.collect())
