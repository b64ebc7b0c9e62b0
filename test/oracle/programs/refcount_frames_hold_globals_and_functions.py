# Frames hold references too: a suspended generator keeps its function (3.11+), every running frame keeps the module's globals (3.8/3.10 frame objects), the module code holds its globals twice.
import sys
def f():
    return sys.getrefcount(f)
print(f())
def gen():
    yield sys.getrefcount(gen)
g = gen()
print(sys.getrefcount(gen))
print(next(g))
print(sys.getrefcount(gen))
h = gen()
print(sys.getrefcount(gen))
del g, h
print(sys.getrefcount(gen))
G = globals()
def k():
    return sys.getrefcount(G)
print(sys.getrefcount(G), k())
g2 = gen()
print(sys.getrefcount(G))
