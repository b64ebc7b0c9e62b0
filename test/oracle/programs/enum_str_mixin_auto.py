# A str-mixed Enum with auto() values, aliases, methods, ordering and lookups; deleting the classes frees them.
import sys, gc
from enum import Enum, auto
gc.collect()
class Mode(str, Enum):
    READ = auto()
    WRITE = auto()
print(repr(Mode.READ), Mode.READ.value, type(Mode.READ.value).__name__, sys.getsizeof(Mode.READ))
class Lvl(str, Enum):
    LOW = "low"
    ALIAS = "low"
    HIGH = "high"
    def describe(self):
        return self.value.upper() + "!"
print(Lvl.ALIAS is Lvl.LOW, list(Lvl), Lvl.HIGH.describe(), Lvl["HIGH"], Lvl.LOW < Lvl.HIGH)
print(sorted([Lvl.HIGH, Lvl.LOW]), ",".join(Lvl), max(Lvl))
try:
    Lvl("mid")
except ValueError as e:
    print(e)
print(sys.getrefcount(Lvl.LOW), len(Lvl.__members__))
x = Lvl.HIGH
print(x.startswith("hi"), x * 2, x[0], x.name, x.__class__.__name__)
del Mode, Lvl, x
print(gc.collect())
