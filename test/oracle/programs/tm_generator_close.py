# tracemalloc: closing generators -- one that never ran (up to 3.11 GeneratorExit is thrown into
# it: a traceback entry), one suspended in a loop, one in a try/finally (the handler makes the
# GeneratorExit object), one delegating with yield from (its delegate is closed first)
import tracemalloc, gc

def loop():
    for i in range(3):
        yield i

def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('cleanup')

def delegating():
    yield from loop()

log = []
gc.collect()
tracemalloc.start()
tracemalloc.clear_traces()
results = []
for make, steps in ((loop, 0), (loop, 1), (lambda: guarded(log), 1), (delegating, 1)):
    g = make()
    for _ in range(steps):
        next(g)
    before = tracemalloc.get_traced_memory()[0]
    if hasattr(tracemalloc, 'reset_peak'):
        tracemalloc.reset_peak()
    g.close()
    cur, peak = tracemalloc.get_traced_memory()
    results.append((steps, cur - before, peak - before))
    del g
print(log)
for r in results:
    print(*r)
tracemalloc.stop()
