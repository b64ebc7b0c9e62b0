# Augmented assignment to names with every operator.
total = 0
total += 1
total -= 2
total *= 3


def ops(x, y):
    x += y
    x -= y
    x *= y
    x /= y
    x //= y
    x %= y
    x **= y
    x <<= y
    x >>= y
    x &= y
    x |= y
    x ^= y
    x @= y
    return x


def accumulate(items):
    s = 0
    for i in items:
        s += i * i
    return s


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


g = 0


def bump():
    global g
    g += 1
