# __prepare__ returning a dict, methods and properties of a metaclass seen from its classes, special methods on the class itself
class Fields(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'kind': kw.get('kind', 'plain')}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith('__') and k != 'kind']
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @property
    def upper(cls):
        return cls.__name__.upper()
    def describe(cls):
        return cls.__name__ + ':' + ','.join(cls.fields)
    def __repr__(cls):
        return '<record ' + cls.__name__ + '>'
    def __len__(cls):
        return len(cls.fields)
    def __iter__(cls):
        return iter(cls.fields)
    def __getitem__(cls, i):
        return cls.fields[i]
class Point(metaclass=Fields, kind='geometry'):
    x = 0
    y = 0
print(Point.kind, Point.fields, Point.upper, Point.describe(), repr(Point), len(Point), list(Point), Point[1])
print(str(Point), Point.__name__, type(Point).__name__, 'describe' in Point.__dict__)
class Point3(Point):
    z = 0
print(Point3.kind, Point3.fields, Point3.describe(), Point3)
try:
    Point.nothing
except AttributeError as e:
    print(e)
Point.extra = 1
print(Point.extra, Point3.extra)
