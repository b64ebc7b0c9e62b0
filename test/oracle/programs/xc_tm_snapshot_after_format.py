# A snapshot after %-formatting: PyUnicode_Format's transient buffer only moves the peak, which
# a snapshot does not read, so the statistics of the current traces are exact
import tracemalloc, gc
gc.collect()
tracemalloc.start()
names = ['rec%d' % i for i in range(300)]
index = {name: [i] for i, name in enumerate(names)}
label = 'total: %s records' % len(names)
snap = tracemalloc.take_snapshot()
top = snap.statistics('lineno')
for st in top[:3]:
    print(st.traceback[0].lineno, st.size, st.count)
print(len(top), len(snap.statistics('filename')))
