# Class statements with *bases / **options allocate the argument tuple and keyword dicts: gen0 counts per version
import gc
import sys
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
class Mixin:
    pass
bases = [Mixin, Base]
options = {'a': 1, 'b': 2}
gc.collect()
for i in range(3):
    c0 = gc.get_count()[0]
    class A(*bases):
        pass
    c1 = gc.get_count()[0]
    class B(Base, **options):
        pass
    c2 = gc.get_count()[0]
    class C(*bases, z=0, **options):
        pass
    c3 = gc.get_count()[0]
    print(c1 - c0, c2 - c1, c3 - c2, sorted(C.kw))
    del A, B, C
    print('collected', gc.collect())
