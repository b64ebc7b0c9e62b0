# tracemalloc.start(5): traces keep up to 5 frames, but statistics by 'lineno' and 'filename'
# group by the innermost one only (_group_by takes trace_traceback[:1])
import tracemalloc, gc
gc.collect()
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
keep = []
def make(n):
    keep.append([0] * n)
def outer():
    make(10)
make(5)
outer()
outer()
s = tracemalloc.take_snapshot()
print(s.traceback_limit)
for x in s.statistics('lineno')[:3]:
    print(x.traceback[0].lineno, len(x.traceback), x.size, x.count)
