# __subclasshook__: True fills the cache, False the negative cache, NotImplemented falls through
import gc, weakref
from abc import ABC, abstractmethod

class Sized(ABC):
    @abstractmethod
    def size(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any('size' in B.__dict__ for B in C.__mro__):
                return True
            if C.__name__.startswith('No'):
                return False
        return NotImplemented

class Box:
    def size(self):
        return 3
class NoSize:
    pass
class Maybe:
    pass
class Child(Sized):
    def size(self):
        return 1

print(isinstance(Box(), Sized), issubclass(Box, Sized), issubclass(NoSize, Sized), issubclass(Maybe, Sized))
print(isinstance(Child(), Sized), issubclass(Child, Sized), issubclass(Sized, Sized))
print([weakref.getweakrefcount(c) for c in (Box, NoSize, Maybe, Child)])
try:
    issubclass(3, Sized)
except TypeError as e:
    print(e)

class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError', e)

gc.collect()
del Box
print(gc.collect(), [weakref.getweakrefcount(c) for c in (NoSize, Maybe)])
del NoSize, Maybe
print(gc.collect())
del Child
print(gc.collect())
del Sized, Bad
print(gc.collect())
