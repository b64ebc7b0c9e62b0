# tracemalloc: s += piece on a string nothing else references grows it in place (realloc); a shared one is copied
import tracemalloc, gc
gc.collect()
tracemalloc.start()
s = ''
for i in range(50):
    s += 'ab'
inplace = tracemalloc.get_traced_memory()
t = ''
keep = []
for i in range(50):
    t += 'ab'
    keep.append(t)
copied = tracemalloc.get_traced_memory()
print(len(s), len(t), len(keep))
print(inplace, copied)
tracemalloc.stop()
