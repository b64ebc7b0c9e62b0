# contextlib.ExitStack: callbacks, enter_context, push, pop_all, close; LIFO order, suppression and exception chaining
import sys
import gc
from contextlib import ExitStack, contextmanager, suppress
gc.collect()


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False

    def __del__(self):
        print('del', self.name)


def cb(tag, *more, **kw):
    print('cb', tag, more, sorted(kw))


with ExitStack() as stack:
    a = stack.enter_context(Res('a'))
    b = stack.enter_context(Res('b'))
    stack.callback(cb, 1, 2, k=3)
    print(sys.getrefcount(a), sys.getrefcount(stack), len(stack._exit_callbacks))
del a, b
print('after')
stack = ExitStack()
stack.enter_context(Res('p'))
moved = stack.pop_all()
print(len(stack._exit_callbacks), len(moved._exit_callbacks))
stack.close()
moved.close()
print(gc.collect())


def exit_fn(et, ev, tb):
    print('exit_fn', et.__name__ if et else None)
    return et is KeyError


with ExitStack() as s:
    s.push(exit_fn)
    s.push(Res('pushed'))
    raise KeyError('k')
print('suppressed by push')
try:
    with ExitStack() as s:
        s.callback(cb, 'x')
        s.enter_context(suppress(IndexError))
        raise ValueError('v')
except ValueError as e:
    print('got', repr(e), e.__context__)


def fail(msg):
    raise RuntimeError(msg)


try:
    with ExitStack() as s:
        s.callback(fail, 'first')
        s.callback(fail, 'second')
        raise KeyError('body')
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
del e
print(gc.collect())


@contextmanager
def gen(n):
    print('gen in', n)
    yield n
    print('gen out', n)


with ExitStack() as s:
    vals = [s.enter_context(gen(i)) for i in range(3)]
    print(vals)
print(sys.getsizeof(s), sys.getsizeof(s._exit_callbacks), gc.is_tracked(s), sys.getrefcount(s))
print(gc.collect(), gc.get_count())
