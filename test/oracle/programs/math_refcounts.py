# math results as objects: which calls return a new object and which return their argument again
import math, sys

big = 10**30 + 1
base = sys.getrefcount(big)
f = math.floor(big)
c = math.ceil(big)
t = math.trunc(big)
print(f is big, c is big, t is big, sys.getrefcount(big) - base)
g = math.gcd(big)
print(g is big, sys.getrefcount(big) - base)
g2 = math.gcd(big, 0)
g3 = math.gcd(0, big)
print(g2 is big, g3 is big, math.gcd(-big) is big, sys.getrefcount(big) - base)
k1 = math.comb(big, 1)
k2 = math.comb(big, big - 1)
p1 = math.perm(big, 1)
print(k1 is big, k2 is big, p1 is big, sys.getrefcount(big) - base)
del f, c, t, g, g2, g3, k1, k2, p1
print(sys.getrefcount(big) - base)
x = 2.75
fl = math.floor(x)
print(type(fl).__name__, sys.getsizeof(fl), sys.getsizeof(math.floor(1e30)), sys.getsizeof(math.factorial(30)))
fr = math.frexp(x)
print(type(fr).__name__, sys.getsizeof(fr), sys.getsizeof(fr[0]), sys.getsizeof(fr[1]), sys.getrefcount(fr))
mo = math.modf(x)
print(sys.getsizeof(mo), sys.getrefcount(mo[0]))
print(sys.getsizeof(math.sqrt(2.0)), sys.getsizeof(math.pi), sys.getsizeof(math.sqrt), sys.getsizeof(math))
print(type(math).__name__, math.__name__, type(math.sqrt).__name__, math.sqrt.__name__)
print(len(dir(math)), dir(math)[:6], 'pi' in dir(math))
y = 3.5
base = sys.getrefcount(y)
z = math.fabs(y)
print(z is y, sys.getrefcount(y) - base)
