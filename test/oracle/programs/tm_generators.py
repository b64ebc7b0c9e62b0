# tracemalloc: a generator object (and, before 3.11, its frame) costs blocks while it is suspended; exhausted, they go
import tracemalloc, gc
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
g = count(3)
made = tracemalloc.get_traced_memory()[0] - base
first = next(g)
started = tracemalloc.get_traced_memory()[0] - base
rest = list(g)
done = tracemalloc.get_traced_memory()[0] - base
del g
gone = tracemalloc.get_traced_memory()[0] - base
print(first, rest)
print(made, started, done, gone)
tracemalloc.stop()
