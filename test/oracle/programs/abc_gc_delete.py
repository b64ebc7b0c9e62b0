# Deleting ABC classes and their instances: weak references, gc counts and collections
import gc, sys, weakref
import abc

gc.collect()
print(gc.get_count())
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        return 'base'
print(gc.get_count())
class Impl(Base):
    def __init__(self):
        self.n = 0
    def run(self):
        return super().run() + '!'
print(gc.get_count())
objs = [Impl() for _ in range(5)]
print(objs[0].run(), type(objs[0]) is Impl, isinstance(objs[0], Impl))
print(gc.get_count())
r = weakref.ref(Impl)
print(weakref.getweakrefcount(Impl), weakref.getweakrefcount(Base))
print(sys.getrefcount(Base), sys.getrefcount(Impl))
print(Base.__abstractmethods__, Impl.__abstractmethods__, bool(Impl.__abstractmethods__))
print(type(Base).__name__, type(Base).__module__, abc.ABCMeta.__name__)
print(Impl.__mro__ == (Impl, Base, abc.ABC, object))
print(hasattr(int, '__abstractmethods__'), hasattr(Impl, '__abstractmethods__'))
try:
    type.__abstractmethods__
except AttributeError as e:
    print('AE', e)
class Plain:
    pass
try:
    Plain.__abstractmethods__
except AttributeError as e:
    print('AE', e)
Plain.__abstractmethods__ = frozenset({'f'})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
print(hasattr(Plain, '__abstractmethods__'))
del objs
gc.collect()
del Impl
print(r() is None, gc.collect(), r() is None)
del Base
print(gc.collect())
print(gc.get_count())
class K(metaclass=abc.ABCMeta):
    pass
k = K()
print(sys.getsizeof(K), sys.getrefcount(K), K.__abstractmethods__ == frozenset())
print(sys.getrefcount(K.__dict__['_abc_impl']))
del k, K
print(gc.collect())
