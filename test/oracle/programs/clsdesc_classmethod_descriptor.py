# classmethod over an instance of a Python class with __get__: 3.10+ copy its attributes into
# the classmethod's __dict__, 3.10-3.12 chain to its __get__(cls, cls), 3.8/3.13 bind it
import sys, gc
class Desc:
    "a descriptor"
    def __get__(self, obj, owner):
        return ('got', obj is None, owner.__name__ if owner is not None else None)
class Named:
    def __init__(self):
        self.__name__ = 'named'
    def __get__(self, obj, owner):
        return 'named get'
class C:
    d = classmethod(Desc())
    n = classmethod(Named())
cm = C.__dict__['d']
print(sorted(cm.__dict__.items()), sys.getrefcount(cm.__func__))
print(sorted(C.__dict__['n'].__dict__.items()))
for owner in (C, C()):
    r = owner.d
    print(r if isinstance(r, tuple) else repr(r).split(' at ')[0])
    r = owner.n
    print(r if isinstance(r, str) else repr(r).split(' at ')[0])
print(gc.collect())
