# tracemalloc.start(nframe): the traceback limit it keeps; a second start() while tracing changes nothing; bad limits raise
import tracemalloc
print(tracemalloc.get_traceback_limit(), tracemalloc.is_tracing())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.start(9)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
for bad in (0, -1, 70000):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError', e)
print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
