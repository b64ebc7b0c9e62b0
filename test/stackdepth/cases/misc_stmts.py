# raise, assert, del, global/nonlocal, pass.
counter = 0
data = {'a': 1, 'b': 2}
del data['a']
lst = [1, 2, 3, 4]
del lst[0], lst[1:2]
del counter


def fail(msg):
    raise ValueError(msg)


def fail_from(msg, cause):
    raise ValueError(msg) from cause


def bare_raise():
    raise


def check(x):
    assert x
    assert x > 0, 'positive'
    assert x is not None, f'got {x!r}'
    assert isinstance(x, int) and x < 100, ('bad', x)
    return x


def deleting(obj, d, name):
    del obj.attr
    del d[name]
    del d[1:2]
    x = 1
    del x
    a = b = 2
    del a, b


def scopes():
    global counter
    counter = 1
    value = 0

    def inner():
        nonlocal value
        value += 1
        return value
    return inner


def nothing():
    pass


def only_docstring():
    """Just a docstring."""


def raise_in_loop(items):
    for i in items:
        if i < 0:
            raise ValueError(i)
    return items
