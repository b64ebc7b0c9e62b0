# Equal name tuples of different code objects are one tuple (makecode merges them like constants): a name counts once for all of them
import sys
def zq_one(zq_x, zq_y):
    return zq_x
print(sys.getrefcount('zq_x'), sys.getrefcount('zq_y'))
def zq_two(zq_x, zq_y):
    return zq_y
print(sys.getrefcount('zq_x'), sys.getrefcount('zq_y'))
def zq_three(zq_y, zq_x):
    return zq_x
print(sys.getrefcount('zq_x'), sys.getrefcount('zq_y'))
def f(x):
    return x
def g(x):
    return x + 2
print(sys.getrefcount('x'), sys.getrefcount('f'), sys.getrefcount('g'))
print(zq_one(3, 4), zq_two(3, 4), zq_three(3, 4), f(5), g(5))
