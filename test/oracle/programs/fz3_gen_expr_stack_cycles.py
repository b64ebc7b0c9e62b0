# coroutine-style generator suspended inside an expression: data.append((yield))
import gc
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): print('freed', self.n)
def collector(data):
    while True:
        data.append((yield))
gc.collect()
data = [Tag('data')]
c = collector(data)
next(c)
c.send(1)
data.append(c)
del data, c
print(gc.collect())
def pair(box):
    x = [box, (yield 1)]
box = [Tag('box')]
p = pair(box)
next(p)
box.append(p)
del box, p
print(gc.collect())
