def f0():
    pass


def f1(a, b, c):
    return a


def f2(a, b=1, c=2):
    return a


def f3(a, /, b, *, c):
    return a


def f4(a, b=1, /, c=2, *args, d, e=5, **kwargs):
    return a


def f5(*args, **kwargs):
    return args


def f6(*, key=None):
    return key


def f7(a: int, b: "str" = "x", *args: tuple, c: float = 1.0, **kw: dict) -> bool:
    return True


def f8(a, b, /):
    pass


def f9(
    first,
    second=2,
):
    return first
