# Binary and unary operators, constant folding of arithmetic.
def arith(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b


def bits(a, b):
    return a << b, a >> b, a & b, a | b, a ^ b, ~a


def unary(a):
    return -a, +a, not a, ~a, -(-a), not not a


def precedence(a, b, c, d):
    return a + b * c - d / a ** b % c


def deep(a, b, c, d, e, f):
    return a * (b + (c * (d - (e / f))))


def right_heavy(a):
    return a + (a + (a + (a + (a + (a + a)))))


def folded():
    x = 2 * 3 + 4
    y = 2 ** 10
    z = -5
    w = 1 << 4
    s = 'ab' * 3
    t = (1, 2) * 2
    u = 7 // 2 + 7 % 3
    v = 1.5 * 2
    q = 10 / 4
    r = ~0 ^ 5 & 3 | 8
    return x, y, z, w, s, t, u, v, q, r


def not_folded():
    a = 1 / 0
    b = 2 ** 200
    c = 'x' * 5000
    d = 'a' % 3
    e = [1] * 3
    return a, b, c, d, e


SIZE = 1024 * 1024
MASK = (1 << 8) - 1
NEG = -SIZE
