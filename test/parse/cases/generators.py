def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 5
    yield from range(3)
    z = yield from other()
    await_like = (yield)
    print((yield 1))
    yield *a, *b


def gen2():
    for i in range(3):
        yield i
    return "done"
