# functools.wraps copies __module__, __name__, __qualname__, __doc__ and __annotations__ onto the wrapper and adds __wrapped__
import sys
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('  calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Say hello."""
    return 'hello ' + name

print(greet('ada'))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__.__name__, sys.getrefcount(greet.__wrapped__) - 1)
print(sorted(greet.__dict__))
greet.__wrapped__.tag = 'orig'
def plain():
    pass
plain.extra = 1
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.extra, w.__wrapped__ is plain)
d = functools.wraps(plain)
print(type(d).__name__, d.func is functools.update_wrapper, sorted(d.keywords))
print(functools.WRAPPER_UPDATES, 'WRAPPER_ASSIGNMENTS' in dir(functools) if False else len(functools.WRAPPER_ASSIGNMENTS) >= 5)
