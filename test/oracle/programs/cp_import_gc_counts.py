# Importing copy (and weakref with it): module counts, and the collector after deepcopy
import gc
import sys

gc.collect()
import copy

gc.collect()
print(sys.getrefcount(copy), sys.getrefcount(copy.Error), sys.getrefcount(copy.deepcopy))
print(gc.get_count())
rows = [[i, [i]] for i in range(5)]
dup = copy.deepcopy(rows)
print(gc.collect())
print(gc.get_count(), gc.is_tracked(dup), gc.is_tracked(dup[0][1]))


class Cell:
    def __init__(self):
        self.me = self


c = copy.deepcopy(Cell())
print(c.me is c)
del c
print(gc.collect())
print(gc.get_count())
