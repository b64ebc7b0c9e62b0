# where a scheduled collection runs around Python special methods (__iadd__, __eq__, __str__, __next__), super().__init__, a class body (3.12+: at its RESUME, in the class frame), a handled raise, an inlined dict comprehension, a generator advanced by next(), closures and map()
import gc, sys
log = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        log.append((f.f_code.co_name, f.f_lineno))
class V:
    def __init__(self, x):
        self.x = [x]
    def __iadd__(self, o):
        self.x = [o]
        return self
    def __eq__(self, o):
        return [1] is None
    def __str__(self):
        return 'v'
    def __repr__(self):
        return 'V'
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return [self.n]
class W(V):
    def __init__(self, x):
        super().__init__(x)
        self.y = [x]
def t1():
    v = V(1); v += 2; c = [1]
def t2():
    a = [1]; b = V(1) == V(2); c = [1]
def t3():
    for x in It():
        a = [x]
def t4():
    a = [1]; s = f'{V(1)}'; c = [1]
def t5():
    a = [1]; print(V(1), end=''); c = [1]
def t6():
    class L:
        a = [1]
        b = [2]
    c = [1]
def t7():
    try:
        a = [1]
        raise ValueError('x')
    except ValueError:
        b = [2]
    c = [3]
def t8():
    a = [1]; b = W(2); c = [1]
def t9():
    a = [1]; b = {k: [k] for k in range(2)}; c = [1]
def t10():
    g = (i for i in range(3))
    a = [1]; b = next(g); c = [1]; d = list(g)
def t11():
    def inner():
        return [n]
    n = 1
    a = [1]; b = inner(); c = [1]
def t12():
    a = [1]; b = [str(V(1)), repr(V(2))]; c = [1]
def t13():
    for x in map(lambda i: [i], range(3)):
        a = [x]
gc.callbacks.append(cb)
res = []
for fn in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13):
    for rep in range(2):
        for thr in range(1, 7):
            gc.collect()
            log.clear()
            gc.set_threshold(gc.get_count()[0] + thr)
            fn()
            gc.set_threshold(700)
            res.append((fn.__name__, thr, log[:]))
gc.callbacks.remove(cb)
for r in res:
    print(r)
