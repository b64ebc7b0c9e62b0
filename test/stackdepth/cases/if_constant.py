# Constant conditions: branches the compiler removes.
DEBUG = False


def always():
    if True:
        return 1
    return 2


def never(x):
    if False:
        x = x + 1
    return x


def zero_one(x):
    if 0:
        x = 1
    else:
        x = 2
    if 1:
        x += 3
    return x


def forever():
    n = 0
    while True:
        n += 1
        if n > 10:
            break
    return n


def while_one():
    i = 0
    while 1:
        i += 1
        if i == 3:
            return i


def debug_flag(x):
    if __debug__:
        x = x * 2
    return x


def not_constant(flag):
    if not True:
        return 0
    while not flag:
        flag = True
    return 1


if True:
    top = 1
