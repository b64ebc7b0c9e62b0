# tracemalloc across calls that use locals(): 3.12 also makes (and frees) a dict for hidden comprehension locals
import tracemalloc, gc, sys
gc.disable()
gc.collect()

def f(n):
    a = n
    b = [n]
    return len(locals())

tracemalloc.start()
s0 = tracemalloc.get_traced_memory()
for i in range(3):
    f(i)
    print(tracemalloc.get_traced_memory()[0] - s0[0])
