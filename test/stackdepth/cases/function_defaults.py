# Functions with defaults, keyword-only defaults, *args and **kwargs.
def pos(a, b=1, c=2):
    return a + b + c


def kwonly(a, *, b, c=3, d=4):
    return a + b + c + d


def star(*args, **kwargs):
    return args, kwargs


def mixed(a, b=2, *args, c, d=5, **kwargs):
    return a, b, args, c, d, kwargs


def posonly(a, b=1, /, c=2, *, d=3):
    return a + b + c + d


def computed_defaults(a=len('abc'), b=[1, 2], c={'k': 1}, d=(1, 2)):
    return a, b, c, d


def many_defaults(a=1, b=2, c=3, d=4, e=5, f=6):
    return a


def kw_many(*, a=1, b=2, c=3, d=4):
    return a


def outer(x):
    def inner(y=x, *, z=x + 1):
        return y + z
    return inner


def default_none(a=None, b=None):
    return a or b
