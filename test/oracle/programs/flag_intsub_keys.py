# the cached keys of a class deriving from int or str on 3.8/3.10: instances storing attributes in another order or deleting one make the class drop them (sys.getsizeof of the class)
import sys
class A(int):
    pass
s0 = sys.getsizeof(A)
a = A(1)
a.x = 1
a.y = 2
b = A(2)
b.x = 3
b.y = 4
print(sys.getsizeof(A) - s0, a.x, b.y, a + b)
c = A(3)
c.y = 5
print(sys.getsizeof(A) - s0, c.y)
class B(str):
    pass
s0 = sys.getsizeof(B)
p = B('p')
p.k = 1
q = B('q')
q.k = 2
del q.k
print(sys.getsizeof(B) - s0, p.k, hasattr(q, 'k'))
class C(int):
    pass
s0 = sys.getsizeof(C)
u = C(5)
u.a = 1
v = C(6)
v.a = 2
v.b = 3
w = C(7)
w.a = 4
w.b = 5
print(sys.getsizeof(C) - s0, u + v + w)
