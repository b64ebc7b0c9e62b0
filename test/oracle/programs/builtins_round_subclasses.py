# round() uses int/float's __round__ for their subclasses too, and returns an exact int itself
import sys
class F(float):
    pass
class I(int):
    pass
class R(float):
    def __round__(self, n=None):
        return "custom"
print(round(F(2.5)), round(F(3.5)), round(F(2.567), 2), type(round(F(2.5), 1)).__name__)
print(round(I(15), -1), round(I(25), -1), type(round(I(3))).__name__, round(R(1.5)), round(R(1.5), 1))
big = 10 ** 30
before = sys.getrefcount(big)
r = round(big)
print(r is big, round(big, 2) is big, sys.getrefcount(big) - before)
print(round(True), type(round(True)).__name__, round(-big, -29), round(-2.5), round(0.5), round(1.5))
