# contextlib.contextmanager and the collector: counts around with-statements, cycles through tracebacks
import sys
import gc
from contextlib import contextmanager, suppress
# (a collection untracks one level of nested constant tuples: the count settles after a few)
for _ in range(4):
    gc.collect()
base = len(gc.get_objects())


@contextmanager
def box(n):
    data = [n]
    try:
        yield data
    except ValueError as e:
        data.append(e)
        raise


for _ in range(4):
    gc.collect()
print(gc.get_count())
with box(1) as d:
    print(gc.get_count(), gc.is_tracked(d))
print(gc.get_count(), len(gc.get_objects()) - base)
errs = []
for i in range(3):
    try:
        with box(i) as d:
            raise ValueError(i)
    except ValueError as e:
        errs.append(e)
print(gc.get_count(), len(gc.get_objects()) - base)
print(sys.getrefcount(errs[0]), sys.getrefcount(d))
del e, d
errs.clear()
print(gc.collect())
print(gc.get_count(), len(gc.get_objects()) - base)
with suppress(ValueError):
    with box(9) as d:
        raise ValueError(9)
print(sys.getrefcount(d), len(d))
del d
print(gc.collect(), gc.get_count())
