# The TypeError/AttributeError texts of attribute access and protocols on user classes, per
# version: `in` on an instance that is not iterable, del obj[i] without __delitem__, int()/float()
# of an instance (3.10 says "real number"), super() with an unrelated object (3.13 names both),
# stores into objects without a __dict__ (3.13 adds "and no __dict__ for setting new attributes",
# only when the class has no __setattr__/__delattr__ of its own, for deletions too), methods of
# builtin types are read-only, object.__setattr__ refuses classes, non-str attribute names,
# __class__ deletion, and the names a __slots__ member descriptor carries.
class Vec:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'Vec({self.x})'

class Point:
    __slots__ = ('x', 'y')

class Guarded:
    __slots__ = ('value',)
    def __setattr__(self, name, value):
        super().__setattr__(name, value)

class Base:
    def who(self):
        return 'base'

class Child(Base):
    def who(self):
        return 'child/' + super().who()

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

v = Vec(1)
attempt('in', lambda: 3 in v)
attempt('in int', lambda: 3 in 5)
def delete_item():
    del v[0]
attempt('del item', delete_item)
attempt('int', lambda: int(v))
attempt('float', lambda: float(v))
attempt('super', lambda: super(Child, v))
attempt('super type', lambda: super(Child, Vec))
print(Child().who())
attempt('slots set', lambda: setattr(Point(), 'z', 1))
attempt('slots del', lambda: delattr(Point(), 'z'))
attempt('slots unset', lambda: delattr(Point(), 'x'))
attempt('own setattr', lambda: setattr(Guarded(), 'other', 1))
attempt('object', lambda: setattr(object(), 'tag', 1))
attempt('int attr', lambda: setattr(7, 'tag', 1))
attempt('list method', lambda: setattr([], 'append', print))
attempt('list method del', lambda: delattr([], 'append'))
attempt('int real', lambda: setattr(7, 'real', 1))
attempt('on a class', lambda: object.__setattr__(Vec, 'x', 1))
attempt('del on a class', lambda: object.__delattr__(Vec, 'x'))
attempt('getattr name', lambda: getattr(v, 1))
attempt('getattr name default', lambda: getattr(v, 1, None))
attempt('hasattr name', lambda: hasattr(v, 1))
attempt('setattr name', lambda: setattr(v, 1, 2))
attempt('delattr name', lambda: delattr(v, 1))
def del_class():
    del v.__class__
attempt('del __class__', del_class)
attempt('set __class__', lambda: setattr(v, '__class__', 5))
print(Point.x.__name__, Point.y.__qualname__, Point.x.__objclass__.__name__, Point.x.__doc__)
print(Point.x)
