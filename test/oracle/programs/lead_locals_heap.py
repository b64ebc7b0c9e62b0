# locals() and the heap: tracemalloc bytes of the f_locals dicts, the gc count of one call, dicts kept after return
import tracemalloc, gc, sys
gc.disable()
gc.collect()

def f(n):
    a = n
    b = [n]
    return len(locals())

tracemalloc.start()
s0 = tracemalloc.get_traced_memory()
for i in range(50):
    f(i)
print(tracemalloc.get_traced_memory()[0] - s0[0])
c0 = gc.get_count()
f(1)
print(gc.get_count()[0] - c0[0])

def keep(n):
    x = [n] * n
    return locals()

kept = [keep(i) for i in range(20)]
print(len(kept), tracemalloc.get_traced_memory()[0] - s0[0])
print(sys.getsizeof(kept[3]), sorted(kept[3]))

def many():
    a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6
    return locals()

m = many()
print(sys.getsizeof(m), list(m))
print(gc.collect())
tracemalloc.stop()
