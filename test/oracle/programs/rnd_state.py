# Random instances: getstate/setstate replay a sequence, separate generators, gauss_next in the instance dict
import random, sys, gc
gc.collect()
r = random.Random(42)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
print(sys.getrefcount(state), sys.getsizeof(state[1]))
other = random.Random(42)
print(other.random() == first[0], vars(other))
a, b = random.Random(1), random.Random(2)
print(a.random() != b.random(), sys.getsizeof(a))
random.seed(10)
s = random.getstate()
x = random.randint(1, 10**9)
random.setstate(s)
print(x == random.randint(1, 10**9))
try:
    r.setstate((3, (1, 2), None))
except ValueError as e:
    print('ValueError', e)
del r, other, a, b, state, s
print(gc.collect())
