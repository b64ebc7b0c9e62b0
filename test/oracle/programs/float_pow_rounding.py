# Float ** with integer and half-integer exponents: C's pow() results, last bit included.
import math
rate = 1.05
balance = 1000.0
for year in (1, 2, 5, 10, 30):
    print(year, balance * rate ** year)
print([x ** 2 for x in (0.1, 0.2, 0.3, 1.5, 2.5, 12.34)])
print([x ** 3 for x in (1.1, 2.2, 3.3, 0.9)], 2 ** 0.5, 3 ** 1.5, 0.25 ** -0.5)
print(10 ** -3, 2 ** -10, (-2.5) ** 3, (-0.5) ** -2, math.pow(1.1, 5), pow(7.0, 0.5))
print(float("inf") ** -1, (-1.0) ** float("inf"), 1.0 ** float("nan"), 0.0 ** 0, (-0.0) ** 3, float("-inf") ** 3)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(0.5 ** 1080, type((-8.0) ** (1/3)).__name__)
