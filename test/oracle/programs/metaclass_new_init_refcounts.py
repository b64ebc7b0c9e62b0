# A metaclass's __new__ and __init__ see the class keywords; refcounts of the metaclass, the class and a keyword value
import sys
option = ['opt']
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        print('__new__', name, sorted(kw), sys.getrefcount(option), sys.getrefcount(mcs))
        cls = super().__new__(mcs, name, bases, ns, **kw)
        mcs.classes.append(cls)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('__init__', name, sys.getrefcount(cls), sys.getrefcount(option))
        super().__init__(name, bases, ns)
print('metaclass refs', sys.getrefcount(Registry))
class Model(metaclass=Registry):
    def __init_subclass__(cls, **kw):
        print('__init_subclass__', cls.__name__, sorted(kw), sys.getrefcount(option))
class User(Model, table=option):
    name = 'user'
print(type(User) is Registry, isinstance(User, Registry), isinstance(User, type))
print('metaclass refs', sys.getrefcount(Registry), 'class refs', sys.getrefcount(User), sys.getrefcount(option))
print([c.__name__ for c in Registry.classes], Registry.__mro__)
Dyn = Registry('Dyn', (Model,), {'x': 1}, table=option)
print(Dyn.x, type(Dyn).__name__, sys.getrefcount(Registry))
Registry.classes.clear()
del User, Dyn
import gc
print('collected', gc.collect(), sys.getrefcount(Registry), sys.getrefcount(option))
