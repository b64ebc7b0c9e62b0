# Generic classes with other bases, super(), dataclasses, closures; NamedTuple with a docstring and a TypeVar field.
import sys, gc
from dataclasses import dataclass
from typing import TypeVar, Generic, List, NamedTuple
T = TypeVar('T')
class P(NamedTuple):
    """A point."""
    x: int
    y: T
print(P.__doc__, P(1, 2), sys.getrefcount(T))
class Base(Generic[T]):
    def __init__(self, v):
        super().__init__()
        self.v = v
class Child(Base[int]):
    def __init__(self, v):
        super().__init__(v * 2)
print(Child(3).v, Child.__parameters__, Child.__orig_bases__, sys.getrefcount(Base))
@dataclass
class DC(Generic[T]):
    a: T
    b: List[T]
print(DC(1, [2]), DC[int](5, []), sys.getrefcount(T), sys.getrefcount(DC))
def make():
    n = 3
    class Local(Generic[T]):
        def f(self):
            return n
    return Local
L = make()
print(L().f(), L.__qualname__, L.__parameters__)

class Mixin:
    def hello(self):
        return 'hi'
class X(Generic[T], Mixin):
    pass
class Y(Mixin, Generic[T]):
    pass
print(X.__mro__, X.__orig_bases__, X().hello(), Y.__mro__, Y.__parameters__, Y.__orig_bases__, sys.getrefcount(Mixin))
