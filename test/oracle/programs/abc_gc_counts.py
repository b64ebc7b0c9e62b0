# gc.get_count() around class statements: a Python metaclass, ABC subclasses, abstract methods
import gc
import abc
class M(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        return cls
class A(metaclass=M):
    pass
gc.collect()
c0 = gc.get_count()[0]
class B(A):
    pass
c1 = gc.get_count()[0]
class C(abc.ABC):
    pass
c2 = gc.get_count()[0]
class D(C):
    pass
c3 = gc.get_count()[0]
class E(C):
    def f(self): pass
c4 = gc.get_count()[0]
class F(C):
    @abc.abstractmethod
    def f(self): pass
c5 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4)
