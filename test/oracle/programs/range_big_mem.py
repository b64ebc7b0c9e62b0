# tracemalloc over ranges beyond 2**53 whose arithmetic stays within +, - and * (C-long iterators)
import tracemalloc, sys, gc
gc.collect()
tracemalloc.start()
a0 = tracemalloc.get_traced_memory()
w = list(range(2**62, 2**62 + 10))
it = iter(range(2**63 - 10, 2**63 - 1))
z = list(it)
v = list(reversed(range(2**62, 2**62 + 10)))
print(tracemalloc.get_traced_memory()[0] - a0[0], tracemalloc.get_traced_memory()[1] - a0[1])
del w, z, it, v
print(tracemalloc.get_traced_memory()[0] - a0[0])
