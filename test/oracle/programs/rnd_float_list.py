# a list of 10000 random floats: sizes and refcounts, then freed; the collector finds nothing
import random, sys, gc
random.seed(3)
gc.collect()
data = [random.random() for _ in range(10000)]
print(len(data), sys.getsizeof(data), sys.getsizeof(data[0]), sys.getrefcount(data[17]))
print(round(sum(data), 6), min(data) >= 0.0, max(data) < 1.0)
data.sort()
print(data[:2], sys.getsizeof(data))
ints = [random.randint(1, 100) for _ in range(10000)]
print(sys.getsizeof(ints), sum(ints), len(set(ints)))
pairs = [(random.random(), i) for i in range(1000)]
print(sys.getsizeof(pairs), sys.getsizeof(pairs[0]), sys.getrefcount(pairs[5]))
del data, ints, pairs
print(gc.collect())
r = random.Random(8)
print(sys.getsizeof(r), gc.is_tracked(r), gc.collect())
