# functools.wraps on a decorator: the wrapper takes the wrapped function's name, doc, dict and a __wrapped__ reference
import sys
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

def greet(name: str) -> str:
    "Say hello."
    return 'hello ' + name

greet.tag = 'v1'
before = sys.getrefcount(greet)
g = logged(greet)
print(g('bob'))
print(g.__name__, g.__qualname__, g.__doc__, g.__module__)
print(g.__wrapped__ is greet, sys.getrefcount(greet) - before)
print(sorted(g.__dict__), g.tag)
print(g.__annotations__ is greet.__annotations__, g.__annotations__)
print(sys.getsizeof(g.__dict__), len(g.__dict__))
del g
print(sys.getrefcount(greet) - before)

class C:
    @logged
    def m(self, x):
        "a method"
        return x * 2
print(C().m(21), C.m.__name__, C.m.__qualname__, C.m.__doc__)
w = functools.update_wrapper(lambda: None, greet, assigned=('__doc__',), updated=())
print(w.__doc__, w.__name__, w.__wrapped__ is greet)
