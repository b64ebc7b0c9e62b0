# An Enum mixed with str: members are str-subclass instances (sizes, counts, str methods, format per version).
import sys, gc
from enum import Enum
gc.collect()
class Color(str, Enum):
    RED = "r"
    GREEN = "green"
print(Color.RED, repr(Color.RED), Color.RED == "r", Color("green"), Color.RED.value)
print(sys.getsizeof(Color.RED), sys.getsizeof(Color.GREEN), sys.getrefcount(Color.RED), sys.getrefcount(Color))
print([c.value for c in Color], len(Color.GREEN), Color.GREEN.upper(), isinstance(Color.RED, str))
print(f"{Color.RED}", "{}".format(Color.GREEN), str(Color.RED), Color.RED + "x")
print(Color.RED in {"r": 1}, {"r": 1}[Color.RED], hash(Color.RED) == hash("r"))
print(sys.getrefcount(Color.RED.value), sys.getsizeof(Color), Color.__members__.keys())
print(Color._member_type_, Color.RED.__dict__)
del Color
print(gc.collect())
