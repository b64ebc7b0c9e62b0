# array.array stores raw machine values, so it is far smaller than a list of int objects.
import sys
from array import array
for n in [0, 1, 10, 100, 1000]:
    ints = array('i', range(n))
    doubles = array('d', [0.5] * n)
    lst = list(range(n))
    print(n, sys.getsizeof(ints), sys.getsizeof(doubles), sys.getsizeof(lst))
a = array('i', [1, 2, 3])
print(a, a.itemsize, a.typecode, a[1], a.tolist(), len(a), sum(a))
grow = array('d')
sizes = []
for i in range(20):
    grow.append(float(i))
    sizes.append(sys.getsizeof(grow))
print(sizes)
a.extend([4, 5])
print(a, a[::-1], a.index(3), 5 in a)
try:
    a.append(1.5)
except TypeError:
    print('TypeError: array(i) holds ints only')
