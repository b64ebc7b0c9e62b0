# 3.10+: a staticmethod object is callable (sm_call), e.g. one used inside its own class body
import sys
def helper(a, b=2, *, c=3):
    return a + b + c
sm = staticmethod(helper)
print(callable(sm), callable(classmethod(helper)))
print(sm(1), sm(1, 10), sm(1, c=100), sm(a=5))
print(hasattr(sm, '__call__'), '__call__' in type(sm).__dict__)
class Shape:
    @staticmethod
    def unit(x):
        return x * 2
    doubled = unit(21)
    table = [unit(i) for i in range(3)] if False else None
print(Shape.doubled, Shape.unit(4))
raw = Shape.__dict__['unit']
print(raw(5), sys.getrefcount(raw))
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(staticmethod(show)(1, 2, k=3))
try:
    sm()
except TypeError as e:
    print(e)
try:
    classmethod(helper)(1)
except TypeError as e:
    print(e)
