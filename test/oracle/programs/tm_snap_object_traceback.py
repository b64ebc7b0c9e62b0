# tracemalloc.get_object_traceback: the line where an object's block was allocated (None before start, for cached ints, and for untraced objects)
import gc
import tracemalloc
before = [1, 2, 3]
gc.collect()
tracemalloc.start()


def make():
    return {"a": 1}


obj = make()
lst = [1.25, 2.5]
tb = tracemalloc.get_object_traceback(obj)
print(tb)
print(repr(tb))
print(tb[0].lineno, len(tb))
print(tracemalloc.get_object_traceback(lst))
print(tracemalloc.get_object_traceback(before))
print(tracemalloc.get_object_traceback(5))
print(tracemalloc.get_object_traceback(lst[0]))
