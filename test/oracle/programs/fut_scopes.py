# PEP 563 in nested functions, class bodies (mangling), local and complex-target annotations, lambdas, shared constants
from __future__ import annotations
import sys
def outer():
    X = 1
    def inner(a: X, *, b: Undefined.attr = 3) -> X: pass
    return inner
print(outer().__annotations__)
def outer2():
    Y = 1
    class C:
        y: Y
        __priv: int
        def m(self, __q: Y) -> None: pass
    return C
C = outer2()
print(C.__annotations__, C.m.__annotations__)
def outer3():
    Z = 1
    def f():
        w: Z = 3
        v: NotDefined
        return w
    return f
print(outer3()())
class D:
    pass
d = D()
d.attr: int = 5
d.other: D
lst = [0]
SomeType = int
lst[0]: SomeType = 7
print('__annotations__' in globals(), d.attr, lst)
x: int
y: list[str] = []
print(__annotations__, sys.getsizeof(__annotations__))
f = lambda a, b=2: a + b
print(f.__annotations__)
def many(a: A, b: B, c: C, d: D, e: E, f: F, g: G, h: H, i: I) -> R: pass
print(many.__annotations__, sys.getsizeof(many.__annotations__))
def same1(a: Shared) -> Shared: pass
def same2(b: Shared) -> list[Shared]: pass
print(same1.__annotations__['a'] is same2.__annotations__['b'], sys.getrefcount(same1.__annotations__['a']))
print(same2.__annotations__['return'] is same1.__annotations__['return'])
import gc
print(gc.collect())
