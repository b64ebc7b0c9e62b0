# Shrinking reallocates when newsize < allocated/2.
import sys
lst = list(range(20))
print(sys.getsizeof(lst))
for i in range(20):
    lst.pop()
    print(len(lst), sys.getsizeof(lst))
