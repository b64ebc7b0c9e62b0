# getsizeof as int keys are added (general key table, 24-byte entries).
import sys
d = {}
print(0, sys.getsizeof(d))
for i in range(1, 21):
    d[i] = i
    print(i, sys.getsizeof(d))
