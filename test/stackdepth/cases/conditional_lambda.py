# Conditional expressions and lambdas.
absval = lambda x: x if x >= 0 else -x
add = lambda a, b=2, *args, c=3, **kw: a + b + c
nothing = lambda: None


def pick(flag, a, b):
    return a if flag else b


def nested_ifexp(a, b, c):
    return a if b else (b if c else (c if a else a + b))


def ifexp_in_call(f, a, b):
    return f(a if a else b, b if b else a)


def sort_key(items):
    return sorted(items, key=lambda item: (item[1], -item[0]))


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


def closure_lambda(k):
    return lambda x: x * k


def nested_lambda():
    return lambda a: lambda b: lambda c: a + b + c


def lambda_defaults(a, b):
    return lambda x=a, *, y=b, z=a + b: (x, y, z)


def lambda_gen():
    return lambda: (yield 1)


squares = list(map(lambda x: x * x, range(5)))
