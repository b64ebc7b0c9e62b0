# A full (generation 2) collection runs only when the objects that survived since the last one exceed 25% of the long-lived ones, which include everything the interpreter created at startup.
import gc
class N:
    pass
gc.collect()
before = [g['collections'] for g in gc.get_stats()]
keep = []
for i in range(200000):
    a = N(); b = N(); a.o = b; b.o = a
    if i % 50 == 0:
        keep.append(N())
after = [g['collections'] for g in gc.get_stats()]
print(gc.get_count())
print('gen1 collections:', after[1] - before[1], 'gen2 collections:', after[2] - before[2])
