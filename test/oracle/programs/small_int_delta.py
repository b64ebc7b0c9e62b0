# 3.11: small ints (-5..256) are statically allocated (deep-frozen, refcount starts near 10**9) but NOT immortal ...
import sys
before = sys.getrefcount(7)
a = 7
b = 7
print(sys.getrefcount(7) - before)
print(a is b)
