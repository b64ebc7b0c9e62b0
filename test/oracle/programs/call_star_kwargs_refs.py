# f(*args, **kwargs): the call unpacks the keyword dict into an argument array (a reference per argument); 3.8 passes a lone **d as it is
import sys
import gc
v = ['v']
def f(*a, **k):
    print(len(a), sorted(k), sys.getrefcount(v))
def g(x, y=None):
    print('g', sys.getrefcount(v))
d = {'k': v}
f(**d)
f(v, **d)
f(*[v], **d)
f(v, *(v,), x=v, **d)
f(1, 2, 3, **d)
g(**{'x': v})
g(v, **{'y': v})
class K:
    def __init__(self, *a, **k):
        print('K', sys.getrefcount(v))
K(**d)
K(v, **d)
print(sys.getrefcount(v), sys.getrefcount(d))
gc.collect()
c0 = gc.get_count()[0]
f(**d)
f(1, *[2], **d)
print(gc.get_count()[0] - c0)
