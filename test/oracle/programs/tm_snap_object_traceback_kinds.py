# tracemalloc.get_object_traceback of instances (3.11 misses blocks with the managed-dict pre-header), slotted instances, floats, tuples, strs, classes and instance dicts
import gc
import tracemalloc


class A:
    def __init__(self):
        self.x = 1


class B:
    __slots__ = ("a",)


gc.collect()
tracemalloc.start()
a = A()
b = B()
f = 2.5 * 3
t = (a, b)
s = "abc" * 30
print(tracemalloc.get_object_traceback(a))
print(tracemalloc.get_object_traceback(b))
print(tracemalloc.get_object_traceback(f))
print(tracemalloc.get_object_traceback(t))
print(tracemalloc.get_object_traceback(s))
print(tracemalloc.get_object_traceback(A))
print(tracemalloc.get_object_traceback(a.__dict__))
