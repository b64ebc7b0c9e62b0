# generator suspended inside a with block / except block, in a cycle
import gc
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): print('freed', self.n)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit'); return False
def w(cm):
    with cm:
        yield 1
gc.collect()
cm = CM(); cm.tag = Tag('cm')
g = w(cm)
print(next(g))
cm.g = g
del cm, g
print(gc.collect())
def e(box):
    try:
        raise KeyError('k')
    except KeyError:
        yield 1
box = [Tag('exc')]
h = e(box)
print(next(h))
box.append(h)
del box, h
print(gc.collect())
