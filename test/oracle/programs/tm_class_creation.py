# tracemalloc: what defining classes costs -- the class object, its dict and keys, and the base's tp_subclasses table, which grows as subclasses are added
import tracemalloc, gc
gc.collect()
tracemalloc.start()
def show(label):
    print(label, tracemalloc.get_traced_memory())
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
show('one class')
class Counter(dict):
    pass
show('a dict subclass')
class AppError(Exception):
    pass
class NotFound(AppError, LookupError):
    pass
show('exception classes')
made = [type('C' + str(i), (), {'n': i}) for i in range(300)]
show('300 classes')
del made
gc.collect()
show('dropped')
more = [type('D' + str(i), (), {}) for i in range(200)]
show('200 more')
tracemalloc.stop()
