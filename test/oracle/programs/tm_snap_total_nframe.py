# Traceback.total_nframe came with 3.9: on 3.8 it is an AttributeError (hasattr False), later None.
import gc, sys, tracemalloc
gc.collect()
tracemalloc.start()
x = [1, 2, 3]
tb = tracemalloc.get_object_traceback(x)
print(hasattr(tb, 'total_nframe'))
print(getattr(tb, 'total_nframe', 'missing'))
try:
    tb.total_nframe
except AttributeError as e:
    print(type(e).__name__, e)
print(sys.getrefcount(tb))
