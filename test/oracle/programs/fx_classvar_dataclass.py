# typing.ClassVar in @dataclass: not a field (fields(), __init__, repr, eq, asdict, replace skip it), the class attribute stays; ClassVar[X] objects' repr, cache, size, refcount
from dataclasses import dataclass, fields, field, asdict, replace
from typing import ClassVar, List, Optional
import gc, sys
@dataclass
class C:
    count: ClassVar[int] = 0
    x: int = 1
    tags: ClassVar[list] = []
    y: int = 2
print(C(), len(fields(C)), C.count, C.tags)
print([f.name for f in fields(C)], list(C.__dataclass_fields__))
print(C.__dataclass_fields__['count']._field_type, C.__dataclass_fields__['count'].type)
print(C.__init__.__code__.co_varnames, C.__doc__)
print(C(5, 6), C(5) == C(5), asdict(C(3)), replace(C(1), y=9))
print(ClassVar[int], ClassVar[List[int]], ClassVar[Optional[str]], ClassVar)
print(ClassVar[int] == ClassVar[int], ClassVar[int] is ClassVar[int], ClassVar[int] == ClassVar[str])
print(sys.getsizeof(ClassVar[int]), gc.is_tracked(ClassVar[int]))
class P:
    n: ClassVar[int] = 3
    m: int
print(P.__annotations__, P.n)
gc.collect()
a = ClassVar[float]
print(gc.collect())
@dataclass
class D:
    c: "ClassVar[int]" = 1
    d: int = 0
print(len(fields(D)), D(), D.c)
try:
    @dataclass
    class E:
        c: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
