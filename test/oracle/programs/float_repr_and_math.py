# Floats print the shortest repr that round-trips; 0.1 + 0.2 is not 0.3.
import sys
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10))
print(1 / 3, 2 / 3, 10 / 4, 7 / 7, 1e16, 1e15, 123456789.0 * 10)
print(1e-4, 1e-5, 0.000123, 1.5e300 * 1e10, -1e400)
print(-0.0, 0.0 == -0.0, float('inf'), -float('inf'), float('nan') == float('nan'))
print(2.5, round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7.0))
print(int(3.99), int(-3.99), float(7), float('1.25'), float(' -2e3 '))
print(3.0 * 2, 2 ** 0.5, 10 ** -2, 4 ** 0.5, 7.5 // 2, 7.5 % 2, -7.5 // 2)
print(sys.getsizeof(1.0), sys.getsizeof(1e300), sys.getsizeof(float('inf')))
print(abs(-2.5), max(1, 2.0), min(0.5, 1), sum([0.1] * 10))
print([1.0, 2.50, 1e-7, 1e22, 1e21], (0.1,))
print(float('1e3'), 1e3 == 1000, 2 * 0.5, 9 ** 0.5, 1e3 / 7, 100 * 1.1)
