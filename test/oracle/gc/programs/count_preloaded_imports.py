# Importing a module CPython's start-up already imported (3.11: weakref, collections, itertools)
# only looks it up: the collector's counts do not move. Elsewhere the import runs code, and the
# counts are read only after the next full collection.
import gc, sys
gc.collect()
import weakref, collections, itertools
counts = []
if sys.version_info[:2] == (3, 11):
    counts.append(gc.get_count())
gc.collect()
keep = [[i] for i in range(5)]
counts.append(gc.get_count())
d = collections.deque([1, 2])
r = weakref.ref(gc)
counts.append(gc.get_count())
print(counts, len(keep), len(d), r() is gc)
