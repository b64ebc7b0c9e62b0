# AST optimizer constant folding: each function returns one expression (stack size 1 when folded).
def f0():
    return 2 ** 64


def f1():
    return 2 ** 65


def f2():
    return 10 ** 38


def f3():
    return 10 ** 39


def f4():
    return 3 ** 80


def f5():
    return (-2) ** 127


def f6():
    return 2 ** -1


def f7():
    return 0 ** -1


def f8():
    return 0 ** 5


def f9():
    return 1 ** 1000


def f10():
    return 1 << 127


def f11():
    return 1 << 128


def f12():
    return 3 << 126


def f13():
    return -1 << 200


def f14():
    return 255 >> 3


def f15():
    return 1 >> -1


def f16():
    return 7 // 0


def f17():
    return 7 % 0


def f18():
    return 7.0 // 2


def f19():
    return -7 // 2


def f20():
    return -7 % 3


def f21():
    return 7.5 % -2


def f22():
    return 1e308 * 10


def f23():
    return 10.0 ** 400


def f24():
    return (-8) ** (1/3)


def f25():
    return 2 ** 0.5


def f26():
    return 'ab' * 2048


def f27():
    return 'ab' * 2049


def f28():
    return 'x' * -1


def f29():
    return b'ab' * 3


def f30():
    return (1, 2) * 128


def f31():
    return (1, 2) * 129


def f32():
    return ((1, 2), (3, 4)) * 200


def f33():
    return 3 * 'xy'


def f34():
    return True * 'a'


def f35():
    return 'a' + 'b'


def f36():
    return 'a' + 1


def f37():
    return b'a' + b'b'


def f38():
    return (1,) + (2,)


def f39():
    return 1 + 2j


def f40():
    return (1 + 2j) * (3 - 1j)


def f41():
    return 1j ** 2


def f42():
    return 2 ** 1j


def f43():
    return 1 / 3


def f44():
    return 1 // True


def f45():
    return True + True


def f46():
    return True & False


def f47():
    return True | 2


def f48():
    return ~True


def f49():
    return -True


def f50():
    return +True


def f51():
    return not 5


def f52():
    return not ''


def f53():
    return -(1, 2)


def f54():
    return ~1.5


def f55():
    return 'abc'[1]


def f56():
    return 'abc'[-1]


def f57():
    return 'abc'[5]


def f58():
    return 'abc'[True]


def f59():
    return (1, 2, 3)[1]


def f60():
    return (1, 2, 3)['a']


def f61():
    return b'xyz'[0]


def f62():
    return '%s' % 'a'


def f63():
    return '%d' % 5


def f64():
    return None + 1


def f65():
    return ... == ...


def f66():
    return 'é' * 4096


def f67():
    return 'é' * 4097


def f68():
    return 12345678901234567890 * 12345678901234567890


def f69():
    return 1234567890123456789012345678901234567890 * 9


def f70():
    return 2 ** 127 * 2


def f71():
    return 'abc'[1:]


def f72():
    return (1, 2)[0:1]


def f73():
    return 1 < 2


def f74():
    return 1 if 2 else 3


def f75():
    return len('abc')


def f76():
    return (1, 2) + (3,) * 2


def f77():
    return - - 5


def f78():
    return 2 ** 2 ** 3


def f79():
    return -2 ** 2


def f80():
    return ((1 + 2) * 3, 4)


def f81():
    return 'a' 'b'


def f82():
    return '%s-%s' % (1, 'x')


def f83():
    return __debug__


def f84():
    return not __debug__


