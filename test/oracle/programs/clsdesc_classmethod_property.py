# classmethod stacked over property: 3.9-3.12 chain to the property's __get__ (the getter runs
# with the class), 3.8 and 3.13 bind the property itself to the class
import sys, gc


class C:
    count = 0

    @classmethod
    @property
    def name(cls):
        "the class name"
        cls.count += 1
        return cls.__name__

    @classmethod
    @property
    def undocumented(cls):
        return [cls]


class D(C):
    pass


cm = C.__dict__['name']
prop = cm.__func__
print(type(cm).__name__, type(prop).__name__, sys.getsizeof(cm), sys.getrefcount(cm), sys.getrefcount(prop))
print(sorted(cm.__dict__))
print(cm.__dict__.get('__doc__'), C.__dict__['undocumented'].__dict__.get('__doc__', 'missing'))
for owner in (C, C(), D, D()):
    try:
        r = owner.name
        print(type(r).__name__, r if isinstance(r, str) else repr(r).split(' at ')[0])
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(owner.name())
    except Exception as e:
        print(type(e).__name__, e)
print(C.count, D.count)
r = C.undocumented
print(type(r).__name__, sys.getrefcount(C) > 2)
del r
print(sys.getrefcount(prop), sys.getrefcount(cm))
m = D().undocumented
print(type(m).__name__)
del m
print(sys.getrefcount(prop), sys.getrefcount(cm))
print(gc.collect())
del cm, prop
del C.name
print(gc.collect())
