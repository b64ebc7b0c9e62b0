# math.hypot and math.dist: CPython 3.10 replaced 3.8's algorithm, so the last digit can differ by version
import math

points = [(1.89, 4.28, -2.101), (-1.58, 1.48, 1.701), (-6.5, -3.75, 6.88), (-3.266, -5.64), (6.13, 1.79)]
for p in points:
    print(p, math.hypot(*p), math.dist(p, [0.0] * len(p)), math.dist(p, [0.5] * len(p)))
print(math.hypot(*[0.1] * 50), math.hypot(*[i / 3 for i in range(40)]))
print(math.hypot(1e-310, 3e-310, 2e-311), math.hypot(1e300, 1e300, 1e300), math.hypot(5e-324, 5e-324))
print(math.dist((1, 2, 3), [4, 5, 6]), math.dist(range(30), [x * 1.1 for x in range(30)]))
total = 0.0
for i in range(1, 200):
    total += math.hypot(i / 7, i / 11, i / 13)
print(total, math.fsum(math.hypot(i / 7, i / 11) for i in range(1, 200)))
