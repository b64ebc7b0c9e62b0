# gc.get_stats(): collections, collected and uncollectable per generation (as differences, start-up ones aside).
import gc

def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]

class Node:
    pass

gc.collect()
before = snapshot()
for i in range(3):
    n = Node()
    n.me = n
    del n
    gc.collect(0)
gc.collect(2)
after = snapshot()
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)])
