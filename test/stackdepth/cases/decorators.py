# Decorated functions and classes (co_firstlineno is the first decorator's line).
import functools


def deco(f):
    return f


def deco_args(*args, **kwargs):
    def wrap(f):
        return f
    return wrap


@deco
def one():
    return 1


@deco
@deco_args(1, 2, key='v')
@deco
def three(a, b=2):
    return a + b


@functools.lru_cache(maxsize=None)
def cached(n):
    return n if n < 2 else cached(n - 1) + cached(n - 2)


def timed(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@timed
def work(x):
    return x * 2


@deco
class Plain:
    pass


@deco_args('x')
@deco
class Decorated:
    @staticmethod
    def s():
        return 1

    @classmethod
    def c(cls):
        return cls

    @property
    def p(self):
        return 2

    @p.setter
    def p(self, value):
        pass
