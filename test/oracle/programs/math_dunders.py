# math.floor/ceil/trunc call __floor__/__ceil__/__trunc__; other functions convert with __float__ or __index__
import math, sys

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __floor__(self):
        print('__floor__ called')
        return self.cents // 100
    def __ceil__(self):
        return -(-self.cents // 100)
    def __trunc__(self):
        return 'truncated'
    def __float__(self):
        return self.cents / 100

m = Money(1999)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(m), math.isfinite(m), math.fsum([m, m]))

class Idx:
    def __index__(self):
        return 12

print(math.gcd(Idx(), 8), math.factorial(Idx()) if sys.version_info >= (3, 10) else 'skip', math.sqrt(Idx()), math.comb(Idx(), 2), math.isqrt(Idx()))

class F(float):
    pass

print(math.floor(F(2.5)), math.ceil(F(-2.5)), math.trunc(F(9.9)), math.sqrt(F(16)))

class I(int):
    pass

i = I(7)
r = math.floor(i)
print(type(r).__name__, r, r is i, type(math.trunc(True)).__name__, math.floor(False))

class NoFloat:
    pass

try:
    math.sqrt(NoFloat())
except TypeError as e:
    print(e)
try:
    math.floor(NoFloat())
except TypeError as e:
    print(e)
try:
    math.trunc(NoFloat())
except TypeError as e:
    print(e)

class BadFloat:
    def __float__(self):
        return 'no'

try:
    math.exp(BadFloat())
except TypeError as e:
    print(e)
