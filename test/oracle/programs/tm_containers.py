# tracemalloc: what an empty and a small list, tuple, dict and set cost (object, GC header, item arrays, tables)
import tracemalloc, gc
gc.collect()
tracemalloc.start()
def cost(make):
    tracemalloc.reset_peak() if hasattr(tracemalloc, 'reset_peak') else None
    before = tracemalloc.get_traced_memory()[0]
    obj = make()
    after = tracemalloc.get_traced_memory()[0]
    return after - before
results = []
results.append(('list()', cost(lambda: list())))
results.append(('[1, 2, 3]', cost(lambda: [1, 2, 3])))
results.append(('tuple of 3', cost(lambda: tuple([1, 2, 3]))))
results.append(('dict()', cost(lambda: dict())))
results.append(('{1: 2}', cost(lambda: {1: 2})))
results.append(('set()', cost(lambda: set())))
results.append(('{1, 2}', cost(lambda: {1, 2})))
for name, n in results:
    print(name, n)
tracemalloc.stop()
