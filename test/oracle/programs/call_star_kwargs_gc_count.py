# Calls with *args and **kwargs: results, and the objects they allocate (gc count).
import sys, gc
def f(*a, **k):
    return len(a), sorted(k)
t = (1, 2)
l = [3]
d = {'x': 1}
print(f(*t), f(*l), f(0, *t, *l, 9), f(**d), f(*t, **d), f(1, 2, **d), f(*range(3)))
class C:
    def __init__(self, *a, **k):
        self.n = len(a)
print(C(*t).n, C(*l, y=1).n)
gc.disable(); gc.collect()
c0 = gc.get_count()[0]
for i in range(10):
    f(*t)
    f(1, *l)
    f(*l, **d)
print(gc.get_count()[0] - c0)
