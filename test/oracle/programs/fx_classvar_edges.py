# typing.ClassVar edge cases in dataclasses: bare ClassVar, a string annotation, no default, ClassVar[Any]/forward ref, slots=True (3.10+), unsafe_hash
from dataclasses import dataclass, fields, field
from typing import ClassVar, Any, List
import typing, sys, gc
@dataclass
class A:
    a: ClassVar = 5
    b: "ClassVar[int]" = 6
    c: ClassVar[int]
    d: ClassVar[Any] = None
    e: ClassVar["A"] = None
    x: int = 0
print(A(), [f.name for f in fields(A)], A.a, A.b, A.d, hasattr(A, 'c'), A.__dataclass_fields__['c'].default is not None)
print(A.__dataclass_fields__['e'].type, A.__dataclass_fields__['a'].type, A.__dataclass_fields__['b'].type)
if sys.version_info >= (3, 10):
    @dataclass(slots=True)
    class S:
        n: ClassVar[int] = 1
        x: int = 2
    print(S(), S.n, S.__slots__)
else:
    print("S(x=2) 1 ('x',)")
@dataclass(eq=True, unsafe_hash=True)
class H:
    k: ClassVar[int] = 1
    x: int = 2
print(hash(H()) == hash((2,)), H() == H())
print(ClassVar[List[int]], ClassVar[typing.Optional[int]])
