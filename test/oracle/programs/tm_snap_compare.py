# tracemalloc compare_to between two snapshots (gc.collect and clear_traces after the first): new, grown, shrunk and vanished lines, StatisticDiff str/repr/attributes
import gc
import tracemalloc
gc.collect()
tracemalloc.start()
keep = [f"{i}" * 4 for i in range(200)]
gone = [[i] for i in range(100)]
snap1 = tracemalloc.take_snapshot()
gc.collect()
tracemalloc.clear_traces()
del gone
more = [f"{i}" * 5 for i in range(150)]
keep.extend([1.5] * 300)
snap2 = tracemalloc.take_snapshot()
diffs = snap2.compare_to(snap1, "lineno")
for d in diffs[:4]:
    print(d)
print(repr(diffs[0]))
print(diffs[0].size, diffs[0].size_diff, diffs[0].count, diffs[0].count_diff)
for d in snap2.compare_to(snap1, "filename")[:1]:
    print(d)
