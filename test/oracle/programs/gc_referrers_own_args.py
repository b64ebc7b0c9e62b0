# gc.get_referrers(x) does not list its own argument tuple (gc_referrers_for skips objs), however often it is called
import gc
gc.collect()
x = []
holder = [x]
d = {"k": x}
r1 = gc.get_referrers(x)
print(len(r1), sorted(type(o).__name__ for o in r1))
r2 = gc.get_referrers(x)
print(len(r2), sorted(type(o).__name__ for o in r2))
del r1
r3 = gc.get_referrers(x)
print(len(r3), sorted(type(o).__name__ for o in r3))
