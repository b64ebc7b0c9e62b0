# Classes are cyclic garbage (class -> __mro__ -> class): del only drops the name; gc.collect() finds the class, its dict, MRO tuple and descriptors.
import gc

gc.collect()

class Plain:
    pass

print('nothing to collect yet:', gc.collect())
del Plain
print('plain class:', gc.collect())

class Base:
    pass

class Child(Base):
    pass

del Base
print('base kept alive by the subclass:', gc.collect())
del Child
print('both classes:', gc.collect())

class Slotted:
    __slots__ = ('a', 'b')

del Slotted
print('slots class:', gc.collect())

class WithMethods:
    x = 1
    def f(self):
        pass
    def g(self):
        pass

del WithMethods
print('class with two methods:', gc.collect())

class MyError(ValueError):
    pass

del MyError
print('exception subclass:', gc.collect())
