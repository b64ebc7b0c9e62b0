# For 100 items the over-allocation of append differs from the exact sizes of other paths.
import sys
n = 100
a = []
for i in range(n):
    a.append(i)
print(sys.getsizeof(a), sys.getsizeof([0] * n), sys.getsizeof(list(range(n))))
print(sys.getsizeof([i for i in range(n)]), sys.getsizeof(a[:]), sys.getsizeof(a[::2]))
print(sys.getsizeof(list(x for x in range(n))), sys.getsizeof(sorted(a, reverse=True)))
print(sys.getsizeof(list(map(str, range(n)))), sys.getsizeof(list(filter(None, range(n)))))
print(sys.getsizeof(tuple(a)), sys.getsizeof(tuple(range(n))))
