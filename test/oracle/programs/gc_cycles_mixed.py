# gc.collect() returns how many unreachable container objects it found in reference cycles.
import gc
gc.collect()
def make_ring(n):
    nodes = [[] for _ in range(n)]
    for i in range(n):
        nodes[i].append(nodes[(i + 1) % n])
    return nodes[0]
r = make_ring(5)
del r
print(gc.collect())
a = {}
b = [a]
a['list'] = b
t = (b,)
a['tuple'] = t
del a, b, t
print(gc.collect())
for i in range(10):
    x = []
    x.append(x)
del x
print(gc.collect())
print(gc.collect())
