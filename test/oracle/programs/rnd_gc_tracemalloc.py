# random() and getrandbits() are C methods: the collector's counts and tracemalloc stay exact around them
import random, gc, sys, tracemalloc
random.seed(4)
gc.collect()
a = [random.random() for _ in range(50)]
print(gc.get_count(), sys.getsizeof(a[0]))
gc.collect()
b = [random.getrandbits(70) for _ in range(50)]
print(gc.get_count(), sys.getsizeof(b[0]), sys.getsizeof(b))
tracemalloc.start()
c = [random.random() for _ in range(100)]
print(tracemalloc.get_traced_memory())
d = [random.getrandbits(200) for _ in range(10)]
print(tracemalloc.get_traced_memory())
e = [random.getrandbits(k) for k in (20, 31, 32, 33, 64) for _ in range(20)]
print(tracemalloc.get_traced_memory())
del c, d, e
print(tracemalloc.get_traced_memory()[0])
tracemalloc.stop()
n = random.randint(1, 10)
gc.collect()
print(gc.get_count(), 1 <= n <= 10)
