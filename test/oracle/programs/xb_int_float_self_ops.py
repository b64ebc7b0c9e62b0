# Operations CPython answers with the object itself for an exact int or float (long_long,
# float_float): abs() of a non-negative int, .real, .numerator, .conjugate(), as_integer_ratio()'s
# numerator; a subclass instance gets an exact copy, and abs() of a float is always new.
import sys
n = 12345
big = 2 ** 70
before = sys.getrefcount(n)
a = abs(n)
r = n.real
q = n.numerator
c = n.conjugate()
t = n.as_integer_ratio()
print(a is n, r is n, q is n, c is n, t[0] is n, sys.getrefcount(n) - before)
print(abs(big) is big, abs(-big) is big, abs(-big) == big, big.real is big)
f = 2.75
print(f.real is f, f.conjugate() is f, abs(f) is f, abs(-f) == f)
class I(int):
    pass
class F(float):
    pass
i = I(7000)
g = F(1.5)
print(abs(i) is i, type(abs(i)).__name__, type(i.real).__name__, type(i.numerator).__name__, type(i.conjugate()).__name__)
print(g.real is g, type(g.real).__name__, type(g.conjugate()).__name__, True.real, type(True.real).__name__)
del a, r, q, c, t
print(sys.getrefcount(n) - before)
