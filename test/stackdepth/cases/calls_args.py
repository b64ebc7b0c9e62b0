# Calls with positional, keyword, starred and double-starred arguments.
def f(*args, **kwargs):
    return args, kwargs


print('hello', 'world', sep=', ', end='\n')
f(1, 2, 3)
f(*[1, 2])
f(**{'a': 1})


def positional(a, b, c):
    return f(a, b, c, a, b, c)


def keywords(a, b):
    return f(a, x=b, y=a, z=1)


def star(a, rest):
    f(*rest)
    f(a, *rest)
    f(*rest, a)
    f(a, a, *rest, a, *rest, a)
    return f(1, 2, *rest)


def dstar(a, kw):
    f(**kw)
    f(a, **kw)
    f(x=1, **kw)
    f(**kw, y=2)
    f(x=1, **kw, y=2, z=3, **kw)
    return f(*a, **kw)


def mixed(a, b, c, kw):
    return f(a, *b, c, x=1, *c, y=2, **kw)


def nested(a):
    return f(f(a), f(f(a, a), x=f(a)), *f(a), **dict(k=f(a)))


def builtin_calls(items):
    return sorted(items, key=len, reverse=True), max(items), len(items)


def call_result(g):
    return g()()(1)(2, 3)


def call_subscript(g):
    return g[0](1)[2](3)


def call_with_constants():
    return f(1, 2, 3, 'a', None, b'x', 1.5)


def big_positional(a):
    return f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)


def big_keywords(a):
    return f(k1=a, k2=a, k3=a, k4=a, k5=a, k6=a, k7=a, k8=a, k9=a, k10=a, k11=a, k12=a, k13=a, k14=a, k15=a, k16=a)
