# An itemgetter keeps the argument tuple it was called with; the getters are GC objects that can sit in cycles
import sys
import gc
import operator

gc.collect()
a, b = 'zqfirst', 'zqsecond'
g = operator.itemgetter(a, b)
print(gc.get_referents(g)[-1] if len(gc.get_referents(g)) else None)
print(sys.getrefcount(a) - sys.getrefcount(b))
print(g({'zqfirst': 1, 'zqsecond': 2}))
holder = []
getter = operator.itemgetter(holder)
holder.append(getter)
print(getter)
del holder, getter
print(gc.collect())


class Box:
    def __init__(self):
        self.inner = self


box = Box()
print(operator.attrgetter('inner.inner.inner')(box) is box)
ag = operator.attrgetter('inner', 'inner')
print(ag(box) == (box, box), sys.getsizeof(ag))
del box
print(gc.collect())
print(operator.itemgetter(slice(1, 3))('abcdef'), operator.itemgetter(-1)((1, 2, 3)))
