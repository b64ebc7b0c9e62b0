# contextlib.contextmanager objects as decorators (ContextDecorator._recreate_cm), nesting and __del__ order
import sys
import gc
from contextlib import contextmanager
gc.collect()


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


@contextmanager
def tagged(name):
    t = Tag(name)
    print('open', name)
    try:
        yield t
    finally:
        print('close', name)


@tagged('deco')
def work(x):
    print('work', x)
    return x * 2


print(work(3), work.__name__)
print(work(4))
with tagged('outer') as o:
    with tagged('inner') as i:
        print(sys.getrefcount(o), sys.getrefcount(i))
    print('mid')
del o, i


@contextmanager
def counted(n):
    items = [Tag('c%d' % k) for k in range(n)]
    yield items
    print('len', len(items))


with counted(2) as items:
    print(sys.getrefcount(items))
del items
print(gc.collect())


def gen_cm():
    cm = tagged('kept')
    cm.__enter__()
    return cm


kept = gen_cm()
print(kept.__exit__(None, None, None))
del kept
cm = tagged('dropped')
t = cm.__enter__()
del cm
print('dropped cm')
del t
print(gc.collect(), gc.get_count())
