# after importing functools and a full collection the collector counts are exact (3.8: the import already made the repr guard list)
import functools
import gc
gc.collect()
a = []
for i in range(120):
    a.append([])
    if i % 10 == 0:
        print(i, gc.get_count())
