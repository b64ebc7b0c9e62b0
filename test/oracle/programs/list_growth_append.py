# getsizeof after each append (3.9+ growth: new_allocated = (n + (n>>3) + 6) & ~3): capacities 4,8,16,24,32.
import sys
lst = []
print(0, sys.getsizeof(lst))
for i in range(1, 21):
    lst.append(i)
    print(i, sys.getsizeof(lst))
