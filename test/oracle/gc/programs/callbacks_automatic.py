# Callbacks also run for automatic collections; a failing callback is reported and the collection goes on.
import gc

seen = []

def first(phase, info):
    seen.append(phase + str(info["generation"]))

def broken(phase, info):
    raise RuntimeError("callback failed")

gc.collect()
gc.callbacks.append(first)
gc.set_threshold(10, 10, 10)
junk = []
for i in range(30):
    junk.append([i])
gc.set_threshold(700, 10, 10)
print(seen)
gc.callbacks.append(broken)
print(gc.collect())
gc.callbacks.clear()
print(seen[-2:])
