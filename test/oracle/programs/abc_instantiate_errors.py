# Instantiating an abstract class: object_new's TypeError, worded per version
from abc import ABC, ABCMeta, abstractmethod
import sys, gc

class One(ABC):
    @abstractmethod
    def only(self): ...

class Many(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def mid(self): ...

class WithInit(Many):
    def __init__(self, x):
        self.x = x

class CustomNew(One):
    def __new__(cls, *args):
        return super().__new__(cls)

for cls in (One, Many, WithInit, CustomNew):
    try:
        cls(1) if cls is WithInit else cls()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    One(1, 2)
except TypeError as e:
    print(e)
try:
    object.__new__(Many)
except TypeError as e:
    print(e)

class Done(WithInit):
    def zeta(self): return 'z'
    def alpha(self): return 'a'
    def mid(self): return 'm'
d = Done(5)
print(d.x, d.zeta(), d.alpha(), d.mid(), Done.__abstractmethods__)

# an attribute that is not a function can implement an abstract method
class Attr(One):
    only = 42
print(Attr().only, Attr.__abstractmethods__)

# __abstractmethods__ on a plain class sets and clears the flag
class Plain:
    pass
Plain.__abstractmethods__ = frozenset({'b', 'a'})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
Plain.__abstractmethods__ = ['x']
try:
    Plain()
except TypeError as e:
    print(e)
del Plain.__abstractmethods__
print(type(Plain()).__name__, hasattr(Plain, '__abstractmethods__'))
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print(e)

# the abstract flag is not inherited: a subclass with nothing abstract left is concrete
class Left(Many):
    zeta = alpha = None
try:
    Left()
except TypeError as e:
    print(e)
print(sorted(Left.__abstractmethods__))
print(sys.getrefcount(One), sys.getrefcount(Many), sys.getrefcount(d))
gc.collect()
del d
print(gc.collect())
