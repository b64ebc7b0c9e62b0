# Enum classes with methods, properties, classmethods and staticmethods in the body
import sys, gc
from enum import Enum
gc.collect()
class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3
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
        return 3
    def __str__(self):
        return self.name.lower()
print(Planet.EARTH.describe(), Planet.VENUS.double, Planet.first(), Planet.count())
print(Planet.EARTH, repr(Planet.EARTH), f'{Planet.VENUS}', format(Planet.MERCURY), len(Planet))
print(list(Planet), sorted(k for k in Planet.__dict__ if not k.startswith('__')))
print(sys.getrefcount(Planet.EARTH), sys.getrefcount(Planet), sys.getsizeof(Planet))
del Planet
print(gc.collect())
