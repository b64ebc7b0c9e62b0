# tracemalloc: a closure costs its function object, a cell per captured variable and the closure tuple
import tracemalloc, gc
def make_adder(n):
    def add(x):
        return x + n
    return add
def make_pair(a, b):
    def get():
        return a, b
    return get
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
f = make_adder(1000)
one = tracemalloc.get_traced_memory()[0] - base
g = make_pair(1000, 2000)
two = tracemalloc.get_traced_memory()[0] - base - one
print(f(1), g())
print(one, two)
tracemalloc.stop()
