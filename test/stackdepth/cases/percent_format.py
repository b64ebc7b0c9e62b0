# printf-style formatting (3.11+ turns simple cases into f-strings).
def fmt1(name):
    return 'hello %s' % (name,)


def fmt2(a, b):
    return '%s + %r = %a' % (a, b, a + b)


def fmt_width(a):
    return '[%10s] [%-5s] [%.3s] [%5.2s]' % (a, a, a, a)


def fmt_numbers(x, y):
    return '%d items, %.2f each' % (x, y)


def fmt_single(x):
    return 'value: %s' % x


def fmt_percent(x):
    return '%s%% done' % (x,)


def fmt_mismatch(a, b):
    return '%s' % (a, b)


def fmt_dict(d):
    return '%(a)s' % d


def fmt_const():
    return '%s-%s' % (1, 2)


print('%s is %s' % ('x', 1 + 1))
