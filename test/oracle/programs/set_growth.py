# getsizeof of a set as elements are added (smalltable of 8 inline; resize when fill*5 >= mask*3).
import sys
s = set()
print(0, sys.getsizeof(s))
for i in range(1, 21):
    s.add(i)
    print(i, sys.getsizeof(s))
