# 3.8/3.10 key-sharing dicts: the class's shared keys grow while one instance uses them, and stop being shared after a delete.
import sys
class C:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
        self.d, self.e, self.f = 4, 5, 6
x = C()
print(sys.getsizeof(x.__dict__), sys.getsizeof(C))
y = C()
print(sys.getsizeof(y.__dict__))
y.g = 7
print(sys.getsizeof(y.__dict__), sys.getsizeof(x.__dict__), sys.getsizeof(C))
class D:
    pass
p = D()
q = D()
p.x = 1
q.x = 1
p.y = 2
q.z = 3
print(sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
class E:
    pass
e1 = E()
e1.a = 1
del e1.a
e2 = E()
e2.a = 1
print(sys.getsizeof(e1.__dict__), sys.getsizeof(e2.__dict__), sys.getsizeof(E))
