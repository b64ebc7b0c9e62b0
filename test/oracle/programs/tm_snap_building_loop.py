# tracemalloc snapshot statistics by line: a list of lists and a dict built in a loop (top lines, sizes, counts, averages)
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
rows = [list(range(10)) for _ in range(100)]
table = {}
for i in range(300):
    table[i] = f"{i}" * 3
names = []
for i in range(40):
    names.append("n" + f"{i}")
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")
for st in top[:4]:
    print(st)
print(len(top), snap.traceback_limit)
print(repr(top[0]))
print(repr(top[0].traceback[0]), str(top[0].traceback[0]))
print(top[0].traceback[0].filename == __file__)
