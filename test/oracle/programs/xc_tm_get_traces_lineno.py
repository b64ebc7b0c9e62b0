# Every snapshot holds the list _get_traces() made, traced at tracemalloc.py's own line
# (`traces = _get_traces()`, the release's line number; its file name is the installation's)
import tracemalloc, gc
gc.collect()
tracemalloc.start()
base = tracemalloc.take_snapshot()
gc.collect()
tracemalloc.clear_traces()
prices = {f'item{i:03d}': round(i * 1.1, 2) for i in range(200)}
labels = [f'{k}: {v:8.2f}' for k, v in prices.items()]
snap = tracemalloc.take_snapshot()
for d in snap.compare_to(base, 'lineno'):
    print(d.traceback[0].lineno, d.size_diff, d.count_diff, d.size, d.count)
for st in snap.statistics('lineno'):
    print(st.traceback[0].lineno, st.size, st.count)
