# an Enum with str values, its own __repr__ and a property; iterating, member dicts, setting name/value (DynamicClassAttribute), an extra member attribute; IntEnum with max/min/sum
import sys, gc
from enum import Enum, IntEnum, auto
gc.collect()
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    def __repr__(self):
        return 'Status(%r)' % self.value
    @property
    def is_active(self):
        return self is Status.ACTIVE
for s in Status:
    print(s, repr(s), s.is_active, sys.getrefcount(s))
print(Status.ACTIVE.value is Status('active').value, sys.getrefcount(Status.ACTIVE.value))
m = {s.name: s for s in Status}
print(m, sys.getrefcount(Status.ACTIVE))
print(Status.__members__.items(), list(Status.__members__.values()))
x = Status.ACTIVE
print(x == Status.ACTIVE, x != 'active', Status.ACTIVE.name.upper(), sys.getrefcount(x))
class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(max(Pri), min(Pri), sum(Pri), Pri.HIGH > Pri.LOW, Pri.LOW * 10)
print(Status.ACTIVE.__class__, Status.__class__, Status.__bases__)
try:
    Status.ACTIVE.value = 3
except AttributeError as e:
    print(e)
try:
    Status.ACTIVE.name = 3
except AttributeError as e:
    print(e)
Status.ACTIVE.extra = 1
print(Status.ACTIVE.extra, sys.getsizeof(Status.ACTIVE.__dict__), list(Status.ACTIVE.__dict__))
del x, m
del Status
print(gc.collect())
