# tracemalloc snapshot: allocations inside functions, nested calls, comprehensions and generator expressions are attributed to the innermost frame's line
import gc
import tracemalloc


def make_row(n):
    row = [n] * 50
    return row


def build(k):
    out = []
    for j in range(k):
        out.append(make_row(j))
    return out


def squares(n):
    return [x * x for x in range(1000, 1000 + n)]


def total(n):
    return sum(float(x) for x in range(n))


gc.collect()
tracemalloc.start()
a = build(20)
b = squares(200)
c = total(100)
d = {k: f"{k}" for k in range(500, 560)}
snap = tracemalloc.take_snapshot()
for st in snap.statistics("lineno")[:4]:
    print(st)
