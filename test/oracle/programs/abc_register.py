# ABCMeta.register(): the registry, virtual subclasses, the invalidated negative caches
import gc, sys, weakref
from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

class Canvas:
    def draw(self):
        return 'canvas'
class Big(Canvas):
    pass

print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable))
print(weakref.getweakrefcount(Canvas))
r = Drawable.register(Canvas)
print(r is Canvas, weakref.getweakrefcount(Canvas))
print(issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable), isinstance(Big(), Drawable))
print(weakref.getweakrefcount(Canvas), weakref.getweakrefcount(Big))
print(Drawable.register(Canvas) is Canvas, Drawable.register(Drawable) is Drawable)
try:
    Drawable.register(3)
except TypeError as e:
    print(e)
class Impl(Drawable):
    def draw(self):
        return 'impl'
try:
    Impl.register(Drawable)
except RuntimeError as e:
    print(e)
print(Canvas.__mro__ == (Canvas, object), Drawable in Canvas.__mro__)
print(sys.getrefcount(Canvas), sys.getrefcount(Drawable))
gc.collect()
print(gc.get_count())
@Drawable.register
class Deco:
    pass
print(Deco.__name__, issubclass(Deco, Drawable), gc.get_count())
print(weakref.getweakrefcount(Deco))
del Big
print(gc.collect())
del Canvas, r
print(gc.collect())
print(issubclass(Deco, Drawable), isinstance(Impl(), Drawable))
del Deco
print(gc.collect())
del Impl
print(gc.collect())
del Drawable
print(gc.collect())
