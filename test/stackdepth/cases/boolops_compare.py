# Boolean operators and (chained) comparisons.
def logic(a, b, c):
    return a and b, a or b, a and b or c, a or b and c, (a or b) and (b or c)


def long_chain(a, b, c, d, e):
    return a and b and c and d and e


def compare(a, b):
    return a < b, a <= b, a > b, a >= b, a == b, a != b, a is b, a is not b, a in b, a not in b


def chained(a, b, c, d):
    return a < b < c, a < b <= c < d, a == b == c == d


def chained_in_if(a, b, c):
    if a < b < c:
        return 1
    if not (a < b < c):
        return 2
    while 0 <= a < 10:
        a += 1
    return a


def mixed(x, lo, hi):
    return lo <= x < hi and x != 0 or x is None


def const_bool(x):
    a = True and x
    b = False or x
    c = x and True
    d = 1 or x
    e = None and x
    return a, b, c, d, e


def not_is(a):
    return not (a is None), not (a in [1, 2]), not a == 1


def compare_calls(f):
    return f(1) < f(2) < f(3)
