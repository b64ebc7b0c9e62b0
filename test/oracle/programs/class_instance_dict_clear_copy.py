# An instance __dict__ used as a plain dict: clear() (3.13 keeps the inline values and shared
# keys; earlier versions drop to an empty table), copy() (a split copy sharing the class's keys),
# update() into a fresh instance's empty dict (cloned table before 3.13), d[key] stores of new,
# out-of-order or non-str keys, and the table a dict gets when the class's shared keys are full
# (resized to 3 x its entries, not just big enough).
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, [2])
d = p.__dict__
d.clear()
print(sys.getsizeof(d), d, hasattr(p, 'x'))
p.y = 'y'
p.x = 'x'
print(sys.getsizeof(d), d)

q = Point(3, 4)
c = q.__dict__.copy()
print(sys.getsizeof(c), c)
c['z'] = 5
print(sys.getsizeof(c), sorted(c))

r = Point.__new__(Point)
r.__dict__.update({'x': 1, 'y': 2})
print(sys.getsizeof(r.__dict__), r.x, r.y)
r.z = 3
print(sys.getsizeof(r.__dict__), list(vars(r)))

s = Point(5, 6)
s.__dict__[7] = 'seven'
print(sys.getsizeof(s.__dict__), s.__dict__)

t = Point.__new__(Point)
t.__dict__['y'] = 1
t.__dict__['x'] = 2
t.__dict__['label'] = 'T'
print(sys.getsizeof(t.__dict__), list(t.__dict__))

w = Point(7, 8)
w.__dict__.popitem()
print(sys.getsizeof(w.__dict__), w.__dict__)

class Bag:
    pass

big = Bag()
for i in range(32):
    setattr(big, 'f%d' % i, i)
print(len(vars(big)), sys.getsizeof(vars(big)))
small = Bag()
small.f0 = 0
small.extra = 1
print(sys.getsizeof(vars(small)), list(vars(small)))
other = Bag()
vars(other)['f1'] = 1
vars(other)['another'] = 2
print(sys.getsizeof(vars(other)))
