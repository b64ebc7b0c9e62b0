# After a full collection with gc disabled, every generation count is zero.
import gc
gc.disable()
gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count()[1:])
gc.collect()
print(gc.get_count()[1:])
gc.enable()
