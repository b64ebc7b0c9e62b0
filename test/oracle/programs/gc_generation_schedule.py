# Generation scheduling model: on each trigger (count[0] > threshold0) the OLDEST generation i with count[i] > ...
import gc
class C:
    pass
gc.disable()
keep = [None] * 1000
gc.collect()
s0 = [d['collections'] for d in gc.get_stats()]
gc.set_threshold(10, 3, 1000)
gc.enable()
for i in range(1000):
    keep[i] = C()
gc.disable()
s1 = [d['collections'] for d in gc.get_stats()]
print([b - a for a, b in zip(s0, s1)])
gc.set_threshold(700, 10, 10)
