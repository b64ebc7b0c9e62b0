# Enum lookups on every version: aliases, __members__, by value and by name, failed lookups (ValueError, KeyError, AttributeError), reassigning and deleting members, the frames of lookups
import sys, gc
from enum import Enum
gc.collect()
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(list(Shape), len(Shape), Shape.ALIAS is Shape.SQUARE, Shape(2), Shape['ALIAS'], Shape.ALIAS.name)
print(list(Shape.__members__), Shape.__members__['ALIAS'], type(Shape.__members__).__name__, list(Shape.__members__.items()))
print(Shape._member_names_, list(Shape._member_map_), Shape._value2member_map_)
print(list(Shape.__dict__), list(Shape.SQUARE.__dict__.items()))
print(sys.getrefcount(Shape.SQUARE), sys.getrefcount(Shape.DIAMOND), sys.getsizeof(Shape))
for bad in (7, 'SQUARE', None, 2.5):
    try:
        Shape(bad)
    except ValueError as e:
        print('ValueError', e, e.__context__)
try:
    Shape['NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Shape.CIRCLE
except AttributeError as e:
    print('AttributeError', e)
print(Shape.SQUARE in Shape, Shape.CIRCLE == Shape.CIRCLE, Shape.CIRCLE != Shape.DIAMOND, Shape.SQUARE == 2, hash(Shape.CIRCLE) == hash('CIRCLE'))
print(sys.getrefcount(Shape.SQUARE), sys.getrefcount(Shape), gc.collect())
del Shape
print(gc.collect())
