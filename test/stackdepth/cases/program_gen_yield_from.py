# yield from delegates to a sub-generator and receives its return value.
def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    got = yield from inner(3)
    yield 'inner returned ' + str(got)
    yield from ['x', 'y']
    yield from range(2)
print(list(outer()))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, 4], []], 5])))
