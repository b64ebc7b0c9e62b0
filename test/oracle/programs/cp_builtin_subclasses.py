# Subclasses of list, dict and int carry their items and their __dict__ through copy and deepcopy
import copy
import sys


class Tags(list):
    pass


class Registry(dict):
    pass


class Meters(int):
    pass


tags = Tags(['a', ['b']])
tags.owner = ['me']
t2 = copy.copy(tags)
t3 = copy.deepcopy(tags)
print(type(t3).__name__, t3, t3[1] is tags[1], t2[1] is tags[1], t3.owner, t3.owner is tags.owner)
print(sys.getsizeof(t3) - sys.getsizeof(tags))
reg = Registry(x=[1], y=2)
r2 = copy.deepcopy(reg)
print(type(r2).__name__, r2, r2['x'] is reg['x'], vars(r2))
m = Meters(5)
m.unit = 'm'
m2 = copy.deepcopy(m)
print(type(m2).__name__, m2, m2.unit, m2 == m, m2 is m)
print(tags.__reduce_ex__(4)[2], type(tags.__reduce_ex__(4)[3]).__name__)
