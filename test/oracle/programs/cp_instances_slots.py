# Copying instances: the __dict__ (managed on 3.11+) versus __slots__, via object.__reduce_ex__(4)
import copy
import sys


class Point:
    def __init__(self, x, y, tags):
        self.x = x
        self.y = y
        self.tags = tags


class Slotted:
    __slots__ = ('a', 'b', '__hidden')

    def __init__(self):
        self.a = [1]
        self.b = 'b'
        self.__hidden = 7


class Mixed(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {'e': [2]}


p = Point(1, 2, ['t'])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.tags is p.tags, r.tags is p.tags, r.tags == p.tags, vars(r))
print(sys.getrefcount(p.tags), sys.getrefcount(r.tags), sys.getsizeof(r))
print('__slotnames__' in Point.__dict__, Point.__slotnames__)
s = Slotted()
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, s2.b is s.b, s2._Slotted__hidden, Slotted.__slotnames__)
print(p.__reduce_ex__(4)[1][0] is Point, s.__reduce_ex__(4)[2])
m = Mixed()
m2 = copy.deepcopy(m)
print(m2.a, m2.extra, m2.extra is m.extra, Mixed.__slotnames__)
print(sys.getsizeof(m2) == sys.getsizeof(m), sys.getrefcount(Mixed))
half = Slotted.__new__(Slotted)
half.a = 'only a'
print(copy.copy(half).a, hasattr(copy.copy(half), 'b'))
