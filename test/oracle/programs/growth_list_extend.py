# extend and += grow a list to fit the new items; a big jump allocates exactly what is needed.
import sys
lst = []
for chunk in [1, 2, 5, 10, 3, 40, 1]:
    lst.extend([0] * chunk)
    print(len(lst), sys.getsizeof(lst))
other = [1, 2, 3]
other += [4]
print(len(other), sys.getsizeof(other))
other += range(10)
print(len(other), sys.getsizeof(other))
other *= 2
print(len(other), sys.getsizeof(other))
