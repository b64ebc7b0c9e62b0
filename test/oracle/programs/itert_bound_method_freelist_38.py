# Bound builtin methods come from a free list on 3.8 (methodobject.c), so dropping one leaves the
# collector's count one higher; later versions allocate and free one each time.
import gc
from itertools import tee
items = [1, 2, 3]
counts = []
gc.collect()
f = items.append
del f
counts.append(gc.get_count())
gc.collect()
f = items.append
counts.append(gc.get_count())
del f
gc.collect()
a, b = tee(items)
counts.append(gc.get_count())
gc.collect()
t = tee('abc', 3)
counts.append(gc.get_count())
print(counts)
