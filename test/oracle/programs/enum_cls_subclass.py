# An Enum base with methods and no members, subclassed by enums with members; extending an enum with members fails
import sys, gc
from enum import Enum
gc.collect()
class Base(Enum):
    def label(self):
        return self.name.title()
class Fruit(Base):
    APPLE = 1
    PEAR = 2
print(Fruit.APPLE.label(), list(Fruit), len(Base), Fruit.__mro__)
print(isinstance(Fruit.PEAR, Base), sys.getrefcount(Fruit.APPLE), sys.getsizeof(Fruit), sys.getsizeof(Base))
try:
    class More(Fruit):
        BANANA = 3
except TypeError as e:
    print('TypeError', e)
del Fruit
print(gc.collect())
