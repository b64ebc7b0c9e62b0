def f():
    return


def g():
    return 1


def h():
    return 1, 2


def i():
    return *a, *b


def j():
    raise ValueError("x")


def k():
    raise ValueError from None


def l():
    raise


def m():
    return (yield)
