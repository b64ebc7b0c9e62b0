# The collector's three generations: new container objects count toward generation 0; when the
# count passes threshold0 a young collection runs, and survivors move to an older generation.
# heap: python=3.8,3.12,3.13
import gc

gc.collect()
print(gc.get_threshold())   # (700, 10, 10) up to 3.12; 3.13 starts at 2000
gc.set_threshold(5, 10, 10)  # collect generation 0 after more than 5 new objects
keep = []
for i in range(4):
    keep.append([i])        # lists are containers: each one counts
# @expect refcount(keep) == 1
print(gc.get_count())
gc.collect(0)               # a young collection: the survivors move to generation 1
print(gc.get_count())
gc.set_threshold(700, 10, 10)
