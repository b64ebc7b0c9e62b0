# A class is referenced by its name, its own __mro__ tuple and the __dict__/__weakref__ descriptors its dict holds; a subclass adds its __mro__, __bases__ and __base__.
import sys

class Animal:
    pass

print('plain class:', sys.getrefcount(Animal))
print('its mro holds it:', Animal.__mro__[0] is Animal)

class Dog(Animal):
    pass

print('base after subclassing:', sys.getrefcount(Animal))
print('subclass (descriptors are inherited):', sys.getrefcount(Dog))

class Point:
    __slots__ = ('x', 'y')

print('slots class (two member descriptors):', sys.getrefcount(Point))

class AppError(Exception):
    pass

print('exception subclass (only __weakref__ added):', sys.getrefcount(AppError))

rex = Dog()
print('an instance holds its class:', sys.getrefcount(Dog))
del rex
print('instance gone:', sys.getrefcount(Dog))
