# Classes made by a metaclass: their sizes, what they hold, gen0 counts when they are made, and the collector freeing them in cycles
import gc
import sys
class Meta(type):
    pass
class Plain:
    pass
gc.collect()
print(sys.getsizeof(Meta), sys.getsizeof(type), sys.getsizeof(Plain))
for i in range(3):
    c0 = gc.get_count()[0]
    class A(metaclass=Meta):
        pass
    c1 = gc.get_count()[0]
    class B(A):
        x = 1
    c2 = gc.get_count()[0]
    class C(B, Plain):
        pass
    c3 = gc.get_count()[0]
    print(c1 - c0, c2 - c1, c3 - c2, sys.getsizeof(A), sys.getsizeof(C), sys.getrefcount(Meta))
    print(gc.is_tracked(A), len(gc.get_referents(A)), type(A).__name__, [k.__name__ for k in C.__mro__])
    del A, B, C
    print('collected', gc.collect(), sys.getrefcount(Meta))
class Fin(type):
    def __del__(cls):
        print('del', cls.__name__)
class D(metaclass=Fin):
    pass
class E(D):
    pass
del D, E
print('collected', gc.collect(), sys.getrefcount(Fin))
