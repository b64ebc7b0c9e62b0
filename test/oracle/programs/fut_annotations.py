# PEP 563: parameter, return, class and module annotations become the unparser's strings (constants shared and interned as the compiler does), never evaluated
from __future__ import annotations
import sys
def f(a: MyType, b: dict[str, int] | None = None, *args: str, **kw: list[int]) -> tuple[int, ...]:
    x: SomethingUndefined = 1
    return x
print(f.__annotations__)
print(sys.getsizeof(f.__annotations__))
print(sys.getrefcount(f.__annotations__['b']))
class C:
    y: list[int]
    z: int = 5
    def m(self, other: C) -> C: return self
print(C.__annotations__, C.m.__annotations__, C.z)
n: dict[str, int] | None = None
print(__annotations__)
print(sys.getrefcount(__annotations__['n']))
import gc
print(gc.collect())
def g(p: 1+2, q: -1, r: 'x', s: (a, b)): pass
print(g.__annotations__)
print(sys.getrefcount(annotations))
print(sys.getrefcount(f.__annotations__['a']))
def h(a: MyType, b: 'MyType') -> MyType: pass
print(sys.getrefcount(f.__annotations__['a']), h.__annotations__)
del f, h
print(sys.getrefcount(C.__annotations__['y']))
