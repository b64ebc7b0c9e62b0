# Boolean-operator jump threading, constant pairs and other peephole-sensitive shapes.
def and_or(a, b, c):
    x = a and b or c
    y = (a or b) or c
    z = (a and b) and c
    w = (a or b) and c
    v = a and (b or c)
    return x, y, z, w, v


def boolop_args(f, a, b):
    return f(a or b, a and b, a or 1, 0 or a, None or a or b)


def boolop_in_if(a, b, c, d):
    if (a and b) or (c and d):
        return 1
    if a or (b and (c or d)):
        return 2
    return 3


def const_expr_statements(x):
    f'{"abc"}'
    f'text'
    x if x else 1
    x or 1
    1 or x
    (yield) if x else None


def returns_const_branches(x):
    return 1 if x else 2


def nested_ifexp_const(x):
    return (1 if x else 2) if (x or True) else 3


def long_elif(x):
    if x == 1:
        r = 'a'
    elif x == 2:
        r = 'b'
    elif x == 3:
        r = 'c'
    elif x == 4:
        r = 'd'
    elif x in (5, 6, 7):
        r = 'e'
    else:
        r = None
    return r


def compare_to_none_chain(a, b):
    return a is None is b, a is not None and b is not None


def while_else_break(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        n = -1
    return n


def not_not(x):
    if not not x:
        return not (x and not x)
    return not x is None
