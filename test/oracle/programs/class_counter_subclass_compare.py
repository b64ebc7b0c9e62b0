# A subclass of collections.Counter keeps Counter's multiset comparisons (3.10+): <= means "every count is no larger".
from collections import Counter

class Inventory(Counter):
    pass

small = Inventory(apples=1)
big = Inventory(apples=1, pears=2)
try:
    print(small < big, small <= big, big > small, big >= small)
    print(small == big, small != big, small == Inventory(apples=1))
    print(Counter(a=1) < Counter(a=2), Inventory(a=1) <= Counter(a=1))
except TypeError as e:
    print('TypeError:', e)
print(sorted(Inventory('abca').items()))
print(big['pears'], big['plums'], len(big))
