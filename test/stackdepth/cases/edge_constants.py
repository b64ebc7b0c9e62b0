# Conditions and operands that become constants, dead code, and unusual constants.
def partial_const(x):
    if x and True:
        return 1
    if True and x:
        return 2
    if x or 1:
        return 3
    while x or 0:
        x -= 1
    return x if True else -x


def not_const(x):
    if not 0:
        return x
    return None


def assert_const(x):
    assert True
    assert x, 'msg'
    return x


def chained_const(x):
    return 1 < 2 < x, x < 2 < 3, 1 < x < 3


def dead_after_return(x):
    return x
    y = x + 1
    return y * 2


def dead_after_raise(x):
    raise ValueError(x)
    print('never')


def only_raise():
    raise NotImplementedError


def dead_after_break(items):
    for i in items:
        break
        print(i)
    while True:
        continue
        print('x')


def literals():
    a = b'bytes' + b'more'
    c = 1j * 2
    d = 3 + 4j
    e = 1e308 * 10
    f = -0.0
    g = 'a' 'b' 'c'
    h = ...
    i = None
    return a, c, d, e, f, g, h, i


def const_subscripts():
    return 'hello'[0], (1, 2, 3)[-1], b'ab'[1], 'hi'[5:], (1, 2)[0:1]


def bool_consts(x):
    return True + 1, not None, ~True, -True, (True, False), x is True


def is_none_jumps(a, b):
    if a is None:
        return 1
    if None is a:
        return 2
    if a is not None:
        return 3
    while b is None:
        b = a
    return b is None


def empty_loops(items):
    for _ in items:
        pass
    while False:
        pass
    else:
        return 0


def unreachable_else(x):
    while True:
        if x:
            break
    else:
        print('never')
    return x
