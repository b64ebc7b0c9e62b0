@decorator
def a():
    pass


@decorator.attr
@other(1, 2)
def b():
    pass


@functools.lru_cache(maxsize=None)
def c(n):
    return n


@property
def d(self):
    return self._d


@dec
class E:
    pass


@x[0]
@(lambda f: f)
def g():
    pass


@dec
async def h():
    pass
