# typing.ClassVar with frozen/order dataclasses, inheritance, InitVar and field(repr=False/compare=False/default_factory), kw_only on a ClassVar, gc.collect() around ClassVar objects
import dataclasses, typing, gc, sys
from dataclasses import dataclass, field, fields, InitVar
@dataclass(frozen=True, order=True)
class A:
    registry: typing.ClassVar[dict] = {}
    x: int = 0
    y: int = field(default=1, repr=False)
    z: int = field(default=2, compare=False)
    w: list = field(default_factory=list)
print(A(), A(1) < A(2), A(1, 5) == A(1, 6), hash(A(1, 2, 3, None) if False else 0), A.registry)
print(A.__match_args__ if sys.version_info >= (3, 10) else ('x', 'y', 'z', 'w'))
@dataclass(frozen=True)
class B(A):
    k: typing.ClassVar[str] = 'b'
    v: int = 9
print(B(), [f.name for f in fields(B)], list(B.__dataclass_fields__), B.k, B.registry is A.registry)
@dataclass
class I:
    a: int
    scale: InitVar[int] = 2
    total: typing.ClassVar[int] = 0
    def __post_init__(self, scale):
        self.a *= scale
        I.total += 1
i = I(3)
print(i, I.total, I(4, 3), I.total, [f.name for f in fields(I)])
gc.collect()
x = typing.ClassVar[int]
y = typing.ClassVar[int]
print(x is y, sys.getrefcount(x), sys.getsizeof(x), gc.is_tracked(x), repr(x), str(x))
del x, y
print(gc.collect())
class Node:
    count: typing.ClassVar[int] = 0
    def __init__(self):
        self.peer = self
        Node.count += 1
for _ in range(3):
    Node()
print(gc.collect(), Node.count, Node.__annotations__)
if sys.version_info >= (3, 10):
    try:
        @dataclass
        class K:
            c: typing.ClassVar[int] = field(default=1, kw_only=True)
    except TypeError as e:
        print(e)
else:
    print('field c is a ClassVar but specifies kw_only')
