# Assigning to the read-only attributes of builtin objects: each descriptor kind has its message.
def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)

def gen():
    yield 1
class Base:
    def method(self): pass
class Child(Base):
    def check(self):
        s = super()
        attempt('super.__self__', lambda: setattr(s, '__self__', 1))
        attempt('super.method', lambda: setattr(s, 'method', 1))
g, sl, r, p = gen(), slice(1, 5), range(3), property(lambda self: 1)
attempt('slice.start', lambda: setattr(sl, 'start', 0))
attempt('del range.step', lambda: delattr(r, 'step'))
attempt('property.fget', lambda: setattr(p, 'fget', None))
attempt('complex.real', lambda: setattr(1j, 'real', 2.0))
attempt('int.real', lambda: setattr(5, 'real', 2))
attempt('list.append', lambda: setattr([], 'append', print))
attempt('object.x', lambda: setattr(object(), 'x', 1))
attempt('del object.x', lambda: delattr(object(), 'x'))
attempt('gen.gi_code', lambda: setattr(g, 'gi_code', None))
attempt('gen.gi_running', lambda: setattr(g, 'gi_running', True))
attempt('gen.__name__', lambda: setattr(g, '__name__', 7))
attempt('method.__func__', lambda: setattr(Base().method, '__func__', None))
attempt('method.__name__', lambda: setattr(Base().method, '__name__', 'm'))
attempt('len.__name__', lambda: setattr(len, '__name__', 'size'))
attempt('code.co_name', lambda: setattr(gen.__code__, 'co_name', 'x'))
attempt('int.__add__', lambda: setattr(int, '__add__', None))
attempt('__class__', lambda: setattr(object(), '__class__', Base))
Child().check()
g.__name__ = 'renamed'
p.__doc__ = 'documented'
print(g.__name__, g.__qualname__, p.__doc__, slice.start, type(range.stop).__name__)
