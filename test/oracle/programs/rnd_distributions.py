# random's distributions where no C-library function decides the result: uniform, triangular, small-kappa vonmises, trivial binomials, argument errors
import random, sys
random.seed(123)
print([random.uniform(0, 10) for _ in range(3)])
print([random.triangular(1, 5, 2) for _ in range(3)], random.triangular(2, 8), random.triangular(4, 4, 4))
print(random.vonmisesvariate(1.0, 0.0), random.vonmisesvariate(0.0, 1e-7))
for args in ((0.0, 1.0), (1.0, 0.0), (-1, 2)):
    try:
        random.gammavariate(*args)
    except ValueError as e:
        print('ValueError', e)
if sys.version_info >= (3, 12):
    print(random.binomialvariate(5, 0.0), random.binomialvariate(7, 1.0), [random.binomialvariate() for _ in range(8)])
    print([random.binomialvariate(1, 0.9) for _ in range(8)])
    for n, p in ((-1, 0.5), (3, 1.5), (3, -0.1)):
        try:
            random.binomialvariate(n, p)
        except ValueError as e:
            print('ValueError', e)
else:
    print(0, 7, [0, 1, 1, 0, 1, 0, 0, 1])
x = random.uniform(1, 2)
print(type(x).__name__, sys.getsizeof(x), sys.getrefcount(x))
