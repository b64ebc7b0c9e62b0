# What a class body stores: __module__, __qualname__ (a constant of the body), 3.13's __firstlineno__ and __static_attributes__; 3.12+ check for a pending collection after each class statement.
import sys, gc
class A:
    """doc"""
    x = 1
    def __init__(self):
        self.b = 1
        self.a = 2
        self.c += 1
        def inner():
            self.z = 3
    def m(self, other):
        other.q = 1
        self.y: int = 5
        for self.k in range(2):
            pass
    class N:
        def f(self):
            self.nested = 1
print(list(A.__dict__))
print(getattr(A, '__static_attributes__', None), getattr(A.N, '__static_attributes__', None))
print(getattr(A, '__firstlineno__', None))
print(A.__qualname__ is A.__name__, A.N.__qualname__)
def deco(c):
    return c
@deco
class B:
    pass
print(getattr(B, '__firstlineno__', None), sys.getsizeof(A.__dict__), len(A.__dict__))
gc.collect()
for i in range(100):
    class R(Exception):
        pass
print(gc.collect())
