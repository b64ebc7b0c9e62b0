# Generator functions: yield, yield from, send.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def bare_yield():
    yield


def yield_value():
    x = yield 1
    y = yield x + 1
    return x, y


def delegate(n):
    yield from count(n)
    yield from [1, 2]
    result = yield from range(3)
    return result


def gen_try():
    try:
        yield 1
    finally:
        print('closed')


def gen_with(cm):
    with cm as c:
        yield c


def gen_loop(items):
    for x in items:
        if x:
            yield x
        else:
            return


def gen_expr_yield(a):
    print((yield a), (yield))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pipeline(source):
    for item in source:
        yield item * 2


print(list(pipeline(count(3))), list(delegate(2)))
