# Simple, chained and tuple assignments.
a = 1
b = c = d = a
x, y = 1, 2
x, y = y, x
p, q, r = r, p, q
p, q, r, s = s, r, q, p
t = a, b, c


def one():
    v = 10
    return v


def chained(obj):
    a = b = c = obj
    return a, b, c


def swap(a, b):
    a, b = b, a
    return a, b


def rotate3(a, b, c):
    a, b, c = b, c, a
    return a


def rotate4(a, b, c, d):
    a, b, c, d = d, c, b, a
    return a


def unpack_from_call(f):
    x, y, z = f()
    return x + y + z


def nested_targets(data):
    (a, b), (c, d) = data
    [e, [f, g]] = a, (b, c)
    return a, b, c, d, e, f, g


def constant_tuple():
    t = (1, 2, 3)
    u = 1, 2, 'three', None, True
    return t, u


def one_elem_tuple(x):
    t = x,
    (y,) = t
    return y
