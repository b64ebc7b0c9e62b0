# functools.singledispatchmethod over classmethod and staticmethod implementations; classmethod/staticmethod __isabstractmethod__ (read from the wrapped callable)
import sys


def plain(x):
    return x


def marked(x):
    return x


marked.__isabstractmethod__ = 1
print(classmethod(plain).__isabstractmethod__, classmethod(marked).__isabstractmethod__)
print(staticmethod(plain).__isabstractmethod__, staticmethod(marked).__isabstractmethod__)
print(sys.getrefcount(marked))
if sys.version_info[:2] in ((3, 8), (3, 13)):
    # HeapLens stops at 3.13's singledispatchmethod (its per-instance cache of closures) and at
    # 3.8's classmethod.__doc__ (update_wrapper reads it); see test/modules
    print("not simulated on this version")
    sys.exit(0)
import functools


class C:
    @functools.singledispatchmethod
    @classmethod
    def cm(cls, x):
        return ("obj", cls.__name__, sys.getrefcount(cls))

    @cm.register(int)
    @classmethod
    def _(cls, x):
        return ("int", cls.__name__)

    @functools.singledispatchmethod
    @staticmethod
    def sm(x):
        return ("sobj", sys.getrefcount(x))

    @sm.register(int)
    @staticmethod
    def _(x):
        return "sint"


class D(C):
    pass


lst = [0]
print(C.cm(1), C.cm(lst), C().cm(2), D.cm(lst), D().cm(3))
print(C.sm(1), C.sm(lst), C().sm(3), D().sm(lst))
print(C.cm.__name__, C.sm.__qualname__, C.cm.__isabstractmethod__)
d = C.__dict__['cm']
print(type(d.func).__name__, sys.getrefcount(d.func), sorted(k.__name__ for k in d.dispatcher.registry))
print(sys.getrefcount(C), sys.getrefcount(D), sys.getrefcount(lst))
