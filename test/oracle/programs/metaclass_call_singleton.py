# A metaclass __call__ decides what calling the class does: a singleton, refcounts inside and after
import sys
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kwargs):
        print('call', cls.__name__, args, sorted(kwargs), sys.getrefcount(cls))
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, path='default', debug=False):
        print('init', path, debug)
        self.path = path
a = Config('app.cfg')
b = Config(debug=True)
print(a is b, a.path, sys.getrefcount(a), sys.getrefcount(Config))
class Logger(metaclass=Singleton):
    pass
print(Logger() is Logger(), len(Singleton.instances))
class Counted(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        cls.made = getattr(cls, 'made', 0) + 1
        return obj
class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [Point(i, i) for i in range(3)]
print(Point.made, type(pts[0]).__name__, sys.getrefcount(Point))
del pts
print(sys.getrefcount(Point))
