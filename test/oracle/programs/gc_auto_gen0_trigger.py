# Automatic gen-0 collection.
import gc
class C:
    pass
gc.disable()
keep = [None] * 20
gc.collect()
gc.set_threshold(10)
gc.enable()
for i in range(20):
    keep[i] = C()
gc.disable()
print(gc.get_count())
gc.set_threshold(700)
