# Each gen-0 collection increments count[1]; each gen-1 collection increments count[2] and zeroes younger counts.
import gc
gc.disable()
gc.collect()
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
