# tracemalloc.stop() forgets every trace; a block allocated before start() and freed later changes nothing
import tracemalloc, gc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
gc.collect()
old = [1, 2, 3]
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
del old
print('after freeing an untraced block', tracemalloc.get_traced_memory())
new = [4, 5, 6]
c1 = tracemalloc.get_traced_memory()
print(c1)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
del new
print('freed after a restart', tracemalloc.get_traced_memory())
tracemalloc.clear_traces()
print('cleared', tracemalloc.get_traced_memory())
tracemalloc.stop()
