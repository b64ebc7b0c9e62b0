# Enum classes with methods, properties, class- and staticmethods, their own __str__/__repr__/__format__; an Enum base without members subclassed; extending an enum with members fails
import sys, gc
from enum import Enum
gc.collect()
class Base(Enum):
    def label(self):
        return self.name.title()
class Planet(Base):
    MERCURY = 1
    VENUS = 2
    def describe(self):
        return '%s is planet number %d' % (self.name, self.value)
    @property
    def double(self):
        return self.value * 2
    @classmethod
    def first(cls):
        return cls.MERCURY
    @staticmethod
    def count():
        return 2
    def __str__(self):
        return self.name.lower()
print(Planet.VENUS.describe(), Planet.VENUS.double, Planet.first(), Planet.count(), Planet.MERCURY.label())
print(Planet.VENUS, repr(Planet.VENUS), f'{Planet.VENUS}', format(Planet.MERCURY, '>9'), len(Base), list(Base), Planet.__mro__)
print(list(Planet.__dict__), sys.getsizeof(Planet), sys.getsizeof(Base), sys.getrefcount(Planet.VENUS))
class Status(Enum):
    ON = 'on'
    OFF = 'off'
    def __repr__(self):
        return 'Status(%r)' % self.value
    def __format__(self, spec):
        return 'fmt:' + self.value
print(repr(Status.ON), str(Status.OFF), f'{Status.ON}', format(Status.OFF, 'x'), '%s' % Status.ON)
try:
    class More(Planet):
        EARTH = 3
except TypeError as e:
    print('TypeError', e)
try:
    Status.ON.value = 3
except AttributeError as e:
    print('AttributeError', e)
Status.ON.extra = 1
print(Status.ON.extra, list(Status.ON.__dict__), sys.getsizeof(Status.ON.__dict__))
del Planet, Base, Status
print(gc.collect())
