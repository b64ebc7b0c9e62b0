# Enum.__members__ mapping, aliases (same value), iteration order and the maps behind them
import sys, gc
from enum import Enum
gc.collect()
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), len(Shape), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2), Shape['ALIAS_FOR_SQUARE'])
mm = Shape.__members__
print(type(mm).__name__, list(mm), len(mm), mm['ALIAS_FOR_SQUARE'])
print(list(mm.items()))
print(sys.getrefcount(Shape.SQUARE), sys.getrefcount(Shape.DIAMOND), sys.getsizeof(Shape))
print(Shape._member_names_, list(Shape._member_map_), Shape._value2member_map_)
del mm
print(gc.collect())
del Shape
print(gc.collect())
