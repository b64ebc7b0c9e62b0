# sys.getsizeof of common scalars on 64-bit 3.11.
import sys
for v in [0, 1, 2**30 - 1, 2**30, 2**60, 2**90, -1, True, False, 1.5, 1j, None]:
    print(repr(v), sys.getsizeof(v))
