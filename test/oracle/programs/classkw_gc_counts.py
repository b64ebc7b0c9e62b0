# Creating classes with keywords allocates temporaries (the keyword dict, argument tuples): gen0 counts per version
import gc
import sys
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
value = ['v']
gc.collect()
for i in range(3):
    c0 = gc.get_count()[0]
    class A(Base, a=value):
        pass
    c1 = gc.get_count()[0]
    class B(Base, a=value, b=value, metaclass=type):
        pass
    c2 = gc.get_count()[0]
    C = type('C', (Base,), {}, c=value)
    c3 = gc.get_count()[0]
    class D(Base):
        pass
    c4 = gc.get_count()[0]
    print(c1 - c0, c2 - c1, c3 - c2, c4 - c3, sys.getrefcount(value))
    del A, B, C, D
    print('collected', gc.collect(), sys.getrefcount(value))
