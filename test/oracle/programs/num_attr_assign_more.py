# More attribute assignments: functions, classes, weak references and exceptions, per version.
import weakref
def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)

def area(w, h=2):
    return w * h
class Box:
    pass
ref = weakref.ref(Box)
err = ValueError('bad')
attempt('fn.__globals__', lambda: setattr(area, '__globals__', {}))
attempt('fn.__defaults__', lambda: setattr(area, '__defaults__', [3]))
attempt('fn.__name__', lambda: setattr(area, '__name__', 3))
attempt('del fn.__name__', lambda: delattr(area, '__name__'))
attempt('del fn.missing', lambda: delattr(area, 'missing'))
attempt('fn.__dict__', lambda: setattr(area, '__dict__', 5))
attempt('class.__name__', lambda: setattr(Box, '__name__', 5))
attempt('del class.__name__', lambda: delattr(Box, '__name__'))
attempt('del class.missing', lambda: delattr(Box, 'missing'))
attempt('int.real', lambda: setattr(int, 'real', 1))
attempt('ref.__callback__', lambda: setattr(ref, '__callback__', print))
attempt('err.__traceback__', lambda: setattr(err, '__traceback__', 5))
attempt('err.__cause__', lambda: setattr(err, '__cause__', 5))
attempt('del err.args', lambda: delattr(err, 'args'))
area.__qualname__ = 'Geometry.area'
del area.__defaults__
Box.__module__ = 'shapes'
err.args = ('worse', 2)
print(area.__qualname__, area.__defaults__, Box.__module__, err.args, ref.__callback__, type(ref).__name__)
