# tracemalloc snapshot statistics grouped by 'filename' and 'traceback', cumulative mode, and the key_type errors
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
data = [[i, i, i] for i in range(30)]
more = {i: [i] for i in range(40)}
snap = tracemalloc.take_snapshot()
st = snap.statistics("filename")[0]
print(st)
print(st.traceback[0].lineno, st.size, st.count)
print(snap.statistics("traceback")[0])
print(snap.statistics("lineno", cumulative=True)[0])
try:
    snap.statistics("line")
except ValueError as e:
    print(e)
try:
    snap.statistics("traceback", True)
except ValueError as e:
    print(e)
print(tracemalloc._format_size(14592, False), tracemalloc._format_size(-3000, True), tracemalloc._format_size(10239, False), tracemalloc._format_size(5 * 1024 * 1024, True))
