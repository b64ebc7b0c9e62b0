# getsizeof as str keys are added (3.11 unicode-only key table, 16-byte entries): 64 empty, 184 (8 slots), 272 ...
import sys
d = {}
print(0, sys.getsizeof(d))
for i in range(1, 21):
    d['k%d' % i] = i
    print(i, sys.getsizeof(d))
