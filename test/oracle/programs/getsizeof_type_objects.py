# sys.getsizeof of type objects: static builtin types (sizeof(PyTypeObject); 3.11/3.12 add type's GC pre-header), classes, metaclasses
import gc
import sys
class Plain:
    pass
class Meta(type):
    pass
class Made(metaclass=Meta):
    pass
print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object), type.__sizeof__(int))
print(sys.getsizeof(Plain), type.__sizeof__(Plain), sys.getsizeof(Meta), sys.getsizeof(Made))
print(Meta.__basicsize__ == type.__basicsize__, Meta.__itemsize__, type.__itemsize__, Plain.__itemsize__)
gc.collect()
c0 = gc.get_count()[0]
sizes = [sys.getsizeof(x) for x in (Plain, Made, 1.5, [], {})]
c1 = gc.get_count()[0]
more = [sys.getsizeof(x) for x in (Plain, Made, 1.5, [], {})]
c2 = gc.get_count()[0]
print(sizes == more, c1 - c0, c2 - c1)
