# Instances of classes deriving from int, str, float or bytes are GC-tracked like any instance, so a cycle through their __dict__ is collected (and __del__ runs).
import gc, sys


class Tag(str):
    pass


class Money(float):
    pass


class Num(int):
    def __del__(self):
        print('del Num', int(self))


values = [Tag('x'), Money(2.5), Num(7), int(7), 'x']
print([gc.is_tracked(v) for v in values])
del values
gc.collect()
c = gc.get_count()[0]
t = Tag('label')
m = Money(9.75)
print(gc.get_count()[0] - c)
t.me = t
m.parts = [m]
del t, m
print('collected', gc.collect())
n = Num(3)
n.loop = [n]
del n
print('collected', gc.collect())
print(sys.getsizeof(Tag('ab')) - sys.getsizeof('ab'), sys.getsizeof(Num(5)) - sys.getsizeof(5))
gc.collect()
print(gc.get_count())
