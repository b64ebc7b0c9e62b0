# 3.13: a subclass of a slotted class has a managed dict without inline values, made on demand
import sys, gc
class Base:
    __slots__ = ("a",)
class Loose(Base):
    pass
class Plain:
    pass
gc.collect()
c0 = gc.get_count()[0]
o = Loose()
c1 = gc.get_count()[0]
o.z = 1
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1)
n = len(gc.get_objects())
o.w = []
print(len(gc.get_objects()) - n, gc.is_tracked(o.__dict__))
print(sys.getsizeof(o.__dict__), sys.getsizeof(o), o.__dict__)
p = Loose()
print(sys.getsizeof(p.__dict__), p.__dict__)
p.a = 5
print(sys.getsizeof(p.__dict__), p.a, p.__dict__)
del o.z
print(sys.getsizeof(o.__dict__), o.__dict__, sys.getrefcount(o.__dict__))
for i in range(35):
    setattr(p, "k%d" % i, i)
print(sys.getsizeof(p.__dict__), len(vars(p)))
for n in (1, 3, 6):
    q = Loose()
    for i in range(n):
        setattr(q, "x%d" % i, i)
    r = Plain()
    for i in range(n):
        setattr(r, "x%d" % i, i)
    print(n, sys.getsizeof(q.__dict__), sys.getsizeof(r.__dict__), sys.getsizeof(q), sys.getsizeof(r))
x = Loose(); y = Loose()
x.other = y; y.other = x
del x, y
print(gc.collect())
try:
    Loose().missing
except AttributeError as e:
    print(e)
