# The same three-item list can be built many ways, and the way decides its capacity (getsizeof).
import sys
def gen():
    yield 1
    yield 2
    yield 3
a = []
for i in range(3):
    a.append(i)
print('append loop', sys.getsizeof(a))
print('literal', sys.getsizeof([1, 2, 3]))
x = 1
print('display of names', sys.getsizeof([x, x, x]))
print('[x] * 3', sys.getsizeof([0] * 3))
print('list(range)', sys.getsizeof(list(range(3))))
print('list(tuple)', sys.getsizeof(list((1, 2, 3))))
print('list(generator)', sys.getsizeof(list(gen())))
print('comprehension', sys.getsizeof([i for i in range(3)]))
print('a[:]', sys.getsizeof(a[:]))
print('a + b', sys.getsizeof(a + [9]))
print('a * 3', sys.getsizeof(a * 3))
print('sorted', sys.getsizeof(sorted(a)))
print('copy', sys.getsizeof(a.copy()))
print('list(map)', sys.getsizeof(list(map(abs, a))))
print('str.split', sys.getsizeof('a b c'.split()))
