# get_count() after allocations and frees of containers, and what collections of each generation do to it.
import gc

gc.collect()
print(gc.get_count())
keep = [[] for i in range(50)]
print(gc.get_count())
del keep[:20]
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
more = [{} for i in range(30)]
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
