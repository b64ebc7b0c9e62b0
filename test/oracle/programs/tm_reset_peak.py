# tracemalloc.reset_peak() (3.9+) starts the peak afresh at the current size; 3.8 has no reset_peak
import tracemalloc, gc
gc.collect()
tracemalloc.start()
big = [0] * 1000
del big
cur, peak = tracemalloc.get_traced_memory()
print(cur < peak)
if hasattr(tracemalloc, 'reset_peak'):
    tracemalloc.reset_peak()
    cur2, peak2 = tracemalloc.get_traced_memory()
    print('reset', peak2 - cur2 < 200, peak2 < peak)
    small = [0] * 10
    cur3, peak3 = tracemalloc.get_traced_memory()
    print(cur3 - cur2, peak3 - cur3)
else:
    print('no reset_peak on this version')
tracemalloc.stop()
