# tracemalloc: the peak counts temporaries that are gone by the time current is read (a list built and dropped)
import tracemalloc, gc
gc.collect()
tracemalloc.start()
def build(n):
    tmp = [str(i) for i in range(n)]
    return len(tmp)
print(build(100))
cur, peak = tracemalloc.get_traced_memory()
print(cur, peak, peak > cur)
words = ['alpha', 'beta', 'gamma'] * 50
joined = '-'.join(words)
cur2, peak2 = tracemalloc.get_traced_memory()
print(len(joined), cur2 - cur, peak2 >= peak)
tracemalloc.stop()
